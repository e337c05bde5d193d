// The programme lived (issue #19), through the real build/Code.js on the emulator: programmes made
// → «План программ» → mentors mark activities through «Отметка о выполнении» (a repeated answer, one
// outside the plan, one for another mentor's pair refused and flagged) → the plan's reminders, each
// once → each pair's progress on the dashboard; a regenerated programme keeps what was done.
import type { DashboardDto } from '../../src/server/api/types';
import {
  answerQuestionnaires,
  CURATOR,
  consentEveryone,
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  SCHOOL_SETTINGS,
  schoolWithPairs,
  setUp,
  sheetRecords,
  type School,
} from '../helpers/school';

const PLAN = 'План программ';
const P1 = 'НП-2026-01';
const P2 = 'НП-2026-02';
const M0 = 'm0@school2.example';
const M1 = 'm1@school2.example';

interface Result {
  message: string;
  more?: boolean;
  retryAfterMs?: number;
}

/** The sidebar's loop: call, then continueWork while the result says `more`. */
function sidebar(school: School, start: () => unknown, kind: string): Result {
  let result = start() as Result;
  while (result.more) {
    if (result.retryAfterMs) school.ws.clock.setNow(school.ws.clock.nowMillis() + result.retryAfterMs);
    result = school.app.continueWork(kind) as Result;
  }
  return result;
}

/** Midday of `iso`, the hourly trigger's runs of the morning fired on the way. */
function dayOf(school: School, iso: string): void {
  school.ws.script.advanceTo(`${iso}T12:00:00+03:00`);
}

function planRows(school: School, pair?: string): Array<Record<string, unknown>> {
  return sheetRecords(school, PLAN).filter((r) => !pair || r['ID пары'] === pair);
}

/** A date cell as the school's calendar day (Moscow). */
function iso(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'getTime' in value)
    return new Date((value as Date).getTime() + 3 * 3600_000).toISOString().slice(0, 10);
  return String(value ?? '');
}

function mark(
  school: School,
  pair: string,
  email: string,
  activity: string,
  date: string,
  result: string,
  link = '',
): void {
  school.ws.forms.submit(formIds(school).planMark.formId, {
    'Код пары': pair,
    'Ваш адрес электронной почты': email,
    Мероприятие: activity,
    'Дата проведения': date,
    'Результат (одной строкой)': result,
    'Ссылка на материалы (если есть)': link,
  });
}

/** The plan's letters sent so far: to whom, and the lines about the plan. */
function planLetters(school: School, since = 0): Array<{ to: string; subject: string; body: string }> {
  return school.ws.mail.outbox
    .slice(since)
    .filter((m) => /мероприяти[а-я]* программы|План программ|отметьте/i.test(m.body))
    .map((m) => ({ to: m.to, subject: m.subject, body: m.body }));
}

/** A mentor follows their link: the pre-filled pair, address and activity, as the browser submits them. */
function answerLink(school: School, link: string, date: string, result: string): void {
  const record = formIds(school).planMark;
  expect(link.startsWith(record.publishedUrl.replace(/viewform.*$/, ''))).toBe(true);
  const prefilled = [...new URL(link).searchParams.entries()]
    .filter(([k]) => k.startsWith('entry.'))
    .map(([, v]) => v);
  expect(prefilled).toHaveLength(3);
  school.ws.forms.submit(record.formId, {
    'Код пары': prefilled[0],
    'Ваш адрес электронной почты': prefilled[1],
    Мероприятие: prefilled[2],
    'Дата проведения': date,
    'Результат (одной строкой)': result,
  });
}

