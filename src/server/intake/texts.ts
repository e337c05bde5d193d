export const TEXTS = {
  rejectedAction: 'Ответ формы не принят',
  rejected: (bank: string, sheet: string, row: number, reason: string) =>
    `${sheet}, строка ${row}: ${reason}. Ответ сохранён на листе ответов, в «${bank}» не внесён — исправьте адрес в ответе или внесите строку вручную.`,
  addedAction: (bank: string) => `Добавлено в «${bank}»`,
  updatedAction: (bank: string) => `Обновлено в «${bank}»`,
};
