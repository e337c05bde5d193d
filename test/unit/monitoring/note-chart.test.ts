// The note's chart of averages by question and role (issue #17, item 13): the pure block a Docs
// adapter draws.
import { monitoringNote, monitoringStats, type NoteBlock } from '../../../src/server/monitoring';
import { averagesChart } from '../../../src/server/monitoring/chart';
import { PAIRS, record, scores } from './fixtures';

const RECORDS = [
  record('П-1', 'mentor', 'petrova@school.ru', scores(9, 8, 7, 6, 5)),
  record('П-1', 'mentee', 'ivanov@school.ru', scores(10, 9, 8, 7, null)),
  record('Г-2', 'mentee', 'orlova@school.ru', scores(6, 5, 4, 3, null)),
  record('Г-2', 'mentor', 'sidorova@school.ru', scores(7, 7, 7, 7, 7)),
];

const note = (records = RECORDS) =>
  monitoringNote({
    schoolName: 'МБОУ «СОШ №2»',
    schoolYear: '2026/2027',
    dateIso: '2027-06-05',
    pairs: PAIRS,
    records,
    stats: monitoringStats(PAIRS, records),
  });

describe('the chart of averages by question and role', () => {
  test('one category per question, one series per role, the values the role’s averages', () => {
    const block = averagesChart(monitoringStats(PAIRS, RECORDS))!;
    expect(block.chart.categories).toEqual([
      'Польза программы',
      'Комфорт работы',
      'Компетентность / вовлечённость',
      'Решение затруднений',
      'Понятность задач',
    ]);
    expect(block.chart.series.map((s) => s.name)).toEqual(['Наставляемые', 'Наставники']);
    // Mentees: (10 + 6) / 2, (9 + 5) / 2, …; nobody of them rated the last question.
    expect(block.chart.series[0].values).toEqual([8, 7, 6, 5, null]);
    expect(block.chart.series[1].values).toEqual([8, 7.5, 7, 6.5, 6]);
    expect([block.chart.min, block.chart.max]).toEqual([0, 10]);
    expect(block.caption).toBe(
      'Рисунок 1. Средние оценки по вопросам анкеты у наставляемых и наставников (по шкале от 1 до 10); ' +
        'числовые значения приведены в таблице выше.',
    );
  });

  test('a role nobody of which answered has no series, and the caption does not name it', () => {
    const block = averagesChart(
      monitoringStats(
        PAIRS,
        RECORDS.filter((r) => r.role === 'mentor'),
      ),
    )!;
    expect(block.chart.series.map((s) => s.name)).toEqual(['Наставники']);
    expect(block.caption).toContain('у наставников (по шкале');
  });

  test('no answers, no chart', () => {
    expect(averagesChart(monitoringStats(PAIRS, []))).toBeNull();
    expect(note([]).blocks.some((b) => b.kind === 'chart')).toBe(false);
  });

  test('the note has one chart, right under the table that gives its figures', () => {
    const blocks = note().blocks;
    const at = blocks.findIndex((b) => b.kind === 'chart');
    expect(blocks.filter((b) => b.kind === 'chart')).toHaveLength(1);
    const table = blocks[at - 1] as Extract<NoteBlock, { kind: 'table' }>;
    expect(table.kind).toBe('table');
    expect(table.header).toEqual(['Вопрос', 'Наставляемые', 'Наставники', 'Все']);
    // Every value the chart draws is printed in that table, as the note prints scores.
    const chart = (blocks[at] as Extract<NoteBlock, { kind: 'chart' }>).chart;
    chart.series.forEach((series, s) =>
      series.values.forEach((value, q) =>
        expect(table.rows[q][s + 1]).toBe(value === null ? '—' : value.toFixed(1).replace('.', ',')),
      ),
    );
  });
});
