// The programme's plan in pure code (issue #19): rows kept across a regenerated programme, where a
// mentor's mark goes, each pair's progress, and the plan's reminders, each once.
import { planDay, dueKeys, type PlanInput } from '../../../src/server/deadlines/plan';
import { markLink, PREFILL } from '../../../src/server/plan/form';
import { planNoteBlocks } from '../../../src/server/plan/note';
import { pairProgress } from '../../../src/server/plan/progress';
import { planKeys, planReminderLines, type PlanReminderInput } from '../../../src/server/plan/reminders';
import {
  counts,
  pairKey,
  placeMark,
  rowsByPair,
  syncPlan,
  type Mark,
  type PlanRow,
} from '../../../src/server/plan/rows';

let nextRow = 2;
const row = (over: Partial<PlanRow>): PlanRow => ({
  row: nextRow++,
  pairId: 'НП-2026-01',
  topic: 'Методика урока',
  activity: 'Посещение уроков наставляемого',
  planned: '2026-10-31',
  done: '',
  result: '',
  link: '',
  by: '',
  at: 0,
  note: '',
  ...over,
});

const mark = (over: Partial<Mark>): Mark => ({
  pairId: 'НП-2026-01',
  activity: 'Посещение уроков наставляемого',
  date: '2026-10-20',
  result: 'Посетила два урока',
  link: '',
  by: 'm0@school2.example',
  at: 1000,
  ...over,
});

describe('a regenerated programme', () => {
  it('keeps a row marked done, moves the date of one not done, adds a new activity and drops one no longer planned', () => {
    const done = row({
      activity: 'Посещение уроков наставляемого',
      done: '2026-10-20',
      by: 'm0@school2.example',
    });
    const open = row({ activity: 'Разбор технологической карты урока', planned: '2026-11-30' });
    const gone = row({ activity: 'Совместная разработка урока', planned: '2026-12-31' });
    const outside = row({
      activity: 'Экскурсия в музей',
      planned: '',
      done: '2026-10-05',
      note: 'Вне плана программы',
    });
    const sync = syncPlan(
      [done, open, gone, outside],
      [
        { topic: 'Методика урока', activity: 'Посещение уроков наставляемого', planned: '2026-11-30' },
        { topic: 'Методика урока', activity: 'Разбор  технологической карты урока', planned: '2026-12-31' },
        { topic: 'Оценивание', activity: 'Критериальное оценивание', planned: '2027-01-31' },
      ],
      '02.11.2026',
    );
    expect(sync.kept).toBe(1);
    expect(sync.updates).toEqual([
      { row: open.row, cells: { planned: '2026-12-31' } },
      { row: gone.row, cells: { planned: '', note: 'Исключено из программы при её обновлении 02.11.2026' } },
    ]);
    expect(sync.appends).toEqual([
      { topic: 'Оценивание', activity: 'Критериальное оценивание', planned: '2027-01-31' },
    ]);
  });

  it('changes nothing when the plan is the same', () => {
    const a = row({ activity: 'Посещение уроков наставляемого' });
    const sync = syncPlan(
      [a],
      [{ topic: 'Методика урока', activity: a.activity, planned: a.planned }],
      '01.10.2026',
    );
    expect(sync).toEqual({ updates: [], appends: [], kept: 0 });
  });
});

