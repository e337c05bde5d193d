// The demo school the playground starts from is built by the real bundle: setup, the staff list, the
// request campaign, and form answers through the emulator's submit, so the add-on's own intake fills
// the banks. Needs build/ (npm test builds first).
import { buildDemo } from '../../dev/demo/build';
import { MENTOR_ANSWERS, REQUEST_ANSWERS, SCHOOL, TEACHERS, emailOf } from '../../dev/demo/school';
import type { Workspace } from 'apps-script-emulator';

function sheet(ws: Workspace, name: string): string[][] {
  const found = ws.sheets.snapshot(ws.activeSpreadsheetId as string).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.display;
}

function column(rows: string[][], header: string): string[] {
  const index = rows[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return rows.slice(1).map((r) => r[index]);
}

describe('the demo school', () => {
  let ws: Workspace;

  beforeAll(() => {
    ws = buildDemo().ws;
  });

  it('has an invented staff of about forty with unique addresses on the example domain', () => {
    expect(TEACHERS.length).toBeGreaterThanOrEqual(38);
    const emails = TEACHERS.map((t) => emailOf(t.login));
    expect(new Set(emails).size).toBe(emails.length);
    for (const t of TEACHERS) expect(t.name.split(' ')).toHaveLength(3);
    for (const e of emails) expect(e.endsWith('.example')).toBe(true);
  });

  it('lists every teacher in Педагоги', () => {
    const emails = column(sheet(ws, 'Педагоги'), 'Email').map((e) => e.toLowerCase());
    for (const t of TEACHERS) expect(emails).toContain(emailOf(t.login));
  });

  it('fills the mentee bank from the request form, one row per teacher who asked', () => {
    const emails = column(sheet(ws, 'Банк наставляемых'), 'Email').filter((e) => e !== '');
    expect(emails.sort()).toEqual(REQUEST_ANSWERS.map((a) => emailOf(a.login)).sort());
  });

  it('fills the mentor bank from the mentor questionnaire', () => {
    const emails = column(sheet(ws, 'Банк наставников'), 'Email').filter((e) => e !== '');
    expect(emails.sort()).toEqual(MENTOR_ANSWERS.map((a) => emailOf(a.login)).sort());
  });

  it('has the school, the director and the curator in Настройки', () => {
    const rows = sheet(ws, 'Настройки');
    const value = (name: string) => rows.find((r) => r[0] === name)?.[1];
    expect(value('Краткое наименование')).toBe(SCHOOL.shortName);
    expect(value('Директор (ФИО)')).toBe(SCHOOL.directorName);
    expect(value('Куратор (email)')).toBe(SCHOOL.curatorEmail);
  });

  it('starts in mid-September with the request form mailed to the staff', () => {
    const now = ws.clock.now().toISOString();
    expect(now.startsWith('2026-09-1')).toBe(true);
    expect(ws.mail.outbox.length).toBeGreaterThan(0);
  });

  it('ran every form answer through the add-on without a failure', () => {
    const intake = ws.script.runLog.filter((r) => r.eventType === 'ON_FORM_SUBMIT');
    expect(intake).toHaveLength(MENTOR_ANSWERS.length + REQUEST_ANSWERS.length);
    expect(intake.filter((r) => !r.ok)).toEqual([]);
  });

  it('survives a save and a load', () => {
    const restored = (ws.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    expect(
      restored.sheets.snapshot(restored.activeSpreadsheetId as string).sheets.map((s) => s.name),
    ).toEqual(ws.sheets.snapshot(ws.activeSpreadsheetId as string).sheets.map((s) => s.name));
  });
});
