// Events not yet covered on the website or social networks (roadmap 7.1): after N days (setting
// «Дней до напоминания о публикации», default 7) they go to the dashboard and the curator's digest.
import { normalizeKey } from '../shared/text';
import { daysBetween } from './format';
import { DIGEST } from './texts';
import { eventLabel } from './validate';
import type { MentoringEvent } from './types';

export interface UnpublishedEvent {
  event: MentoringEvent;
  label: string;
  daysSince: number;
  /** «Круглый стол (20.05.2027)» — 9 дней без публикации… */
  text: string;
}

/**
 * Events at least `days` old with nothing in their Публикация cell and no row in Публикации naming
 * them (by label, or by title alone). Oldest first.
 */
export function unpublishedEvents(
  events: readonly MentoringEvent[],
  publications: ReadonlyArray<{ event: string }>,
  todayIso: string,
  days = 7,
): UnpublishedEvent[] {
  const published = new Set(publications.map((p) => normalizeKey(p.event)));
  const out: UnpublishedEvent[] = [];
  for (const event of events) {
    if (!event.date || event.publication.trim() !== '') continue;
    const label = eventLabel(event);
    if (published.has(normalizeKey(label)) || published.has(normalizeKey(event.title))) continue;
    const daysSince = daysBetween(event.date, todayIso);
    if (daysSince < days) continue;
    out.push({ event, label, daysSince, text: DIGEST.unpublished(label, daysSince) });
  }
  return out.sort((a, b) => b.daysSince - a.daysSince);
}
