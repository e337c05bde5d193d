import { parseReminderKey, reminderKey } from '../../../src/server/reminders';
import { schoolYearEnd, schoolYearStart } from '../../../src/server/roadmap';

describe('reminder keys', () => {
  test('item, deadline, recipient (lower case) and kind make a stable key that reads back', () => {
    const key = reminderKey('1.1', { y: 2026, m: 10, d: 1 }, ' Director@School.ru ', 'escalation');
    expect(key).toBe('1.1|2026-10-01|director@school.ru|escalation');
    expect(parseReminderKey(key)).toEqual({
      itemId: '1.1',
      deadline: '2026-10-01',
      recipient: 'director@school.ru',
      kind: 'escalation',
    });
    expect(parseReminderKey('not a key')).toBeNull();
  });

  test('a key names its school year’s deadline, so next year’s reminders are new ones', () => {
    expect(schoolYearStart(2026)).toEqual({ y: 2026, m: 9, d: 1 });
    expect(schoolYearEnd(2026)).toEqual({ y: 2027, m: 8, d: 31 });
    expect(reminderKey('2.1', { y: 2027, m: 9, d: 15 }, 'c@s.ru', 'before-14')).not.toBe(
      reminderKey('2.1', { y: 2026, m: 9, d: 15 }, 'c@s.ru', 'before-14'),
    );
  });
});
