// The bench's schools: a workspace on the emulator, the real build/Code.js, the banks filled the way
// staff paste rows (one quiet setValues per sheet), then every curator operation measured in the
// order a school year runs them: service calls by `Class.method` and wall time.
import { createWorkspace, type Workspace } from '../workspace';
import { BUILD_DIR, loadBundle, type Bundle } from '../bundle';
import { syntheticSchool } from './matching';
import { formIds } from '../inspect';

export const CURATOR = 'curator@bench.example';

/** The build the bench loads: a copy taken when it starts (others may rebuild build/ meanwhile). */
let buildDir = BUILD_DIR;
export function useBuild(dir: string): void {
  buildDir = dir;
}

/** Operations left out of this run (`--skip`): reported as not measured, so their targets fail. */
let skipped = new Set<string>();
export function skip(ops: Iterable<string>): void {
  skipped = new Set(ops);
}

/** Told when each operation ends (the bench prints it: a district year takes minutes). */
let progress: (line: string) => void = () => {};
export function onProgress(fn: (line: string) => void): void {
  progress = fn;
}

export interface Size {
  key: string;
  label: string;
  teachers: number;
  mentees: number;
  mentors: number;
  /** Timed repetitions of the whole year (the median Node time is reported). */
  runs: number;
}

/** Issue #20's sizes: mentees × mentors 40 × 15, 1,000 × 300 and 5,000 × 1,500. */
export const SIZES: readonly Size[] = [
  { key: 'school', label: 'school', teachers: 80, mentees: 40, mentors: 15, runs: 3 },
  { key: 'large', label: 'large school', teachers: 1500, mentees: 1000, mentors: 300, runs: 2 },
  { key: 'district', label: 'district', teachers: 7000, mentees: 5000, mentors: 1500, runs: 1 },
];