describe('the programme lived (issue #19)', () => {
  let school: School;
  /** The link of m1's overdue reminder. */
  let overdueLink = '';

  beforeAll(() => {
    school = schoolWithPairs(2);
    dayOf(school, '2026-09-10');
    consentEveryone(school, '2026-09-10');
    dayOf(school, '2026-10-01');
    expect(
      sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }), 'order')
        .message,
    ).toMatch(/Приказ/);
    expect(sidebar(school, () => school.app.generateProgrammes([]), 'programmes').message).toMatch(
      /Программы созданы: 2/,
    );
  });

  it('setup made the sheet and the form; each programme’s plan is rows with its dates', () => {
    expect(formIds(school).planMark).toBeDefined();
    const rows = planRows(school, P1);
    expect(rows.map((r) => [r['Тема'], r['Мероприятие'], iso(r['Срок']), r['Выполнено']])).toEqual([
      ['Методика урока', 'Посещение уроков наставника', '2026-10-31', ''],
      ['Методика урока', 'Совместное планирование урока', '2026-12-31', ''],
      ['Методика урока', 'Посещение уроков наставляемого с анализом', '2027-02-28', ''],
      ['Методика урока', 'Открытый урок наставляемого', '2027-04-30', ''],
    ]);
    expect(planRows(school, P2)).toHaveLength(4);
    const settings = sheetRecords(school, 'Настройки').find((r) => r['Параметр'] === 'Отметка о выполнении');
    expect(String(settings?.['Значение'])).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
  });

  it('a mentor marks an activity of the plan; a repeated answer replaces it; one outside the plan is a row of its own', () => {
    dayOf(school, '2026-10-20');
    mark(school, P1, M0, 'Посещение уроков наставника', '2026-10-19', 'Посетила урок');
    let row = planRows(school, P1).find((r) => r['Мероприятие'] === 'Посещение уроков наставника')!;
    expect([iso(row['Выполнено']), row['Результат'], row['Отметил']]).toEqual([
      '2026-10-19',
      'Посетила урок',
      M0,
    ]);

    school.ws.clock.setNow('2026-10-20T15:00:00+03:00');
    mark(
      school,
      P1,
      M0,
      'Посещение уроков наставника',
      '2026-10-19',
      'Посетила два урока, разобрали этапы урока открытия нового знания',
      'https://drive.google.com/file/d/abc/view',
    );
    const same = planRows(school, P1).filter((r) => r['Мероприятие'] === 'Посещение уроков наставника');
    expect(same).toHaveLength(1);
    row = same[0];
    expect(row['Результат']).toBe('Посетила два урока, разобрали этапы урока открытия нового знания');
    expect(row['Ссылка']).toBe('https://drive.google.com/file/d/abc/view');

    mark(
      school,
      P1,
      M0,
      'Мастер-класс «Современный урок»',
      '2026-10-20',
      'Провёл мастер-класс для молодых педагогов',
    );
    const outside = planRows(school, P1).find((r) => r['Мероприятие'] === 'Мастер-класс «Современный урок»')!;
    expect([iso(outside['Срок']), iso(outside['Выполнено']), outside['Примечание']]).toEqual([
      '',
      '2026-10-20',
      'Вне плана программы',
    ]);
    expect(planRows(school, P1)).toHaveLength(5);
    const journal = sheetRecords(school, 'Журнал').map((r) => `${r['Действие']}: ${r['Подробности']}`);
    expect(journal).toContain(
      'Отметка о выполнении: НП-2026-01: «Посещение уроков наставника», 19.10.2026, m0@school2.example',
    );
    expect(journal).toContain(
      'Отметка о выполнении заменена: НП-2026-01: «Посещение уроков наставника», 19.10.2026, m0@school2.example',
    );
  });

  it('a mentor’s mark for another mentor’s pair is refused and flagged, the plan untouched', () => {
    mark(school, P1, M1, 'Совместное планирование урока', '2026-10-22', 'Спланировали урок');
    const planned = planRows(school, P1).find(
      (r) => r['Мероприятие'] === 'Совместное планирование урока' && iso(r['Срок']) !== '',
    )!;
    expect(planned['Выполнено']).toBe('');
    const refused = planRows(school, P1).filter((r) => r['Отметил'] === M1);
    expect(refused).toHaveLength(1);
    expect(refused[0]['Примечание']).toBe('Не учтено: m1@school2.example — не наставник пары НП-2026-01');
    const journal = sheetRecords(school, 'Журнал').map((r) => `${r['Действие']}: ${r['Подробности']}`);
    expect(journal).toContain(
      'Отметка о выполнении не учтена: m1@school2.example не наставник пары НП-2026-01: отметка не внесена в план, строка помечена для куратора',
    );
    const dashboard = school.app.getDashboard() as DashboardDto;
    const warning = dashboard.warnings.find((w) => w.text.startsWith('План программ:'))!;
    expect(warning).toMatchObject({ sheet: PLAN, column: 'Отметил' });
    expect(warning.text).toContain('m1@school2.example по паре НП-2026-01 не учтена');
    expect(dashboard.programmes!.pairs.find((p) => p.id === P1)).toMatchObject({
      planned: 4,
      done: 1,
      outside: 1,
    });
  });

  it('reminds each mentor of an activity due within the week and of one overdue, exactly once; the curator of an idle pair once', () => {
    const since = school.ws.mail.outbox.length;
    for (let d = 21; d <= 31; d++) dayOf(school, `2026-10-${d}`);
    for (let d = 1; d <= 9; d++) dayOf(school, `2026-11-0${d}`);
    // A second run the same day changes nothing.
    const daily = school.ws.calls.quietly(() =>
      school.gas.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'dailyRunTrigger'),
    )!;
    const before = school.ws.mail.outbox.length;
    school.app.dailyRunTrigger({ triggerUid: daily.getUniqueId() });
    expect(school.ws.mail.outbox.length).toBe(before);

    const letters = planLetters(school, since);
    const toM1 = letters.filter((l) => l.to === M1);
    // Due on 24.10 (7 days before 31.10), overdue on 1.11; nothing else.
    expect(toM1).toHaveLength(2);
    expect(toM1[0].subject).toBe('Наставничество: 1 мероприятие программы — МБОУ «СОШ №2»');
    expect(toM1[0].body).toContain('Уважаемый Олег Петрович!');
    expect(toM1[0].body).toContain(
      '• Пара НП-2026-02: «Посещение уроков наставника» — по плану до 31.10.2026 (через 7 дней).',
    );
    expect(toM1[1].body).toContain(
      '• Пара НП-2026-02: «Посещение уроков наставника» — срок по плану был 31.10.2026, отметки о выполнении нет.',
    );
    // The link fills in the pair, the address and the activity: answering it marks the row.
    const link = /Если мероприятие проведено, отметьте его: (\S+)/.exec(toM1[1].body)![1];
    overdueLink = link;
    expect(decodeURIComponent(link)).toContain('НП-2026-02');
    expect(decodeURIComponent(link)).toContain('Посещение уроков наставника');
    expect(decodeURIComponent(link)).toContain(M1);
    expect(letters.filter((l) => l.to === M0)).toEqual([]);
    const idle = letters.filter((l) => l.to === CURATOR && l.body.includes('• Пара НП-2026-02 (наставник'));
    expect(idle).toHaveLength(1);
    expect(idle[0].body).toContain(
      '• Пара НП-2026-02 (наставник Смирнов1 О. П.): с начала работы пары (01.10.2026) не отмечено ни одного мероприятия программы, прошло 30 дней.',
    );
    expect(letters.some((l) => l.to === CURATOR && l.body.includes('Пара НП-2026-01 ('))).toBe(false);
    const keys = sheetRecords(school, 'Журнал рассылок').map((r) => String(r['Ключ']));
    expect(keys.filter((k) => k.startsWith('plan|'))).toEqual([
      expect.stringMatching(/^plan\|due\|НП-2026-02\|2026-10-31\|/),
      expect.stringMatching(/^plan\|idle\|НП-2026-02\|2026-10-01$/),
      expect.stringMatching(/^plan\|overdue\|НП-2026-02\|2026-10-31\|/),
    ]);
  });

  it('the dashboard shows each pair’s progress, the pair behind «требует внимания»', () => {
    dayOf(school, '2027-01-10');
    const dashboard = school.app.getDashboard() as DashboardDto;
    const programmes = dashboard.programmes!;
    const p1 = programmes.pairs.find((p) => p.id === P1)!;
    const p2 = programmes.pairs.find((p) => p.id === P2)!;
    expect(p1).toMatchObject({
      planned: 4,
      done: 1,
      outside: 1,
      overdue: 1,
      lastActivity: '2026-10-20',
      attention: true,
    });
    expect(p2).toMatchObject({ planned: 4, done: 0, overdue: 2, lastActivity: '', attention: true });
    expect(p2.note).toBe('просрочено 2 мероприятия, нет отметок 101 день, требует внимания');
    expect(programmes).toMatchObject({ planned: 8, done: 1, overdue: 3, attention: 2 });
  });

  it('staff tick a row in the sheet; a mentor answers by the link from the letter', () => {
    const sheet = school.ss.getSheetByName(PLAN)!;
    school.ws.calls.quietly(() => {
      const values = sheet.getDataRange().getValues();
      const header = values[0].map(String);
      const at = values.findIndex(
        (r) =>
          r[header.indexOf('ID пары')] === P2 &&
          r[header.indexOf('Мероприятие')] === 'Совместное планирование урока',
      );
      sheet.getRange(at + 1, header.indexOf('Выполнено') + 1).setValue(new Date('2026-12-20T00:00:00+03:00'));
    });
    answerLink(school, overdueLink, '2026-10-30', 'Посетил урок наставника');
    const visit = planRows(school, P2).find((r) => r['Мероприятие'] === 'Посещение уроков наставника')!;
    expect([iso(visit['Выполнено']), visit['Результат'], visit['Отметил']]).toEqual([
      '2026-10-30',
      'Посетил урок наставника',
      M1,
    ]);
    // A date typed as words does not count, and the dashboard names the cell.
    let typed = 0;
    school.ws.calls.quietly(() => {
      const values = sheet.getDataRange().getValues();
      const header = values[0].map(String);
      typed = values.findIndex(
        (r) =>
          r[header.indexOf('ID пары')] === P2 &&
          r[header.indexOf('Мероприятие')] === 'Открытый урок наставляемого',
      );
      sheet.getRange(typed + 1, header.indexOf('Выполнено') + 1).setValue('вчера');
    });
    const dashboard = school.app.getDashboard() as DashboardDto;
    expect(dashboard.programmes!.pairs.find((p) => p.id === P2)).toMatchObject({
      planned: 4,
      done: 2,
      overdue: 0,
      lastActivity: '2026-12-20',
      attention: false,
    });
    expect(dashboard.warnings).toContainEqual({
      text: expect.stringContaining('«вчера» — не дата'),
      sheet: PLAN,
      row: typed + 1,
      column: 'Выполнено',
    });
  });

  it('a programme made again keeps what was marked done', () => {
    const sheet = school.ss.getSheetByName('Пары и группы')!;
    school.ws.calls.quietly(() => {
      const values = sheet.getDataRange().getValues();
      const header = values[0].map(String);
      const at = values.findIndex((r) => r[header.indexOf('ID')] === P1);
      sheet.getRange(at + 1, header.indexOf('Программа') + 1).setValue('');
    });
    expect(sidebar(school, () => school.app.generateProgrammes([P1]), 'programmes').message).toMatch(
      /Программы созданы: 1/,
    );
    const rows = planRows(school, P1);
    expect(rows).toHaveLength(6);
    const visit = rows.find((r) => r['Мероприятие'] === 'Посещение уроков наставника')!;
    expect([iso(visit['Выполнено']), visit['Отметил'], visit['Ссылка']]).toEqual([
      '2026-10-19',
      M0,
      'https://drive.google.com/file/d/abc/view',
    ]);
    expect(rows.filter((r) => iso(r['Срок']) !== '' && r['Отметил'] !== M1)).toHaveLength(4);
    expect(rows.some((r) => r['Мероприятие'] === 'Мастер-класс «Современный урок»')).toBe(true);
  });
  it('a programme made before the plan existed gets its rows at the next daily run', () => {
    const sheet = school.ss.getSheetByName(PLAN)!;
    school.ws.calls.quietly(() => {
      const values = sheet.getDataRange().getValues();
      const header = values[0].map(String);
      for (let i = values.length - 1; i >= 1; i--)
        if (values[i][header.indexOf('ID пары')] === P2) sheet.deleteRow(i + 1);
    });
    expect(planRows(school, P2)).toHaveLength(0);
    dayOf(school, '2027-01-12');
    expect(planRows(school, P2).map((r) => iso(r['Срок']))).toEqual([
      '2026-10-31',
      '2026-12-31',
      '2027-02-28',
      '2027-04-30',
    ]);
  });
  it('the analytical note has the plans’ completion before its conclusions', () => {
    answerQuestionnaires(school);
    sidebar(school, () => school.app.generateAnalyticalNote(), 'note');
    const note = sheetRecords(school, 'Документы').find((d) => d['Тип'] === 'Аналитическая справка')!;
    const text = school.ws.docs.text(/\/d\/([^/]+)/.exec(String(note['Ссылка']))![1]);
    const section = text.indexOf('Выполнение планов персонализированных программ');
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(text.lastIndexOf('Выводы'));
    expect(text).toContain(
      'По 2 парам (группам) запланировано 8 мероприятий, выполнено 1 (13 %); вне плана проведено ещё 1; не выполнено в срок 3.',
    );
    expect(text).toContain('НП-2026-01, наставник Смирнов0 О. П.');
    expect(text).toMatch(/Требуют внимания куратора: .*НП-2026-02 \(просрочено 2 мероприятия/);
  });
  it('a plan sheet staff broke stops nothing: programmes are made, the dashboard says what to repair', () => {
    const sheet = school.ss.getSheetByName(PLAN)!;
    school.ws.calls.quietly(() => {
      const header = sheet.getDataRange().getValues()[0].map(String);
      sheet.deleteColumn(header.indexOf('Срок') + 1);
    });
    const dashboard = school.app.getDashboard() as DashboardDto;
    expect(dashboard.programmes!.pairs).toEqual([]);
    expect(dashboard.warnings.find((w) => w.sheet === PLAN)!.text).toContain('Срок');
    const pairs = school.ss.getSheetByName('Пары и группы')!;
    school.ws.calls.quietly(() => {
      const values = pairs.getDataRange().getValues();
      const header = values[0].map(String);
      const at = values.findIndex((r) => r[header.indexOf('ID')] === P1);
      pairs.getRange(at + 1, header.indexOf('Программа') + 1).setValue('');
    });
    expect(sidebar(school, () => school.app.generateProgrammes([P1]), 'programmes').message).toMatch(
      /Программы созданы: 1/,
    );
    expect(sheetRecords(school, 'Журнал').some((r) => r['Действие'] === 'План программ не обновлён')).toBe(
      true,
    );
    const before = school.ws.mail.outbox.length;
    dayOf(school, '2027-01-13');
    expect(
      sheetRecords(school, 'Настройки').find((r) => r['Параметр'] === 'Последняя проверка сроков')?.[
        'Значение'
      ],
    ).toMatch(/^13\.01\.2027/);
    expect(school.ws.mail.outbox.length).toBeGreaterThanOrEqual(before);
  });
});

