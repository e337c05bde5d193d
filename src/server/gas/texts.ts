// What a person reads from the adapters' checks.
export const TEXTS = {
  cannotEdit: (email: string) =>
    `${email ? `У пользователя ${email}` : 'У вас'} нет прав на редактирование этой таблицы: надстройкой могут пользоваться только её редакторы. Попросите владельца таблицы открыть вам доступ «Редактор».`,
};
