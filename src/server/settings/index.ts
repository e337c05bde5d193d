// Typed settings from the Настройки sheet, with defaults and Russian problems for bad values.
import type { Table, Problem } from '../store/table';
import { isEmail, normalizeKey } from '../shared/text';
import { regulationOf } from '../labour/legal';
import { parsePayRule } from '../labour/payment';
import { PAY_TEXTS } from '../labour/texts';
import { parseDateText } from '../store/dates';
import { emailProblem, integerProblem, reminderDaysProblem, schoolYearProblem } from './check';
import { SETTING_PARAMS, paramByKey, type SettingKey } from './params';

export { SETTING_PARAMS, type SettingKey } from './params';
export { documentRefusal, documentSettingProblems, missingDocumentSettings } from './required';

export interface Settings {
  schoolFullName: string;
  schoolShortName: string;
  /** «Краткое наименование» as typed ('' when empty; `schoolShortName` falls back on the full name). */
  schoolShortNameTyped?: string;
  city: string;
  directorName: string;
  directorPosition: string;
  directorEmail: string;
  curatorName: string;
  curatorPosition: string;
  curatorEmail: string;
  /** Everyone else who runs mentoring with the curator (deputies). */
  otherCurators: string[];
  schoolYear: string;
  maxMentees: number;
  reminderDays: number[];
  dailyHour: number;
  remindersEnabled: boolean;
  publicationDays: number;
  remindersOwner: string;
  lastDailyRun: string;
  /** Forms record the respondent's verified Google address (else a typed one is checked). */
  verifyEmail: boolean;
  /** The school's Положение о наставничестве as documents cite it: « от 29.08.2025 № 112-о» or ''. */
  regulation: string;
  links: Record<
    | 'documentsFolder'
    | 'templateOrder'
    | 'templateProgramme'
    | 'templateConsentMentor'
    | 'templateConsentMentee'
    | 'formRequests'
    | 'formMentors'
    | 'formMonitoringMentee'
    | 'formMonitoringMentor'
    | 'formPlanMark'
    | 'formSelfAssessment'
    | 'formCuratorAssessment',
    string
  >;
  /** The sheet row of each parameter, for writes and for pointing at a bad value. */
  rows: Partial<Record<SettingKey, number>>;
}

/** The school year to plan for on a date: from August on, the one starting in September. */
export function schoolYearOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  const start = m >= 8 ? y : y - 1;
  return `${start}/${start + 1}`;
}

