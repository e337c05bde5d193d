// What a save writes when the sheet may have changed since the operation read it: a person typed in
// a cell, added a row, inserted or deleted rows, moved a column. Pure: given the sheet as read, the
// cells the operation changed and the rows it appended, and the sheet as it is now (re-read under
// the lock, just before the write), it returns the writes and the conflicts.
//
// - A cell the operation did not change takes the sheet's current value (a person's edit survives).
// - A cell it changed is written only if it still holds what was read; if a person changed it too,
//   the person's value is kept and the cell is reported.
// - A changed row is found again by the sheet's key column (Email, ID) if rows moved; a row that is
//   gone is reported, not written elsewhere.
// - Appended rows go after the sheet's current last row, never over a row a person added.
// - Columns are found again by header, so a moved column is written where it is now.
import { asText, cellText, normalizeKey } from '../shared/text';
import { isDateValue } from './dates';

export interface Write {
  row: number;
  column: number;
  values: unknown[][];
}

/** A cell the operation changed: its 1-based row in the sheet as read, its schema column. */
export interface CellChange {
  row: number;
  column: string;
  value: unknown;
}

export interface Conflict {
  /** 1-based row in the sheet as it is now (as read when the row is gone). */
  row: number;
  column: string;
  /** What the sheet holds now (the value kept). */
  person: unknown;
  /** What the operation would have written. */
  action: unknown;
  kind: 'edited' | 'rowGone' | 'columnGone';
}

export interface MergeInput {
  /** Schema column → its 0-based position in the sheet as read. */
  columns: ReadonlyMap<string, number>;
  /** The column that identifies a row (Email, ID), if the sheet has one. */
  keyColumn?: string;
  /** The sheet as read (row 0 is the header). */
  base: readonly (readonly unknown[])[];
  changes: readonly CellChange[];
  /** Rows to add, schema column → cell value. */
  appended: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** The sheet now (row 0 is the header). */
  current: readonly (readonly unknown[])[];
}

export interface MergeResult {
  /** One block per run of adjacent owned columns, rows from the first to the last written. */
  writes: Write[];
  conflicts: Conflict[];
  /** The 1-based rows the appended rows landed on. */
  appendedRows: number[];
  /** The sheet after the writes (the next base). */
  after: unknown[][];
  /** Schema column → 0-based position in the sheet now (columns not found are left out). */
  columns: Map<string, number>;
}

export function sameCell(a: unknown, b: unknown): boolean {
  if (isDateValue(a) && isDateValue(b)) return (a as Date).getTime() === (b as Date).getTime();
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  if (blank(a) && blank(b)) return true;
  return a === b;
}

const keyText = (v: unknown) => normalizeKey(cellText(v));

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((v) => cellText(v) === '');
}

/** Where each schema column is now, found by the header text it had when read. */
function columnsNow(input: MergeInput): Map<string, number> {
  const header = input.current[0] ?? [];
  const byText = new Map<string, number>();
  header.forEach((h, i) => {
    const k = keyText(h);
    if (k && !byText.has(k)) byText.set(k, i);
  });
  const out = new Map<string, number>();
  for (const [column, i] of input.columns) {
    const was = keyText(input.base[0]?.[i]);
    const now = byText.get(was);
    if (now !== undefined) out.set(column, now);
  }
  return out;
}

/** The row each read row is now: the same row, or the one its key moved to; null when gone. */
function rowFinder(input: MergeInput, columns: Map<string, number>): (row: number) => number | null {
  const readKey = input.keyColumn === undefined ? undefined : input.columns.get(input.keyColumn);
  const nowKey = input.keyColumn === undefined ? undefined : columns.get(input.keyColumn);
  let index: Map<string, number[]> | null = null;
  return (row) => {
    const inRange = row <= input.current.length;
    if (readKey === undefined || nowKey === undefined) return inRange ? row : null;
    const key = keyText(input.base[row - 1]?.[readKey]);
    if (!key) return inRange ? row : null;
    if (inRange && keyText(input.current[row - 1]?.[nowKey]) === key) return row;
    if (!index) {
      index = new Map();
      input.current.forEach((r, i) => {
        if (i === 0) return;
        const k = keyText(r[nowKey]);
        if (k) index!.set(k, [...(index!.get(k) ?? []), i + 1]);
      });
    }
    const found = index.get(key) ?? [];
    return found.length === 1 ? found[0] : null;
  };
}

export function mergeWrites(input: MergeInput): MergeResult {
  const columns = columnsNow(input);
  const width = Math.max(input.current[0]?.length ?? 0, ...[...columns.values()].map((c) => c + 1), 1);
  const after = input.current.map((r) => {
    const out = r.slice();
    while (out.length < width) out.push('');
    return out;
  });
  if (after.length === 0) after.push(new Array(width).fill(''));
  const conflicts: Conflict[] = [];
  const written = new Set<number>();
  const find = rowFinder(input, columns);

  for (const change of input.changes) {
    const readColumn = input.columns.get(change.column);
    const was = readColumn === undefined ? '' : input.base[change.row - 1]?.[readColumn];
    const column = columns.get(change.column);
    if (column === undefined) {
      conflicts.push({
        row: change.row,
        column: change.column,
        person: '',
        action: change.value,
        kind: 'columnGone',
      });
      continue;
    }
    const row = find(change.row);
    if (row === null) {
      conflicts.push({
        row: change.row,
        column: change.column,
        person: '',
        action: change.value,
        kind: 'rowGone',
      });
      continue;
    }
    const now = after[row - 1][column];
    if (sameCell(now, change.value)) continue;
    if (!sameCell(now, was)) {
      conflicts.push({ row, column: change.column, person: now, action: change.value, kind: 'edited' });
      continue;
    }
    after[row - 1][column] = change.value;
    written.add(row);
  }

  // After the last row that holds anything now, whoever added it.
  let last = after.length;
  while (last > 1 && isBlankRow(after[last - 1])) last--;
  const appendedRows: number[] = [];
  for (const record of input.appended) {
    const row = ++last;
    while (after.length < row) after.push(new Array(width).fill(''));
    for (const [column, value] of Object.entries(record)) {
      const c = columns.get(column);
      if (c !== undefined) after[row - 1][c] = value;
    }
    appendedRows.push(row);
    written.add(row);
  }

  const writes: Write[] = [];
  if (written.size > 0) {
    const first = Math.min(...written);
    const lastWritten = Math.max(...written);
    const owned = [...new Set(columns.values())].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of owned) {
      const run = runs[runs.length - 1];
      if (run && run[1] === c - 1) run[1] = c;
      else runs.push([c, c]);
    }
    for (const [from, to] of runs) {
      writes.push({
        row: first,
        column: from + 1,
        values: after.slice(first - 1, lastWritten).map((cells) => {
          const out: unknown[] = [];
          for (let c = from; c <= to; c++) out.push(reescape(cells[c]));
          return out;
        }),
      });
    }
  }
  return { writes, conflicts, appendedRows, after, columns };
}

/** Text goes back as text: strings get the apostrophe that keeps Sheets from parsing them. */
function reescape(value: unknown): unknown {
  if (typeof value === 'string') return asText(value);
  return value ?? '';
}
