// The production calendar: art. 112 holidays, the decrees' transfers, and three working days' notice.
import { WorkCalendar, monthBounds, yearDays } from '../../../src/server/labour/calendar';

const cal = new WorkCalendar();

function workingDaysOfYear(c: WorkCalendar, year: number): number {
  return c.workingDaysBetween(`${year}-01-01`, `${year}-12-31`);
}

describe('production calendar', () => {
  test('2025 and 2026 have 247 working days each, as the published calendars say', () => {
    expect(workingDaysOfYear(cal, 2025)).toBe(247);
    expect(workingDaysOfYear(cal, 2026)).toBe(247);
  });

  test('the decree of 2025 moves days off to 2 and 8 May, 13 June, 3 November and 31 December', () => {
    for (const d of ['2025-05-02', '2025-05-08', '2025-06-13', '2025-11-03', '2025-12-31'])
      expect(cal.isWorkingDay(d)).toBe(false);
    // Saturday 1 November 2025 is a working day; 24 February and 10 March are not days off.
    expect(cal.isWorkingDay('2025-11-01')).toBe(true);
    expect(cal.isWorkingDay('2025-02-24')).toBe(true);
    expect(cal.isWorkingDay('2025-03-10')).toBe(true);
  });

  test('2026: 9 January and 31 December by the decree, 9 March and 11 May by art. 112 part 2', () => {
    for (const d of ['2026-01-09', '2026-12-31', '2026-03-09', '2026-05-11', '2026-02-23', '2026-11-04'])
      expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-01-12')).toBe(true);
  });

  test('2027 without a known decree: art. 112 holidays and the moves of part 2 only', () => {
    const days = yearDays(2027);
    expect(days.filter((d) => d.kind === 'dayOff').map((d) => d.date)).toEqual([
      '2027-05-03',
      '2027-05-10',
      '2027-06-14',
    ]);
    expect(days.some((d) => d.kind === 'workday')).toBe(false);
  });

  test('notice on 29.12.2025 gives the end on 13.01.2026, after the New Year holidays', () => {
    // 30.12 is a working day, 31.12 a day off by the decree, 1–11 January off.
    expect(cal.addWorkingDays('2025-12-29', 3)).toBe('2026-01-13');
  });

  test('notice on 29.12.2026 gives the end in January 2027 after the holidays', () => {
    expect(cal.addWorkingDays('2026-12-29', 3)).toBe('2027-01-12');
  });

  test('notice on Thursday 30.04.2026 skips the May holidays: end on 06.05.2026', () => {
    expect(cal.addWorkingDays('2026-04-30', 3)).toBe('2026-05-06');
  });

  test('a transferred working Saturday counts: notice on 30.10.2025 ends on 05.11.2025', () => {
    // 31.10 (Fri), 01.11 (working Sat), 02–04.11 off, 05.11.
    expect(cal.addWorkingDays('2025-10-30', 3)).toBe('2025-11-05');
  });

  test("the school's sheet overrides the shipped table for the years it lists", () => {
    const corrected = new WorkCalendar([
      { date: '2027-01-01', kind: 'holiday', basis: '' },
      { date: '2027-01-11', kind: 'dayOff', basis: 'постановление' },
    ]);
    // Only what the sheet lists for 2027: 8 January is then an ordinary Friday.
    expect(corrected.isWorkingDay('2027-01-11')).toBe(false);
    expect(corrected.isWorkingDay('2027-01-08')).toBe(true);
    // 2026 is not in the sheet: the shipped table.
    expect(corrected.isWorkingDay('2026-01-09')).toBe(false);
  });

  test('month bounds', () => {
    expect(monthBounds('2027-02')).toEqual({ first: '2027-02-01', last: '2027-02-28' });
    expect(monthBounds('2028-02').last).toBe('2028-02-29');
  });
});
