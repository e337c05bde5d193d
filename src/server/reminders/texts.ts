// Everything a person reads in the reminder emails and the journal.
import { countOf, plural, type PluralForms } from '../shared/plural';

const W = {
  day: ['день', 'дня', 'дней'],
  deadline: ['срок', 'срока', 'сроков'],
  letter: ['письмо', 'письма', 'писем'],
  event: ['мероприятие', 'мероприятия', 'мероприятий'],
  form: ['анкета ждёт', 'анкеты ждут', 'анкет ждут'],
} satisfies Record<string, PluralForms>;

export const TEXT = {
  subjectPrefix: 'Наставничество',
  overdue: (n: number) => `${plural(n, ['просрочен', 'просрочено', 'просрочено'])} ${countOf(n, W.deadline)}`,
  upcoming: (n: number, minLeft: number, maxLeft: number) => {
    const what = countOf(n, W.deadline);
    if (maxLeft === 0) return `${what} сегодня`;
    if (minLeft === 1 && maxLeft === 1) return `${what} завтра`;
    if (maxLeft <= 7) return `${what} на этой неделе`;
    return `${what} в ближайшие ${countOf(maxLeft, W.day)}`;
  },
  forms: (titles: readonly string[]) =>
    titles.length === 1 ? `ответьте на анкету «${titles[0]}»` : `${countOf(titles.length, W.form)} ответа`,
  unpublished: (n: number) => `${countOf(n, W.event)} без публикации`,

  hello: (name: string) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
  overdueHead: (school: string) => `Просрочены сроки дорожной карты наставничества${inSchool(school)}:`,
  upcomingHead: (school: string) => `Приближаются сроки дорожной карты наставничества${inSchool(school)}:`,
  formsHead: 'Пожалуйста, заполните анкету — это займёт несколько минут:',
  unpublishedHead: 'Мероприятия без публикации на сайте или в социальных сетях (п. 7.1):',
  item: (id: string, short: string) => `• ${id}. ${short}`,
  deadlineLine: (date: string, left: number) => `  Срок: ${date} (${daysLeftText(left)})`,
  overdueLine: (date: string, late: number, responsible: readonly string[]) =>
    `  Срок: ${date} (просрочено на ${countOf(late, W.day)})` +
    (responsible.length ? `. Ответственный: ${responsible.join(', ')}` : ''),
  missing: (text: string) => `  Что не сделано: ${text}`,
  form: (title: string, date: string, left: number, url: string) =>
    `• «${title}» — ответьте до ${date} (${daysLeftText(left)}): ${url}`,
  unpublishedLine: (label: string, days: number) => `• «${label}» — ${countOf(days, W.day)} без публикации`,
  link: (url: string) => `Таблица «Наставничество»: ${url}`,
  footer: 'Письмо отправлено надстройкой «Наставничество» автоматически. Отвечать на него не нужно.',

  shortfall: (n: number) =>
    `Не отправлено из-за лимита почты: ${countOf(n, W.letter)}, будут отправлены завтра`,
};

/** «сегодня», «завтра», «через 7 дней» */
export function daysLeftText(left: number): string {
  if (left === 0) return 'сегодня';
  if (left === 1) return 'завтра';
  return `через ${countOf(left, W.day)}`;
}

function inSchool(school: string): string {
  return school.trim() ? ` (${school.trim()})` : '';
}
