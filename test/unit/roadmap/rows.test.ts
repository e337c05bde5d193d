import {
  ITEM_IDS,
  ROADMAP_ITEMS,
  parseItemId,
  problemText,
  readRoadmap,
  resolveResponsible,
  roadmapSeedRows,
  type RoadmapRow,
} from '../../../src/server/roadmap';

const settings = { curatorEmail: 'Curator@School.ru', directorEmail: 'director@school.ru' };

/** The seeded sheet as rows, with the given cells changed. */
function sheet(edits: Record<string, Partial<RoadmapRow>> = {}): RoadmapRow[] {
  return roadmapSeedRows('МБОУ «СОШ №2»').map((r, i) => ({
    row: i + 2,
    id: r.ID,
    deadline: r['Срок'],
    responsible: r['Ответственный'],
    title: r['Мероприятие'],
    ...edits[r.ID],
  }));
}

describe('the Дорожная карта sheet', () => {
  test('setup writes the 14 items of the school roadmap with their deadlines and responsible', () => {
    expect(ITEM_IDS).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '5.3',
      '6.1',
      '6.2',
      '6.3',
      '7.1',
    ]);
    const rows = roadmapSeedRows('МБОУ «СОШ №2»');
    expect(rows[0]).toEqual({
      ID: '1.1',
      Этап: '1. Подготовка условий для реализации системы наставничества',
      Мероприятие:
        'Приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников на возложение ' +
        'на них дополнительных обязанностей, связанных с наставнической деятельностью',
      Срок: 'Ежегодно, до 1 октября',
      Ответственный: 'директор',
      Статус: 'Не начато',
      Пояснение: '',
    });
    expect(rows.map((r) => r['Срок'])).toEqual([
      'Ежегодно, до 1 октября',
      'Ежегодно, до 1 ноября',
      'Ежегодно, до 15 сентября',
      'Ежегодно, до 1 октября',
      'Ежегодно, до 15 сентября',
      'Ежегодно, до 1 октября',
      'Ежегодно',
      'Ежегодно, до 1 октября',
      'Ежегодно, до 1 ноября',
      'Постоянно',
      'Ежегодно, до 1 июня',
      'Ежегодно',
      'Ежегодно',
      'Постоянно',
    ]);
    expect(rows[13]['Мероприятие']).toBe(
      'Освещение мероприятий Дорожной карты осуществляется на всех этапах на официальном сайте МБОУ «СОШ №2» и социальных сетях',
    );
    expect(rows[13]['Статус']).toBe('В норме');
  });

  test('the seeded rows read back as the roadmap, roles resolved to the settings emails', () => {
    const { entries, problems } = readRoadmap(sheet(), settings);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.deadline)).toEqual(ROADMAP_ITEMS.map((d) => d.deadline));
    expect(entries[0].responsible).toEqual(['director@school.ru']);
    expect(entries[1].responsible).toEqual(['curator@school.ru']);
    expect(entries[0].row).toBe(2);
  });

  test('a deadline edited to a full date is used; garbage is named and the roadmap default stays', () => {
    const { entries, problems } = readRoadmap(
      sheet({
        '1.1': { deadline: '01.10.2026' },
        '2.2': { deadline: '31.02' },
        '2.1': { deadline: 'скоро' },
      }),
      settings,
    );
    expect(entries[0].deadline).toEqual({ kind: 'date', date: { y: 2026, m: 10, d: 1 } });
    expect(entries[3].deadline).toEqual({ kind: 'annual', m: 10, d: 1 });
    expect(problems.map(problemText)).toEqual([
      'Дорожная карта, строка 4, столбец Срок: «скоро» — не понятен срок: нужна дата («01.10», «1 октября», «01.10.2026»), «Ежегодно» или «Постоянно»',
      'Дорожная карта, строка 5, столбец Срок: «31.02» — такой даты нет',
    ]);
  });

  test('an emptied deadline falls back to the roadmap with a note', () => {
    const { entries, problems } = readRoadmap(sheet({ '6.1': { deadline: '' } }), settings);
    expect(entries[10].deadline).toEqual({ kind: 'annual', m: 6, d: 1 });
    expect(problems.map(problemText)).toEqual([
      'Дорожная карта, строка 12, столбец Срок: срок не указан; действует срок по дорожной карте: «Ежегодно, до 1 июня»',
    ]);
  });

  test('the responsible person may be an email, a role, or both; a stray word is named', () => {
    expect(resolveResponsible('Петрова <Petrova@School.ru>, куратор', settings)).toEqual({
      emails: ['petrova@school.ru', 'curator@school.ru'],
      problems: [],
    });
    expect(resolveResponsible('Заместитель директора по УВР', settings).emails).toEqual([
      'curator@school.ru',
    ]);
    expect(resolveResponsible('Директор', settings).emails).toEqual(['director@school.ru']);
    const { entries, problems } = readRoadmap(sheet({ '1.2': { responsible: 'Пушкин' } }), settings);
    expect(entries[1].responsible).toEqual(['curator@school.ru']);
    expect(problems.map(problemText)).toEqual([
      'Дорожная карта, строка 3, столбец Ответственный: «Пушкин» — нужен email или роль («куратор», «директор»)',
    ]);
  });

  test('a role without an email in Настройки is named', () => {
    const { entries, problems } = readRoadmap(sheet(), { curatorEmail: 'c@school.ru', directorEmail: '' });
    expect(entries[0].responsible).toEqual([]);
    expect(problems.map(problemText)).toEqual([
      'Дорожная карта, строка 2, столбец Ответственный: директор: в листе Настройки не указан email (Директор (email))',
    ]);
  });

  test('ids Sheets turned into numbers or dates are still found; missing and repeated rows are named', () => {
    expect(parseItemId(1.1)).toBe('1.1');
    expect(parseItemId(new Date(Date.UTC(2026, 0, 1)))).toBe('1.1');
    expect(parseItemId(' 6,3 ')).toBe('6.3');
    const rows = sheet().filter((r) => r.id !== '5.3');
    rows.push({ row: 40, id: 7.1, deadline: 'Постоянно', responsible: 'куратор' });
    rows.push({ row: 41, id: 'Своя строка', deadline: 'когда-то', responsible: '' });
    const { entries, problems } = readRoadmap(rows, settings);
    expect(entries).toHaveLength(14);
    expect(entries[9].row).toBeNull();
    expect(problems.map(problemText)).toEqual([
      'Дорожная карта, строка 40, столбец ID: пункт 7.1 уже есть в строке 15; эта строка не учитывается',
      'Дорожная карта: нет строки пункта 5.3; действуют срок и ответственный по дорожной карте',
    ]);
  });
});