export const OPERATIONS = [
  'setup',
  'setup again (filled)',
  'request mailing',
  'form intake (1 request)',
  'propose pairs',
  '«Другой наставник»',
  'accept all',
  'consent forms (all)',
  'agreements (all)',
  'generate order',
  'programmes (all)',
  'dashboard load',
  'daily run',
  'year rollover',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** Operations made of units over several executions (src/server/jobs): run until nothing is left. */
export const JOBS: readonly Operation[] = [
  'request mailing',
  'consent forms (all)',
  'agreements (all)',
  'programmes (all)',
];

export interface RunResult {
  size: Size;
  ops: Record<Operation, OpResult>;
  pairs: number;
  setupMs: number;
}

/** One execution as the emulator recorded it: its emulated (Google) duration. */
export interface ExecutionSummary {
  handler: string;
  googleMs: number;
  calls: number;
  outcome: string;
}

export interface OpResult {
  status: 'ok' | 'error' | 'not available yet';
  /** Wall time on Node, emulator included. */
  ms: number;
  calls: Record<string, number>;
  /** Every execution the operation took, in order (sidebar calls, triggers). */
  executions: ExecutionSummary[];
  /** Google Docs created (the daily quota's count). */
  documents: number;
  /** Email recipients (the daily quota's count). */
  recipients: number;
  /** Letters sent. */
  emails: number;
  /** Rows of the document table this operation fills (order rows, programmes made). */
  docRows?: number;
  note?: string;
}
const SCHOOL_SETTINGS = {
  schoolFullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2»',
  schoolShortName: 'МБОУ «СОШ №2»',
  city: 'Сосногорск',
  directorName: 'Кузнецов Игорь Викторович',
  directorEmail: 'director@bench.example',
  curatorName: 'Петрова Анна Сергеевна',
  // Art. 351.8 ТК РФ (issue #18): a supplementary agreement with every mentor before the order.
  agreementsNeeded: 'да',
  mentoringPay: '5000',
  regulationDate: '29.08.2025',
  regulationNumber: '112-о',
};

/** A function of the bundle, or null when build/Code.js does not define it (yet). */
function fn(app: Bundle, name: string): ((...args: unknown[]) => unknown) | null {
  try {
    return app[name];
  } catch {
    return null;
  }
}

function errorText(e: unknown): string {
  const message = e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  return message.length > 160 ? `${message.slice(0, 157)}…` : message;
}

/** The emulator's record of every execution that ended after the one with id `after`. */
function executionsSince(ws: Workspace, after: number): ExecutionSummary[] {
  return ws.executions.finished
    .filter((e) => e.id > after)
    .map((e) => ({ handler: e.handler, googleMs: e.durationMs, calls: e.calls, outcome: e.outcome }));
}

function lastExecutionId(ws: Workspace): number {
  return ws.executions.finished[ws.executions.finished.length - 1]?.id ?? 0;
}

/** Documents created, counted where the emulator counts them against the daily quota. */
function countDocuments(ws: Workspace): { count: () => number } {
  const drive = ws.driveApp as unknown as { countCreatedDocument: () => void };
  const original = drive.countCreatedDocument.bind(drive);
  let count = 0;
  drive.countCreatedDocument = () => {
    original();
    count++;
  };
  return { count: () => count };
}

function measure(ws: Workspace, name: Operation, run: () => Partial<OpResult> | void): OpResult {
  if (skipped.has(name)) return { ...unavailable(''), note: 'skipped (--skip)' };
  ws.calls.reset();
  const after = lastExecutionId(ws);
  const documents = (ws as unknown as { benchDocs: { count: () => number } }).benchDocs.count();
  const sent = ws.mail.outbox.length;
  const tally = (): Pick<OpResult, 'executions' | 'documents' | 'recipients' | 'emails'> => {
    const mail = ws.mail.outbox.slice(sent);
    return {
      executions: executionsSince(ws, after),
      documents: (ws as unknown as { benchDocs: { count: () => number } }).benchDocs.count() - documents,
      recipients: mail.reduce((sum, m) => sum + m.recipients.length, 0),
      emails: mail.length,
    };
  };
  const started = performance.now();
  try {
    const extra = run() ?? {};
    const ms = performance.now() - started;
    const result: OpResult = { status: 'ok', ms, calls: ws.calls.snapshot(), ...tally(), ...extra };
    progress(`    ${name}: ${(ms / 1000).toFixed(1)} s on Node, ${result.executions.length} executions`);
    const failed = result.executions.find((e) => e.outcome !== 'ok');
    if (failed) return { ...result, status: 'error', note: `${failed.handler}: ${failed.outcome}` };
    return result;
  } catch (e) {
    const ms = performance.now() - started;
    return { status: 'error', ms, calls: ws.calls.snapshot(), ...tally(), note: errorText(e) };
  }
}

function unavailable(name: string): OpResult {
  return {
    status: 'not available yet',
    ms: 0,
    calls: {},
    executions: [],
    documents: 0,
    recipients: 0,
    emails: 0,
    note: `build/Code.js has no ${name}()`,
  };
}

function failed(note: string): OpResult {
  return { ...unavailable(''), status: 'error', note };
}

interface Result {
  message: string;
  more?: boolean;
  retryAfterMs?: number;
  progress?: { done: number; total: number };
}

/**
 * A job that finishes fewer units than this over STALL_WINDOW sidebar calls, and whose message
 * changed fewer times, is reported stalled.
 */
const STALL_WINDOW = 20;
const STALL_UNITS = 4;

/**
 * A job as the sidebar runs it: the first call, then continueWork(kind) while the result says
 * `more`. The bench's quotas are lifted meanwhile, so the job is never paused for a day: the days
 * it needs under the real quotas are worked out from what it created and sent. A job whose
 * progress stalls throws (the operation is reported as failed, with how far it got).
 */
function runJob(
  ws: Workspace,
  app: Bundle,
  kind: string,
  first: () => unknown,
  again: () => unknown = () => app.continueWork(kind),
): Result {
  const options = ws.options as { mailQuota: number; docsQuota: number };
  const saved = { mailQuota: options.mailQuota, docsQuota: options.docsQuota };
  options.mailQuota = Number.MAX_SAFE_INTEGER;
  options.docsQuota = Number.MAX_SAFE_INTEGER;
  try {
    let result = first() as Result;
    const done: number[] = [result.progress?.done ?? 0];
    // Progress after the units (a print pack put together) shows in the message only.
    const messages: string[] = [result.message];
    for (let calls = 1; result.more; calls++) {
      if (result.retryAfterMs) ws.clock.tick(result.retryAfterMs);
      result = again() as Result;
      done.push(result.progress?.done ?? done[done.length - 1]);
      messages.push(result.message);
      if (calls % 50 === 0) progress(`      ${kind}: ${calls} calls, ${result.message.slice(0, 80)}`);
      const window = messages.slice(calls - STALL_WINDOW);
      if (
        result.more &&
        calls >= STALL_WINDOW &&
        done[calls] - done[calls - STALL_WINDOW] < STALL_UNITS &&
        new Set(window).size < STALL_UNITS
      )
        throw new Error(
          `${kind} stalled: ${done[calls] - done[calls - STALL_WINDOW]} units in the last ${STALL_WINDOW} calls, ${result.message} (after ${calls + 1} calls)`,
        );
    }
    return result;
  } finally {
    Object.assign(options, saved);
  }
}

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** Writes `records` under the sheet's own header row (columns found by header, like the add-on). */
function pasteRows(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  records: Array<Record<string, unknown>>,
): void {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`bench: setup made no sheet ${name}`);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  for (const key of Object.keys(records[0] ?? {}))
    if (!header.includes(key)) throw new Error(`bench: sheet ${name} has no column ${key}`);
  const values = records.map((r) => header.map((h) => (h in r ? r[h] : '')));
  if (values.length === 0) return;
  const start = sheet.getLastRow() + 1;
  const need = start + values.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(start, 1, values.length, header.length).setValues(values);
}

