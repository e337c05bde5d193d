// Roadmap facts that several tabs need, read from a loaded school: whom the request form still
// waits for (2.1), an item's deadline and the reminder key of its stage today. Shared by the
// roadmap, the campaigns and monitoring, so none of them imports another.
import { planningYearStart } from '../deadlines/calendar';
import type { ItemId } from '../deadlines/items';
import { requestFacts, type RequestFacts } from '../deadlines/requests';
import { deadlineOfItem, stageKeys } from '../deadlines/stage';
import { isoFromDate } from '../store/dates';
import type { SchoolContext } from './context';

/** Roadmap 2.1 as every tab counts it (deadlines/requests.ts). */
export function requestFactsOf(ctx: SchoolContext, today: string): RequestFacts {
  const store = ctx.store;
  const since = `${planningYearStart(today, ctx.settings.schoolYear)}-08-01`;
  const localIso = (ms: number) => (ms > 0 ? isoFromDate(new Date(ms), store.tzOffsetMinutes) : '');
  const teachers = store.table('teachers', ['name', 'email']);
  return requestFacts(
    teachers.rows.map((row) => ({ name: teachers.text(row, 'name'), email: teachers.text(row, 'email') })),
    ctx.menteeList.map((m) => ({ email: m.email, date: localIso(m.requestTime) })),
    ctx.mentorList.map((m) => ({ email: m.email, date: localIso(ctx.mentors.time(m.row, 'formDate')) })),
    since,
  );
}

/** An item's deadline in the current school year, as Дорожная карта says it (ISO), or null. */
export function itemDeadline(ctx: SchoolContext, itemId: ItemId, today: string): string | null {
  const table = ctx.store.table('roadmap', ['id', 'due']);
  const row = table.rows.find((r) => table.text(r, 'id') === itemId);
  return deadlineOfItem(itemId, row ? table.text(row, 'due') : '', today, ctx.settings.schoolYear);
}

/**
 * The reminder stage an item is in today, so an email sent by hand now (the request form, the
 * questionnaires) also counts as that stage's reminder and the next morning does not repeat it.
 */
export function stageKey(ctx: SchoolContext, itemId: ItemId, today: string, email: string): string[] {
  return stageKeys(itemId, itemDeadline(ctx, itemId, today), today, ctx.settings.reminderDays, email);
}