describe('a mentor marks an activity', () => {
  it('marks the first open row of that activity in the plan', () => {
    const first = row({ planned: '2026-10-31' });
    const second = row({ planned: '2027-02-28' });
    expect(placeMark([second, first], mark({}))).toEqual({ kind: 'plan', row: first.row });
  });

  it('a second answer about the same day replaces the first, an older one changes nothing', () => {
    const marked = row({ done: '2026-10-20', by: 'm0@school2.example', at: 1000 });
    const next = row({ planned: '2027-02-28' });
    expect(placeMark([marked, next], mark({ at: 2000 }))).toEqual({ kind: 'repeat', row: marked.row });
    expect(placeMark([marked, next], mark({ at: 500 }))).toEqual({ kind: 'older', row: marked.row });
  });

  it('another day marks the next planned occurrence, and once all are done corrects the latest', () => {
    const marked = row({ done: '2026-10-20', at: 1000 });
    const next = row({ planned: '2027-02-28' });
    expect(placeMark([marked, next], mark({ date: '2027-02-10', at: 3000 }))).toEqual({
      kind: 'plan',
      row: next.row,
    });
    const both = row({ planned: '2027-02-28', done: '2027-02-10', at: 3000 });
    expect(placeMark([marked, both], mark({ date: '2027-02-12', at: 4000 }))).toEqual({
      kind: 'repeat',
      row: both.row,
    });
  });

  it('an activity not in the plan is a row of its own, matched case- and quote-insensitively otherwise', () => {
    const a = row({ activity: 'Посещение уроков наставляемого' });
    expect(placeMark([a], mark({ activity: 'Мастер-класс для молодых педагогов' }))).toEqual({
      kind: 'outside',
    });
    expect(placeMark([a], mark({ activity: '«посещение  уроков наставляемого»' }))).toEqual({
      kind: 'plan',
      row: a.row,
    });
  });

  it('a mark by somebody else than the pair’s mentor does not count; staff’s ticks do', () => {
    expect(counts(row({ by: 'm1@school2.example' }), 'm0@school2.example')).toBe(false);
    expect(counts(row({ by: 'M0@School2.example' }), 'm0@school2.example')).toBe(true);
    expect(counts(row({ by: '' }), 'm0@school2.example')).toBe(true);
  });
});

describe('progress', () => {
  it('counts done of planned, overdue and the last activity; two overdue need attention', () => {
    const rows = [
      row({ planned: '2026-10-31', done: '2026-10-20' }),
      row({ planned: '2026-11-30' }),
      row({ planned: '2026-12-31' }),
      row({ planned: '2027-01-31' }),
      row({ planned: '', done: '2026-11-05', note: 'Вне плана программы' }),
    ];
    const p = pairProgress('НП-2026-01', '2026-10-01', rows, '2027-01-10');
    expect(p).toMatchObject({
      planned: 4,
      done: 1,
      outside: 1,
      overdue: 2,
      lastActivity: '2026-11-05',
      attention: true,
    });
    expect(p.idleDays).toBe(66);
    expect(p.reasons).toEqual(['просрочено 2 мероприятия', 'нет отметок 66 дней']);
  });

  it('a pair on time does not need attention, nor one overdue once while it works', () => {
    const rows = [row({ planned: '2026-11-30', done: '2026-11-20' }), row({ planned: '2026-11-30' })];
    expect(pairProgress('НП-2026-01', '2026-10-01', rows, '2026-11-25').attention).toBe(false);
    expect(pairProgress('НП-2026-01', '2026-10-01', rows, '2026-12-05')).toMatchObject({
      overdue: 1,
      attention: false,
    });
    expect(pairProgress('НП-2026-01', '2026-10-01', rows, '2026-12-25')).toMatchObject({
      overdue: 1,
      attention: true,
    });
  });
});

