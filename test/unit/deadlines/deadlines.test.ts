// The roadmap's calendar, statuses with evidence, and the daily plan of reminders (pure).
import {
  daysBetween,
  daysLeftText,
  deadlineFor,
  parseDeadline,
  schoolYearStart,
} from '../../../src/server/deadlines/calendar';
import { ROADMAP_ITEMS, roadmapRows } from '../../../src/server/deadlines/items';
import { itemStatus, names, type RoadmapFacts } from '../../../src/server/deadlines/status';
import { keys, planDay, shortfallNote, stageOf, type PlanInput } from '../../../src/server/deadlines/plan';

const facts = (over: Partial<RoadmapFacts> = {}): RoadmapFacts => ({
  teachers: 38,
  notAnswered: [],
  mentees: 0,
  menteeProblems: 0,
  mentors: 0,
  mentorsWithoutConsent: 0,
  waiting: [],
  supported: [],
  pairs: [],
  events: { '4.2': 0, '6.2': 0, '6.3': 0 },
  practices: 0,
  monitoring: { answered: 0, expected: 0 },
  unpublished: [],
  ...over,
});

describe('the calendar', () => {
  it('has the 14 items of the roadmap', () => {
    expect(ROADMAP_ITEMS.map((i) => i.id)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
      '6.3',
      '7.1',
    ]);
    expect(roadmapRows()[0]).toMatchObject({
      id: '1.1',
      due: '01.10',
      responsible: 'куратор',
      status: 'Не начато',
    });
  });

  it('reads the deadlines staff type', () => {
    expect(parseDeadline('01.10')).toEqual({ kind: 'date', month: 10, day: 1 });
    expect(parseDeadline('до 1 октября')).toEqual({ kind: 'date', month: 10, day: 1 });
    expect(parseDeadline('Ежегодно, до 15.09')).toEqual({ kind: 'date', month: 9, day: 15 });
    expect(parseDeadline('01.10.2026')).toEqual({ kind: 'fixed', iso: '2026-10-01' });
    expect(parseDeadline('Ежегодно')).toEqual({ kind: 'yearly' });
    expect(parseDeadline('Постоянно')).toEqual({ kind: 'constant' });
    expect(parseDeadline('31.02')).toBeNull();
    expect(parseDeadline('скоро')).toBeNull();
  });

  it('the 1 June deadline belongs to the year that began the September before', () => {
    const june = parseDeadline('01.06')!;
    expect(deadlineFor(june, '2026-09-15')).toBe('2027-06-01');
    expect(deadlineFor(june, '2027-05-20')).toBe('2027-06-01');
    expect(deadlineFor(parseDeadline('15.09')!, '2027-05-20')).toBe('2026-09-15');
  });

  it('August already plans the coming year', () => {
    expect(schoolYearStart('2026-07-31')).toBe(2025);
    expect(schoolYearStart('2026-08-20')).toBe(2026);
    expect(deadlineFor(parseDeadline('15.09')!, '2026-08-20')).toBe('2026-09-15');
  });

  it('counts days across the New Year, with Russian plurals', () => {
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11);
    expect(daysLeftText(1)).toBe('через 1 день');
    expect(daysLeftText(3)).toBe('через 3 дня');
    expect(daysLeftText(11)).toBe('через 11 дней');
    expect(daysLeftText(0)).toBe('сегодня');
    expect(daysLeftText(-2)).toBe('просрочено на 2 дня');
  });
});

