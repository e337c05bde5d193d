import type { RoadmapSnapshot } from '../../../src/server/roadmap';

/** A school where nothing has been done yet this school year. */
export function emptySnapshot(over: Partial<RoadmapSnapshot> = {}): RoadmapSnapshot {
  return {
    teachers: 0,
    teachersNotAnswered: [],
    mentees: 0,
    menteeProblemRows: [],
    menteesWithoutPair: [],
    mentors: 0,
    mentorsWithoutConsent: [],
    pairs: 0,
    pairsWithoutOrder: 0,
    missingConsents: [],
    pairsWithProgramme: 0,
    eventsByType: {},
    practicesAdded: 0,
    monitoringExpected: 0,
    monitoringAnswered: 0,
    eventsWithoutPublication: [],
    ...over,
  };
}

export const NAMES = [
  'Иванова М. П.',
  'Петров П. П.',
  'Сидорова А. А.',
  'Кузнецов И. И.',
  'Смирнова О. В.',
  'Васильев Д. С.',
  'Попова Е. Н.',
];
