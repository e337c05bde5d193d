// Sheet (developers.google.com/apps-script/reference/spreadsheet/sheet) and Protection
// (…/spreadsheet/protection), checked against the official interfaces (surface.ts).
import { parseA1 } from './a1';
import type { Book, Objects } from './book';
import { userObject } from '../session';
import { emulated } from '../core';
import { conform, type Conformant } from '../surface';
import {
  clearBlock,
  deleteCols,
  deleteRows,
  insertCols,
  insertRows,
  lastContentCol,
  lastContentRow,
  layers,
  STYLE_LAYERS,
  type ProtectionModel,
  type SheetModel,
} from './model';
import { checkRange } from './range';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type User = GoogleAppsScript.Base.User;

/** SpreadsheetApp's enum members are their names here; this hands one out as the official enum. */
export function officialEnum<T>(name: string): T {
  return name as unknown as T;
}

export const DUPLICATE_SHEET = (name: string) =>
  `A sheet with the name "${name}" already exists. Please enter another name.`;

/** Sheet.getRange in its four numeric forms and A1 notation; returns [row, col, numRows, numCols]. */
export function resolveRange(sheet: SheetModel, args: unknown[]): [number, number, number, number] {
  if (typeof args[0] === 'string') {
    const ref = parseA1(args[0], sheet.maxRows, sheet.maxCols);
    if (!ref) throw new Error('Range not found');
    checkRange(sheet, ref.row, ref.col, ref.numRows, ref.numCols);
    return [ref.row, ref.col, ref.numRows, ref.numCols];
  }
  const [row, col, numRows = 1, numCols = 1] = args.map((a) => Math.trunc(Number(a)));
  checkRange(sheet, row, col, numRows, numCols);
  return [row, col, numRows, numCols];
}

export class SheetEmu implements Conformant<SheetEmu, Sheet> {
  _self!: Sheet;

  constructor(
    private readonly o: Objects,
    readonly _book: Book,
    readonly _sheet: SheetModel,
  ) {}

  private get s(): SheetModel {
    return this._sheet;
  }

  getName(): string {
    return this.s.name;
  }
  setName(name: string): Sheet {
    const next = String(name);
    if (this._book.model.sheets.some((x) => x !== this.s && x.name.toLowerCase() === next.toLowerCase())) {
      throw new Error(DUPLICATE_SHEET(next));
    }
    this.s.name = next;
    return this._self;
  }
  getSheetId(): number {
    return this.s.id;
  }
  getSheetName(): string {
    return this.s.name;
  }
  getIndex(): number {
    return this._book.model.sheets.indexOf(this.s) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.o.spreadsheet(this._book);
  }

