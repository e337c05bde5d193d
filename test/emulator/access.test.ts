// Conformance of users and access (dev/emulator/access.ts): who may open, change and share each
// Drive item, checked inside executions run as different users. Each behaviour is pinned to the
// reference page it follows; where Google is silent the emulator is stricter, marked (check).
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { NO_ITEM } from 'apps-script-emulator/drive';
import { DOCS_DENIED, DRIVE_DENIED, SHEETS_NO_ACCESS } from 'apps-script-emulator/access';

type G = {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};

const A = 'anna@school.example';
const B = 'boris@school.example';
const C = 'clara@school.example';
const OUTSIDER = 'olga@other.example';
// DocumentApp's and FormApp's wording for an id they cannot open (docs.ts, forms.ts).
const DOC_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";
const FORM_MISSING = 'No item with the given ID could be found. Or you do not have permission to access it.';

function setup(): { ws: Workspace; g: G; as: <T>(user: string, fn: () => T) => T } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', user: A });
  const g = ws.globals() as unknown as G;
  const as = <T>(user: string, fn: () => T): T => ws.execute({ kind: 'editor', handler: 't', user }, fn);
  return { ws, g, as };
}

/** Anna's folder with a doc, a form and a spreadsheet in her My Drive. */
function annasFiles(g: G, as: <T>(user: string, fn: () => T) => T) {
  return as(A, () => {
    const folder = g.DriveApp.createFolder('Наставничество');
    const doc = g.DocumentApp.create('Приказ');
    doc.getBody().appendParagraph('О наставничестве');
    doc.saveAndClose();
    const form = g.FormApp.create('Анкета');
    const ss = g.SpreadsheetApp.create('Реестр');
    ss.getSheets()[0].getRange('A1').setValue('пара');
    return { folderId: folder.getId(), docId: doc.getId(), formId: form.getId(), ssId: ss.getId() };
  });
}

const emails = (users: { getEmail(): string }[]) => users.map((u) => u.getEmail());