/** The banks and the staff list as staff would paste them: deterministic synthetic people. */
function fillBanks(ws: Workspace, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, size: Size): void {
  const data = syntheticSchool(size.mentees, size.mentors, 2026);
  const consentDate = new Date('2026-09-02T00:00:00+03:00');
  const requestDate = new Date('2026-09-03T12:00:00+03:00');
  ws.calls.quietly(() => {
    // The last mentor is inactive at every size (a small school's random draw may have none), so
    // every size's year has the same kinds of rows: the rollover resets a status at each.
    const mentors = data.mentors.map((m, i) => ({
      ФИО: m.name,
      Email: m.email,
      Должность: m.position,
      Предмет: m.subject,
      'Стаж (лет)': m.experienceYears,
      Категория: m.category,
      Компетенции: m.competencies.map(capitalize).join(', '),
      Достижения: 'Победитель муниципального конкурса',
      'Макс. наставляемых': m.capacity,
      'Согласие (дата)': m.consentRecorded ? consentDate : '',
      Статус: m.active && i < data.mentors.length - 1 ? 'Активен' : 'Неактивен',
    }));
    const mentees = data.mentees.map((m) => ({
      ФИО: m.name,
      Email: m.email,
      Должность: m.position,
      Предмет: m.subject,
      'Стаж (лет)': m.experienceYears,
      'Категория наставляемого': m.menteeCategory,
      'Запрос (темы)': m.topics.map(capitalize).join(', '),
      'Запрос (описание)': '',
      Форма: m.preferredForm,
      'Дата запроса': requestDate,
      Статус: 'Новый',
    }));
    const others = Math.max(0, size.teachers - size.mentees - size.mentors);
    const teachers = [
      ...[...data.mentors, ...data.mentees].map((p) => ({
        ФИО: p.name,
        Email: p.email,
        Должность: p.position,
        Предмет: p.subject,
        'Стаж (лет)': p.experienceYears,
        Категория: p.category,
      })),
      ...Array.from({ length: others }, (_, i) => ({
        ФИО: `Учитель ${i}`,
        Email: `staff${i}@school.ru`,
        Должность: 'Учитель',
        Предмет: 'Математика',
        'Стаж (лет)': 10,
        Категория: 'Первая',
      })),
    ];
    pasteRows(ss, 'Педагоги', teachers);
    pasteRows(ss, 'Банк наставников', mentors);
    pasteRows(ss, 'Банк наставляемых', mentees);
  });
}

/** Every participant's written consent came back: the dates typed into Пары и группы (quietly). */
function recordAllConsents(ws: Workspace, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  return ws.calls.quietly(() => {
    const sheet = ss.getSheetByName('Пары и группы');
    if (!sheet) throw new Error('bench: no sheet Пары и группы');
    const values = sheet.getDataRange().getValues();
    const header = values[0].map(String);
    const col = (h: string) => {
      const i = header.indexOf(h);
      if (i < 0) throw new Error(`bench: Пары и группы has no column ${h}`);
      return i;
    };
    const [id, mentees, mentorConsent, menteeConsent, status] = [
      'ID',
      'Наставляемые',
      'Согласие наставника',
      'Согласие наставляемых',
      'Статус',
    ].map(col);
    const ids: string[] = [];
    const date = new Date('2026-09-20T00:00:00+03:00');
    for (const row of values.slice(1)) {
      if (String(row[id]) === '') continue;
      ids.push(String(row[id]));
      const count = String(row[mentees])
        .split(/[;\n]/)
        .filter((s) => s.trim() !== '').length;
      row[mentorConsent] = date;
      row[menteeConsent] = Array(count).fill('20.09.2026').join('; ');
      row[status] = 'Согласована';
    }
    sheet.getRange(1, 1, values.length, header.length).setValues(values);
    return ids;
  });
}

