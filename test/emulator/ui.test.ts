// Conformance of SpreadsheetApp.getUi() (developers.google.com/apps-script/reference/base/ui).
import { createWorkspace } from '../../dev/workspace';

function setup() {
  const ws = createWorkspace();
  ws.createSpreadsheet('Школа');
  const g = ws.globals();
  const ui = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
  const html = g.HtmlService as GoogleAppsScript.HTML.HtmlService;
  return { ws, ui, html };
}

describe('Ui', () => {
  // ui#createaddonmenu, menu#additemcaption,-functionname, #addseparator, #addsubmenumenu, #addtoui
  test('menus are recorded as a tree', () => {
    const { ws, ui } = setup();
    const sub = ui.createMenu('Документы').addItem('Приказ', 'makeOrder');
    ui.createAddonMenu().addItem('Открыть панель', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(ws.ui.menu()).toEqual({
      kind: 'addon',
      caption: 'Наставничество',
      items: [
        { kind: 'item', caption: 'Открыть панель', functionName: 'showSidebar' },
        { kind: 'separator' },
        {
          kind: 'submenu',
          caption: 'Документы',
          items: [{ kind: 'item', caption: 'Приказ', functionName: 'makeOrder' }],
        },
      ],
    });
    expect(ws.ui.menuFunctions()).toEqual(['showSidebar', 'makeOrder']);
    // Adding the menu again replaces it (as reopening the file does).
    ui.createAddonMenu().addItem('Открыть панель', 'showSidebar').addToUi();
    expect(ws.ui.menus).toHaveLength(1);
  });

  // ui#showsidebaruserinterface, #showmodaldialoguserinterface,-title
  test('sidebar and dialogs are recorded', () => {
    const { ws, ui, html } = setup();
    ui.showSidebar(html.createHtmlOutput('<p>hi</p>').setTitle('Наставничество'));
    expect(ws.ui.sidebar).toEqual(expect.objectContaining({ title: 'Наставничество', content: '<p>hi</p>' }));
    ui.showModalDialog(html.createHtmlOutput('x').setWidth(400), 'Пары');
    ui.showModelessDialog(html.createHtmlOutput('y'), 'Справка');
    expect(ws.ui.dialogs.map((d) => [d.dialogTitle, d.modal, d.width])).toEqual([
      ['Пары', true, 400],
      ['Справка', false, null],
    ]);
  });

  // ui#alertprompt, #alerttitle,-prompt,-buttons: returns the Button clicked.
  test('alerts answer from the queue, OK (the first button) by default', () => {
    const { ws, ui } = setup();
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    ws.ui.queueAnswer('NO');
    expect(ui.alert('Удалить?', 'Точно удалить пару?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Ещё раз?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ws.ui.alerts.map((a) => [a.title, a.prompt, a.buttonSet, a.button])).toEqual([
      ['', 'Готово', 'OK', 'OK'],
      ['Удалить?', 'Точно удалить пару?', 'YES_NO', 'NO'],
      ['', 'Ещё раз?', 'YES_NO', 'YES'],
    ]);
    ws.ui.queueAnswer('OK');
    expect(() => ui.alert('x', ui.ButtonSet.YES_NO)).toThrow(/not a button/);
  });

  // ui#promptprompt, prompt-response#getresponsetext, #getselectedbutton
  test('prompts return a PromptResponse', () => {
    const { ws, ui } = setup();
    ws.ui.queueAnswer({ text: '12-к', button: 'OK' }, { button: 'CANCEL' });
    const first = ui.prompt('Номер приказа', 'Введите номер', ui.ButtonSet.OK_CANCEL);
    expect([first.getResponseText(), first.getSelectedButton()]).toEqual(['12-к', ui.Button.OK]);
    const second = ui.prompt('Номер приказа', ui.ButtonSet.OK_CANCEL);
    expect([second.getResponseText(), second.getSelectedButton()]).toEqual(['', ui.Button.CANCEL]);
  });

  test('unimplemented members throw', () => {
    const { ui } = setup();
    expect(() => (ui as unknown as Record<string, unknown>).showDialog).toThrow(
      'Not emulated: Ui.showDialog',
    );
  });
});
