// «Начать новый учебный год»: archives the finished year into «Архив …» sheets, keeps the banks,
// resets statuses, moves Учебный год on and makes the new year's folder. Refused twice a year.
import type { ActionResult } from '../api/types';
import type { Caller } from '../api/call';
import { yearFolder } from '../gas/docs';
import { folderById } from '../gas/drive';
import { withSchoolLock } from '../gas/lock';
import { idFromUrl } from '../gas/report';
import { SHEETS } from '../schema';
import { readSettings, writeSetting } from '../settings';
import { asText } from '../shared/text';
import { journal } from '../store/journal';
import { growAhead, Store } from '../store/store';
import {
  ROLLOVER_SHEETS,
  planRollover,
  previewLines,
  rolloverRefusal,
  type RolloverSheetKey,
  type SheetValues,
} from '../year';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function cell(value: unknown): unknown {
  return typeof value === 'string' ? asText(value) : (value ?? '');
}

interface YearSheets {
  sheets: Partial<Record<RolloverSheetKey, SheetValues>>;
  formulas: Partial<Record<RolloverSheetKey, string[][]>>;
  handles: Partial<Record<RolloverSheetKey, Sheet>>;
}

/** The sheets the rollover plans over, each read once (formulas too, when they are to be kept). */
function readYearSheets(store: Store, withFormulas: boolean): YearSheets {
  const out: YearSheets = { sheets: {}, formulas: {}, handles: {} };
  for (const key of ROLLOVER_SHEETS) {
    const sheet = store.sheet(key);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const values = range.getValues();
    if (withFormulas) out.formulas[key] = range.getFormulas();
    out.handles[key] = sheet;
    out.sheets[key] = { header: values[0] ?? [], rows: values.slice(1) };
  }
  return out;
}

/**
 * What «Начать новый учебный год» would do now, sheet by sheet with its numbers, for the curator to
 * read before confirming; or why it cannot run yet. Nothing is written.
 */
export function previewNewSchoolYearAction(caller: Caller): { lines: string[]; refusal: string } {
  const store = new Store(caller.ss);
  const { settings } = readSettings(store.table('settings', ['param', 'value']), caller.today);
  const names = caller.ss.getSheets().map((s) => s.getName());
  const refusal = rolloverRefusal(settings.schoolYear, caller.today, names);
  if (refusal) return { lines: [], refusal };
  const { sheets } = readYearSheets(store, false);
  const plan = planRollover({
    schoolYear: settings.schoolYear,
    todayIso: caller.today,
    sheetNames: names,
    sheets,
  });
  return { lines: previewLines(plan), refusal: '' };
}

export function startNewSchoolYearAction(caller: Caller): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const settingsTable = store.table('settings', ['param', 'value']);
    const { settings } = readSettings(settingsTable, caller.today);
    const { sheets, formulas, handles } = readYearSheets(store, true);
    // Throws the Russian refusal when it already ran this year or the year is not over.
    const plan = planRollover({
      schoolYear: settings.schoolYear,
      todayIso: caller.today,
      sheetNames: caller.ss.getSheets().map((s) => s.getName()),
      sheets,
    });

    for (const archive of plan.archives) {
      const sheet = caller.ss.insertSheet(archive.name, caller.ss.getSheets().length);
      const width = Math.max(archive.header.length, 1);
      const rows = [archive.header, ...archive.rows].map((r) => {
        const out = r.slice(0, width).map(cell);
        while (out.length < width) out.push('');
        return out;
      });
      // Two calls whatever the size of the archive (issue #20 item 3).
      growAhead(sheet, rows.length, rows.length);
      if (width > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
      sheet.getRange(1, 1, rows.length, width).setValues(rows);
      sheet.setFrozenRows(1);
    }

    for (const sp of plan.sheets) {
      const sheet = handles[sp.source];
      const source = sheets[sp.source];
      if (!sheet || !source || (sp.removeRows.length === 0 && sp.changes.length === 0)) continue;
      // One write of the rows that stay (staff's formulas in them kept) and of the rows emptied.
      const removed = new Set(sp.removeRows);
      const keptOriginal = source.rows.map((_, i) => i + 2).filter((row) => !removed.has(row));
      const width = source.header.length;
      const sheetFormulas = formulas[sp.source] ?? [];
      const values = sp.keptRows.map((r, k) => {
        const original = sheetFormulas[keptOriginal[k] - 1] ?? [];
        const out: unknown[] = [];
        for (let c = 0; c < width; c++) out.push(original[c] ? original[c] : cell(r[c]));
        return out;
      });
      // The rows left empty are written blank in the same call: one write whatever stays.
      const blank = (): unknown[] => new Array<unknown>(width).fill('');
      while (values.length < source.rows.length) values.push(blank());
      if (values.length > 0) sheet.getRange(2, 1, values.length, width).setValues(values);
    }

    writeSetting(settingsTable, settings, 'schoolYear', plan.toYear);
    const rootId = idFromUrl(settings.links.documentsFolder);
    if (rootId) {
      try {
        yearFolder(folderById(rootId), plan.toYear);
      } catch (_e) {
        plan.summary.push('Папка документов не найдена: запустите «Первоначальная настройка».');
      }
    }
    const message = plan.summary.join(' ');
    journal(store, `Новый учебный год ${plan.toYear}`, message, caller.user);
    store.save();
    return { message };
  });
}

export const ROLLOVER_SHEET_NAMES = ROLLOVER_SHEETS.map((k) => SHEETS[k].name);
