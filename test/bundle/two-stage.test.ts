// Two-stage monitoring and year on year (issue #19, items 5-6), through the real build/Code.js on the
// emulator, over a school year: programmes → the self-assessment at the start (a repeated answer, the
// same event twice) → marks of the plan → the self-assessment at the end → the participants'
// questionnaires → the curator's questionnaire (a repeat, and an answer from someone who is not a
// curator refused and flagged) → the note with both stages, the plan's completion, growth and a SWOT
// draft → «Новый учебный год» → the next year's dashboard and note compare with the archive.
import type { DashboardDto, FormsOverviewDto, MailingPreviewDto } from '../../src/server/api/types';
import {
  answerQuestionnaires,
  CURATOR,
  consentEveryone,
  formIds,
  requestAnswers,
  schoolWithPairs,
  sheetRecords,
  type School,
} from '../helpers/school';

const P1 = 'НП-2026-01';
const P2 = 'НП-2026-02';
const M0 = 'm0@school2.example';
const M1 = 'm1@school2.example';
const T0 = 't0@school2.example';
const T1 = 't1@school2.example';

const SKILLS = [
  'Планирование уроков и рабочей программы',
  'Методы и приёмы обучения',
  'Работа с классом: дисциплина и мотивация обучающихся',
  'Оценивание результатов обучающихся',
  'Взаимодействие с родителями',
  'Профессиональная уверенность в своей работе',
];
const CRITERIA = [
  'В какой мере выполнен план мероприятий программы?',
  'Насколько регулярной была совместная работа наставника и наставляемого?',
  'В какой мере достигнуты цели программы?',
  'Насколько заметен профессиональный рост наставляемого?',
  'Как вы оцениваете материалы и отчётность пары (отметки, результаты, продукты)?',
];

interface Result {
  message: string;
  more?: boolean;
  retryAfterMs?: number;
}

function sidebar(school: School, start: () => unknown, kind: string): Result {
  let result = start() as Result;
  while (result.more) {
    if (result.retryAfterMs) school.ws.clock.setNow(school.ws.clock.nowMillis() + result.retryAfterMs);
    result = school.app.continueWork(kind) as Result;
  }
  return result;
}

function dayOf(school: School, iso: string): void {
  school.ws.script.advanceTo(`${iso}T12:00:00+03:00`);
}

/** The values a personal link fills in, in the form's order. */
function prefilled(link: string): string[] {
  return [...new URL(link).searchParams.entries()].filter(([k]) => k.startsWith('entry.')).map(([, v]) => v);
}

/** The self-assessment link each participant got in the letters sent since `since`. */
function selfLinks(school: School, since: number, subject: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of school.ws.mail.outbox.slice(since).filter((m) => m.subject === subject))
    out.set(m.to, /Самооценка: (\S+)/.exec(m.body)![1]);
  return out;
}

/** A participant follows their link and gives their scores. */
function answerSelf(school: School, link: string, scores: number[]) {
  const [stage, email] = prefilled(link);
  const answers: Record<string, string> = { Этап: stage, 'Ваш адрес электронной почты': email };
  SKILLS.forEach((title, i) => (answers[title] = String(scores[i])));
  return school.ws.forms.submit(formIds(school).selfAssessment.formId, answers);
}

/** Someone follows a curator's link (signed in as `account`) and assesses the pair. */
function answerCurator(school: School, link: string, account: string, scores: number[], comment = '') {
  const [pair, email] = prefilled(link);
  const answers: Record<string, string> = {
    'Код пары': pair,
    'Ваш адрес электронной почты': email,
    'Рекомендация по итогам года': 'Продолжить работу в паре',
    'Комментарий куратора': comment,
  };
  CRITERIA.forEach((title, i) => (answers[title] = String(scores[i])));
  return school.ws.forms.submit(formIds(school).curatorAssessment.formId, answers, { account });
}

function selfRows(school: School): Array<Record<string, unknown>> {
  return sheetRecords(school, 'Самооценка');
}

function journal(school: School): string[] {
  return sheetRecords(school, 'Журнал').map((r) => `${r['Действие']}: ${r['Подробности']}`);
}

