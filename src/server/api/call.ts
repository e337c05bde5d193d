// How every action the curator starts (sidebar or menu) runs: on the active spreadsheet, after
// checking the caller may edit it, with a Russian message for anything that goes wrong.
import { assertCanEdit } from '../gas/access';
import { activeSpreadsheet } from '../gas/context';
import { isUserError, messageOf } from '../shared/errors';

export interface Caller {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: string;
  /** Today in the spreadsheet's time zone, yyyy-mm-dd. */
  today: string;
}

export function today(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

export function asCurator<T>(fn: (caller: Caller) => T): T {
  const ss = activeSpreadsheet();
  const user = assertCanEdit(ss);
  try {
    return fn({ ss, user, today: today(ss) });
  } catch (e) {
    if (isUserError(e)) throw e;
    console.error(e);
    // google.script.run hands the client only the message: make it one a person can act on.
    throw new Error(
      `Не удалось выполнить действие: ${messageOf(e)}. Если ошибка повторяется, сообщите разработчикам, приложив это сообщение.`,
    );
  }
}

/** From a menu item: the result or the error as an alert. */
export function fromMenu(title: string, fn: (caller: Caller) => string): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert(title, asCurator(fn), ui.ButtonSet.OK);
  } catch (e) {
    ui.alert(title, messageOf(e), ui.ButtonSet.OK);
  }
}
