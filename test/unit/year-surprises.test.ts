// Issue #17, «The curator's year without surprises»: the pure rules behind each point (the bundle
// test test/bundle/year-surprises.test.ts follows the same points through build/Code.js).
import {
  SHEETS,
  LOCKED_COLUMN,
  PAIR_STATUSES,
  SHEET_DEFS,
  columnsOf,
  headersOf,
  type SheetKey,
} from '../../src/server/schema';
import { Table } from '../../src/server/store/table';
import {
  documentRefusal,
  documentSettingProblems,
  readSettings,
  SETTING_PARAMS,
} from '../../src/server/settings';
import { readMentees, readMentors, namesToEmails } from '../../src/server/banks';
import { leftOutOfMatching } from '../../src/server/check/left-out';
import { buildOrder } from '../../src/server/documents/order';
import { termText } from '../../src/server/documents/russian';
import { DOC_NAMES } from '../../src/server/documents/texts';
import {
  acceptTypedConsents,
  addPair,
  pairsOf,
  recordConsentsOfPairs,
  type PairsContext,
} from '../../src/server/pairs/edit';
import { inOrder, programmesRefusal, surveyedPairs, termStart } from '../../src/server/pairs/model';
import { otherSubjectNotes } from '../../src/server/matching/explain';
import type { MatchingInput, MentorCandidate } from '../../src/server/matching/types';
import { deadlineFor, parseDeadline } from '../../src/server/deadlines/calendar';
import { itemStatus, type RoadmapFacts } from '../../src/server/deadlines/status';
import { requestFacts } from '../../src/server/deadlines/requests';
import { CONFIRMATION, MENTEE_DONE } from '../../src/server/year/texts';
import { planRollover, previewLines } from '../../src/server/year';
import { greeting } from '../../src/server/shared/greeting';
import { quote, sentence, shortName } from '../../src/server/shared/text';
import { TEXTS as DEADLINE_TEXTS } from '../../src/server/deadlines/texts';
import { TEXTS as CAMPAIGN_TEXTS } from '../../src/server/campaign/texts';
import { EMAILS, NOTE } from '../../src/server/monitoring/texts';
import { monitoringNote, monitoringStats } from '../../src/server/monitoring';
import { draftPublication } from '../../src/server/events/publication';
import { problemText } from '../../src/server/store/table';
import { SCHOOL, pair, person } from './documents/fixtures';
import { PAIRS, record, scores } from './monitoring/fixtures';

const MSK = 180;
const table = <K extends SheetKey>(key: K, rows: unknown[][], header?: string[]) =>
  new Table(SHEET_DEFS[key], [header ?? headersOf(SHEETS[key]), ...rows], MSK);

function settingsRows(values: Record<string, string>): unknown[][] {
  return SETTING_PARAMS.map((p) => [p.name, values[p.name] ?? p.value, p.note]);
}

const FILLED = {
  'Полное наименование школы': 'Муниципальное бюджетное общеобразовательное учреждение «СОШ №2»',
  'Краткое наименование': 'МБОУ «СОШ №2»',
  'Населённый пункт': 'Сосногорск',
  'Директор (ФИО)': 'Кузнецов Игорь Викторович',
  'Куратор (ФИО)': 'Петрова Анна Сергеевна',
};

