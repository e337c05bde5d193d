// Long work on the strict emulator (latency clock, 6-minute executions, daily quotas): programmes and
// consent forms for a school of 150 teachers and 110 pairs over several executions — the sidebar
// calling again, the hourly trigger picking it up, executions killed at random points — and a
// request mailing to 300 teachers on a quota of 100 recipients a day.
import type { WorkspaceOptions } from 'apps-script-emulator';
import type { DriveEntry } from 'apps-script-emulator/core';
import {
  answerQuestionnaires,
  consentEveryone,
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
  advance,
  nextFiring,
  untilDone,
} from '../helpers/school';
import { seededRandom as prng } from '../../dev/random';

const MENTORS = 40;
const PAIRS = 110;
const YEAR = '2026/2027';

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
    city: 'Сосногорск',
    directorName: 'Кузнецов Игорь Викторович',
    curatorName: 'Петрова Анна Сергеевна',
  });
}

/**
 * Every pair, ticked by the curator: programmes go by themselves only to pairs in an order (issue
 * #17, item 4), and these pairs have none yet.
 */
const ALL_PAIRS = Array.from({ length: PAIRS }, (_, i) => `НП-2026-${String(i + 1).padStart(2, '0')}`);

/** A teacher answers a form signed in with their own account (forms may collect verified emails). */
function answer(
  school: School,
  formId: string,
  email: string,
  answers: Record<string, string | string[]>,
): void {
  school.ws.forms.submit(formId, answers, { email, account: email });
}

/** 40 mentors and 110 teachers asking for one (150 teachers), each of the 110 in a pair. */
function school110(options: WorkspaceOptions = {}): School {
  const school = newSchool(options);
  setUp(school);
  settings(school);
  const { requests, mentors } = formIds(school);
  for (let i = 0; i < MENTORS; i++) {
    const email = `m${i}@school2.example`;
    answer(
      school,
      mentors.formId,
      email,
      mentorAnswers({ name: `Наставникова${i} Анна Петровна`, email }, ['Методика урока'], '3'),
    );
  }
  for (let i = 0; i < PAIRS; i++) {
    const email = `t${i}@school2.example`;
    answer(
      school,
      requests.formId,
      email,
      requestAnswers({ name: `Учителева${i} Мария Ивановна`, email }, ['Методика урока']),
    );
  }
  for (let i = 0; i < PAIRS; i++)
    school.app.createPair({
      mentorEmail: `m${i % MENTORS}@school2.example`,
      menteeEmails: [`t${i}@school2.example`],
    });
  return school;
}

const idOf = (url: unknown) => /\/d\/([-\w]+)/.exec(String(url))?.[1] ?? '';

/** The documents (not PDFs, not trashed) in the school year's folder. */
function folderDocs(school: School): DriveEntry[] {
  const folder = [...school.ws.drive.values()].find(
    (e) => e.kind === 'folder' && e.name === YEAR && !e.trashed,
  )!;
  return [...school.ws.drive.values()].filter(
    (e) => e.kind === 'document' && !e.trashed && e.parents.includes(folder.id),
  );
}

function trashedDocs(school: School): DriveEntry[] {
  return [...school.ws.drive.values()].filter((e) => e.kind === 'document' && e.trashed);
}

/**
 * Exactly one programme per pair and one consent form per participant in the folder; every register
 * row opens a file that is not in the bin; every file has exactly one row; every pair's «Программа»
 * is its registered programme.
 */
