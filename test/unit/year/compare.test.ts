// Year on year (issue #19, item 6): this year's figures against the archived previous year's.
import {
  changesInWords,
  compareYears,
  comparisonBlocks,
  previousSchoolYear,
  type YearFigures,
} from '../../../src/server/year/compare';

const previous: YearFigures = {
  year: '2026/2027',
  pairs: 2,
  planned: 8,
  done: 4,
  average: 8,
  curator: 7.5,
  growth: 0.4,
  grewShare: 0.5,
};
const current: YearFigures = {
  year: '2027/2028',
  pairs: 3,
  planned: 10,
  done: 9,
  average: 7.6,
  curator: 7.6,
  growth: null,
  grewShare: null,
};

describe('year on year', () => {
  it('the previous school year of «2027/2028»', () => {
    expect(previousSchoolYear('2027/2028')).toBe('2026/2027');
    expect(previousSchoolYear('2027')).toBeNull();
  });

  it('each figure of both years with its change; better and worse only past a notable step', () => {
    expect(
      compareYears(previous, current).map((r) => [r.label, r.previous, r.current, r.change, r.better]),
    ).toEqual([
      ['Пар и групп', '2', '3', '+1', null],
      ['Выполнение планов программ', '50 %', '90 %', '+40 п. п.', true],
      ['Средняя оценка участников (из 10)', '8,0', '7,6', '−0,4', false],
      ['Средняя оценка куратора (из 10)', '7,5', '7,6', '+0,1', null],
      ['Средний рост самооценки (из 5)', '+0,4', '—', '—', null],
      ['Доля участников, чья самооценка выросла', '50 %', '—', '—', null],
    ]);
  });

  it('what changed, in words for the SWOT draft', () => {
    expect(changesInWords(compareYears(previous, current))).toEqual({
      better: ['выполнение планов программ (50 % → 90 %)'],
      worse: ['оценки участников (8,0 → 7,6)'],
    });
  });

  it('the note’s section is a table, or one line when there is no previous year', () => {
    const blocks = comparisonBlocks('2026/2027', previous, current);
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Сравнение с прошлым учебным годом' });
    expect(blocks[2]).toMatchObject({
      kind: 'table',
      header: ['Показатель', '2026/2027', '2027/2028', 'Изменение'],
    });
    expect(comparisonBlocks('2026/2027', null, current)).toEqual([
      { kind: 'heading', text: 'Сравнение с прошлым учебным годом' },
      {
        kind: 'paragraph',
        text: 'Данных прошлого учебного года (2026/2027) в таблице нет: сравнивать не с чем.',
      },
    ]);
  });
});
