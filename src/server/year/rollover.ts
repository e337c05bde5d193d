// «Начать новый учебный год» as a plan: which rows go to which archive sheet, which stay (and which
// of their cells change), the next year, and a summary. The adapter applies it under the lock.
//
// Decisions (documented in the report and the summary):
// - Пары и группы, Мониторинг, Самооценка, Оценка куратора, Мероприятия, Публикации, Документы, План
//   программ: every row is archived and removed; orders, programmes, their plans, questionnaires and
//   self-assessments are annual (roadmap 1.1, 5.2, 6.1). The next year's note and dashboard compare
//   with these archives (year/compare.ts).
// - Банк наставляемых: «В паре», «Завершил», «Выбыл» are archived and removed (their year's request is
//   done; a new one comes through the request form); «Новый», «Сопровождение» and anything else stay
//   with their request, unchanged (5.3: the search goes on).
// - Банк наставников: «Выбыл» is archived and removed; everyone else stays, status back to «Активен».
// - Дорожная карта: every row stays; Статус and Пояснение are cleared (recomputed for the new year).
// - Педагоги, Методическая копилка, Темы, Настройки, journals: not touched (only Учебный год changes).
import { UserError } from '../shared/errors';
import { normalizeKey } from '../shared/text';
import { MENTOR_STATUS, SHEETS, type SheetKey } from '../schema';
import { ARCHIVE_PREFIX, MENTEE_DONE, PREVIEW, REFUSAL, SUMMARY } from './texts';

/** The headers the rollover reads and clears (every sheet's status column is «Статус»). */
const STATUS = SHEETS.roadmap.columns.status.header;
const EXPLANATION = SHEETS.roadmap.columns.note.header;

export type RolloverSheetKey =
  | 'pairs'
  | 'mentees'
  | 'mentors'
  | 'monitoring'
  | 'events'
  | 'publications'
  | 'documents'
  | 'plan'
  | 'selfAssessment'
  | 'curatorAssessment'
  | 'roadmap';

export const ROLLOVER_SHEETS: readonly RolloverSheetKey[] = [
  'pairs',
  'mentees',
  'mentors',
  'monitoring',
  'events',
  'publications',
  'documents',
  'plan',
  'selfAssessment',
  'curatorAssessment',
  'roadmap',
];

/** A sheet's values: the header row and the data rows below it (rows[i] is sheet row i + 2). */
export interface SheetValues {
  header: readonly unknown[];
  rows: ReadonlyArray<readonly unknown[]>;
}

export interface RolloverInput {
  /** Учебный год from Настройки, e.g. 2026/2027. */
  schoolYear: string;
  todayIso: string;
  /** Names of every sheet in the spreadsheet. */
  sheetNames: readonly string[];
  /** The sheets to roll over, by key; a missing one is skipped. */
  sheets: Partial<Record<RolloverSheetKey, SheetValues>>;
}

export interface ArchiveSheet {
  source: RolloverSheetKey;
  /** The new sheet's name, at most 100 characters. */
  name: string;
  header: unknown[];
  rows: unknown[][];
}

export interface CellChange {
  /** 1-based sheet row. */
  row: number;
  column: string;
  from: unknown;
  to: unknown;
}

export interface SheetPlan {
  source: RolloverSheetKey;
  sheetName: string;
  /** 1-based sheet rows to delete (archived), ascending; delete from the bottom up. */
  removeRows: number[];
  /** Cells of kept rows that change (row numbers as before any deletion). */
  changes: CellChange[];
  /** The data rows after the rollover, in order, changes applied: what the sheet holds below its header. */
  keptRows: unknown[][];
  before: number;
  archived: number;
  kept: number;
}

export interface RolloverPlan {
  fromYear: string;
  toYear: string;
  archives: ArchiveSheet[];
  sheets: SheetPlan[];
  summary: string[];
}

