import {
  formatPercent,
  formatScore,
  monitoringDeadline,
  monitoringReminderDue,
  monitoringStats,
  notMemberRecords,
} from '../../../src/server/monitoring';
import { PAIRS, record, scores } from './fixtures';

const RECORDS = [
  record('П-1', 'mentor', 'petrova@school.ru', scores(8, 8, 8, 8, 8)),
  record('П-1', 'mentee', 'ivanov@school.ru', scores(10, 10, 10, 6, 4), { wouldContinue: false }),
  record('Г-2', 'mentee', 'orlova@school.ru', scores(6, 6, 6, 6, 6)),
  // A pair that is no longer active does not count.
  record('Х-9', 'mentee', 'x@school.ru', scores(1, 1, 1, 1, 1)),
];

describe('monitoring statistics (6.1)', () => {
  const stats = monitoringStats(PAIRS, RECORDS);

  test('the response rate counts each participant of each active pair once', () => {
    expect(stats.school).toMatchObject({ responded: 3, expected: 5, rate: 0.6 });
    expect(stats.byRole.mentor).toMatchObject({ responded: 1, expected: 2 });
    expect(stats.byRole.mentee).toMatchObject({ responded: 2, expected: 3 });
    expect(stats.nonRespondents.map((n) => n.email)).toEqual(['kim@school.ru', 'sidorova@school.ru']);
  });

  test('averages per pair and for the school', () => {
    const p1 = stats.byPair[0];
    expect(p1.averages.byQuestion).toEqual(scores(9, 9, 9, 7, 6));
    expect(p1.averages.overall).toBeCloseTo(8);
    expect(p1.averages.continueShare).toBe(0.5);
    expect(stats.byPair[1].averages.overall).toBe(6);
    expect(stats.byPair[1]).toMatchObject({ responded: 1, expected: 3 });
    expect(stats.school.averages.byQuestion.usefulness).toBe(8);
    expect(stats.school.averages.overall).toBeCloseTo((40 + 40 + 30) / 15);
    expect(stats.byRole.mentee.averages.byQuestion.clarity).toBe(5);
    expect(stats.school.averages.continueShare).toBeCloseTo(2 / 3);
  });

  test('a question nobody answered has no average rather than zero', () => {
    const s = monitoringStats(PAIRS, [
      record('П-1', 'mentor', 'petrova@school.ru', scores(5, null, 5, 5, 5)),
    ]);
    expect(s.school.averages.byQuestion.comfort).toBeNull();
    expect(s.school.averages.overall).toBe(5);
    expect(monitoringStats([], []).school).toMatchObject({
      rate: 0,
      averages: { overall: null, continueShare: null },
    });
  });

  test('only members count, in the role they hold in the pair: other answers are flagged and left out', () => {
    const records = [
      record('П-1', 'mentee', 'ivanov@school.ru', scores(5, 5, 5, 5, 5)),
      record('П-1', 'mentee', 'ivanov.home@mail.ru', scores(1, 1, 1, 1, 1)),
      // The mentor of Г-2 answering for П-1, and a mentee answering as a mentor.
      record('П-1', 'mentor', 'sidorova@school.ru', scores(1, 1, 1, 1, 1)),
      record('Г-2', 'mentor', 'orlova@school.ru', scores(1, 1, 1, 1, 1)),
    ];
    const s = monitoringStats(PAIRS, records);
    expect(s.byPair[0].byRole.mentee).toMatchObject({ responded: 1, expected: 1 });
    expect(s.byPair[0].byRole.mentor).toMatchObject({ responded: 0, expected: 1 });
    expect(s.byPair[0].averages.overall).toBe(5);
    expect(s.school.averages.overall).toBe(5);
    expect(s.byRole.mentor.averages.answers).toBe(0);
    expect(s.school).toMatchObject({ responded: 1, expected: 5 });
    expect(notMemberRecords(PAIRS, records).map((r) => r.email)).toEqual([
      'ivanov.home@mail.ru',
      'sidorova@school.ru',
      'orlova@school.ru',
    ]);
  });

  test('numbers are shown the Russian way', () => {
    expect(formatScore(7.25)).toBe('7,3');
    expect(formatScore(null)).toBe('—');
    expect(formatPercent(0.6)).toBe('60 %');
  });

  test('non-respondents are reminded on the reminder days before 1 June, not after', () => {
    expect(monitoringDeadline('2026/2027')).toBe('2027-06-01');
    expect(monitoringReminderDue('2027-05-18', '2026/2027', [14, 7, 1])).toBe(true);
    expect(monitoringReminderDue('2027-05-31', '2026/2027', [14, 7, 1])).toBe(true);
    expect(monitoringReminderDue('2027-05-20', '2026/2027', [14, 7, 1])).toBe(false);
    expect(monitoringReminderDue('2027-06-01', '2026/2027', [0, 14])).toBe(false);
    expect(() => monitoringDeadline('2026')).toThrow();
  });
});