function noteText(school: School, year: string): string {
  const note = sheetRecords(school, 'Документы').find(
    (d) => d['Тип'] === 'Аналитическая справка' && String(d['Название']).endsWith(year),
  )!;
  return school.ws.docs.text(/\/d\/([^/]+)/.exec(String(note['Ссылка']))![1]);
}

describe('two-stage monitoring and year on year (issue #19, items 5-6)', () => {
  let school: School;

  beforeAll(() => {
    school = schoolWithPairs(2);
    dayOf(school, '2026-09-10');
    consentEveryone(school, '2026-09-10');
  });

  it('setup made the self-assessment and the curator’s questionnaire, their sheets and settings', () => {
    const forms = formIds(school);
    expect(forms.selfAssessment).toBeDefined();
    expect(forms.curatorAssessment).toBeDefined();
    expect(school.ss.getSheetByName('Самооценка')).not.toBeNull();
    expect(school.ss.getSheetByName('Оценка куратора')).not.toBeNull();
    const settings = sheetRecords(school, 'Настройки');
    for (const name of ['Самооценка педагога', 'Мониторинг: оценка куратора'])
      expect(String(settings.find((r) => r['Параметр'] === name)?.['Значение'])).toMatch(
        /^https:\/\/docs\.google\.com\/forms\//,
      );
  });

  it('stage 2 at the start: a preview, then one letter per participant with a personal link', () => {
    dayOf(school, '2026-09-15');
    const preview = school.app.previewMailing('selfStart') as MailingPreviewDto;
    expect(preview).toMatchObject({ kind: 'selfStart', people: 4, letters: 4, message: '' });
    expect(preview.sample!.subject).toBe('Самооценка в начале учебного года');
    expect(preview.sample!.body).toContain('Уважаемый Олег Петрович!');
    const since = school.ws.mail.outbox.length;
    expect(sidebar(school, () => school.app.sendSelfAssessments('start'), 'selfStart').message).toBe(
      'Самооценка на начало года отправлена: 4.',
    );
    const links = selfLinks(school, since, 'Самооценка в начале учебного года');
    expect([...links.keys()].sort()).toEqual([M0, M1, T0, T1]);
    expect(prefilled(links.get(T0)!)).toEqual(['Начало года', T0]);

    answerSelf(school, links.get(M0)!, [4, 4, 4, 4, 4, 4]);
    answerSelf(school, links.get(T0)!, [1, 1, 1, 1, 1, 1]);
    answerSelf(school, links.get(M1)!, [4, 4, 4, 4, 4, 4]);
    const event = answerSelf(school, links.get(T1)!, [2, 2, 2, 2, 2, 2]);
    // A second answer of the same stage: the latest wins, in the same row.
    school.ws.clock.setNow('2026-09-16T10:00:00+03:00');
    answerSelf(school, links.get(T0)!, [2, 2, 3, 2, 2, 2]);
    const rows = selfRows(school);
    expect(rows).toHaveLength(4);
    const t0 = rows.find((r) => r['Email'] === T0)!;
    expect([t0['Этап'], t0['ФИО'], t0['Планирование уроков'], t0['Работа с классом']]).toEqual([
      'Начало года',
      'Учителева0 Мария Ивановна',
      2,
      3,
    ]);
    expect(journal(school)).toContain(`Самооценка заменена: ${T0}, Начало года`);
    // The same event delivered twice changes nothing.
    const before = JSON.stringify(selfRows(school));
    school.ws.forms.redeliver(event);
    expect(JSON.stringify(selfRows(school))).toBe(before);

    // Everyone has answered: the mailing sends nothing more.
    const after = school.ws.mail.outbox.length;
    expect(sidebar(school, () => school.app.sendSelfAssessments('start'), 'selfStart').message).toBe(
      'Все участники действующих пар уже прошли самооценку в начале года.',
    );
    expect(school.ws.mail.outbox.length).toBe(after);
  });

  it('programmes and marks of the plan during the year', () => {
    dayOf(school, '2026-10-01');
    sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }), 'order');
    expect(sidebar(school, () => school.app.generateProgrammes([]), 'programmes').message).toMatch(
      /Программы созданы: 2/,
    );
    dayOf(school, '2026-10-20');
    const plan = formIds(school).planMark.formId;
    for (const [activity, date] of [
      ['Посещение уроков наставника', '2026-10-19'],
      ['Совместное планирование урока', '2026-12-10'],
    ])
      school.ws.forms.submit(plan, {
        'Код пары': P1,
        'Ваш адрес электронной почты': M0,
        Мероприятие: activity,
        'Дата проведения': date,
        'Результат (одной строкой)': 'Проведено',
      });
  });

  it('stage 2 at the end: the same questions; one participant does not answer', () => {
    dayOf(school, '2027-05-10');
    const since = school.ws.mail.outbox.length;
    expect(sidebar(school, () => school.app.sendSelfAssessments('end'), 'selfEnd').message).toBe(
      'Самооценка на конец года отправлена: 4.',
    );
    const links = selfLinks(school, since, 'Самооценка в конце учебного года');
    expect(prefilled(links.get(M0)!)).toEqual(['Конец года', M0]);
    answerSelf(school, links.get(M0)!, [5, 5, 4, 4, 5, 5]);
    answerSelf(school, links.get(T0)!, [4, 3, 3, 3, 3, 4]);
    answerSelf(school, links.get(M1)!, [4, 4, 3, 4, 4, 4]);
    expect(selfRows(school)).toHaveLength(7);
  });

  it('stage 1: the participants’ questionnaires and the curator’s, by the links on the forms tab', () => {
    answerQuestionnaires(school);
    const overview = school.app.getFormsOverview() as FormsOverviewDto;
    expect(overview.stages!.self).toEqual({ expected: 4, start: 4, end: 3, both: 3 });
    const links = overview.stages!.curator;
    expect(links.map((l) => [l.id, l.assessed])).toEqual([
      [P1, false],
      [P2, false],
    ]);
    expect(prefilled(links[0].link)).toEqual([P1, CURATOR]);

    answerCurator(school, links[0].link, CURATOR, [6, 6, 6, 6, 6]);
    school.ws.clock.setNow('2027-05-12T10:00:00+03:00');
    answerCurator(
      school,
      links[0].link,
      CURATOR,
      [9, 8, 9, 8, 7],
      'Пара работает регулярно, материалы в порядке',
    );
    let rows = sheetRecords(school, 'Оценка куратора');
    expect(rows).toHaveLength(1);
    expect(rows[0]['Выполнение плана']).toBe(9);
    expect(journal(school)).toContain(`Оценка куратора заменена: ${P1}, ${CURATOR}`);

    // A mentor opens the curator's link for his own pair: kept apart, not counted, flagged.
    answerCurator(school, links[1].link, M1, [10, 10, 10, 10, 10]);
    rows = sheetRecords(school, 'Оценка куратора');
    expect(rows.map((r) => [r['ID пары'], r['Email']])).toEqual([
      [P1, CURATOR],
      [P2, M1],
    ]);
    expect(journal(school)).toContain(
      `Оценка куратора не учтена: ${M1} не куратор наставничества (по «Настройкам»): оценка по паре ${P2} записана, но не учтена`,
    );
    const dashboard = school.app.getDashboard() as DashboardDto;
    expect(dashboard.warnings).toContainEqual({
      text: `Оценка куратора: ответ ${M1} по паре ${P2} не учтён — этот адрес не указан куратором в «Настройках». Удалите строку или исправьте Email`,
      sheet: 'Оценка куратора',
      row: 3,
      column: 'Email',
    });
    expect(
      (school.app.getFormsOverview() as FormsOverviewDto).stages!.curator.map((l) => l.assessed),
    ).toEqual([true, false]);
    // No archive yet: one line, not an empty table.
    expect(dashboard.yearOnYear).toEqual({
      previousYear: '2025/2026',
      none: 'Данных прошлого учебного года (2025/2026) в таблице нет: сравнивать не с чем.',
      rows: [],
    });
  });

  it('the note has both stages, the plan’s completion, growth, the comparison line and a SWOT draft', () => {
    sidebar(school, () => school.app.generateAnalyticalNote(), 'note');
    const text = noteText(school, '2026-2027');
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i).toBeGreaterThan(0);
      return i;
    };
    expect(text).toContain('Мониторинг проведён в два этапа');
    expect(at('Оценка куратора (этап 1)')).toBeGreaterThan(at('Ответы на открытые вопросы'));
    expect(at('Профессиональный рост участников: самооценка (этап 2)')).toBeGreaterThan(
      at('Оценка куратора (этап 1)'),
    );
    expect(at('Выполнение планов персонализированных программ')).toBeGreaterThan(
      at('Профессиональный рост участников'),
    );
    expect(at('Сравнение с прошлым учебным годом')).toBeGreaterThan(at('Выполнение планов'));
    expect(at('SWOT-анализ реализации программ наставничества (черновик)')).toBeGreaterThan(
      at('Сравнение с прошлым учебным годом'),
    );
    expect(text.lastIndexOf('Выводы')).toBeGreaterThan(at('SWOT-анализ'));

    expect(text).toContain('Куратор оценил реализацию программ в 1 из 2 пар и групп (по шкале от 1 до 10).');
    expect(text).toContain('Пара работает регулярно, материалы в порядке');
    expect(text).toContain(
      'Самооценку в начале и в конце года прошли 3 из 4 участников пар и групп; средняя самооценка выросла у 2 из 3 (67 %). Шкала от 1 до 5.',
    );
    expect(text).toContain('Учителева1 М. И. — нет самооценки в конце года');
    expect(text).toContain('Данных прошлого учебного года (2025/2026) в таблице нет: сравнивать не с чем.');
    expect(text).toContain('Черновик составлен надстройкой автоматически');
    expect(text).toContain('Выполнено лишь 25 % запланированных мероприятий программ.');
    expect(text).toMatch(/Заметный рост самооценки \(из 5\): [^\n]*планирование уроков \(\+1,0\)/);
    expect(text).toContain('Самооценка снизилась у 1 участника');
    expect(text).toContain('Нет пары самооценок у 1 участника: их рост не измерен.');
    expect(text).toContain('Куратор не оценил 1 пару: оценка качества программ неполная.');
  });

  it('after «Новый учебный год» the stages are archived; the next year’s dashboard and note compare with the archive', () => {
    dayOf(school, '2027-06-15');
    school.app.startNewSchoolYear();
    expect(school.ss.getSheetByName('Архив 2026/2027 — Самооценка')).not.toBeNull();
    expect(school.ss.getSheetByName('Архив 2026/2027 — Оценка куратора')).not.toBeNull();
    expect(selfRows(school)).toEqual([]);

    dayOf(school, '2027-09-10');
    school.ws.forms.submit(
      formIds(school).requests.formId,
      requestAnswers({ name: 'Новикова Анна Петровна', email: 't9@school2.example' }, ['Методика урока']),
    );
    school.app.createPair({ mentorEmail: M0, menteeEmails: ['t9@school2.example'] });
    answerQuestionnaires(school);

    const dashboard = school.app.getDashboard() as DashboardDto;
    expect(dashboard.yearOnYear).toEqual({
      previousYear: '2026/2027',
      none: '',
      rows: [
        { label: 'Пар и групп', previous: '2', current: '1', change: '−1' },
        { label: 'Выполнение планов программ', previous: '25 %', current: '—', change: '—' },
        { label: 'Средняя оценка участников (из 10)', previous: '8,0', current: '8,0', change: '0,0' },
        { label: 'Средняя оценка куратора (из 10)', previous: '8,2', current: '—', change: '—' },
        { label: 'Средний рост самооценки (из 5)', previous: '+0,6', current: '—', change: '—' },
        { label: 'Доля участников, чья самооценка выросла', previous: '67 %', current: '—', change: '—' },
      ],
    });

    sidebar(school, () => school.app.generateAnalyticalNote(), 'note');
    const text = noteText(school, '2027-2028');
    expect(text).toContain('Сравнение с прошлым учебным годом');
    expect(text).toContain(
      'Показатели 2027/2028 учебного года в сравнении с 2026/2027 (по архивным листам «Архив 2026/2027 — …»).',
    );
    expect(text).toContain('Средний рост самооценки (из 5)');
    expect(text).not.toContain('сравнивать не с чем');
  });
});
