// The emulator as a package (dev/emulator, `apps-script-emulator`): its defaults are no project's;
// this product's come from dev/workspace.ts. Reference: a new spreadsheet's first sheet is named by
// its locale (Sheets help «Change a spreadsheet's locale»); the add-on menu carries the add-on's name
// (apps-script/reference/base/ui#createAddonMenu()).
import { createWorkspace as bare, DEFAULTS } from 'apps-script-emulator';
import { createWorkspace, PRODUCT_DEFAULTS } from '../../dev/workspace';

describe('Workspace options', () => {
  it('a bare Workspace is en_US, UTC, and its add-on is «Untitled project»', () => {
    const ws = bare();
    const ss = ws.createSpreadsheet('Book');
    expect(ss.getSheets()[0].getName()).toBe('Sheet1');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    expect(ws.timeZone).toBe('UTC');
    expect(ws.ui.addonName).toBe(DEFAULTS.addonName);
    const session = (ws.globals() as { Session: GoogleAppsScript.Base.Session }).Session;
    expect(ws.execute({ kind: 'editor', handler: 'f' }, () => session.getActiveUserLocale())).toBe('en');
  });

  it('locale, time zone and add-on name are options; this product passes its own', () => {
    const ws = createWorkspace();
    const ss = ws.createSpreadsheet('Книга');
    expect(ss.getSheets()[0].getName()).toBe('Лист1');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ws.timeZone).toBe(PRODUCT_DEFAULTS.timeZone);
    expect(ws.ui.addonName).toBe('Наставничество');
    const other = bare({ locale: 'ru_RU', addonName: 'Планировщик' });
    expect(other.createSpreadsheet('x').getSheets()[0].getName()).toBe('Лист1');
    expect(other.ui.addonName).toBe('Планировщик');
  });
});
