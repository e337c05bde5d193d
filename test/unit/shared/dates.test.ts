import * as vm from 'node:vm';
import {
  addDays,
  compareDates,
  daysBetween,
  formatRuDate,
  fromIso,
  isDate,
  isValidDate,
  localDateOf,
  parseRuDate,
  sameDate,
  toIso,
} from '../../../src/server/shared/dates';

describe('local calendar dates', () => {
  test('a Date from another realm is still a date; an invalid one or a string is not', () => {
    const foreign = vm.runInNewContext('new Date(2026, 9, 1)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate(new Date('garbage'))).toBe(false);
    expect(isDate('01.10.2026')).toBe(false);
    expect(isDate({ y: 2026, m: 10, d: 1 })).toBe(false);
  });

  test('Russian and ISO text parse; impossible dates do not', () => {
    expect(parseRuDate('01.10.2026')).toEqual({ y: 2026, m: 10, d: 1 });
    expect(parseRuDate(' 1.9.2026 ')).toEqual({ y: 2026, m: 9, d: 1 });
    expect(parseRuDate('2027-06-01')).toEqual({ y: 2027, m: 6, d: 1 });
    expect(parseRuDate('31.02.2027')).toBeNull();
    expect(parseRuDate('29.02.2028')).toEqual({ y: 2028, m: 2, d: 29 });
    expect(parseRuDate('29.02.2027')).toBeNull();
    expect(parseRuDate('1 октября')).toBeNull();
    expect(fromIso('2026-13-01')).toBeNull();
    expect(isValidDate(2026, 4, 31)).toBe(false);
  });

  test('format and ISO round trip', () => {
    const d = { y: 2026, m: 10, d: 1 };
    expect(formatRuDate(d)).toBe('01.10.2026');
    expect(toIso(d)).toBe('2026-10-01');
    expect(fromIso(toIso(d))).toEqual(d);
  });

  test('days are counted across month, year and leap-day boundaries', () => {
    expect(daysBetween({ y: 2026, m: 12, d: 25 }, { y: 2027, m: 1, d: 10 })).toBe(16);
    expect(addDays({ y: 2026, m: 12, d: 31 }, 1)).toEqual({ y: 2027, m: 1, d: 1 });
    expect(addDays({ y: 2028, m: 2, d: 28 }, 1)).toEqual({ y: 2028, m: 2, d: 29 });
    expect(addDays({ y: 2026, m: 10, d: 1 }, -14)).toEqual({ y: 2026, m: 9, d: 17 });
    expect(compareDates({ y: 2026, m: 1, d: 1 }, { y: 2025, m: 12, d: 31 })).toBeGreaterThan(0);
    expect(sameDate({ y: 2026, m: 1, d: 1 }, { y: 2026, m: 1, d: 1 })).toBe(true);
  });

  test('a cell holding local midnight in Moscow gives back the typed date', () => {
    // 01.10.2026 00:00 MSK is 30.09.2026 21:00 UTC.
    expect(localDateOf(new Date(Date.UTC(2026, 8, 30, 21, 0)), 180)).toEqual({ y: 2026, m: 10, d: 1 });
    expect(localDateOf(new Date(Date.UTC(2026, 8, 30, 21, 0)), 0)).toEqual({ y: 2026, m: 9, d: 30 });
  });
});
