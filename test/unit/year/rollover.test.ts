import {
  archiveSheetName,
  nextSchoolYear,
  planRollover,
  rolloverRefusal,
  type RolloverInput,
} from '../../../src/server/year';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function input(more: Partial<RolloverInput> = {}): RolloverInput {
  return {
    schoolYear: '2026/2027',
    todayIso: '2027-06-20',
    sheetNames: ['Пары и группы', 'Банк наставников', 'Банк наставляемых', 'Мой лист'],
    sheets: {
      pairs: {
        header: ['ID', 'Наставник', 'Наставляемые', 'Статус', 'Заметки куратора'],
        rows: [
          ['П-1', 'Петрова А. С.', 'Иванов И. И.', 'Закреплена', '=A2'],
          ['', '', '', '', ''],
          ['П-2', 'Сидорова М. П.', 'Орлова О. О.', 'Расторгнута', ''],
        ],
      },
      mentees: {
        header: ['ФИО', 'Email', 'Запрос (темы)', 'Статус'],
        rows: [
          ['Иванов И. И.', 'ivanov@school.ru', 'оценивание', 'В паре'],
          ['Орлова О. О.', 'orlova@school.ru', 'методика урока', 'Завершил'],
          ['Ким П. А.', 'kim@school.ru', 'инклюзия', 'Сопровождение'],
          ['Белова Е. Е.', 'belova@school.ru', 'ГИА', 'Новый'],
          ['Зуев З. З.', 'zuev@school.ru', '', 'выбыл'],
        ],
      },
      mentors: {
        header: ['ФИО', 'Email', 'Статус', 'Согласие (дата)'],
        rows: [
          ['Петрова А. С.', 'petrova@school.ru', 'Активен', d('2026-09-01')],
          ['Сидорова М. П.', 'sidorova@school.ru', 'Неактивен', ''],
          ['Лосев Л. Л.', 'losev@school.ru', 'Выбыл', ''],
          ['Новая Н. Н.', 'new@school.ru', '', ''],
        ],
      },
      monitoring: { header: ['ID пары', 'Роль', 'Email'], rows: [['П-1', 'Наставник', 'petrova@school.ru']] },
      events: { header: ['Дата', 'Тип', 'Название'], rows: [[d('2027-05-20'), 'Круглый стол', 'Итоги']] },
      publications: { header: ['Дата', 'Мероприятие', 'Канал'], rows: [] },
      roadmap: {
        header: ['ID', 'Мероприятие', 'Статус', 'Пояснение'],
        rows: [
          ['1.1', 'Приказ', 'Выполнено', '3 из 3 пар в приказе'],
          ['6.1', 'Мониторинг', '', ''],
        ],
      },
    },
    ...more,
  };
}