/** Every mentor signed the supplementary agreement: «Соглашение подписано» typed in (quietly). */
function recordAgreements(ws: Workspace, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  ws.calls.quietly(() => {
    const sheet = ss.getSheetByName('Пары и группы');
    if (!sheet) return;
    const values = sheet.getDataRange().getValues();
    const col = values[0].map(String).indexOf('Соглашение подписано');
    if (col < 0) throw new Error('bench: Пары и группы has no column Соглашение подписано');
    const date = new Date('2026-09-20T00:00:00+03:00');
    for (const row of values.slice(1)) if (row[0] !== '' && row[col] === '') row[col] = date;
    sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  });
}

/** «Приказ» of every pair without one: what staff type when the order was made elsewhere (quietly). */
function recordOrder(ws: Workspace, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  ws.calls.quietly(() => {
    const sheet = ss.getSheetByName('Пары и группы');
    if (!sheet) return;
    const values = sheet.getDataRange().getValues();
    const col = values[0].map(String).indexOf('Приказ');
    if (col < 0) return;
    for (const row of values.slice(1)) if (row[0] !== '' && row[col] === '') row[col] = '№ 1-н от 21.09.2026';
    sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  });
}

const REQUEST_ANSWERS = {
  ФИО: 'Новикова Дарья Андреевна',
  'Адрес электронной почты': 'newcomer@school.ru',
  Должность: 'учитель',
  'Предмет (направление работы)': 'математика',
  'Педагогический стаж (полных лет)': '1',
  'К какой категории вы относитесь': 'Молодой специалист',
  'Темы, по которым вам нужна помощь наставника': ['Методика урока', 'Оценивание'],
  'Опишите ваши профессиональные затруднения и ожидания': 'Хочу научиться планировать урок',
  'Предпочтительная форма наставничества': 'Индивидуальная',
};

/** One school year on a fresh workspace: every operation measured once. */
export function runYear(size: Size): RunResult {
  const ws = createWorkspace({
    now: '2026-09-01T09:00:00+03:00',
    user: CURATOR,
    // A Workspace (not consumer) account's daily quotas; jobs run with them lifted (runJob).
    mailQuota: 1500,
    docsQuota: 1500,
    bundleDir: buildDir,
  });
  (ws as unknown as { benchDocs: { count: () => number } }).benchDocs = countDocuments(ws);
  const ss = ws.createSpreadsheet(`Наставничество — ${size.label}`);
  const app = loadBundle(ws, buildDir);
  const ops = {} as Record<Operation, OpResult>;
  const setupStarted = performance.now();

  ops['setup'] = measure(ws, 'setup', () => void app.setupWorkbook());
  ws.calls.quietly(() => app.saveSettings(SCHOOL_SETTINGS));
  fillBanks(ws, ss, size);
  ops['setup again (filled)'] = measure(ws, 'setup again (filled)', () => void app.setupWorkbook());

  // «Разослать форму запросов»: every listed teacher not in the mentee bank gets the form.
  ws.clock.setNow('2026-09-05T10:00:00+03:00');
  ops['request mailing'] = measure(ws, 'request mailing', () => {
    const result = runJob(ws, app, 'requests', () => app.sendRequestForm());
    return { note: result.message.slice(0, 120) };
  });

  ws.clock.setNow('2026-09-10T10:00:00+03:00');
  const forms = formIds(ws);
  ops['form intake (1 request)'] = forms.requests
    ? measure(ws, 'form intake (1 request)', () => {
        // The form records the signed-in account (no typed email question).
        const { ['Адрес электронной почты']: account, ...answers } = REQUEST_ANSWERS;
        void ws.forms.submit(forms.requests.formId, answers, { account });
      })
    : failed('no request form id in document properties');

  let proposals: {
    fingerprint: string;
    proposals: Array<{ key: string; mentees: Array<{ email: string }> }>;
  } | null = null;
  ops['propose pairs'] = measure(ws, 'propose pairs', () => {
    proposals = app.proposePairs() as typeof proposals;
    return { note: `${proposals!.proposals.length} proposals` };
  });
  ops['«Другой наставник»'] = proposals
    ? measure(ws, '«Другой наставник»', () => {
        // As the sidebar asks: one mentee, with the fingerprint and keys of the proposals shown.
        const p = proposals!;
        const middle = p.proposals[Math.floor(p.proposals.length / 2)];
        const options = app.mentorOptions(
          middle.mentees[0].email,
          p.fingerprint,
          p.proposals.map((x) => x.key),
        ) as unknown[];
        return { note: `${options.length} mentors offered` };
      })
    : failed('no proposals');
  ops['accept all'] = proposals
    ? measure(ws, 'accept all', () => {
        const p = proposals!;
        app.acceptProposals(
          p.fingerprint,
          p.proposals.map((x) => ({ key: x.key })),
        );
      })
    : failed('no proposals to accept');

  ops['consent forms (all)'] = measure(ws, 'consent forms (all)', () => {
    const result = runJob(ws, app, 'consents', () => app.generateConsentForms([]));
    return { note: result.message.slice(0, 120) };
  });

  const ids = recordAllConsents(ws, ss);
  // The agreements as the sidebar makes them: the same button again while the result says `more`.
  ops['agreements (all)'] = measure(ws, 'agreements (all)', () => {
    const make = () => app.generateAgreements([]);
    const result = runJob(ws, app, 'agreements', make, make);
    return { docRows: ids.length, note: result.message.slice(0, 120) };
  });
  recordAgreements(ws, ss);
  ws.clock.setNow('2026-09-21T10:00:00+03:00');
  ops['generate order'] = measure(ws, 'generate order', () => {
    runJob(ws, app, 'order', () => app.generateOrder({ number: '1-н', date: '2026-09-21' }));
    return { docRows: ids.length };
  });

  // Programmes follow the order: if it was not made (it failed, or --skip), its number is typed
  // into «Пары и группы» as staff do, so every pair's programme is still made and measured.
  recordOrder(ws, ss);
  ops['programmes (all)'] = measure(ws, 'programmes (all)', () => {
    const result = runJob(ws, app, 'programmes', () => app.generateProgrammes([]));
    return { docRows: ids.length, note: result.message.slice(0, 120) };
  });

  const dashboard = fn(app, 'getDashboard');
  ops['dashboard load'] = dashboard
    ? measure(ws, 'dashboard load', () => void dashboard())
    : unavailable('getDashboard');

  ops['daily run'] = dailyRun(ws, app, ss);

  // The year is over from 1 June; setNow does not fire the daily trigger on the way.
  ws.clock.setNow('2027-06-15T10:00:00+03:00');
  ops['year rollover'] = measure(ws, 'year rollover', () => void app.startNewSchoolYear());

  return { size, ops, pairs: ids.length, setupMs: performance.now() - setupStarted };
}

