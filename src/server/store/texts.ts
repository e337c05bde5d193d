// What the store says about cells it cannot use.
export const TEXTS = {
  emptyRequired: 'пусто, а значение обязательно',
  notEmail: (v: string) => `«${v}» — не похоже на адрес электронной почты`,
  notDate: (v: string) => `«${v}» — не дата (ожидается дд.мм.гггг)`,
  notNumber: (v: string) => `«${v}» — не число`,
  notInList: (v: string, values: readonly string[]) =>
    `«${v}» — неизвестное значение (допустимо: ${values.join(', ')})`,
  duplicateKey: (v: string, first: number) => `«${v}» уже есть в строке ${first}`,
  missingColumn: (name: string) => `нет столбца «${name}»`,
  missingSheet: (name: string) => `нет листа «${name}». Запустите «Первоначальная настройка»`,
};
