// Every server function the sidebar can call checks that the caller may edit the spreadsheet.
import { UserError } from '../shared/errors';
import { TEXTS } from './texts';

/** The sheet the add-on writes in every operation, so its first cell speaks for the add-on's writes. */
const PROBE_SHEET = 'Журнал';

/**
 * Google's own answer to «may this person edit?»: Range.canEdit() is true for everyone who may
 * edit the cells — added one by one, through a Google Group, the domain or link sharing — and
 * false for viewers and commenters (reference/spreadsheet/range#canEdit()). Spreadsheet.getEditors()
 * lists only people added one by one, so it cannot be the test. Returns the caller's address ('' when
 * Google hides it: consumer accounts, other domains).
 */
export function assertCanEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const email = Session.getActiveUser().getEmail().trim().toLowerCase();
  const sheet = ss.getSheetByName(PROBE_SHEET) ?? ss.getSheets()[0];
  if (!sheet.getRange(1, 1).canEdit()) throw new UserError(TEXTS.cannotEdit(email));
  return email;
}