describe('opening another user’s files', () => {
  test('a second user cannot open the first user’s folder, doc, form or spreadsheet until they are shared', () => {
    // reference/drive/drive-app#getFileById(String), #getFolderById(String); reference/document/
    // document-app#openById(String); reference/forms/form-app#openById(String); reference/
    // spreadsheet/spreadsheet-app#openById(String): a script runs as its user and opens only what
    // is shared with that user. The wording for Sheets is the one users report (check).
    const { g, as } = setup();
    const { folderId, docId, formId, ssId } = annasFiles(g, as);
    as(B, () => {
      expect(() => g.DriveApp.getFolderById(folderId)).toThrow(NO_ITEM);
      expect(() => g.DriveApp.getFileById(docId)).toThrow(NO_ITEM);
      expect(() => g.DocumentApp.openById(docId)).toThrow(DOC_MISSING);
      expect(() => g.DocumentApp.openByUrl(`https://docs.google.com/document/d/${docId}/edit`)).toThrow(
        DOC_MISSING,
      );
      expect(() => g.FormApp.openById(formId)).toThrow(FORM_MISSING);
      expect(() => g.SpreadsheetApp.openById(ssId)).toThrow(SHEETS_NO_ACCESS);
      expect(() => g.SpreadsheetApp.openByUrl(`https://docs.google.com/spreadsheets/d/${ssId}/edit`)).toThrow(
        SHEETS_NO_ACCESS,
      );
      // Nor does a search find them.
      expect(g.DriveApp.getFilesByName('Приказ').hasNext()).toBe(false);
    });
    // reference/drive/folder#addViewer(String), file#addEditor(String), form#addEditor(String),
    // spreadsheet#addViewer(String).
    as(A, () => {
      g.DriveApp.getFolderById(folderId).addViewer(B);
      g.DriveApp.getFileById(docId).addViewer(B);
      g.FormApp.openById(formId).addEditor(B);
      g.SpreadsheetApp.openById(ssId).addViewer(B);
    });
    as(B, () => {
      expect(g.DriveApp.getFolderById(folderId).getName()).toBe('Наставничество');
      expect(g.DocumentApp.openById(docId).getBody().getText()).toContain('О наставничестве');
      expect(g.FormApp.openById(formId).getTitle()).toBe('Анкета');
      expect(g.SpreadsheetApp.openById(ssId).getRange('A1').getValue()).toBe('пара');
      expect(g.DriveApp.getFilesByName('Приказ').next().getId()).toBe(docId);
    });
  });

  test('a form opens for its editors only, not for those who may only view its file (check)', () => {
    // reference/forms/form-app#openById(String): FormApp edits the form; a form's other users are
    // its respondents. The reference does not say what a viewer gets: refused (check).
    const { g, as } = setup();
    const { formId } = annasFiles(g, as);
    as(A, () => g.DriveApp.getFileById(formId).addViewer(B));
    as(B, () => {
      expect(g.DriveApp.getFileById(formId).getName()).toBe('Анкета');
      expect(() => g.FormApp.openById(formId)).toThrow(FORM_MISSING);
    });
  });

  test('a file in a folder shared with a user is shared with that user, nested folders too', () => {
    // developers.google.com/workspace/drive/api/guides/manage-sharing, «How permissions propagate»:
    // «All child files and folders automatically inherit permissions from their parent folder»;
    // «Moving an item to a new parent folder re-evaluates and applies the new parent's permissions».
    const { g, as } = setup();
    const { folderId, docId, ssId } = annasFiles(g, as);
    const fileId = as(A, () => {
      const folder = g.DriveApp.getFolderById(folderId);
      const year = folder.createFolder('2026-2027');
      g.DriveApp.getFileById(docId).moveTo(year);
      g.DriveApp.getFileById(ssId).moveTo(folder);
      return year.createFile('план.txt', 'план').getId();
    });
    as(B, () => expect(() => g.DriveApp.getFileById(fileId)).toThrow(NO_ITEM));
    as(A, () => g.DriveApp.getFolderById(folderId).addEditor(B));
    as(B, () => {
      const folder = g.DriveApp.getFolderById(folderId);
      const year = folder.getFoldersByName('2026-2027').next();
      const names: string[] = [];
      for (const it = year.getFiles(); it.hasNext();) names.push(it.next().getName());
      expect(names.sort()).toEqual(['Приказ', 'план.txt']);
      // An editor of the folder edits what is in it.
      g.DocumentApp.openById(docId).getBody().appendParagraph('Дополнение от Бориса');
      g.SpreadsheetApp.openById(ssId).getRange('B1').setValue('Борис');
      g.DriveApp.getFileById(fileId).setName('план 2026.txt');
    });
    // Moved out of the shared folder, the spreadsheet is Anna's alone again.
    as(A, () => g.DriveApp.getFileById(ssId).moveTo(g.DriveApp.getRootFolder()));
    as(B, () => expect(() => g.SpreadsheetApp.openById(ssId)).toThrow(SHEETS_NO_ACCESS));
  });
});

