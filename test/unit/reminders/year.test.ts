// A whole school year at the pure level, day by day from 1 August 2026 to 31 August 2027: the data
// changes as the school works (some of it late), and each day the roadmap is evaluated and the
// reminders planned and "sent" the way the adapter does it: keys appended to the log after sending.
import {
  evaluateRoadmap,
  readRoadmap,
  roadmapSeedRows,
  type RoadmapSnapshot,
} from '../../../src/server/roadmap';
import {
  planReminders,
  MAX_RECIPIENTS_PER_EMAIL,
  type FormReminderInput,
  type PlannedEmail,
} from '../../../src/server/reminders';
import { addDays, daysBetween, fromIso, toIso, type LocalDate } from '../../../src/server/shared/dates';

const SETTINGS = {
  reminderDays: [14, 7, 1],
  directorEmail: 'd@school.ru',
  curatorEmail: 'c@school.ru',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc',
  schoolShortName: 'МБОУ «СОШ №2»',
};
const FORM = {
  formTitle: 'Профессиональные запросы педагогов',
  formUrl: 'https://forms/requests',
  itemId: '2.1',
  deadline: fromIso('2026-09-15')!,
};
const MENTEES = ['Андреева А. А.', 'Борисов Б. Б.', 'Волкова В. В.'];

/** The school: teachers and the day each answers the request form. */
interface World {
  answers: Record<string, string>;
  /** Teacher's email by name; by default name@school.ru. */
  emails?: Record<string, string>;
}

const on = (today: string, iso: string) => today >= iso;

function snapshot(world: World, today: string): RoadmapSnapshot {
  const empty: RoadmapSnapshot = {
    teachers: 0,
    teachersNotAnswered: [],
    mentees: 0,
    menteeProblemRows: [],
    menteesWithoutPair: [],
    mentors: 0,
    mentorsWithoutConsent: [],
    pairs: 0,
    pairsWithoutOrder: 0,
    missingConsents: [],
    pairsWithProgramme: 0,
    eventsByType: {},
    practicesAdded: 0,
    monitoringExpected: 0,
    monitoringAnswered: 0,
    eventsWithoutPublication: [],
  };
  // August 2026 is still 2025/2026, of which the add-on knows nothing: it was installed on 1 August.
  if (today < '2026-09-01') return empty;
  const teachers = Object.keys(world.answers);
  const pairs = on(today, '2026-09-25') ? 3 : 0;
  const unpublished =
    on(today, '2026-11-17') && !on(today, '2026-11-20') ? ['Семинар наставников (10.11.2026)'] : [];
  return {
    ...empty,
    teachers: teachers.length,
    teachersNotAnswered: teachers.filter((t) => !on(today, world.answers[t])),
    mentors: on(today, '2026-09-03') ? 3 : 0,
    mentorsWithoutConsent: on(today, '2026-09-03') && !on(today, '2026-09-10') ? ['Гусев Г. Г.'] : [],
    mentees: on(today, '2026-09-05') ? 3 : 0,
    menteeProblemRows: on(today, '2026-09-05') && !on(today, '2026-09-12') ? [5] : [],
    menteesWithoutPair: on(today, '2026-09-05') && !pairs ? MENTEES : [],
    pairs,
    pairsWithoutOrder: on(today, '2026-10-05') ? 0 : pairs,
    missingConsents: pairs && !on(today, '2026-10-05') ? ['Андреева А. А.'] : [],
    pairsWithProgramme: on(today, '2026-10-28') ? 3 : on(today, '2026-10-20') ? 1 : 0,
    eventsByType: on(today, '2026-11-10') ? { Семинар: 1 } : {},
    monitoringExpected: on(today, '2027-05-10') ? 6 : 0,
    monitoringAnswered: on(today, '2027-05-30') ? 6 : on(today, '2027-05-10') ? 2 : 0,
    eventsWithoutPublication: unpublished,
  };
}

const { entries } = readRoadmap(
  roadmapSeedRows(SETTINGS.schoolShortName).map((r, i) => ({
    row: i + 2,
    id: r.ID,
    deadline: r['Срок'],
    responsible: r['Ответственный'],
  })),
  SETTINGS,
);

interface Sent {
  day: string;
  email: PlannedEmail;
}

