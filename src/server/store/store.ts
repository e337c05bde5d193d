// The only code that reads and writes the add-on's sheets. Per operation, each sheet is read at most
// once (getDataRange().getValues()) and written at most once per run of owned columns.
import { SHEETS, type SheetKey } from '../schema';
import { UserError, cellRef } from '../shared/errors';
import { asText, normalizeKey } from '../shared/text';
import { offsetFromZ } from './dates';
import { Table } from './table';
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
  table(key: SheetKey, columns: readonly string[] = []): Table {
    let table = this.tables.get(key);
    if (!table) {
      const def = SHEETS[key];
      const sheet = this.sheet(key);
      if (!sheet) throw new UserError(TEXTS.missingSheet(def.name));
      table = new Table(def, sheet.getDataRange().getValues(), this.tzOffsetMinutes);
      this.tables.set(key, table);
    }
    const missing = columns.filter((c) => !table.has(c));
    if (missing.length > 0) {
      throw new UserError(
        `${cellRef(table.name)}: ${missing.map(TEXTS.missingColumn).join(', ')}. Запустите «Первоначальная настройка» — она вернёт столбцы, не трогая данные.`,
      );
    }
    return table;
  }

  /** Queues rows for an append-only sheet (Журнал, Журнал рассылок): written without reading it. */
  appendRows(key: SheetKey, rows: Array<Record<string, unknown>>): void {
    const queued = this.appends.get(key) ?? [];
    queued.push(...rows);
    this.appends.set(key, queued);
  }

  private readonly headers = new Map<SheetKey, string[]>();
  private readonly ends = new Map<SheetKey, { nextRow: number; maxRows: number }>();

  /** Writes the rows queued for an append-only sheet now (the mail log after each message). */
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
    // Where the sheet ends is asked once per operation; later flushes continue from there.
    let end = this.ends.get(key);
    if (!end) {
      end = { nextRow: sheet.getLastRow() + 1, maxRows: sheet.getMaxRows() };
      this.ends.set(key, end);
    }
    const last = end.nextRow + values.length - 1;
    if (last > end.maxRows) {
      sheet.insertRowsAfter(end.maxRows, last - end.maxRows);
      end.maxRows = last;
    }
    sheet.getRange(end.nextRow, 1, values.length, width).setValues(values);
    end.nextRow = last + 1;
    this.tables.delete(key);
  }

  /** Writes every changed table and queued append. */
  save(): void {
    for (const [key, table] of this.tables) {
      const writes = table.writes();
      if (writes.length === 0) continue;
      const sheet = this.sheet(key) as Sheet;
      const lastRow = Math.max(...writes.map((w) => w.row + w.values.length - 1));
      const maxRows = sheet.getMaxRows();
      if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
      for (const w of writes)
        sheet.getRange(w.row, w.column, w.values.length, w.values[0].length).setValues(w.values);
      table.markSaved();
    }
    for (const key of [...this.appends.keys()]) this.flushAppends(key);
    this.appends.clear();
  }
}
