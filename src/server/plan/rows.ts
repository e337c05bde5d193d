// «План программ» in pure code (issue #19): a programme's activities as rows, a regenerated
// programme merged into them without losing what was marked done, and where a mentor's mark goes.
import { normalizeEmail, normalizeKey } from '../shared/text';
import type { IsoDate } from '../shared/dates';
import { NOTES } from './texts';

export type { IsoDate };

/** One row of «План программ» as read. */
export interface PlanRow {
  row: number;
  pairId: string;
  topic: string;
  activity: string;
  /** The planned date; '' for an activity done outside the plan, or one the programme no longer has. */
  planned: IsoDate | '';
  done: IsoDate | '';
  result: string;
  link: string;
  /** Who marked it through the form ('' when staff ticked it in the sheet). */
  by: string;
  /** When the mark's answer came (ms), 0 when staff ticked it. */
  at: number;
  note: string;
}

/** An activity of a programme's plan, as the programme document lists it. */
export interface PlannedActivity {
  topic: string;
  activity: string;
  planned: IsoDate;
}

export function activityKey(activity: string): string {
  return normalizeKey(activity).replace(/[«»"„“.]/g, '');
}

/** The key a pair's rows are found by: its ID as staff may retype it (case and spaces aside). */
export function pairKey(id: string): string {
  return normalizeKey(id);
}

/** The rows of each pair, by pairKey: one pass, so a district's plan is read in linear time. */
export function rowsByPair(rows: readonly PlanRow[]): Map<string, PlanRow[]> {
  const out = new Map<string, PlanRow[]>();
  for (const r of rows) {
    const key = pairKey(r.pairId);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** A row in the plan (planned) rather than done outside it or dropped. */
export function isPlanned(r: PlanRow): boolean {
  return r.planned !== '';
}

/**
 * Whether a row counts for its pair: staff's rows and marks by the pair's mentor do; a mark by
 * anybody else is kept for the curator to see, and does not count.
 */
export function counts(r: PlanRow, mentorEmail: string): boolean {
  return r.by === '' || normalizeEmail(r.by) === normalizeEmail(mentorEmail);
}

export interface RowUpdate {
  row: number;
  cells: Partial<Record<'planned' | 'note', string>>;
}

export interface PlanSync {
  updates: RowUpdate[];
  appends: PlannedActivity[];
  /** Rows marked done that the new plan keeps as they were. */
  kept: number;
}

/**
 * A programme made (again) for one pair: `existing` are the pair's rows that count. An activity still in the
 * plan keeps its row (a done one as it is, one not done takes the new date); a new activity is
 * appended; a row not done that the new plan does not have loses its date, with a note (staff may
 * delete it). Rows done outside the plan, and marks that do not count, are left alone.
 */
export function syncPlan(
  existing: readonly PlanRow[],
  items: readonly PlannedActivity[],
  todayRu: string,
): PlanSync {
  const used = new Set<number>();
  const updates: RowUpdate[] = [];
  const appends: PlannedActivity[] = [];
  let kept = 0;
  const candidates = existing;
  for (const item of items) {
    const key = activityKey(item.activity);
    const same = candidates.filter((r) => !used.has(r.row) && activityKey(r.activity) === key);
    // A planned row first (done or not), then one that was dropped, then one done outside the plan.
    const found =
      same.find((r) => isPlanned(r)) ?? same.find((r) => r.done === '') ?? same.find(() => true) ?? null;
    if (!found) {
      appends.push(item);
      continue;
    }
    used.add(found.row);
    if (found.done !== '') {
      kept++;
      if (!isPlanned(found)) updates.push({ row: found.row, cells: { planned: item.planned, note: '' } });
      continue;
    }
    const cells: RowUpdate['cells'] = {};
    if (found.planned !== item.planned) cells.planned = item.planned;
    if (found.note !== '') cells.note = '';
    if (Object.keys(cells).length > 0) updates.push({ row: found.row, cells });
  }
  for (const r of candidates) {
    if (used.has(r.row) || !isPlanned(r) || r.done !== '') continue;
    updates.push({ row: r.row, cells: { planned: '', note: NOTES.excluded(todayRu) } });
  }
  return { updates, appends, kept };
}

/** A mentor's answer to «Отметка о выполнении». */
export interface Mark {
  pairId: string;
  activity: string;
  date: IsoDate;
  result: string;
  link: string;
  by: string;
  at: number;
}

export type Placement =
  /** A planned activity not done yet: its row is marked. */
  | { kind: 'plan'; row: number }
  /** The same activity marked again (a correction, or Forms delivering one answer twice). */
  | { kind: 'repeat'; row: number }
  /** An older answer than the one the row holds: nothing changes. */
  | { kind: 'older'; row: number }
  /** Not in the pair's plan: a row of its own. */
  | { kind: 'outside' };

/** Where a mark from the pair's own mentor goes among the pair's rows that count. */
export function placeMark(rows: readonly PlanRow[], mark: Mark): Placement {
  const key = activityKey(mark.activity);
  const same = rows
    .filter((r) => activityKey(r.activity) === key)
    .sort((a, b) => (a.planned || '9999').localeCompare(b.planned || '9999') || a.row - b.row);
  if (same.length === 0) return { kind: 'outside' };
  const againSame = same.find((r) => r.done !== '' && r.done === mark.date);
  const open = same.find((r) => r.done === '');
  // A second answer about the same day is that day's mark again; another day marks the next
  // planned occurrence while one is open, else corrects the latest mark.
  const target =
    againSame ?? open ?? [...same].sort((a, b) => b.at - a.at || b.done.localeCompare(a.done))[0];
  if (target.done === '') return { kind: 'plan', row: target.row };
  if (mark.at < target.at) return { kind: 'older', row: target.row };
  return { kind: 'repeat', row: target.row };
}
