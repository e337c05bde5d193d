import { monitoringNote, monitoringStats, type NoteBlock } from '../../../src/server/monitoring';
import { PAIRS, record, scores } from './fixtures';

const RECORDS = [
  record('П-1', 'mentor', 'petrova@school.ru', scores(9, 9, 9, 9, 6), {
    valuable: 'Открытые уроки',
    comment: '<b>=SUM(A1)</b>',
  }),
  record('П-1', 'mentee', 'ivanov@school.ru', scores(9, 9, 9, 9, 6), { missing: 'Времени' }),
  record('Г-2', 'mentee', 'orlova@school.ru', scores(6, 6, 6, 6, 2), { wouldContinue: false }),
];

function note(records = RECORDS) {
  return monitoringNote({
    schoolName: 'МБОУ «СОШ №2»',
    schoolYear: '2026/2027',
    dateIso: '2027-06-05',
    pairs: PAIRS,
    records,
    stats: monitoringStats(PAIRS, records),
  });
}

const texts = (blocks: NoteBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'table'
      ? [...b.header, ...b.rows.flat()]
      : b.kind === 'list'
        ? b.items
        : b.kind === 'chart'
          ? [b.caption]
          : [b.text],
  );

describe('the analytical note', () => {
  test('names the school and the year and gives participation as N of M with %', () => {
    const n = note();
    expect(n.title).toBe('Аналитическая справка по итогам мониторинга');
    expect(n.subtitle).toContain('МБОУ «СОШ №2»');
    expect(n.subtitle).toContain('2026/2027');
    expect(texts(n.blocks)).toContain(
      'В анкетировании приняли участие 3 из 5 участников наставнических пар и групп (60 %).',
    );
    expect(texts(n.blocks)).toContain('Дата составления: 05.06.2027');
  });

  test('has a table of averages per question per role and a table per pair', () => {
    const tables = note().blocks.filter(
      (b): b is Extract<NoteBlock, { kind: 'table' }> => b.kind === 'table',
    );
    expect(tables[0].header).toEqual(['Вопрос', 'Наставляемые', 'Наставники', 'Все']);
    expect(tables[0].rows[0]).toEqual(['Польза программы', '7,5', '9,0', '8,0']);
    expect(tables[1].rows.map((r) => r[0])).toEqual([
      'П-1, наставник Петрова Анна Сергеевна',
      'Г-2, наставник Сидорова Мария Петровна',
    ]);
    expect(tables[1].rows[0].slice(1, 3)).toEqual(['2 из 2', '8,4']);
    expect(tables[1].rows[1][2]).toBe('5,2');
    expect(tables[1].rows[1].slice(-1)).toEqual(['0 %']);
  });

  test('open answers are grouped by pair and kept literal', () => {
    const all = texts(note().blocks);
    expect(all).toContain('Пара П-1 (наставник Петрова Анна Сергеевна)');
    expect(all).toContain('Наставник. Наиболее ценное: Открытые уроки');
    expect(all).toContain('Наставник. Комментарий: <b>=SUM(A1)</b>');
    expect(all).toContain('Наставляемый. Не хватило: Времени');
    expect(all).not.toContain('Пара Г-2 (наставник Сидорова Мария Петровна)');
  });

  test('conclusions name the weakest and strongest question and the pairs below the threshold', () => {
    const all = texts(note().blocks).join('\n');
    expect(all).toMatch(/Самая низкая оценка — понятность задач программы \(4,7\)/);
    expect(all).toContain('Самая высокая оценка — польза программы (8,0).');
    expect(all).toContain('Средняя оценка ниже 7 в паре Г-2 (5,2)');
    expect(all).toContain('Продолжить работу в паре хотели бы 2 из 3 ответивших (67 %).');
    expect(all).toMatch(/Участие в анкетировании \(60 %\) недостаточно/);
  });

  test('without answers the note says so instead of inventing conclusions', () => {
    const all = texts(note([]).blocks);
    expect(all).toContain(
      'Ответов на анкеты нет: выводы сделать нельзя. Рекомендуется повторно направить анкеты участникам.',
    );
    expect(all).toContain('Ответов на открытые вопросы нет.');
    expect(all).toContain('На вопрос о продолжении работы в паре ответов нет.');
  });

  test('a large gap between mentees and mentors is pointed out', () => {
    const recs = [
      record('П-1', 'mentor', 'petrova@school.ru', scores(9, 9, 9, 9, 9)),
      record('П-1', 'mentee', 'ivanov@school.ru', scores(9, 9, 5, 9, 9)),
    ];
    const all = texts(note(recs).blocks).join('\n');
    expect(all).toContain('Наибольшее расхождение оценок наставляемых и наставников');
    expect(all).toContain('Во всех парах и группах, где есть ответы, средняя оценка не ниже 7.');
  });

  test('an answer from someone who is not that member of the pair is in no number and no open answer', () => {
    const stranger = record('П-1', 'mentor', 'sidorova@school.ru', scores(1, 1, 1, 1, 1), {
      comment: 'Чужой отзыв',
    });
    const n = note([...RECORDS, stranger]);
    expect(texts(n.blocks)).toEqual(texts(note().blocks));
    expect(texts(n.blocks).join(' ')).not.toContain('Чужой отзыв');
  });
});
