import { countOf, plural } from '../../../src/server/shared/plural';

const DAY = ['день', 'дня', 'дней'] as const;

describe('Russian plural forms', () => {
  test('one, few and many, with the teens always many', () => {
    expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112].map((n) => plural(n, ...DAY))).toEqual([
      'дней',
      'день',
      'дня',
      'дня',
      'дней',
      'дней',
      'дней',
      'дней',
      'день',
      'дня',
      'дней',
      'день',
      'дней',
      'дней',
    ]);
  });

  test('the number goes with its word', () => {
    expect(countOf(7, ...DAY)).toBe('7 дней');
    expect(countOf(-1, ...DAY)).toBe('-1 день');
  });
});