export function nextSchoolYear(year: string): string {
  const m = /^(\d{4})\/(\d{4})$/.exec(year.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new Error(`Bad school year ${year}`);
  return `${Number(m[1]) + 1}/${Number(m[2]) + 1}`;
}

/** «Архив 2026/2027 — Пары и группы», cut to Sheets' 100 characters. */
export function archiveSheetName(year: string, sheetName: string): string {
  return `${ARCHIVE_PREFIX(year)}${sheetName}`.slice(0, 100);
}

/** Why the rollover may not run now, or null. It runs once per year, and not before 1 June. */
export function rolloverRefusal(
  schoolYear: string,
  todayIso: string,
  sheetNames: readonly string[],
): string | null {
  const m = /^(\d{4})\/(\d{4})$/.exec(schoolYear.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return REFUSAL.badYear(schoolYear);
  const year = schoolYear.trim();
  const prefix = ARCHIVE_PREFIX(year);
  const existing = sheetNames.find((n) => n.startsWith(prefix));
  if (existing) return REFUSAL.alreadyArchived(year, existing);
  const from = `${m[2]}-06-01`;
  if (todayIso < from) return REFUSAL.notFinished(year, `01.06.${m[2]}`);
  return null;
}

export function planRollover(input: RolloverInput): RolloverPlan {
  const refusal = rolloverRefusal(input.schoolYear, input.todayIso, input.sheetNames);
  if (refusal) throw new UserError(refusal);
  const fromYear = input.schoolYear.trim();
  const toYear = nextSchoolYear(fromYear);
  const archives: ArchiveSheet[] = [];
  const sheets: SheetPlan[] = [];
  const summary = [SUMMARY.head(fromYear, toYear)];

  for (const key of ROLLOVER_SHEETS) {
    const values = input.sheets[key];
    if (!values) continue;
    const name = SHEETS[key as SheetKey].name;
    const col = columnFinder(values.header);
    const status = col(STATUS);
    const plan: SheetPlan = {
      source: key,
      sheetName: name,
      removeRows: [],
      changes: [],
      keptRows: [],
      before: 0,
      archived: 0,
      kept: 0,
    };
    const archived: unknown[][] = [];
    values.rows.forEach((cells, i) => {
      if (cells.every((v) => text(v) === '')) return;
      const row = i + 2;
      plan.before++;
      if (goesToArchive(key, status === null ? '' : text(cells[status]))) {
        archived.push(cells.slice());
        plan.removeRows.push(row);
        return;
      }
      const next = cells.slice();
      for (const [column, to] of resets(key)) {
        const c = col(column);
        if (c === null || text(next[c]) === to) continue;
        plan.changes.push({
          row,
          column: values.header[c] === undefined ? column : text(values.header[c]),
          from: next[c],
          to,
        });
        next[c] = to;
      }
      plan.keptRows.push(next);
    });
    plan.archived = archived.length;
    plan.kept = plan.keptRows.length;
    // Nothing is lost: every row is either archived or kept.
    if (plan.archived + plan.kept !== plan.before) throw new Error(`Rollover of ${name} lost rows`);
    sheets.push(plan);
    summary.push(SUMMARY.sheet(name, plan.before, plan.archived, plan.kept));
    if (archived.length) {
      const archive = {
        source: key,
        name: archiveSheetName(fromYear, name),
        header: values.header.slice(),
        rows: archived,
      };
      archives.push(archive);
      summary.push(SUMMARY.archive(archive.name));
    }
    const changedRows = new Set(plan.changes.map((c) => c.row)).size;
    if (changedRows) {
      const what =
        key === 'mentors'
          ? SUMMARY.statusReset(MENTOR_STATUS.active)
          : SUMMARY.cleared(`«${STATUS}» и «${EXPLANATION}»`);
      summary.push(SUMMARY.changed(name, changedRows, what));
    }
  }
  summary.push(SUMMARY.kept, SUMMARY.folder(toYear));
  return { fromYear, toYear, archives, sheets, summary };
}

function goesToArchive(key: RolloverSheetKey, status: string): boolean {
  const s = normalizeKey(status);
  switch (key) {
    case 'mentees':
      return MENTEE_DONE.some((d) => normalizeKey(d) === s);
    case 'mentors':
      return s === normalizeKey(MENTOR_STATUS.left);
    case 'roadmap':
      return false;
    default:
      return true;
  }
}

function resets(key: RolloverSheetKey): Array<[string, string]> {
  if (key === 'mentors') return [[STATUS, MENTOR_STATUS.active]];
  if (key === 'roadmap')
    return [
      [STATUS, ''],
      [EXPLANATION, ''],
    ];
  return [];
}

function columnFinder(header: readonly unknown[]): (name: string) => number | null {
  const keys = header.map((h) => normalizeKey(text(h)));
  return (name) => {
    const i = keys.indexOf(normalizeKey(name));
    return i < 0 ? null : i;
  };
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

/** The plan in the future tense, sheet by sheet with its numbers, for the curator to confirm. */
export function previewLines(plan: RolloverPlan): string[] {
  return [
    PREVIEW.head(plan.fromYear, plan.toYear),
    ...plan.sheets.map((sp) =>
      sp.before === 0
        ? PREVIEW.empty(sp.sheetName)
        : PREVIEW.sheet(sp.sheetName, sp.before, sp.archived, sp.kept),
    ),
  ];
}