describe('groups, the domain and links', () => {
  test('a group member and a domain user can edit a spreadsheet shared that way; getEditors lists neither', () => {
    // reference/drive/file#addEditor(String) takes a Google Group's address too; reference/drive/
    // access#DOMAIN: «People in your domain can find and access»; reference/spreadsheet/
    // spreadsheet#getEditors(): the editors added one by one (the owner first) (check: not the
    // members of a group, the domain or a link).
    const { ws, g, as } = setup();
    ws.addGroup('teachers@school.example', ['mentors@school.example']);
    ws.addGroup('mentors@school.example', [C]);
    const { ssId } = annasFiles(g, as);
    as(A, () => g.SpreadsheetApp.openById(ssId).addEditor('teachers@school.example'));
    expect(ws.roleOf(ssId, C)).toBe('editor');
    expect(ws.roleOf(ssId, B)).toBeNull();
    as(C, () => g.SpreadsheetApp.openById(ssId).getRange('A2').setValue('от Клары'));
    as(A, () =>
      g.DriveApp.getFileById(ssId).setSharing(g.DriveApp.Access.DOMAIN, g.DriveApp.Permission.EDIT),
    );
    as(B, () => g.SpreadsheetApp.openById(ssId).getRange('A3').setValue('от Бориса'));
    as(OUTSIDER, () => expect(() => g.SpreadsheetApp.openById(ssId)).toThrow(SHEETS_NO_ACCESS));
    expect(ws.sheets.values(ssId, 'Лист1').map((r) => r[0])).toEqual(['пара', 'от Клары', 'от Бориса']);
    as(A, () => {
      const ss = g.SpreadsheetApp.openById(ssId);
      expect(emails(ss.getEditors())).toEqual([A]);
      const file = g.DriveApp.getFileById(ssId);
      expect(emails(file.getEditors())).toEqual([]);
      expect(String(file.getSharingAccess())).toBe('DOMAIN');
      expect(file.getSharingAccess()).toBe(g.DriveApp.Access.DOMAIN);
      expect(file.getSharingPermission()).toBe(g.DriveApp.Permission.EDIT);
      // reference/drive/file#getAccess(String): the permission a given user has.
      expect(String(file.getAccess(C))).toBe('EDIT');
      expect(String(file.getAccess(OUTSIDER))).toBe('NONE');
      expect(String(file.getAccess(A))).toBe('OWNER');
    });
  });

  test('a link opens a file for anyone but does not make it show up in their searches (check)', () => {
    // reference/drive/access#ANYONE_WITH_LINK: «Anyone who has the link can access»; #ANYONE:
    // «Anyone on the Internet can find and access». Having the id counts as having the link.
    const { g, as } = setup();
    const { docId } = annasFiles(g, as);
    as(A, () =>
      g.DriveApp.getFileById(docId).setSharing(
        g.DriveApp.Access.ANYONE_WITH_LINK,
        g.DriveApp.Permission.VIEW,
      ),
    );
    as(OUTSIDER, () => {
      expect(g.DocumentApp.openById(docId).getBody().getText()).toContain('О наставничестве');
      expect(g.DriveApp.getFilesByName('Приказ').hasNext()).toBe(false);
      expect(() => g.DocumentApp.openById(docId).getBody().appendParagraph('x')).toThrow(DOCS_DENIED);
    });
    as(A, () =>
      g.DriveApp.getFileById(docId).setSharing(g.DriveApp.Access.ANYONE, g.DriveApp.Permission.VIEW),
    );
    as(OUTSIDER, () => expect(g.DriveApp.getFilesByName('Приказ').hasNext()).toBe(true));
    as(A, () =>
      g.DriveApp.getFileById(docId).setSharing(g.DriveApp.Access.PRIVATE, g.DriveApp.Permission.NONE),
    );
    as(OUTSIDER, () => expect(() => g.DocumentApp.openById(docId)).toThrow(DOC_MISSING));
  });

  test('setSharing refuses what the reference says it refuses', () => {
    // reference/drive/permission: OWNER, ORGANIZER, FILE_ORGANIZER «can be returned, but passing it
    // to File.setSharing throws»; NONE throws «unless set with Access.ANYONE»; reference/drive/
    // access#DOMAIN: «available only for users of a Google Workspace domain». Wording (check).
    const ws = createWorkspace({ user: 'anna@gmail.com' });
    const g = ws.globals() as unknown as G;
    ws.execute({ kind: 'editor', handler: 't' }, () => {
      const file = g.DriveApp.createFile('a.txt', 'x');
      const { Access, Permission } = g.DriveApp;
      expect(() => file.setSharing(Access.ANYONE, Permission.OWNER)).toThrow(
        'Invalid argument: permissionType',
      );
      expect(() => file.setSharing(Access.ANYONE, Permission.ORGANIZER)).toThrow(/permissionType/);
      expect(() => file.setSharing(Access.ANYONE_WITH_LINK, Permission.NONE)).toThrow(/permissionType/);
      expect(() => file.setSharing(Access.DOMAIN, Permission.VIEW)).toThrow('Invalid argument: accessType');
      file.setSharing(Access.ANYONE, Permission.NONE);
      expect(file.getSharingAccess()).toBe(Access.ANYONE);
      // A new file is private (check: its permission reads NONE).
      const other = g.DriveApp.createFile('b.txt', 'y');
      expect(other.getSharingAccess()).toBe(Access.PRIVATE);
      expect(other.getSharingPermission()).toBe(Permission.NONE);
    });
  });
});

