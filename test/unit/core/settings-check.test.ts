// Settings with defaults and Russian problems; «Проверить данные» over every sheet.
import { SHEETS, SHEET_DEFS, headersOf, type SheetKey } from '../../../src/server/schema';
import { Table } from '../../../src/server/store/table';
import { readSettings, schoolYearOf, SETTING_PARAMS } from '../../../src/server/settings';
import { checkData } from '../../../src/server/check';
import { problemText } from '../../../src/server/store/table';

const MSK = 180;
const table = <K extends SheetKey>(key: K, rows: unknown[][], header?: string[]) =>
  new Table(SHEET_DEFS[key], [header ?? headersOf(SHEETS[key]), ...rows], MSK);

describe('settings', () => {
  it('the school year to plan for starts with the August before it', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025/2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026/2027');
    expect(schoolYearOf('2026-09-01')).toBe('2026/2027');
  });

  it('defaults fill what is blank; bad values are named with their row', () => {
    const rows = SETTING_PARAMS.map((p) => [p.name, p.value, p.note]);
    const at = (name: string) => rows.findIndex((r) => r[0] === name);
    rows[at('Дни напоминаний')][1] = '14, семь';
    rows[at('Директор (email)')][1] = 'director@';
    rows[at('Учебный год')][1] = '2026-2027';
    const { settings, problems } = readSettings(table('settings', rows), '2026-10-01');
    expect(settings.maxMentees).toBe(2);
    expect(settings.reminderDays).toEqual([14, 7, 1]);
    expect(settings.schoolYear).toBe('2026/2027');
    expect(settings.remindersEnabled).toBe(true);
    expect(problems.map(problemText)).toEqual([
      `Настройки, строка ${at('Директор (email)') + 2}, столбец Значение: Директор (email): «director@» — не похоже на адрес электронной почты`,
      `Настройки, строка ${at('Учебный год') + 2}, столбец Значение: Учебный год: «2026-2027» — ожидается вид 2026/2027`,
      `Настройки, строка ${at('Дни напоминаний') + 2}, столбец Значение: Дни напоминаний: «14, семь» — нужны числа дней через запятую, например 14, 7, 1`,
    ]);
  });
});

describe('the data check', () => {
  it('finds duplicates, self-mentoring, overload, unknown topics and agreed pairs without consent', () => {
    const mentors = table('mentors', [
      [
        'Петрова Анна',
        'p@x.ru',
        '',
        '',
        20,
        'Высшая',
        'Методика урока, Астрология',
        '',
        1,
        '',
        '',
        'Активен',
      ],
      ['Петрова Анна', 'P@x.ru', '', '', 20, 'Высшая', '', '', '', '', '', 'Активен'],
    ]);
    const mentees = table('mentees', [
      ['Сидоров', 's@x.ru', '', '', 1, '', 'Оценивание', '', 'Любая', '', 'В паре'],
    ]);
    const pairs = table('pairs', [
      [
        'НП-2026-01',
        'Петрова Анна <p@x.ru>',
        'Сидоров <s@x.ru>',
        'Индивидуальная',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Согласована',
      ],
      [
        'НП-2026-02',
        'Петрова Анна <p@x.ru>',
        'Петрова Анна <p@x.ru>',
        'Индивидуальная',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'Предложена',
      ],
    ]);
    const topics = table('topics', [['Методика урока'], ['Оценивание']]);
    const { lines } = checkData({
      teachers: table('teachers', []),
      mentors,
      mentees,
      pairs,
      topics,
      defaultCapacity: 2,
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        'Банк наставников, строка 3, столбец Email: «p@x.ru» уже есть в строке 2 — один человек должен быть в банке один раз',
        'Банк наставников, строка 2, столбец Компетенции: «Астрология» — нет на листе «Темы» (подбор учтёт их как свободный текст)',
        'Банк наставников, строка 2, столбец Макс. наставляемых: наставляемых в парах: 2, а максимум — 1',
        'Пары и группы, строка 2, столбец Согласие наставника: статус «Согласована», но нет даты письменного согласия: Петрова Анна, Сидоров',
        'Пары и группы, строка 3, столбец Наставляемые: Петрова Анна не может быть наставником самому (самой) себе',
      ]),
    );
  });
});
