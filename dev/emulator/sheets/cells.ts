// Cell values as Sheets keeps them: dates are day serials (days since 1899-12-30) in the spreadsheet's
// time zone with a date number format; text a person or a script enters is parsed as USER_ENTERED;
// display values apply the number format and the spreadsheet's locale.
import { instantOfWallTime, wallClock } from '../utilities';
import type { Scalar } from './model';

const DAY_MS = 86400000;
const EPOCH_SERIAL = 25569; // 1970-01-01 as a Sheets serial

export function dateToSerial(ms: number, timeZone: string): number {
  const local = ms + wallClock(ms, timeZone).offsetMinutes * 60000;
  return local / DAY_MS + EPOCH_SERIAL;
}

export function serialToMillis(serial: number, timeZone: string): number {
  // Round to the millisecond: serials are binary fractions.
  const local = Math.round((serial - EPOCH_SERIAL) * DAY_MS);
  return instantOfWallTime(local, timeZone);
}

export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const dateFormatCache = new Map<string, boolean>();

/** A number format that shows dates or times (outside quoted literals). */
export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  let cached = dateFormatCache.get(format);
  if (cached === undefined) {
    const bare = format.replace(/"[^"]*"|\\./g, '');
    cached = /[dyhs]|m/i.test(bare) && !/^[#0.,%\s]*$/.test(bare) && bare !== '@';
    dateFormatCache.set(format, cached);
  }
  return cached;
}

export interface Locale {
  decimal: string;
  group: string;
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
  trueText: string;
  falseText: string;
}

// (check) ru_RU shows TRUE/FALSE as ИСТИНА/ЛОЖЬ and groups thousands with a no-break space.
export const LOCALES: Record<string, Locale> = {
  ru_RU: {
    decimal: ',',
    group: '\u00a0',
    dateFormat: 'dd.MM.yyyy',
    dateTimeFormat: 'dd.MM.yyyy H:mm:ss',
    timeFormat: 'H:mm:ss',
    trueText: 'ИСТИНА',
    falseText: 'ЛОЖЬ',
  },
  en_US: {
    decimal: '.',
    group: ',',
    dateFormat: 'M/d/yyyy',
    dateTimeFormat: 'M/d/yyyy H:mm:ss',
    timeFormat: 'H:mm:ss',
    trueText: 'TRUE',
    falseText: 'FALSE',
  },
};

export function localeOf(name: string): Locale {
  return LOCALES[name] ?? (name.startsWith('ru') ? LOCALES.ru_RU : LOCALES.en_US);
}

/** What a write leaves in a cell. `format` is set when Sheets picks a number format itself. */
export interface Entered {
  value: Scalar | null;
  formula: string | null;
  format: string | null;
}

const blank: Entered = { value: null, formula: null, format: null };

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function serialOf(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, m - 1, d, h, mi, s) / DAY_MS + EPOCH_SERIAL;
}

/**
 * USER_ENTERED parsing of a string (what typing into a cell or setValue(string) does):
 * '=…' formula; "'…" text without the apostrophe; numbers in the locale ("3,5" in ru_RU); TRUE/FALSE;
 * dates dd.MM.yyyy (ru) or M/d/yyyy (en) and yyyy-MM-dd, optionally with H:mm[:ss]; times H:mm[:ss];
 * percentages; text starting with + or - that is no number becomes a formula (which then errors).
 */
export function parseEntered(text: string, localeName: string, nowMs: number, timeZone: string): Entered {
  if (text === '') return blank;
  if (text.startsWith("'"))
    return { value: text.slice(1) === '' ? null : text.slice(1), formula: null, format: null };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text, format: null };
  const locale = localeOf(localeName);
  const t = text.trim();
  // Most text has no digit and is no boolean: skip the parsers.
  if (!/\d/.test(t) && !/^[+-]/.test(t) && t.length > 6) return { value: text, formula: null, format: null };
  const num = parseLocaleNumber(t, locale);
  if (num !== null) return { value: num, formula: null, format: null };
  const pct = /^(.*)%$/.exec(t);
  if (pct) {
    const n = parseLocaleNumber(pct[1].trim(), locale);
    if (n !== null) return { value: n / 100, formula: null, format: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === locale.trueText) return { value: true, formula: null, format: null };
  if (upper === 'FALSE' || upper === locale.falseText) return { value: false, formula: null, format: null };
  const date = parseLocaleDate(t, localeName, nowMs, timeZone);
  if (date) return date;
  if (/^[+-]/.test(t)) return { value: null, formula: `=${t}`, format: null };
  return { value: text, formula: null, format: null };
}

