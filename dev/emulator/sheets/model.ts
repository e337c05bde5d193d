// The spreadsheet's stored form: plain JSON, dense per sheet (arrays of rows, 0-based) so a
// district-size sheet reads and writes in milliseconds. Each cell property is its own grid ("layer");
// row and column moves apply to every layer alike.

/** A stored cell value: dates are serial numbers with a date number format, as in Sheets. */
export type Scalar = string | number | boolean;

/** Rows of cells; a missing row or cell (null) is blank / default. */
export type Grid<T> = (Array<T | null> | null)[];

export interface ValidationSpec {
  type: string;
  /** JSON-safe criteria values; a range is stored as { sheet, a1 }. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ProtectionModel {
  id: number;
  description: string;
  warningOnly: boolean;
  /** null until the script changes them: the spreadsheet's editors apply. */
  editors: string[] | null;
  /** null = the whole sheet. */
  a1: string | null;
}

export const STYLE_LAYERS = ['fontWeight', 'background', 'fontColor', 'wrap', 'horizontalAlignment'] as const;
export type StyleLayer = (typeof STYLE_LAYERS)[number];

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  values: Grid<Scalar>;
  formulas: Grid<string>;
  /** Number formats; null = automatic. */
  formats: Grid<string>;
  /** Index into `rules`. */
  validations: Grid<number>;
  rules: ValidationSpec[];
  styles: Record<StyleLayer, Grid<string | boolean>>;
  columnWidths: Record<string, number>;
  protections: ProtectionModel[];
  /** The active range on this sheet (A1), as the add-on or a person last selected it. */
  selection: string | null;
}

export interface SpreadsheetModel {
  id: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  activeSheetId: number;
  nextSheetId: number;
}

export function newSheetModel(id: number, name: string, rows: number, cols: number): SheetModel {
  const styles = {} as Record<StyleLayer, Grid<string | boolean>>;
  for (const layer of STYLE_LAYERS) styles[layer] = [];
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    hidden: false,
    values: [],
    formulas: [],
    formats: [],
    validations: [],
    rules: [],
    styles,
    columnWidths: {},
    protections: [],
    selection: null,
  };
}

export function layers(sheet: SheetModel): Grid<unknown>[] {
  return [sheet.values, sheet.formulas, sheet.formats, sheet.validations, ...Object.values(sheet.styles)];
}

export function cellOf<T>(grid: Grid<T>, r: number, c: number): T | null {
  const row = grid[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function setCell<T>(grid: Grid<T>, r: number, c: number, value: T | null): void {
  let row = grid[r];
  if (!row) {
    if (value === null) return;
    while (grid.length < r) grid.push(null);
    row = [];
    grid[r] = row;
  }
  if (value === null && c >= row.length) return;
  while (row.length < c) row.push(null);
  row[c] = value;
}

export function insertRows(grid: Grid<unknown>, at: number, count: number): void {
  if (at < grid.length) grid.splice(at, 0, ...new Array<null>(count).fill(null));
}

export function deleteRows(grid: Grid<unknown>, at: number, count: number): void {
  if (at < grid.length) grid.splice(at, count);
}

export function insertCols(grid: Grid<unknown>, at: number, count: number): void {
  for (const row of grid) if (row && at < row.length) row.splice(at, 0, ...new Array<null>(count).fill(null));
}

export function deleteCols(grid: Grid<unknown>, at: number, count: number): void {
  for (const row of grid) if (row && at < row.length) row.splice(at, count);
}

export function clearBlock(grid: Grid<unknown>, r0: number, c0: number, rows: number, cols: number): void {
  const rEnd = Math.min(grid.length, r0 + rows);
  for (let r = r0; r < rEnd; r++) {
    const row = grid[r];
    if (!row) continue;
    const cEnd = Math.min(row.length, c0 + cols);
    for (let c = c0; c < cEnd; c++) row[c] = null;
  }
}

/** Index of the last row (0-based) with a value or formula, or -1. */
export function lastContentRow(sheet: SheetModel): number {
  const rowHas = (row: Array<unknown> | null | undefined): boolean =>
    !!row && row.some((v) => v !== null && v !== undefined && v !== '');
  for (let r = Math.max(sheet.values.length, sheet.formulas.length) - 1; r >= 0; r--) {
    if (rowHas(sheet.values[r]) || rowHas(sheet.formulas[r])) return r;
  }
  return -1;
}

/** Index of the last column (0-based) with a value or formula, or -1. */
export function lastContentCol(sheet: SheetModel): number {
  let last = -1;
  for (const grid of [sheet.values, sheet.formulas] as Grid<unknown>[]) {
    for (const row of grid) {
      if (!row) continue;
      for (let c = row.length - 1; c > last; c--) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') {
          last = c;
          break;
        }
      }
    }
  }
  return last;
}
