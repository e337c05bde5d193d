// The legal basis: the Положение's details, and mistyped citations of art. 351.8 ТК РФ.
import { regulationOf, wrongArticles } from '../../../src/server/labour/legal';

describe('legal basis', () => {
  test('the Положение is cited with its date and number', () => {
    expect(regulationOf('29.08.2025', '№ 112-о')).toBe(' от 29.08.2025 № 112-о');
    expect(regulationOf('2025-08-29', '')).toBe(' от 29.08.2025');
    expect(regulationOf('', '')).toBe('');
  });

  test('a mistyped article is flagged, 351.8 and other articles are not', () => {
    expect(wrongArticles('В соответствии со ст. 358.1 ТК РФ и статьёй 351.8 Трудового кодекса')).toEqual([
      'ст. 358.1 ТК',
    ]);
    expect(wrongArticles('статьёй 315.8 Трудового кодекса Российской Федерации')).toEqual([
      'статьёй 315.8 Трудового кодекса',
    ]);
    expect(wrongArticles('ст. 60.2 и ст. 151 ТК РФ, статьёй 351.8')).toEqual([]);
  });
});