function expectConsistent(school: School, programmes: number, consents: number): void {
  const docs = folderDocs(school);
  const register = sheetRecords(school, 'Документы');
  const rowsOf = (type: string) => register.filter((r) => r['Тип'] === type);
  expect(rowsOf('Программа')).toHaveLength(programmes);
  expect(rowsOf('Согласие')).toHaveLength(consents);
  // Besides the documents, the print packs of the runs (issue #20), each with its row.
  expect(docs.filter((d) => !/для печати/.test(d.name))).toHaveLength(programmes + consents);
  // No row pointing nowhere.
  for (const row of register) {
    const entry = school.ws.drive.get(idOf(row['Ссылка']));
    expect(entry && !entry.trashed ? entry.name : `missing: ${String(row['Название'])}`).toBe(
      row['Название'],
    );
  }
  // No document without its row, none with two.
  const byLink = new Map<string, number>();
  for (const row of register) byLink.set(idOf(row['Ссылка']), (byLink.get(idOf(row['Ссылка'])) ?? 0) + 1);
  for (const d of docs) expect([d.name, byLink.get(d.id) ?? 0]).toEqual([d.name, 1]);
  // One per pair and one per participant (the names carry the pair and the person).
  expect(new Set(docs.map((d) => d.name)).size).toBe(docs.length);
  const pairs = sheetRecords(school, 'Пары и группы');
  const programmeIds = new Set(rowsOf('Программа').map((r) => idOf(r['Ссылка'])));
  for (const p of pairs) expect(programmeIds.has(idOf(p['Программа']))).toBe(programmes > 0);
  for (const id of pairs.map((p) => String(p['ID'])))
    expect(rowsOf('Согласие').filter((r) => r['Номер'] === id)).toHaveLength(consents > 0 ? 2 : 0);
}

/** The sidebar's loop (src/client/work.ts): call, then continueWork while the result says `more`. */
const sidebar = (school: School, start: () => unknown, kind: string, seen: Result[] = []): Result =>
  untilDone(school, start, () => school.app.continueWork(kind), seen);

function executionsSince(school: School, from: number) {
  return school.ws.executions.finished.slice(from);
}