describe('«Начать новый учебный год»', () => {
  test('the rollover keeps every row: before = archive + kept', () => {
    const plan = planRollover(input());
    for (const s of plan.sheets) {
      const archive = plan.archives.find((a) => a.source === s.source);
      expect((archive?.rows.length ?? 0) + s.keptRows.length).toBe(s.before);
      expect(s.removeRows).toHaveLength(s.archived);
    }
    const total = (key: string) => plan.sheets.find((s) => s.source === key);
    expect(total('pairs')).toMatchObject({ before: 2, archived: 2, kept: 0, removeRows: [2, 4] });
    expect(total('publications')).toMatchObject({ before: 0, archived: 0, kept: 0 });
    expect(plan.archives.map((a) => a.source)).not.toContain('publications');
  });

  test('the finished year goes into «Архив 2026/2027 — …» sheets with every column, staff’s too', () => {
    const plan = planRollover(input());
    const pairs = plan.archives.find((a) => a.source === 'pairs');
    expect(pairs?.name).toBe('Архив 2026/2027 — Пары и группы');
    expect(pairs?.header).toEqual(['ID', 'Наставник', 'Наставляемые', 'Статус', 'Заметки куратора']);
    expect(pairs?.rows[0]).toEqual(['П-1', 'Петрова А. С.', 'Иванов И. И.', 'Закреплена', '=A2']);
    expect(plan.archives.map((a) => a.name)).toEqual([
      'Архив 2026/2027 — Пары и группы',
      'Архив 2026/2027 — Банк наставляемых',
      'Архив 2026/2027 — Банк наставников',
      'Архив 2026/2027 — Мониторинг',
      'Архив 2026/2027 — Мероприятия',
    ]);
    const events = plan.archives.find((a) => a.source === 'events');
    expect(Object.prototype.toString.call(events?.rows[0][0])).toBe('[object Date]');
  });

  test("the programmes' plan goes to the archive with the year's programmes", () => {
    const plan = planRollover(
      input({
        sheets: {
          ...input().sheets,
          plan: {
            header: ['ID пары', 'Мероприятие', 'Срок', 'Выполнено'],
            rows: [
              ['П-1', 'Посещение урока', d('2026-10-15'), d('2026-10-14')],
              ['П-1', 'Открытый урок', d('2027-03-01'), ''],
            ],
          },
        },
      }),
    );
    expect(plan.sheets.find((s) => s.source === 'plan')).toMatchObject({ before: 2, archived: 2, kept: 0 });
    expect(plan.archives.find((a) => a.source === 'plan')?.name).toBe('Архив 2026/2027 — План программ');
  });

  test('both stages of monitoring go to the archive: the self-assessment and the curator’s assessment', () => {
    const plan = planRollover(
      input({
        sheets: {
          ...input().sheets,
          selfAssessment: {
            header: ['Email', 'Этап', 'Дата', 'Планирование уроков'],
            rows: [
              ['t@school.ru', 'Начало года', d('2026-09-15'), 2],
              ['t@school.ru', 'Конец года', d('2027-05-15'), 4],
            ],
          },
          curatorAssessment: {
            header: ['ID пары', 'Email', 'Дата', 'Выполнение плана'],
            rows: [['П-1', 'curator@school.ru', d('2027-05-20'), 9]],
          },
        },
      }),
    );
    expect(plan.sheets.find((s) => s.source === 'selfAssessment')).toMatchObject({ archived: 2, kept: 0 });
    expect(plan.archives.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Архив 2026/2027 — Самооценка', 'Архив 2026/2027 — Оценка куратора']),
    );
  });

  test('mentees whose year is over are archived; those still waiting keep their request', () => {
    const mentees = planRollover(input()).sheets.find((s) => s.source === 'mentees');
    expect(mentees?.keptRows).toEqual([
      ['Ким П. А.', 'kim@school.ru', 'инклюзия', 'Сопровождение'],
      ['Белова Е. Е.', 'belova@school.ru', 'ГИА', 'Новый'],
    ]);
    expect(mentees?.removeRows).toEqual([2, 3, 6]);
    expect(mentees?.changes).toEqual([]);
  });

  test('the mentor bank is kept with statuses back to «Активен»; those who left are archived', () => {
    const mentors = planRollover(input()).sheets.find((s) => s.source === 'mentors');
    expect(mentors?.keptRows.map((r) => r[2])).toEqual(['Активен', 'Активен', 'Активен']);
    expect(mentors?.changes).toEqual([
      { row: 3, column: 'Статус', from: 'Неактивен', to: 'Активен' },
      { row: 5, column: 'Статус', from: '', to: 'Активен' },
    ]);
    expect(mentors?.removeRows).toEqual([4]);
    expect(Object.prototype.toString.call(mentors?.keptRows[0][3])).toBe('[object Date]');
  });

  test('roadmap statuses and explanations are cleared for the new year', () => {
    const roadmap = planRollover(input()).sheets.find((s) => s.source === 'roadmap');
    expect(roadmap?.keptRows).toEqual([
      ['1.1', 'Приказ', '', ''],
      ['6.1', 'Мониторинг', '', ''],
    ]);
    expect(roadmap?.changes.map((c) => [c.row, c.column])).toEqual([
      [2, 'Статус'],
      [2, 'Пояснение'],
    ]);
  });

  test('the next year follows and the summary says what happened in Russian', () => {
    const plan = planRollover(input());
    expect(plan.fromYear).toBe('2026/2027');
    expect(plan.toYear).toBe('2027/2028');
    expect(plan.summary[0]).toBe('Учебный год 2026/2027 перенесён в архив. Новый учебный год — 2027/2028.');
    expect(plan.summary).toContain('Банк наставляемых: было 5, в архив 3, осталось 2.');
    expect(plan.summary).toContain('Банк наставников: статус «Активен» восстановлен — в 2 строках.');
    expect(plan.summary).toContain('Дорожная карта: очищены столбцы «Статус» и «Пояснение» — в 1 строке.');
    expect(nextSchoolYear('2099/2100')).toBe('2100/2101');
    expect(() => nextSchoolYear('2026/2028')).toThrow();
  });

  test('the rollover refuses to run twice for the same year', () => {
    const names = ['Пары и группы', 'Архив 2026/2027 — Мониторинг'];
    expect(rolloverRefusal('2026/2027', '2027-06-20', names)).toBe(
      'Учебный год 2026/2027 уже перенесён в архив (есть лист «Архив 2026/2027 — Мониторинг»). Повторно начать новый год нельзя.',
    );
    expect(() => planRollover(input({ sheetNames: names }))).toThrow(/уже перенесён в архив/);
    // After a run Учебный год is 2027/2028, so a second click in the same summer is refused too.
    expect(rolloverRefusal('2027/2028', '2027-06-20', [])).toBe(
      'Учебный год 2027/2028 ещё не закончился: начать новый учебный год можно с 01.06.2028.',
    );
  });

  test('a year that has not finished or is written wrongly is refused', () => {
    expect(rolloverRefusal('2026/2027', '2027-05-31', [])).toMatch(/ещё не закончился/);
    expect(rolloverRefusal('2026/2027', '2027-06-01', [])).toBeNull();
    expect(rolloverRefusal('2026-2027', '2027-06-20', [])).toBe(
      'Настройки, параметр «Учебный год»: «2026-2027» — ожидается вид 2026/2027',
    );
    let name = '';
    try {
      planRollover(input({ todayIso: '2027-01-10' }));
    } catch (e) {
      name = (e as Error).name;
    }
    expect(name).toBe('UserError');
  });

  test('an archive sheet name is at most 100 characters', () => {
    const long = 'Очень длинное название листа '.repeat(6);
    expect(archiveSheetName('2026/2027', long)).toHaveLength(100);
    expect(archiveSheetName('2026/2027', long).startsWith('Архив 2026/2027 — Очень')).toBe(true);
  });

  test('a sheet staff deleted is skipped, and columns are found by header in any order', () => {
    const plan = planRollover(
      input({
        sheets: {
          mentors: {
            header: ['Статус', 'ФИО'],
            rows: [
              ['неактивен', 'А'],
              [' Выбыл ', 'Б'],
            ],
          },
        },
      }),
    );
    expect(plan.sheets.map((s) => s.source)).toEqual(['mentors']);
    expect(plan.sheets[0].keptRows).toEqual([['Активен', 'А']]);
    expect(plan.archives[0].rows).toEqual([[' Выбыл ', 'Б']]);
  });
});
