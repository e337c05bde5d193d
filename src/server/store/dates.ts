// Dates between cells and the pure code. The pure code works with local calendar dates as ISO
// strings (yyyy-mm-dd); cells hold Date objects at local midnight of the spreadsheet's time zone.
// The zone's offset is read once per operation (Utilities.formatDate(now, tz, 'Z')), so no service
// call happens per cell. Russian zones have had no daylight saving time since 2014.

import type { IsoDate } from '../shared/dates';

export type { IsoDate };

/** Realm-safe: a Date from a service is not `instanceof` this realm's Date. */
export function isDateValue(value: unknown): boolean {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}

export function isoFromDate(date: Date, tzOffsetMinutes: number): IsoDate {
  const local = new Date(date.getTime() + tzOffsetMinutes * 60000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** Local midnight of an ISO date, as a Date. */
export function dateFromIso(iso: IsoDate, tzOffsetMinutes: number): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - tzOffsetMinutes * 60000);
}

/** «+0300» → 180 */
export function offsetFromZ(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** 01.10.2026, 1.10.2026, 2026-10-01 → ISO; anything else (or an impossible date) → null. */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s.*)?$/.exec(t);
  if (match) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(t);
    if (!match) return null;
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** ISO → 01.10.2026 */
export function ruDate(iso: IsoDate): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
