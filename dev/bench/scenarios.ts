// The bench's schools: a workspace on the emulator, the real build/Code.js, the banks filled the way
// staff paste rows (one quiet setValues per sheet), then every curator operation measured in the
// order a school year runs them: service calls by `Class.method` and wall time.
import { createWorkspace, type Workspace } from '../workspace';
import { loadBundle, type Bundle } from '../bundle';
import { syntheticSchool } from './matching';
import { formIds } from '../inspect';

export const CURATOR = 'curator@bench.example';

export interface Size {
  key: string;
  label: string;
  teachers: number;
  mentees: number;
  mentors: number;
  /** Timed repetitions of the whole year (the median is reported). */
  runs: number;
  /** Programmes generated for a sample of this many pairs; 0 = every pair without one. */
  programmeSample: number;
}

export const SIZES: readonly Size[] = [
  { key: 'school', label: 'school', teachers: 40, mentees: 15, mentors: 12, runs: 5, programmeSample: 0 },
  {
    key: 'large',
    label: 'large school',
    teachers: 300,
    mentees: 100,
    mentors: 75,
    runs: 3,
    programmeSample: 0,
  },
  {
    key: 'district',
    label: 'district',
    teachers: 7000,
    mentees: 5000,
    mentors: 1500,
    runs: 2,
    programmeSample: 50,
  },
];

export const OPERATIONS = [
  'setup',
  'setup again (filled)',
  'form intake (1 request)',
  'propose pairs',
  'accept all',
  'generate order',
  'generate programmes',
  'dashboard load',
  'daily run',
  'year rollover',
] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface OpResult {
  status: 'ok' | 'error' | 'not available yet';
  ms: number;
  calls: Record<string, number>;
  /** Rows of the document table this operation fills (order rows, programmes made). */
  docRows?: number;
  note?: string;
}

export interface RunResult {
  size: Size;
  ops: Record<Operation, OpResult>;
  pairs: number;
  setupMs: number;
}

