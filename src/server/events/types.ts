// Events of the roadmap (4.2, 6.2, 6.3), the practice collection and publications (7.1).
import { EVENT_TYPES, PUBLICATION_CHANNELS } from '../schema';

export type EventType = (typeof EVENT_TYPES)[number];
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number];
export type EventRoadmapItem = '4.2' | '6.2' | '6.3';

export { EVENT_TYPES, PUBLICATION_CHANNELS };

/** Which roadmap item an event of each type fulfils. */
export const EVENT_ROADMAP_ITEM: Record<EventType, EventRoadmapItem> = {
  'Обучение наставников': '4.2',
  Консультация: '4.2',
  'Обмен опытом': '4.2',
  'Методические материалы': '4.2',
  Конференция: '6.2',
  Семинар: '6.2',
  'Круглый стол': '6.3',
};

/** One row of Мероприятия. Dates are yyyy-mm-dd. */
export interface MentoringEvent {
  date: string;
  type: EventType;
  title: string;
  /** As typed: names separated by commas, or a count like «12 педагогов». */
  participants: string;
  responsible: string;
  result: string;
  materials: string;
  /** The Публикация cell: where the event was covered; blank until recorded. */
  publication: string;
}

/** What the sidebar sends; every field is text as typed. */
export interface EventInput {
  date: string;
  type: string;
  title: string;
  participants?: string;
  responsible?: string;
  result?: string;
  materials?: string;
}

export interface Publication {
  date: string;
  /** The event's label (eventLabel). */
  event: string;
  channel: PublicationChannel;
  link: string;
  text: string;
}

export interface PublicationInput {
  date: string;
  event: string;
  channel: string;
  link: string;
  text?: string;
}

/** One row of Методическая копилка. */
export interface Practice {
  date: string;
  title: string;
  authors: string;
  pair: string;
  description: string;
  link: string;
  source: string;
}

export interface PracticeInput {
  date?: string;
  title: string;
  authors?: string;
  pair?: string;
  description?: string;
  link?: string;
  source?: string;
}

export interface FieldError {
  /** The Russian header of the field, as the sidebar and the sheet name it. */
  field: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
