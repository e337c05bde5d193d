// The school year and the deadlines in it. Everything takes a local calendar date (the spreadsheet's
// time zone, computed by the adapter), so the time of day the trigger runs does not matter.
import {
  addDays,
  daysBetween,
  daysInMonth,
  isDate,
  isValidDate,
  localDateOf,
  type LocalDate,
} from '../shared/dates';
import { PROBLEM } from './texts';
import type { Deadline } from './types';

/** A school year by the calendar year it starts in: 2026 → 1 September 2026 – 31 August 2027. */
export type SchoolYear = number;

export function schoolYearOf(date: LocalDate): SchoolYear {
  return date.m >= 9 ? date.y : date.y - 1;
}

/** 2026 → «2026/2027» */
export function schoolYearLabel(year: SchoolYear): string {
  return `${year}/${year + 1}`;
}

/** «2026/2027» (or «2026-2027», «2026/27») → 2026; anything else → null. */
export function parseSchoolYear(text: string): SchoolYear | null {
  const m = /^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end === start + 1 || end === (start + 1) % 100 ? start : null;
}

export function schoolYearStart(year: SchoolYear): LocalDate {
  return { y: year, m: 9, d: 1 };
}

export function schoolYearEnd(year: SchoolYear): LocalDate {
  return { y: year + 1, m: 8, d: 31 };
}

/** A day and month within a school year: September–December of its first year, the rest of its second. */
export function dayInSchoolYear(year: SchoolYear, m: number, d: number): LocalDate {
  const y = m >= 9 ? year : year + 1;
  // 29 February in a year without it: the last day of February.
  return { y, m, d: Math.min(d, daysInMonth(y, m)) };
}

/** The deadline of a dated item in the given school year; null for «Ежегодно» and «Постоянно». */
export function deadlineInYear(deadline: Deadline, year: SchoolYear): LocalDate | null {
  switch (deadline.kind) {
    case 'annual':
      return dayInSchoolYear(year, deadline.m, deadline.d);
    case 'date':
      // A full date holds for its own school year; in other years it repeats on the same day.
      return schoolYearOf(deadline.date) === year
        ? deadline.date
        : dayInSchoolYear(year, deadline.date.m, deadline.date.d);
    default:
      return null;
  }
}

/** The nearest deadline on or after today: this school year's, or else the next one's. */
export function nextDeadline(deadline: Deadline, today: LocalDate): LocalDate | null {
  const year = schoolYearOf(today);
  const current = deadlineInYear(deadline, year);
  if (!current) return null;
  if (daysBetween(today, current) >= 0) return current;
  return deadlineInYear(deadline, year + 1);
}

/** Days from today to the date: 0 on the day, negative after it. */
export function daysLeft(today: LocalDate, date: LocalDate): number {
  return daysBetween(today, date);
}

export function isDated(deadline: Deadline): boolean {
  return deadline.kind === 'annual' || deadline.kind === 'date';
}

const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^янв/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^ма[йя]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^авг/, 8],
  [/^сен/, 9],
  [/^окт/, 10],
  [/^ноя/, 11],
  [/^дек/, 12],
];

export type DeadlineParse = { ok: true; deadline: Deadline } | { ok: false; message: string };

/**
 * A Срок cell as staff may write it: «01.10», «1 октября», «до 1 октября», «Ежегодно, до 1 октября»,
 * «01.10.2026», «1 октября 2026 г.», a Date cell (local midnight in a zone `tzOffsetMinutes` east of
 * UTC), «Ежегодно», «Постоянно». Empty → { ok: false } with an empty message: the caller decides.
 */
export function parseDeadline(value: unknown, tzOffsetMinutes = 0): DeadlineParse {
  if (isDate(value))
    return { ok: true, deadline: { kind: 'date', date: localDateOf(value, tzOffsetMinutes) } };
  const raw = value === null || value === undefined ? '' : String(value).trim();
  if (raw === '') return { ok: false, message: '' };
  let t = raw.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (/^постоянно\.?$/.test(t)) return { ok: true, deadline: { kind: 'constant' } };
  if (/^ежегодно\.?$/.test(t)) return { ok: true, deadline: { kind: 'yearly' } };
  t = t
    .replace(/^ежегодно\s*[,.;:-]?\s*/, '')
    .replace(/^(до|не позднее)\s+/, '')
    .replace(/\s*(г\.?|года?)$/, '')
    .trim();

  let d: number;
  let m: number;
  let y: number | null = null;
  const numeric = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?\.?$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const words = /^(\d{1,2})\s+([а-я]+)\.?(?:\s+(\d{4}))?$/.exec(t);
  if (numeric) {
    [d, m] = [Number(numeric[1]), Number(numeric[2])];
    if (numeric[3]) y = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
  } else if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (words) {
    const month = MONTHS.find(([re]) => re.test(words[2]));
    if (!month) return { ok: false, message: PROBLEM.badDeadline(raw) };
    [d, m] = [Number(words[1]), month[1]];
    if (words[3]) y = Number(words[3]);
  } else {
    return { ok: false, message: PROBLEM.badDeadline(raw) };
  }
  // An annual date is checked against a leap year so that «29.02» stays possible.
  if (!isValidDate(y ?? 2028, m, d)) return { ok: false, message: PROBLEM.noSuchDate(raw) };
  return { ok: true, deadline: y === null ? { kind: 'annual', m, d } : { kind: 'date', date: { y, m, d } } };
}

/** The days before a deadline on which to remind, with the day itself (0), nearest last. */
export function reminderOffsets(reminderDays: readonly number[]): number[] {
  const set = new Set<number>([0]);
  for (const n of reminderDays) if (Number.isInteger(n) && n >= 0) set.add(n);
  return [...set].sort((a, b) => b - a);
}

/** The day a reminder `offset` days before the deadline falls on. */
export function reminderDay(deadline: LocalDate, offset: number): LocalDate {
  return addDays(deadline, -offset);
}
