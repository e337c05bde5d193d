// Russian plural forms: 1 день, 2 дня, 5 дней, 11 дней, 21 день.

export type PluralForms = readonly [one: string, few: string, many: string];

/** The form of the word that goes with n: plural(3, ['день', 'дня', 'дней']) → 'дня'. */
export function plural(n: number, forms: PluralForms): string {
  const abs = Math.abs(Math.trunc(n));
  const last2 = abs % 100;
  const last = abs % 10;
  if (last2 >= 11 && last2 <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** The number with its word: countOf(5, ['день', 'дня', 'дней']) → '5 дней'. */
export function countOf(n: number, forms: PluralForms): string {
  return `${n} ${plural(n, forms)}`;
}
