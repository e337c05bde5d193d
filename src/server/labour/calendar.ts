// The Russian production calendar: which days are working days for a five-day week. Pure.
//
// A day is a day off when it is a Saturday or a Sunday, a non-working holiday of art. 112 of the
// Labour Code, or a day off moved there by the Government's decree for that year; a weekend day the
// decree made a working day is a working day. Where a holiday other than the New Year days falls on
// a weekend, the day off moves to the next working day (art. 112 part 2) unless the decree moved it
// elsewhere. The school's sheet «Производственный календарь» lists the holidays and transfers of
// each year; for a year the sheet has no rows for, the table shipped here is used.
import type { IsoDate } from '../store/dates';
import { CALENDAR_TEXTS } from './texts';

export type DayKind = 'holiday' | 'dayOff' | 'workday';

/** One listed day: a holiday, a day off moved there, or a weekend day made a working day. */
export interface CalendarDay {
  date: IsoDate;
  kind: DayKind;
  basis: string;
}

interface Transfer {
  /** The weekend day that coincides with a holiday (it stays off), or a Saturday made a working day. */
  from: IsoDate;
  /** The working day that becomes a day off. */
  to: IsoDate;
}

interface Decree {
  title: string;
  transfers: Transfer[];
}

/**
 * The Government's decrees «О переносе выходных дней». 2027: no decree was known when this table was
 * written (a draft of the Ministry of Labour was under discussion), so 2027 has only art. 112: the
 * two days off of 2 and 3 January 2027 (a Saturday and a Sunday) are not placed, and staff add the
 * decree's transfers to the sheet once it is published.
 */
const DECREES: Record<number, Decree> = {
  2025: {
    title: 'постановление Правительства РФ от 04.10.2024 № 1335',
    transfers: [
      { from: '2025-01-04', to: '2025-05-02' },
      { from: '2025-01-05', to: '2025-12-31' },
      { from: '2025-02-23', to: '2025-05-08' },
      { from: '2025-03-08', to: '2025-06-13' },
      { from: '2025-11-01', to: '2025-11-03' },
    ],
  },
  2026: {
    title: 'постановление Правительства РФ от 24.09.2025 № 1466',
    transfers: [
      { from: '2026-01-03', to: '2026-01-09' },
      { from: '2026-01-04', to: '2026-12-31' },
    ],
  },
};

/** Whether the shipped table has the decree of this year. */
export function decreeKnown(year: number): boolean {
  return year in DECREES;
}

/** Non-working holidays of art. 112 part 1: [month, day]. */
const HOLIDAYS: ReadonlyArray<[number, number]> = [
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

function utc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(date: IsoDate, n: number): IsoDate {
  const t = utc(date);
  t.setUTCDate(t.getUTCDate() + n);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const day = utc(date).getUTCDay();
  return day === 0 || day === 6;
}

/** The holidays, transfers and art. 112 moves of one year, as the sheet lists them. */
export function yearDays(year: number): CalendarDay[] {
  const decree = DECREES[year];
  const days = new Map<IsoDate, CalendarDay>();
  for (const [m, d] of HOLIDAYS) {
    days.set(iso(year, m, d), { date: iso(year, m, d), kind: 'holiday', basis: CALENDAR_TEXTS.art112 });
  }
  const movedByDecree = new Set((decree?.transfers ?? []).map((t) => t.from));
  for (const t of decree?.transfers ?? []) {
    days.set(t.to, { date: t.to, kind: 'dayOff', basis: CALENDAR_TEXTS.moved(t.from, decree.title) });
    if (!days.has(t.from))
      days.set(t.from, {
        date: t.from,
        kind: 'workday',
        basis: CALENDAR_TEXTS.madeWorking(t.to, decree.title),
      });
  }
  // Art. 112 part 2: a holiday on a weekend (not 1–6 and 8 January) moves the day off to the next
  // working day after it, unless the decree moved that day off elsewhere.
  for (const [m, d] of HOLIDAYS) {
    const date = iso(year, m, d);
    if (m === 1 && d !== 7) continue;
    if (!isWeekend(date) || movedByDecree.has(date)) continue;
    let next = addDays(date, 1);
    while (isWeekend(next) || days.has(next)) next = addDays(next, 1);
    days.set(next, { date: next, kind: 'dayOff', basis: CALENDAR_TEXTS.art112moved(date) });
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Working-day arithmetic over the school's listed days (the sheet) and the shipped table. */
export class WorkCalendar {
  private readonly byDate = new Map<IsoDate, DayKind>();
  private readonly listedYears = new Set<number>();

  /** `listed`: the rows of «Производственный календарь»; a year with none takes the shipped table. */
  constructor(listed: readonly CalendarDay[] = []) {
    for (const day of listed) {
      this.byDate.set(day.date, day.kind);
      this.listedYears.add(Number(day.date.slice(0, 4)));
    }
  }

  private ensureYear(year: number): void {
    if (this.listedYears.has(year)) return;
    this.listedYears.add(year);
    for (const day of yearDays(year)) this.byDate.set(day.date, day.kind);
  }

  isWorkingDay(date: IsoDate): boolean {
    this.ensureYear(Number(date.slice(0, 4)));
    const kind = this.byDate.get(date);
    if (kind === 'workday') return true;
    if (kind === 'holiday' || kind === 'dayOff') return false;
    return !isWeekend(date);
  }

  /** The n-th working day after `date` (the day itself not counted). */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    let day = date;
    let left = n;
    while (left > 0) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }
}

/** The first and last day of a month «2027-03». */
export function monthBounds(month: string): { first: IsoDate; last: IsoDate } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: iso(y, m, 1), last: iso(y, m, last) };
}
