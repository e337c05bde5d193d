// The spreadsheet's own dialogs (menu actions only: a trigger has no UI).

/** An OK alert on this spreadsheet's UI, taken once (before the action runs, as a menu item does). */
export function alerter(): (title: string, text: string) => void {
  const ui = SpreadsheetApp.getUi();
  return (title, text) => {
    ui.alert(title, text, ui.ButtonSet.OK);
  };
}
