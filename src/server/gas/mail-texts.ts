// What a person reads about letters whose sending was interrupted (gas/mail.ts).
export const MAIL_TEXTS = {
  /** «Журнал рассылок», Тема of a letter whose sending an interrupted run could not confirm. */
  unconfirmed: (subject: string) =>
    `Отправка не подтверждена (работа прервана в момент отправки): ${subject}`,
  /** «Журнал», Действие and Подробности for the same letter. */
  unconfirmedAction: 'Письмо, возможно, не отправлено',
  unconfirmedDetails: (to: string, subject: string) =>
    `Работа надстройки прервалась в момент отправки письма «${subject}» (${to}), и Google не даёт проверить, ушло ли оно. ` +
    'Чтобы не отправить его дважды, надстройка считает его отправленным. Если адресат письма не получил, удалите его строку в «Журнал рассылок» — письмо уйдёт при следующей рассылке или проверке сроков.',
};
