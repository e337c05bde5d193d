// Mailings as resumable work on the strict emulator (latency clock, 6-minute executions, the daily
// mail quota): the monitoring questionnaires and the request form go out a few letters at a time
// over sidebar calls and hourly runs, each letter recorded before and after it goes (gas/mail.ts).
// Executions are killed before a letter, just after one (the 6-minute clock runs out right after
// MailApp.sendEmail returns), while the log is written and while the record is changed: every
// recipient ends with exactly one letter and «Журнал рассылок» with exactly one row per letter.
import type { SentMail } from '../../dev/emulator/mail';
import { latencyRule } from '../../dev/emulator/latency';
import {
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
  advance,
  nextFiring,
} from '../helpers/school';
import { seededRandom as prng } from '../../dev/random';

const QUESTIONNAIRE = 'Анкета мониторинга программы наставничества';
const REQUEST = /^Профессиональные запросы педагогов/;
const UNCONFIRMED = /^Отправка не подтверждена \(работа прервана в момент отправки\): /;
const EXCEEDED = /Exceeded maximum execution time/;

interface Result {
  message: string;
  progress?: { done: number; total: number; label: string };
  more?: boolean;
  retryAfterMs?: number;
}

function settings(school: School): void {
  school.app.saveSettings({
    schoolFullName:
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2»',
    schoolShortName: 'МБОУ «СОШ №2»',
    directorName: 'Кузнецов Игорь Викторович',
    curatorName: 'Петрова Анна Сергеевна',
  });
}

/** The sidebar's loop (src/client/work.ts): call, then continueWork while the result says `more`. */
function sidebar(school: School, start: () => unknown, kind: string, seen: Result[] = []): Result {
  let result = start() as Result;
  seen.push(result);
  while (result.more) {
    if (result.retryAfterMs) school.ws.clock.setNow(school.ws.clock.nowMillis() + result.retryAfterMs);
    result = school.app.continueWork(kind) as Result;
    seen.push(result);
  }
  return result;
}

/**
 * A school in May with `mentors` pairs of a mentor and two mentees each, the day's run done
 * (10:00, after the hourly trigger's morning run at 8:xx).
 */
function monitoringSchool(mentors: number, mailQuota = 1500): School {
  const school = newSchool({ mailQuota });
  setUp(school);
  settings(school);
  const { requests, mentors: mentorForm } = formIds(school);
  for (let i = 0; i < mentors; i++) {
    const m = `m${i}@school2.example`;
    school.ws.forms.submit(
      mentorForm.formId,
      mentorAnswers({ name: `Наставникова${i} Анна Петровна`, email: m }, ['Методика урока'], '2'),
      { email: m, account: m },
    );
    const mentees = [`a${i}@school2.example`, `b${i}@school2.example`];
    for (const t of mentees)
      school.ws.forms.submit(
        requests.formId,
        requestAnswers({ name: `Учителева ${t.slice(0, 3)} Мария Ивановна`, email: t }, ['Методика урока']),
        { email: t, account: t },
      );
    school.app.createPair({ mentorEmail: m, menteeEmails: mentees });
  }
  school.ws.asPerson(() => {
    // The order fixed the pairs (questionnaires go to the pairs in the order).
    const pairs = school.ss.getSheetByName('Пары и группы')!;
    const header = pairs.getRange(1, 1, 1, pairs.getLastColumn()).getValues()[0];
    pairs
      .getRange(2, header.indexOf('Приказ') + 1, mentors, 1)
      .setValues(Array.from({ length: mentors }, () => ['№ 45-о от 01.10.2026']));
    // No reminder of 6.1 falls in these days: the questionnaire's link goes by the mailing alone.
    const roadmap = school.ss.getSheetByName('Дорожная карта')!;
    const values = roadmap.getDataRange().getValues();
    const column = values[0].indexOf('Срок');
    values.forEach((row, i) => {
      if (row[0] === '6.1') roadmap.getRange(i + 1, column + 1).setValue('30.06');
    });
  });
  school.ws.clock.setNow('2027-05-10T08:00:00+03:00');
  advance(school, '2027-05-10T10:00:00+03:00');
  return school;
}

