// SpreadsheetApp (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app) and the
// Node-side helpers tests and the playground use. The model lives in ./sheets/*: plain JSON,
// dense arrays of rows per sheet. SpreadsheetApp and every class it hands out are checked against
// the official interfaces (surface.ts).
import { emulated } from './core';
import { conform } from './surface';
import type { Workspace, ServiceModule } from './index';
import { SHEETS_NO_ACCESS, guarded, sheetsMethodKind } from './access';
import { Book, type Objects } from './sheets/book';
import { newSheetModel, setCell, type SheetModel, type SpreadsheetModel } from './sheets/model';
import { RangeEmu, rangeLink } from './sheets/range';
import { SheetEmu } from './sheets/sheet';
import {
  DEFAULT_COLS,
  DEFAULT_ROWS,
  defaultSheetName,
  SpreadsheetEmu,
  type Toast,
} from './sheets/spreadsheet';
import { DataValidationCriteria, makeValidationBuilder } from './sheets/validation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export { Book } from './sheets/book';
export type { SpreadsheetModel, SheetModel } from './sheets/model';
export type { Toast } from './sheets/spreadsheet';

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  hidden: boolean;
  selection: string | null;
  /** The data range (A1 to the last row and column with content). */
  values: unknown[][];
  formulas: string[][];
  display: string[][];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
}

export interface SheetsState {
  spreadsheets: SpreadsheetModel[];
  toasts: Toast[];
}

export class SheetsService implements ServiceModule, Objects {
  private books = new Map<string, Book>();
  /** Every toast shown, oldest first. */
  toasts: Toast[] = [];

  constructor(readonly ws: Workspace) {}

  // Objects: how the wrappers make each other; every one behind an emulated() proxy, and behind
  // the access guard inside it (`guard`).
  spreadsheet(book: Book): Spreadsheet {
    const obj = new SpreadsheetEmu(this, book, this.toasts);
    obj._self = emulated(
      'Spreadsheet',
      this.guard('Spreadsheet', book.model.id, obj),
      this.ws.calls,
    ) as never;
    return obj._self;
  }
  sheet(book: Book, sheet: SheetModel): Sheet {
    const obj = new SheetEmu(this, book, sheet);
    obj._self = emulated('Sheet', this.guard('Sheet', book.model.id, obj), this.ws.calls) as never;
    return obj._self;
  }
  range(book: Book, sheet: SheetModel, row: number, col: number, numRows: number, numCols: number): Range {
    const obj = new RangeEmu(this, book, sheet, row, col, numRows, numCols);
    obj._self = emulated('Range', this.guard('Range', book.model.id, obj), this.ws.calls) as never;
    return obj._self;
  }

  /**
   * Where every Spreadsheet, Sheet, Range and Protection call passes (inside executions): a user
   * with no access to the spreadsheet is refused every call, a viewer every change
   * (access.ts#sheetsMethodKind sorts the methods); both with SHEETS_NO_ACCESS (check). This
   * holds for the active spreadsheet as for one opened by id.
   */
  guard<T extends object>(className: string, spreadsheetId: string, obj: T): T {
    const check = this.ws.driveApp.access.checker(spreadsheetId, SHEETS_NO_ACCESS, SHEETS_NO_ACCESS);
    return guarded(obj, (name) => sheetsMethodKind(className, name), check);
  }

  /** SpreadsheetApp.create: a Drive file with one sheet («Лист1» in ru_RU), 1000 × 26 by default. */
  create(name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLS): Spreadsheet {
    const entry = this.ws.addDriveEntry('spreadsheet', String(name));
    const model: SpreadsheetModel = {
      id: entry.id,
      timeZone: this.ws.timeZone,
      locale: this.ws.options.locale,
      sheets: [newSheetModel(0, defaultSheetName(this.ws.options.locale, 1), Number(rows), Number(columns))],
      activeSheetId: 0,
      nextSheetId: 1,
    };
    const book = new Book(model, this.ws);
    this.books.set(model.id, book);
    return this.spreadsheet(book);
  }

  /** Node-side: the cell engine of a spreadsheet (throws for an unknown id). */
  book(id: string): Book {
    const book = this.books.get(id);
    if (!book) throw new Error(`SheetsService: no spreadsheet ${id}`);
    return book;
  }

  has(id: string): boolean {
    return this.books.has(id);
  }

  /** Node-side: a Spreadsheet object for a test or the playground (calls are recorded as usual). */
  get(id: string): Spreadsheet {
    return this.spreadsheet(this.book(id));
  }

  /** Node-side: a copy of a spreadsheet's content under another Drive id (DriveApp's makeCopy). */
  copyContent(fromId: string, toId: string): void {
    const model = JSON.parse(JSON.stringify(this.book(fromId).model)) as SpreadsheetModel;
    model.id = toId;
    this.books.set(toId, new Book(model, this.ws));
  }

  private sheetModel(id: string, sheetName: string): SheetModel {
    const sheet = this.book(id).sheetByName(sheetName);
    if (!sheet) throw new Error(`SheetsService: no sheet ${sheetName} in ${id}`);
    return sheet;
  }

