// One sheet's values as a table: columns found by header, typed reads that report bad cells instead
// of dropping them, and the writes needed to save the changed rows. Pure: the values come from one
// getValues() and the writes go to as few setValues() as the owned columns allow.
import type { ColumnDef, SheetDef } from '../schema';
import { cellRef } from '../shared/errors';
import { asText, cellText, isEmail, normalizeKey, splitList } from '../shared/text';
import { isoFromDate, dateFromIso, parseDateText, isDateValue, type IsoDate } from './dates';
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

export interface Write {
  row: number;
  column: number;
  values: unknown[][];
}

export class Table {
  readonly name: string;
  readonly header: string[];
  /** The 0-based column of each defined header, as found in the sheet. */
  private readonly columns = new Map<string, number>();
  readonly missingColumns: string[] = [];
  /** Sheet rows holding data (blank rows are skipped but keep their place). */
  readonly rows: number[] = [];
  private readonly cells: unknown[][];
  private readonly dirty = new Set<number>();
  readonly problems: Problem[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly def: SheetDef,
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
    for (const col of def.columns) {
      const names = [col.header, ...(col.aliases ?? [])].map(normalizeKey);
      const found = names.map((n) => byKey.get(n)).find((i) => i !== undefined);
      if (found === undefined) this.missingColumns.push(col.header);
      else this.columns.set(col.header, found);
    }
    this.cells = values.map((r) => r.slice());
    for (let i = 1; i < values.length; i++) {
      if (values[i].some((v) => cellText(v) !== '')) this.rows.push(i + 1);
    }
  }

  has(header: string): boolean {
    return this.columns.has(header);
  }

  /** 1-based sheet column of a header (for links that select a cell). */
  columnNumber(header: string): number | undefined {
    const i = this.columns.get(header);
    return i === undefined ? undefined : i + 1;
  }

  private column(header: string): ColumnDef {
    const col = this.def.columns.find((c) => c.header === header);
    if (!col) throw new Error(`${this.name}: column ${header} is not in the schema`);
    return col;
  }

  raw(row: number, header: string): unknown {
    const i = this.columns.get(header);
    if (i === undefined) return '';
    return this.cells[row - 1]?.[i] ?? '';
  }

  private report(row: number, column: string, message: string): void {
    const key = `${row}\u0000${column}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ sheet: this.name, row, column, message });
  }

  text(row: number, header: string): string {
    const value = this.raw(row, header);
    if (isDateValue(value)) return formatIsoRu(isoFromDate(value as Date, this.tzOffsetMinutes));
    if (typeof value === 'boolean') return value ? 'да' : 'нет';
    return cellText(value);
  }

  /** An email, or '' with a problem reported when the cell holds something else. */
  email(row: number, header: string): string {
    const value = this.text(row, header);
    if (value === '') {
      if (this.column(header).required) this.report(row, header, TEXTS.emptyRequired);
      return '';
    }
    if (!isEmail(value)) {
      this.report(row, header, TEXTS.notEmail(value));
      return '';
    }
    return value.trim().toLowerCase();
  }

  /** A date (ISO yyyy-mm-dd) from a date cell or text like 01.10.2026, or '' with a problem. */
  date(row: number, header: string): IsoDate | '' {
    const value = this.raw(row, header);
    if (isDateValue(value)) return isoFromDate(value as Date, this.tzOffsetMinutes);
    const text = cellText(value);
    if (text === '') return '';
    const parsed = parseDateText(text);
    if (!parsed) {
      this.report(row, header, TEXTS.notDate(text));
      return '';
    }
    return parsed;
  }

  /** Milliseconds since the epoch of a date-time cell, or 0. */
  time(row: number, header: string): number {
    const value = this.raw(row, header);
    if (isDateValue(value)) return (value as Date).getTime();
    const iso = this.date(row, header);
    return iso ? dateFromIso(iso, this.tzOffsetMinutes).getTime() : 0;
  }

  number(row: number, header: string): number | null {
    const value = this.raw(row, header);
    if (typeof value === 'number') return value;
    const text = cellText(value).replace(',', '.');
    if (text === '') return null;
    const n = Number(text);
    if (!Number.isFinite(n)) {
      this.report(row, header, TEXTS.notNumber(cellText(value)));
      return null;
    }
    return n;
  }

  bool(row: number, header: string): boolean {
    const value = this.raw(row, header);
    if (typeof value === 'boolean') return value;
    return /^(да|true|истина|1|x|х|✓|v)$/i.test(cellText(value));
  }

  /** A value of a fixed list, in its canonical spelling; unknown text is reported and returned as is. */
  choice(row: number, header: string): string {
    const text = this.text(row, header);
    if (text === '') return '';
    const values = this.column(header).values ?? [];
    const found = values.find((v) => normalizeKey(v) === normalizeKey(text));
    if (found) return found;
    this.report(row, header, TEXTS.notInList(text, values));
    return text;
  }

  list(row: number, header: string): string[] {
    return splitList(this.text(row, header));
  }

  /** Sets a cell; a changed row is written back by writes(). Returns whether the cell changed. */
  set(row: number, header: string, value: unknown): boolean {
    const i = this.columns.get(header);
    if (i === undefined) throw new Error(`${this.name}: column ${header} is missing`);
    const cells = this.ensureRow(row);
    const next = this.toCell(header, value);
    if (sameCell(cells[i], next)) return false;
    cells[i] = next;
    this.dirty.add(row);
    return true;
  }

  /** Appends a row after the last one; returns its sheet row. */
  append(values: Record<string, unknown>): number {
    const row = Math.max(this.cells.length, 1) + 1;
    this.ensureRow(row);
    this.rows.push(row);
    for (const [header, value] of Object.entries(values)) this.set(row, header, value);
    this.dirty.add(row);
    return row;
  }

  private ensureRow(row: number): unknown[] {
    while (this.cells.length < row) this.cells.push(new Array(this.header.length).fill(''));
    const cells = this.cells[row - 1];
    while (cells.length < this.header.length) cells.push('');
    return cells;
  }

  private toCell(header: string, value: unknown): unknown {
    if (value === null || value === undefined) return '';
    const kind = this.column(header).kind;
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
    return this.dirty.size > 0;
  }

  /**
   * The writes that save every changed row: one block of rows from the first to the last changed,
   * split only where the owned columns are not side by side, so staff's own columns (and their
   * formulas) are never overwritten.
   */
  writes(): Write[] {
    if (this.dirty.size === 0) return [];
    const first = Math.min(...this.dirty);
    const last = Math.max(...this.dirty);
    const owned = [...this.columns.values()].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of owned) {
      const run = runs[runs.length - 1];
      if (run && run[1] === c - 1) run[1] = c;
      else runs.push([c, c]);
    }
    return runs.map(([from, to]) => ({
      row: first,
      column: from + 1,
      values: this.cells.slice(first - 1, last).map((cells) => {
        const out: unknown[] = [];
        for (let c = from; c <= to; c++) out.push(reescape(cells[c]));
        return out;
      }),
    }));
  }

  /** Forgets the changes after they were written. */
  markSaved(): void {
    this.dirty.clear();
  }
}

/** Text goes back as text: strings get the apostrophe that keeps Sheets from parsing them. */
function reescape(value: unknown): unknown {
  if (typeof value === 'string') return asText(value);
  return value ?? '';
}

function sameCell(a: unknown, b: unknown): boolean {
  if (isDateValue(a) && isDateValue(b)) return (a as Date).getTime() === (b as Date).getTime();
  return a === b;
}

function formatIsoRu(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
