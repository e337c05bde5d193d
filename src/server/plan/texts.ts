// Everything a person reads about the programme's plan (issue #19): the sheet, the form
// «Отметка о выполнении», the reminder lines and the dashboard.
import { greeting } from '../shared/greeting';
import { plural } from '../shared/plural';
import { quote, sentence } from '../shared/text';

/** Headers of «План программ» (the contract of schema.ts). */
export const FORM_TITLE = 'Отметка о выполнении';
export const FORM_SHEET = 'Ответы: отметки о выполнении';

export const FORM = {
  pairCode: 'Код пары',
  pairCodeHelp: 'Заполняется автоматически по вашей ссылке. Пожалуйста, не изменяйте его.',
  email: 'Ваш адрес электронной почты',
  emailHelp: 'Заполняется автоматически по вашей ссылке.',
  activity: 'Мероприятие',
  activityHelp:
    'Ссылка из письма заполняет название мероприятия из программы. Если проведено мероприятие, которого нет в плане, впишите его название.',
  date: 'Дата проведения',
  result: 'Результат (одной строкой)',
  resultHelp: 'Например: «Посетила два урока, разобрали структуру урока открытия нового знания».',
  link: 'Ссылка на материалы (если есть)',
  linkHelp: 'Конспект, фотоотчёт, методическая разработка на школьном диске — по желанию.',
  description: (school: string) =>
    `${school ? school + '. ' : ''}Отметка о выполнении мероприятия персонализированной программы наставничества. Заполняет наставник по своей персональной ссылке; повторная отметка того же мероприятия заменяет прежнюю.\n\nПерсональные данные: адрес электронной почты, код пары и сведения о проведённом мероприятии. Их видят куратор наставничества и администрация школы; они используются только для учёта выполнения программы наставничества в соответствии с Положением о системе наставничества и Федеральным законом № 152-ФЗ «О персональных данных».`,
  confirmation: 'Спасибо! Отметка о выполнении внесена в план программы.',
};

/** Notes in the sheet's «Примечание». */
export const NOTES = {
  outside: 'Вне плана программы',
  excluded: (date: string) => `Исключено из программы при её обновлении ${date}`,
  refused: (email: string, pairId: string) => `Не учтено: ${email} — не наставник пары ${pairId}`,
};

export const JOURNAL = {
  marked: 'Отметка о выполнении',
  replaced: 'Отметка о выполнении заменена',
  outside: 'Отметка о мероприятии вне плана',
  refused: 'Отметка о выполнении не учтена',
  older: 'Отметка о выполнении: более ранний ответ не заменил новый',
  details: (pairId: string, activity: string, date: string, email: string) =>
    `${pairId}: ${quote(activity)}, ${date}, ${email}`,
  synced: 'План программ обновлён',
  notSynced: 'План программ не обновлён',
  notSyncedDetails: (pairs: readonly string[], reason: string) =>
    `${pairs.join(', ')}: ${sentence(reason)} После исправления создайте программу заново или дождитесь ежедневной проверки.`,
  syncedDetails: (pairs: string[], added: number, kept: number) =>
    `${pairs.join(', ')}: ${added} ${plural(added, 'строка добавлена', 'строки добавлены', 'строк добавлено')}, отметки о выполнении сохранены (${kept})`,
};

export const PROBLEMS = {
  noPairCode: 'В ответе нет кода пары: отметку нельзя отнести к паре',
  unknownPair: (id: string) => `Код пары «${id}» не найден среди действующих пар`,
  noEmail: 'В ответе нет адреса электронной почты',
  noActivity: 'В ответе не названо мероприятие',
  badDate: (text: string) => `«${text}» — не дата проведения`,
  notMentor: (email: string, pairId: string) =>
    `${email} не наставник пары ${pairId}: отметка не внесена в план, строка помечена для куратора`,
};

/** A dashboard warning for a mark from someone who is not the pair's mentor. */
export const NOT_MENTOR_WARNING = (pairId: string, email: string) =>
  `План программ: отметка ${email} по паре ${pairId} не учтена — этот адрес не наставник пары. Исправьте код пары или «Отметил» в строке, либо удалите её`;

