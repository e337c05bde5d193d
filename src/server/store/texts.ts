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
  keptEditAction: 'Правка сохранена',
  keptEdit: (cell: string, person: string, action: string) =>
    `${cell}: значение изменили, пока надстройка работала, — оставлено ${quoted(person)}, надстройка записала бы ${quoted(action)}.`,
  rowGone: (row: string, column: string, action: string) =>
    `${row}: строку удалили или переместили, пока надстройка работала, — ${quoted(action)} в столбец ${column} не записано.`,
  columnGone: (sheet: string, column: string, row: number, action: string) =>
    `${sheet}, столбец ${column}: столбец удалили или переименовали, пока надстройка работала, — ${quoted(action)} (строка ${row}) не записано.`,
};

function quoted(value: string): string {
  return value === '' ? 'пустое значение' : `«${value}»`;
}
