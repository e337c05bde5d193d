// The settings a document prints: the school's full and short name, the settlement, the director
// and the curator. Each is required: the dashboard and the data check warn while one is empty or
// still what an earlier setup put there (the spreadsheet's title), and the order, programmes and
// consent forms are refused with a message naming it.
import { SHEETS } from '../schema';
import type { Problem } from '../store/table';
import { normalizeKey } from '../shared/text';
import { paramByKey, type SettingKey } from './params';
import type { Settings } from './index';
import { REQUIRED_TEXTS } from './texts';

/** The settings every document prints, in the order of «Настройки». */
export const DOCUMENT_SETTINGS: readonly SettingKey[] = [
  'schoolFullName',
  'schoolShortName',
  'city',
  'directorName',
  'curatorName',
];

export interface MissingSetting {
  key: SettingKey;
  /** The parameter's name in «Настройки». */
  name: string;
  /** The sheet row, 0 when the row is missing. */
  row: number;
  why: 'empty' | 'default';
}

/** The raw values of the document settings as staff typed them (the short name has no fallback here). */
export type DocumentSettingValues = Partial<Record<SettingKey, string>>;

/**
 * Every document setting that is empty, or still a value nobody chose: the spreadsheet's title
 * (which setup once wrote into the full name) or the add-on's own name.
 */
export function missingDocumentSettings(
  settings: Pick<Settings, 'rows'> & DocumentSettingValues,
  spreadsheetName = '',
): MissingSetting[] {
  const placeholders = new Set(
    [spreadsheetName, 'Наставничество', 'Школа', 'Название школы'].map(normalizeKey).filter((v) => v),
  );
  const out: MissingSetting[] = [];
  for (const key of DOCUMENT_SETTINGS) {
    const value = (settings[key] ?? '').trim();
    const why = value === '' ? 'empty' : placeholders.has(normalizeKey(value)) ? 'default' : null;
    if (why) out.push({ key, name: paramByKey(key).name, row: settings.rows[key] ?? 0, why });
  }
  return out;
}

/** The values as staff typed them: the short name without falling back on the full one. */
export function documentSettingValues(settings: Settings): Pick<Settings, 'rows'> & DocumentSettingValues {
  return {
    rows: settings.rows,
    schoolFullName: settings.schoolFullName,
    schoolShortName: settings.schoolShortNameTyped ?? settings.schoolShortName,
    city: settings.city,
    directorName: settings.directorName,
    curatorName: settings.curatorName,
  };
}

/** Problems for the dashboard and «Проверить данные», one per setting, pointing at its row. */
export function documentSettingProblems(settings: Settings, spreadsheetName = ''): Problem[] {
  return missingDocumentSettings(documentSettingValues(settings), spreadsheetName).map((m) => ({
    sheet: SHEETS.settings.name,
    row: m.row,
    column: SHEETS.settings.columns.value.header,
    message: m.why === 'empty' ? REQUIRED_TEXTS.empty(m.name) : REQUIRED_TEXTS.stillDefault(m.name),
  }));
}

/** The refusal of a document while a setting it prints is missing, or null. */
export function documentRefusal(
  settings: Settings,
  document: keyof typeof REQUIRED_TEXTS.documents,
  spreadsheetName = '',
): string | null {
  const missing = missingDocumentSettings(documentSettingValues(settings), spreadsheetName);
  if (missing.length === 0) return null;
  return REQUIRED_TEXTS.refused(
    REQUIRED_TEXTS.documents[document],
    missing.map((m) => m.name),
  );
}
