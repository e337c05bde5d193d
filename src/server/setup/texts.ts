// What setup tells the curator about the sheets it repaired.

export const SHEET_TEXTS = {
  renamed: (sheet: string, from: string, to: string) => `${sheet}: столбец «${from}» переименован в «${to}»`,
};