describe('viewers', () => {
  test('a viewer reads a spreadsheet, but every write throws and nothing changes', () => {
    // developers.google.com/workspace/drive/api/guides/ref-roles: a reader may read the content,
    // not modify it. Google's wording for the refusal is not documented (check).
    const { ws, g, as } = setup();
    const { ssId } = annasFiles(g, as);
    as(A, () => g.SpreadsheetApp.openById(ssId).addViewer(B));
    const before = JSON.stringify(ws.sheets.snapshot(ssId));
    as(B, () => {
      const ss = g.SpreadsheetApp.openById(ssId);
      const sheet = ss.getSheets()[0];
      expect(sheet.getRange('A1').getValue()).toBe('пара');
      expect(sheet.getDataRange().getValues()).toEqual([['пара']]);
      const writes: Array<() => unknown> = [
        () => sheet.getRange('A1').setValue('x'),
        () => sheet.getRange('A1:B1').setValues([['x', 'y']]),
        () => sheet.getRange('C1').setFormula('=1+1'),
        () => sheet.appendRow(['x']),
        () => sheet.clear(),
        () => sheet.getRange('A1').clearContent(),
        () => sheet.setName('Другой'),
        () => sheet.insertRowsAfter(1, 2),
        () => sheet.protect(),
        () => ss.insertSheet('Новый'),
        () => ss.rename('Другое имя'),
      ];
      for (const write of writes) expect(write).toThrow(SHEETS_NO_ACCESS);
    });
    expect(JSON.stringify(ws.sheets.snapshot(ssId))).toBe(before);
  });

  test('a user who only views the active spreadsheet gets the same refusal on writes', () => {
    // guides/triggers and the add-on model: a menu item runs in the spreadsheet open in the
    // user's browser, with the user's own access to it.
    const { ws, g, as } = setup();
    const { ssId } = annasFiles(g, as);
    as(A, () => g.SpreadsheetApp.openById(ssId).addViewer(B));
    ws.execute({ kind: 'editor', handler: 'menu', user: B, activeSpreadsheetId: ssId }, () => {
      const ss = g.SpreadsheetApp.getActiveSpreadsheet();
      expect(ss.getRange('A1').getValue()).toBe('пара');
      expect(() => ss.getRange('A1').setValue('x')).toThrow(SHEETS_NO_ACCESS);
      expect(() => g.SpreadsheetApp.getActiveSheet().getRange('B2').setValue('x')).toThrow(SHEETS_NO_ACCESS);
    });
    // Someone with no access at all is refused even reads (check).
    ws.execute({ kind: 'editor', handler: 'menu', user: OUTSIDER, activeSpreadsheetId: ssId }, () => {
      expect(() => g.SpreadsheetApp.getActiveSpreadsheet().getSheets()).toThrow(SHEETS_NO_ACCESS);
    });
    expect(ws.sheets.values(ssId, 'Лист1')).toEqual([['пара']]);
  });

  test('a viewer reads a document and a Drive file but cannot change them', () => {
    // ref-roles: a reader reads metadata and content only. Wordings (check).
    const { ws, g, as } = setup();
    const { docId } = annasFiles(g, as);
    as(A, () => g.DriveApp.getFileById(docId).addViewer(B));
    as(B, () => {
      const doc = g.DocumentApp.openById(docId);
      const body = doc.getBody();
      expect(body.getParagraphs().map((p) => p.getText())).toContain('О наставничестве');
      expect(() => body.appendParagraph('x')).toThrow(DOCS_DENIED);
      expect(() => body.getParagraphs()[1].setText('x')).toThrow(DOCS_DENIED);
      expect(() => doc.setName('x')).toThrow(DOCS_DENIED);
      const file = g.DriveApp.getFileById(docId);
      expect(file.getName()).toBe('Приказ');
      expect(() => file.setName('x')).toThrow(DRIVE_DENIED);
      expect(() => file.setDescription('x')).toThrow(DRIVE_DENIED);
      expect(() => file.moveTo(g.DriveApp.getRootFolder())).toThrow(DRIVE_DENIED);
      // reference/drive/file#getEditors(): «If the user who executes the script does not have edit
      // access to the File, this method returns an empty array»; likewise #getViewers().
      expect(file.getEditors()).toEqual([]);
      expect(file.getViewers()).toEqual([]);
      expect(file.getOwner().getEmail()).toBe(A);
    });
    expect(ws.docs.render(docId).body.map((b) => ('text' in b ? b.text : ''))).not.toContain('x');
    expect(ws.drive.get(docId)?.name).toBe('Приказ');
    as(A, () => expect(emails(g.DriveApp.getFileById(docId).getViewers())).toEqual([B]));
  });

  test('makeCopy by a viewer makes a copy owned by the viewer, in the viewer’s My Drive', () => {
    // reference/drive/permission#VIEW: viewers «are able only to view it or copy it»;
    // reference/drive/file#makeCopy(String). Where the copy goes when the viewer may not add to
    // the source's folder: the viewer's My Drive (check).
    const { g, as } = setup();
    const { folderId, docId, ssId } = annasFiles(g, as);
    as(A, () => {
      const folder = g.DriveApp.getFolderById(folderId);
      g.DriveApp.getFileById(docId).moveTo(folder);
      g.DriveApp.getFileById(ssId).moveTo(folder);
      folder.addViewer(B);
    });
    const copies = as(B, () => {
      const doc = g.DriveApp.getFileById(docId).makeCopy('Мой приказ');
      const ss = g.DriveApp.getFileById(ssId).makeCopy('Мой реестр');
      expect(doc.getOwner().getEmail()).toBe(B);
      expect(ss.getOwner().getEmail()).toBe(B);
      expect(doc.getParents().next().getId()).toBe(g.DriveApp.getRootFolder().getId());
      // The copy is the viewer's to edit; the source stays read-only.
      g.DocumentApp.openById(doc.getId()).getBody().appendParagraph('Правка Бориса');
      g.SpreadsheetApp.openById(ss.getId()).getRange('A1').setValue('копия');
      expect(g.SpreadsheetApp.openById(ssId).getRange('A1').getValue()).toBe('пара');
      return { docId: doc.getId(), ssId: ss.getId() };
    });
    // The copy carries none of the source's sharing: the source's owner cannot open it.
    as(A, () => {
      expect(() => g.DriveApp.getFileById(copies.docId)).toThrow(NO_ITEM);
      expect(() => g.SpreadsheetApp.openById(copies.ssId)).toThrow(SHEETS_NO_ACCESS);
    });
  });
});

