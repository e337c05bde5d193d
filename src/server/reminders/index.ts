// Deadline reminders: the daily plan of digest emails, their keys and their text.
export * from './types';
export { planReminders, MAX_RECIPIENTS_PER_EMAIL } from './plan';
export { digestSubject, digestBody } from './digest';
export { reminderKey, parseReminderKey, beforeKind, formKind, ESCALATION, UNPUBLISHED } from './keys';
export { daysLeftText } from './texts';
