// Warnings in the sidebar link to the exact cell: this selects it in the spreadsheet.
import type { CellLink } from '../api/types';
import type { Caller } from '../api/call';
import { UserError } from '../shared/errors';
import { normalizeKey } from '../shared/text';

export function selectCellAction(caller: Caller, link: CellLink): void {
  const sheet = caller.ss.getSheetByName(String(link.sheet));
  if (!sheet) throw new UserError(`Лист «${link.sheet}» не найден.`);
  const row = Math.max(1, Math.floor(Number(link.row)) || 1);
  let column = 1;
  if (link.column) {
    const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
    const i = header.findIndex((h) => normalizeKey(String(h)) === normalizeKey(String(link.column)));
    if (i >= 0) column = i + 1;
  }
  caller.ss.setActiveSheet(sheet);
  sheet.getRange(row, column).activate();
}