/** A school in September with `n` teachers in «Педагоги», no reminder of 2.1 or 3.1 due for weeks. */
function requestSchool(n: number, mailQuota = 1500): School {
  const school = newSchool({ now: '2026-09-02T10:00:00+03:00', mailQuota });
  setUp(school);
  settings(school);
  school.ws.asPerson(() => {
    const teachers = school.ss.getSheetByName('Педагоги')!;
    teachers
      .getRange(2, 1, n, 2)
      .setValues(
        Array.from({ length: n }, (_, i) => [`Учителев${i} Иван Петрович`, `t${i}@school2.example`]),
      );
    const roadmap = school.ss.getSheetByName('Дорожная карта')!;
    const values = roadmap.getDataRange().getValues();
    const column = values[0].indexOf('Срок');
    values.forEach((row, i) => {
      if (row[0] === '2.1' || row[0] === '3.1') roadmap.getRange(i + 1, column + 1).setValue('15.11');
    });
  });
  return school;
}

/** Letters by recipient, of those whose subject matches. */
function lettersTo(school: School, subject: string | RegExp): Map<string, SentMail[]> {
  const out = new Map<string, SentMail[]>();
  for (const m of school.ws.mail.outbox) {
    if (typeof subject === 'string' ? m.subject !== subject : !subject.test(m.subject)) continue;
    for (const to of m.recipients) out.set(to, [...(out.get(to) ?? []), m]);
  }
  return out;
}

/** «Журнал рассылок» rows whose key starts with `prefix`, by recipient. */
function logRows(school: School, prefix: string): Map<string, Array<Record<string, unknown>>> {
  const out = new Map<string, Array<Record<string, unknown>>>();
  for (const r of sheetRecords(school, 'Журнал рассылок')) {
    if (!String(r['Ключ']).startsWith(prefix)) continue;
    const to = String(r['Получатель']);
    out.set(to, [...(out.get(to) ?? []), r]);
  }
  return out;
}

function participants(mentors: number): string[] {
  return Array.from({ length: mentors }, (_, i) => [
    `m${i}@school2.example`,
    `a${i}@school2.example`,
    `b${i}@school2.example`,
  ]).flat();
}

/** Exactly one letter to each of `people`, none to anyone else; exactly one log row each. */
function expectOnceEach(school: School, people: string[], subject: string | RegExp, prefix: string): void {
  const letters = lettersTo(school, subject);
  expect([...letters.keys()].sort()).toEqual([...people].sort());
  expect([...letters.entries()].filter(([, l]) => l.length !== 1)).toEqual([]);
  const rows = logRows(school, prefix);
  expect([...rows.keys()].sort()).toEqual([...people].sort());
  expect([...rows.entries()].filter(([, r]) => r.length !== 1)).toEqual([]);
  // No key twice anywhere in the log.
  const keys = sheetRecords(school, 'Журнал рассылок').map((r) => String(r['Ключ']));
  expect(keys.length).toBe(new Set(keys).size);
}

function journal(school: School, action: string): string[] {
  return sheetRecords(school, 'Журнал')
    .filter((r) => r['Действие'] === action)
    .map((r) => String(r['Подробности']));
}

/** Kills the next matching execution just before its nth call named `call`. */
function killBefore(school: School, call: string, nth: number): () => boolean {
  let fired = false;
  school.ws.duringCall(
    call,
    () => {
      fired = true;
      school.ws.currentExecution()!.killed = true;
    },
    { nth },
  );
  return () => fired;
}

/**
 * Kills the execution just after its nth letter went: the 6-minute clock is set to run out exactly
 * as MailApp.sendEmail returns, so the next call (the record's confirmation) never happens.
 */
function killAfterLetter(school: School, nth: number): () => boolean {
  let fired = false;
  const { ws } = school;
  ws.duringCall(
    'MailApp.sendEmail',
    () => {
      fired = true;
      const execution = ws.currentExecution()!;
      ws.clock.setNow(execution.start + ws.options.maxExecutionMs - latencyRule('MailApp.sendEmail').ms);
    },
    { nth },
  );
  return () => fired;
}

