// Методическая копилка (roadmap 6.3): practices picked out at the round table.
import type { RowValues } from '../schema';
import { ERRORS, PRACTICE_COLUMNS as C } from './texts';
import { eventLabel, optionalDate, optionalLink, optionalText } from './validate';
import type { FieldError, MentoringEvent, Practice, PracticeInput, Validation } from './types';

export function validatePractice(input: PracticeInput): Validation<Practice> {
  const errors: FieldError[] = [];
  const date = optionalDate(C.date, input.date, errors);
  const title = (input.title ?? '').trim();
  if (!title) errors.push({ field: C.title, message: ERRORS.required(C.title) });
  else if (title.length > 300) errors.push({ field: C.title, message: ERRORS.tooLong(C.title, 300) });
  const authors = optionalText(C.authors, input.authors, 1000, errors);
  const pair = optionalText(C.pair, input.pair, 100, errors);
  const description = optionalText(C.description, input.description, 5000, errors);
  const link = optionalLink(C.link, input.link, errors);
  const source = optionalText(C.source, input.source, 400, errors);
  if (!description && !link && !errors.some((e) => e.field === C.link)) {
    errors.push({ field: C.description, message: ERRORS.practiceNeedsContent });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { date, title, authors, pair, description, link, source } };
}

/** A practice chosen at an event: its date and source come from the event. */
export function practiceFromEvent(event: MentoringEvent, input: PracticeInput): Validation<Practice> {
  return validatePractice({
    ...input,
    date: input.date || event.date,
    source: input.source || `${event.type}: ${eventLabel(event)}`,
  });
}

export function practiceCells(p: Practice): RowValues<'practices'> {
  return {
    date: p.date,
    title: p.title,
    authors: p.authors,
    pair: p.pair,
    description: p.description,
    link: p.link,
    source: p.source,
  };
}