const numberPatterns = new Map<string, { re: RegExp; group: RegExp }>();

function parseLocaleNumber(t: string, locale: Locale): number | null {
  let p = numberPatterns.get(locale.decimal);
  if (!p) {
    const dec = locale.decimal === ',' ? ',' : '\\.';
    const group = locale.decimal === ',' ? '[ \\u00a0]' : ',';
    p = {
      re: new RegExp(`^[+-]?(\\d{1,3}(${group}\\d{3})+|\\d+)(${dec}\\d+)?([eE][+-]?\\d+)?$`),
      group: new RegExp(group, 'g'),
    };
    numberPatterns.set(locale.decimal, p);
  }
  if (!p.re.test(t)) return null;
  const normal = t.replace(p.group, '').replace(locale.decimal, '.');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

const TIME = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const RU_DATE = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{2}|\\d{4}))?${TIME}$`);
const US_DATE = new RegExp(`^(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?${TIME}$`);

function parseLocaleDate(t: string, localeName: string, nowMs: number, timeZone: string): Entered | null {
  const locale = localeOf(localeName);
  let y: number, m: number, d: number;
  let rest: RegExpExecArray | null;
  let match = ISO_DATE.exec(t);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    rest = match;
  } else if (locale.decimal === ',') {
    // ru_RU: dd.MM.yyyy, dd.MM.yy, and dd.MM (this year) (check: "3.5" is 3 May in ru_RU).
    match = RU_DATE.exec(t);
    if (!match) return parseTime(t, locale);
    const year = match[3] === undefined ? wallClock(nowMs, timeZone).year : Number(match[3]);
    [d, m, y] = [Number(match[1]), Number(match[2]), year < 100 ? 2000 + year : year];
    rest = match;
  } else {
    match = US_DATE.exec(t);
    if (!match) return parseTime(t, locale);
    const year = match[3] === undefined ? wallClock(nowMs, timeZone).year : Number(match[3]);
    [m, d, y] = [Number(match[1]), Number(match[2]), year < 100 ? 2000 + year : year];
    rest = match;
  }
  if (!validDate(y, m, d)) return null;
  const n = rest.length;
  const [h, mi, s] = [rest[n - 3], rest[n - 2], rest[n - 1]].map((x) => (x === undefined ? 0 : Number(x)));
  if (h > 23 || mi > 59 || s > 59) return null;
  const hasTime = rest[n - 3] !== undefined;
  return {
    value: serialOf(y, m, d, h, mi, s),
    formula: null,
    format: hasTime ? locale.dateTimeFormat : locale.dateFormat,
  };
}

function parseTime(t: string, locale: Locale): Entered | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (!match) return null;
  const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (h > 23 || m > 59 || s > 59) return null;
  return { value: (h * 3600 + m * 60 + s) / 86400, formula: null, format: locale.timeFormat };
}

const RU_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('ru', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, i, 1)),
);
const EN_MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, i, 1)),
);

/** Sheets date format tokens (sheets/api/guides/formats): m is minutes next to h or s, else month. */
export function formatSerialDate(serial: number, format: string, localeName: string): string {
  const ms = Math.round((serial - EPOCH_SERIAL) * DAY_MS);
  const t = new Date(ms);
  const parts = { y: t.getUTCFullYear(), M: t.getUTCMonth() + 1, d: t.getUTCDate(), H: t.getUTCHours() };
  const months = localeName.startsWith('ru') ? RU_MONTHS : EN_MONTHS;
  const ampm = /am\/pm|a\/p/i.test(format);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|([A-Za-z])\1*|./gi) ?? [];
  let out = '';
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const c = lower[0];
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[a-z]/i.test(x))?.[0]
      ?.toLowerCase();
    const next = tokens
      .slice(i + 1)
      .find((x) => /^[a-z]/i.test(x))?.[0]
      ?.toLowerCase();
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (lower === 'am/pm') out += parts.H < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += parts.H < 12 ? 'A' : 'P';
    else if (c === 'y') out += lower.length <= 2 ? String(parts.y % 100).padStart(2, '0') : String(parts.y);
    else if (c === 'd')
      out += lower.length <= 2 ? String(parts.d).padStart(lower.length, '0') : weekday(t, lower, localeName);
    else if (c === 'h') {
      const h = ampm ? parts.H % 12 || 12 : parts.H;
      out += String(h).padStart(lower.length, '0');
    } else if (c === 's') out += String(t.getUTCSeconds()).padStart(lower.length, '0');
    else if (c === 'm') {
      const minutes = lower.length <= 2 && (prev === 'h' || next === 's');
      if (minutes) out += String(t.getUTCMinutes()).padStart(lower.length, '0');
      else if (lower.length <= 2) out += String(parts.M).padStart(lower.length, '0');
      else out += lower.length === 3 ? months[parts.M - 1].slice(0, 3) : months[parts.M - 1];
    } else out += tok;
  });
  return out;
}

function weekday(t: Date, token: string, localeName: string): string {
  return new Intl.DateTimeFormat(localeName.startsWith('ru') ? 'ru' : 'en', {
    weekday: token.length === 3 ? 'short' : 'long',
    timeZone: 'UTC',
  }).format(t);
}

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Numeric formats: 0, 0.00, #,##0, #,##0.00, 0%, 0.00% with literal prefix/suffix. */
export function formatNumber(n: number, format: string | null, localeName: string): string {
  const locale = localeOf(localeName);
  if (!format || format === '0.###############' || format.toLowerCase() === 'general') {
    if (Number.isInteger(n)) return String(n);
    const text = String(Number(n.toPrecision(10)));
    return text.replace('.', locale.decimal);
  }
  const section = format.split(';')[n < 0 && format.includes(';') ? 1 : 0];
  const m = /^([^#0]*?)([#0,]+)(?:\.([0#]+))?(%?)(.*)$/.exec(section);
  if (!m) return String(n);
  const [, prefix, intPart, fracPart = '', pct, suffix] = m;
  let value = pct ? n * 100 : n;
  if (n < 0 && format.includes(';')) value = Math.abs(value);
  const minFrac = (fracPart.match(/0/g) ?? []).length;
  const maxFrac = fracPart.length;
  let text = Math.abs(value).toFixed(maxFrac);
  if (maxFrac > minFrac) text = text.replace(new RegExp(`0{1,${maxFrac - minFrac}}$`), '').replace(/\.$/, '');
  const [intDigits, frac] = text.split('.');
  let int = intDigits;
  if (intPart.includes(',')) int = group(int, locale.group);
  const minInt = (intPart.match(/0/g) ?? []).length;
  int = int.padStart(minInt, '0');
  if (minInt === 0 && int === '0' && frac) int = '';
  const body = frac ? `${int}${locale.decimal}${frac}` : int;
  const sign = value < 0 && !format.includes(';') ? '-' : '';
  return `${unquote(prefix)}${sign}${body}${pct}${unquote(suffix)}`;
}

function unquote(literal: string): string {
  return literal.replace(/"([^"]*)"|\\(.)/g, (_m, q: string, e: string) => q ?? e);
}

/** The text Sheets shows for a stored value under a number format. */
export function displayOf(value: Scalar | null, format: string | null, localeName: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean')
    return value ? localeOf(localeName).trueText : localeOf(localeName).falseText;
  if (format === '@') return formatNumber(value, null, localeName);
  if (isDateFormat(format)) return formatSerialDate(value, format as string, localeName);
  return formatNumber(value, format, localeName);
}