  getRange(...args: unknown[]): Range {
    if (typeof args[0] === 'string') {
      const ref = parseA1(args[0], this.s.maxRows, this.s.maxCols);
      // (check) a sheet-qualified A1 on Sheet.getRange addresses the named sheet.
      if (ref?.sheetName && ref.sheetName !== this.s.name) {
        const other = this._book.sheetByName(ref.sheetName);
        if (!other) throw new Error('Range not found');
        return this.o.sheet(this._book, other).getRange(args[0].slice(args[0].lastIndexOf('!') + 1));
      }
    }
    const [row, col, numRows, numCols] = resolveRange(this.s, args);
    return this.o.range(this._book, this.s, row, col, numRows, numCols);
  }
  getDataRange(): Range {
    return this.o.range(
      this._book,
      this.s,
      1,
      1,
      Math.max(1, this.getLastRow()),
      Math.max(1, this.getLastColumn()),
    );
  }
  getLastRow(): number {
    return lastContentRow(this.s) + 1;
  }
  getLastColumn(): number {
    return lastContentCol(this.s) + 1;
  }
  getMaxRows(): number {
    return this.s.maxRows;
  }
  getMaxColumns(): number {
    return this.s.maxCols;
  }

  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) throw new Error('Invalid argument: rowContents');
    const row = this.getLastRow() + 1;
    // appendRow grows the sheet when the data reaches its end (sheet#appendrowrowcontents).
    if (row > this.s.maxRows) this.s.maxRows = row;
    if (rowContents.length > this.s.maxCols) this.s.maxCols = rowContents.length;
    if (rowContents.length === 0) return this._self;
    const block = [rowContents.map((v, j) => this._book.entered(this.s, row - 1, j, v))];
    this._book.write(this.s, row - 1, 0, block);
    return this._self;
  }

  // Rows and columns. Positions are 1-based; inserted rows start blank (check: Sheets may copy the
  // neighbour's formatting).
  private addRows(at: number, count: number): Sheet {
    if (at < 1 || at > this.s.maxRows + 1) throw new Error('Those rows are out of bounds.');
    if (count < 1) throw new Error('Invalid argument: numRows');
    for (const grid of layers(this.s)) insertRows(grid, at - 1, count);
    this.s.maxRows += count;
    return this._self;
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.addRows(beforePosition, howMany);
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.addRows(afterPosition + 1, howMany);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.addRows(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.addRows(afterPosition + 1, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.addRows(rowIndex, numRows);
  }
  private addCols(at: number, count: number): Sheet {
    if (at < 1 || at > this.s.maxCols + 1) throw new Error('Those columns are out of bounds.');
    if (count < 1) throw new Error('Invalid argument: numColumns');
    for (const grid of layers(this.s)) insertCols(grid, at - 1, count);
    this.s.maxCols += count;
    return this._self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this.addCols(afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.addCols(beforePosition, howMany);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.addCols(afterPosition + 1, 1);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.addCols(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.s.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    // (check) Sheets refuses to delete every non-frozen row.
    if (howMany >= this.s.maxRows - this.s.frozenRows && rowPosition > this.s.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    for (const grid of layers(this.s)) deleteRows(grid, rowPosition - 1, howMany);
    this.s.maxRows -= howMany;
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this._self;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.s.maxCols) {
      throw new Error('Those columns are out of bounds.');
    }
    for (const grid of layers(this.s)) deleteCols(grid, columnPosition - 1, howMany);
    this.s.maxCols -= howMany;
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this._self;
  }

  // View
  setFrozenRows(rows: number): void {
    this.s.frozenRows = Number(rows);
  }
  getFrozenRows(): number {
    return this.s.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.s.frozenCols = Number(columns);
  }
  getFrozenColumns(): number {
    return this.s.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.s.columnWidths[String(columnPosition)] = Number(width);
    return this._self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.s.columnWidths[String(c)] = Number(width);
    return this._self;
  }
  getColumnWidth(columnPosition: number): number {
    return this.s.columnWidths[String(columnPosition)] ?? 100;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    return this._self;
  }
  autoResizeColumn(_columnPosition: number): Sheet {
    return this._self;
  }
  hideSheet(): Sheet {
    // (check) Google refuses to hide the only visible sheet.
    if (this._book.model.sheets.filter((x) => !x.hidden && x !== this.s).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.s.hidden = true;
    return this._self;
  }
  showSheet(): Sheet {
    this.s.hidden = false;
    return this._self;
  }
  isSheetHidden(): boolean {
    return this.s.hidden;
  }
  activate(): Sheet {
    this._book.model.activeSheetId = this.s.id;
    return this._self;
  }
  setActiveRange(range: Range): Range {
    if ((range as { _sheet?: SheetModel } | null)?._sheet !== this.s) {
      throw new Error('The range must be on the sheet.');
    }
    this.s.selection = range.getA1Notation();
    this._book.model.activeSheetId = this.s.id;
    return range;
  }
  setActiveSelection(a1OrRange: Range | string): Range {
    return this.setActiveRange(typeof a1OrRange === 'string' ? this.getRange(a1OrRange) : a1OrRange);
  }
  getActiveRange(): Range {
    return this.getRange(this.s.selection ?? 'A1');
  }

  // Clearing. sheet#clear(Object): contentsOnly keeps the formats, formatOnly the contents.
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    if (!options?.formatOnly) {
      this.s.values = [];
      this.s.formulas = [];
    }
    if (!options?.contentsOnly) {
      this.s.formats = [];
      for (const layer of STYLE_LAYERS) this.s.styles[layer] = [];
    }
    return this._self;
  }
  clearContents(): Sheet {
    this.s.values = [];
    this.s.formulas = [];
    return this._self;
  }
  clearFormats(): Sheet {
    this.s.formats = [];
    for (const layer of STYLE_LAYERS) this.s.styles[layer] = [];
    return this._self;
  }
  clearNotes(): Sheet {
    return this._self;
  }

  // Protection
  protect(): Protection {
    const model: ProtectionModel = {
      id: this.s.protections.length + 1,
      description: '',
      warningOnly: false,
      editors: null,
      a1: null,
    };
    this.s.protections.push(model);
    return protectionObject(this.o, this._book, this.s, model);
  }
  getProtections(type: ProtectionType): Protection[] {
    return this.s.protections
      .filter((p) => (String(type) === 'SHEET' ? p.a1 === null : p.a1 !== null))
      .map((p) => protectionObject(this.o, this._book, this.s, p));
  }

  /** Clears a block (1-based) of every layer; used by the Node-side helpers. */
  _clearBlock(row: number, col: number, numRows: number, numCols: number): void {
    for (const grid of layers(this.s)) clearBlock(grid, row - 1, col - 1, numRows, numCols);
  }
}

function protectionObject(o: Objects, book: Book, sheet: SheetModel, p: ProtectionModel): Protection {
  const log = o.ws.calls;
  const entry = () => o.ws.drive.get(book.model.id);
  const owner = () => entry()?.owner ?? o.ws.user;
  const current = (): string[] => p.editors ?? [owner(), ...(entry()?.editors ?? [])];
  const emailOf = (u: unknown) => (typeof u === 'string' ? u : (u as { getEmail(): string }).getEmail());
  // Behind the spreadsheet's access guard: a viewer may read a protection, not change it.
  const self: Protection = emulated(
    'Protection',
    o.guard(
      'Protection',
      book.model.id,
      conform<Protection>()({
        setDescription(description: string) {
          p.description = String(description);
          return self;
        },
        getDescription: () => p.description,
        setWarningOnly(warningOnly: boolean) {
          p.warningOnly = Boolean(warningOnly);
          return self;
        },
        isWarningOnly: () => p.warningOnly,
        getEditors: () => current().map((e) => userObject(e, log)),
        addEditor(emailOrUser: string | User) {
          p.editors = [...new Set([...current(), emailOf(emailOrUser)])];
          return self;
        },
        addEditors(emails: string[]) {
          p.editors = [...new Set([...current(), ...emails.map(String)])];
          return self;
        },
        removeEditor(emailOrUser: string | User) {
          // The spreadsheet's owner always stays an editor (protection#removeeditoremailaddress).
          const gone = emailOf(emailOrUser);
          p.editors = current().filter((e) => e !== gone || e === owner());
          return self;
        },
        removeEditors(list: string[] | User[]) {
          const gone = new Set((list as unknown[]).map(emailOf));
          p.editors = current().filter((e) => !gone.has(e) || e === owner());
          return self;
        },
        canEdit: () => current().includes(o.ws.user),
        getProtectionType: () => officialEnum<ProtectionType>(p.a1 === null ? 'SHEET' : 'RANGE'),
        getRange: (): Range | null => (p.a1 === null ? o.sheet(book, sheet).getDataRange() : null),
        remove() {
          sheet.protections = sheet.protections.filter((x) => x !== p);
        },
      }),
    ),
    log,
  ) as unknown as Protection;
  return self;
}
