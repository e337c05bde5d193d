// Each pair's progress through its plan (issue #19): done of planned, the last activity, what is
// overdue, and whether the pair needs the curator's attention. Pure.
import { daysBetween } from '../deadlines/calendar';
import { isPlanned, type IsoDate, type PlanRow } from './rows';
import { PROGRESS } from './texts';

/** Days without a marked activity after which a pair is «idle» (the curator's digest, the dashboard). */
export const IDLE_DAYS = 30;

export interface PairProgress {
  pairId: string;
  planned: number;
  done: number;
  /** Done outside the plan. */
  outside: number;
  overdue: number;
  /** The latest done date of any activity ('' when none). */
  lastActivity: IsoDate | '';
  /** Days since the last activity, or since the term began when none; null when neither is known. */
  idleDays: number | null;
  /** The date idleness counts from (the last activity, else the start). */
  idleSince: IsoDate | '';
  attention: boolean;
  reasons: string[];
}

/**
 * `rows` are the pair's rows that count; `start` the term's start ('' before the order). A pair
 * needs attention when two planned activities are overdue, or one is and nothing was marked for
 * IDLE_DAYS.
 */
export function pairProgress(
  pairId: string,
  start: IsoDate | '',
  rows: readonly PlanRow[],
  today: IsoDate,
): PairProgress {
  const planned = rows.filter(isPlanned);
  const done = planned.filter((r) => r.done !== '').length;
  const outside = rows.filter((r) => !isPlanned(r) && r.done !== '').length;
  const overdue = planned.filter((r) => r.done === '' && r.planned < today).length;
  const lastActivity = rows.reduce<IsoDate | ''>((m, r) => (r.done > m && r.done <= today ? r.done : m), '');
  const idleSince = lastActivity || (start && start <= today ? start : '');
  const idleDays = idleSince ? daysBetween(idleSince, today) : null;
  const idle = idleDays !== null && idleDays >= IDLE_DAYS && planned.length > 0;
  const reasons: string[] = [];
  if (overdue > 0) reasons.push(PROGRESS.overdue(overdue));
  if (idle && idleDays !== null) reasons.push(PROGRESS.idle(idleDays));
  return {
    pairId,
    planned: planned.length,
    done,
    outside,
    overdue,
    lastActivity,
    idleDays,
    idleSince,
    attention: overdue >= 2 || (overdue >= 1 && idle),
    reasons,
  };
}