describe('statuses with evidence', () => {
  it('2.1 names who has not answered, at most five, then a count', () => {
    const f = facts({ notAnswered: ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж'] });
    expect(itemStatus('2.1', '15.09', f, '2026-09-10')).toEqual({
      status: 'В работе',
      evidence: 'ответили 31 из 38 педагогов; нет ответа: А, Б, В, Г, Д и ещё 2',
      deadline: '2026-09-15',
      daysLeft: 5,
      done: false,
    });
    expect(itemStatus('2.1', '15.09', f, '2026-09-16').status).toBe('Просрочено');
    expect(itemStatus('2.1', '15.09', facts(), '2026-09-16').status).toBe('Выполнено');
    expect(names(['А', 'Б'])).toBe('А, Б');
  });

  it('3.1, 1.1, 1.2, 5.3, 6.1 and 7.1 say what is missing', () => {
    expect(
      itemStatus('3.1', '15.09', facts({ mentors: 12, mentorsWithoutConsent: 2 }), '2026-09-01').evidence,
    ).toBe('в банке 12 наставников, 2 без согласия');
    const pairs = [
      { id: 'НП-1', hasOrder: true, hasProgramme: true, missingConsents: [] },
      { id: 'НП-2', hasOrder: false, hasProgramme: false, missingConsents: ['Иванова М. П.'] },
    ];
    expect(itemStatus('1.1', '01.10', facts({ pairs }), '2026-09-20').evidence).toBe(
      '2 пары/групп, 1 без приказа; не хватает согласий: Иванова М. П.',
    );
    expect(itemStatus('1.2', '01.11', facts({ pairs }), '2026-09-20').evidence).toBe('1 из 2 программ');
    expect(
      itemStatus('5.3', 'Постоянно', facts({ supported: ['Сидоров П. П.'] }), '2026-09-20'),
    ).toMatchObject({ status: 'Требует внимания', evidence: '1 наставляемый без пары: Сидоров П. П.' });
    expect(
      itemStatus('6.1', '01.06', facts({ monitoring: { answered: 20, expected: 34 } }), '2027-05-20')
        .evidence,
    ).toBe('ответили 20 из 34 участников');
    expect(
      itemStatus('7.1', 'Постоянно', facts({ unpublished: ['Семинар (10.11.2026)'] }), '2026-11-20'),
    ).toMatchObject({
      status: 'Требует внимания',
      evidence: '1 мероприятие без публикации: Семинар (10.11.2026)',
    });
    expect(
      itemStatus(
        '6.3',
        'Ежегодно',
        facts({ events: { '4.2': 0, '6.2': 0, '6.3': 1 }, practices: 2 }),
        '2027-05-20',
      ).status,
    ).toBe('Выполнено');
  });
});

describe('the daily plan', () => {
  const base = (over: Partial<PlanInput> = {}): PlanInput => ({
    today: '2026-09-08',
    items: [
      {
        id: '2.1',
        title: 'Сбор запросов',
        deadline: '2026-09-15',
        done: false,
        evidence: 'ответили 1 из 3',
        responsible: 'curator@x.ru',
      },
      {
        id: '3.1',
        title: 'Банк наставников',
        deadline: '2026-09-15',
        done: false,
        evidence: 'в банке 0 наставников',
        responsible: 'curator@x.ru',
      },
      {
        id: '1.1',
        title: 'Приказ',
        deadline: '2026-10-01',
        done: false,
        evidence: 'пар пока нет',
        responsible: 'curator@x.ru',
      },
    ],
    reminderDays: [14, 7, 1],
    directorEmail: 'director@x.ru',
    curatorEmail: 'curator@x.ru',
    school: 'СОШ №2',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
    sent: new Set(),
    teachers: [],
    unpublished: [],
    ...over,
  });

  it('gathers everything for one person on one day into one digest', () => {
    const [mail, ...rest] = planDay(base());
    expect(rest).toEqual([]);
    expect(mail.to).toEqual(['curator@x.ru']);
    expect(mail.subject).toBe('Наставничество: 2 срока дорожной карты — СОШ №2');
    expect(mail.body).toContain(
      '• п. 2.1 «Сбор запросов» — срок 15.09.2026 (через 7 дней).\n  Сейчас: ответили 1 из 3.',
    );
    expect(mail.keys).toEqual([
      keys.remind('2.1', '2026-09-15', 7, 'curator@x.ru'),
      keys.remind('3.1', '2026-09-15', 7, 'curator@x.ru'),
      keys.day('2026-09-08', 'curator@x.ru'),
    ]);
  });

  it('never twice: keys already sent are skipped, and a recipient gets one email a day', () => {
    const first = planDay(base());
    const sent = new Set(first.flatMap((m) => m.keys));
    expect(planDay(base({ sent }))).toEqual([]);
  });

  it('a missed reminder day is caught up, but a «7 days» reminder never goes after the deadline', () => {
    expect(stageOf(10, [14, 7, 1])).toBe(14);
    expect(stageOf(7, [14, 7, 1])).toBe(7);
    expect(stageOf(0, [14, 7, 1])).toBe(0);
    expect(stageOf(20, [14, 7, 1])).toBeNull();
    expect(stageOf(-1, [14, 7, 1])).toBeNull();
  });

  it('the day after an undone deadline, one escalation to the director with the curator in copy', () => {
    const plan = planDay(base({ today: '2026-09-16' }));
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({
      to: ['director@x.ru'],
      cc: ['curator@x.ru'],
      subject: 'Наставничество: просрочено 2 срока дорожной карты — СОШ №2',
    });
    expect(planDay(base({ today: '2026-09-16', sent: new Set(plan[0].keys) }))).toEqual([]);
    // A week later it is history: a late install does not flood the director.
    expect(planDay(base({ today: '2026-09-30' })).some((m) => m.to[0] === 'director@x.ru')).toBe(false);
  });

  it('when the curator gets a digest the same day, the escalation goes without copy and the digest says so', () => {
    const plan = planDay(
      base({
        today: '2026-09-16',
        items: [
          {
            id: '2.1',
            title: 'Сбор запросов',
            deadline: '2026-09-15',
            done: false,
            evidence: '—',
            responsible: 'curator@x.ru',
          },
          {
            id: '1.1',
            title: 'Приказ',
            deadline: '2026-09-17',
            done: false,
            evidence: '—',
            responsible: 'curator@x.ru',
          },
        ],
      }),
    );
    expect(plan.map((m) => [m.to[0], m.cc]).sort()).toEqual([
      ['curator@x.ru', []],
      ['director@x.ru', []],
    ]);
    expect(plan.find((m) => m.to[0] === 'curator@x.ru')!.body).toContain(
      'Директору отправлено сообщение о просрочке',
    );
  });

  it('teachers who have not answered get their own short reminder with the link', () => {
    const plan = planDay(
      base({
        items: [],
        teachers: [
          {
            itemId: '2.1',
            deadline: '2026-09-15',
            email: 't@x.ru',
            name: 'Иванова Мария Петровна',
            formTitle: 'Профессиональные запросы педагогов',
            link: 'https://forms/x',
          },
        ],
      }),
    );
    expect(plan).toHaveLength(1);
    expect(plan[0].subject).toBe('Напоминание: «Профессиональные запросы педагогов»');
    expect(plan[0].body).toContain('Уважаемая Мария Петровна!');
    expect(plan[0].body).toContain('https://forms/x');
  });

  it('reports the shortfall in Russian, promising only what will still be due', () => {
    const plan = planDay(base());
    expect(shortfallNote(plan)).toBe(
      'Не отправлено из-за дневного лимита почты: 1 письмо (curator@x.ru). Отложенные напоминания уйдут при следующем запуске, если ещё будут актуальны; те, что к тому времени сменятся более поздними или станут не нужны, будут отмечены в «Журнал рассылок».',
    );
  });
});
