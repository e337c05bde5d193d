// Text as it goes into and comes out of cells.

/**
 * Sheets parses a string written by setValue(s) as if typed (USER_ENTERED): a leading `=` makes a
 * formula, `+`/`-` too, numbers and dates become numbers and dates. Form text and sidebar text must
 * stay text (CWE-1236), so such strings get a leading apostrophe, which Sheets stores as "text".
 */
export function asText(value: string): string {
  if (value === '') return value;
  if (/^[=+\-@\t\r']/.test(value)) return `'${value}`;
  // Strings USER_ENTERED would turn into a number, a date or a boolean.
  if (/^[\s\d.,:/%₽$€-]+$/.test(value) && /\d/.test(value)) return `'${value}`;
  if (/^(true|false|истина|ложь)$/i.test(value.trim())) return `'${value}`;
  return value;
}

/** Trimmed, single-spaced, ё→е, lower case: how names of headers and topics are compared. */
export function normalizeKey(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

/** Emails are compared trimmed and in lower case. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** A cell's value as display text (numbers as typed, booleans as ДА/НЕТ are left to callers). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  return String(value).trim();
}

/** Splits a list typed in one cell: by comma, semicolon or new line. */
export function splitList(value: string): string[] {
  return value
    .split(/[;,\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

/** The second word of a Turkic patronymic («Рашид оглы», «Лейла кызы»): not an initial. */
export const PATRONYMIC_PARTICLES = /^(оглы|кызы|гызы|улы|уулу)$/i;

/**
 * «Петрова Анна Сергеевна» → «Петрова А. С.»; «Мамедов Рашид Ильхам оглы» → «Мамедов Р. И.»;
 * a part already an initial («Кузьмина В. А.») keeps its one full stop.
 */
export function shortName(fullName: string): string {
  const parts = fullName.replace(/\s+/g, ' ').trim().split(' ');
  if (parts.length < 2) return fullName.trim();
  const initials = parts
    .slice(1)
    .filter((p) => !PATRONYMIC_PARTICLES.test(p))
    .map((p) => p.replace(/\.+$/, ''))
    .filter((p) => p !== '')
    .map((p) => `${p.charAt(0).toUpperCase()}.`);
  return [parts[0], ...initials].join(' ');
}

/**
 * «…» around a title; quotes inside it become „…“, as Russian typesetting nests them:
 * «Семинар „Оценивание в 5 классе“», never «Семинар «Оценивание»».
 */
export function quote(text: string): string {
  const t = text.trim().replace(/^«(.*)»$/s, '$1');
  return `«${t
    .replace(/«/g, '„')
    .replace(/»/g, '“')
    .replace(/"([^"]*)"/g, '„$1“')}»`;
}

/** Ends a sentence with one full stop: «… Кузьмина В. А.» stays, «… 3 пары» gets one. */
export function sentence(text: string): string {
  const t = text.replace(/\s+$/, '');
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}
