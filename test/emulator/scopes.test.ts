// Conformance of authorization: inside an execution every service call needs one of the scopes its
// reference page lists under «Authorization» (developers.google.com/apps-script/reference/...,
// table in dev/emulator/scopes.ts), out of the scopes the user granted (the manifest's
// oauthScopes, guides/services/authorization and concepts/scopes). "(check)" marks where the
// reference is silent and the stricter plausible rule was chosen.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { permissionMessage, SCOPE_PREFIX, scopesFor } from 'apps-script-emulator/scopes';

const S = SCOPE_PREFIX;

interface G {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
}

/** A Workspace whose user granted exactly `scopes` (short names), with one active spreadsheet. */
function granted(...scopes: string[]): { ws: Workspace; g: G; id: string } {
  const ws = createWorkspace({ oauthScopes: scopes.map((s) => S + s) });
  const id = ws.createSpreadsheet('Школа').getId();
  return { ws, g: ws.globals() as unknown as G, id };
}

/** Runs `fn` as an execution (a menu item or a sidebar call). */
function run<T>(ws: Workspace, fn: () => T): T {
  return ws.execute({ kind: 'editor', handler: 'test' }, fn);
}

describe('a call whose scope is not granted', () => {
  // reference/drive/drive-app#createFolder(String): Authorization lists drive only; drive.file is
  // never listed on the DriveApp, File or Folder pages.
  test('DriveApp.createFolder with only drive.file: Google’s message names drive', () => {
    const { ws, g } = granted('drive.file');
    expect(() => run(ws, () => g.DriveApp.createFolder('Документы'))).toThrow(
      `You do not have permission to call DriveApp.createFolder. Required permissions: ${S}drive`,
    );
  });

  // reference/drive/drive-app#getFileById(String): drive.readonly or drive.
  test('DriveApp.getFileById with only drive.file: the message names both scopes that would do', () => {
    const { ws, g, id } = granted('drive.file');
    expect(() => run(ws, () => g.DriveApp.getFileById(id))).toThrow(
      permissionMessage('DriveApp.getFileById', [`${S}drive.readonly`, `${S}drive`]),
    );
  });

  // reference/base/session#getActiveUser(), #getEffectiveUser(): userinfo.email.
  test('Session.getActiveUser and getEffectiveUser without userinfo.email', () => {
    const { ws, g } = granted('spreadsheets');
    expect(() => run(ws, () => g.Session.getActiveUser())).toThrow(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${S}userinfo.email`,
    );
    expect(() => run(ws, () => g.Session.getEffectiveUser())).toThrow(/userinfo\.email/);
    // session#getScriptTimeZone(): no Authorization section.
    expect(run(ws, () => g.Session.getScriptTimeZone())).toBe('Europe/Moscow');
  });

  // reference/spreadsheet/spreadsheet-app#openById(String): spreadsheets only;
  // #getActiveSpreadsheet(): spreadsheets.currentonly or spreadsheets.
  test('SpreadsheetApp.openById with only spreadsheets.currentonly; the active spreadsheet is fine', () => {
    const { ws, g, id } = granted('spreadsheets.currentonly');
    expect(run(ws, () => g.SpreadsheetApp.getActiveSpreadsheet().getId())).toBe(id);
    expect(() => run(ws, () => g.SpreadsheetApp.openById(id))).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${S}spreadsheets`,
    );
  });

  // reference/forms/form-app#create(String), reference/document/document-app#create(String): the
  // …currentonly scopes cover only the file the script is bound to, not a new one.
  test('FormApp.create and DocumentApp.create with only the …currentonly scopes', () => {
    const { ws, g } = granted('forms.currentonly', 'documents.currentonly');
    expect(() => run(ws, () => g.FormApp.create('Запросы'))).toThrow(
      permissionMessage('FormApp.create', [`${S}forms`]),
    );
    expect(() => run(ws, () => g.DocumentApp.create('Приказ'))).toThrow(
      permissionMessage('DocumentApp.create', [`${S}documents`]),
    );
  });

  // reference/mail/mail-app#sendEmail(String,String,String): script.send_mail.
  test('MailApp.sendEmail without script.send_mail sends nothing', () => {
    const { ws, g } = granted('spreadsheets');
    expect(() => run(ws, () => g.MailApp.sendEmail('t@school.example', 'Тема', 'Текст'))).toThrow(
      permissionMessage('MailApp.sendEmail', [`${S}script.send_mail`]),
    );
    expect(ws.mail.outbox).toHaveLength(0);
  });

  // reference/script/script-app#newTrigger(String): script.scriptapp;
  // reference/script/trigger-builder#forSpreadsheet(Spreadsheet): the spreadsheet's scopes.
  test('ScriptApp.newTrigger without script.scriptapp; forSpreadsheet without a spreadsheets scope', () => {
    const noTriggers = granted('spreadsheets');
    expect(() => run(noTriggers.ws, () => noTriggers.g.ScriptApp.newTrigger('f'))).toThrow(
      permissionMessage('ScriptApp.newTrigger', [`${S}script.scriptapp`]),
    );
    const onlyTriggers = granted('script.scriptapp');
    expect(() =>
      run(onlyTriggers.ws, () => onlyTriggers.g.ScriptApp.newTrigger('f').forSpreadsheet(onlyTriggers.id)),
    ).toThrow(
      permissionMessage('TriggerBuilder.forSpreadsheet', [
        `${S}spreadsheets.currentonly`,
        `${S}spreadsheets`,
      ]),
    );
    expect(onlyTriggers.ws.script.triggers).toHaveLength(0);
  });

  // reference/base/ui#showSidebar(Object): script.container.ui.
  test('Ui.showSidebar without script.container.ui shows nothing', () => {
    const { ws, g } = granted('spreadsheets');
    const html = run(ws, () => g.HtmlService.createHtmlOutput('<p>Панель</p>'));
    expect(() => run(ws, () => g.SpreadsheetApp.getUi().showSidebar(html))).toThrow(
      permissionMessage('Ui.showSidebar', [`${S}script.container.ui`]),
    );
    expect(ws.ui.sidebar).toBeNull();
  });

  // reference/drive/folder#createFolder(String): drive; #getFoldersByName(String): drive.readonly
  // or drive; reference/drive/folder-iterator: no Authorization section.
  test('with drive.readonly a script finds folders but cannot make one', () => {
    const { ws, g } = granted('drive.readonly');
    const rootId = ws.asPerson(() => g.DriveApp.createFolder('Наставничество').getId());
    const found = run(ws, () => {
      const it = g.DriveApp.getFolderById(rootId).getFoldersByName('2026/2027');
      return it.hasNext();
    });
    expect(found).toBe(false);
    expect(() => run(ws, () => g.DriveApp.getFolderById(rootId).createFolder('2026/2027'))).toThrow(
      permissionMessage('Folder.createFolder', [`${S}drive`]),
    );
  });
});

