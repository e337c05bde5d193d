// Wall-clock arithmetic in a named time zone, for trigger schedules and daily quotas. Node's Intl is
// fine here: this is emulator code, not bundle code.

import { wallClock } from '../utilities';

export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday (ISO, as Apps Script's time-driven event `day-of-week`). */
  weekday: number;
}

/** The wall clock of `timeZone` at `ms`, with the ISO weekday Apps Script's events use. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const w = wallClock(ms, timeZone);
  return {
    year: w.year,
    month: w.month,
    day: w.day,
    hour: w.hour,
    minute: w.minute,
    second: w.second,
    weekday: w.weekday === 0 ? 7 : w.weekday,
  };
}

/** The instant at which the wall clock of `timeZone` shows the given local time. */
export function zonedTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset, also across a DST change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = zonedParts(guess, timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += asUtc - shown;
  }
  return guess;
}

/** `yyyy-mm-dd` of the instant in the time zone: the key of a daily quota. */
export function dayKey(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Throws a RangeError for a time zone Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  new Intl.DateTimeFormat('en-US', { timeZone });
}
