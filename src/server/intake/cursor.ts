// Which responses are taken: for each response sheet of the add-on's forms, «every row up to N is
// taken (into its bank or Мониторинг, or named in Журнал)», with the time of row N to notice staff
// deleting or sorting rows. Kept in the hidden sheet «Служебный»: every context reads and writes
// the spreadsheet (form triggers, sidebar actions, the daily run, whose time-driven trigger has no
// document and so no document properties), it is read in the same one call per operation as any
// sheet, and it is written under the school's lock like the banks it goes with.
import type { FormKind } from '../shared/forms';
import { SHEETS, columnKeys, headersOf, type ColumnKey, type RowValues } from '../schema';
import type { Store } from '../store/store';
import type { Table } from '../store/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Cursor {
  /** The last row taken (1 = only the header). */
  row: number;
  /** The response time in that row (ms), or 0 when not known. */
  time: number;
}

const HEADERS = headersOf(SHEETS.service);

/** The service sheet's table, made (hidden) the first time it is needed. */
export function cursorTable(store: Store): Table<'service'> {
  if (!store.sheet('service')) {
    const sheet = store.ss.insertSheet(SHEETS.service.name, store.ss.getSheets().length);
    sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
    sheet.hideSheet();
    store.registerSheet(sheet);
  }
  return store.table('service', columnKeys('service'));
}

function rowOf(table: Table<'service'>, sheetId: number): number | undefined {
  return table.rows.find((r) => table.number(r, 'sheetId') === sheetId);
}

export function readCursor(table: Table<'service'>, sheetId: number): Cursor | null {
  const row = rowOf(table, sheetId);
  if (row === undefined) return null;
  return {
    row: Math.max(1, table.number(row, 'row') ?? 1),
    time: table.time(row, 'answerTime'),
  };
}

/** The name the response sheet had when last seen (staff may rename it; the id stays). */
export function cursorSheetName(table: Table<'service'>, sheetId: number): string {
  const row = rowOf(table, sheetId);
  return row === undefined ? '' : table.text(row, 'sheetName');
}

export function writeCursor(
  table: Table<'service'>,
  kind: FormKind,
  sheetId: number,
  sheetName: string,
  cursor: Cursor,
): void {
  const values: RowValues<'service'> = {
    form: kind,
    sheetId: sheetId,
    sheetName: sheetName,
    row: cursor.row,
    answerTime: cursor.time > 0 ? cursor.time : '',
  };
  const row = rowOf(table, sheetId);
  if (row === undefined) table.append(values);
  else for (const [key, value] of Object.entries(values)) table.set(row, key as ColumnKey<'service'>, value);
}

/** A form setup has just made: nothing of it is taken yet, its response sheet has only the header. */
export function startCursor(store: Store, kind: FormKind, sheetId: number, sheetName: string): void {
  const table = cursorTable(store);
  if (!readCursor(table, sheetId)) writeCursor(table, kind, sheetId, sheetName, { row: 1, time: 0 });
}

/** The response sheet with this id and its name: by the name last seen (one call to check), else among all. */
export function responseSheet(
  store: Store,
  table: Table<'service'>,
  sheetId: number,
): { sheet: Sheet; name: string } | null {
  const name = cursorSheetName(table, sheetId);
  const named = store.sheetByName(name);
  if (named && named.getSheetId() === sheetId) return { sheet: named, name };
  for (const sheet of store.ss.getSheets()) {
    if (sheet.getSheetId() !== sheetId) continue;
    store.registerSheet(sheet);
    return { sheet, name: sheet.getName() };
  }
  return null;
}
