import { greeting } from '../shared/greeting';

export const TEXTS = {
  subject: (school: string) => `Профессиональные запросы педагогов${school ? ' — ' + school : ''}`,
  body: (name: string, url: string, deadline: string, school: string) => {
    return [
      greeting(name),
      '',
      `В ${school || 'школе'} формируется банк наставляемых и подбираются наставники на новый учебный год.`,
      `Пожалуйста, заполните короткую анкету о ваших профессиональных запросах${deadline ? ` до ${deadline}` : ''}:`,
      url,
      '',
      'Куратор наставничества',
    ].join('\n');
  },
  mentorSubject: (school: string) => `Приглашение в банк наставников${school ? ' — ' + school : ''}`,
  mentorBody: (name: string, url: string, deadline: string, school: string) => {
    return [
      greeting(name),
      '',
      `В ${school || 'школе'} формируется банк наставников. Ваш опыт может помочь молодым и новым коллегам.`,
      `Если вы готовы стать наставником, заполните анкету${deadline ? ` до ${deadline}` : ''}:`,
      url,
      '',
      'Куратор наставничества',
    ].join('\n');
  },
  noMentorForm: 'Анкета наставника ещё не создана. Запустите «Первоначальная настройка».',
  noCandidates: 'Все опытные педагоги уже в банке наставников.',
  noForm: 'Форма запросов ещё не создана. Запустите «Первоначальная настройка».',
  nobody: 'Все педагоги уже ответили на анкету в этом учебном году.',
  sent: (n: number) => `Форма запросов отправлена: ${n}.`,
  quota: (sent: number, left: number) =>
    `Отправлено ${sent}, не хватило дневного лимита почты ещё на ${left}. Повторите рассылку завтра — уже получившим письмо оно не придёт повторно.`,
  journalAction: 'Рассылка формы запросов',
};
