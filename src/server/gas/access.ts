// Every server function the sidebar can call checks that the caller may edit the spreadsheet.
import { UserError } from '../shared/errors';

export function assertCanEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const email = Session.getActiveUser().getEmail().trim().toLowerCase();
  // Apps Script hides the address for consumer accounts and across domains; then the platform's
  // own permission on the file is what protects it (a viewer cannot run the add-on's writes).
  if (!email) return '';
  const editors = ss.getEditors().map((u) => u.getEmail().toLowerCase());
  const owner = ss.getOwner();
  if (owner) editors.push(owner.getEmail().toLowerCase());
  if (!editors.includes(email)) {
    throw new UserError(
      `У пользователя ${email} нет прав на редактирование этой таблицы. Попросите владельца добавить вас в редакторы.`,
    );
  }
  return email;
}
