// Mentoring as art. 351.8 ТК РФ requires (issue #18), through the real build/Code.js: consents and
// supplementary agreements before the order, an early end asked by a mentee with its order, and the
// month's pay report against a hand calculation.
import {
  schoolWithPairs,
  sheetRecords,
  sheetValues,
  untilDone,
  type School,
  type WorkResult,
} from '../helpers/school';

interface Result {
  message: string;
  more?: boolean;
}

function docText(school: School, url: string): string {
  const id = /\/d\/([^/]+)/.exec(url)![1];
  return school.ws.docs.text(id);
}

/** Staff type a value into a sheet's cell (by header), as a person would. */
function typeCell(school: School, sheet: string, row: number, header: string, value: unknown): void {
  school.ws.calls.quietly(() => {
    const s = school.ss.getSheetByName(sheet)!;
    const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
    s.getRange(row, headers.indexOf(header) + 1).setValue(value);
  });
}

function rowOf(school: School, sheet: string, header: string, value: string): number {
  const values = sheetValues(school, sheet);
  const at = values[0].map(String).indexOf(header);
  return values.findIndex((r) => String(r[at]) === value) + 1;
}

function consentAll(school: School): void {
  school.ws.clock.setNow('2026-09-25T09:00:00+03:00');
  for (const pair of sheetRecords(school, 'Пары и группы')) {
    const emails = [String(pair['Наставник']), String(pair['Наставляемые'])].map((c) => /<(.+)>/.exec(c)![1]);
    for (const e of emails) school.app.recordConsent(pair['ID'], e, '2026-09-20');
  }
}

function labourSchool(): School {
  const school = schoolWithPairs(3, {
    settings: {
      agreementsNeeded: 'да',
      mentoringPay: '5000',
      regulationDate: '29.08.2025',
      regulationNumber: '112-о',
    },
  });
  // The school's term: staff typed «Начало» for every pair.
  for (let r = 2; r <= 4; r++) typeCell(school, 'Пары и группы', r, 'Начало', '01.10.2026');
  return school;
}

