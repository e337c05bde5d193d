// A school on the emulator for bundle tests: a spreadsheet, the real build/Code.js, setup run.
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../dev/workspace';
import { loadBundle, type Bundle } from '../../dev/bundle';
import * as inspect from '../../dev/inspect';

export interface School {
  ws: Workspace;
  app: Bundle;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Apps Script globals as the bundle sees them, for reading results back. */
  gas: {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    ScriptApp: GoogleAppsScript.Script.ScriptApp;
    FormApp: GoogleAppsScript.Forms.FormApp;
    DocumentApp: GoogleAppsScript.Document.DocumentApp;
    DriveApp: GoogleAppsScript.Drive.DriveApp;
  };
}

export const CURATOR = 'curator@school2.example';

export interface SchoolOptions extends WorkspaceOptions {
  /**
   * Tests written before answers were checked against «Педагоги» (issue #16) answer as teachers the
   * school has listed, signed in as themselves: with this on (the default), `ws.forms.submit` lists
   * the respondent in «Педагоги» first (as staff would have) and, for a form that records the
   * verified address, answers signed in with the address the answers give. Identity tests turn it
   * off and submit exactly what a respondent would.
   */
  listedRespondents?: boolean;
}

const TYPED_EMAIL_TITLES = ['Адрес электронной почты', 'Ваш адрес электронной почты'];

export function newSchool(options: SchoolOptions = {}): School {
  const { listedRespondents = true, ...wsOptions } = options;
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', user: CURATOR, ...wsOptions });
  const ss = ws.createSpreadsheet('Наставничество — МБОУ «СОШ №2»');
  const app = loadBundle(ws);
  const school: School = { ws, app, ss, gas: ws.globals() as unknown as School['gas'] };
  if (listedRespondents) {
    const submit = ws.forms.submit.bind(ws.forms);
    ws.forms.submit = (formId, answers, opts = {}) => {
      const { FormApp } = school.gas;
      const form = ws.calls.quietly(() => FormApp.openById(formId));
      const titles = ws.calls.quietly(() => form.getItems().map((i) => i.getTitle()));
      const typed = TYPED_EMAIL_TITLES.map((t) => answers[t]).find((v) => typeof v === 'string') as
        string | undefined;
      const email = opts.account ?? typed ?? opts.email ?? '';
      const verified = ws.calls.quietly(
        () =>
          String((form as unknown as { getEmailCollectionType(): unknown }).getEmailCollectionType()) ===
          'VERIFIED',
      );
      const given = { ...answers };
      for (const t of TYPED_EMAIL_TITLES) if (!titles.includes(t)) delete given[t];
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) listTeacher(school, String(answers['ФИО'] ?? ''), email);
      return submit(formId, given, verified ? { ...opts, account: opts.account ?? email } : opts);
    };
  }
  return school;
}

/** Adds a teacher to «Педагоги» as staff would (no add-on call), unless their address is there. */
export function listTeacher(school: Pick<School, 'ws' | 'ss'>, name: string, email: string): void {
  school.ws.calls.quietly(() => {
    const sheet = school.ss.getSheetByName('Педагоги');
    if (!sheet) return;
    const values = sheet.getDataRange().getValues();
    const header = values[0].map(String);
    const at = header.indexOf('Email');
    if (values.slice(1).some((r) => String(r[at]).trim().toLowerCase() === email.trim().toLowerCase()))
      return;
    const row = header.map((h) => (h === 'ФИО' ? name : h === 'Email' ? email : ''));
    sheet.appendRow(row);
  });
}

export function setUp(school: School): string {
  return school.app.setupWorkbook() as string;
}

/** A school's state as the add-on keeps it: the same readers the bench and browser tests use. */
export function sheetValues(school: Pick<School, 'ws' | 'ss'>, name: string): unknown[][] {
  return inspect.sheetValues(school.ws, school.ss, name);
}

export function sheetRecords(
  school: Pick<School, 'ws' | 'ss'>,
  name: string,
): Array<Record<string, unknown>> {
  return inspect.sheetRecords(school.ws, school.ss, name);
}

export function formIds(school: Pick<School, 'ws'>): Record<string, inspect.FormRecord> {
  return inspect.formIds(school.ws);
}

