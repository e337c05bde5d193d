// The add-on menu. Built in onOpen, which may run in AuthMode.NONE (the add-on is installed but
// not yet used in this file): then only the Ui may be touched — no properties, no sheets.
// Each item names a top-level function of build/Code.js, i.e. an export of src/server/index.ts.

export interface MenuItem {
  caption: string;
  functionName: string;
}

export const MENU_ITEMS: ReadonlyArray<MenuItem | 'separator'> = [
  { caption: 'Открыть панель', functionName: 'showSidebar' },
  'separator',
  { caption: 'Первоначальная настройка', functionName: 'menuSetup' },
  { caption: 'Проверить данные', functionName: 'menuCheckData' },
  { caption: 'Разослать форму запросов', functionName: 'menuSendRequestForm' },
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption, item.functionName);
  }
  menu.addToUi();
}

export const SIDEBAR_TITLE = 'Наставничество';
