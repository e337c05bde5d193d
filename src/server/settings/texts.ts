// What the curator reads about the settings documents print.

export const REQUIRED_TEXTS = {
  empty: (name: string) =>
    `«${name}» не заполнено — без этого параметра приказ, программы и бланки согласий не создаются`,
  stillDefault: (name: string) =>
    `«${name}» — указано название таблицы, а не данные школы; впишите значение, как в уставе`,
  /** Each document with the form of «создан» that agrees with it. */
  documents: {
    order: 'Приказ не создан',
    programmes: 'Программы не созданы',
    consents: 'Бланки согласий не созданы',
    agreements: 'Дополнительные соглашения не созданы',
    termination: 'Приказ о прекращении наставничества не создан',
  },
  refused: (document: string, names: string[]) =>
    `${document}: заполните на листе «Настройки» ${names.length === 1 ? 'параметр' : 'параметры'} ${names
      .map((n) => `«${n}»`)
      .join(', ')}.`,
};

/** A setting's value that is not what it should be (settings/check.ts). */
export const SETTING_CHECK_TEXTS = {
  notEmail: (text: string) => `«${text}» — не похоже на адрес электронной почты`,
  notInteger: (text: string, min: number, max: number) => `«${text}» — нужно целое число от ${min} до ${max}`,
  notDays: (text: string) => `«${text}» — нужны числа дней через запятую, например 14, 7, 1`,
  notSchoolYear: (text: string) => `«${text}» — ожидается вид 2026/2027`,
};
