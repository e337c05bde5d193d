// Range (developers.google.com/apps-script/reference/spreadsheet/range): 1-based, values as Apps
// Script returns them, batch reads and writes over the sheet's dense grids. Checked against the
// official interface (surface.ts).
import { parseA1, toA1 } from './a1';
import type { Book, Objects } from './book';
import {
  cellOf,
  clearBlock,
  setCell,
  STYLE_LAYERS,
  type Scalar,
  type SheetModel,
  type StyleLayer,
} from './model';
import { makeValidation, specOf } from './validation';
import type { Entered } from './cells';
import type { Conformant } from '../surface';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const MESSAGES = {
  rowsTooSmall: 'The number of rows in the range must be at least 1.',
  colsTooSmall: 'The number of columns in the range must be at least 1.',
  startRow: 'The starting row of the range is too small.',
  startCol: 'The starting column of the range is too small.',
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  colsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
};

/** Google's checks of getRange(row, column, numRows, numColumns), in its order. */
export function checkRange(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  if (!Number.isFinite(row) || !Number.isFinite(col)) throw new Error('Invalid argument: row');
  if (numRows < 1) throw new Error(MESSAGES.rowsTooSmall);
  if (numCols < 1) throw new Error(MESSAGES.colsTooSmall);
  if (row < 1) throw new Error(MESSAGES.startRow);
  if (col < 1) throw new Error(MESSAGES.startCol);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols)
    throw new Error(MESSAGES.outside);
}

