// Builds the demo school by driving the real bundle on a fresh Workspace, the way the school would:
// the curator creates the spreadsheet and runs setup, types the settings and the staff list, emails
// the request form; over the next days mentors fill their questionnaire and teachers send requests
// (each through the emulator's form submit, so the add-on's own intake fills the banks), while the
// daily trigger runs as it would.
import { createWorkspace, type Workspace } from '../workspace';
import { loadBundle, BUILD_DIR, type Bundle } from '../bundle';
import { MENTORS_TITLE, REQUEST_ITEMS, REQUESTS_TITLE } from '../../src/server/intake/forms';
import {
  DEMO_START,
  MENTOR_ANSWERS,
  REQUEST_ANSWERS,
  SCHOOL,
  SETTINGS,
  TEACHERS,
  emailOf,
  mentorResponse,
  requestResponse,
} from './school';

/** The demo begins with setup on the first school day, before DEMO_START. */
const SETUP_AT = '2026-09-01T10:15:00+03:00';

export interface Demo {
  ws: Workspace;
  bundle: Bundle;
}

function sheetByName(ws: Workspace, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const ss = ws.sheets.get(ws.activeSpreadsheetId as string);
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`demo: setup did not create the sheet «${name}»`);
  return sheet;
}

/** Types each setting's value into Настройки, in the row whose Параметр names it. */
function fillSettings(ws: Workspace): void {
  const sheet = sheetByName(ws, 'Настройки');
  const values = sheet.getDataRange().getValues();
  const header = values[0].map(String);
  const nameCol = header.indexOf('Параметр');
  const valueCol = header.indexOf('Значение');
  if (nameCol < 0 || valueCol < 0) throw new Error('demo: Настройки has no Параметр/Значение columns');
  for (const [name, value] of Object.entries(SETTINGS)) {
    const row = values.findIndex((r) => String(r[nameCol]).trim() === name);
    if (row < 0) throw new Error(`demo: Настройки has no row «${name}»`);
    ws.sheets.editCell(sheet, row + 1, valueCol + 1, value);
  }
}

/** Pastes the staff list under Педагоги's headers, column by header name. */
function fillTeachers(ws: Workspace): void {
  const sheet = sheetByName(ws, 'Педагоги');
  const header = sheet
    .getRange(1, 1, 1, Math.max(1, sheet.getLastColumn()))
    .getValues()[0]
    .map((h) => String(h));
  const fields: Record<string, (t: (typeof TEACHERS)[number]) => string | number> = {
    ФИО: (t) => t.name,
    Email: (t) => emailOf(t.login),
    Должность: (t) => t.position,
    Предмет: (t) => t.subject,
    'Стаж (лет)': (t) => t.experience,
    Категория: (t) => t.category,
  };
  for (const name of Object.keys(fields)) {
    if (!header.includes(name)) throw new Error(`demo: Педагоги has no column «${name}»`);
  }
  const rows = TEACHERS.map((t) => header.map((h) => (fields[h] ? fields[h](t) : '')));
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, header.length).setValues(rows);
}

function formId(ws: Workspace, title: string): string {
  const entry = [...ws.drive.values()].find((e) => e.kind === 'form' && !e.trashed && e.name === title);
  if (!entry) throw new Error(`demo: setup did not create the form «${title}»`);
  return entry.id;
}

/** Working days after setup on which the answers come in, and the hour of the i-th of the day. */
const ANSWER_DAYS = ['2026-09-02', '2026-09-03', '2026-09-04', '2026-09-07', '2026-09-08', '2026-09-09'];

function answerTime(index: number, total: number): string {
  const perDay = Math.ceil(total / ANSWER_DAYS.length);
  const day = ANSWER_DAYS[Math.floor(index / perDay)];
  const k = index % perDay;
  const hour = String(9 + 2 * k).padStart(2, '0');
  const minute = String((index * 17 + 5) % 60).padStart(2, '0');
  return `${day}T${hour}:${minute}:00+03:00`;
}

export function buildDemo(options: { buildDir?: string } = {}): Demo {
  const buildDir = options.buildDir ?? BUILD_DIR;
  const ws = createWorkspace({ now: SETUP_AT, user: SCHOOL.curatorEmail, bundleDir: buildDir });
  ws.createSpreadsheet(SCHOOL.spreadsheetName);
  const bundle = loadBundle(ws, buildDir);

  bundle.setupWorkbook();
  ws.calls.quietly(() => {
    fillSettings(ws);
    fillTeachers(ws);
  });
  bundle.sendRequestForm();

  // Mentors answer over the first days, then the requests come in; the daily run fires on the way.
  const mentorsForm = formId(ws, MENTORS_TITLE);
  const requestsForm = formId(ws, REQUESTS_TITLE);
  const answers = [
    ...MENTOR_ANSWERS.map((a) => ({ form: mentorsForm, login: a.login, named: mentorResponse(a) })),
    ...REQUEST_ANSWERS.map((a) => ({ form: requestsForm, login: a.login, named: requestResponse(a) })),
  ];
  answers.forEach((a, i) => {
    ws.script.advanceTo(answerTime(i, answers.length));
    // The forms record the signed-in account's verified address (no typed email question).
    const named = { ...a.named };
    delete named[REQUEST_ITEMS.email];
    ws.forms.submit(a.form, named, { account: emailOf(a.login) });
  });
  ws.script.advanceTo(DEMO_START);
  return { ws, bundle };
}