describe('1. every setting a document prints is required', () => {
  it('an empty settlement, or the spreadsheet title as the school name, is a problem naming the row', () => {
    const rows = settingsRows({
      ...FILLED,
      'Полное наименование школы': 'Наставничество — МБОУ «СОШ №2»',
      'Населённый пункт': '',
    });
    const { settings } = readSettings(table('settings', rows), '2026-09-01');
    const problems = documentSettingProblems(settings, 'Наставничество — МБОУ «СОШ №2»').map(problemText);
    const row = (name: string) => rows.findIndex((r) => r[0] === name) + 2;
    expect(problems).toEqual([
      expect.stringContaining(`Настройки, строка ${row('Полное наименование школы')}, столбец Значение:`),
      expect.stringContaining(`Настройки, строка ${row('Населённый пункт')}, столбец Значение:`),
    ]);
    expect(problems[0]).toMatch(/название таблицы/);
    expect(problems[1]).toMatch(/«Населённый пункт» не заполнено/);
  });

  it('the order, programmes and consent forms are refused naming each missing setting', () => {
    const { settings } = readSettings(
      table('settings', settingsRows({ ...FILLED, 'Краткое наименование': '', 'Куратор (ФИО)': '' })),
      '2026-09-01',
    );
    expect(documentRefusal(settings, 'order')).toBe(
      'Приказ не создан: заполните на листе «Настройки» параметры «Краткое наименование», «Куратор (ФИО)».',
    );
    expect(documentRefusal(settings, 'programmes')).toMatch(/^Программы не созданы: .*«Куратор \(ФИО\)»/);
    expect(documentRefusal(settings, 'consents')).toMatch(/^Бланки согласий не созданы:/);
    const full = readSettings(table('settings', settingsRows(FILLED)), '2026-09-01').settings;
    expect(documentRefusal(full, 'order')).toBeNull();
    expect(documentSettingProblems(full, 'Наставничество — МБОУ «СОШ №2»')).toEqual([]);
  });
});

const menteesTable = () =>
  table('mentees', [
    [
      'Иванова Мария Петровна',
      'ivanova@school.ru',
      '',
      'физика',
      1,
      '',
      'Рабочая программа',
      '',
      'Индивидуальная',
      '',
      'Новый',
    ],
    [
      'Петров Олег Ильич',
      'petrov@school',
      '',
      'физика',
      1,
      '',
      'Рабочая программа',
      '',
      'Индивидуальная',
      '',
      'Новый',
    ],
    [
      'Орлова Нина Ивановна',
      'orlova@school.ru',
      '',
      'физика',
      1,
      '',
      'Оценивание',
      '',
      'Индивидуальная',
      '',
      'Новый',
    ],
  ]);
const mentorsTable = () =>
  table('mentors', [
    [
      'Сидорова Анна Петровна',
      'sidorova@school.ru',
      '',
      'математика',
      20,
      'Высшая',
      'Рабочая программа',
      '',
      2,
      '2026-09-01',
      '',
      'Активен',
    ],
    [
      'Кузьмин Пётр Ильич',
      'kuzmin@school.ru',
      '',
      'физика',
      25,
      'Высшая',
      'Оценивание',
      '',
      1,
      '2026-09-01',
      '',
      'Активен',
    ],
  ]);

describe('2. anyone left out of matching is listed', () => {
  it('a mentee with a malformed email is named with the reason and the row to fix', () => {
    const mentees = menteesTable();
    const mentors = mentorsTable();
    const out = leftOutOfMatching(mentees, readMentees(mentees), mentors, readMentors(mentors));
    expect(out).toEqual([
      {
        name: 'Петров Олег Ильич',
        email: 'petrov@school',
        reason: expect.stringContaining('«petrov@school» — не похоже на адрес электронной почты'),
        sheet: 'Банк наставляемых',
        row: 3,
        column: 'Email',
      },
    ]);
  });
});

function pairsContext(pairRows: unknown[][] = [], today = '2026-11-30'): PairsContext {
  const mentees = menteesTable();
  const mentors = mentorsTable();
  const mentorList = readMentors(mentors);
  const menteeList = readMentees(mentees);
  return {
    pairs: table('pairs', pairRows),
    mentors,
    mentees,
    mentorList,
    menteeList,
    names: namesToEmails(mentorList, menteeList),
    schoolYear: '2026/2027',
    today,
    defaultCapacity: 2,
  };
}

