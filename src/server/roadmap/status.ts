// Each item's status for the current school year, with the evidence a person can check.
import { daysBetween, type LocalDate } from '../shared/dates';
import { deadlineInYear, nextDeadline, schoolYearOf } from './calendar';
import type { RoadmapEntry } from './rows';
import { EVIDENCE } from './texts';
import type {
  Deadline,
  Evidence,
  ItemId,
  ItemState,
  Progress,
  RoadmapSnapshot,
  RoadmapStatus,
} from './types';

/** Event types (the Тип column of Мероприятия) that fulfil each event item. */
export const EVENT_TYPES_BY_ITEM = {
  '4.2': ['Обучение наставников', 'Консультация', 'Обмен опытом', 'Методические материалы'],
  '6.2': ['Конференция', 'Семинар'],
  '6.3': ['Круглый стол'],
} as const;

const progressOf = (done: boolean, started: boolean): Progress =>
  done ? 'done' : started ? 'partial' : 'none';

function eventEvidence(s: RoadmapSnapshot, types: readonly string[]): Evidence {
  const parts = types.map((t): [string, number] => [t, s.eventsByType[t] ?? 0]);
  const total = parts.reduce((n, [, c]) => n + c, 0);
  return { progress: progressOf(total > 0, false), text: EVIDENCE.events(parts) };
}

/** What the data says about an item's work this school year. */
export function evidenceFor(id: ItemId, s: RoadmapSnapshot): Evidence {
  switch (id) {
    case '1.1':
      return {
        progress: progressOf(s.pairs > 0 && s.pairsWithoutOrder === 0, s.pairs > s.pairsWithoutOrder),
        text: EVIDENCE.orders(s.pairs, s.pairsWithoutOrder, s.missingConsents),
      };
    case '1.2':
    case '5.2':
      return {
        progress: progressOf(s.pairs > 0 && s.pairsWithProgramme >= s.pairs, s.pairsWithProgramme > 0),
        text: EVIDENCE.programmes(Math.min(s.pairsWithProgramme, s.pairs), s.pairs),
      };
    case '2.1': {
      const answered = Math.max(0, s.teachers - s.teachersNotAnswered.length);
      return {
        progress: progressOf(s.teachers > 0 && s.teachersNotAnswered.length === 0, answered > 0),
        text: EVIDENCE.requests(answered, s.teachers, s.teachersNotAnswered),
      };
    }
    case '2.2':
      return {
        progress: progressOf(s.mentees > 0 && s.menteeProblemRows.length === 0, s.mentees > 0),
        text: EVIDENCE.menteeBank(s.mentees, s.menteeProblemRows),
      };
    case '3.1':
      return {
        progress: progressOf(s.mentors > 0 && s.mentorsWithoutConsent.length === 0, s.mentors > 0),
        text: EVIDENCE.mentorBank(s.mentors, s.mentorsWithoutConsent),
      };
    case '4.1':
    case '5.1':
      return {
        progress: progressOf(s.pairs > 0 && s.menteesWithoutPair.length === 0, s.pairs > 0),
        text: EVIDENCE.selection(s.pairs, s.menteesWithoutPair),
      };
    case '4.2':
    case '6.2':
      return eventEvidence(s, EVENT_TYPES_BY_ITEM[id]);
    case '6.3': {
      const tables = s.eventsByType['Круглый стол'] ?? 0;
      return {
        progress: progressOf(tables > 0 && s.practicesAdded > 0, tables > 0 || s.practicesAdded > 0),
        text: EVIDENCE.roundTable(tables, s.practicesAdded),
      };
    }
    case '5.3':
      return {
        progress: s.menteesWithoutPair.length === 0 ? 'done' : 'partial',
        text: EVIDENCE.support(s.menteesWithoutPair),
      };
    case '6.1':
      return {
        progress: progressOf(
          s.monitoringExpected > 0 && s.monitoringAnswered >= s.monitoringExpected,
          s.monitoringAnswered > 0,
        ),
        text: EVIDENCE.monitoring(s.monitoringAnswered, s.monitoringExpected),
      };
    case '7.1':
      return {
        progress: s.eventsWithoutPublication.length === 0 ? 'done' : 'partial',
        text: EVIDENCE.publications(s.eventsWithoutPublication),
      };
  }
}

/**
 * «Выполнено» when the evidence says so; «Просрочено» when this school year's deadline has passed
 * undone; «В работе» when partly done; «Не начато» otherwise. Standing duties: «В норме» /
 * «Требует внимания». «Ежегодно» without a date is never overdue.
 */
export function statusOf(deadline: Deadline, progress: Progress, today: LocalDate): RoadmapStatus {
  if (deadline.kind === 'constant') return progress === 'done' ? 'В норме' : 'Требует внимания';
  if (progress === 'done') return 'Выполнено';
  const due = deadlineInYear(deadline, schoolYearOf(today));
  if (due && daysBetween(due, today) > 0) return 'Просрочено';
  return progress === 'partial' ? 'В работе' : 'Не начато';
}

/** Every item's state today: what the roadmap sheet, the dashboard and the reminders show. */
export function evaluateRoadmap(
  entries: readonly RoadmapEntry[],
  snapshot: RoadmapSnapshot,
  today: LocalDate,
): ItemState[] {
  return entries.map((e) => {
    const evidence = evidenceFor(e.def.id, snapshot);
    const next = nextDeadline(e.deadline, today);
    return {
      id: e.def.id,
      stage: e.def.stage,
      title: e.title,
      short: e.def.short,
      deadline: e.deadline,
      deadlineDate: deadlineInYear(e.deadline, schoolYearOf(today)),
      nextDeadline: next,
      daysLeft: next ? daysBetween(today, next) : null,
      status: statusOf(e.deadline, evidence.progress, today),
      explanation: evidence.text,
      responsible: e.responsible,
      responsibleText: e.responsibleText,
    };
  });
}