describe('the monitoring questionnaires as resumable work', () => {
  it('go out over several sidebar calls of about a minute, with progress, each participant once', () => {
    const school = monitoringSchool(40);
    const from = school.ws.executions.finished.length;
    const seen: Result[] = [];
    const result = sidebar(school, () => school.app.sendQuestionnaires(), 'questionnaires', seen);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0].progress!.label).toMatch(/^Отправлено \d+ из 120 писем…$/);
    expect(seen[0].more).toBe(true);
    expect(result.message).toBe('Анкеты отправлены: 120.');
    const calls = school.ws.executions.finished
      .slice(from)
      .filter((e) => e.handler === 'sendQuestionnaires' || e.handler === 'continueWork');
    expect(calls.length).toBe(seen.length);
    for (const c of calls) expect(c.durationMs).toBeLessThanOrEqual(80_000);
    expectOnceEach(school, participants(40), QUESTIONNAIRE, 'monitoring|');
    expect(journal(school, 'Рассылка анкет мониторинга')).toEqual(['Анкеты отправлены: 120.']);
    // Asked again: nothing more goes.
    expect((school.app.sendQuestionnaires() as Result).message).toMatch(
      /^Анкеты отправлены: 0\. Уже получили ранее: 120 /,
    );
    expect(school.ws.properties.store('script')).toEqual({});
  });

  it('a sidebar closed half-way: the hourly run sends the rest', () => {
    const school = monitoringSchool(40);
    const first = school.app.sendQuestionnaires() as Result;
    expect(first.more).toBe(true);
    expect(school.app.getWork()).toEqual([
      expect.objectContaining({ kind: 'questionnaires', label: first.progress!.label }),
    ]);
    nextFiring(school);
    expect(school.app.getWork()).toEqual([]);
    expectOnceEach(school, participants(40), QUESTIONNAIRE, 'monitoring|');
  });
});

type Kill = [what: string, arm: (school: School, nth: number) => () => boolean, upTo: number];

/** Where a mailing's execution is killed, and how far into it (the nth such call). */
const KILLS: Kill[] = [
  ['before letter', (s, n) => killBefore(s, 'MailApp.sendEmail', n), 8],
  ['just after letter', (s, n) => killAfterLetter(s, n), 8],
  ['at the quota read', (s, n) => killBefore(s, 'MailApp.getRemainingDailyQuota', n), 8],
  ['at a property write', (s, n) => killBefore(s, 'Properties.setProperty', n), 20],
  ['at a property delete', (s, n) => killBefore(s, 'Properties.deleteProperty', n), 6],
  ['at a sheet write', (s, n) => killBefore(s, 'Range.setValues', n), 3],
  ['at the end of the log', (s, n) => killBefore(s, 'Sheet.getLastRow', n), 3],
  ['at a lock', (s, n) => killBefore(s, 'Lock.tryLock', n), 4],
];

/**
 * Runs a mailing to its end while killing executions at `count` points: a click, the sidebar
 * calling again, or an hourly run, each of which may be the one killed. Returns what was killed.
 */
function mailWithKills(
  school: School,
  kind: string,
  start: () => unknown,
  count: number,
  seed: number,
): { killed: string[]; afterLetter: number } {
  const random = prng(seed);
  const { ws, app } = school;
  const queued = () => (app.getWork() as Array<{ kind: string }>).some((w) => w.kind === kind);
  let started = false;
  const step = () => {
    try {
      if (!started || !queued()) {
        started = true;
        start();
      } else if (random() < 0.8) app.continueWork(kind);
      else nextFiring(school);
    } catch (e) {
      expect(String((e as Error).message)).toMatch(EXCEEDED);
      // The killed execution's hold on the school's work lasts until its 6 minutes are up.
      ws.clock.setNow(ws.clock.nowMillis() + 7 * 60_000);
    }
  };
  const killed: string[] = [];
  let afterLetter = 0;
  const order = [...KILLS].sort(() => random() - 0.5);
  while (order.length < count) order.push(KILLS[Math.floor(random() * KILLS.length)]);
  for (const [what, arm, upTo] of order.slice(0, count)) {
    const nth = 1 + Math.floor(random() * upTo);
    const fired = arm(school, nth);
    for (let i = 0; i < 12 && !fired(); i++) step();
    ws.clearHooks();
    if (!fired()) continue;
    killed.push(`${what} #${nth}`);
    if (what === 'just after letter') afterLetter++;
  }
  // Then no more kills: the work finishes.
  for (let i = 0; i < 40 && queued(); i++) step();
  expect(queued()).toBe(false);
  return { killed, afterLetter };
}

/**
 * A letter caught after it went and before its record said so (just after MailApp.sendEmail, or at
 * the record's write that follows) is logged as sent, marked unconfirmed, and named in «Журнал»,
 * never sent again; with no other mail from the account meanwhile, each of them did go.
 */
function expectUnconfirmed(school: School, atLeast: number): void {
  const unconfirmed = sheetRecords(school, 'Журнал рассылок').filter((r) =>
    UNCONFIRMED.test(String(r['Тема'])),
  );
  expect(unconfirmed.length).toBeGreaterThanOrEqual(atLeast);
  const named = journal(school, 'Письмо, возможно, не отправлено');
  expect(named).toHaveLength(unconfirmed.length);
  for (const row of unconfirmed) {
    expect(named.filter((line) => line.includes(`(${String(row['Получатель'])})`))).toHaveLength(1);
    expect(school.ws.mail.to(String(row['Получатель']))).toHaveLength(1);
  }
}