describe('programmes and consent forms for 110 pairs', () => {
  it('through the sidebar calling again: about a minute a call, progress each time, one document per pair and per participant', () => {
    const school = school110();
    const from = school.ws.executions.finished.length;
    const seen: Result[] = [];
    const done = sidebar(school, () => school.app.generateProgrammes(ALL_PAIRS), 'programmes', seen);
    // The run ends with its print pack (issue #20): one document and one PDF of the 110 programmes.
    expect(done.message).toMatch(/^Программы созданы: 110\. Для печати — все 110 в одном PDF: https:\/\//);
    // Several executions, each about a minute, each showing how far it got.
    const calls = executionsSince(school, from);
    expect(calls.length).toBeGreaterThanOrEqual(8);
    for (const c of calls) {
      expect(c.outcome).toBe('ok');
      expect(c.durationMs).toBeLessThan(90_000);
    }
    const labels = seen.filter((r) => r.more).map((r) => r.progress!.label);
    expect(labels[0]).toMatch(/^Создано \d+ из 110 программ…$/);
    const counts = seen.filter((r) => r.more).map((r) => r.progress!.done);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Each call shows more made, but for the calls that assemble the print pack once every
    // programme is made (issue #20): they show the last count again.
    const making = counts.filter((c) => c < counts[counts.length - 1]);
    expect(new Set(making).size).toBe(making.length);
    // Those calls say how far the pack is, so a long assembly (a district's takes dozens of calls)
    // does not look stuck.
    const held = seen
      .filter((r) => r.more)
      .map((r) =>
        /^Создано \d+ из 110 программ… Собираем файл для печати: (\d+) из 110\.$/.exec(r.progress!.label),
      )
      .filter((m) => m !== null)
      .map((m) => Number(m[1]));
    expect(held.length).toBeGreaterThan(0);
    expect(held).toEqual([...held].sort((a, b) => a - b));
    expect(held[held.length - 1]).toBeLessThanOrEqual(110);
    expect(seen.every((r) => r.message === r.progress!.label || !r.more)).toBe(true);

    // 110 programmes, their print pack and the templates leave the rest of the 250 documents a day
    // to the consent forms: they stop there and say what is left and when it goes on.
    const consents = sidebar(school, () => school.app.generateConsentForms([]), 'consents', []);
    const left =
      /^Осталось (\d+) бланк\S* согласи\S*: лимит Google на создание документов на сегодня исчерпан, продолжим завтра после 8:00 автоматически\.$/.exec(
        consents.message,
      );
    expect(left).not.toBeNull();
    const waiting = Number(left![1]);
    // The day's 250 documents are all used: the templates, the programmes, their print pack and
    // the consent forms.
    const docs = [...school.ws.drive.values()].filter((e) => e.kind === 'document');
    expect(docs).toHaveLength(250);
    expect(docs.filter((e) => /^Программы наставничества для печати/.test(e.name))).toHaveLength(1);
    const work = school.app.getWork() as Array<{ label: string; note: string; waiting: boolean }>;
    expect(work).toEqual([
      expect.objectContaining({ label: `Создано ${220 - waiting} из 220 бланков согласий…`, waiting: true }),
    ]);
    const overview = school.app.getDocumentsOverview() as { work: Array<{ label: string }> };
    expect(overview.work.map((w) => w.label)).toEqual([`Создано ${220 - waiting} из 220 бланков согласий…`]);
    // The next morning the hourly trigger finishes them after the day's reminders.
    advance(school, '2026-09-02T12:00:00+03:00');
    expect(school.ws.script.failures).toEqual([]);
    expect(school.app.getWork()).toEqual([]);
    expectConsistent(school, PAIRS, 2 * PAIRS);
    const finished = sheetRecords(school, 'Документы').filter((r) => r['Тип'] === 'Согласие');
    const late = finished.filter(
      (r) => new Date(r['Создан'] as string) > new Date('2026-09-02T08:00:00+03:00'),
    );
    expect(late).toHaveLength(waiting);
  });

  it('through the hourly trigger once the sidebar is closed: executions under the limit, the quota respected', () => {
    const school = school110();
    school.app.generateProgrammes(ALL_PAIRS);
    school.app.generateConsentForms([]);
    const from = school.ws.executions.finished.length;
    advance(school, '2026-09-02T12:00:00+03:00');
    const runs = executionsSince(school, from).filter((e) => e.handler === 'dailyRunTrigger');
    expect(school.ws.script.failures).toEqual([]);
    const working = runs.filter((r) => r.durationMs > 5_000);
    expect(working.length).toBeGreaterThanOrEqual(4);
    for (const r of runs) expect(r.durationMs).toBeLessThanOrEqual(5 * 60_000 + 20_000);
    // An idle firing reads a few properties and opens nothing (opening the spreadsheet alone takes
    // 0.8 s on the latency model).
    const idle = runs.filter((r) => r.durationMs <= 5_000);
    expect(idle.length).toBeGreaterThan(10);
    expect(Math.max(...idle.map((r) => r.durationMs))).toBeLessThan(800);
    expectConsistent(school, PAIRS, 2 * PAIRS);
    const journal = sheetRecords(school, 'Журнал').map((r) => String(r['Подробности']));
    // Each run ends with its print pack (issue #20).
    expect(
      journal.filter((l) => l.startsWith('Программы созданы: 110. Для печати — все 110 в одном PDF:')),
    ).toHaveLength(1);
    expect(
      journal.filter((l) =>
        l.startsWith(
          'Бланки согласий созданы: 220 — распечатайте и передайте на подпись. Для печати — все 220',
        ),
      ),
    ).toHaveLength(1);
  });
});

/** Where an execution can be killed, and how far into it (the nth such call). */
const KILL_POINTS: Array<[call: string, upTo: number]> = [
  // A document: its template read, the copy, its id, the one batch that fills it; a print pack:
  // its steps' batches and reads, its PDF (issue #20).
  ['File.makeCopy', 8],
  ['File.getId', 8],
  ['Docs.Documents.get', 6],
  ['Docs.Documents.batchUpdate', 120],
  ['Folder.createFile', 2],
  ['Properties.setProperty', 30],
  ['Properties.deleteProperty', 4],
  ['Range.setValues', 4],
  ['Range.getValues', 6],
  ['Lock.tryLock', 6],
];

describe('killed at 20 random points', () => {
  it('ends with no duplicate, no orphan document and no row pointing nowhere', () => {
    const school = school110({ docsQuota: 1500 });
    const random = prng(20260901);
    const { ws, app } = school;
    const programmesDone = () =>
      sheetRecords(school, 'Пары и группы').every((p) => String(p['Программа']) !== '');
    const consentsDone = () =>
      sheetRecords(school, 'Документы').filter((r) => r['Тип'] === 'Согласие').length === 2 * PAIRS;
    const queued = () => (app.getWork() as Array<{ kind: string }>).map((w) => w.kind);
    /** One step of a curator and a clock: a click, a call again, or an hour of the trigger. */
    const step = () => {
      const kind = !programmesDone() ? 'programmes' : 'consents';
      const roll = random();
      try {
        if (!queued().includes(kind)) {
          if (kind === 'programmes') app.generateProgrammes(ALL_PAIRS);
          else app.generateConsentForms([]);
        } else if (roll < 0.5) app.continueWork(kind);
        else nextFiring(school);
      } catch (e) {
        expect(String((e as Error).message)).toMatch(/Exceeded maximum execution time/);
      }
    };
    const killed: string[] = [];
    // Every kind of point once, in a random order, then random ones.
    const order = [...KILL_POINTS].sort(() => random() - 0.5);
    while (order.length < 20) order.push(KILL_POINTS[Math.floor(random() * KILL_POINTS.length)]);
    for (let k = 0; k < 20 && !(programmesDone() && consentsDone()); k++) {
      const [call, upTo] = order[k];
      const nth = 1 + Math.floor(random() * upTo);
      let fired = false;
      ws.duringCall(
        call,
        () => {
          fired = true;
          killed.push(`${ws.currentExecution()!.handler} at ${call} #${nth}`);
          ws.currentExecution()!.killed = true;
        },
        { nth },
      );
      for (let i = 0; i < 20 && !fired && !(programmesDone() && consentsDone()); i++) step();
      ws.clearHooks();
    }
    // A document takes a handful of calls now (issue #20): the work may be done before 20 kills.
    expect(killed.length).toBeGreaterThanOrEqual(10);
    expect(killed.some((k) => k.startsWith('dailyRunTrigger'))).toBe(true);
    expect(killed.some((k) => k.startsWith('continueWork') || k.startsWith('generate'))).toBe(true);
    // Then no more kills: the work finishes by itself and through the sidebar.
    for (let i = 0; i < 200 && !(programmesDone() && consentsDone() && queued().length === 0); i++) step();
    expect(ws.executions.finished.filter((e) => e.outcome === 'timeout').length).toBeGreaterThanOrEqual(
      killed.length,
    );
    expectConsistent(school, PAIRS, 2 * PAIRS);
    // Some kills caught a document half-made: it went to the bin and was made again.
    expect(trashedDocs(school).length).toBeGreaterThan(0);
    expect(ws.properties.store('script')).toEqual({});
  });
});

/** A small school: three pairs, everyone's consent recorded. */
function school3(): School {
  const school = newSchool();
  setUp(school);
  settings(school);
  const { requests, mentors } = formIds(school);
  for (let i = 0; i < 3; i++) {
    const [m, t] = [`m${i}@school2.example`, `t${i}@school2.example`];
    answer(
      school,
      mentors.formId,
      m,
      mentorAnswers({ name: `Наставникова${i} Анна Петровна`, email: m }, ['Методика урока'], '1'),
    );
    answer(
      school,
      requests.formId,
      t,
      requestAnswers({ name: `Учителева${i} Мария Ивановна`, email: t }, ['Методика урока']),
    );
    school.app.createPair({ mentorEmail: `m${i}@school2.example`, menteeEmails: [`t${i}@school2.example`] });
  }
  school.ws.clock.setNow('2026-09-25T10:00:00+03:00');
  consentEveryone(school, '2026-09-25');
  return school;
}

/** Kills the next execution at the nth call named `call`. */
function killAt(school: School, call: string, nth = 1): void {
  school.ws.duringCall(call, () => void (school.ws.currentExecution()!.killed = true), { nth });
}

const live = (school: School, name: RegExp) =>
  [...school.ws.drive.values()].filter((e) => !e.trashed && name.test(e.name));

describe('the order and the analytical note, one unit each', () => {
  it('an order killed after its document was filled, before its PDF: the retry goes on with it and leaves one order, one PDF, one row', () => {
    const school = school3();
    killAt(school, 'File.getAs');
    expect(() => school.app.generateOrder({ number: '45-о', date: '2026-10-01' })).toThrow(
      /Exceeded maximum execution time/,
    );
    // The filled order exists, with no row.
    const [filled] = live(school, /^Приказ № 45-о/);
    expect(live(school, /^Приказ № 45-о/)).toHaveLength(1);
    expect(sheetRecords(school, 'Документы')).toHaveLength(0);
    // The killed run's hold on the school's work lasts until its 6 minutes are up: the sidebar waits.
    const seen: Result[] = [];
    const result = sidebar(
      school,
      () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }),
      'order',
      seen,
    );
    expect(seen[0].message).toMatch(/Работа идёт в другом сеансе/);
    expect(result.message).toMatch(
      /^Создан «Приказ № 45-о от 01\.10\.2026 о закреплении наставнических пар» \(пар: 3\)/,
    );
    // Its fill is recorded with the revision it left (issue #20): the retry makes only the PDF.
    expect(result.message).not.toMatch(/удалён в корзину/);
    const register = sheetRecords(school, 'Документы');
    expect(register.map((r) => r['Тип'])).toEqual(['Приказ']);
    expect(idOf(register[0]['Ссылка'])).toBe(filled.id);
    expect(
      live(school, /^Приказ № 45-о/)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['blob', 'document']);
    expect(idOf(register[0]['Ссылка'])).toBe(
      live(school, /^Приказ № 45-о/).find((e) => e.kind === 'document')!.id,
    );
    expect(sheetRecords(school, 'Пары и группы').map((p) => p['Приказ'])).toEqual(
      Array(3).fill('№ 45-о от 01.10.2026'),
    );
  });

  it('an order killed as its row was being written: the retry writes the row once, makes no second order', () => {
    const school = school3();
    killAt(school, 'Range.setValues');
    expect(() => school.app.generateOrder({ number: '7', date: '2026-10-01' })).toThrow(/Exceeded/);
    expect(sheetRecords(school, 'Документы')).toHaveLength(0);
    // The order was made and recorded before the kill: the retry writes its row, and makes no other.
    const result = sidebar(
      school,
      () => school.app.generateOrder({ number: '7', date: '2026-10-01' }),
      'order',
    );
    expect(result.message).toMatch(/^Создан «Приказ № 7 от 01\.10\.2026/);
    expect(sheetRecords(school, 'Документы')).toHaveLength(1);
    expect(live(school, /^Приказ № 7 /).filter((e) => e.kind === 'document')).toHaveLength(1);
    expect(() => school.app.generateOrder({ number: '7', date: '2026-10-01' })).toThrow(
      /Приказ № 7 уже есть/,
    );
  });

  it('a note killed while still in My Drive, before it was moved: the retry bins it and makes one note', () => {
    const school = school3();
    // Questionnaires go to pairs in an order (issue #17, item 4).
    school.app.generateOrder({ number: '45-о', date: '2026-09-25' });
    school.ws.clock.setNow('2027-05-10T10:00:00+03:00');
    school.app.sendQuestionnaires();
    answerQuestionnaires(school);
    killAt(school, 'File.moveTo');
    expect(() => school.app.generateAnalyticalNote()).toThrow(/Exceeded/);
    expect(live(school, /^Аналитическая справка/)).toHaveLength(1);
    const result = sidebar(school, () => school.app.generateAnalyticalNote(), 'note');
    expect(result.message).toMatch(/^Создана «Аналитическая справка по итогам мониторинга 2026-2027»/);
    const notes = live(school, /^Аналитическая справка/);
    // The note has no PDF (PDFs are made for the order and print packs, issue #20).
    expect(notes.map((e) => e.kind).sort()).toEqual(['document']);
    expect(
      sheetRecords(school, 'Документы').filter((r) => r['Тип'] === 'Аналитическая справка'),
    ).toHaveLength(1);
  });
});

