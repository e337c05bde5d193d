// Creates the add-on's sheets, or repairs them: a missing sheet is created, missing headers are
// added after the last column; nothing staff typed, and no column of theirs, is touched.
import { checkboxValidation, listValidation } from '../gas/sheets';
import { SHEET_DEFS, SHEET_ORDER, columnsOf, type ColumnDef, type SheetDef } from '../schema';
import type { Store } from '../store/store';
import { normalizeKey } from '../shared/text';
import { SHEET_TEXTS } from './texts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetsReport {
  created: string[];
  repaired: string[];
}

export function ensureSheets(store: Store): SheetsReport {
  const report: SheetsReport = { created: [], repaired: [] };
  SHEET_ORDER.forEach((key, index) => {
    const def = SHEET_DEFS[key];
    const columns = columnsOf(def);
    const existing = store.sheet(key);
    if (!existing) {
      const sheet = store.ss.insertSheet(def.name, Math.min(index, store.ss.getSheets().length));
      store.registerSheet(sheet);
      writeHeader(sheet, def, columns, 1);
      sheet.setFrozenRows(1);
      report.created.push(def.name);
      return;
    }
    const lastColumn = Math.max(existing.getLastColumn(), 1);
    const rawHeader = existing.getRange(1, 1, 1, lastColumn).getValues()[0].map(String);
    const header = rawHeader.map((h) => normalizeKey(h));
    // A column under a header an earlier version used gets today's header (values and formats stay).
    for (const column of columns) {
      if (header.includes(normalizeKey(column.header))) continue;
      const at = header.findIndex((h) => (column.aliases ?? []).some((a) => normalizeKey(a) === h));
      if (at < 0) continue;
      const old = rawHeader[at];
      existing.getRange(1, at + 1).setValue(column.header);
      header[at] = normalizeKey(column.header);
      report.repaired.push(SHEET_TEXTS.renamed(def.name, old, column.header));
    }
    const missing = columns.filter(
      (c) => ![c.header, ...(c.aliases ?? [])].some((name) => header.includes(normalizeKey(name))),
    );
    if (missing.length === 0) return;
    const firstFree = header.every((h) => h === '') ? 1 : lastColumn + 1;
    if (firstFree + missing.length - 1 > existing.getMaxColumns()) {
      existing.insertColumnsAfter(
        existing.getMaxColumns(),
        firstFree + missing.length - 1 - existing.getMaxColumns(),
      );
    }
    writeHeader(existing, def, missing, firstFree);
    if (existing.getFrozenRows() === 0) existing.setFrozenRows(1);
    report.repaired.push(`${def.name}: ${missing.map((c) => `«${c.header}»`).join(', ')}`);
  });
  return report;
}

/** Header cells, bold, plus each column's validation and number format (one call per column kind). */
function writeHeader(sheet: Sheet, _def: SheetDef, columns: readonly ColumnDef[], firstColumn: number): void {
  sheet
    .getRange(1, firstColumn, 1, columns.length)
    .setValues([columns.map((c) => c.header)])
    .setFontWeight('bold')
    .setBackground('#e8f0fe');
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  columns.forEach((column, i) => {
    const range = sheet.getRange(2, firstColumn + i, rows, 1);
    if (column.kind === 'list' && column.values) {
      range.setDataValidation(listValidation([...column.values]));
    } else if (column.kind === 'checkbox') {
      range.setDataValidation(checkboxValidation());
    } else if (column.kind === 'date') {
      range.setNumberFormat('dd.MM.yyyy');
    } else if (column.kind === 'datetime') {
      range.setNumberFormat('dd.MM.yyyy HH:mm');
    }
    if (column.width) sheet.setColumnWidth(firstColumn + i, column.width);
  });
}
