// Conformance of the emulated DriveApp and MimeType, each behaviour pinned to the reference page
// it follows.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { DOCS_QUOTA_MESSAGE, NO_ITEM } from 'apps-script-emulator/drive';

type G = {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  MimeType: GoogleAppsScript.Base.MimeType;
};

function setup(docsQuota?: number): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', docsQuota });
  return { ws, g: ws.globals() as unknown as G };
}

function names(it: GoogleAppsScript.Drive.FileIterator | GoogleAppsScript.Drive.FolderIterator): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe('DriveApp', () => {
  test('folders nest under My Drive and are found by name', () => {
    // developers.google.com/apps-script/reference/drive/drive-app#createFolder(String)
    const { g } = setup();
    const folder = g.DriveApp.createFolder('Наставничество');
    const orders = folder.createFolder('Приказы');
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    expect(orders.getParents().next().getId()).toBe(folder.getId());
    expect(folder.getParents().next().getId()).toBe(g.DriveApp.getRootFolder().getId());
    expect(names(g.DriveApp.getFoldersByName('Приказы'))).toEqual(['Приказы']);
    expect(names(folder.getFolders())).toEqual(['Приказы']);
    const it = folder.getFoldersByName('нет');
    expect(it.hasNext()).toBe(false);
    // developers.google.com/apps-script/reference/drive/folder-iterator#next()
    expect(() => it.next()).toThrow(/reached the end/);
  });

  test('files from blobs and from text; MimeType is a set of strings', () => {
    // developers.google.com/apps-script/reference/drive/folder#createFile(String,String,String)
    // developers.google.com/apps-script/reference/base/mime-type
    const { g } = setup();
    expect(g.MimeType.PDF).toBe('application/pdf');
    expect(g.MimeType.GOOGLE_DOCS).toBe('application/vnd.google-apps.document');
    const folder = g.DriveApp.createFolder('f');
    const txt = folder.createFile('note.txt', 'привет', g.MimeType.PLAIN_TEXT);
    expect(txt.getMimeType()).toBe('text/plain');
    expect(txt.getSize()).toBe(Buffer.byteLength('привет'));
    expect(txt.getBlob().getDataAsString()).toBe('привет');
    const copy = g.DriveApp.createFile(txt.getBlob().setName('copy.txt'));
    expect(copy.getName()).toBe('copy.txt');
    expect(names(folder.getFiles())).toEqual(['note.txt']);
    expect(names(g.DriveApp.getFilesByName('copy.txt'))).toEqual(['copy.txt']);
  });

  test("unknown and trashed ids are refused with Google's message", () => {
    // developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
    const { g } = setup();
    expect(() => g.DriveApp.getFileById('nope')).toThrow(NO_ITEM);
    const doc = g.DocumentApp.create('d');
    const file = g.DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe(g.MimeType.GOOGLE_DOCS);
    file.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(() => g.DriveApp.getFileById(doc.getId())).toThrow(NO_ITEM);
    expect(() => g.DriveApp.getFolderById(doc.getId())).toThrow(NO_ITEM);
  });

  test('makeCopy of a template makes an independent document in the chosen folder', () => {
    // developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
    const { ws, g } = setup();
    const template = g.DocumentApp.create('Шаблон приказа');
    template.getBody().appendParagraph('Приказ № {{number}}');
    template.saveAndClose();
    const folder = g.DriveApp.createFolder('Приказы');
    const file = g.DriveApp.getFileById(template.getId()).makeCopy('Приказ №5', folder);
    expect(file.getName()).toBe('Приказ №5');
    expect(file.getParents().next().getId()).toBe(folder.getId());
    const copy = g.DocumentApp.openById(file.getId());
    copy.getBody().replaceText('\\{\\{number\\}\\}', '5');
    expect(ws.docs.text(file.getId())).toBe('\nПриказ № 5');
    expect(ws.docs.text(template.getId())).toBe('\nПриказ № {{number}}');
    // developers.google.com/apps-script/reference/drive/file#makeCopy(): default name (check).
    expect(g.DriveApp.getFileById(template.getId()).makeCopy().getName()).toBe('Copy of Шаблон приказа');
  });

  test('makeCopy of a form copies its questions, not its responses', () => {
    // developers.google.com/apps-script/reference/drive/file#makeCopy(String)
    const { g } = setup();
    const form = g.FormApp.create('Анкета');
    form.addTextItem().setTitle('ФИО');
    const copy = g.FormApp.openById(g.DriveApp.getFileById(form.getId()).makeCopy('Анкета 2').getId());
    expect(copy.getItems().map((i) => i.getTitle())).toEqual(['ФИО']);
    expect(copy.getItems()[0].getId()).not.toBe(form.getItems()[0].getId());
  });

  test('moveTo, descriptions, editors and owner', () => {
    // developers.google.com/apps-script/reference/drive/file#moveTo(Folder)
    const { g } = setup();
    const doc = g.DocumentApp.create('d');
    const file = g.DriveApp.getFileById(doc.getId());
    const folder = g.DriveApp.createFolder('Архив');
    file.moveTo(folder);
    expect(names(folder.getFiles())).toEqual(['d']);
    file.setDescription('приказ').addEditor('deputy@school.example');
    expect(file.getDescription()).toBe('приказ');
    expect(file.getEditors().map((u) => u.getEmail())).toEqual(['deputy@school.example']);
    expect(file.getOwner().getEmail()).toBe('curator@school.example');
    expect(file.getDateCreated().toISOString()).toBe('2026-09-01T06:00:00.000Z');
  });

  test('documents created per day have a quota that resets the next day (check)', () => {
    // developers.google.com/apps-script/guides/services/quotas: "Docs created: 250 / day".
    const { ws, g } = setup(2);
    g.DocumentApp.create('1');
    g.DriveApp.getFileById(g.DocumentApp.create('2').getId());
    expect(() => g.DocumentApp.create('3')).toThrow(DOCS_QUOTA_MESSAGE);
    ws.clock.setNow('2026-09-02T00:30:00+03:00');
    g.DocumentApp.create('3');
  });

  test('folders and files survive save and load', () => {
    const { ws, g } = setup();
    const folder = g.DriveApp.createFolder('f');
    folder.createFile('a.txt', 'x');
    const loaded = (ws.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    const lg = loaded.globals() as unknown as G;
    expect(names(lg.DriveApp.getFolderById(folder.getId()).getFiles())).toEqual(['a.txt']);
    expect(lg.DriveApp.getRootFolder().getId()).toBe(g.DriveApp.getRootFolder().getId());
  });
});

describe('signatures as Google has them (surface.ts)', () => {
  // developers.google.com/apps-script/reference/drive/access, …/drive/permission (FILE_ORGANIZER
  // is on the reference page though the typings lack it); sharing reads back as those members.
  test('Access and Permission have the official keys; sharing reads back their members', () => {
    const { g } = setup();
    expect(Object.keys(g.DriveApp.Access)).toEqual([
      'ANYONE',
      'ANYONE_WITH_LINK',
      'DOMAIN',
      'DOMAIN_WITH_LINK',
      'PRIVATE',
    ]);
    expect(Object.keys(g.DriveApp.Permission)).toEqual([
      'VIEW',
      'EDIT',
      'COMMENT',
      'OWNER',
      'ORGANIZER',
      'FILE_ORGANIZER',
      'NONE',
    ]);
    const file = g.DriveApp.createFile('note.txt', 'x');
    expect(file.getSharingAccess()).toBe(g.DriveApp.Access.PRIVATE);
    file.setSharing(g.DriveApp.Access.ANYONE_WITH_LINK, g.DriveApp.Permission.VIEW);
    expect(file.getSharingPermission()).toBe(g.DriveApp.Permission.VIEW);
    expect(file.getAccess('someone@example.com')).toBe(g.DriveApp.Permission.VIEW);
  });

  // …/drive/file-iterator, …/drive/folder-iterator, …/drive/user: what the iterators and users hand out.
  test('iterators give Files and Folders; owners are Drive users', () => {
    const { ws, g } = setup();
    const folder = g.DriveApp.createFolder('Наставничество');
    folder.createFile('a.txt', 'a');
    folder.createFolder('Приказы');
    const files = folder.getFiles();
    expect(files.getContinuationToken()).toBe('0');
    expect(files.next().getMimeType()).toBe('text/plain');
    expect(files.hasNext()).toBe(false);
    expect(folder.getFolders().next().getFiles().hasNext()).toBe(false);
    const owner = folder.getOwner();
    expect([owner.getEmail(), owner.getName(), owner.getDomain()]).toEqual([
      ws.user,
      ws.user.split('@')[0],
      ws.user.split('@')[1],
    ]);
    expect(ws.calls.count('FileIterator.next')).toBe(1);
    expect(ws.calls.count('FolderIterator.next')).toBe(1);
  });
});