describe('3. the term starts at the order', () => {
  it('a new pair has no start until the order; the order fixes it at its own date', () => {
    const ctx = pairsContext([], '2026-09-10');
    const all = pairsOf(ctx);
    addPair(ctx, { mentorEmail: 'sidorova@school.ru', menteeEmails: ['ivanova@school.ru'] }, all);
    const made = pairsOf(ctx)[0];
    expect(made.start).toBe('');
    expect(made.end).toBe('2027-05-31');
    expect(termText(made.start, made.end)).toBe('с даты приказа по 31.05.2027');

    const agreed = pair(
      'НП-2026-01',
      person('Сидорова Анна Петровна', 's@x.ru'),
      [person('Иванова Мария Петровна', 'i@x.ru')],
      {
        start: '',
        end: '2027-05-31',
        consents: { mentor: '2026-09-20', mentees: { 'i@x.ru': '2026-09-20' } },
      },
    );
    const order = buildOrder(SCHOOL, [agreed], { number: '45-о', date: '2026-11-30' });
    expect(order.rowSets[0].rows[0]['срок']).toBe('с 30.11.2026 по 31.05.2027');
    // A start the curator typed stands.
    const typed = buildOrder(SCHOOL, [{ ...agreed, start: '2026-12-01' }], {
      number: '46-о',
      date: '2026-11-30',
    });
    expect(typed.rowSets[0].rows[0]['срок']).toBe('с 01.12.2026 по 31.05.2027');
  });

  it('a pair in an order starts at the order’s date when «Начало» is empty', () => {
    expect(termStart({ start: '', order: '№ 45-о от 30.11.2026' })).toBe('2026-11-30');
    expect(termStart({ start: '2026-12-01', order: '№ 45-о от 30.11.2026' })).toBe('2026-12-01');
  });
});

const pairRow = (id: string, mentor: string, mentee: string, extra: Record<string, unknown> = {}) =>
  columnsOf(SHEETS.pairs).map((c) =>
    c.header in extra
      ? extra[c.header]
      : ((
          { ID: id, Наставник: mentor, Наставляемые: mentee, Статус: 'Предложена' } as Record<string, unknown>
        )[c.header] ?? ''),
  );

describe('4. programmes and questionnaires go to pairs in an order', () => {
  it('only ordered pairs are surveyed; without an order the refusal names the pairs', () => {
    const ctx = pairsContext([
      pairRow(
        'НП-2026-01',
        'Сидорова Анна Петровна <sidorova@school.ru>',
        'Иванова Мария Петровна <ivanova@school.ru>',
        {
          Приказ: '№ 45-о от 30.11.2026',
          Статус: 'Закреплена',
        },
      ),
      pairRow(
        'НП-2026-02',
        'Кузьмин Пётр Ильич <kuzmin@school.ru>',
        'Орлова Нина Ивановна <orlova@school.ru>',
      ),
    ]);
    const pairs = pairsOf(ctx);
    expect(pairs.map(inOrder)).toEqual([true, false]);
    expect(surveyedPairs(pairs).map((p) => p.id)).toEqual(['НП-2026-01']);
    pairs[0].programme = 'https://docs.google.com/document/d/x/edit';
    expect(programmesRefusal(pairs)).toMatch(/пара НП-2026-02 ещё не включена в приказ/);
  });
});

describe('5. the checkbox has its own word', () => {
  it('is not the status «Закреплена», and an old sheet’s «Закреплена» column is still read', () => {
    expect(LOCKED_COLUMN).not.toBe('Закреплена');
    expect(PAIR_STATUSES).toContain('Закреплена');
    const header = columnsOf(SHEETS.pairs).map((c) => (c.header === LOCKED_COLUMN ? 'Закреплена' : c.header));
    const old = table(
      'pairs',
      [pairRow('НП-2026-01', 'a <a@x.ru>', 'b <b@x.ru>', { [LOCKED_COLUMN]: true })],
      header,
    );
    const ctx = { ...pairsContext(), pairs: old };
    expect(pairsOf(ctx)[0].fixed).toBe(true);
  });
});

