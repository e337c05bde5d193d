// How every action the curator starts (sidebar or menu) runs: on the active spreadsheet, after
// checking the caller may edit it, with a Russian message for anything that goes wrong.
import { assertCanEdit } from '../gas/access';
import { today } from '../gas/clock';
import { activeSpreadsheet } from '../gas/context';
import { alerter } from '../gas/ui';
import { codeOf, isUserError, messageOf, splitCode, UserError, withCode } from '../shared/errors';

export interface Caller {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user: string;
  /** Today in the spreadsheet's time zone, yyyy-mm-dd. */
  today: string;
}

export function asCurator<T>(fn: (caller: Caller) => T): T {
  const ss = activeSpreadsheet();
  const user = assertCanEdit(ss);
  try {
    return fn({ ss, user, today: today(ss) });
  } catch (e) {
    if (isUserError(e)) {
      const code = codeOf(e);
      throw code ? new UserError(withCode(messageOf(e), code), code) : e;
    }
    console.error(e);
    // google.script.run hands the client only the message: make it one a person can act on.
    throw new Error(
      `Не удалось выполнить действие: ${messageOf(e)}. Если ошибка повторяется, сообщите разработчикам, приложив это сообщение.`,
    );
  }
}

/** From a menu item: the result or the error as an alert. */
export function fromMenu(title: string, fn: (caller: Caller) => string): void {
  const alert = alerter();
  try {
    alert(title, asCurator(fn));
  } catch (e) {
    alert(title, splitCode(messageOf(e)).text);
  }
}
