// Events, publications and the practice collection (roadmap 4.2, 6.2, 6.3, 7.1) on the sheets.
import type { ActionResult, EventDto, PracticeDto, PublicationDraftDto, PublicationDto } from '../api/types';
import type { Caller } from '../api/call';
import {
  draftPublication,
  eventCells,
  eventFromCells,
  eventLabel,
  practiceCells,
  publicationCells,
  validateEvent,
  validatePractice,
  validatePublication,
  withPublication,
  type FieldError,
  type MentoringEvent,
} from '../events';
import { withSchoolLock } from '../gas/lock';
import { readSettings } from '../settings';
import { UserError } from '../shared/errors';
import { normalizeKey, quote } from '../shared/text';
import { journal } from '../store/journal';
import { Store } from '../store/store';
import type { Table } from '../store/table';

export interface EventRow {
  row: number;
  event: MentoringEvent;
}

/** Every readable row of Мероприятия; rows with errors are left for «Проверить данные». */
export function readEvents(table: Table<'events'>): EventRow[] {
  const out: EventRow[] = [];
  for (const row of table.rows) {
    const parsed = eventFromCells((key) => (table.has(key) ? table.text(row, key) : ''));
    if (parsed.ok) out.push({ row, event: parsed.value });
  }
  return out;
}

function refuse(sheet: string, errors: FieldError[]): never {
  throw new UserError(`${sheet}: ${errors.map((e) => e.message).join('; ')}`);
}

function toDto({ row, event }: EventRow): EventDto {
  return { row, ...event };
}

export function listEventsAction(caller: Caller): EventDto[] {
  const store = new Store(caller.ss);
  return readEvents(store.table('events', ['date', 'type', 'title'])).map(toDto);
}

export function addEventAction(caller: Caller, input: EventDto): ActionResult {
  const result = validateEvent(input);
  if (!result.ok) refuse('Мероприятия', result.errors);
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const table = store.table('events', ['date', 'type', 'title']);
    table.append(eventCells(result.value));
    const message = `Мероприятие ${quote(eventLabel(result.value))} записано.`;
    journal(store, 'Мероприятие', message, caller.user);
    store.save();
    return { message };
  });
}

export function draftPublicationAction(
  caller: Caller,
  row: number,
  allowNames: boolean,
): PublicationDraftDto {
  const store = new Store(caller.ss);
  const found = readEvents(store.table('events', ['date', 'type', 'title'])).find((e) => e.row === row);
  if (!found)
    throw new UserError(`Мероприятия, строка ${row}: мероприятие не найдено или заполнено с ошибками.`);
  const { settings } = readSettings(store.table('settings', ['param', 'value']), caller.today);
  const draft = draftPublication(found.event, {
    schoolName: settings.schoolShortName,
    allowNames: !!allowNames,
  });
  return { site: { title: draft.site.title, text: draft.site.text }, social: draft.social.text };
}

export function recordPublicationAction(caller: Caller, input: PublicationDto): ActionResult {
  const result = validatePublication({
    date: input.date,
    event: input.eventTitle,
    channel: input.channel,
    link: input.url,
    text: input.text,
  });
  if (!result.ok) refuse('Публикации', result.errors);
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const events = store.table('events', ['date', 'type', 'title', 'publication']);
    const publications = store.table('publications', ['date', 'event', 'channel', 'link']);
    const key = normalizeKey(result.value.event);
    const target = readEvents(events).find(
      (e) => normalizeKey(eventLabel(e.event)) === key || normalizeKey(e.event.title) === key,
    );
    if (!target) throw new UserError(`Мероприятия: нет мероприятия ${quote(result.value.event)}.`);
    const publication = { ...result.value, event: eventLabel(target.event) };
    publications.append(publicationCells(publication));
    events.set(target.row, 'publication', withPublication(target.event.publication, publication));
    const message = `Публикация о мероприятии ${quote(publication.event)} (${publication.channel}) записана.`;
    journal(store, 'Публикация', message, caller.user);
    store.save();
    return { message };
  });
}

export function addPracticeAction(caller: Caller, input: PracticeDto): ActionResult {
  const result = validatePractice({ ...input, link: input.url });
  if (!result.ok) refuse('Методическая копилка', result.errors);
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    store.table('practices', ['title']).append(practiceCells(result.value));
    const message = `Практика ${quote(result.value.title)} добавлена в методическую копилку.`;
    journal(store, 'Методическая копилка', message, caller.user);
    store.save();
    return { message };
  });
}
