import {
  dayInSchoolYear,
  deadlineInYear,
  daysLeft,
  nextDeadline,
  parseDeadline,
  parseSchoolYear,
  reminderOffsets,
  schoolYearLabel,
  schoolYearOf,
  type Deadline,
} from '../../../src/server/roadmap';
import { fromIso, localDateOf, type LocalDate } from '../../../src/server/shared/dates';

const day = (iso: string): LocalDate => fromIso(iso)!;
const annual = (m: number, d: number): Deadline => ({ kind: 'annual', m, d });

describe('the school year runs from 1 September to 31 August', () => {
  test('September starts a new year, August ends the old one', () => {
    expect(schoolYearLabel(schoolYearOf(day('2026-09-01')))).toBe('2026/2027');
    expect(schoolYearLabel(schoolYearOf(day('2026-08-31')))).toBe('2025/2026');
    expect(schoolYearLabel(schoolYearOf(day('2027-01-01')))).toBe('2026/2027');
    expect(parseSchoolYear('2026/2027')).toBe(2026);
    expect(parseSchoolYear('2026-27')).toBe(2026);
    expect(parseSchoolYear('2026/2028')).toBeNull();
  });

  test('a 1 June deadline belongs to the year that began the September before', () => {
    expect(deadlineInYear(annual(6, 1), 2026)).toEqual(day('2027-06-01'));
    expect(deadlineInYear(annual(10, 1), 2026)).toEqual(day('2026-10-01'));
    expect(nextDeadline(annual(6, 1), day('2026-09-01'))).toEqual(day('2027-06-01'));
    // After 1 June the next one is a year later, in the next school year.
    expect(nextDeadline(annual(6, 1), day('2027-06-02'))).toEqual(day('2028-06-01'));
    expect(dayInSchoolYear(2027, 2, 29)).toEqual(day('2028-02-29'));
    expect(dayInSchoolYear(2026, 2, 29)).toEqual(day('2027-02-28'));
  });

  test('days left are counted across New Year', () => {
    const feb = annual(2, 1);
    expect(nextDeadline(feb, day('2026-12-20'))).toEqual(day('2027-02-01'));
    expect(daysLeft(day('2026-12-20'), day('2027-02-01'))).toBe(43);
    expect(daysLeft(day('2026-12-31'), day('2027-01-01'))).toBe(1);
  });

  test('the deadline day itself is still ahead; the day after, the next one is a year away', () => {
    expect(nextDeadline(annual(10, 1), day('2026-10-01'))).toEqual(day('2026-10-01'));
    expect(nextDeadline(annual(10, 1), day('2026-10-02'))).toEqual(day('2027-10-01'));
    expect(nextDeadline({ kind: 'constant' }, day('2026-10-02'))).toBeNull();
    expect(nextDeadline({ kind: 'yearly' }, day('2026-10-02'))).toBeNull();
  });

  test('a run at 23:30 and one at 00:10 local fall on their own local days', () => {
    // Moscow is UTC+3: 30.09 23:30 local is 20:30 UTC; 01.10 00:10 local is 21:10 UTC on 30.09.
    const late = localDateOf(new Date(Date.UTC(2026, 8, 30, 20, 30)), 180);
    const early = localDateOf(new Date(Date.UTC(2026, 8, 30, 21, 10)), 180);
    expect(late).toEqual(day('2026-09-30'));
    expect(early).toEqual(day('2026-10-01'));
    expect(daysLeft(late, nextDeadline(annual(10, 1), late)!)).toBe(1);
    expect(daysLeft(early, nextDeadline(annual(10, 1), early)!)).toBe(0);
    // Vladivostok (UTC+10): the same instant is already 1 October.
    expect(localDateOf(new Date(Date.UTC(2026, 8, 30, 14, 30)), 600)).toEqual(day('2026-10-01'));
  });

  test('reminder days always include the day itself, nearest last', () => {
    expect(reminderOffsets([14, 7, 1])).toEqual([14, 7, 1, 0]);
    expect(reminderOffsets([1, 7, 7, -3])).toEqual([7, 1, 0]);
  });
});

describe('the Срок column as staff write it', () => {
  const ok = (v: unknown) => {
    const r = parseDeadline(v, 180);
    if (!r.ok) throw new Error(r.message);
    return r.deadline;
  };
  const fail = (v: unknown) => {
    const r = parseDeadline(v);
    if (r.ok) throw new Error('parsed');
    return r.message;
  };

  test('day and month every year, in figures or words', () => {
    for (const text of [
      '01.10',
      '1.10',
      '1 октября',
      'до 1 октября',
      'Ежегодно, до 1 октября',
      '1 окт.',
      'Ежегодно до 1 Октября',
    ]) {
      expect(ok(text)).toEqual(annual(10, 1));
    }
    expect(ok('Ежегодно, до 15  сентября')).toEqual(annual(9, 15));
    expect(ok('до 1 мая')).toEqual(annual(5, 1));
    expect(ok('1 марта')).toEqual(annual(3, 1));
  });

  test('a full date, typed or in a Date cell, holds for its own school year', () => {
    const d = ok('01.10.2026');
    expect(d).toEqual({ kind: 'date', date: day('2026-10-01') });
    expect(ok('1 октября 2026 г.')).toEqual(d);
    expect(ok('2026-10-01')).toEqual(d);
    expect(ok(new Date(Date.UTC(2026, 8, 30, 21, 0)))).toEqual(d);
    expect(deadlineInYear(d, 2026)).toEqual(day('2026-10-01'));
    // In other school years the same day and month.
    expect(deadlineInYear(d, 2027)).toEqual(day('2027-10-01'));
  });

  test('«Ежегодно» and «Постоянно» are items without a date', () => {
    expect(ok('Ежегодно')).toEqual({ kind: 'yearly' });
    expect(ok(' постоянно ')).toEqual({ kind: 'constant' });
  });

  test('garbage and impossible dates are named', () => {
    expect(fail('31.02')).toBe('«31.02» — такой даты нет');
    expect(fail('31.04.2027')).toBe('«31.04.2027» — такой даты нет');
    expect(fail('когда-нибудь')).toBe(
      '«когда-нибудь» — не понятен срок: нужна дата («01.10», «1 октября», «01.10.2026»), «Ежегодно» или «Постоянно»',
    );
    expect(fail('1 брюмера')).toMatch(/^«1 брюмера» — не понятен срок/);
    expect(fail(45000)).toMatch(/^«45000» — не понятен срок/);
    expect(fail('')).toBe('');
    expect(fail(null)).toBe('');
  });
});
