export const TEXTS = {
  rejectedAction: 'Ответ формы не принят',
  rejected: (bank: string, sheet: string, row: number, reason: string) =>
    `${sheet}, строка ${row}: ${reason}. Ответ сохранён на листе ответов, в «${bank}» не внесён — исправьте адрес в ответе или внесите строку вручную.`,
  notTakenAction: 'Ответы формы не внесены',
  sheetBroken: (sheet: string, problem: string) =>
    `${sheet}: новые ответы не внесены — ${problem}. Они сохранены на листе ответов и будут внесены, когда лист исправят.`,
  failed: (sheet: string, row: number, error: string) =>
    `${sheet}, строка ${row}: ответ не внесён из-за ошибки надстройки (${error}). Ответ сохранён на листе ответов — внесите строку вручную или сообщите разработчикам.`,
  addedAction: (bank: string) => `Добавлено в «${bank}»`,
  updatedAction: (bank: string) => `Обновлено в «${bank}»`,
};
