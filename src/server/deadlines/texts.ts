// Everything the daily run writes to people.
import { plural } from './calendar';

const FOOTER = 'Письмо отправлено надстройкой «Наставничество».';

export const TEXTS = {
  shortfall: (count: string, recipients: string) =>
    `Не отправлено из-за дневного лимита почты: ${count} (${recipients}). Отложенные напоминания уйдут при следующем запуске, если ещё будут актуальны; те, что к тому времени сменятся более поздними или станут не нужны, будут отмечены в «Журнал рассылок».`,
  /** «Тема» of the rows of «Журнал рассылок» that record a reminder not sent. */
  mailDeferred: (subject: string) => `Отложено (дневной лимит почты): ${subject}`,
  mailSuperseded: 'Не отправлено: заменено более поздним напоминанием',
  mailObsolete: 'Не отправлено: больше не требуется (пункт выполнен или срок прошёл)',
  itemLine: (id: string, title: string, deadline: string, left: string, evidence: string) =>
    `• п. ${id} «${title}» — срок ${deadline} (${left}).\n  Сейчас: ${evidence}.`,
  overdueLine: (id: string, title: string, deadline: string, evidence: string) =>
    `• п. ${id} «${title}» — срок был ${deadline}, не выполнено.\n  Сейчас: ${evidence}.`,
  toldDirector: (line: string) => `${line}\n  (Директору отправлено сообщение о просрочке.)`,
  publicationLine: (label: string) =>
    `• п. 7.1: мероприятие «${label}» ещё не освещено на сайте и в социальных сетях — подготовьте публикацию на панели «Анкеты и мероприятия».`,
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
    `Наставничество: ${n === 1 ? 'просрочен срок' : `просрочено сроков: ${n}`} дорожной карты${school ? ` — ${school}` : ''}`,
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
  teacherSubject: (form: string) => `Напоминание: «${form}»`,
  teacherBody: (name: string, form: string, link: string, deadline: string, left: string, school: string) => {
    const parts = name.trim().split(/\s+/);
    const greeting = parts.length >= 3 ? `${parts[1]} ${parts[2]}` : name.trim();
    return [
      `Уважаемый(ая) ${greeting}!`,
      '',
      `Напоминаем: ${school ? `в ${school} ` : ''}ждут ваш ответ на анкету «${form}» — до ${deadline} (${left}).`,
      link,
      '',
      'Если вы уже ответили, не обращайте внимания на это письмо.',
      '',
      'Куратор наставничества',
    ].join('\n');
  },
};