export interface Teacher {
  name: string;
  email: string;
  position?: string;
  subject?: string;
  experience?: number;
  category?: string;
}

export function requestAnswers(
  t: Teacher,
  topics: string[],
  form = 'Индивидуальная',
  description = '',
): Record<string, string | string[]> {
  return {
    ФИО: t.name,
    'Адрес электронной почты': t.email,
    Должность: t.position ?? 'учитель',
    'Предмет (направление работы)': t.subject ?? 'математика',
    'Педагогический стаж (полных лет)': String(t.experience ?? 1),
    'К какой категории вы относитесь': t.category ?? 'Молодой специалист',
    'Темы, по которым вам нужна помощь наставника': topics,
    'Опишите ваши профессиональные затруднения и ожидания': description,
    'Предпочтительная форма наставничества': form,
  };
}

export function mentorAnswers(
  t: Teacher,
  topics: string[],
  capacity = '2',
  consent = true,
): Record<string, string | string[]> {
  return {
    ФИО: t.name,
    'Адрес электронной почты': t.email,
    Должность: t.position ?? 'учитель',
    'Предмет (направление работы)': t.subject ?? 'математика',
    'Педагогический стаж (полных лет)': String(t.experience ?? 20),
    'Квалификационная категория': t.category ?? 'Высшая',
    'Темы, по которым вы готовы помогать коллегам': topics,
    'Ваши профессиональные достижения': 'Победитель муниципального конкурса «Учитель года»',
    'Сколько наставляемых вы готовы сопровождать': capacity,
    Согласие: consent
      ? ['Согласен(на) на включение в банк наставников и обработку моих персональных данных для этой цели']
      : [],
  };
}

/** The emails in a pair's row: its mentor first, then its mentees. */
export function pairEmails(pair: Record<string, unknown>): string[] {
  return [String(pair['Наставник']), ...String(pair['Наставляемые']).split(';')].map(
    (c) => /<(.+)>/.exec(c)![1],
  );
}

/** Every participant of every pair gives consent on `date` (through the sidebar). */
export function consentEveryone(school: School, date: string): void {
  for (const pair of sheetRecords(school, 'Пары и группы'))
    for (const email of pairEmails(pair)) school.app.recordConsent(pair['ID'], email, date);
}

/** Every participant of every pair answers the monitoring questionnaire: 8 on every scale. */
export function answerQuestionnaires(school: School): void {
  const forms = formIds(school);
  const answer = (formId: string, id: string, email: string) => {
    const items = school.ws.calls.quietly(() => school.gas.FormApp.openById(formId).getItems());
    const answers: Record<string, string> = { [items[0].getTitle()]: id, [items[1].getTitle()]: email };
    for (const item of items)
      if (item.getType() === school.gas.FormApp.ItemType.SCALE) answers[item.getTitle()] = '8';
    answers['Хотели бы вы продолжить работу в паре?'] = 'Да';
    school.ws.forms.submit(formId, answers);
  };
  for (const pair of sheetRecords(school, 'Пары и группы')) {
    const [mentor, ...mentees] = pairEmails(pair);
    answer(forms.monitoringMentor.formId, String(pair['ID']), mentor);
    for (const m of mentees) answer(forms.monitoringMentee.formId, String(pair['ID']), m);
  }
}

/**
 * For tests that build their own Workspace (browser tests): a teacher the school has listed in
 * «Педагоги» answers a form signed in with their own account, as `newSchool`'s wrapper does.
 */
export function answerAsListedTeacher(
  ws: Workspace,
  formId: string,
  answers: Record<string, string | string[]>,
): void {
  const email = String(answers['Адрес электронной почты'] ?? '');
  const id = ws.activeSpreadsheetId;
  if (id) {
    const ss = ws.calls.quietly(() => (ws.globals() as unknown as School['gas']).SpreadsheetApp.openById(id));
    listTeacher({ ws, ss }, String(answers['ФИО'] ?? ''), email);
  }
  const form = ws.forms.data(formId);
  const given = { ...answers };
  if (form.emailCollection === 'VERIFIED') delete given['Адрес электронной почты'];
  ws.forms.submit(formId, given, form.emailCollection === 'VERIFIED' ? { account: email } : { email });
}