describe('forms of mentoring (issue #19, item 7)', () => {
  it('the request form offers the recommendations’ forms with their terms; matching keeps the one asked for; documents print it', () => {
    const school = newSchool();
    setUp(school);
    school.app.saveSettings(SCHOOL_SETTINGS);
    const { requests, mentors } = formIds(school);
    const item = school.ws.calls.quietly(() =>
      school.gas.FormApp.openById(requests.formId)
        .getItems()
        .find((i) => i.getTitle() === 'Предпочтительная форма наставничества')!,
    );
    const choices = school.ws.calls.quietly(() =>
      item
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    );
    expect(choices).toEqual([
      'Индивидуальная',
      'Групповая',
      'Виртуальная',
      'Реверсивная',
      'Ситуационная',
      'Флеш (скоростная)',
      'Краткосрочная (целеполагающая)',
      'Любая',
    ]);
    const help = school.ws.calls.quietly(() => item.getHelpText());
    expect(help).toContain('Флеш (скоростная) — одна-две встречи');
    expect(help).toContain('Индивидуальная — традиционная');

    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers({ name: 'Смирнов Олег Петрович', email: M0 }, ['Цифровые инструменты'], '2'),
    );
    school.ws.forms.submit(
      requests.formId,
      requestAnswers(
        { name: 'Учителева Мария Ивановна', email: 't0@school2.example' },
        ['Цифровые инструменты'],
        'Виртуальная',
      ),
    );
    expect(sheetRecords(school, 'Банк наставляемых')[0]['Форма']).toBe('Виртуальная');
    const proposals = school.app.proposePairs() as { fingerprint: string; proposals: Array<{ key: string }> };
    expect(proposals.proposals).toHaveLength(1);
    school.app.acceptProposals(proposals.fingerprint, [{ key: proposals.proposals[0].key }]);
    const pair = sheetRecords(school, 'Пары и группы')[0];
    expect(pair['Форма']).toBe('Виртуальная');

    sidebar(school, () => school.app.generateProgrammes([String(pair['ID'])]), 'programmes');
    const url = String(sheetRecords(school, 'Пары и группы')[0]['Программа']);
    const text = school.ws.docs.text(/\/d\/([^/]+)/.exec(url)![1]);
    expect(text).toMatch(/виртуальная/);
  });
});