describe('the daily run under the hourly trigger', () => {
  it('a daily run killed before its first letter runs again at the next firing: the digest comes that day, once', () => {
    const school = newSchool({ now: '2026-08-31T12:00:00+03:00' });
    setUp(school);
    settings(school);
    const digests = () => school.ws.mail.outbox.filter((m) => /^Наставничество:/.test(m.subject));
    school.ws.duringCall('MailApp.sendEmail', () => void (school.ws.currentExecution()!.killed = true), {
      handler: 'dailyRunTrigger',
    });
    advance(school, '2026-09-01T12:00:00+03:00');
    expect(school.ws.executions.finished.filter((e) => e.outcome === 'timeout')).toHaveLength(1);
    expect(digests().map((m) => m.sentAt.slice(0, 10))).toEqual(['2026-09-01']);
    // Later firings that day and the next morning's run send it no more.
    advance(school, '2026-09-02T07:00:00+03:00');
    expect(digests()).toHaveLength(1);
    const runs = school.ws.executions.finished.filter((e) => e.handler === 'dailyRunTrigger');
    expect(runs.filter((r) => r.durationMs > 5_000)).toHaveLength(2);
  });
});

/** A school of `n` teachers in «Педагоги» (set up on 2 September, after that morning's run). */
function teachersSchool(n: number): School {
  const school = newSchool({ now: '2026-09-02T10:00:00+03:00', mailQuota: 100 });
  setUp(school);
  settings(school);
  const teachers = school.ss.getSheetByName('Педагоги')!;
  school.ws.calls.quietly(() =>
    teachers
      .getRange(2, 1, n, 2)
      .setValues(
        Array.from({ length: n }, (_, i) => [`Учителев${i} Иван Петрович`, `t${i}@school2.example`]),
      ),
  );
  return school;
}