function days(n: number): string {
  return `${n} ${plural(n, 'день', 'дня', 'дней')}`;
}

export const REMINDERS = {
  due: (pairId: string, activity: string, date: string, left: string, link: string) =>
    `• Пара ${pairId}: ${quote(activity)} — по плану до ${date} (${left}).\n  Когда проведёте, отметьте выполнение: ${link}`,
  overdue: (pairId: string, activity: string, date: string, link: string) =>
    `• Пара ${pairId}: ${quote(activity)} — срок по плану был ${date}, отметки о выполнении нет.\n  Если мероприятие проведено, отметьте его: ${link}`,
  idle: (pairId: string, mentor: string, since: string, fromStart: boolean, n: number) =>
    `• Пара ${pairId} (наставник ${mentor}): ${fromStart ? `с начала работы пары (${since}) не отмечено ни одного мероприятия программы` : `последнее отмеченное мероприятие программы — ${since}`}, прошло ${days(n)}.`,
  subject: (school: string, n: number) =>
    `Наставничество: ${n} ${plural(n, 'мероприятие', 'мероприятия', 'мероприятий')} программы${school ? ` — ${school}` : ''}`,
  curatorSubject: (school: string, n: number) =>
    `Наставничество: ${n} ${plural(n, 'пара', 'пары', 'пар')} без отметок о выполнении программы${school ? ` — ${school}` : ''}`,
  body: (name: string, lines: string[], others: Array<{ pair: string; link: string }>, school: string) =>
    [
      greeting(name),
      '',
      `Напоминаем о мероприятиях персонализированной программы наставничества${school ? ` в ${school}` : ''}:`,
      '',
      ...lines,
      '',
      ...(others.length === 1
        ? [`Мероприятие вне плана тоже можно отметить: ${others[0].link}`, '']
        : others.length > 1
          ? [
              'Мероприятие вне плана тоже можно отметить — ссылки для ваших пар:',
              ...others.map((o) => `  пара ${o.pair}: ${o.link}`),
              '',
            ]
          : []),
      'Если вы уже отметили выполнение, не обращайте внимания на это письмо.',
      '',
      'Куратор наставничества',
    ].join('\n'),
  curatorBody: (name: string, lines: string[], url: string) =>
    [
      greeting(name),
      '',
      'Пары, в которых давно не отмечено ни одно мероприятие программы наставничества:',
      '',
      ...lines,
      '',
      'Стоит узнать у наставников, как идёт работа, и напомнить, что выполнение отмечается по ссылке из письма.',
      '',
      `Таблица наставничества: ${url}`,
      '',
      'Письмо отправлено надстройкой «Наставничество».',
    ].join('\n'),
};

export const PROGRESS = {
  overdue: (n: number) => `просрочено ${n} ${plural(n, 'мероприятие', 'мероприятия', 'мероприятий')}`,
  idle: (n: number) => `нет отметок ${days(n)}`,
  attention: 'требует внимания',
};

/** The plan's section of the analytical note. */
export const NOTE_TEXTS = {
  heading: 'Выполнение планов персонализированных программ',
  summary: (pairs: number, planned: number, done: number, share: string, outside: number, overdue: number) =>
    `По ${pairs} ${plural(pairs, 'паре (группе)', 'парам (группам)', 'парам (группам)')} запланировано ${planned} ${plural(planned, 'мероприятие', 'мероприятия', 'мероприятий')}, выполнено ${done} (${share})` +
    (outside ? `; вне плана проведено ещё ${outside}` : '') +
    (overdue ? `; не выполнено в срок ${overdue}` : '') +
    '.',
  header: ['Пара (группа)', 'Выполнено по плану', 'Вне плана', 'Просрочено', 'Последнее мероприятие'],
  pairCell: (pairId: string, mentor: string) => `${pairId}, наставник ${mentor}`,
  behind: (pairs: string[]) => `Требуют внимания куратора: ${pairs.join('; ')}.`,
  noneBehind: 'Все пары выполняют план в установленные сроки.',
};
