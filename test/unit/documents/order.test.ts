import {
  acquaintedPeople,
  buildOrder,
  missingConsents,
  orderRefusal,
} from '../../../src/server/documents/order';
import { nextOrderNumber } from '../../../src/server/documents/numbering';
import { isUserError } from '../../../src/server/shared/errors';
import { SCHOOL, pair, person } from './fixtures';

const mentorA = person('Сорокина Марина Олеговна', 'sorokina@school.ru');
const menteeA = person('Иванова Мария Петровна', 'ivanova@school.ru', {
  experienceYears: 1,
  category: 'нет',
});
const mentorB = person('Шевчук Игорь Олегович', 'shevchuk@school.ru', { position: 'учитель физики' });
const menteeB1 = person('Кузьмина Любовь Ильинична', 'kuzmina@school.ru', {
  position: 'учитель информатики',
});
const menteeB2 = person('Гюго Виктор', 'hugo@school.ru', { position: 'педагог-психолог' });

const pairs = [
  pair('НП-2026-01', mentorA, [menteeA]),
  pair('НП-2026-02', mentorB, [menteeB1, menteeB2], { end: '2027-04-30' }),
];

describe('the order on mentoring pairs', () => {
  const order = buildOrder(SCHOOL, pairs, { number: '45-о', date: '2026-10-01' });

  test('heading: school, number, date and city', () => {
    expect(order.name).toBe('Приказ № 45-о от 01.10.2026 о закреплении наставнических пар');
    expect(order.values).toMatchObject({
      школа: SCHOOL.fullName,
      номер_приказа: '45-о',
      дата_приказа: '«01» октября 2026 г.',
      дата_приказа_цифрами: '01.10.2026',
      город: 'Сосногорск',
      учебный_год: '2026/2027',
      число_пар: '2',
    });
  });

  test('clauses 2 and 3 name the curator in the case the sentence needs, and the deadline of programmes', () => {
    expect(order.values.срок_программ).toBe('«01» ноября 2026 г.');
    expect(`на ${order.values.должность_куратора_вин} ${order.values.куратор_вин}`).toBe(
      'на заместителя директора по УВР Петрову Анну Сергеевну',
    );
    expect(`с куратором ${order.values.должность_куратора_тв} ${order.values.куратор_тв}`).toBe(
      'с куратором заместителем директора по УВР Петровой Анной Сергеевной',
    );
    expect(order.values.должность_директора).toBe('Директор');
    expect(order.values.директор_подпись).toBe('О. В. Смирнов');
  });

  test('one table row per pair: №, mentor, mentees with positions, form and term', () => {
    const table = order.rowSets.find((s) => s.keys.includes('№'))!;
    expect(table.rows).toEqual([
      {
        '№': '1',
        наставник: 'Сорокина Марина Олеговна',
        должность_наставника: 'учитель математики',
        наставляемые: 'Иванова Мария Петровна, учитель математики',
        форма: 'индивидуальная',
        срок: 'с 01.10.2026 по 31.05.2027',
      },
      {
        '№': '2',
        наставник: 'Шевчук Игорь Олегович',
        должность_наставника: 'учитель физики',
        наставляемые: 'Кузьмина Любовь Ильинична, учитель информатики; Гюго Виктор, педагог-психолог',
        форма: 'групповая',
        срок: 'с 01.10.2026 по 30.04.2027',
      },
    ]);
  });

  test('«С приказом ознакомлены» lists the curator and every participant once', () => {
    const signers = order.rowSets.find((s) => s.keys.includes('ознакомлен'))!;
    expect(signers.rows.map((r) => r.ознакомлен)).toEqual([
      'Петрова А. С.',
      'Сорокина М. О.',
      'Иванова М. П.',
      'Шевчук И. О.',
      'Кузьмина Л. И.',
      'Гюго В.',
    ]);
    const twice = [
      ...pairs,
      pair('НП-2026-03', mentorA, [person('Белых Наталья Петровна', 'belyh@school.ru')]),
    ];
    expect(acquaintedPeople(SCHOOL, twice).filter((p) => p.name === mentorA.name)).toHaveLength(1);
    const curatorMentors = pair('НП-2026-04', person('Петрова Анна Сергеевна', 'petrova@school.ru'), [
      menteeA,
    ]);
    expect(acquaintedPeople(SCHOOL, [curatorMentors]).map((p) => p.name)).toEqual([
      'Петрова Анна Сергеевна',
      'Иванова Мария Петровна',
    ]);
    const namesakes = [pair('НП-2026-05', mentorA, [menteeA, person(menteeA.name, 'other@school.ru')])];
    expect(acquaintedPeople(SCHOOL, namesakes)).toHaveLength(4);
  });

  test('an order never lists a pair without consent, and says whose consent is missing', () => {
    const noConsent = pair('НП-2026-03', mentorB, [menteeA, menteeB1], {
      consents: { mentor: '', mentees: { 'IVANOVA@school.ru ': '2026-09-21' } },
    });
    expect(missingConsents([...pairs, noConsent]).map((m) => [m.pairId, m.role, m.name])).toEqual([
      ['НП-2026-03', 'mentor', 'Шевчук Игорь Олегович'],
      ['НП-2026-03', 'mentee', 'Кузьмина Любовь Ильинична'],
    ]);
    const refusal = orderRefusal([...pairs, noConsent]);
    expect(refusal).toContain(
      'НП-2026-03: нет согласия наставника Шевчука И. О., наставляемого Кузьминой Л. И.',
    );
    expect(refusal).not.toContain('НП-2026-01');
    let thrown: unknown;
    try {
      buildOrder(SCHOOL, [...pairs, noConsent], { number: '46-о', date: '2026-10-02' });
    } catch (e) {
      thrown = e;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as Error).message).toBe(refusal);
    expect(orderRefusal(pairs)).toBeNull();
  });

  test('no pairs, no number, a bad date or a bad term: a clear refusal', () => {
    expect(orderRefusal([])).toMatch(/Нет согласованных пар/);
    expect(() => buildOrder(SCHOOL, pairs, { number: ' ', date: '2026-10-01' })).toThrow(
      'Укажите номер приказа.',
    );
    expect(() => buildOrder(SCHOOL, pairs, { number: '7', date: '01.10.2026' })).toThrow(/не дата приказа/);
    const badTerm = pair('НП-2026-09', mentorA, [menteeA], { start: '2027-06-01', end: '2027-05-31' });
    expect(() => buildOrder(SCHOOL, [badTerm], { number: '7', date: '2026-10-01' })).toThrow(
      /НП-2026-09: не указан срок/,
    );
  });
});

describe('the next order number', () => {
  test.each([
    [['45-о'], '46-о'],
    [['7'], '8'],
    [['12-о', '45-о', '3-о'], '46-о'],
    [['№ 09/од'], '10/од'],
    [['007'], '008'],
    [[], '1'],
    [['без номера'], '1'],
    [['О-99', 'О-100'], 'О-101'],
  ])('after %j comes %s', (existing, next) => {
    expect(nextOrderNumber(existing)).toBe(next);
  });
});
