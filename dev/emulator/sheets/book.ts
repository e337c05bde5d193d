// The cell engine of one spreadsheet: reading values as Apps Script returns them (formulas evaluated,
// date serials as Date), display text, and writes (USER_ENTERED parsing, automatic date formats,
// rejecting data validation).
import type { Workspace } from '../index';
import { parseA1, toA1 } from './a1';
import {
  dateToSerial,
  displayOf,
  isDateFormat,
  isDateValue,
  localeOf,
  parseEntered,
  serialToMillis,
  type Entered,
} from './cells';
import { evaluateFormula, FormulaError, type CellResult } from './formula';
import {
  cellOf,
  setCell,
  type Scalar,
  type SheetModel,
  type SpreadsheetModel,
  type ValidationSpec,
} from './model';
import { passes, validationMessage } from './validation';

export class Book {
  private ruleKeys = new WeakMap<SheetModel, Map<string, number>>();

  constructor(
    readonly model: SpreadsheetModel,
    readonly ws: Workspace,
  ) {}

  sheetByName(name: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.model.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.model.activeSheetId) ?? this.model.sheets[0];
  }

  /** The index of a rule in the sheet's rule table, reusing an equal one. */
  ruleIndex(sheet: SheetModel, spec: ValidationSpec): number {
    let keys = this.ruleKeys.get(sheet);
    if (!keys) {
      keys = new Map(sheet.rules.map((r, i) => [JSON.stringify(r), i]));
      this.ruleKeys.set(sheet, keys);
    }
    const key = JSON.stringify(spec);
    let index = keys.get(key);
    if (index === undefined) {
      index = sheet.rules.length;
      sheet.rules.push({ ...spec, values: [...spec.values] });
      keys.set(key, index);
    }
    return index;
  }

  rule(sheet: SheetModel, r: number, c: number): ValidationSpec | null {
    const index = cellOf(sheet.validations, r, c);
    return index === null ? null : (sheet.rules[index] ?? null);
  }

  /** The cell's value with its formula evaluated (dates stay serials). 0-based. */
  computed(sheet: SheetModel, r: number, c: number, visiting = new Set<string>()): CellResult {
    const formula = cellOf(sheet.formulas, r, c);
    if (formula === null) return cellOf(sheet.values, r, c);
    const key = `${sheet.id}:${r}:${c}`;
    if (visiting.has(key)) return new FormulaError('#REF!');
    visiting.add(key);
    try {
      return evaluateFormula(formula, {
        cell: (name, row, col) => {
          const target = name === null ? sheet : this.sheetByName(name);
          if (!target || row > target.maxRows || col > target.maxCols) return new FormulaError('#REF!');
          return this.computed(target, row - 1, col - 1, visiting);
        },
        size: (name) => {
          const target = name === null ? sheet : this.sheetByName(name);
          return target ? { rows: target.maxRows, cols: target.maxCols } : null;
        },
        nowSerial: () => dateToSerial(this.ws.clock.nowMillis(), this.model.timeZone),
      });
    } finally {
      visiting.delete(key);
    }
  }

  /** The number format that applies: the cell's, or the one Sheets picks for TODAY()/NOW(). */
  formatOf(sheet: SheetModel, r: number, c: number): string | null {
    const format = cellOf(sheet.formats, r, c);
    if (format !== null) return format;
    const formula = cellOf(sheet.formulas, r, c);
    if (formula && /\bNOW\s*\(/i.test(formula)) return localeOf(this.model.locale).dateTimeFormat;
    if (formula && /\bTODAY\s*\(/i.test(formula)) return localeOf(this.model.locale).dateFormat;
    return null;
  }

  /** What getValues returns for a cell: '' for blanks, Date for date-formatted numbers. */
  read(sheet: SheetModel, r: number, c: number): Scalar | Date {
    const value = this.computed(sheet, r, c);
    if (value === null) return '';
    if (value instanceof FormulaError) return value.code;
    if (typeof value === 'number' && isDateFormat(this.formatOf(sheet, r, c))) {
      return new Date(serialToMillis(value, this.model.timeZone));
    }
    return value;
  }

  display(sheet: SheetModel, r: number, c: number): string {
    const value = this.computed(sheet, r, c);
    if (value instanceof FormulaError) return value.code;
    return displayOf(value, this.formatOf(sheet, r, c), this.model.locale);
  }

  /** How Sheets stores a value written by a script (setValue/setValues) or typed by a person. */
  entered(sheet: SheetModel, r: number, c: number, input: unknown): Entered {
    if (input === null || input === undefined) return { value: null, formula: null, format: null };
    if (typeof input === 'number') return { value: input, formula: null, format: null };
    if (typeof input === 'boolean') return { value: input, formula: null, format: null };
    if (isDateValue(input)) {
      const ms = input.getTime();
      if (Number.isNaN(ms)) return { value: null, formula: null, format: null };
      const serial = dateToSerial(ms, this.model.timeZone);
      const locale = localeOf(this.model.locale);
      // (check) Sheets shows a date written by a script with its time unless the time is midnight.
      const format = Number.isInteger(serial) ? locale.dateFormat : locale.dateTimeFormat;
      return { value: serial, formula: null, format };
    }
    const text = typeof input === 'string' ? input : String(input);
    if (cellOf(sheet.formats, r, c) === '@')
      return { value: text === '' ? null : text, formula: null, format: null };
    return parseEntered(text, this.model.locale, this.ws.clock.nowMillis(), this.model.timeZone);
  }

  /**
   * Writes a block of entered cells (0-based origin). A rule that rejects invalid input makes the
   * whole write fail before any cell changes (check).
   */
  write(sheet: SheetModel, r0: number, c0: number, block: Entered[][]): void {
    if (sheet.rules.some((rule) => !rule.allowInvalid)) this.checkRules(sheet, r0, c0, block);
    for (let i = 0; i < block.length; i++) {
      const row = block[i];
      const r = r0 + i;
      for (let j = 0; j < row.length; j++) {
        const e = row[j];
        const c = c0 + j;
        setCell(sheet.values, r, c, e.value);
        setCell(sheet.formulas, r, c, e.formula);
        // Sheets picks a format itself only for a cell still on the automatic one.
        if (e.format !== null && cellOf(sheet.formats, r, c) === null) setCell(sheet.formats, r, c, e.format);
      }
    }
  }

  private checkRules(sheet: SheetModel, r0: number, c0: number, block: Entered[][]): void {
    for (let i = 0; i < block.length; i++) {
      for (let j = 0; j < block[i].length; j++) {
        const spec = this.rule(sheet, r0 + i, c0 + j);
        const e = block[i][j];
        if (!spec || spec.allowInvalid || e.formula !== null) continue;
        const format = e.format ?? cellOf(sheet.formats, r0 + i, c0 + j);
        const ok = passes(
          spec,
          {
            value: e.value,
            isDate: typeof e.value === 'number' && isDateFormat(format),
            display: displayOf(e.value, format, this.model.locale),
          },
          () => this.rangeTexts(spec.values[0] as { sheet: string; a1: string }),
        );
        if (!ok) throw new Error(validationMessage(toA1(r0 + i + 1, c0 + j + 1)));
      }
    }
  }

  private rangeTexts(ref: { sheet: string; a1: string }): string[] {
    const target = this.sheetByName(ref.sheet);
    if (!target) return [];
    const a = parseA1(ref.a1, target.maxRows, target.maxCols);
    if (!a) return [];
    const out: string[] = [];
    for (let r = a.row - 1; r < a.row - 1 + a.numRows; r++) {
      for (let c = a.col - 1; c < a.col - 1 + a.numCols; c++) out.push(this.display(target, r, c));
    }
    return out;
  }
}

/** How the wrappers create each other (kept behind an interface to avoid import cycles). */
export interface Objects {
  readonly ws: Workspace;
  spreadsheet(book: Book): GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(book: Book, sheet: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  range(
    book: Book,
    sheet: SheetModel,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
  ): GoogleAppsScript.Spreadsheet.Range;
  /** `obj` behind the spreadsheet's access checks (access.ts). */
  guard<T extends object>(className: string, spreadsheetId: string, obj: T): T;
}
