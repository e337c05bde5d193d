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
  // Who answered (identity.ts) and the review list (review.ts).
  unknownAddress: 'адрес не найден на листе «Педагоги»',
  otherTeacher: (teacher: string, typed: string) =>
    `адрес принадлежит педагогу ${teacher}, а в ответе указано ${typed}`,
  reviewAction: 'Ответ ждёт проверки куратора',
  review: (sheet: string, row: number, email: string, reason: string) =>
    `${sheet}, строка ${row}: ${email || 'адрес не указан'} — ${reason}. Ответ никуда не внесён; решите на панели: «Анкеты» → «Неизвестные ответы» — «Принять» или «Отклонить».`,
  reviewWaiting: 'Ожидает',
  reviewAccepted: 'Принят',
  reviewRejected: 'Отклонён',
  acceptedAction: 'Неизвестный ответ принят',
  rejectedReviewAction: 'Неизвестный ответ отклонён',
  reviewDecision: (state: string, user: string, date: string) => `${state}: ${user || 'куратор'}, ${date}`,
  reviewGone: 'Этот ответ уже рассмотрен или исчез из списка. Обновите вкладку.',
  reviewRowGone: (sheet: string, row: number) =>
    `Ответ на листе «${sheet}» (строка ${row}) не найден: его удалили или лист переименовали. Внесите данные вручную и нажмите «Отклонить».`,
  acceptedMessage: (name: string, email: string) =>
    `${name || email} добавлен(а) на лист «Педагоги», ответ внесён.`,
  rejectedMessage: (email: string) =>
    `Ответ с адреса ${email || '(без адреса)'} отклонён и больше не появится.`,
  /** What the forms collect and why (issue #16, item 5): appended to every form's description. */
  privacy:
    'Персональные данные: ФИО, адрес электронной почты, должность и ответы анкеты. Ответы видят куратор наставничества и администрация школы; данные используются только для организации наставничества в школе в соответствии с Положением о системе наставничества и Федеральным законом № 152-ФЗ «О персональных данных». Отправляя ответ, вы соглашаетесь на их обработку для этой цели; отозвать согласие или попросить удалить данные можно у куратора наставничества.',
};