/** The settings every document prints, filled as a real school would (МБОУ «СОШ №2», Сосногорск). */
export const SCHOOL_SETTINGS: Record<string, string> = {
  schoolFullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2» г. Сосногорска',
  schoolShortName: 'МБОУ «СОШ №2»',
  city: 'Сосногорск',
  directorName: 'Кузнецов Игорь Викторович',
  directorEmail: 'director@school2.example',
  curatorName: 'Петрова Анна Сергеевна',
};

/**
 * A set-up school with the document settings filled and `pairs` pairs made by hand: mentee
 * `t{i}@school2.example` with mentor `m{i % mentors}@school2.example` «Смирнов{n} Олег Петрович»
 * (one-to-one unless fewer `mentors` are asked for, each then taking as many as it needs).
 */
export function schoolWithPairs(
  pairs: number,
  options: {
    settings?: Record<string, string>;
    menteeName?: (i: number) => string;
    /** What each mentee writes about her needs in the request form. */
    description?: (i: number) => string;
    mentors?: number;
    /** Called after setup, before anything else (e.g. to turn the reminders off). */
    before?: (school: School) => void;
  } = {},
): School {
  const {
    settings = {},
    menteeName = (i: number) => `Учителева${i} Мария Ивановна`,
    description = () => '',
    mentors: mentorCount = pairs,
    before,
  } = options;
  const school = newSchool();
  setUp(school);
  before?.(school);
  school.app.saveSettings({ ...SCHOOL_SETTINGS, ...settings });
  const { requests, mentors } = formIds(school);
  const capacity = String(Math.ceil(pairs / mentorCount));
  for (let i = 0; i < mentorCount; i++)
    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers(
        { name: `Смирнов${i} Олег Петрович`, email: `m${i}@school2.example` },
        ['Методика урока'],
        capacity,
      ),
    );
  for (let i = 0; i < pairs; i++)
    school.ws.forms.submit(
      requests.formId,
      requestAnswers(
        { name: menteeName(i), email: `t${i}@school2.example` },
        ['Методика урока'],
        'Индивидуальная',
        description(i),
      ),
    );
  for (let i = 0; i < pairs; i++)
    school.app.createPair({
      mentorEmail: `m${i % mentorCount}@school2.example`,
      menteeEmails: [`t${i}@school2.example`],
    });
  return school;
}

/** A sidebar result of long work. */
export interface WorkResult {
  message: string;
  progress?: { done: number; total: number; label: string };
  more?: boolean;
  retryAfterMs?: number;
}

/**
 * The sidebar's loop (src/client/work.ts, tabs/labour.ts): `start`, then `again` while the result
 * says `more`, after the pause it asks for when another execution holds the work. Every result goes
 * to `seen`; returns the last.
 */
export function untilDone(
  school: School,
  start: () => unknown,
  again: () => unknown,
  seen: WorkResult[] = [],
): WorkResult {
  let result = start() as WorkResult;
  seen.push(result);
  while (result.more) {
    if (result.retryAfterMs) school.ws.clock.setNow(school.ws.clock.nowMillis() + result.retryAfterMs);
    result = again() as WorkResult;
    seen.push(result);
  }
  return result;
}

/**
 * Moves the clock to `to`, firing the time-driven triggers on the way. A trigger that fell due while
 * a long execution ran (sidebar calls of a minute each move the clock) fires as soon as it ended and
 * then keeps its period from there, as Google fires it regardless.
 */
export function advance(school: School, to: string | number): void {
  const now = school.ws.clock.nowMillis();
  for (const t of school.ws.script.triggers)
    if (t.eventType === 'CLOCK' && typeof t.next === 'number' && t.next < now) t.next = now;
  school.ws.script.advanceTo(to);
}

/** The next firing of the hourly trigger, and the clock left just after it (an execution lasts 6 minutes at most). */
export function nextFiring(school: School): void {
  advance(school, school.ws.clock.nowMillis());
  const next = Math.min(
    ...school.ws.script.triggers.filter((t) => t.eventType === 'CLOCK').map((t) => t.next ?? Infinity),
  );
  advance(school, next + 7 * 60_000);
}
