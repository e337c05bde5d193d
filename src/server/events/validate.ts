// Validation of what the curator enters in the sidebar: an event and a publication. Every message
// names the field, so the sidebar can show it next to the input.
import type { ColumnKey, RowValues } from '../schema';
import { normalizeKey } from '../shared/text';
import { isHttpUrl, parseDate, parseParticipants, ruDate } from './format';
import { CHANNEL_ALIASES, ERRORS, EVENT_COLUMNS as E, PUBLICATION_COLUMNS as P } from './texts';
import {
  EVENT_ROADMAP_ITEM,
  EVENT_TYPES,
  PUBLICATION_CHANNELS,
  type EventInput,
  type EventRoadmapItem,
  type EventType,
  type FieldError,
  type MentoringEvent,
  type Publication,
  type PublicationChannel,
  type PublicationInput,
  type Validation,
} from './types';

const MAX_TITLE = 300;
const MAX_TEXT = 5000;

export function eventTypeOf(text: string): EventType | null {
  return EVENT_TYPES.find((t) => normalizeKey(t) === normalizeKey(text)) ?? null;
}

export function roadmapItemOf(type: EventType): EventRoadmapItem {
  return EVENT_ROADMAP_ITEM[type];
}

export function validateEvent(input: EventInput): Validation<MentoringEvent> {
  const errors: FieldError[] = [];
  const date = requiredDate(E.date, input.date, errors);
  const typeText = (input.type ?? '').trim();
  const type = eventTypeOf(typeText);
  if (!typeText) errors.push({ field: E.type, message: ERRORS.required(E.type) });
  else if (!type) errors.push({ field: E.type, message: ERRORS.badType(typeText, EVENT_TYPES) });
  const title = requiredText(E.title, input.title, MAX_TITLE, errors);
  const participants = optionalText(E.participants, input.participants, MAX_TEXT, errors);
  const responsible = optionalText(E.responsible, input.responsible, MAX_TITLE, errors);
  const result = optionalText(E.result, input.result, MAX_TEXT, errors);
  const materials = optionalLink(E.materials, input.materials, errors);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date,
      type: type as EventType,
      title,
      participants,
      responsible,
      result,
      materials,
      publication: '',
    },
  };
}

export function validatePublication(input: PublicationInput): Validation<Publication> {
  const errors: FieldError[] = [];
  const date = requiredDate(P.date, input.date, errors);
  const event = requiredText(P.event, input.event, MAX_TITLE + 20, errors);
  const channelText = (input.channel ?? '').trim();
  const channel = channelOf(channelText);
  if (!channelText) errors.push({ field: P.channel, message: ERRORS.required(P.channel) });
  else if (!channel)
    errors.push({ field: P.channel, message: ERRORS.badChannel(channelText, PUBLICATION_CHANNELS) });
  const linkText = (input.link ?? '').trim();
  if (!linkText) errors.push({ field: P.link, message: ERRORS.required(P.link) });
  else if (!isHttpUrl(linkText)) errors.push({ field: P.link, message: ERRORS.badLink(P.link, linkText) });
  const text = optionalText(P.text, input.text, MAX_TEXT * 2, errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { date, event, channel: channel as PublicationChannel, link: linkText, text } };
}

export function channelOf(text: string): PublicationChannel | null {
  const key = normalizeKey(text);
  return PUBLICATION_CHANNELS.find((c) => normalizeKey(c) === key) ?? CHANNEL_ALIASES[key] ?? null;
}

/** How an event is named in Публикации and in the digest: «Название (20.05.2027)». */
export function eventLabel(event: Pick<MentoringEvent, 'title' | 'date'>): string {
  return event.date ? `${event.title} (${ruDate(event.date)})` : event.title;
}

/** The cells of a Мероприятия row by column; the store turns yyyy-mm-dd into a date and keeps text literal. */
export function eventCells(event: MentoringEvent): RowValues<'events'> {
  return {
    date: event.date,
    type: event.type,
    title: event.title,
    participants: event.participants,
    responsible: event.responsible,
    result: event.result,
    materials: event.materials,
    publication: event.publication,
  };
}

export function publicationCells(p: Publication): RowValues<'publications'> {
  return { date: p.date, event: p.event, channel: p.channel, link: p.link, text: p.text };
}

/** The event's Публикация cell after a publication: one «Канал: ссылка» line per publication. */
export function withPublication(cell: string, p: Publication): string {
  const line = `${p.channel}: ${p.link}`;
  const lines = cell
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.includes(line) ? lines.join('\n') : [...lines, line].join('\n');
}

/** How many took part, or null when the cell does not say. */
export function participantCount(event: Pick<MentoringEvent, 'participants'>): number | null {
  return parseParticipants(event.participants).count;
}

function requiredDate(field: string, value: string | undefined, errors: FieldError[]): string {
  const text = (value ?? '').trim();
  if (!text) {
    errors.push({ field, message: ERRORS.required(field) });
    return '';
  }
  const iso = parseDate(text);
  if (!iso) errors.push({ field, message: ERRORS.badDate(field, text) });
  return iso ?? '';
}

function requiredText(field: string, value: string | undefined, max: number, errors: FieldError[]): string {
  const text = (value ?? '').trim();
  if (!text) errors.push({ field, message: ERRORS.required(field) });
  else if (text.length > max) errors.push({ field, message: ERRORS.tooLong(field, max) });
  return text;
}

export function optionalText(
  field: string,
  value: string | undefined,
  max: number,
  errors: FieldError[],
): string {
  const text = (value ?? '').trim();
  if (text.length > max) errors.push({ field, message: ERRORS.tooLong(field, max) });
  return text;
}

export function optionalLink(field: string, value: string | undefined, errors: FieldError[]): string {
  const text = (value ?? '').trim();
  if (text && !isHttpUrl(text)) errors.push({ field, message: ERRORS.badLink(field, text) });
  return text;
}

export function optionalDate(field: string, value: string | undefined, errors: FieldError[]): string {
  const text = (value ?? '').trim();
  if (!text) return '';
  const iso = parseDate(text);
  if (!iso) errors.push({ field, message: ERRORS.badDate(field, text) });
  return iso ?? '';
}

/** A Мероприятия row (cell text by header; dates as yyyy-mm-dd or dd.mm.yyyy) → an event, or field errors. */
export function eventFromCells(get: (key: ColumnKey<'events'>) => string): Validation<MentoringEvent> {
  const result = validateEvent({
    date: get('date'),
    type: get('type'),
    title: get('title'),
    participants: get('participants'),
    responsible: get('responsible'),
    result: get('result'),
    materials: get('materials'),
  });
  return result.ok
    ? { ok: true, value: { ...result.value, publication: get('publication').trim() } }
    : result;
}
