// Everything the daily run writes to people.
import { plural } from './calendar';
import { greeting } from '../shared/greeting';
import { quote, sentence } from '../shared/text';

const FOOTER = 'Письмо отправлено надстройкой «Наставничество».';

export const TEXTS = {
  shortfall: (count: string, recipients: string) =>
    `Не отправлено из-за дневного лимита почты: ${count} (${recipients}). Отложенные напоминания уйдут при следующем запуске, если ещё будут актуальны; те, что к тому времени сменятся более поздними или станут не нужны, будут отмечены в «Журнал рассылок».`,
  /** «Тема» of the rows of «Журнал рассылок» that record a reminder not sent. */
  mailDeferred: (subject: string) => `Отложено (дневной лимит почты): ${subject}`,
  mailSuperseded: 'Не отправлено: заменено более поздним напоминанием',
  mailObsolete: 'Не отправлено: больше не требуется (пункт выполнен или срок прошёл)',
  itemLine: (id: string, title: string, deadline: string, left: string, evidence: string) =>
    `• п. ${id} ${quote(title)} — срок ${deadline} (${left}).\n  Сейчас: ${sentence(evidence)}`,
  overdueLine: (id: string, title: string, deadline: string, evidence: string) =>
    `• п. ${id} ${quote(title)} — срок был ${deadline}, не выполнено.\n  Сейчас: ${sentence(evidence)}`,
  toldDirector: (line: string) => `${line}\n  (Директору отправлено сообщение о просрочке.)`,
  publicationLine: (label: string) =>
    `• п. 7.1: мероприятие ${quote(label)} ещё не освещено на сайте и в социальных сетях — подготовьте публикацию на панели «Анкеты и мероприятия».`,
  digestSubject: (school: string, deadlines: number, other: number) => {
    const parts: string[] = [];
    if (deadlines) parts.push(`${deadlines} ${plural(deadlines, 'срок', 'срока', 'сроков')} дорожной карты`);
    if (other) parts.push(`${other} ${plural(other, 'напоминание', 'напоминания', 'напоминаний')}`);
    return `Наставничество: ${parts.join(' и ')}${school ? ` — ${school}` : ''}`;
  },
  digestBody: (lines: string[], url: string, days: number[]) =>
    [
      'Здравствуйте!',
      '',
      'Что требует внимания по дорожной карте наставничества:',
      '',
      ...lines,
      '',
      `Таблица наставничества: ${url}`,
      '',
      `${FOOTER} Напоминания приходят за ${days.join(', ')} ${plural(days[days.length - 1] ?? 0, 'день', 'дня', 'дней')} до срока и в день срока.`,
    ].join('\n'),
  escalationSubject: (school: string, n: number) =>
    `Наставничество: ${n === 1 ? 'просрочен срок' : `просрочено ${n} ${plural(n, 'срок', 'срока', 'сроков')}`} дорожной карты${school ? ` — ${school}` : ''}`,
  escalationBody: (overdue: string[], own: string[], url: string) =>
    [
      'Здравствуйте!',
      '',
      'Срок выполнения пунктов дорожной карты наставничества прошёл, а пункты не выполнены:',
      '',
      ...overdue,
      ...(own.length ? ['', 'Ваши ближайшие сроки:', '', ...own] : []),
      '',
      `Таблица наставничества: ${url}`,
      '',
      FOOTER,
    ].join('\n'),
  teacherSubject: (form: string) => `Напоминание: ${quote(form)}`,
  teacherSubjectMany: (n: number) =>
    `Напоминание: ${n} ${plural(n, 'анкета ждёт', 'анкеты ждут', 'анкет ждут')} вашего ответа`,
  /** One unanswered form in a letter that names several (or in a digest). */
  formLine: (form: string, pair: string, link: string, deadline: string, left: string) =>
    `• Анкета ${quote(form)}${pair ? ` — пара ${pair}` : ''}, до ${deadline} (${left}):\n  ${link}`,
  teacherBodyMany: (name: string, lines: string[], school: string) =>
    [
      greeting(name),
      '',
      `Напоминаем: ${school ? `в ${school} ` : ''}ждут ваши ответы на анкеты:`,
      '',
      ...lines,
      '',
      'Если вы уже ответили, не обращайте внимания на это письмо.',
      '',
      'Куратор наставничества',
    ].join('\n'),
  teacherBody: (name: string, form: string, link: string, deadline: string, left: string, school: string) => {
    return [
      greeting(name),
      '',
      `Напоминаем: ${school ? `в ${school} ` : ''}ждут ваш ответ на анкету ${quote(form)} — до ${deadline} (${left}).`,
      link,
      '',
      'Если вы уже ответили, не обращайте внимания на это письмо.',
      '',
      'Куратор наставничества',
    ].join('\n');
  },
};
