// The checks of one setting's value, with the Russian problem ('' when fine): readSettings reports
// them on the sheet, and the sidebar imports the same functions to catch a mistake before the round trip.
import { isEmail } from '../shared/text';
import { SETTING_CHECK_TEXTS as T } from './texts';

/** Whole numbers and their bounds. */
export const INTEGER_SETTINGS: Record<string, [min: number, max: number]> = {
  maxMentees: [1, 20],
  dailyHour: [0, 23],
  publicationDays: [1, 365],
};

/** Settings that hold one address. */
export const EMAIL_SETTINGS: readonly string[] = ['directorEmail', 'curatorEmail', 'remindersOwner'];

export function emailProblem(text: string): string {
  return text && !isEmail(text) ? T.notEmail(text) : '';
}

export function integerProblem(text: string, min: number, max: number): string {
  const n = Number(text.replace(',', '.'));
  return Number.isInteger(n) && n >= min && n <= max ? '' : T.notInteger(text, min, max);
}

/** «14, 7, 1»: days before a deadline, each 1…60. `text` is quoted in the problem as given. */
export function reminderDaysProblem(text: string): string {
  const days = text
    .split(/[,;\s]+/)
    .filter((s) => s !== '')
    .map(Number);
  return days.every((n) => Number.isInteger(n) && n >= 1 && n <= 60) ? '' : T.notDays(text);
}

/** «2026/2027»: two consecutive years. */
export function schoolYearProblem(text: string): string {
  const ok = /^\d{4}\/\d{4}$/.test(text) && Number(text.slice(5)) === Number(text.slice(0, 4)) + 1;
  return ok ? '' : T.notSchoolYear(text);
}

/** The problem with a value typed in the sidebar, as the server words it ('' when fine or unchecked here). */
export function settingProblem(key: string, value: string): string {
  const text = value.trim();
  if (EMAIL_SETTINGS.includes(key)) return emailProblem(text);
  const range = INTEGER_SETTINGS[key];
  if (range) return text ? integerProblem(text, range[0], range[1]) : '';
  if (key === 'reminderDays') return reminderDaysProblem(text);
  if (key === 'schoolYear') return text ? schoolYearProblem(text) : '';
  return '';
}
