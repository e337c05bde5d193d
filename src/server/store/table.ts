// One sheet's values as a table: columns found by header, typed reads that report bad cells instead
// of dropping them, and what the operation changed (cells, appended rows) for the store to save.
// Pure: the values come from one getValues(); merge.ts decides what is written. Code names a column
// by its key in schema.ts (`ColumnKey<K>`: a typo does not compile, a key the schema does not know
// throws); the table finds it in the sheet by its header or an alias, wherever staff moved it.
import {
  columnOf,
  columnsOf,
  type ColumnDef,
  type ColumnKey,
  type RowValues,
  type SheetDef,
  type SheetKey,
} from '../schema';
import { cellRef } from '../shared/errors';
import { cellText, isEmail, normalizeKey, splitList } from '../shared/text';
import { isoFromDate, dateFromIso, parseDateText, isDateValue, type IsoDate } from './dates';
import { sameCell, type CellChange } from './merge';
import { TEXTS } from './texts';

export interface Problem {
  sheet: string;
  /** 1-based sheet row; 0 for the header row problems of the whole sheet. */
  row: number;
  column: string;
  message: string;
}

export function problemText(p: Problem): string {
  return `${cellRef(p.sheet, p.row || undefined, p.column || undefined)}: ${p.message}`;
}

/** What a save has to write: the cells changed in rows that were read, and the rows added. */
export interface Pending {
  changes: CellChange[];
  appended: Array<Record<string, unknown>>;
}

export class Table<K extends SheetKey = SheetKey> {
  readonly name: string;
  readonly header: string[];
  /** The 0-based column of each defined header, as found in the sheet (by header, as merge.ts and
   * the problems people read name columns). */
  private readonly columns = new Map<string, number>();
  /** Headers of the schema's columns the sheet lacks. */
  readonly missingColumns: string[] = [];
  /** Sheet rows holding data (blank rows are skipped but keep their place). */
  readonly rows: number[] = [];
  /** The sheet as read (or as last saved), and the operation's view of it. */
  private base: unknown[][];
  private cells: unknown[][];
  /** Cells set by the operation: sheet row → schema columns. */
  private readonly changed = new Map<number, Set<string>>();
  readonly problems: Problem[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly def: SheetDef<K>,
    values: unknown[][],
    /** Minutes east of UTC of the spreadsheet's time zone, for date cells. */
    readonly tzOffsetMinutes: number,
  ) {
    this.name = def.name;
    this.header = (values[0] ?? []).map((v) => cellText(v));
    const byKey = new Map<string, number>();
    this.header.forEach((h, i) => {
      const key = normalizeKey(h);
      if (key && !byKey.has(key)) byKey.set(key, i);
    });
    for (const col of columnsOf(def)) {
      const names = [col.header, ...(col.aliases ?? [])].map(normalizeKey);
      const found = names.map((n) => byKey.get(n)).find((i) => i !== undefined);
      if (found === undefined) this.missingColumns.push(col.header);
      else this.columns.set(col.header, found);
    }
    this.base = values.map((r) => r.slice());
    this.cells = values.map((r) => r.slice());
    this.findRows();
  }

  private findRows(): void {
    this.rows.length = 0;
    for (let i = 1; i < this.cells.length; i++) {
      if (this.cells[i].some((v) => cellText(v) !== '')) this.rows.push(i + 1);
    }
  }

  /** Whether the sheet has the column (under its header or an alias). */
  has(key: ColumnKey<K>): boolean {
    return this.columns.has(this.headerOf(key));
  }

  /** 1-based sheet column of a column (for links that select a cell). */
  columnNumber(key: ColumnKey<K>): number | undefined {
    const i = this.columns.get(this.headerOf(key));
    return i === undefined ? undefined : i + 1;
  }

  /** The Russian header of a column key; a key the schema does not know throws. */
  headerOf(key: ColumnKey<K>): string {
    return columnOf(this.def, key).header;
  }

  private column(key: string): ColumnDef {
    return columnOf(this.def, key);
  }

  raw(row: number, key: ColumnKey<K>): unknown {
    const i = this.columns.get(this.headerOf(key));
    if (i === undefined) return '';
    return this.cells[row - 1]?.[i] ?? '';
  }

