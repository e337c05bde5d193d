import { practiceCells, practiceFromEvent, validatePractice } from '../../../src/server/events';
import { event } from './fixtures';

describe('Методическая копилка (6.3)', () => {
  test('a practice chosen at the round table takes its date and source from the event', () => {
    const r = practiceFromEvent(event(), {
      title: 'Взаимопосещение уроков',
      authors: 'Петрова А. С.',
      pair: 'П-1',
      description: 'Как устроено',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        date: '2027-05-20',
        title: 'Взаимопосещение уроков',
        authors: 'Петрова А. С.',
        pair: 'П-1',
        description: 'Как устроено',
        link: '',
        source: 'Круглый стол: Лучшие практики наставничества (20.05.2027)',
      },
    });
    expect(r.ok && practiceCells(r.value)).toMatchObject({
      pair: 'П-1',
      source: expect.stringContaining('Круглый стол'),
    });
  });

  test('a practice needs a title and a description or a link; the link must be a link', () => {
    const r = validatePractice({ title: '', date: '2027-13-01', link: 'ftp://x' });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['Дата', 'Название', 'Ссылка']);
    const noContent = validatePractice({ title: 'Практика' });
    expect(!noContent.ok && noContent.errors[0]).toEqual({
      field: 'Описание',
      message: 'Поля «Описание» и «Ссылка»: заполните хотя бы одно — чем практика полезна или где её найти',
    });
    expect(validatePractice({ title: '=1+1', link: 'https://disk.yandex.ru/d/abc' })).toMatchObject({
      ok: true,
      value: { title: '=1+1' },
    });
  });
});
