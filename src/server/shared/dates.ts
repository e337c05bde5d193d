// Local calendar dates {y, m, d} in the spreadsheet's time zone. The adapter computes today with
// Utilities.formatDate; the pure code only counts days, so it never needs Intl or the host's zone.

export interface LocalDate {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

const DAY_MS = 86400000;

/** Realm-safe: a Date from a service or another realm is not `instanceof` this realm's Date. */
export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01: the one number local dates are compared and counted by. */
export function dayNumber(date: LocalDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(n: number): LocalDate {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

/** {y: 2026, m: 10, d: 1} → '2026-10-01' */
export function toIso(date: LocalDate): string {
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

/** '2026-10-01' (as Utilities.formatDate(now, tz, 'yyyy-MM-dd') gives it) → a local date; else null. */
export function fromIso(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** {y: 2026, m: 10, d: 1} → '01.10.2026' */
export function formatRuDate(date: LocalDate): string {
  return `${pad(date.d)}.${pad(date.m)}.${date.y}`;
}

/** '01.10.2026', '1.10.2026', '1/10/2026', '2026-10-01' → a local date; anything else or an impossible date → null. */
export function parseRuDate(text: string): LocalDate | null {
  const t = text.trim();
  const ru = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (ru) {
    const [d, m, y] = [Number(ru[1]), Number(ru[2]), Number(ru[3])];
    return isValidDate(y, m, d) ? { y, m, d } : null;
  }
  return fromIso(t);
}

/**
 * The local date of an instant in a zone `tzOffsetMinutes` east of UTC (+180 for Moscow). Date cells
 * hold local midnight, so this gives back the date staff typed. Russian zones have no DST since 2014.
 */
export function localDateOf(instant: Date, tzOffsetMinutes: number): LocalDate {
  const t = new Date(instant.getTime() + tzOffsetMinutes * 60000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
