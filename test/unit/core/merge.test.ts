// The store's save when the sheet changed since it was read: staff's edits survive, the action's
// own changes are written only where the cell still holds what was read, appended rows never land
// on a row a person added.
import { SHEETS } from '../../../src/server/schema';
import { Table } from '../../../src/server/store/table';
import { mergeWrites, sameCell, type MergeInput } from '../../../src/server/store/merge';

const MSK = 180;
const HEADER = ['ФИО', 'Email', 'Заметки', 'Статус'];
const READ = [
  HEADER,
  ['Петрова Анна', 'a@x.ru', 'моё', 'Активен'],
  ['Сидоров Олег', 'b@x.ru', '', 'Активен'],
  ['Козлова Вера', 'c@x.ru', '', 'Активен'],
];

/** The bank as read, the cells the action changed and the rows it appended, via the real Table. */
function action(
  edit: (t: Table<'mentors'>) => void,
  read: unknown[][] = READ,
): { table: Table<'mentors'>; input: Omit<MergeInput, 'current'> } {
  const table = new Table(SHEETS.mentors, read, MSK);
  edit(table);
  const pending = table.pending();
  return {
    table,
    input: {
      columns: table.columnPositions(),
      keyColumn: SHEETS.mentors.columns.email.header,
      base: table.snapshot(),
      changes: pending.changes,
      appended: pending.appended,
    },
  };
}

const copy = (rows: unknown[][]) => rows.map((r) => r.slice());

describe('the store keeps staff edits made between the read and the write', () => {
  it('with nothing changed meanwhile, writes the changed row in its own columns only, text escaped', () => {
    const { input } = action((t) => t.set(3, 'name', '=Сидоров()'));
    const merged = mergeWrites({ ...input, current: copy(READ) });
    expect(merged.conflicts).toEqual([]);
    // Заметки (column 3) is staff's: the write is split around it.
    expect(merged.writes).toEqual([
      { row: 3, column: 1, values: [["'=Сидоров()", 'b@x.ru']] },
      { row: 3, column: 4, values: [['Активен']] },
    ]);
    expect(merged.after[2][0]).toBe('=Сидоров()');
  });

  it('a cell the action did not change keeps the value a person typed meanwhile', () => {
    const { input } = action((t) => t.set(3, 'status', 'Неактивен'));
    const current = copy(READ);
    current[2][0] = 'Сидоров Олег Петрович';
    const merged = mergeWrites({ ...input, current });
    expect(merged.conflicts).toEqual([]);
    expect(merged.writes[0].values).toEqual([['Сидоров Олег Петрович', 'b@x.ru']]);
    expect(merged.writes[1].values).toEqual([['Неактивен']]);
  });

  it('a cell both changed keeps the person’s value and is reported with both values', () => {
    const { input } = action((t) => {
      t.set(2, 'status', 'Неактивен');
      t.set(3, 'status', 'Неактивен');
    });
    const current = copy(READ);
    current[1][3] = 'Выбыл';
    const merged = mergeWrites({ ...input, current });
    expect(merged.conflicts).toEqual([
      { row: 2, column: 'Статус', person: 'Выбыл', action: 'Неактивен', kind: 'edited' },
    ]);
    expect(merged.writes[1]).toEqual({ row: 3, column: 4, values: [['Неактивен']] });
  });

  it('a person who typed the same value as the action is no conflict', () => {
    const { input } = action((t) => t.set(3, 'status', 'Неактивен'));
    const current = copy(READ);
    current[2][3] = 'Неактивен';
    const merged = mergeWrites({ ...input, current });
    expect(merged.conflicts).toEqual([]);
    expect(merged.writes).toEqual([]);
  });

  it('an appended row goes after a row a person added meanwhile', () => {
    const { input } = action((t) => {
      expect(t.append({ name: 'Новая Нина', email: 'n@x.ru', status: 'Активен' })).toBe(5);
    });
    const current = [...copy(READ), ['Вручную Иван', 'i@x.ru', 'сам', 'Активен']];
    const merged = mergeWrites({ ...input, current });
    expect(merged.appendedRows).toEqual([6]);
    expect(merged.writes[0]).toEqual({ row: 6, column: 1, values: [['Новая Нина', 'n@x.ru']] });
    expect(merged.after[4]).toEqual(['Вручную Иван', 'i@x.ru', 'сам', 'Активен']);
  });

  it('a changed row that moved is found by its key; one that was deleted is reported, not written elsewhere', () => {
    const { input } = action((t) => {
      t.set(3, 'status', 'Неактивен');
      t.set(4, 'status', 'Выбыл');
    });
    // A person deleted Петрова's row (2) and then Сидоров's (now 2): Козлова moved up to row 2.
    const current = [HEADER, ['Козлова Вера', 'c@x.ru', '', 'Активен']];
    const merged = mergeWrites({ ...input, current });
    expect(merged.conflicts).toEqual([
      { row: 3, column: 'Статус', person: '', action: 'Неактивен', kind: 'rowGone' },
    ]);
    expect(merged.writes).toEqual([
      { row: 2, column: 1, values: [['Козлова Вера', 'c@x.ru']] },
      { row: 2, column: 4, values: [['Выбыл']] },
    ]);
  });

  it('a column a person moved is written where it is now', () => {
    const { input } = action((t) => t.set(2, 'status', 'Неактивен'));
    const current = READ.map((r) => [r[3], r[0], r[1], r[2]]);
    const merged = mergeWrites({ ...input, current });
    expect(merged.conflicts).toEqual([]);
    expect(merged.writes).toEqual([{ row: 2, column: 1, values: [['Неактивен', 'Петрова Анна', 'a@x.ru']] }]);
    expect(merged.columns.get('Статус')).toBe(0);
  });

  it('compares dates by time, and blanks of any kind as equal', () => {
    expect(sameCell(new Date(1000), new Date(1000))).toBe(true);
    expect(sameCell(new Date(1000), new Date(2000))).toBe(false);
    expect(sameCell('', null)).toBe(true);
    expect(sameCell(0, '')).toBe(false);
  });

  it('after the save the table holds the sheet as written, with the appended row where it landed', () => {
    const { table, input } = action((t) => {
      t.set(3, 'status', 'Неактивен');
      t.append({ name: 'Новая Нина', email: 'n@x.ru', status: 'Активен' });
    });
    const current = [...copy(READ), ['Вручную Иван', 'i@x.ru', '', 'Активен']];
    current[2][0] = 'Сидоров О.';
    const merged = mergeWrites({ ...input, current });
    table.rebase(merged.after, merged.columns);
    expect(table.isDirty()).toBe(false);
    expect(table.rows).toEqual([2, 3, 4, 5, 6]);
    expect(table.text(3, 'name')).toBe('Сидоров О.');
    expect(table.text(3, 'status')).toBe('Неактивен');
    expect(table.text(6, 'email')).toBe('n@x.ru');
  });
});