  /**
   * Node-side: a person typing `text` into a cell (USER_ENTERED; a rejecting rule throws). Takes a
   * Sheet object — editCell(sheet, row, col, text) — or ids — editCell(spreadsheetId, sheetName, row, col, text).
   */
  editCell(
    ...args: [Sheet | object, number, number, string] | [string, string, number, number, string]
  ): void {
    let book: Book;
    let sheet: SheetModel;
    let rest: unknown[];
    if (typeof args[0] === 'string') {
      book = this.book(args[0]);
      sheet = this.sheetModel(args[0], String(args[1]));
      rest = args.slice(2);
    } else {
      const target = args[0] as unknown as SheetEmu;
      if (!target || !target._book) throw new Error('SheetsService.editCell: not an emulated Sheet');
      book = target._book;
      sheet = target._sheet;
      rest = args.slice(1);
    }
    const [row, col, text] = rest as [number, number, string];
    if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxCols) {
      throw new Error(`SheetsService: ${sheet.name}!R${row}C${col} is outside the sheet`);
    }
    book.write(sheet, row - 1, col - 1, [[book.entered(sheet, row - 1, col - 1, String(text))]]);
  }

  /** Node-side: a sheet's data range as getValues returns it. */
  values(id: string, sheetName: string): unknown[][] {
    return this.ws.calls.quietly(() => {
      const sheet = this.sheet(this.book(id), this.sheetModel(id, sheetName)) as unknown as SheetEmu;
      return (sheet.getDataRange() as unknown as RangeEmu).getValues();
    });
  }

  /** Node-side: every sheet's data as plain arrays, for the playground grid and assertions. */
  snapshot(id: string): SpreadsheetSnapshot {
    return this.ws.calls.quietly(() => {
      const book = this.book(id);
      return {
        id,
        name: this.ws.drive.get(id)?.name ?? '',
        activeSheet: book.activeSheet().name,
        sheets: book.model.sheets.map((s) => {
          const range = (this.sheet(book, s) as unknown as SheetEmu).getDataRange() as unknown as RangeEmu;
          return {
            name: s.name,
            sheetId: s.id,
            maxRows: s.maxRows,
            maxColumns: s.maxCols,
            frozenRows: s.frozenRows,
            hidden: s.hidden,
            selection: s.selection,
            values: range.getValues(),
            formulas: range.getFormulas(),
            display: range.getDisplayValues(),
          };
        }),
      };
    });
  }

  /** Node-side: fills a sheet from plain rows quickly (set-up of large fixtures; no parsing). */
  fillRaw(id: string, sheetName: string, rows: (string | number | boolean | null)[][], startRow = 1): void {
    const sheet = this.sheetModel(id, sheetName);
    const needed = startRow - 1 + rows.length;
    if (needed > sheet.maxRows) sheet.maxRows = needed;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].length > sheet.maxCols) sheet.maxCols = rows[i].length;
      for (let j = 0; j < rows[i].length; j++) setCell(sheet.values, startRow - 1 + i, j, rows[i][j]);
    }
  }

  private open(id: string, method: string): Spreadsheet {
    const book = this.books.get(id);
    // (check) Google's message for an id that is unknown.
    if (!book)
      throw new Error(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    // One that is not shared with the user (check: the wording users report).
    this.ws.driveApp.access.require(id, 'viewer', SHEETS_NO_ACCESS);
    return this.spreadsheet(book);
  }

  globals(): Record<string, unknown> {
    const ws = this.ws;
    const active = (): Spreadsheet | null => {
      const id = ws.activeSpreadsheetId;
      return id && this.books.has(id) ? this.spreadsheet(this.book(id)) : null;
    };
    const linkOfActive = () => {
      const id = ws.activeSpreadsheetId;
      const book = id ? this.books.get(id) : undefined;
      return book
        ? rangeLink(this, book)
        : {
            toRef: (range: unknown) => {
              const r = range as RangeEmu;
              return { sheet: r._sheet.name, a1: r.getA1Notation() };
            },
            toRange: () => null,
          };
    };
    const api = conform<GoogleAppsScript.Spreadsheet.SpreadsheetApp>()({
      DataValidationCriteria,
      ProtectionType: Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' }),
      Dimension: Object.freeze({ COLUMNS: 'COLUMNS', ROWS: 'ROWS' }),
      WrapStrategy: Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' }),
      getActive: active,
      getActiveSpreadsheet: active,
      getActiveSheet: () => active()?.getActiveSheet() ?? null,
      getActiveRange: () => active()?.getActiveRange() ?? null,
      openById: (id: string) => this.open(String(id), 'openById'),
      openByUrl: (url: string) => {
        const m = /\/d\/([^/?#]+)/.exec(String(url));
        if (!m) throw new Error('Invalid argument: url');
        return this.open(m[1], 'openByUrl');
      },
      create: (name: string, rows?: number, columns?: number) => this.create(name, rows, columns),
      flush: (): void => undefined,
      newDataValidation: () => makeValidationBuilder(ws.calls, linkOfActive()),
      getUi: () => {
        if (!ws.activeSpreadsheetId) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ws.ui.ui();
      },
    });
    return { SpreadsheetApp: emulated('SpreadsheetApp', api, ws.calls) };
  }

  toState(): SheetsState {
    return JSON.parse(
      JSON.stringify({ spreadsheets: [...this.books.values()].map((b) => b.model), toasts: this.toasts }),
    ) as SheetsState;
  }

  loadState(state: unknown): void {
    const s = state as Partial<SheetsState>;
    this.books.clear();
    for (const model of s.spreadsheets ?? []) this.books.set(model.id, new Book(model, this.ws));
    this.toasts.length = 0;
    this.toasts.push(...(s.toasts ?? []));
  }
}
