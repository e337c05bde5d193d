// Spreadsheet (developers.google.com/apps-script/reference/spreadsheet/spreadsheet), checked against
// the official interface (surface.ts).
import { notEmulated, urlFor } from '../core';
import { userObject } from '../session';
import type { Conformant } from '../surface';
import type { Book, Objects } from './book';
import { newSheetModel, type SheetModel } from './model';
import { DUPLICATE_SHEET } from './sheet';
import { splitSheet } from './a1';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type User = GoogleAppsScript.Base.User;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

/** Google's sheet ids after the first (0) look random; these are deterministic. */
export function sheetIdFor(n: number): number {
  return n === 0 ? 0 : (n * 2654435761) % 2147483647;
}

export function defaultSheetName(locale: string, n: number): string {
  return `${locale.startsWith('ru') ? 'Лист' : 'Sheet'}${n}`;
}

export interface Toast {
  spreadsheetId: string;
  message: string;
  title: string;
  timeoutSeconds: number;
  at: number;
}

/** The stored sheet behind a Sheet object (or anything with one), for the methods that take a Sheet. */
function modelOf(sheet: unknown): SheetModel | undefined {
  return (sheet as { _sheet?: SheetModel } | null)?._sheet;
}

export class SpreadsheetEmu implements Conformant<SpreadsheetEmu, Spreadsheet> {
  _self!: Spreadsheet;

  constructor(
    private readonly o: Objects,
    readonly _book: Book,
    private readonly toasts: Toast[],
  ) {}

  private get m() {
    return this._book.model;
  }
  private entry() {
    const entry = this.o.ws.drive.get(this.m.id);
    if (!entry) throw new Error(`Spreadsheet ${this.m.id} has no Drive entry`);
    return entry;
  }
  private sheetObj(sheet: SheetModel): Sheet {
    return this.o.sheet(this._book, sheet);
  }

  getId(): string {
    return this.m.id;
  }
  getName(): string {
    return this.entry().name;
  }
  rename(newName: string): void {
    this.entry().name = String(newName);
    this.entry().updated = this.o.ws.clock.nowMillis();
  }
  getUrl(): string {
    return urlFor('spreadsheet', this.m.id);
  }
  getSpreadsheetTimeZone(): string {
    return this.m.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.m.timeZone = String(timeZone);
  }
  getSpreadsheetLocale(): string {
    return this.m.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.m.locale = String(locale);
  }

