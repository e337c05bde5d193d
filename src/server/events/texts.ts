// Everything a person reads about events, the practice collection and publications.
import { headerMap } from '../schema';
import { quote } from '../shared/text';
import { plural } from '../shared/plural';
import type { EventType, PublicationChannel } from './types';

// The columns' headers (named in the messages about a field) are schema.ts's.
export const EVENT_COLUMNS = headerMap('events');
export const PRACTICE_COLUMNS = headerMap('practices');
export const PUBLICATION_COLUMNS = headerMap('publications');

export const ERRORS = {
  required: (field: string) => `Поле «${field}»: заполните его`,
  badDate: (field: string, v: string) => `Поле «${field}»: «${v}» — не дата; укажите дату в виде 20.05.2027`,
  badType: (v: string, list: readonly string[]) =>
    `Поле «Тип»: «${v}» — выберите один из типов: ${list.join(', ')}`,
  badChannel: (v: string, list: readonly string[]) =>
    `Поле «Канал»: «${v}» — выберите один из каналов: ${list.join(', ')}`,
  badLink: (field: string, v: string) =>
    `Поле «${field}»: «${v}» — нужна ссылка, начинающаяся с http:// или https://`,
  tooLong: (field: string, max: number) => `Поле «${field}»: не длиннее ${max} символов`,
  practiceNeedsContent:
    'Поля «Описание» и «Ссылка»: заполните хотя бы одно — чем практика полезна или где её найти',
};

/** Accepted spellings of the channels. */
export const CHANNEL_ALIASES: Record<string, PublicationChannel> = {
  сайт: 'Сайт',
  'официальный сайт': 'Сайт',
  вконтакте: 'ВКонтакте',
  вк: 'ВКонтакте',
  vk: 'ВКонтакте',
  vkontakte: 'ВКонтакте',
  telegram: 'Telegram',
  телеграм: 'Telegram',
  телеграмм: 'Telegram',
  tg: 'Telegram',
  другое: 'Другое',
};

/** «20.05.2027 в МБОУ «СОШ №2» состоялся круглый стол» — verb agreement per type. */
export const EVENT_LEAD: Record<EventType, { verb: string; noun: string; tag: string }> = {
  'Обучение наставников': { verb: 'состоялось', noun: 'обучение наставников', tag: 'обучениенаставников' },
  Консультация: { verb: 'состоялась', noun: 'консультация для наставников', tag: 'консультация' },
  'Обмен опытом': { verb: 'состоялся', noun: 'обмен опытом наставников', tag: 'обменопытом' },
  'Методические материалы': {
    verb: 'подготовлены',
    noun: 'методические материалы для наставников',
    tag: 'методическиематериалы',
  },
  Конференция: { verb: 'состоялась', noun: 'конференция по вопросам наставничества', tag: 'конференция' },
  Семинар: { verb: 'состоялся', noun: 'семинар по вопросам наставничества', tag: 'семинар' },
  'Круглый стол': {
    verb: 'состоялся',
    noun: 'итоговый круглый стол по выявлению лучших практик наставничества',
    tag: 'круглыйстол',
  },
};

export const DRAFT = {
  siteTitle: (type: EventType, title: string) => `${capitalize(EVENT_LEAD[type].noun)}: ${quote(title)}`,
  // The title heads the text already: the lead does not repeat it.
  lead: (date: string, school: string, type: EventType) =>
    `${date}${school ? ` в ${school}` : ''} ${EVENT_LEAD[type].verb} ${EVENT_LEAD[type].noun}.`,
  count: (n: number) =>
    n === 1
      ? 'В мероприятии принял участие 1 педагог.'
      : `В мероприятии приняли участие ${n} ${plural(n, 'педагог', 'педагога', 'педагогов')}.`,
  names: (list: string) => `Участники: ${list}.`,
  responsible: (name: string) => `Ответственный: ${name}.`,
  result: (text: string) => `Итоги: ${text}`,
  materials: (link: string) => `Материалы: ${link}`,
  basis:
    'Мероприятие проведено в рамках реализации Положения о системе наставничества педагогических работников.',
  socialLead: (date: string, type: EventType, title: string) =>
    `${date} ${EVENT_LEAD[type].verb} ${EVENT_LEAD[type].noun} ${quote(title)}.`,
  socialCount: (n: number) =>
    `${n} ${plural(n, 'педагог', 'педагога', 'педагогов')} ${n === 1 ? 'принял' : 'приняли'} участие.`,
  hashtags: ['#наставничество', '#педагогическоенаставничество'],
};

export const DIGEST = {
  unpublished: (label: string, days: number) =>
    `${quote(label)} — ${days} ${plural(days, 'день', 'дня', 'дней')} без публикации на сайте или в социальных сетях`,
};

export { plural };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
