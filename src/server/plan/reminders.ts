// What the daily digest says about the plan (issue #19). Pure: a mentor hears of each activity
// once when it is due within the week and once when it is overdue; the curator hears of a pair
// with nothing marked for IDLE_DAYS once per such spell. Keys go to «Журнал рассылок» like every
// reminder's, so nothing is said twice whatever the number of runs.
import { daysBetween, daysLeftText, ruDate } from '../deadlines/calendar';
import type { PersonalLine } from '../deadlines/plan';
import { shortName } from '../shared/text';
import { pairProgress, IDLE_DAYS } from './progress';
import { activityKey, counts, pairKey, rowsByPair, type IsoDate, type PlanRow } from './rows';
import { REMINDERS } from './texts';

/** How far ahead a planned activity is announced. */
export const DUE_AHEAD_DAYS = 7;
/** How long after its date an activity not marked is still reminded of (a late install sends no flood). */
export const OVERDUE_WINDOW_DAYS = 30;

export interface PlanPair {
  id: string;
  mentor: { name: string; email: string };
  start: IsoDate | '';
}

export type { PersonalLine };

export const planKeys = {
  due: (pairId: string, activity: string, planned: string, email: string) =>
    `plan|due|${pairId}|${planned}|${activityKey(activity)}|${email}`,
  overdue: (pairId: string, activity: string, planned: string, email: string) =>
    `plan|overdue|${pairId}|${planned}|${activityKey(activity)}|${email}`,
  idle: (pairId: string, since: string) => `plan|idle|${pairId}|${since}`,
};

export function isPlanKey(key: string): boolean {
  return key.startsWith('plan|');
}

export interface PlanReminderInput {
  today: IsoDate;
  pairs: readonly PlanPair[];
  rows: readonly PlanRow[];
  curator: { name: string; email: string };
  /** The mentor's personal link to the form, the activity pre-filled ('' for any activity). */
  link: (pairId: string, email: string, activity: string) => string;
  sent: ReadonlySet<string>;
}

export function planReminderLines(input: PlanReminderInput): PersonalLine[] {
  const { today, sent } = input;
  const out: PersonalLine[] = [];
  const push = (line: PersonalLine) => {
    if (line.email && !sent.has(line.key)) out.push(line);
  };
  const byPair = rowsByPair(input.rows);
  for (const pair of input.pairs) {
    const email = pair.mentor.email.trim().toLowerCase();
    const rows = (byPair.get(pairKey(pair.id)) ?? []).filter((r) => counts(r, email));
    for (const r of rows) {
      if (r.planned === '' || r.done !== '') continue;
      const days = daysBetween(today, r.planned);
      if (days >= 0 && days <= DUE_AHEAD_DAYS)
        push({
          email,
          name: pair.mentor.name,
          key: planKeys.due(pair.id, r.activity, r.planned, email),
          urgency: 100 + days,
          text: REMINDERS.due(
            pair.id,
            r.activity,
            ruDate(r.planned),
            daysLeftText(days),
            input.link(pair.id, email, r.activity),
          ),
        });
      else if (days < 0 && -days <= OVERDUE_WINDOW_DAYS)
        push({
          email,
          name: pair.mentor.name,
          key: planKeys.overdue(pair.id, r.activity, r.planned, email),
          urgency: 100 + days,
          text: REMINDERS.overdue(
            pair.id,
            r.activity,
            ruDate(r.planned),
            input.link(pair.id, email, r.activity),
          ),
        });
    }
    const progress = pairProgress(pair.id, pair.start, rows, today);
    if (
      input.curator.email &&
      progress.planned > 0 &&
      progress.idleDays !== null &&
      progress.idleDays >= IDLE_DAYS
    )
      push({
        email: input.curator.email,
        name: input.curator.name,
        key: planKeys.idle(pair.id, progress.idleSince),
        urgency: 150,
        text: REMINDERS.idle(
          pair.id,
          shortName(pair.mentor.name || pair.mentor.email),
          ruDate(progress.idleSince),
          progress.lastActivity === '',
          progress.idleDays,
        ),
      });
  }
  return out.sort((a, b) => a.urgency - b.urgency || a.key.localeCompare(b.key));
}
