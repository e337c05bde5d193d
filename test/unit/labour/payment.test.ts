// The payment rule of the agreement, and the month's pay report against a hand calculation.
import { WorkCalendar } from '../../../src/server/labour/calendar';
import {
  monthlyAmount,
  monthPay,
  monthShare,
  parsePayRule,
  payRuleOfCell,
  payRuleText,
} from '../../../src/server/labour/payment';
import { monthReport, type PayPair } from '../../../src/server/labour/report';

const cal = new WorkCalendar();

describe('payment rule', () => {
  test.each([
    ['5000', { kind: 'sum', amount: 5000 }],
    ['5 000 руб.', { kind: 'sum', amount: 5000 }],
    ['4\u00a0500,50 ₽ в месяц', { kind: 'sum', amount: 4500.5 }],
    ['15%', { kind: 'percent', percent: 15 }],
    ['12,5 % оклада', { kind: 'percent', percent: 12.5 }],
    ['20% от должностного оклада', { kind: 'percent', percent: 20 }],
  ])('«%s» is read', (text, rule) => {
    expect(parsePayRule(text)).toEqual(rule);
  });

  test.each(['пять тысяч', '150%', '0', '5000 долларов', '15 процентов премии'])(
    '«%s» is not a sum or a percentage',
    (text) => {
      expect(parsePayRule(text)).toBeUndefined();
    },
  );

  test('an empty cell is no rule', () => {
    expect(parsePayRule('  ')).toBeNull();
  });

  test('the agreement prints the amount and the conditions', () => {
    expect(payRuleText({ kind: 'sum', amount: 5000 })).toBe('5 000,00 руб. в месяц');
    expect(payRuleText({ kind: 'percent', percent: 12.5 })).toBe(
      '12,5 % должностного оклада (ставки) в месяц',
    );
  });

  test('a percentage needs the rate', () => {
    expect(monthlyAmount({ kind: 'percent', percent: 15 }, 40000)).toBe(6000);
    expect(monthlyAmount({ kind: 'percent', percent: 15 }, null)).toBeNull();
  });

  test('a month is paid in proportion to its working days', () => {
    // January 2026: 15 working days (1–11 off). From 13.01: 14 of them.
    const share = monthShare(cal, '2026-01', '2026-01-13', '2026-05-31');
    expect(share).toEqual({ days: 14, monthDays: 15, from: '2026-01-13', to: '2026-01-31' });
    expect(monthPay(6000, share)).toBe(5600);
  });
});

describe('month pay report', () => {
  const pair = (over: Partial<PayPair>): PayPair => ({
    id: 'НП-2026-01',
    mentor: { name: 'Иванова Мария Петровна', email: 'ivanova@school.example' },
    start: '2026-09-01',
    end: '2027-05-31',
    status: 'Закреплена',
    order: '№ 45-о от 01.10.2026',
    agreementSigned: '2026-09-20',
    earlyNotice: '',
    ...over,
  });

  test('March 2027 matches a hand calculation: full month, early end, override and missing rate', () => {
    // March 2027: 23 weekdays, 8 March a holiday → 22 working days.
    const report = monthReport({
      month: '2027-03',
      calendar: cal,
      agreementsNeeded: true,
      schoolRule: { kind: 'sum', amount: 5000 },
      mentors: [
        { email: 'ivanova@school.example', name: 'Иванова Мария Петровна', row: 2, rule: null, rate: null },
        {
          email: 'petrov@school.example',
          name: 'Петров Иван Сергеевич',
          row: 3,
          rule: { kind: 'percent', percent: 10 },
          rate: 42000,
        },
        {
          email: 'sidorova@school.example',
          name: 'Сидорова Анна Ильинична',
          row: 4,
          rule: { kind: 'percent', percent: 10 },
          rate: null,
        },
      ],
      pairs: [
        pair({}),
        // Ended early: notice 10.03, end 15.03 → 1–15 March: 10 working days (8 March off).
        pair({
          id: 'НП-2026-02',
          mentor: { name: 'Петров Иван Сергеевич', email: 'petrov@school.example' },
          status: 'Расторгнута',
          earlyNotice: '2027-03-10',
          end: '2027-03-15',
        }),
        pair({
          id: 'НП-2026-03',
          mentor: { name: 'Сидорова Анна Ильинична', email: 'sidorova@school.example' },
        }),
        // Not paid: no agreement signed; no order; dissolved by hand.
        pair({ id: 'НП-2026-04', agreementSigned: '' }),
        pair({ id: 'НП-2026-05', order: '', status: 'Согласована' }),
        pair({ id: 'НП-2026-06', status: 'Расторгнута' }),
      ],
    });
    expect(report.label).toBe('март 2027 г.');
    expect(report.rows.map((r) => [r.pairId, r.monthDays, r.days, r.amount])).toEqual([
      ['НП-2026-01', 22, 22, 5000],
      ['НП-2026-02', 22, 10, 1909.09],
      ['НП-2026-03', 22, 22, null],
    ]);
    // 10 % of 42 000 = 4 200 a month; 4 200 × 10 / 22 = 1 909,09.
    expect(report.total).toBe(6909.09);
    expect(report.rows[1].note).toBe('прекращено досрочно с 15.03.2027');
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain('Банк наставников, строка 4');
  });

  test('without the agreements setting a pair in an order is paid without a signed agreement', () => {
    const report = monthReport({
      month: '2026-10',
      calendar: cal,
      agreementsNeeded: false,
      schoolRule: { kind: 'sum', amount: 3000 },
      mentors: [],
      pairs: [pair({ agreementSigned: '' })],
    });
    expect(report.rows.map((r) => r.amount)).toEqual([3000]);
  });
});

describe('payment in a cell', () => {
  test('«15%» typed into a cell is the number 0.15 Sheets shows as a percent', () => {
    expect(payRuleOfCell(0.15, '0.15')).toEqual({ kind: 'percent', percent: 15 });
    expect(payRuleOfCell(5000, '5000')).toEqual({ kind: 'sum', amount: 5000 });
    expect(payRuleOfCell('15 %', '15 %')).toEqual({ kind: 'percent', percent: 15 });
    expect(payRuleOfCell(-3, '-3')).toBeUndefined();
  });
});
