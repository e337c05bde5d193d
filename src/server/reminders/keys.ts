// Every reminder has a stable key: item | deadline | recipient | kind. The plan skips keys already in
// Журнал рассылок, so a reminder goes out once however many times the daily run starts.
import { toIso, type LocalDate } from '../shared/dates';
import { normalizeEmail } from '../shared/text';
import type { ReminderKind } from './types';

export function reminderKey(
  itemId: string,
  deadline: LocalDate | string,
  recipient: string,
  kind: ReminderKind,
): string {
  const date = typeof deadline === 'string' ? deadline : toIso(deadline);
  return [itemId, date, normalizeEmail(recipient), kind].join('|');
}

export function parseReminderKey(
  key: string,
): { itemId: string; deadline: string; recipient: string; kind: ReminderKind } | null {
  const parts = key.split('|');
  if (parts.length !== 4) return null;
  const [itemId, deadline, recipient, kind] = parts;
  return { itemId, deadline, recipient, kind };
}

/** Reminder N days before the deadline; 0 is the day itself. */
export function beforeKind(offset: number): ReminderKind {
  return offset === 0 ? 'day' : `before-${offset}`;
}

export function formKind(offset: number): ReminderKind {
  return offset === 0 ? 'form-day' : `form-${offset}`;
}

export const ESCALATION: ReminderKind = 'escalation';
export const UNPUBLISHED: ReminderKind = 'unpublished';