describe('the plan’s reminders', () => {
  const input = (today: string, sent: string[] = [], rows?: PlanRow[]): PlanReminderInput => ({
    today,
    pairs: [
      {
        id: 'НП-2026-01',
        mentor: { name: 'Смирнов0 Олег Петрович', email: 'm0@school2.example' },
        start: '2026-10-01',
      },
    ],
    rows: rows ?? [
      row({ activity: 'Посещение уроков наставляемого', planned: '2026-10-31' }),
      row({ activity: 'Разбор технологической карты урока', planned: '2026-11-30' }),
      row({ activity: 'Чужая отметка', planned: '', done: '2026-10-02', by: 'm1@school2.example' }),
    ],
    curator: { name: 'Петрова Анна Сергеевна', email: 'curator@school2.example' },
    link: (pair, email, activity) => `https://forms/${pair}/${email}/${activity}`,
    sent: new Set(sent),
  });

  it('tells the mentor of an activity due within the week, with the link that fills it in', () => {
    const lines = planReminderLines(input('2026-10-26'));
    expect(lines).toHaveLength(1);
    expect(lines[0].email).toBe('m0@school2.example');
    expect(lines[0].key).toBe(
      planKeys.due('НП-2026-01', 'Посещение уроков наставляемого', '2026-10-31', 'm0@school2.example'),
    );
    expect(lines[0].text).toContain(
      '«Посещение уроков наставляемого» — по плану до 31.10.2026 (через 5 дней)',
    );
    expect(lines[0].text).toContain(
      'https://forms/НП-2026-01/m0@school2.example/Посещение уроков наставляемого',
    );
  });

  it('says nothing of it again once sent, then once more when it is overdue', () => {
    const first = planReminderLines(input('2026-10-26'));
    expect(planReminderLines(input('2026-10-27', [first[0].key]))).toEqual([]);
    const overdue = planReminderLines(input('2026-11-02', [first[0].key])).filter(
      (l) => !l.key.startsWith('plan|idle|'),
    );
    expect(overdue.map((l) => l.key)).toEqual([
      planKeys.overdue('НП-2026-01', 'Посещение уроков наставляемого', '2026-10-31', 'm0@school2.example'),
    ]);
    expect(overdue[0].text).toContain('срок по плану был 31.10.2026, отметки о выполнении нет');
    const idle = planKeys.idle('НП-2026-01', '2026-10-01');
    expect(planReminderLines(input('2026-11-03', [first[0].key, overdue[0].key, idle]))).toEqual([]);
  });

  it('tells the curator once of a pair with nothing marked for 30 days', () => {
    const lines = planReminderLines(input('2026-11-05', ['x']));
    const idle = lines.find((l) => l.key.startsWith('plan|idle|'))!;
    expect(idle.email).toBe('curator@school2.example');
    expect(idle.key).toBe(planKeys.idle('НП-2026-01', '2026-10-01'));
    expect(idle.text).toBe(
      '• Пара НП-2026-01 (наставник Смирнов0 О. П.): с начала работы пары (01.10.2026) не отмечено ни одного мероприятия программы, прошло 35 дней.',
    );
    expect(planReminderLines(input('2026-11-06', [idle.key])).some((l) => l.key === idle.key)).toBe(false);
  });

  it('a done activity is not reminded of', () => {
    const rows = [
      row({ activity: 'Посещение уроков наставляемого', planned: '2026-10-31', done: '2026-10-25' }),
    ];
    expect(planReminderLines(input('2026-10-26', [], rows))).toEqual([]);
  });
});

describe('the plan in the letter of the day', () => {
  const base: PlanInput = {
    today: '2026-10-26',
    items: [],
    reminderDays: [14, 7, 1],
    directorEmail: 'director@school2.example',
    curatorEmail: 'curator@school2.example',
    school: 'МБОУ «СОШ №2»',
    spreadsheetUrl: 'https://sheet',
    sent: new Set(),
    teachers: [],
    unpublished: [],
  };
  const line = {
    email: 'm0@school2.example',
    name: 'Смирнов0 Олег Петрович',
    key: 'plan|due|НП-2026-01|2026-10-31|посещение уроков|m0@school2.example',
    text: '• Пара НП-2026-01: «Посещение уроков»',
    urgency: 105,
  };
  const letter = (_email: string, name: string, lines: Array<{ key: string; text: string }>) => ({
    subject: `План: ${lines.length}`,
    body: `${name}\n${lines.map((l) => l.text).join('\n')}`,
  });

  it('a mentor with only the plan to hear of gets the plan’s own letter, keyed once', () => {
    const emails = planDay({ ...base, personal: { lines: [line], letter } });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: ['m0@school2.example'], subject: 'План: 1' });
    expect(emails[0].body).toContain('Смирнов0 Олег Петрович');
    expect(emails[0].keys).toEqual([line.key, 'digest|2026-10-26|m0@school2.example']);
    expect(dueKeys({ ...base, personal: { lines: [line], letter } }).has(line.key)).toBe(true);
    expect(planDay({ ...base, sent: new Set([line.key]), personal: { lines: [line], letter } })).toEqual([]);
  });

  it('a curator with roadmap deadlines finds the plan’s lines in the digest: one letter a day', () => {
    const curatorLine = {
      ...line,
      email: 'curator@school2.example',
      key: 'plan|idle|НП-2026-01|2026-10-01',
      urgency: 150,
    };
    const emails = planDay({
      ...base,
      items: [
        {
          id: '1.1',
          title: 'Приказ',
          deadline: '2026-11-02',
          done: false,
          evidence: 'нет приказа',
          responsible: 'curator@school2.example',
        },
      ],
      personal: { lines: [curatorLine], letter },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toContain('1 срок дорожной карты и 1 напоминание');
    expect(emails[0].body).toContain(curatorLine.text);
    expect(emails[0].keys).toContain(curatorLine.key);
  });
});

