// The roadmap's plain data: items, deadlines, statuses and the snapshot of the school's data that
// the statuses are computed from. No sheets here: an adapter fills these from the spreadsheet.
import type { LocalDate } from '../shared/dates';

export type ItemId =
  | '1.1'
  | '1.2'
  | '2.1'
  | '2.2'
  | '3.1'
  | '4.1'
  | '4.2'
  | '5.1'
  | '5.2'
  | '5.3'
  | '6.1'
  | '6.2'
  | '6.3'
  | '7.1';

/**
 * A deadline as staff may write it in the Срок column.
 * - annual: every school year on this day and month («01.10», «1 октября», «Ежегодно, до 1 октября»);
 * - date: a full date («01.10.2026» or a Date cell) for its own school year; in any other school year
 *   the same day and month;
 * - yearly: «Ежегодно» without a date — done once a year, never overdue;
 * - constant: «Постоянно» — a standing duty, judged «В норме» / «Требует внимания».
 */
export type Deadline =
  | { kind: 'annual'; m: number; d: number }
  | { kind: 'date'; date: LocalDate }
  | { kind: 'yearly' }
  | { kind: 'constant' };

/** Who answers for an item by default: resolved to an email from Настройки. */
export type Role = 'куратор' | 'директор';

export interface RoadmapItemDef {
  id: ItemId;
  /** «1. Подготовка условий для реализации системы наставничества» */
  stage: string;
  /** The roadmap's own wording. */
  title: string;
  /** Short name for emails and the dashboard: «Приказ о закреплении пар/групп». */
  short: string;
  /** As setup writes it into the Срок column. */
  deadlineText: string;
  deadline: Deadline;
  responsible: Role;
}

export type DatedStatus = 'Выполнено' | 'В работе' | 'Не начато' | 'Просрочено';
export type ConstantStatus = 'В норме' | 'Требует внимания';
export type RoadmapStatus = DatedStatus | ConstantStatus;

/**
 * What the adapter counts in the sheets for the current school year. Names are short forms
 * («Иванова М. П.»), in the order they should be listed.
 */
export interface RoadmapSnapshot {
  /** 2.1: teachers in Педагоги. */
  teachers: number;
  /** 2.1: teachers who have not answered the request form this school year. */
  teachersNotAnswered: string[];
  /** 2.2: rows in Банк наставляемых (not «Завершил»/«Выбыл»). */
  mentees: number;
  /** 2.2: sheet rows of Банк наставляемых the add-on cannot use (no email, bad data). */
  menteeProblemRows: number[];
  /** 4.1, 5.1, 5.3: mentees of the bank in no active pair or group. */
  menteesWithoutPair: string[];
  /** 3.1: active mentors in Банк наставников. */
  mentors: number;
  /** 3.1: active mentors whose Согласие (дата) is blank. */
  mentorsWithoutConsent: string[];
  /** 1.1, 1.2, 4.1, 5.1, 5.2: pairs and groups not «Расторгнута»/«Завершена». */
  pairs: number;
  /** 1.1: of them, not yet in an order. */
  pairsWithoutOrder: number;
  /** 1.1: participants of pairs without an order whose written consent is not recorded. */
  missingConsents: string[];
  /** 1.2, 5.2: pairs with a programme. */
  pairsWithProgramme: number;
  /** 4.2, 6.2, 6.3: events recorded this school year, by Тип (Мероприятия). */
  eventsByType: Record<string, number>;
  /** 6.3: practices added to Методическая копилка this school year. */
  practicesAdded: number;
  /** 6.1: participants the questionnaires were sent to, and who answered. */
  monitoringExpected: number;
  monitoringAnswered: number;
  /** 7.1: events (labels) older than the setting's days without a publication. */
  eventsWithoutPublication: string[];
}

/** Progress of the work an item asks for, before the calendar is considered. */
export type Progress = 'done' | 'partial' | 'none';

export interface Evidence {
  progress: Progress;
  /** Short Russian explanation: «ответили 31 из 38 педагогов; нет ответа: …». */
  text: string;
}

/** Settings the roadmap and reminders need. */
export interface RoadmapSettings {
  curatorEmail: string;
  directorEmail: string;
}

/** A row of Дорожная карта as the adapter reads it (cells as getValues returns them). */
export interface RoadmapRow {
  /** 1-based sheet row, for messages. */
  row: number;
  id: unknown;
  deadline: unknown;
  responsible: unknown;
  /** Мероприятие as staff may have reworded it; blank → the roadmap's wording. */
  title?: unknown;
}

export interface RoadmapProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/** One item with everything the dashboard, the sheet and the reminders need, for one day. */
export interface ItemState {
  id: ItemId;
  stage: string;
  title: string;
  short: string;
  deadline: Deadline;
  /** The deadline of the current school year (null for «Ежегодно» / «Постоянно»). */
  deadlineDate: LocalDate | null;
  /** The nearest deadline today or later (this school year's or the next one's). */
  nextDeadline: LocalDate | null;
  /** Days from today to nextDeadline (0 on the day). */
  daysLeft: number | null;
  status: RoadmapStatus;
  /** The Пояснение column: the evidence. */
  explanation: string;
  /** Resolved emails (lower case) of the responsible person(s). */
  responsible: string[];
  /** The Ответственный cell as written (or the default role). */
  responsibleText: string;
}