/** Letters carrying the request form (the mailing's, or the morning run's reminder of it), by teacher and by day. */
function formLetters(school: School): { byTeacher: Map<string, number>; perDay: Array<[string, number]> } {
  const letters = school.ws.mail.outbox.filter((m) =>
    /^(Напоминание: «)?Профессиональные запросы педагогов/.test(m.subject),
  );
  const byTeacher = new Map<string, number>();
  const perDay = new Map<string, number>();
  for (const m of letters) {
    for (const to of [m.to].flat()) byTeacher.set(to, (byTeacher.get(to) ?? 0) + 1);
    perDay.set(m.sentAt.slice(0, 10), (perDay.get(m.sentAt.slice(0, 10)) ?? 0) + 1);
  }
  return { byTeacher, perDay: [...perDay.entries()].sort() };
}

describe('a request mailing to 300 teachers on 100 recipients a day', () => {
  it('each gets exactly one letter over three days, and the sidebar says how many are left', () => {
    const school = teachersSchool(300);
    // No reminder of 2.1 or 3.1 falls in these days: the quota is the mailing's alone.
    school.ws.asPerson(() => {
      const roadmap = school.ss.getSheetByName('Дорожная карта')!;
      const values = roadmap.getDataRange().getValues();
      const column = values[0].indexOf('Срок');
      values.forEach((row, i) => {
        if (row[0] === '2.1' || row[0] === '3.1') roadmap.getRange(i + 1, column + 1).setValue('15.11');
      });
    });
    const seen: Result[] = [];
    const first = sidebar(school, () => school.app.sendRequestForm(), 'requests', seen);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0].progress!.label).toMatch(/^Отправлено \d+ из 300 писем…$/);
    expect(first.message).toBe(
      'Отправлено 100 из 300: лимит Google на отправку писем на сегодня исчерпан. Остальные 200 уйдут автоматически в следующие дни, после 8:00.',
    );
    // Asking again the same day sends nothing more and says the same.
    expect((school.app.sendRequestForm() as Result).message).toMatch(/^Отправлено 100 из 300:/);
    expect(formLetters(school).byTeacher.size).toBe(100);

    advance(school, '2026-09-03T12:00:00+03:00');
    expect(school.app.getWork()).toEqual([
      expect.objectContaining({
        label: 'Отправлено 200 из 300 писем…',
        note: 'Отправлено 200 из 300: лимит Google на отправку писем на сегодня исчерпан. Остальные 100 уйдут автоматически в следующие дни, после 8:00.',
      }),
    ]);
    advance(school, '2026-09-05T12:00:00+03:00');
    expect(school.app.getWork()).toEqual([]);
    const { byTeacher, perDay } = formLetters(school);
    expect(byTeacher.size).toBe(300);
    expect([...byTeacher.values()].every((n) => n === 1)).toBe(true);
    expect(perDay).toEqual([
      ['2026-09-02', 100],
      ['2026-09-03', 100],
      ['2026-09-04', 100],
    ]);
    const journal = sheetRecords(school, 'Журнал').map((r) => String(r['Подробности']));
    expect(journal).toContain('Форма запросов отправлена: 300.');
  });

  it('with the reminders of 2.1 due meanwhile, a teacher gets the form once: by the mailing or by its reminder', () => {
    const school = teachersSchool(300);
    sidebar(school, () => school.app.sendRequestForm(), 'requests', []);
    advance(school, '2026-09-07T12:00:00+03:00');
    expect(school.app.getWork()).toEqual([]);
    const { byTeacher } = formLetters(school);
    expect(byTeacher.size).toBe(300);
    expect([...byTeacher.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  });
});
