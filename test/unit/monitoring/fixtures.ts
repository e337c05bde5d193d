import type {
  MonitoringPair,
  MonitoringRecord,
  MonitoringRole,
  Scores,
} from '../../../src/server/monitoring';

export const PAIRS: MonitoringPair[] = [
  {
    id: 'П-1',
    mentor: { name: 'Петрова Анна Сергеевна', email: 'petrova@school.ru' },
    mentees: [{ name: 'Иванов Иван Иванович', email: 'ivanov@school.ru' }],
  },
  {
    id: 'Г-2',
    mentor: { name: 'Сидорова Мария Петровна', email: 'sidorova@school.ru' },
    mentees: [
      { name: 'Орлова Ольга Олеговна', email: 'orlova@school.ru' },
      { name: 'Ким Павел Андреевич', email: 'kim@school.ru' },
    ],
  },
];

export function scores(...v: Array<number | null>): Scores {
  return { usefulness: v[0], comfort: v[1], competence: v[2], resolved: v[3], clarity: v[4] };
}

export function record(
  pairId: string,
  role: MonitoringRole,
  email: string,
  s: Scores,
  more: Partial<MonitoringRecord> = {},
): MonitoringRecord {
  return {
    pairId,
    role,
    email,
    date: '2027-05-20',
    scores: s,
    wouldContinue: true,
    valuable: '',
    missing: '',
    comment: '',
    ...more,
  };
}