describe('killed at any point, a mailing sends each letter once', () => {
  it('the questionnaires: killed at 12 points, every participant gets exactly one letter and one log row', () => {
    const school = monitoringSchool(25);
    const { killed, afterLetter } = mailWithKills(
      school,
      'questionnaires',
      () => school.app.sendQuestionnaires(),
      12,
      20270510,
    );
    expect(killed.length).toBeGreaterThanOrEqual(10);
    expect(afterLetter).toBeGreaterThan(0);
    expect(
      school.ws.executions.finished.filter((e) => e.outcome === 'timeout').length,
    ).toBeGreaterThanOrEqual(killed.length);
    expectOnceEach(school, participants(25), QUESTIONNAIRE, 'monitoring|');
    expectUnconfirmed(school, afterLetter);
    expect((school.app.sendQuestionnaires() as Result).message).toMatch(/^Анкеты отправлены: 0\./);
    expect(school.ws.properties.store('script')).toEqual({});
  });

  it('the request form: killed at 12 points, every teacher gets exactly one letter and one log row', () => {
    const school = requestSchool(400);
    const { killed, afterLetter } = mailWithKills(
      school,
      'requests',
      () => school.app.sendRequestForm(),
      12,
      20260902,
    );
    expect(killed).toHaveLength(12);
    expect(afterLetter).toBeGreaterThan(0);
    const teachers = Array.from({ length: 400 }, (_, i) => `t${i}@school2.example`);
    expectOnceEach(school, teachers, REQUEST, 'campaign|2.1|');
    expectUnconfirmed(school, afterLetter);
    expect(school.ws.properties.store('script')).toEqual({});
  });

  it('each kind of point in turn, the same letter each time: before it, just after it, while it is logged', () => {
    for (const [what, arm] of KILLS) {
      const school = requestSchool(12);
      const fired = arm(school, 3);
      expect(() => school.app.sendRequestForm()).toThrow(EXCEEDED);
      expect(fired()).toBe(true);
      school.ws.clearHooks();
      school.ws.clock.setNow(school.ws.clock.nowMillis() + 7 * 60_000);
      const result = sidebar(school, () => school.app.sendRequestForm(), 'requests');
      expect([what, result.message]).toEqual([what, expect.stringMatching(/^Форма запросов/)]);
      const teachers = Array.from({ length: 12 }, (_, i) => `t${i}@school2.example`);
      expectOnceEach(school, teachers, REQUEST, 'campaign|2.1|');
      expect([what, school.ws.properties.store('script')]).toEqual([what, {}]);
    }
  });
});

