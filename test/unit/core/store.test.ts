// The store: columns by header whatever their order, typed reads that report bad cells by sheet,
// row and column, and writes that leave staff's own columns alone.
import { SHEETS, byHeader, headersOf, type ColumnKey } from '../../../src/server/schema';
import { Table, problemText } from '../../../src/server/store/table';
import {
  dateFromIso,
  isoFromDate,
  offsetFromZ,
  parseDateText,
  ruDate,
} from '../../../src/server/store/dates';
import { asText, isEmail, normalizeKey, shortName, splitList } from '../../../src/server/shared/text';

const MSK = 180;

function mentors(rows: unknown[][], header = headersOf(SHEETS.mentors) as unknown[]): Table<'mentors'> {
  return new Table(SHEETS.mentors, [header, ...rows], MSK);
}

describe('text that goes into cells', () => {
  it('keeps formula-like and number-like text as text with an apostrophe', () => {
    expect(asText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(asText('+7 912 345-67-89')).toBe(`'+7 912 345-67-89`);
    expect(asText('-')).toBe(`'-`);
    expect(asText('@admin')).toBe(`'@admin`);
    expect(asText('\tx')).toBe(`'\tx`);
    expect(asText("'quoted")).toBe(`''quoted`);
    expect(asText('01.10.2026')).toBe(`'01.10.2026`);
    expect(asText('3,5')).toBe(`'3,5`);
    expect(asText('TRUE')).toBe(`'TRUE`);
    expect(asText('Иванова Мария')).toBe('Иванова Мария');
    expect(asText('')).toBe('');
  });

  it('normalises headers, emails, lists and names', () => {
    expect(normalizeKey('  Стаж   (лет) ')).toBe('стаж (лет)');
    expect(normalizeKey('Вовлечённость')).toBe('вовлеченность');
    expect(isEmail('a.b@school2.example')).toBe(true);
    expect(isEmail('ivanov@')).toBe(false);
    expect(splitList('методика урока; оценивание,\nинклюзия')).toEqual([
      'методика урока',
      'оценивание',
      'инклюзия',
    ]);
    expect(shortName('Петрова Анна Сергеевна')).toBe('Петрова А. С.');
  });
});

describe('dates', () => {
  it('convert between cells and local ISO dates in the spreadsheet zone', () => {
    const d = dateFromIso('2026-10-01', MSK);
    expect(d.toISOString()).toBe('2026-09-30T21:00:00.000Z');
    expect(isoFromDate(d, MSK)).toBe('2026-10-01');
    expect(offsetFromZ('+0300')).toBe(180);
    expect(offsetFromZ('-05:30')).toBe(-330);
    expect(parseDateText('1.10.2026')).toBe('2026-10-01');
    expect(parseDateText('2026-10-01')).toBe('2026-10-01');
    expect(parseDateText('31.02.2026')).toBeNull();
    expect(parseDateText('завтра')).toBeNull();
    expect(ruDate('2026-10-01')).toBe('01.10.2026');
  });
});

describe('Table', () => {
  it('finds columns by header whatever their order, spacing or case', () => {
    const header = ['  email ', 'ФИО', 'Заметки', 'статус'];
    const t = new Table(
      SHEETS.mentors,
      [header, ['a@school2.example', 'Петрова А. С.', 'моё', 'активен']],
      MSK,
    );
    expect(t.email(2, 'email')).toBe('a@school2.example');
    expect(t.choice(2, 'status')).toBe('Активен');
    expect(t.missingColumns).toContain('Компетенции');
    expect(t.columnNumber('name')).toBe(2);
  });

  it('skips empty rows but keeps their place', () => {
    const t = mentors([
      ['Петрова', 'a@x.ru'],
      ['', ''],
      ['Сидоров', 'b@x.ru'],
    ]);
    expect(t.rows).toEqual([2, 4]);
  });

  it('reports a bad cell with sheet, row and column, and does not drop the row', () => {
    const t = mentors([['Иванов', 'ivanov@', '', '', 'много']]);
    expect(t.email(2, 'email')).toBe('');
    expect(t.number(2, 'experience')).toBeNull();
    expect(t.problems.map(problemText)).toEqual([
      'Банк наставников, строка 2, столбец Email: «ivanov@» — не похоже на адрес электронной почты',
      'Банк наставников, строка 2, столбец Стаж (лет): «много» — не число',
    ]);
    expect(t.rows).toEqual([2]);
  });

  it('reads dates from date cells and from dd.mm.yyyy text, and reports the rest', () => {
    const header = headersOf(SHEETS.mentors);
    const consent = header.indexOf('Согласие (дата)');
    const row = (v: unknown) => header.map((_, i) => (i === consent ? v : i === 1 ? 'a@x.ru' : 'x'));
    const t = mentors([row(dateFromIso('2026-09-05', MSK)), row('05.09.2026'), row('5 сентября')]);
    expect(t.date(2, 'consentDate')).toBe('2026-09-05');
    expect(t.date(3, 'consentDate')).toBe('2026-09-05');
    expect(t.date(4, 'consentDate')).toBe('');
    expect(t.problems[0].message).toMatch(/не дата/);
  });

  it('an unknown status is reported and kept as typed', () => {
    const t = new Table(
      SHEETS.mentors,
      [
        ['ФИО', 'Email', 'Статус'],
        ['И', 'a@x.ru', 'в отпуске'],
      ],
      MSK,
    );
    expect(t.choice(2, 'status')).toBe('в отпуске');
    expect(problemText(t.problems[0])).toMatch(
      /Банк наставников, строка 2, столбец Статус: «в отпуске» — неизвестное значение/,
    );
  });

  it('records the cells it changed and the rows it appended, not whole rows', () => {
    const header = ['ФИО', 'Заметки', 'Email', 'Статус'];
    const t = new Table(
      SHEETS.mentors,
      [
        header,
        ['А', '=СУММ(1;2)', 'a@x.ru', 'Активен'],
        ['Б', '', 'b@x.ru', 'Активен'],
        ['В', '', 'c@x.ru', 'Активен'],
      ],
      MSK,
    );
    expect(t.set(3, 'status', 'Неактивен')).toBe(true);
    expect(t.set(3, 'status', 'Неактивен')).toBe(false);
    // Set and set back: nothing to write.
    t.set(4, 'name', 'Вв');
    t.set(4, 'name', 'В');
    const row = t.append({ name: '=evil()', email: 'd@x.ru', status: 'Активен' });
    expect(row).toBe(5);
    const pending = t.pending();
    expect(pending.changes).toEqual([{ row: 3, column: 'Статус', value: 'Неактивен' }]);
    expect(pending.appended).toHaveLength(1);
    expect(pending.appended[0]).toMatchObject({ ФИО: '=evil()', Email: 'd@x.ru', Статус: 'Активен' });
    expect(t.isDirty()).toBe(true);
  });

  it('writes ISO dates into date columns as dates', () => {
    const t = mentors([]);
    t.append({ name: 'А', email: 'a@x.ru', consentDate: '2026-09-05' });
    const consent = t.pending().appended[0]['Согласие (дата)'];
    expect(Object.prototype.toString.call(consent)).toBe('[object Date]');
  });

  it('names columns by their schema key; a key the schema does not know throws, wherever it is resolved', () => {
    const t = mentors([['Петрова', 'a@x.ru']]);
    expect(t.text(2, 'name')).toBe('Петрова');
    expect(t.headerOf('maxMentees')).toBe('Макс. наставляемых');
    // A typo (a Latin «o»), a header instead of a key, another sheet's key: bugs, not data.
    const unknown = ['ФИo', 'ФИО', 'mentorConsent'] as unknown as Array<ColumnKey<'mentors'>>;
    for (const key of unknown) {
      expect(() => t.text(2, key)).toThrow(`Банк наставников: column ${key} is not in the schema`);
      expect(() => t.has(key)).toThrow(/is not in the schema/);
      expect(() => t.set(2, key, 'x')).toThrow(/is not in the schema/);
      expect(() => t.append({ [key]: 'x' })).toThrow(/is not in the schema/);
    }
    expect(() => byHeader(SHEETS.journal, { Время: new Date() })).toThrow(/Журнал: column Время/);
    expect(byHeader(SHEETS.journal, { time: 1, details: 'x' })).toEqual({ Время: 1, Подробности: 'x' });
  });

  it('finds a column under an older header (an alias), and a key whose column the sheet lacks reads as empty', () => {
    const pairs = new Table(
      SHEETS.pairs,
      [
        ['ID', 'Закреплена'],
        ['НП-1', true],
      ],
      MSK,
    );
    expect(pairs.has('fixed')).toBe(true);
    expect(pairs.bool(2, 'fixed')).toBe(true);
    expect(pairs.has('endOrder')).toBe(false);
    expect(pairs.text(2, 'endOrder')).toBe('');
    expect(() => pairs.set(2, 'endOrder', 'x')).toThrow(/column Приказ о прекращении is missing/);
  });
});
