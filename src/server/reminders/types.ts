// The daily run's plain data: what is due today and the emails that carry it.
import type { LocalDate } from '../shared/dates';
import type { Deadline, RoadmapStatus } from '../roadmap/types';

/**
 * before-N: N days before a deadline; day: on the day; escalation: to the director the day after an
 * undone deadline; form-N / form-day: a teacher's reminder to answer a form; unpublished: an event
 * without a publication (7.1), once per event.
 */
export type ReminderKind = string;

export interface ReminderSettings {
  /** Days before a deadline to remind on (default 14, 7, 1); the day itself is always added. */
  reminderDays: readonly number[];
  directorEmail: string;
  curatorEmail: string;
  spreadsheetUrl: string;
  schoolShortName: string;
  /** A missed reminder (quota, failure, no run) still goes out this many days late. Default 14. */
  maxLateDays?: number;
}

/** An item as the plan needs it: ItemState from the roadmap fits. */
export interface PlanItem {
  id: string;
  short: string;
  deadline: Deadline;
  /** The status for the current school year. */
  status: RoadmapStatus;
  /** The evidence: what is done and what is missing. */
  explanation: string;
  /** Emails of the responsible person(s). */
  responsible: readonly string[];
}

/** A teacher who has not answered an open form; the adapter lists them. */
export interface FormReminderInput {
  email: string;
  name: string;
  formTitle: string;
  formUrl: string;
  itemId: string;
  deadline: LocalDate;
}

/** An event without a publication (events/unpublished.ts gives these). */
export interface UnpublishedInput {
  label: string;
  daysSince: number;
}

export interface PlanInput {
  /** Today in the spreadsheet's time zone. */
  today: LocalDate;
  items: readonly PlanItem[];
  settings: ReminderSettings;
  /** Keys in Журнал рассылок. */
  sent: ReadonlySet<string> | readonly string[];
  forms?: readonly FormReminderInput[];
  unpublished?: readonly UnpublishedInput[];
  /** Recipients left today (MailApp.getRemainingDailyQuota()). */
  quota: number;
}

/** One thing to tell one person today. */
export type DigestLine =
  | {
      type: 'escalation';
      itemId: string;
      short: string;
      deadline: LocalDate;
      daysOverdue: number;
      responsible: readonly string[];
      explanation: string;
    }
  | {
      type: 'deadline';
      itemId: string;
      short: string;
      deadline: LocalDate;
      daysLeft: number;
      explanation: string;
    }
  | {
      type: 'form';
      itemId: string;
      formTitle: string;
      formUrl: string;
      deadline: LocalDate;
      daysLeft: number;
    }
  | { type: 'unpublished'; label: string; daysSince: number };

/** Compatible with OutgoingEmail of gas/mail.ts. */
export interface PlannedEmail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  /** Reminder keys this email covers: append them to Журнал рассылок once it is sent. */
  keys: string[];
  /** What the email says, for tests and the journal. */
  lines: DigestLine[];
  /** Lower is more urgent: escalations, then the nearest deadlines. */
  urgency: number;
}

export interface ReminderPlan {
  /** To send today, most urgent first, within the quota. */
  emails: PlannedEmail[];
  /** Due but over today's quota: they stay due and are planned again next run. */
  deferred: PlannedEmail[];
  /** For Журнал: «Не отправлено из-за лимита почты: 3 письма, будут отправлены завтра»; '' if none. */
  shortfall: string;
}