describe('a letter whose sending cannot be confirmed', () => {
  it('killed just before it went, then other mail from the same account: it is not sent again but logged unconfirmed and named in «Журнал»; deleting its row sends it', () => {
    const school = monitoringSchool(4);
    killBefore(school, 'MailApp.sendEmail', 5);
    expect(() => school.app.sendQuestionnaires()).toThrow(EXCEEDED);
    school.ws.clearHooks();
    const sent = [...lettersTo(school, QUESTIONNAIRE).keys()];
    expect(sent).toHaveLength(4);
    // The same account sends other mail before the mailing goes on (another script, a reminder).
    school.ws.execute({ kind: 'editor', handler: 'otherScript' }, () =>
      (school.gas as unknown as { MailApp: GoogleAppsScript.Mail.MailApp }).MailApp.sendEmail(
        'someone@school2.example',
        'Другое письмо',
        'Текст',
      ),
    );
    school.ws.clock.setNow(school.ws.clock.nowMillis() + 7 * 60_000);
    const result = sidebar(school, () => school.app.sendQuestionnaires(), 'questionnaires');
    expect(result.message).toBe('Анкеты отправлены: 12.');
    const letters = lettersTo(school, QUESTIONNAIRE);
    const missing = participants(4).filter((p) => !letters.has(p));
    expect(missing).toHaveLength(1);
    expect([...letters.values()].every((l) => l.length === 1)).toBe(true);
    const row = logRows(school, 'monitoring|').get(missing[0])!;
    expect(row).toHaveLength(1);
    expect(String(row[0]['Тема'])).toMatch(UNCONFIRMED);
    expect(journal(school, 'Письмо, возможно, не отправлено')).toEqual([
      expect.stringContaining(`(${missing[0]})`),
    ]);
    // The curator deletes its row: the next mailing sends it, once.
    school.ws.asPerson(() => {
      const sheet = school.ss.getSheetByName('Журнал рассылок')!;
      const values = sheet.getDataRange().getValues();
      const at = values.findIndex((r) => String(r[1]).startsWith('monitoring|') && r[2] === missing[0]);
      sheet.deleteRow(at + 1);
    });
    expect((school.app.sendQuestionnaires() as Result).message).toBe('Анкеты отправлены: 1.');
    expectOnceEach(school, participants(4), QUESTIONNAIRE, 'monitoring|');
  });

  it('the daily run killed just after its digest went: the run goes again at the next firing and does not send it twice', () => {
    const school = newSchool({ now: '2026-08-31T12:00:00+03:00' });
    setUp(school);
    settings(school);
    const digests = () => school.ws.mail.outbox.filter((m) => /^Наставничество:/.test(m.subject));
    school.ws.duringCall(
      'MailApp.sendEmail',
      () => {
        const execution = school.ws.currentExecution()!;
        school.ws.clock.setNow(
          execution.start + school.ws.options.maxExecutionMs - latencyRule('MailApp.sendEmail').ms,
        );
      },
      { handler: 'dailyRunTrigger' },
    );
    advance(school, '2026-09-01T12:00:00+03:00');
    expect(school.ws.executions.finished.filter((e) => e.outcome === 'timeout')).toHaveLength(1);
    advance(school, '2026-09-02T07:00:00+03:00');
    expect(digests().map((m) => m.sentAt.slice(0, 10))).toEqual(['2026-09-01']);
    const rows = sheetRecords(school, 'Журнал рассылок').filter((r) =>
      String(r['Ключ']).startsWith('digest|'),
    );
    expect(rows).toHaveLength(1);
    expect(String(rows[0]['Тема'])).toMatch(UNCONFIRMED);
  });
});

describe('the daily mail quota runs out', () => {
  it('the curator reads what is left and when it goes; the rest goes the next days after the reminders, each once', () => {
    const school = monitoringSchool(25, 30);
    const seen: Result[] = [];
    const first = sidebar(school, () => school.app.sendQuestionnaires(), 'questionnaires', seen);
    const sentToday = lettersTo(school, QUESTIONNAIRE).size;
    expect(sentToday).toBeGreaterThan(20);
    expect(sentToday).toBeLessThanOrEqual(30);
    expect(first.message).toBe(
      `Отправлено ${sentToday} из 75: лимит Google на отправку писем на сегодня исчерпан. Остальные ${75 - sentToday} уйдут автоматически в следующие дни, после 8:00.`,
    );
    expect(first.more).toBe(false);
    // Asking again the same day sends nothing and says the same.
    expect((school.app.sendQuestionnaires() as Result).message).toMatch(
      new RegExp(`^Отправлено ${sentToday} из 75: лимит Google`),
    );
    expect(lettersTo(school, QUESTIONNAIRE).size).toBe(sentToday);
    expect(school.app.getWork()).toEqual([
      expect.objectContaining({
        kind: 'questionnaires',
        label: `Отправлено ${sentToday} из 75 писем…`,
        waiting: true,
      }),
    ]);

    advance(school, '2027-05-11T12:00:00+03:00');
    const secondDay = lettersTo(school, QUESTIONNAIRE).size;
    expect(secondDay).toBeGreaterThan(sentToday);
    advance(school, '2027-05-14T12:00:00+03:00');
    expect(school.app.getWork()).toEqual([]);
    expectOnceEach(school, participants(25), QUESTIONNAIRE, 'monitoring|');
    // Over three days, within the quota each day, the day's digest (sent first) included.
    const days = (list: SentMail[]) => new Set(list.map((m) => m.sentAt.slice(0, 10)));
    expect([...days([...lettersTo(school, QUESTIONNAIRE).values()].flat())].sort()).toEqual([
      '2027-05-10',
      '2027-05-11',
      '2027-05-12',
    ]);
    const perDay = new Map<string, number>();
    for (const m of school.ws.mail.outbox)
      perDay.set(m.sentAt.slice(0, 10), (perDay.get(m.sentAt.slice(0, 10)) ?? 0) + m.recipients.length);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(30);
    expect(journal(school, 'Рассылка анкет мониторинга')).toContain('Анкеты отправлены: 75.');
  });
});
