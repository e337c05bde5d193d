// Which roadmap items the recorded events fulfil in a school year (4.2, 6.2, 6.3 are done when recorded).
import { EVENT_ROADMAP_ITEM, type EventRoadmapItem, type MentoringEvent } from './types';

/** The events of a school year «2026/2027» (1 September – 31 August) by the item they fulfil. */
export function eventsByRoadmapItem(
  events: readonly MentoringEvent[],
  schoolYear: string,
): Record<EventRoadmapItem, MentoringEvent[]> {
  const m = /^(\d{4})\/(\d{4})$/.exec(schoolYear.trim());
  if (!m) throw new Error(`Bad school year ${schoolYear}`);
  const from = `${m[1]}-09-01`;
  const to = `${m[2]}-08-31`;
  const out: Record<EventRoadmapItem, MentoringEvent[]> = { '4.2': [], '6.2': [], '6.3': [] };
  for (const e of events) {
    if (e.date >= from && e.date <= to) out[EVENT_ROADMAP_ITEM[e.type]].push(e);
  }
  return out;
}