describe('6. why a mentor of another subject won', () => {
  const mentor = (email: string, subject: string, topics: string[], capacity: number): MentorCandidate => ({
    email,
    name: `${email.split('@')[0]} Анна Петровна`,
    position: 'учитель',
    subject,
    experienceYears: 20,
    category: 'высшая',
    competencies: topics,
    capacity,
    active: true,
    consentRecorded: true,
  });
  const input = (physicsCapacity: number): MatchingInput => ({
    mentors: [
      mentor('russian@x.ru', 'русский язык', ['Рабочая программа', 'Оценивание'], 2),
      mentor('physics@x.ru', 'физика', ['Оценивание'], physicsCapacity),
    ],
    mentees: [
      {
        email: 'teacher@x.ru',
        name: 'Учителева Мария Ивановна',
        position: 'учитель',
        subject: 'физика',
        experienceYears: 1,
        category: '',
        topics: ['Рабочая программа', 'Оценивание'],
        preferredForm: 'Индивидуальная',
      },
    ],
    settings: { defaultCapacity: 2 },
    pairs: [],
    rejections: [],
  });
  const proposal = [{ mentorEmail: 'russian@x.ru', menteeEmails: ['teacher@x.ru'] }];

  it('names the same-subject mentor who shares fewer topics', () => {
    const note = otherSubjectNotes(input(1), proposal).get('teacher@x.ru');
    expect(note).toBe(
      'предмет другой, потому что наставник по предмету «физика» (physics А. П.) меньше подходит по темам запроса: общих тем 1 против 2',
    );
  });

  it('names the same-subject mentor who is full', () => {
    const full = input(1);
    full.pairs.push({
      id: 'НП-1',
      mentorEmail: 'physics@x.ru',
      menteeEmails: ['z@x.ru'],
      fixed: false,
      active: true,
    });
    expect(otherSubjectNotes(full, proposal).get('teacher@x.ru')).toMatch(/занят: свободных мест нет$/);
  });
});

describe('7. consents in bulk', () => {
  const rows = () => [
    pairRow(
      'НП-2026-01',
      'Сидорова Анна Петровна <sidorova@school.ru>',
      'Иванова Мария Петровна <ivanova@school.ru>',
    ),
    pairRow(
      'НП-2026-02',
      'Кузьмин Пётр Ильич <kuzmin@school.ru>',
      'Орлова Нина Ивановна <orlova@school.ru>',
      {
        'Согласие наставника': '20.11.2026',
        'Согласие наставляемых': '02.12.2026',
      },
    ),
  ];

  it('every participant of the chosen pairs at one date, with the checks of one «Отметить»', () => {
    const ctx = pairsContext(rows());
    const result = recordConsentsOfPairs(ctx, pairsOf(ctx), ['НП-2026-01'], '2026-11-20');
    expect(result).toEqual({ recorded: 2, agreed: ['НП-2026-01'], stillMissing: [] });
    expect(pairsOf(ctx)[0].status).toBe('Согласована');
    expect(() => recordConsentsOfPairs(ctx, pairsOf(ctx), ['НП-2026-01'], '2026-12-20')).toThrow(
      'Дата согласия не может быть позже сегодняшнего дня.',
    );
  });

  it('the dates typed into the sheet get the same checks: a future date is named, not accepted', () => {
    const ctx = pairsContext(rows());
    const result = acceptTypedConsents(ctx, pairsOf(ctx));
    expect(result.problems).toEqual([
      {
        id: 'НП-2026-02',
        row: 3,
        column: 'Согласие наставляемых',
        message: '02.12.2026 — дата согласия позже сегодняшнего дня',
      },
    ]);
    expect(result.agreed).toEqual([]);
    const later = pairsContext(rows(), '2026-12-03');
    expect(acceptTypedConsents(later, pairsOf(later)).agreed).toEqual(['НП-2026-02']);
  });
});

