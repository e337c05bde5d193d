// Which reminder stage a roadmap item is in today, and the mail log key of a teacher's reminder at
// that stage: an email sent by hand now (the request form, the questionnaires) is logged under it
// too, so the next morning's run does not repeat it. Pure: the deadline text comes from the caller.
import { daysBetween, deadlineFor, parseDeadline } from './calendar';
import { ROADMAP_ITEMS, type ItemId } from './items';
import { keys, stageOf } from './plan';

/** An item's deadline in the current school year (ISO) from Дорожная карта's «Срок» (or the item's default), or null. */
export function deadlineOfItem(
  itemId: ItemId,
  sheetText: string,
  today: string,
  schoolYear: string,
): string | null {
  const text = sheetText || (ROADMAP_ITEMS.find((i) => i.id === itemId)?.deadline ?? '');
  const rule = parseDeadline(text);
  return rule ? deadlineFor(rule, today, schoolYear) : null;
}

export function stageAt(
  deadline: string | null,
  today: string,
  reminderDays: number[],
): { deadline: string; stage: number } | null {
  if (!deadline) return null;
  const stage = stageOf(daysBetween(today, deadline), reminderDays);
  return stage === null ? null : { deadline, stage };
}

/** The teacher's reminder key of the stage `itemId` is in today (none outside the reminder days). */
export function stageKeys(
  itemId: ItemId,
  deadline: string | null,
  today: string,
  reminderDays: number[],
  email: string,
): string[] {
  const at = stageAt(deadline, today, reminderDays);
  return at ? [keys.teacher(itemId, at.deadline, at.stage, email)] : [];
}
