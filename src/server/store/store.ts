// The only code that reads and writes the add-on's sheets. Per operation, each sheet is read once
// (getDataRange().getValues()), read again right before it is written (merge.ts: staff's edits made
// meanwhile are kept), and written at most once per run of owned columns. Every save runs under the
// school's lock (gas/lock.ts).
import { noteForResult } from '../gas/lock';
import {
  SHEETS,
  SHEET_DEFS,
  byHeader,
  columnOf,
  type ColumnKey,
  type RowValues,
  type SheetKey,
} from '../schema';
import { UserError, cellRef } from '../shared/errors';
import { asText, cellText, normalizeKey } from '../shared/text';
import { isDateValue, isoFromDate, offsetFromZ, ruDate } from './dates';
import { mergeWrites, type Conflict } from './merge';
import { Table } from './table';
import { archiveSheetName } from '../year/rollover';
import { TEXTS } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class Store {
  private readonly sheetsByName = new Map<string, Sheet>();
  private readonly tables = new Map<SheetKey, Table>();
  private readonly appends = new Map<SheetKey, Array<Record<string, unknown>>>();
  readonly timeZone: string;
  readonly tzOffsetMinutes: number;

  constructor(readonly ss: Spreadsheet) {
    for (const sheet of ss.getSheets()) this.sheetsByName.set(sheet.getName(), sheet);
    this.timeZone = ss.getSpreadsheetTimeZone();
    this.tzOffsetMinutes = offsetFromZ(Utilities.formatDate(new Date(), this.timeZone, 'Z'));
  }

  sheet(key: SheetKey): Sheet | null {
    return this.sheetsByName.get(SHEETS[key].name) ?? null;
  }

  sheetByName(name: string): Sheet | null {
    return this.sheetsByName.get(name) ?? null;
  }

  /** Forgets a sheet (after setup created or replaced it). */
  registerSheet(sheet: Sheet): void {
    this.sheetsByName.set(sheet.getName(), sheet);
  }

  /** The sheet's table, read once per operation. `columns` must be present, or a UserError says so. */
  table<K extends SheetKey>(key: K, columns: ReadonlyArray<ColumnKey<K>> = []): Table<K> {
    let table = this.tables.get(key) as Table<K> | undefined;
    if (!table) {
      const def = SHEET_DEFS[key];
      const sheet = this.sheet(key);
      if (!sheet) throw new UserError(TEXTS.missingSheet(def.name));
      table = new Table<K>(def, sheet.getDataRange().getValues(), this.tzOffsetMinutes);
      this.tables.set(key, table as unknown as Table);
    }
    const found = table;
    const missing = columns.filter((c) => !found.has(c)).map((c) => found.headerOf(c));
    if (missing.length > 0) {
      throw new UserError(
        `${cellRef(table.name)}: ${missing.map(TEXTS.missingColumn).join(', ')}. Запустите «Первоначальная настройка» — она вернёт столбцы, не трогая данные.`,
      );
    }
    return table;
  }

  private readonly archives = new Map<string, Table | null>();

  /**
   * A sheet of a finished school year as «Новый учебный год» archived it («Архив 2026/2027 — Пары
   * и группы»), read once per operation and never written; null when there is none. Its columns
   * are found by header like the working sheet's.
   */
  archiveTable<K extends SheetKey>(key: K, year: string): Table<K> | null {
    const name = archiveSheetName(year, SHEETS[key].name);
    if (!this.archives.has(name)) {
      const sheet = this.sheetsByName.get(name);
      this.archives.set(
        name,
        sheet
          ? (new Table<K>(
              { ...SHEET_DEFS[key], name },
              sheet.getDataRange().getValues(),
              this.tzOffsetMinutes,
            ) as unknown as Table)
          : null,
      );
    }
    return this.archives.get(name) as Table<K> | null;
  }

  /**
   * Queues rows for an append-only sheet (Журнал, Журнал рассылок): written without reading it.
   * Rows are by column key; a key the schema does not know throws here.
   */
  appendRows<K extends SheetKey>(key: K, rows: ReadonlyArray<RowValues<K>>): void {
    const queued = this.appends.get(key) ?? [];
    queued.push(...rows.map((row) => byHeader(SHEETS[key], row)));
    this.appends.set(key, queued);
  }

  private readonly headers = new Map<SheetKey, string[]>();

  /**
   * Writes the rows queued for an append-only sheet now (the mail log every few messages). Where
   * the sheet ends is asked right before each write, under the school's lock: another execution
   * may have appended since this one last wrote (the lock can be let go and taken again).
   */
  flushAppends(key: SheetKey): void {
    const rows = this.appends.get(key) ?? [];
    this.appends.delete(key);
    const sheet = this.sheet(key);
    if (!sheet || rows.length === 0) return;
    // Only the header row is read: these sheets grow all year and are never read whole here.
    let header = this.headers.get(key);
    if (!header) {
      const lastColumn = Math.max(sheet.getLastColumn(), 1);
      header = sheet
        .getRange(1, 1, 1, lastColumn)
        .getValues()[0]
        .map((h) => normalizeKey(String(h)));
      this.headers.set(key, header);
    }
    const width = header.length;
    const values = rows.map((record) => {
      const out: unknown[] = new Array(width).fill('');
      for (const [name, value] of Object.entries(record)) {
        const i = (header as string[]).indexOf(normalizeKey(name));
        if (i >= 0) out[i] = typeof value === 'string' ? asText(value) : (value ?? '');
      }
      return out;
    });
    const next = sheet.getLastRow() + 1;
    growAhead(sheet, next + values.length - 1, values.length);
    sheet.getRange(next, 1, values.length, width).setValues(values);
    this.tables.delete(key);
  }

  /** What saves so far kept of staff's edits over this operation's own values. */
  readonly conflicts: Array<Conflict & { sheet: string }> = [];

  /**
   * Writes every changed table and queued append. The service sheet (the intake's cursors) goes
   * last: if the run dies half-way, the responses are taken again (idempotently) rather than lost.
   */
  save(): void {
    const keys = [...this.tables.keys()];
    for (const key of keys) if (!SHEETS[key].addonOnly) this.saveTable(key);
    for (const key of [...this.appends.keys()]) this.flushAppends(key);
    this.appends.clear();
    for (const key of keys) if (SHEETS[key].addonOnly) this.saveTable(key);
  }

  private saveTable(key: SheetKey): void {
    const table = this.tables.get(key);
    const sheet = this.sheet(key);
    if (!table || !sheet) return;
    const pending = table.pending();
    if (pending.changes.length === 0 && pending.appended.length === 0) return;
    // The price of keeping staff's edits: one more read of each sheet written, right before the
    // write and under the lock, so a cell a person changed after this operation read the sheet is
    // kept (and reported) instead of overwritten, and new rows go after any row a person added.
    // The hidden service sheet only the add-on writes, under the lock, needs no re-read.
    const def = SHEET_DEFS[key];
    const current = def.addonOnly ? table.snapshot() : sheet.getDataRange().getValues();
    const merged = mergeWrites({
      columns: table.columnPositions(),
      keyColumn: def.keyColumn === undefined ? undefined : columnOf(def, def.keyColumn).header,
      base: table.snapshot(),
      changes: pending.changes,
      appended: pending.appended,
      current,
    });
    if (merged.appendedRows.length > 0)
      growAhead(sheet, Math.max(...merged.appendedRows), merged.appendedRows.length);
    for (const w of merged.writes)
      sheet.getRange(w.row, w.column, w.values.length, w.values[0].length).setValues(w.values);
    table.rebase(merged.after, merged.columns);
    if (merged.conflicts.length > 0) this.report(table.name, merged.conflicts);
  }

  /** A staff edit kept: a line in Журнал, and one in the action's result. */
  private report(sheet: string, conflicts: Conflict[]): void {
    const lines = conflicts.map((c) => {
      this.conflicts.push({ ...c, sheet });
      const show = (v: unknown) => this.showValue(v);
      return c.kind === 'edited'
        ? TEXTS.keptEdit(cellRef(sheet, c.row, c.column), show(c.person), show(c.action))
        : c.kind === 'rowGone'
          ? TEXTS.rowGone(cellRef(sheet, c.row), c.column, show(c.action))
          : TEXTS.columnGone(sheet, c.column, c.row, show(c.action));
    });
    if (this.sheet('journal')) {
      this.appendRows(
        'journal',
        lines.map((line) => ({ time: new Date(), action: TEXTS.keptEditAction, user: '', details: line })),
      );
    }
    const ssId = this.ss.getId();
    for (const line of lines) noteForResult(ssId, line);
  }

  private showValue(value: unknown): string {
    if (isDateValue(value)) {
      const date = value as Date;
      const local = new Date(date.getTime() + this.tzOffsetMinutes * 60000);
      const day = ruDate(isoFromDate(date, this.tzOffsetMinutes));
      const time = local.getUTCHours() * 60 + local.getUTCMinutes();
      return time === 0
        ? day
        : `${day} ${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
    }
    if (typeof value === 'boolean') return value ? 'да' : 'нет';
    return cellText(value);
  }
}

/**
 * Before rows are appended: the sheet grows at its end by as many rows as are appended (more if
 * the rows would not fit), always in one call whether or not they would fit today. So the blank,
 * formatted rows at its end never run out, and an append costs the same two calls (getMaxRows,
 * insertRowsAfter) in a school of 40 and a district of 5,000: the count of Sheets calls of an
 * operation does not depend on how full its sheets are. The rows added inherit the formatting and
 * validation of the blank row above them, as the tail rows setup formatted.
 */
export function growAhead(sheet: Sheet, lastRow: number, appended: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, Math.max(appended, lastRow - maxRows));
}