describe('11. the calendar follows «Учебный год» of «Настройки»', () => {
  it('after «Новый учебный год» on 02.06.2027 the deadlines are in 2027/2028', () => {
    const rule = parseDeadline('15.09')!;
    expect(deadlineFor(rule, '2027-06-03', '2027/2028')).toBe('2027-09-15');
    expect(deadlineFor(rule, '2027-06-03', '2026/2027')).toBe('2026-09-15');
    const facts: RoadmapFacts = {
      teachers: 2,
      notAnswered: ['Иванова М. П.', 'Петров О. И.'],
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
    };
    // The next day nothing is «Просрочено»: the new year's 15 September is ahead.
    expect(itemStatus('2.1', '15.09', facts, '2027-06-03', '2027/2028').status).toBe('Не начато');
  });

  it('the preview counts, sheet by sheet, what goes to the archive and what stays', () => {
    const plan = planRollover({
      schoolYear: '2026/2027',
      todayIso: '2027-06-02',
      sheetNames: [],
      sheets: {
        mentees: {
          header: ['ФИО', 'Статус'],
          rows: [
            ['Иванова', 'В паре'],
            ['Петров', 'Сопровождение'],
            ['Орлова', 'В паре'],
          ],
        },
        pairs: { header: ['ID', 'Статус'], rows: [['НП-2026-01', 'Закреплена']] },
      },
    });
    expect(previewLines(plan)).toEqual([
      'Если начать новый учебный год сейчас (2026/2027 → 2027/2028):',
      'Пары и группы: в архив уйдёт всё (1 строка).',
      'Банк наставляемых: в архив 2 из 3, останется 1.',
    ]);
  });

  it('the confirmation says the mentees in pairs go to the archive and only those waiting stay', () => {
    const text = [
      CONFIRMATION.archived('2026/2027'),
      CONFIRMATION.kept,
      CONFIRMATION.calendar('2027/2028'),
    ].join(' ');
    expect(MENTEE_DONE).toContain('В паре');
    expect(text).toMatch(/из «Банк наставляемых» — все, кто в паре, завершил или выбыл/);
    expect(text).toMatch(/только ожидающие пары \(статусы «Новый» и «Сопровождение»\)/);
    expect(text).not.toMatch(/банки наставников и наставляемых останутся/);
    expect(text).toMatch(/сроки дорожной карты перейдут на 2027\/2028/);
  });
});

describe('12. one definition of each roadmap fact', () => {
  it('2.1 counts each listed teacher once, by a request or a mentor questionnaire this year', () => {
    const facts = requestFacts(
      [
        { name: 'А', email: 'a@x.ru' },
        { name: 'Б', email: 'B@x.ru' },
        { name: 'Б', email: 'b@x.ru' },
        { name: 'В', email: 'c@x.ru' },
      ],
      [
        { email: 'a@x.ru', date: '2026-09-03' },
        { email: 'z@x.ru', date: '2026-09-03' },
      ],
      [{ email: 'b@x.ru', date: '2025-09-03' }],
      '2026-08-01',
    );
    expect(facts).toEqual({
      teachers: 3,
      answered: 1,
      notAnswered: [
        { name: 'Б', email: 'b@x.ru' },
        { name: 'В', email: 'c@x.ru' },
      ],
    });
  });

  it('2.2 is not «Выполнено» while 2.1 still waits for answers', () => {
    const facts: RoadmapFacts = {
      teachers: 42,
      notAnswered: ['Иванова М. П.'],
      mentees: 1,
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
    };
    expect(itemStatus('2.2', '01.10', facts, '2026-09-10', '2026/2027').status).toBe('В работе');
    expect(itemStatus('2.2', '01.10', { ...facts, notAnswered: [] }, '2026-09-10', '2026/2027').status).toBe(
      'Выполнено',
    );
  });
});

describe('14. one greeting rule', () => {
  it('by gender from the patronymic, neutral when it does not tell', () => {
    expect(greeting('Кузнецова Ирина Викторовна')).toBe('Уважаемая Ирина Викторовна!');
    expect(greeting('Ушаков Павел Андреевич')).toBe('Уважаемый Павел Андреевич!');
    expect(greeting('Мамедов Рашид Ильхам оглы')).toBe('Уважаемый Рашид Ильхам оглы!');
    expect(greeting('Алиева Лейла Рашид кызы')).toBe('Уважаемая Лейла Рашид кызы!');
    expect(greeting('Гарсиа Мария')).toBe('Здравствуйте, Мария Гарсиа!');
    expect(greeting('Гарсиа М.')).toBe('Здравствуйте, М. Гарсиа!');
    expect(greeting('')).toBe('Здравствуйте!');
  });

  it('every letter to a person greets by that rule', () => {
    const letters = [
      CAMPAIGN_TEXTS.body('Ушаков Павел Андреевич', 'https://f', '15.09.2026', 'МБОУ «СОШ №2»'),
      CAMPAIGN_TEXTS.mentorBody('Ушаков Павел Андреевич', 'https://f', '15.09.2026', 'МБОУ «СОШ №2»'),
      DEADLINE_TEXTS.teacherBody(
        'Ушаков Павел Андреевич',
        'Анкета',
        'https://f',
        '15.09.2026',
        'через 7 дней',
        '',
      ),
      EMAILS.invitationBody('Ушаков Павел Андреевич', 'НП-2026-01', 'https://f', '20.05.2027'),
      EMAILS.reminderBody('Ушаков Павел Андреевич', 'НП-2026-01', 'https://f', '20.05.2027'),
    ];
    for (const letter of letters) expect(letter.split('\n')[0]).toBe('Уважаемый Павел Андреевич!');
  });
});