describe('sharing', () => {
  test('only the owner or an editor may share; not an editor once the file is not shareable by editors', () => {
    // reference/drive/permission#EDIT: «Unless File.setShareableByEditors(shareable) is set to
    // false, users can also change the sharing settings»; reference/drive/file#setShareableByEditors.
    // Google's wording for the refusal (check); only the owner may change shareability (check).
    const { g, as } = setup();
    const { ssId, docId } = annasFiles(g, as);
    as(A, () => {
      g.SpreadsheetApp.openById(ssId).addViewer(B).addEditor(C);
      g.DriveApp.getFileById(docId).addViewer(B);
    });
    as(B, () => {
      expect(() => g.SpreadsheetApp.openById(ssId).addEditor(OUTSIDER)).toThrow(DRIVE_DENIED);
      expect(() => g.SpreadsheetApp.openById(ssId).addViewer(OUTSIDER)).toThrow(DRIVE_DENIED);
      expect(() => g.DriveApp.getFileById(docId).addViewer(OUTSIDER)).toThrow(DRIVE_DENIED);
      expect(() => g.DocumentApp.openById(docId).addEditor(OUTSIDER)).toThrow(DRIVE_DENIED);
      expect(() =>
        g.DriveApp.getFileById(ssId).setSharing(g.DriveApp.Access.ANYONE, g.DriveApp.Permission.EDIT),
      ).toThrow(DRIVE_DENIED);
    });
    as(C, () => {
      g.SpreadsheetApp.openById(ssId).addViewer(OUTSIDER);
      expect(() => g.DriveApp.getFileById(ssId).setShareableByEditors(false)).toThrow(DRIVE_DENIED);
    });
    as(A, () => {
      const file = g.DriveApp.getFileById(ssId);
      file.setShareableByEditors(false);
      expect(file.isShareableByEditors()).toBe(false);
      expect(emails(file.getViewers()).sort()).toEqual([B, OUTSIDER]);
    });
    as(C, () => {
      expect(() => g.SpreadsheetApp.openById(ssId).addViewer('dina@school.example')).toThrow(DRIVE_DENIED);
      // Still an editor of the content.
      g.SpreadsheetApp.openById(ssId).getRange('C1').setValue('Клара');
    });
  });

  test('addEditor promotes a viewer; addViewer does not demote an editor; remove takes one by one', () => {
    // reference/drive/file#addEditor(String): «If the user was already on the list of viewers, this
    // method promotes the user out of the list of viewers»; #addViewer(String): «If the user was
    // already on the list of editors, this method has no effect»; #removeViewer(String): «no effect
    // if the user is an editor»; #removeEditor(String) does not block access through a class of
    // users (the domain…).
    const { ws, g, as } = setup();
    const { docId } = annasFiles(g, as);
    as(A, () => {
      const file = g.DriveApp.getFileById(docId);
      file.addViewer(B).addEditor(B).addViewer(B).addEditor(C);
      expect(emails(file.getEditors())).toEqual([B, C]);
      expect(emails(file.getViewers())).toEqual([]);
      file.removeViewer(B);
      expect(emails(file.getEditors())).toEqual([B, C]);
      file.setSharing(g.DriveApp.Access.DOMAIN, g.DriveApp.Permission.VIEW);
      file.removeEditor(B);
      expect(emails(file.getEditors())).toEqual([C]);
      expect(() => file.addEditor('not an address')).toThrow('Invalid email: not an address');
    });
    expect(ws.roleOf(docId, B)).toBe('viewer');
    expect(ws.roleOf(docId, C)).toBe('editor');
  });

  test('only the owner may trash a file', () => {
    // developers.google.com/workspace/drive/api/guides/delete: «Only the file owner can trash a
    // file». DriveApp's wording (check).
    const { ws, g, as } = setup();
    const { docId } = annasFiles(g, as);
    as(A, () => g.DriveApp.getFileById(docId).addEditor(B));
    as(B, () => expect(() => g.DriveApp.getFileById(docId).setTrashed(true)).toThrow(DRIVE_DENIED));
    expect(ws.drive.get(docId)?.trashed).toBe(false);
    as(A, () => g.DriveApp.getFileById(docId).setTrashed(true));
    expect(ws.drive.get(docId)?.trashed).toBe(true);
  });

  test('each user has a My Drive of their own; groups and sharing survive save and load', () => {
    // reference/drive/drive-app#getRootFolder(): «the folder at the root of the user's Drive».
    const { ws, g, as } = setup();
    const { docId } = annasFiles(g, as);
    ws.addGroup('staff@school.example', [B]);
    ws.share(docId, 'staff@school.example', 'editor');
    const rootA = as(A, () => g.DriveApp.getRootFolder().getId());
    const rootB = as(B, () => g.DriveApp.getRootFolder().getId());
    expect(rootB).not.toBe(rootA);
    as(B, () => expect(() => g.DriveApp.getFolderById(rootA)).toThrow(NO_ITEM));
    const loaded = (ws.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    expect(loaded.roleOf(docId, B)).toBe('editor');
    const lg = loaded.globals() as unknown as G;
    loaded.execute({ kind: 'editor', handler: 't', user: A }, () =>
      expect(lg.DriveApp.getRootFolder().getId()).toBe(rootA),
    );
  });
});
