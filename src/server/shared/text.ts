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

/** «Петрова Анна Сергеевна» → «Петрова А. С.» */
export function shortName(fullName: string): string {
  const parts = fullName.replace(/\s+/g, ' ').trim().split(' ');
  if (parts.length < 2) return fullName.trim();
  return `${parts[0]} ${parts
    .slice(1)
    .map((p) => `${p.charAt(0).toUpperCase()}.`)
    .join(' ')}`;
}