describe('15. Russian text', () => {
  it('no «..» after initials, and «оглы»/«кызы» are not initials', () => {
    expect(shortName('Мамедов Рашид Ильхам оглы')).toBe('Мамедов Р. И.');
    expect(shortName('Алиева Лейла Рашид кызы')).toBe('Алиева Л. Р.');
    expect(shortName('Кузьмина В. А.')).toBe('Кузьмина В. А.');
    expect(sentence('нет ответа: Кузьмина В. А.')).toBe('нет ответа: Кузьмина В. А.');
    expect(
      DEADLINE_TEXTS.itemLine(
        '2.1',
        'Анкетирование',
        '15.09.2026',
        'через 7 дней',
        'нет ответа: Кузьмина В. А.',
      ),
    ).not.toMatch(/\.\./);
    expect(`${DOC_NAMES.programme('НП-2026-01', 'Осипов Д. И.')}.pdf`).not.toMatch(/\.\./);
  });

  it('the escalation counts its deadlines in Russian, the weakest score reads naturally', () => {
    expect(DEADLINE_TEXTS.escalationSubject('', 4)).toBe('Наставничество: просрочено 4 срока дорожной карты');
    expect(DEADLINE_TEXTS.escalationSubject('', 1)).toBe('Наставничество: просрочен срок дорожной карты');
    const weakest = monitoringNote({
      schoolName: 'МБОУ «СОШ №2»',
      schoolYear: '2026/2027',
      dateIso: '2027-06-05',
      pairs: PAIRS,
      records: [record('П-1', 'mentor', 'petrova@school.ru', scores(9, 9, 9, 9, 6))],
      stats: monitoringStats(PAIRS, [record('П-1', 'mentor', 'petrova@school.ru', scores(9, 9, 9, 9, 6))]),
    });
    const all = JSON.stringify(weakest);
    expect(all).not.toMatch(/Наименее высокая/);
    expect(all).toMatch(/Самая низкая оценка/);
  });

  it('quotes nest as „…“ and a publication draft does not repeat its title', () => {
    expect(quote('Семинар «Оценивание»')).toBe('«Семинар „Оценивание“»');
    const draft = draftPublication(
      {
        date: '2026-11-12',
        type: 'Семинар',
        title: 'Формирующее «оценивание»',
        participants: '',
        responsible: '',
        result: '',
        materials: '',
        publication: '',
      },
      { schoolName: 'МБОУ «СОШ №2»', allowNames: false },
    );
    expect(draft.site.text.split('Формирующее').length - 1).toBe(1);
    expect(draft.site.text).not.toMatch(/«[^»]*«/);
  });
});

describe('16. the analytical note fits A4', () => {
  it('the pair table has five columns: pair and mentor, answers, average, the lowest question, continue', () => {
    const records = [record('П-1', 'mentor', 'petrova@school.ru', scores(9, 9, 9, 9, 6))];
    const note = monitoringNote({
      schoolName: 'МБОУ «СОШ №2»',
      schoolYear: '2026/2027',
      dateIso: '2027-06-05',
      pairs: PAIRS,
      records,
      stats: monitoringStats(PAIRS, records),
    });
    const tables = note.blocks.filter((b) => b.kind === 'table');
    for (const t of tables) expect(t.kind === 'table' && t.header.length).toBeLessThanOrEqual(5);
    const pairs = tables.find((t) => t.kind === 'table' && t.header[0] === NOTE.pair);
    expect(pairs && pairs.kind === 'table' && pairs.header).toEqual([
      NOTE.pair,
      NOTE.answered,
      NOTE.average,
      NOTE.lowest,
      NOTE.wouldContinue,
    ]);
  });
});