/** Checks a 2-D array against a range's size, with Google's messages. */
export function checkShape(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
    throw new Error(
      `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== numRows) throw new Error(MESSAGES.rowsMismatch(data.length, numRows));
  for (const row of data as unknown[][]) {
    if (row.length !== numCols) throw new Error(MESSAGES.colsMismatch(row.length, numCols));
  }
  return data as unknown[][];
}

export class RangeEmu implements Conformant<RangeEmu, Range> {
  _self!: Range;

  constructor(
    private readonly o: Objects,
    readonly _book: Book,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  /**
   * reference/spreadsheet/range#canEdit(): whether the user may edit every cell of the range: an
   * editor of the spreadsheet (directly, by group, domain or link), and for each protection over
   * the range an editor of that protection; the owner always may. A viewer gets false, not an error.
   */
  canEdit(): boolean {
    const ws = this.o.ws;
    const user = ws.user;
    const id = this._book.model.id;
    const role = ws.roleOf(id, user);
    if (role === 'owner') return true;
    if (role !== 'editor') return false;
    for (const p of this._sheet.protections) {
      if (p.warningOnly || p.editors === null) continue;
      if (p.a1 !== null) {
        const ref = parseA1(p.a1, this._sheet.maxRows, this._sheet.maxCols);
        if (
          ref &&
          (ref.row > this._row + this._numRows - 1 ||
            ref.row + ref.numRows - 1 < this._row ||
            ref.col > this._col + this._numCols - 1 ||
            ref.col + ref.numCols - 1 < this._col)
        )
          continue;
      }
      if (!p.editors.includes(user)) return false;
    }
    return true;
  }

  /** Cells the range covers (the latency model charges reads and writes per cell). */
  _size(): number {
    return this._numRows * this._numCols;
  }

  private each<T>(fn: (r: number, c: number) => T): T[][] {
    const out = new Array<T[]>(this._numRows);
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    for (let i = 0; i < this._numRows; i++) {
      const row = new Array<T>(this._numCols);
      for (let j = 0; j < this._numCols; j++) row[j] = fn(r0 + i, c0 + j);
      out[i] = row;
    }
    return out;
  }

  private fill<T>(grid: (Array<T | null> | null)[], value: T | null): Range {
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    if (value === null) clearBlock(grid, r0, c0, this._numRows, this._numCols);
    else this.each((r, c) => setCell(grid, r, c, value));
    return this._self;
  }

  private put<T>(
    grid: (Array<T | null> | null)[],
    data: unknown,
    method: string,
    map: (v: unknown) => T | null,
  ) {
    const rows = checkShape(data, this._numRows, this._numCols, method);
    this.each((r, c) => setCell(grid, r, c, map(rows[r - this._row + 1][c - this._col + 1])));
    return this._self;
  }

  private writeAll(data: unknown[][]): Range {
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    const block: Entered[][] = data.map((row, i) =>
      row.map((v, j) => this._book.entered(this._sheet, r0 + i, c0 + j, v)),
    );
    this._book.write(this._sheet, r0, c0, block);
    return this._self;
  }

  // Values
  getValues(): unknown[][] {
    const book = this._book;
    const sheet = this._sheet;
    return this.each((r, c) => book.read(sheet, r, c));
  }
  getValue(): unknown {
    return this._book.read(this._sheet, this._row - 1, this._col - 1);
  }
  setValues(values: unknown): Range {
    return this.writeAll(checkShape(values, this._numRows, this._numCols, 'setValues'));
  }
  setValue(value: unknown): Range {
    // setValue writes the same value into every cell of the range (range#setvaluevalue).
    return this.writeAll(this.each(() => value));
  }
  getDisplayValues(): string[][] {
    return this.each((r, c) => this._book.display(this._sheet, r, c));
  }
  getDisplayValue(): string {
    return this._book.display(this._sheet, this._row - 1, this._col - 1);
  }
  isBlank(): boolean {
    return this.each(
      (r, c) => this._book.read(this._sheet, r, c) === '' && !cellOf(this._sheet.formulas, r, c),
    )
      .flat()
      .every(Boolean);
  }

  // Formulas
  getFormulas(): string[][] {
    return this.each((r, c) => cellOf(this._sheet.formulas, r, c) ?? '');
  }
  getFormula(): string {
    return cellOf(this._sheet.formulas, this._row - 1, this._col - 1) ?? '';
  }
  setFormula(formula: string): Range {
    return this.setValue(String(formula));
  }
  setFormulas(formulas: unknown): Range {
    const rows = checkShape(formulas, this._numRows, this._numCols, 'setFormulas');
    return this.writeAll(rows.map((row) => row.map((f) => String(f ?? ''))));
  }

  // Number formats
  getNumberFormats(): string[][] {
    return this.each((r, c) => cellOf(this._sheet.formats, r, c) ?? '0.###############');
  }
  getNumberFormat(): string {
    return cellOf(this._sheet.formats, this._row - 1, this._col - 1) ?? '0.###############';
  }
  setNumberFormat(format: string): Range {
    return this.fill(this._sheet.formats, String(format));
  }
  setNumberFormats(formats: unknown): Range {
    return this.put(this._sheet.formats, formats, 'setNumberFormats', (v) => String(v));
  }

  // Data validation
  private ruleAt(r: number, c: number): DataValidation | null {
    const spec = this._book.rule(this._sheet, r, c);
    return spec ? makeValidation(spec, this.o.ws.calls, rangeLink(this.o, this._book)) : null;
  }
  getDataValidation(): DataValidation | null {
    return this.ruleAt(this._row - 1, this._col - 1);
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.each((r, c) => this.ruleAt(r, c));
  }
  setDataValidation(rule: unknown): Range {
    if (rule === null) return this.fill(this._sheet.validations, null);
    return this.fill(this._sheet.validations, this._book.ruleIndex(this._sheet, specOf(rule)));
  }
  setDataValidations(rules: unknown): Range {
    return this.put(this._sheet.validations, rules, 'setDataValidations', (rule) =>
      rule === null ? null : this._book.ruleIndex(this._sheet, specOf(rule)),
    );
  }
  clearDataValidations(): Range {
    return this.fill(this._sheet.validations, null);
  }
  insertCheckboxes(
    ...states: [] | [checkedValue: unknown] | [checkedValue: unknown, uncheckedValue: unknown]
  ): Range {
    // range#insertCheckboxes(): a checkbox rule and every cell set to false; with a checked value,
    // the cells are set to the empty string; with an unchecked value too, to that value.
    const values = states.map(String);
    const index = this._book.ruleIndex(this._sheet, {
      type: 'CHECKBOX',
      values,
      allowInvalid: true,
      helpText: '',
    });
    this.fill(this._sheet.validations, index);
    this.fill(this._sheet.formulas, null);
    if (states.length === 0) return this.fill(this._sheet.values, false);
    if (states.length === 1) return this.fill(this._sheet.values, null);
    return this.fill(this._sheet.values, scalar(states[1]));
  }

  // Clearing
  clearContent(): Range {
    this.fill(this._sheet.formulas, null);
    return this.fill(this._sheet.values, null);
  }
  clearFormat(): Range {
    this.fill(this._sheet.formats, null);
    for (const layer of STYLE_LAYERS) this.fill(this._sheet.styles[layer], null);
    return this._self;
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): Range {
    if (options?.validationsOnly) return this.clearDataValidations();
    // Comments are not stored here: clearing only them changes nothing. No rows are filtered out.
    if (options?.commentsOnly && !options.contentsOnly && !options.formatOnly) return this._self;
    if (!options?.formatOnly) this.clearContent();
    // (check) clear() keeps data validation: Google documents it as clearing contents and formats.
    if (!options?.contentsOnly) this.clearFormat();
    return this._self;
  }

  // Geometry
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.o.sheet(this._book, this._sheet);
  }
  getA1Notation(): string {
    return toA1(this._row, this._col, this._numRows, this._numCols);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const row = this._row + rowOffset;
    const col = this._col + columnOffset;
    const nr = numRows ?? this._numRows;
    const nc = numColumns ?? this._numCols;
    checkRange(this._sheet, row, col, nr, nc);
    return this.o.range(this._book, this._sheet, row, col, nr, nc);
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols)
      throw new Error(MESSAGES.outside);
    return this.o.range(this._book, this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }
  activate(): Range {
    this._sheet.selection = this.getA1Notation();
    this._book.model.activeSheetId = this._sheet.id;
    return this._self;
  }

  // Cosmetics: stored so the playground can draw them, read back by the getters.
  private style(layer: StyleLayer): string | boolean | null {
    return cellOf(this._sheet.styles[layer], this._row - 1, this._col - 1);
  }
  setFontWeight(weight: string | null): Range {
    return this.fill(this._sheet.styles.fontWeight, weight === 'normal' ? null : weight);
  }
  setFontWeights(weights: unknown): Range {
    return this.put(this._sheet.styles.fontWeight, weights, 'setFontWeights', (v) =>
      v === 'normal' ? null : (v as string),
    );
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return (this.style('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight | null) ?? 'normal';
  }
  setBackground(color: string | null): Range {
    return this.fill(this._sheet.styles.background, color);
  }
  setBackgrounds(colors: unknown): Range {
    return this.put(
      this._sheet.styles.background,
      colors,
      'setBackgrounds',
      (v) => (v as string | null) ?? null,
    );
  }
  getBackground(): string {
    return (this.style('background') as string | null) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this.each((r, c) => (cellOf(this._sheet.styles.background, r, c) as string | null) ?? '#ffffff');
  }
  setFontColor(color: string | null): Range {
    return this.fill(this._sheet.styles.fontColor, color);
  }
  getFontColor(): string {
    return (this.style('fontColor') as string | null) ?? '#000000';
  }
  setWrap(wrap: boolean): Range {
    return this.fill(this._sheet.styles.wrap, Boolean(wrap));
  }
  getWrap(): boolean {
    return this.style('wrap') === true;
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.fill(this._sheet.styles.horizontalAlignment, alignment);
  }
  getHorizontalAlignment(): string {
    return (this.style('horizontalAlignment') as string | null) ?? 'general';
  }
}

/** A value as a cell stores it: numbers, booleans and text as they are, anything else as text. */
function scalar(value: unknown): Scalar {
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/** Ranges inside data validation rules are stored by sheet name and A1. */
export function rangeLink(o: Objects, book: Book) {
  return {
    toRef(range: unknown): { sheet: string; a1: string } {
      const r = range as RangeEmu;
      if (!r || typeof r._row !== 'number') throw new Error('Invalid argument: range');
      return { sheet: r._sheet.name, a1: r.getA1Notation() };
    },
    toRange(ref: { sheet: string; a1: string }): unknown {
      const sheet = book.sheetByName(ref.sheet);
      if (!sheet) return null;
      const m = /^([A-Z]+\d+)(?::([A-Z]+\d+))?$/.exec(ref.a1);
      if (!m) return null;
      return (o.sheet(book, sheet) as { getRange(a1: string): unknown }).getRange(ref.a1);
    },
  };
}