describe('a granted scope lets the call through', () => {
  test('drive, userinfo.email, spreadsheets, forms, documents, script.send_mail, script.scriptapp, script.container.ui', () => {
    const { ws, g, id } = granted(
      'drive',
      'userinfo.email',
      'spreadsheets',
      'forms',
      'documents',
      'script.send_mail',
      'script.scriptapp',
      'script.container.ui',
    );
    run(ws, () => {
      expect(g.DriveApp.createFolder('Документы').getName()).toBe('Документы');
      expect(g.DriveApp.getFileById(id).getId()).toBe(id);
      expect(g.Session.getActiveUser().getEmail()).toBe('curator@school.example');
      expect(g.SpreadsheetApp.openById(id).getId()).toBe(id);
      expect(g.FormApp.create('Запросы').getTitle()).toBe('Запросы');
      expect(g.DocumentApp.create('Приказ').getName()).toBe('Приказ');
      g.MailApp.sendEmail('t@school.example', 'Тема', 'Текст');
      g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
      g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutput('<p>Панель</p>'));
    });
    expect(ws.mail.outbox).toHaveLength(1);
    expect(ws.script.triggers).toHaveLength(1);
    expect(ws.ui.sidebar).not.toBeNull();
  });

  // reference/spreadsheet/*: spreadsheets covers everything spreadsheets.currentonly does.
  test('either of the scopes a method lists will do', () => {
    for (const scope of ['spreadsheets.currentonly', 'spreadsheets']) {
      const { ws, g } = granted(scope);
      expect(
        run(ws, () => g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue()),
      ).toBe('');
    }
  });

  // reference/base/ui#createAddonMenu(), reference/base/menu, reference/properties/*,
  // reference/lock/*, reference/utilities/utilities, reference/html/*: no Authorization section.
  // reference/script/clock-trigger-builder#create() lists none either: newTrigger is what needs
  // script.scriptapp.
  test('methods whose reference lists no scope need none', () => {
    const { ws, g } = granted();
    run(ws, () => {
      g.SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть', 'showSidebar').addToUi();
      g.PropertiesService.getUserProperties().setProperty('k', 'v');
      g.LockService.getUserLock().tryLock(1000);
      g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy');
      g.HtmlService.createHtmlOutput('<p>x</p>').setTitle('x');
    });
    expect(ws.ui.menuFunctions()).toEqual(['showSidebar']);
    expect(scopesFor('ClockTriggerBuilder.create')).toEqual([]);
    expect(scopesFor('FolderIterator.next')).toEqual([]);
    // reference/base/user#getEmail(): no Authorization section; a spreadsheet's editors are
    // read with the spreadsheet's scope.
    const { ws: ws2, g: g2 } = granted('spreadsheets');
    expect(run(ws2, () => g2.SpreadsheetApp.getActiveSpreadsheet().getOwner()?.getEmail())).toBe(
      'curator@school.example',
    );
  });
});

describe('outside an execution', () => {
  // The emulator's own rule: set-up from Node (a person's edits, test fixtures) is no execution of
  // the script, so no scope is checked.
  test('nothing is checked: set-up from Node needs no scope', () => {
    const { ws, g, id } = granted();
    expect(ws.currentExecution()).toBeNull();
    expect(g.DriveApp.createFolder('Документы').getName()).toBe('Документы');
    expect(g.SpreadsheetApp.openById(id).getId()).toBe(id);
    expect(g.Session.getActiveUser().getEmail()).toBe('curator@school.example');
    // …and a person's edit while an execution waits is not checked either.
    run(ws, () => ws.asPerson(() => g.DriveApp.createFolder('Ещё одна')));
    expect(ws.calledInExecutions.has('DriveApp.createFolder')).toBe(false);
  });
});

describe('a method the table does not know', () => {
  // The emulator's own rule: a call whose scopes were never looked up fails loudly, so the table
  // grows with the emulator instead of letting a call through unchecked.
  test('inside an execution it throws «Not emulated: the scopes of …»', () => {
    const { ws } = granted('spreadsheets');
    expect(scopesFor('Widget.frob')).toBeUndefined();
    expect(() => run(ws, () => ws.calls.record('Widget.frob'))).toThrow(
      'Not emulated: the scopes of Widget.frob',
    );
    expect(ws.executions.last('test')).toMatchObject({ outcome: 'error' });
    // Outside an execution the same call is only recorded.
    expect(() => ws.calls.record('Widget.frob')).not.toThrow();
  });
});