  getSheets(): Sheet[] {
    return this.m.sheets.map((s) => this.sheetObj(s));
  }
  getNumSheets(): number {
    return this.m.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const sheet = this._book.sheetByName(String(name));
    return sheet ? this.sheetObj(sheet) : null;
  }
  getSheetById(id: number): Sheet | null {
    const sheet = this._book.sheetById(Number(id));
    return sheet ? this.sheetObj(sheet) : null;
  }
  insertSheet(...args: unknown[]): Sheet {
    // insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index); index is 0-based.
    // The forms with options ({ template }) copy a template sheet: not emulated.
    if (args.some((a) => typeof a === 'object' && a !== null))
      notEmulated('Spreadsheet.insertSheet with options');
    let name = typeof args[0] === 'string' ? args[0] : null;
    const index =
      typeof args[0] === 'number' ? args[0] : typeof args[1] === 'number' ? args[1] : this.m.sheets.length;
    if (name === null) {
      let n = this.m.sheets.length + 1;
      while (this._book.sheetByName(defaultSheetName(this.m.locale, n))) n++;
      name = defaultSheetName(this.m.locale, n);
    }
    if (this.m.sheets.some((s) => s.name.toLowerCase() === (name as string).toLowerCase())) {
      throw new Error(DUPLICATE_SHEET(name));
    }
    const sheet = newSheetModel(sheetIdFor(this.m.nextSheetId++), name, DEFAULT_ROWS, DEFAULT_COLS);
    this.m.sheets.splice(Math.max(0, Math.min(index, this.m.sheets.length)), 0, sheet);
    // The new sheet becomes the active one (spreadsheet#insertsheet).
    this.m.activeSheetId = sheet.id;
    return this.sheetObj(sheet);
  }
  deleteSheet(sheet: Sheet): void {
    const target = modelOf(sheet);
    if (!target || !this.m.sheets.includes(target)) throw new Error('Invalid argument: sheet');
    // (check) the wording Google uses for removing the last sheet.
    if (this.m.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.m.sheets = this.m.sheets.filter((s) => s !== target);
    if (this.m.activeSheetId === target.id) this.m.activeSheetId = this.m.sheets[0].id;
  }
  getActiveSheet(): Sheet {
    return this.sheetObj(this._book.activeSheet());
  }
  setActiveSheet(sheet: Sheet, restoreSelection?: boolean): Sheet {
    // restoreSelection: the sheet's last selection comes back, which is what getActiveRange reads
    // here either way.
    void restoreSelection;
    const target = modelOf(sheet);
    if (!target || !this.m.sheets.includes(target)) throw new Error('Invalid argument: sheet');
    this.m.activeSheetId = target.id;
    return this.sheetObj(target);
  }
  getActiveRange(): Range {
    return this.sheetObj(this._book.activeSheet()).getActiveRange() as Range;
  }
  setActiveRange(range: Range): Range {
    const sheet = modelOf(range);
    if (!sheet) throw new Error('Invalid argument: range');
    return this.sheetObj(sheet).setActiveRange(range);
  }
  setActiveSelection(a1OrRange: Range | string): Range {
    if (typeof a1OrRange !== 'string') return this.setActiveRange(a1OrRange);
    return this.setActiveRange(this.getRange(a1OrRange));
  }
  getRange(a1Notation: string): Range {
    const [sheetName] = splitSheet(String(a1Notation));
    const sheet = sheetName === null ? this._book.activeSheet() : this._book.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return this.sheetObj(sheet).getRange(String(a1Notation));
  }

  // Sharing: the spreadsheet's Drive entry, through access.ts (the owner, or an editor while the
  // file is shareable by editors, may share). getEditors lists the owner first, then the people
  // added one by one (not groups, the domain or a link); empty for a user who may not edit (check).
  _sharing() {
    this.entry();
    return this.o.ws.driveApp.access.sharingMethods('Spreadsheet', this.m.id, () => this._self);
  }
  getOwner(): User {
    return userObject(this.entry().owner, this.o.ws.calls);
  }
  getEditors(): User[] {
    return this._sharing().getEditors() as User[];
  }
  getViewers(): User[] {
    return this._sharing().getViewers() as User[];
  }
  addEditor(emailOrUser: string | User): Spreadsheet {
    return this._sharing().addEditor(emailOrUser as never) as Spreadsheet;
  }
  addEditors(emails: string[]): Spreadsheet {
    return this._sharing().addEditors(emails as never) as Spreadsheet;
  }
  removeEditor(emailOrUser: string | User): Spreadsheet {
    return this._sharing().removeEditor(emailOrUser as never) as Spreadsheet;
  }
  addViewer(emailOrUser: string | User): Spreadsheet {
    return this._sharing().addViewer(emailOrUser as never) as Spreadsheet;
  }
  addViewers(emails: string[]): Spreadsheet {
    return this._sharing().addViewers(emails as never) as Spreadsheet;
  }
  removeViewer(emailOrUser: string | User): Spreadsheet {
    return this._sharing().removeViewer(emailOrUser as never) as Spreadsheet;
  }

  // spreadsheet#toast(String,String,Number): a null timeout is the default 5 seconds; a negative
  // one keeps the toast until it is closed.
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({
      spreadsheetId: this.m.id,
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
      at: this.o.ws.clock.nowMillis(),
    });
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.m.sheets.flatMap((s) => this.sheetObj(s).getProtections(type));
  }
}
