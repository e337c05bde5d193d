// The reminder stage an item is in today: a letter sent by hand counts as that stage's reminder.
import { keys } from '../../../src/server/deadlines/plan';
import { deadlineOfItem, stageAt, stageKeys } from '../../../src/server/deadlines/stage';

describe('reminder stage of a roadmap item', () => {
  it('an item 7 days before its deadline is at the 7-day stage, and its key names the teacher', () => {
    expect(stageAt('2026-10-08', '2026-10-01', [14, 7, 1])).toEqual({ deadline: '2026-10-08', stage: 7 });
    expect(stageKeys('2.1', '2026-10-08', '2026-10-01', [14, 7, 1], 'a@school.ru')).toEqual([
      keys.teacher('2.1', '2026-10-08', 7, 'a@school.ru'),
    ]);
  });

  it('an undated item has no stage and no key', () => {
    expect(stageAt(null, '2026-10-01', [14, 7, 1])).toBeNull();
    expect(stageKeys('2.1', null, '2026-10-01', [14, 7, 1], 'a@school.ru')).toEqual([]);
  });

  it("the deadline is the sheet's «Срок» when typed, the item's own otherwise", () => {
    expect(deadlineOfItem('2.1', '15.10', '2026-09-01', '2026/2027')).toBe('2026-10-15');
    expect(deadlineOfItem('2.1', '', '2026-09-01', '2026/2027')).not.toBeNull();
    expect(deadlineOfItem('2.1', 'когда-нибудь', '2026-09-01', '2026/2027')).toBeNull();
  });
});