/** Runs the year: `runs` times a day, each day's quota shared by the runs. */
function simulate(world: World, options: { runs: number; quota: number }) {
  const log = new Set<string>();
  const sent: Sent[] = [];
  const secondRuns: PlannedEmail[] = [];
  const statuses = new Map<string, Record<string, string>>();
  let maxDeferredDays = 0;
  const firstDue = new Map<string, string>();
  for (let day: LocalDate = fromIso('2026-08-01')!; toIso(day) <= '2027-08-31'; day = addDays(day, 1)) {
    const today = toIso(day);
    const snap = snapshot(world, today);
    const items = evaluateRoadmap(entries, snap, day);
    statuses.set(today, Object.fromEntries(items.map((i) => [i.id, i.status])));
    const forms: FormReminderInput[] = snap.teachersNotAnswered.map((name) => ({
      ...FORM,
      email: world.emails?.[name] ?? `${name}@school.ru`,
      name,
    }));
    const unpublished = snap.eventsWithoutPublication.map((label) => ({
      label,
      daysSince: daysBetween(fromIso('2026-11-10')!, day),
    }));
    let quota = options.quota;
    for (let run = 0; run < options.runs; run++) {
      const plan = planReminders({
        today: day,
        items,
        settings: SETTINGS,
        sent: log,
        forms,
        unpublished,
        quota,
      });
      if (run > 0 && options.quota >= 100) secondRuns.push(...plan.emails);
      for (const e of [...plan.emails, ...plan.deferred])
        for (const k of e.keys) if (!firstDue.has(k)) firstDue.set(k, today);
      for (const email of plan.emails) {
        expect(email.to.length + email.cc.length).toBeLessThanOrEqual(MAX_RECIPIENTS_PER_EMAIL);
        quota -= email.to.length + email.cc.length;
        sent.push({ day: today, email });
        for (const k of email.keys) {
          expect(log.has(k)).toBe(false);
          log.add(k);
          maxDeferredDays = Math.max(maxDeferredDays, daysBetween(fromIso(firstDue.get(k)!)!, day));
        }
      }
    }
  }
  return { sent, log, secondRuns, statuses, maxDeferredDays };
}

/** «2026-09-16 d@school.ru (копия c@school.ru): просрочено 2.1» */
function summary({ day, email }: Sent): string {
  const what = email.lines.map((l) => {
    switch (l.type) {
      case 'escalation':
        return `просрочено ${l.itemId}`;
      case 'deadline':
        return `${l.itemId} через ${l.daysLeft}`;
      case 'form':
        return `анкета ${l.itemId} через ${l.daysLeft}`;
      case 'unpublished':
        return `публикация «${l.label}»`;
    }
  });
  const cc = email.cc.length ? ` (копия ${email.cc.join(', ')})` : '';
  return `${day} ${email.to.join(', ')}${cc}: ${what.join('; ')}`;
}