const SCHOOL_SETTINGS = {
  schoolFullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2»',
  schoolShortName: 'МБОУ «СОШ №2»',
  city: 'Сосногорск',
  directorName: 'Кузнецов Игорь Викторович',
  directorEmail: 'director@bench.example',
  curatorName: 'Петрова Анна Сергеевна',
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

function measure(ws: Workspace, run: () => Partial<OpResult> | void): OpResult {
  ws.calls.reset();
  const started = performance.now();
  try {
    const extra = run() ?? {};
    const ms = performance.now() - started;
    return { status: 'ok', ms, calls: ws.calls.snapshot(), ...extra };
  } catch (e) {
    const ms = performance.now() - started;
    return { status: 'error', ms, calls: ws.calls.snapshot(), note: errorText(e) };
  }
}

function unavailable(name: string): OpResult {
  return { status: 'not available yet', ms: 0, calls: {}, note: `build/Code.js has no ${name}()` };
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
    const mentors = data.mentors.map((m) => ({
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
      Статус: m.active ? 'Активен' : 'Неактивен',
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
    // A Workspace (not consumer) account's daily quotas.
    mailQuota: 1500,
    docsQuota: 1500,
  });
  const ss = ws.createSpreadsheet(`Наставничество — ${size.label}`);
  const app = loadBundle(ws);
  const ops = {} as Record<Operation, OpResult>;
  const setupStarted = performance.now();

  ops['setup'] = measure(ws, () => void app.setupWorkbook());
  ws.calls.quietly(() => app.saveSettings(SCHOOL_SETTINGS));
  fillBanks(ws, ss, size);
  ops['setup again (filled)'] = measure(ws, () => void app.setupWorkbook());

  ws.clock.setNow('2026-09-10T10:00:00+03:00');
  const forms = formIds(ws);
  ops['form intake (1 request)'] = forms.requests
    ? measure(ws, () => {
        // The form records the signed-in account (no typed email question).
        const { ['Адрес электронной почты']: account, ...answers } = REQUEST_ANSWERS;
        void ws.forms.submit(forms.requests.formId, answers, { account });
      })
    : { status: 'error', ms: 0, calls: {}, note: 'no request form id in document properties' };

  let proposals: { fingerprint: string; proposals: Array<{ key: string }> } | null = null;
  ops['propose pairs'] = measure(ws, () => {
    proposals = app.proposePairs() as typeof proposals;
    return { note: `${proposals!.proposals.length} proposals` };
  });
  ops['accept all'] = proposals
    ? measure(ws, () => {
        const p = proposals!;
        app.acceptProposals(
          p.fingerprint,
          p.proposals.map((x) => ({ key: x.key })),
        );
      })
    : { status: 'error', ms: 0, calls: {}, note: 'no proposals to accept' };

  const ids = recordAllConsents(ws, ss);
  ws.clock.setNow('2026-09-21T10:00:00+03:00');
  ops['generate order'] = measure(ws, () => {
    app.generateOrder({ number: '1-н', date: '2026-09-21' });
    return { docRows: ids.length };
  });

  const sample = size.programmeSample > 0 ? ids.slice(0, size.programmeSample) : [];
  ops['generate programmes'] = measure(ws, () => {
    app.generateProgrammes(sample);
    return {
      docRows: sample.length || ids.length,
      note: sample.length ? `sample of ${sample.length} of ${ids.length} pairs` : undefined,
    };
  });

  const dashboard = fn(app, 'getDashboard');
  ops['dashboard load'] = dashboard ? measure(ws, () => void dashboard()) : unavailable('getDashboard');

  ops['daily run'] = dailyRun(ws, app);

  // The year is over from 1 June; setNow does not fire the daily trigger on the way.
  ws.clock.setNow('2027-06-15T10:00:00+03:00');
  ops['year rollover'] = measure(ws, () => void app.startNewSchoolYear());

  return { size, ops, pairs: ids.length, setupMs: performance.now() - setupStarted };
}

/**
 * The daily trigger's run, as Google fires it: as its owner, at its hour, with no active spreadsheet
 * (the add-on model). The bench jumps the clock between the steps of the year, which leaves the
 * trigger's schedule behind, so the run is started through the emulator's runTrigger rather than
 * by advancing the clock day by day (which would also fire every skipped day).
 */
function dailyRun(ws: Workspace, app: Bundle): OpResult {
  if (!fn(app, 'dailyRunTrigger')) return unavailable('dailyRunTrigger');
  const find = () => ws.script.triggers.find((t) => t.handler === 'dailyRunTrigger' && t.owner === CURATOR);
  try {
    // The curator switches reminders on (and becomes the one whose trigger sends).
    ws.calls.quietly(() => app.setReminders(true));
  } catch (e) {
    return { status: 'error', ms: 0, calls: {}, note: `setReminders: ${errorText(e)}` };
  }
  // A heavy day: the monitoring questionnaires went out to every participant of every pair on
  // 10 May; on 25 May (7 days before 1 June) the run reminds everyone who has not answered — the
  // part of the run that grows with the school, up to the day's mail quota.
  ws.clock.setNow('2027-05-10T10:00:00+03:00');
  try {
    ws.calls.quietly(() => app.sendQuestionnaires());
  } catch (e) {
    return { status: 'error', ms: 0, calls: {}, note: `sendQuestionnaires: ${errorText(e)}` };
  }
  const trigger = find();
  if (!trigger)
    return { status: 'error', ms: 0, calls: {}, note: 'no daily trigger after setup and setReminders' };
  const hour = trigger.schedule?.kind === 'days' ? trigger.schedule.hour : 8;
  ws.clock.setNow(`2027-05-25T${String(hour).padStart(2, '0')}:07:00+03:00`);
  const authMode = ws.calls.quietly(
    () => (ws.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp }).ScriptApp.AuthMode.FULL,
  );
  let run: { ok: boolean; error?: string } = { ok: false };
  const result = measure(ws, () => {
    run = ws.script.runTrigger(trigger, { authMode, triggerUid: trigger.id }, null);
  });
  if (!run.ok) return { ...result, status: 'error', note: run.error ?? 'failed' };
  const sent = result.calls['MailApp.sendEmail'] ?? 0;
  return { ...result, note: `${sent} emails sent` };
}