describe('the personal link', () => {
  it('puts the pair, the address and the activity into the template Forms made', () => {
    const template = `https://docs.google.com/forms/d/e/x/viewform?entry.1=${PREFILL.pair}&entry.2=${PREFILL.email}&entry.3=${PREFILL.activity}`;
    expect(markLink(template, 'НП-2026-01', 'm0@school2.example', 'Посещение уроков')).toBe(
      `https://docs.google.com/forms/d/e/x/viewform?entry.1=${encodeURIComponent('НП-2026-01')}&entry.2=m0%40school2.example&entry.3=${encodeURIComponent('Посещение уроков')}`,
    );
  });
});

describe('the plan in the analytical note', () => {
  it('sums done of planned, outside the plan and overdue, one row per pair, and names the pairs behind', () => {
    const p1 = pairProgress(
      'НП-2026-01',
      '2026-10-01',
      [
        row({ planned: '2026-10-31', done: '2026-10-20' }),
        row({ planned: '2026-12-31' }),
        row({ planned: '', done: '2026-11-05' }),
      ],
      '2027-01-10',
    );
    const p2 = pairProgress(
      'НП-2026-02',
      '2026-10-01',
      [row({ planned: '2026-10-31' }), row({ planned: '2026-12-31' })],
      '2027-01-10',
    );
    const blocks = planNoteBlocks([
      { progress: p1, mentor: 'Смирнов0 О. П.' },
      { progress: p2, mentor: 'Смирнов1 О. П.' },
    ]);
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Выполнение планов персонализированных программ' });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'По 2 парам (группам) запланировано 4 мероприятия, выполнено 1 (25 %); вне плана проведено ещё 1; не выполнено в срок 3.',
    });
    expect(blocks[2]).toMatchObject({
      kind: 'table',
      rows: [
        ['НП-2026-01, наставник Смирнов0 О. П.', '1 из 2', '1', '1', '05.11.2026'],
        ['НП-2026-02, наставник Смирнов1 О. П.', '0 из 2', '0', '2', '—'],
      ],
    });
    expect(blocks[3]).toEqual({
      kind: 'paragraph',
      text: 'Требуют внимания куратора: НП-2026-01 (просрочено 1 мероприятие, нет отметок 66 дней); НП-2026-02 (просрочено 2 мероприятия, нет отметок 101 день).',
    });
    expect(planNoteBlocks([])).toEqual([]);
  });
});

describe('rows by pair', () => {
  it('finds a pair’s rows whatever the case and spaces staff typed its ID with, in one pass', () => {
    const a = row({ pairId: 'НП-2026-01' });
    const b = row({ pairId: ' нп-2026-01 ' });
    const c = row({ pairId: 'НП-2026-02' });
    const grouped = rowsByPair([a, b, c]);
    expect(grouped.get(pairKey('НП-2026-01'))).toEqual([a, b]);
    expect(grouped.get(pairKey('нп-2026-02'))).toEqual([c]);
    const lines = planReminderLines({
      today: '2026-10-26',
      pairs: [{ id: 'НП-2026-01', mentor: { name: '', email: 'm0@school2.example' }, start: '' }],
      rows: [row({ pairId: ' нп-2026-01', planned: '2026-10-31' })],
      curator: { name: '', email: '' },
      link: () => 'link',
      sent: new Set(),
    });
    expect(lines).toHaveLength(1);
  });
});