describe('art. 351.8: agreements, early end, pay', () => {
  let school: School;

  beforeAll(() => {
    school = labourSchool();
  });

  it('setup fills the production calendar for this year and the next, and makes the two templates', () => {
    const days = sheetRecords(school, 'Производственный календарь');
    const dates = days.map((d) => String(d['Дата']));
    expect(days.length).toBeGreaterThan(20);
    expect(days.some((d) => String(d['Основание']).includes('№ 1466'))).toBe(true);
    expect(dates.some((d) => /2027/.test(d))).toBe(true);
    const settings = sheetRecords(school, 'Настройки');
    const link = (name: string) => String(settings.find((s) => s['Параметр'] === name)?.['Значение'] ?? '');
    expect(link('Шаблон дополнительного соглашения')).toMatch(/docs\.google\.com/);
    expect(link('Шаблон приказа о прекращении наставничества')).toMatch(/docs\.google\.com/);
  });

  it('pairs → consents and agreements → order: a pair goes into the order only with its agreement signed', () => {
    consentAll(school);
    expect(() => school.app.generateOrder({ number: '45-о', date: '2026-10-01' })).toThrow(
      /НП-2026-01 — доп\. соглашение с наставником Смирнов0 Олег Петрович/,
    );
    const made = school.app.generateAgreements([]) as Result;
    expect(made.message).toMatch(/Дополнительные соглашения созданы: 3/);
    const register = sheetRecords(school, 'Документы').filter((d) => d['Тип'] === 'Доп. соглашение');
    expect(register.map((d) => d['Пары'])).toEqual(['НП-2026-01', 'НП-2026-02', 'НП-2026-03']);
    const text = docText(school, String(register[0]['Ссылка']));
    expect(text).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ');
    expect(text).toContain('Смирнов0 Олег Петрович');
    expect(text).toContain('Учителева0 Мария Ивановна');
    expect(text).toContain('5 000,00 руб. в месяц');
    expect(text).toContain('не менее чем за три рабочих дня');
    expect(text).toContain('статьёй 351.8 Трудового кодекса');
    expect(text).toContain('от 29.08.2025 № 112-о');
    expect(text).toContain('в лице директора Кузнецова Игоря Викторовича');
    expect(text).not.toContain('{{');
    // Asked again: nothing is made twice.
    expect((school.app.generateAgreements([]) as Result).message).toMatch(/уже созданы/);

    const overview = school.app.getLabourOverview() as {
      pairs: Array<{ id: string; missingForOrder: string[] }>;
    };
    expect(overview.pairs[0].missingForOrder).toEqual([
      'доп. соглашение с наставником Смирнов0 Олег Петрович',
    ]);

    school.app.recordAgreementSigned('НП-2026-01', '2026-09-25');
    school.app.recordAgreementSigned('НП-2026-02', '2026-09-25');
    school.ws.clock.setNow('2026-10-01T10:00:00+03:00');
    const order = school.app.generateOrder({ number: '45-о', date: '2026-10-01' }) as Result;
    expect(order.message).toMatch(/пар: 2/);
    expect(order.message).toMatch(/НП-2026-03 — доп\. соглашение с наставником Смирнов2 Олег Петрович/);
    const pairs = sheetRecords(school, 'Пары и группы');
    expect(pairs.map((p) => p['Статус'])).toEqual(['Закреплена', 'Закреплена', 'Согласована']);
    // The order cites the school's Положение with its date and number from «Настройки».
    const orderDoc = sheetRecords(school, 'Документы').find((d) => d['Тип'] === 'Приказ')!;
    expect(docText(school, String(orderDoc['Ссылка']))).toContain(
      'Положением о системе наставничества педагогических работников МБОУ «СОШ №2» от 29.08.2025 № 112-о',
    );
  });

  it('an early end asked by a mentee: the order, the end three working days later, the mentor free, the mentee proposed again', () => {
    school.ws.clock.setNow('2027-03-10T11:00:00+03:00');
    const result = school.app.endPairEarly({
      id: 'НП-2026-01',
      initiator: 'mentee',
      notice: '2027-03-10',
      orderNumber: '52-о',
      orderDate: '2027-03-10',
    }) as Result;
    // Wednesday 10.03 → 11, 12 and 15 March.
    expect(result.message).toMatch(/НП-2026-01: наставничество прекращается 15\.03\.2027/);
    expect(result.message).toMatch(/Создан «Приказ № 52-о от 10\.03\.2027 о прекращении наставничества/);
    const pair = sheetRecords(school, 'Пары и группы')[0];
    expect(pair['Статус']).toBe('Расторгнута');
    expect((pair['Окончание'] as Date).getTime()).toBe(new Date('2027-03-15T00:00:00+03:00').getTime());
    expect(pair['Досрочно: инициатор']).toBe('Наставляемый');
    expect(pair['Приказ о прекращении']).toBe('№ 52-о от 10.03.2027');

    const doc = sheetRecords(school, 'Документы').find((d) => d['Тип'] === 'Приказ о прекращении')!;
    expect(doc['Пары']).toBe('НП-2026-01');
    const text = docText(school, String(doc['Ссылка']));
    expect(text).toContain('О прекращении наставничества');
    expect(text).toContain('по инициативе наставляемого');
    // (A test name with a digit is not declined.)
    expect(text).toMatch(/на основании заявления наставляемого Учителев\S* М\. И\. от 10\.03\.2027\./);
    expect(text).toContain(
      '1. Прекратить досрочно по инициативе наставляемого наставничество наставнической пары НП-2026-01',
    );
    expect(text).toContain('приказом № 45-о от 01.10.2026');
    expect(text).toContain('с 15.03.2027');
    expect(text).toMatch(/Бухгалтерии выплачивать доплату за наставничество.* по 15\.03\.2027 включительно/);
    expect(text).not.toContain('{{');

    const mentee = sheetRecords(school, 'Банк наставляемых').find(
      (m) => m['Email'] === 't0@school2.example',
    )!;
    expect(mentee['Статус']).toBe('Новый');
    const proposals = school.app.proposePairs() as {
      proposals: Array<{ mentor: { email: string }; mentees: Array<{ email: string }> }>;
    };
    const again = proposals.proposals.find((p) => p.mentees.some((m) => m.email === 't0@school2.example'));
    expect(again?.mentor.email).toBe('m0@school2.example');
  });

  it('bad input names the sheet, row and column and changes nothing', () => {
    const before = sheetValues(school, 'Пары и группы');
    expect(() =>
      school.app.endPairEarly({
        id: 'НП-2026-01',
        initiator: 'mentor',
        notice: '2027-03-10',
        orderNumber: '53-о',
      }),
    ).toThrow(/Пары и группы, строка 2, столбец «Статус»: пара НП-2026-01 уже расторгнута/);
    expect(() =>
      school.app.endPairEarly({
        id: 'НП-2026-02',
        initiator: 'mentor',
        notice: '2026-09-15',
        orderNumber: '53-о',
      }),
    ).toThrow(
      /Пары и группы, строка 3, столбец «Досрочно: уведомление»: уведомление 15\.09\.2026 раньше начала/,
    );

    const calendarRow = 5;
    const kept = sheetValues(school, 'Производственный календарь')[calendarRow - 1][0];
    typeCell(school, 'Производственный календарь', calendarRow, 'Дата', 'тридцать первое');
    expect(() =>
      school.app.endPairEarly({
        id: 'НП-2026-02',
        initiator: 'school',
        notice: '2027-03-10',
        orderNumber: '53-о',
      }),
    ).toThrow(/Производственный календарь, строка 5, столбец Дата/);
    typeCell(school, 'Производственный календарь', calendarRow, 'Дата', kept);

    const payRow = rowOf(school, 'Настройки', 'Параметр', 'Оплата наставничества');
    // Refused when saved from the sidebar; typed into the sheet, refused where it is used.
    expect(() => school.app.saveSettings({ mentoringPay: 'пять тысяч' })).toThrow(
      new RegExp(`Настройки, строка ${payRow}, столбец Значение: Оплата наставничества: «пять тысяч»`),
    );
    typeCell(school, 'Настройки', payRow, 'Значение', 'пять тысяч');
    expect(() => school.app.generatePayReport('2027-03')).toThrow(
      new RegExp(`Настройки, строка ${payRow}, столбец Значение: «пять тысяч» — укажите сумму`),
    );
    expect(() => school.app.generateAgreements(['НП-2026-03'])).toThrow(/«пять тысяч»/);
    typeCell(school, 'Настройки', payRow, 'Значение', '5000');
    expect(sheetValues(school, 'Пары и группы')).toEqual(before);
    expect(sheetRecords(school, 'Оплата наставничества')).toEqual([]);
  });

  it("the month's pay report equals a hand calculation", () => {
    // Смирнов1 is paid 10 % of a 42 000 rate (his own rule in «Банк наставников»).
    const m1 = rowOf(school, 'Банк наставников', 'Email', 'm1@school2.example');
    typeCell(school, 'Банк наставников', m1, 'Оплата наставничества', '10%');
    typeCell(school, 'Банк наставников', m1, 'Оклад (ставка), руб.', 42000);
    const result = school.app.generatePayReport('2027-03') as Result;
    // March 2027 has 22 working days (8 March a holiday).
    // НП-2026-01 ended on 15.03: 10 working days of 22 → 5 000 × 10 / 22 = 2 272,73.
    // НП-2026-02: the whole month at 4 200 (10 % of 42 000). НП-2026-03 is in no order: nothing.
    expect(result.message).toMatch(/март 2027 г\.: строк 2, итого 6 472,73 руб\./);
    const rows = sheetRecords(school, 'Оплата наставничества');
    expect(
      rows.map((r) => [r['Пара'], r['Рабочих дней в месяце'], r['Дней наставничества'], r['Сумма, руб.']]),
    ).toEqual([
      ['НП-2026-01', 22, 10, 2272.73],
      ['НП-2026-02', 22, 22, 4200],
    ]);
    expect(rows[0]['Примечание']).toBe('прекращено досрочно с 15.03.2027');
    const doc = sheetRecords(school, 'Документы').find((d) => d['Тип'] === 'Расчёт оплаты наставничества')!;
    const text = docText(school, String(doc['Ссылка']));
    expect(text).toContain('Расчёт доплаты за наставничество за март 2027 г.');
    expect(text).toContain('Итого к начислению: 6 472,73 руб.');
    // Again for the same month: the rows are updated, not added.
    school.app.generatePayReport('2027-03');
    expect(sheetRecords(school, 'Оплата наставничества')).toHaveLength(2);
  });

  it("the data check flags a legal basis citing a wrong article, naming the template's row in «Настройки»", () => {
    const settings = sheetRecords(school, 'Настройки');
    const link = String(settings.find((r) => r['Параметр'] === 'Шаблон приказа')!['Значение']);
    school.ws.calls.quietly(() => {
      // Staff edit the template: a mistyped article in the legal basis.
      const doc = school.gas.DocumentApp.openById(/\/d\/([^/]+)/.exec(link)![1]);
      doc.getBody().appendParagraph('Основание: ст. 358.1 ТК РФ.');
      doc.saveAndClose();
    });
    const row = rowOf(school, 'Настройки', 'Параметр', 'Шаблон приказа');
    const check = school.app.checkWorkbook() as {
      problems: Array<{ sheet: string; row: number; column: string; message: string }>;
    };
    expect(check.problems).toContainEqual(
      expect.objectContaining({
        sheet: 'Настройки',
        row,
        column: 'Значение',
        message: expect.stringMatching(/Шаблон приказа: ссылка «ст\. 358\.1 ТК»: .*ст\. 351\.8 ТК РФ/),
      }),
    );
  });
});

describe('agreements over several sidebar calls', () => {
  it('the progress goes on from call to call, and the end counts every agreement of the request', () => {
    const school = schoolWithPairs(30, {
      settings: {
        agreementsNeeded: 'да',
        mentoringPay: '5000',
        regulationDate: '29.08.2025',
        regulationNumber: '112-о',
      },
    });
    const seen: WorkResult[] = [];
    // The sidebar presses the same button again while the result says `more` (tabs/labour.ts).
    const make = () => school.app.generateAgreements([]);
    const result = untilDone(school, make, make, seen);
    expect(seen.length).toBeGreaterThan(1);
    const progress = seen.filter((r) => r.more).map((r) => r.progress!);
    expect(progress.every((p) => p.total === 30)).toBe(true);
    const done = progress.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBe(done.length);
    expect(progress[0].label).toBe(`Создано ${done[0]} из 30 соглашений…`);
    expect(result.message).toBe(
      'Дополнительные соглашения созданы: 30 — распечатайте и передайте на подпись.',
    );
    expect(sheetRecords(school, 'Документы').filter((d) => d['Тип'] === 'Доп. соглашение')).toHaveLength(30);
  });
});