  private report(row: number, column: string, message: string): void {
    const key = `${row}\u0000${column}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ sheet: this.name, row, column, message });
  }

  text(row: number, key: ColumnKey<K>): string {
    const value = this.raw(row, key);
    if (isDateValue(value)) return formatIsoRu(isoFromDate(value as Date, this.tzOffsetMinutes));
    if (typeof value === 'boolean') return value ? 'да' : 'нет';
    return cellText(value);
  }

  /** An email, or '' with a problem reported when the cell holds something else. */
  email(row: number, key: ColumnKey<K>): string {
    const value = this.text(row, key);
    if (value === '') {
      const col = this.column(key);
      if (col.required) this.report(row, col.header, TEXTS.emptyRequired);
      return '';
    }
    if (!isEmail(value)) {
      this.report(row, this.headerOf(key), TEXTS.notEmail(value));
      return '';
    }
    return value.trim().toLowerCase();
  }

  /** A date (ISO yyyy-mm-dd) from a date cell or text like 01.10.2026, or '' with a problem. */
  date(row: number, key: ColumnKey<K>): IsoDate | '' {
    const value = this.raw(row, key);
    if (isDateValue(value)) return isoFromDate(value as Date, this.tzOffsetMinutes);
    const text = cellText(value);
    if (text === '') return '';
    const parsed = parseDateText(text);
    if (!parsed) {
      this.report(row, this.headerOf(key), TEXTS.notDate(text));
      return '';
    }
    return parsed;
  }

  /** Milliseconds since the epoch of a date-time cell, or 0. */
  time(row: number, key: ColumnKey<K>): number {
    const value = this.raw(row, key);
    if (isDateValue(value)) return (value as Date).getTime();
    const iso = this.date(row, key);
    return iso ? dateFromIso(iso, this.tzOffsetMinutes).getTime() : 0;
  }

  number(row: number, key: ColumnKey<K>): number | null {
    const value = this.raw(row, key);
    if (typeof value === 'number') return value;
    const text = cellText(value).replace(',', '.');
    if (text === '') return null;
    const n = Number(text);
    if (!Number.isFinite(n)) {
      this.report(row, this.headerOf(key), TEXTS.notNumber(cellText(value)));
      return null;
    }
    return n;
  }

  bool(row: number, key: ColumnKey<K>): boolean {
    const value = this.raw(row, key);
    if (typeof value === 'boolean') return value;
    return /^(да|true|истина|1|x|х|✓|v)$/i.test(cellText(value));
  }

  /** A value of a fixed list, in its canonical spelling; unknown text is reported and returned as is. */
  choice(row: number, key: ColumnKey<K>): string {
    const text = this.text(row, key);
    if (text === '') return '';
    const col = this.column(key);
    const values = col.values ?? [];
    const found = values.find((v) => normalizeKey(v) === normalizeKey(text));
    if (found) return found;
    this.report(row, col.header, TEXTS.notInList(text, values));
    return text;
  }

  list(row: number, key: ColumnKey<K>): string[] {
    return splitList(this.text(row, key));
  }

  /** Sets a cell; the store saves what changed (see merge.ts). Returns whether the cell changed. */
  set(row: number, key: ColumnKey<K>, value: unknown): boolean {
    const header = this.headerOf(key);
    const i = this.columns.get(header);
    if (i === undefined) throw new Error(`${this.name}: column ${header} is missing`);
    const cells = this.ensureRow(row);
    const next = this.toCell(key, value);
    if (sameCell(cells[i], next)) return false;
    cells[i] = next;
    const changed = this.changed.get(row) ?? new Set<string>();
    changed.add(header);
    this.changed.set(row, changed);
    return true;
  }

  /**
   * Appends a row after the last one read; returns its sheet row. If someone adds a row meanwhile,
   * the save puts this one after theirs (and the table then knows its real row).
   */
  append(values: RowValues<K>): number {
    const row = Math.max(this.cells.length, 1) + 1;
    this.ensureRow(row);
    this.rows.push(row);
    this.changed.set(row, new Set());
    for (const [key, value] of Object.entries(values)) this.set(row, key as ColumnKey<K>, value);
    return row;
  }

  private ensureRow(row: number): unknown[] {
    while (this.cells.length < row) this.cells.push(new Array(this.header.length).fill(''));
    const cells = this.cells[row - 1];
    while (cells.length < this.header.length) cells.push('');
    return cells;
  }

  private toCell(key: string, value: unknown): unknown {
    if (value === null || value === undefined) return '';
    const kind = this.column(key).kind;
    if (
      (kind === 'date' || kind === 'datetime') &&
      typeof value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value)
    ) {
      return dateFromIso(value, this.tzOffsetMinutes);
    }
    if (kind === 'datetime' && typeof value === 'number') return new Date(value);
    if (kind === 'number' && typeof value === 'number') return value;
    if (kind === 'checkbox' && typeof value === 'boolean') return value;
    return value;
  }

  isDirty(): boolean {
    const pending = this.pending();
    return pending.changes.length > 0 || pending.appended.length > 0;
  }

  /** The cells changed in rows that were read (set back to what was read counts as unchanged). */
  pending(): Pending {
    const changes: CellChange[] = [];
    const appended: Array<Record<string, unknown>> = [];
    const rows = [...this.changed.keys()].sort((a, b) => a - b);
    for (const row of rows) {
      if (row > this.base.length) {
        const cells = this.cells[row - 1];
        if (!cells.some((v) => cellText(v) !== '')) continue;
        const record: Record<string, unknown> = {};
        for (const [header, i] of this.columns) record[header] = cells[i] ?? '';
        appended.push(record);
        continue;
      }
      for (const header of this.changed.get(row) ?? []) {
        const i = this.columns.get(header) as number;
        const value = this.cells[row - 1][i];
        if (!sameCell(value, this.base[row - 1]?.[i])) changes.push({ row, column: header, value });
      }
    }
    return { changes, appended };
  }

  /** The sheet as read (for sheets only the add-on writes, where a re-read would show the same). */
  snapshot(): unknown[][] {
    return this.base.map((r) => r.slice());
  }

  /** After a save: the sheet as written becomes what the table holds, with columns where they are. */
  rebase(values: unknown[][], columns: ReadonlyMap<string, number>): void {
    this.base = values.map((r) => r.slice());
    this.cells = values.map((r) => r.slice());
    this.header.length = 0;
    this.header.push(...(values[0] ?? []).map((v) => cellText(v)));
    this.columns.clear();
    for (const [header, i] of columns) this.columns.set(header, i);
    this.changed.clear();
    this.findRows();
  }

  /** The columns as found (schema header → 0-based position), for the store's merge. */
  columnPositions(): ReadonlyMap<string, number> {
    return this.columns;
  }
}

function formatIsoRu(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