describe('a school year day by day, 1 August 2026 – 31 August 2027', () => {
  // Two teachers: one answers early, one after the deadline.
  const world: World = {
    answers: { Андреева: '2026-09-05', Борисов: '2026-09-20' },
    emails: { Андреева: 'andreeva@school.ru', Борисов: 'Borisov@School.ru' },
  };
  const year = simulate(world, { runs: 2, quota: 100 });

  test('the exact emails of the year: who gets what, one digest a day, one escalation per undone deadline', () => {
    expect(year.sent.map(summary)).toEqual([
      '2026-09-01 c@school.ru: 2.1 через 14; 3.1 через 14',
      '2026-09-01 andreeva@school.ru: анкета 2.1 через 14',
      '2026-09-01 borisov@school.ru: анкета 2.1 через 14',
      '2026-09-08 c@school.ru: 2.1 через 7; 3.1 через 7',
      '2026-09-08 borisov@school.ru: анкета 2.1 через 7',
      '2026-09-14 c@school.ru: 2.1 через 1',
      '2026-09-14 borisov@school.ru: анкета 2.1 через 1',
      '2026-09-15 c@school.ru: 2.1 через 0',
      '2026-09-15 borisov@school.ru: анкета 2.1 через 0',
      '2026-09-16 d@school.ru (копия c@school.ru): просрочено 2.1',
      '2026-09-17 c@school.ru: 4.1 через 14; 5.1 через 14',
      '2026-09-17 d@school.ru: 1.1 через 14',
      '2026-09-24 c@school.ru: 4.1 через 7; 5.1 через 7',
      '2026-09-24 d@school.ru: 1.1 через 7',
      '2026-09-30 d@school.ru: 1.1 через 1',
      '2026-10-01 d@school.ru: 1.1 через 0',
      '2026-10-02 d@school.ru (копия c@school.ru): просрочено 1.1',
      '2026-10-18 c@school.ru: 1.2 через 14; 5.2 через 14',
      '2026-10-25 c@school.ru: 1.2 через 7; 5.2 через 7',
      '2026-11-17 c@school.ru: публикация «Семинар наставников (10.11.2026)»',
      '2027-05-18 c@school.ru: 6.1 через 14',
      '2027-05-25 c@school.ru: 6.1 через 7',
    ]);
  });

  test('a digest for the curator lists both items with what is missing', () => {
    const first = year.sent[0].email;
    expect(first.subject).toBe('Наставничество: 2 срока в ближайшие 14 дней — МБОУ «СОШ №2»');
    expect(first.body).toContain(
      '• 2.1. Сбор профессиональных запросов педагогов\n  Срок: 15.09.2026 (через 14 дней)',
    );
    expect(first.body).toContain('Что не сделано: ответили 0 из 2 педагогов; нет ответа: Андреева, Борисов');
    expect(first.body).toContain(
      '• 3.1. Банк данных наставников\n  Срок: 15.09.2026 (через 14 дней)\n  Что не сделано: в банке пока нет наставников',
    );
    const escalation = year.sent.find((s) => s.day === '2026-10-02')!.email;
    expect(escalation.subject).toBe('Наставничество: просрочен 1 срок — МБОУ «СОШ №2»');
    expect(escalation.body).toContain(
      '• 1.1. Приказ о закреплении наставнических пар/групп\n' +
        '  Срок: 01.10.2026 (просрочено на 1 день). Ответственный: d@school.ru\n' +
        '  Что не сделано: 3 пары, 3 без приказа; не хватает согласий: Андреева А. А.',
    );
  });

  test('the second run of each day sends nothing', () => {
    expect(year.secondRuns).toEqual([]);
  });

  test('statuses follow the work, late work included', () => {
    const s = (day: string) => year.statuses.get(day)!;
    expect(s('2026-09-16')['2.1']).toBe('Просрочено');
    expect(s('2026-09-20')['2.1']).toBe('Выполнено');
    expect(s('2026-10-04')['1.1']).toBe('Просрочено');
    expect(s('2026-10-05')['1.1']).toBe('Выполнено');
    expect(s('2026-10-25')['5.2']).toBe('В работе');
    expect(s('2026-11-18')['7.1']).toBe('Требует внимания');
    expect(s('2026-11-20')['7.1']).toBe('В норме');
    expect(s('2027-05-20')['6.1']).toBe('В работе');
    expect(s('2027-06-01')['6.1']).toBe('Выполнено');
    expect(s('2027-08-31')['6.2']).toBe('Выполнено');
    expect(s('2027-08-31')['6.3']).toBe('Не начато');
  });

  test('a quota of 5 recipients a day delays mail without losing any, most urgent first', () => {
    // Six teachers who have not answered on 1 September; four answer on the 10th, two never.
    const answers: Record<string, string> = {};
    for (const [name, date] of [
      ['t1', '2026-09-10'],
      ['t2', '2026-09-10'],
      ['t3', '2026-09-10'],
      ['t4', '2026-09-10'],
      ['t5', '2027-01-01'],
      ['t6', '2027-01-01'],
    ])
      answers[name] = date;
    const ample = simulate({ answers }, { runs: 1, quota: 100 });
    const tight = simulate({ answers }, { runs: 2, quota: 5 });
    // Every reminder sent exactly once (the log refuses a key twice), the same ones as without a limit.
    expect([...tight.log].sort()).toEqual([...ample.log].sort());
    expect(tight.maxDeferredDays).toBe(1);
    // Per day, at most 5 recipients, in order of urgency.
    const byDay = new Map<string, PlannedEmail[]>();
    for (const { day, email } of tight.sent) byDay.set(day, [...(byDay.get(day) ?? []), email]);
    for (const emails of byDay.values()) {
      expect(emails.reduce((n, e) => n + e.to.length + e.cc.length, 0)).toBeLessThanOrEqual(5);
    }
    const sept = tight.sent.filter((s) => s.day <= '2026-09-10').map(summary);
    expect(sept).toEqual([
      '2026-09-01 c@school.ru: 2.1 через 14; 3.1 через 14',
      '2026-09-01 t1@school.ru: анкета 2.1 через 14',
      '2026-09-01 t2@school.ru: анкета 2.1 через 14',
      '2026-09-01 t3@school.ru: анкета 2.1 через 14',
      '2026-09-01 t4@school.ru: анкета 2.1 через 14',
      '2026-09-02 t5@school.ru: анкета 2.1 через 13',
      '2026-09-02 t6@school.ru: анкета 2.1 через 13',
      '2026-09-08 c@school.ru: 2.1 через 7; 3.1 через 7',
      '2026-09-08 t1@school.ru: анкета 2.1 через 7',
      '2026-09-08 t2@school.ru: анкета 2.1 через 7',
      '2026-09-08 t3@school.ru: анкета 2.1 через 7',
      '2026-09-08 t4@school.ru: анкета 2.1 через 7',
      '2026-09-09 t5@school.ru: анкета 2.1 через 6',
      '2026-09-09 t6@school.ru: анкета 2.1 через 6',
    ]);
  });
});
