// Setup deletes the empty «Лист1» a new spreadsheet starts with (issue #17, item 17); a default
// sheet someone typed into stays.
import { newSchool, setUp } from '../helpers/school';

function sheetNames(s: ReturnType<typeof newSchool>): string[] {
  return s.ws.calls.quietly(() => s.ss.getSheets().map((sheet) => sheet.getName()));
}

describe('the default sheet after setup', () => {
  test('an empty «Лист1» is gone; the add-on’s sheets remain', () => {
    const s = newSchool();
    expect(sheetNames(s)).toEqual(['Лист1']);
    setUp(s);
    const names = sheetNames(s);
    expect(names).not.toContain('Лист1');
    expect(names).toEqual(expect.arrayContaining(['Настройки', 'Педагоги', 'Дорожная карта']));
  });

  test('a «Лист1» with something typed in it stays, and a second setup changes nothing', () => {
    const s = newSchool();
    s.ws.calls.quietly(() => s.ss.getSheetByName('Лист1')?.getRange('B3').setValue('заметки куратора'));
    setUp(s);
    expect(sheetNames(s)).toContain('Лист1');
    const before = sheetNames(s);
    setUp(s);
    expect(sheetNames(s)).toEqual(before);
  });
});
