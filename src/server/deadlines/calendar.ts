// Dates of the roadmap: the school year (1 September – 31 August) a day belongs to, each item's
// deadline in it, and the days left. Pure: the adapter gives today as a local ISO date in the
// spreadsheet's time zone, so the time of day the trigger runs does not matter.

import { plural } from '../shared/plural';
export type DeadlineRule =
  | { kind: 'date'; month: number; day: number }
  | { kind: 'fixed'; iso: string }
  | { kind: 'yearly' }
  | { kind: 'constant' };

const MONTHS: Record<string, number> = {
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};

function valid(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** «01.10», «1 октября», «до 1 октября», «01.10.2026», «Ежегодно», «Постоянно»; null when unreadable. */
export function parseDeadline(text: string): DeadlineRule | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^ежегодно,?\s*/, '')
    .replace(/^до\s+/, '')
    .trim();
  if (t === '' && /ежегодно/i.test(text)) return { kind: 'yearly' };
  if (t === 'ежегодно') return { kind: 'yearly' };
  if (t === 'постоянно') return { kind: 'constant' };
  let m = /^(\d{1,2})\.(\d{1,2})$/.exec(t);
  if (m && valid(2024, Number(m[2]), Number(m[1])))
    return { kind: 'date', month: Number(m[2]), day: Number(m[1]) };
  m = /^(\d{1,2})\s+([а-я]+)$/.exec(t);
  if (m && MONTHS[m[2]] && valid(2024, MONTHS[m[2]], Number(m[1])))
    return { kind: 'date', month: MONTHS[m[2]], day: Number(m[1]) };
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m && valid(Number(m[3]), Number(m[2]), Number(m[1])))
    return { kind: 'fixed', iso: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m && valid(Number(m[1]), Number(m[2]), Number(m[3]))) return { kind: 'fixed', iso: t };
  return null;
}

/**
 * The first calendar year of the school year a day belongs to for planning. The school year runs
 * 1 September – 31 August, but August is when a school prepares the coming year: on 20 August the
 * next deadline of 2.1 is 15 September ahead, not last year's.
 */
export function schoolYearStart(todayIso: string): number {
  const [y, m] = todayIso.split('-').map(Number);
  return m >= 8 ? y : y - 1;
}

/** «2026/2027» → 2026; null when it is not a school year. */
export function yearStartOf(schoolYear: string): number | null {
  const m = /^(\d{4})\/(\d{4})$/.exec(schoolYear.trim());
  return m && Number(m[2]) === Number(m[1]) + 1 ? Number(m[1]) : null;
}

/**
 * The first calendar year of the school year being planned: the one «Настройки» names once
 * «Новый учебный год» moved it on (in June, before the calendar would), else the one `today` is in.
 */
export function planningYearStart(todayIso: string, schoolYear = ''): number {
  return Math.max(yearStartOf(schoolYear) ?? 0, schoolYearStart(todayIso));
}

/** The deadline of an item in the school year being planned; null for undated items. */
export function deadlineFor(rule: DeadlineRule, todayIso: string, schoolYear = ''): string | null {
  if (rule.kind === 'fixed') return rule.iso;
  if (rule.kind !== 'date') return null;
  const start = planningYearStart(todayIso, schoolYear);
  const year = rule.month >= 9 ? start : start + 1;
  return `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
}

/** Whole days from `fromIso` to `toIso` (negative when past). */
export function daysBetween(fromIso: string, toIso: string): number {
  const ms = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(toIso) - ms(fromIso)) / 86400000);
}

export function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export { plural };

/** «через 7 дней», «сегодня», «просрочено на 2 дня» */
export function daysLeftText(days: number): string {
  if (days === 0) return 'сегодня';
  if (days > 0) return `через ${days} ${plural(days, 'день', 'дня', 'дней')}`;
  return `просрочено на ${-days} ${plural(-days, 'день', 'дня', 'дней')}`;
}