/**
 * The daily trigger's run, as Google fires it: as its owner, at its hour, with no active spreadsheet
 * (the add-on model). The bench jumps the clock between the steps of the year, which leaves the
 * trigger's schedule behind, so the run is started through the emulator's runTrigger rather than
 * by advancing the clock day by day (which would also fire every skipped day).
 */
function dailyRun(ws: Workspace, app: Bundle, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): OpResult {
  if (!fn(app, 'dailyRunTrigger')) return unavailable('dailyRunTrigger');
  const find = () => ws.script.triggers.find((t) => t.handler === 'dailyRunTrigger' && t.owner === CURATOR);
  try {
    // The curator switches reminders on (and becomes the one whose trigger sends).
    ws.calls.quietly(() => app.setReminders(true));
  } catch (e) {
    return failed(`setReminders: ${errorText(e)}`);
  }
  // A heavy day: the monitoring questionnaires went out to every participant of every pair on
  // 10 May; on 25 May (7 days before 1 June) the run reminds everyone who has not answered — the
  // part of the run that grows with the school, up to the day's mail quota.
  ws.clock.setNow('2027-05-10T10:00:00+03:00');
  // Questionnaires go to pairs in an order: if the order was not made (it failed, or --skip), its
  // number is typed into «Пары и группы» as staff do, so the daily run is measured all the same.
  recordOrder(ws, ss);
  try {
    ws.calls.quietly(() => app.sendQuestionnaires());
  } catch (e) {
    return failed(`sendQuestionnaires: ${errorText(e)}`);
  }
  const trigger = find();
  if (!trigger) return failed('no daily trigger after setup and setReminders');
  const hour = trigger.schedule?.kind === 'days' ? trigger.schedule.hour : 8;
  ws.clock.setNow(`2027-05-25T${String(hour).padStart(2, '0')}:07:00+03:00`);
  const authMode = ws.calls.quietly(
    () => (ws.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp }).ScriptApp.AuthMode.FULL,
  );
  let run: { ok: boolean; error?: string } = { ok: false };
  const result = measure(ws, 'daily run', () => {
    run = ws.script.runTrigger(trigger, { authMode, triggerUid: trigger.id }, null);
  });
  if (!run.ok) return { ...result, status: 'error', note: run.error ?? 'failed' };
  const sent = result.calls['MailApp.sendEmail'] ?? 0;
  return { ...result, note: `${sent} emails sent` };
}