export function readSettings(
  table: Table<'settings'>,
  todayIso: string,
): { settings: Settings; problems: Problem[] } {
  const raw = new Map<SettingKey, string>();
  const rows: Partial<Record<SettingKey, number>> = {};
  const byName = new Map(SETTING_PARAMS.map((p) => [normalizeKey(p.name), p.key]));
  for (const row of table.rows) {
    const key = byName.get(normalizeKey(table.text(row, 'param')));
    if (!key || rows[key]) continue;
    rows[key] = row;
    raw.set(key, table.text(row, 'value'));
  }
  const problems: Problem[] = [];
  const bad = (key: SettingKey, message: string) =>
    problems.push({
      sheet: table.name,
      row: rows[key] ?? 0,
      column: table.headerOf('value'),
      message: `${paramByKey(key).name}: ${message}`,
    });
  const get = (key: SettingKey) => raw.get(key) ?? paramByKey(key).value;
  const int = (key: SettingKey, min: number, max: number) => {
    const text = get(key).trim() || paramByKey(key).value;
    const problem = integerProblem(text, min, max);
    if (problem) {
      bad(key, problem);
      return Number(paramByKey(key).value);
    }
    return Number(text.replace(',', '.'));
  };
  const email = (key: SettingKey) => {
    const text = get(key).trim();
    const problem = emailProblem(text);
    if (problem) {
      bad(key, problem);
      return '';
    }
    return text.toLowerCase();
  };
  const emailList = (key: SettingKey) => {
    const out: string[] = [];
    for (const text of get(key)
      .split(/[,;\s]+/)
      .filter((t) => t !== '')) {
      if (isEmail(text)) out.push(text.toLowerCase());
      else bad(key, emailProblem(text));
    }
    return [...new Set(out)];
  };
  let reminderDays = get('reminderDays')
    .split(/[,;\s]+/)
    .filter((s) => s !== '')
    .map(Number);
  const daysProblem = reminderDaysProblem(get('reminderDays'));
  if (daysProblem) {
    bad('reminderDays', daysProblem);
    reminderDays = [14, 7, 1];
  }
  // Art. 351.8 ТК РФ (issue #18): the payment and the Положение's date, checked like the others.
  const payText = get('mentoringPay').trim();
  if (payText && parsePayRule(payText) === undefined) bad('mentoringPay', PAY_TEXTS.notRule(payText));
  const regulationDate = get('regulationDate').trim();
  if (regulationDate && !parseDateText(regulationDate))
    bad('regulationDate', `«${regulationDate}» — не дата (ожидается дд.мм.гггг)`);
  let schoolYear = get('schoolYear').trim();
  if (!schoolYear) schoolYear = schoolYearOf(todayIso);
  else if (schoolYearProblem(schoolYear)) {
    bad('schoolYear', schoolYearProblem(schoolYear));
    schoolYear = schoolYearOf(todayIso);
  }
  const settings: Settings = {
    schoolFullName: get('schoolFullName').trim(),
    schoolShortName: get('schoolShortName').trim() || get('schoolFullName').trim(),
    schoolShortNameTyped: get('schoolShortName').trim(),
    city: get('city').trim(),
    directorName: get('directorName').trim(),
    directorPosition: get('directorPosition').trim() || 'Директор',
    directorEmail: email('directorEmail'),
    curatorName: get('curatorName').trim(),
    curatorPosition: get('curatorPosition').trim(),
    curatorEmail: email('curatorEmail'),
    otherCurators: emailList('otherCurators'),
    schoolYear,
    maxMentees: int('maxMentees', 1, 20),
    reminderDays: [...new Set(reminderDays)].sort((a, b) => b - a),
    dailyHour: int('dailyHour', 0, 23),
    remindersEnabled: !/^(нет|no|false|ложь|0|выкл)/i.test(get('remindersEnabled').trim()),
    publicationDays: int('publicationDays', 1, 365),
    remindersOwner: email('remindersOwner'),
    lastDailyRun: get('lastDailyRun').trim(),
    verifyEmail: !/^(нет|no|false|ложь|0|выкл)/i.test(get('verifyEmail').trim()),
    regulation: regulationOf(get('regulationDate'), get('regulationNumber')),
    links: {
      documentsFolder: get('documentsFolder').trim(),
      templateOrder: get('templateOrder').trim(),
      templateProgramme: get('templateProgramme').trim(),
      templateConsentMentor: get('templateConsentMentor').trim(),
      templateConsentMentee: get('templateConsentMentee').trim(),
      formRequests: get('formRequests').trim(),
      formMentors: get('formMentors').trim(),
      formMonitoringMentee: get('formMonitoringMentee').trim(),
      formMonitoringMentor: get('formMonitoringMentor').trim(),
      formPlanMark: get('formPlanMark').trim(),
      formSelfAssessment: get('formSelfAssessment').trim(),
      formCuratorAssessment: get('formCuratorAssessment').trim(),
    },
    rows,
  };
  problems.sort((a, b) => a.row - b.row);
  return { settings, problems };
}

/**
 * Who must be able to open every file the add-on makes: the curator, the other curators and the
 * director (SPEC «Several people, one school»).
 */
export function schoolStaffEmails(settings: Settings): string[] {
  return [
    ...new Set(
      [settings.curatorEmail, ...settings.otherCurators, settings.directorEmail].filter((e) => e !== ''),
    ),
  ];
}

/** Writes one setting's value (adds the row if staff deleted it). */
export function writeSetting(
  table: Table<'settings'>,
  settings: Settings,
  key: SettingKey,
  value: string,
): void {
  const row = settings.rows[key];
  if (row) table.set(row, 'value', value);
  else {
    const param = paramByKey(key);
    settings.rows[key] = table.append({ param: param.name, value, note: param.note });
  }
}
