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
  },
  refused: (document: string, names: string[]) =>
    `${document}: заполните на листе «Настройки» ${names.length === 1 ? 'параметр' : 'параметры'} ${names
      .map((n) => `«${n}»`)
      .join(', ')}.`,
};
