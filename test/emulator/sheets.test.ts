// Conformance of the emulated SpreadsheetApp. Each behaviour names the reference page it follows
// (developers.google.com/apps-script/reference/spreadsheet/...); "(check)" marks behaviour the
// reference does not state, mirrored from what Sheets does.
import { createWorkspace, Workspace } from '../../dev/workspace';

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function setup(): { ws: Workspace; app: SA; ss: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00' });
  ws.createSpreadsheet('Наставничество — СОШ №2');
  const app = ws.globals().SpreadsheetApp as SA;
  return { ws, app, ss: app.getActiveSpreadsheet() };
}

describe('SpreadsheetApp', () => {
  // spreadsheet-app#getactivespreadsheet: null where there is no container (add-on time trigger).
  test('getActive is null without an active spreadsheet', () => {
    const { ws, app } = setup();
    ws.activeSpreadsheetId = null;
    expect(app.getActive()).toBeNull();
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  // spreadsheet-app#getui: only from a context with a document. (check) exact message.
  test('getUi throws outside a document', () => {
    const { ws, app } = setup();
    ws.activeSpreadsheetId = null;
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  // spreadsheet-app#createname / #createname,-rows,-columns
  test('create registers a Drive file with one sheet «Лист1» of 1000 × 26', () => {
    const { ws, app } = setup();
    const ss = app.create('Архив');
    expect(ws.drive.get(ss.getId())?.kind).toBe('spreadsheet');
    expect(ss.getName()).toBe('Архив');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect([ss.getSheets()[0].getMaxRows(), ss.getSheets()[0].getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    const small = app.create('Малая', 10, 3);
    expect([small.getSheets()[0].getMaxRows(), small.getSheets()[0].getMaxColumns()]).toEqual([10, 3]);
  });

  // spreadsheet-app#openbyidid, #openbyurlurl. (check) the message for an unknown id.
  test('openById and openByUrl open a known file and throw for an unknown one', () => {
    const { app, ss } = setup();
    expect(app.openById(ss.getId()).getName()).toBe(ss.getName());
    expect(app.openByUrl(ss.getUrl()).getId()).toBe(ss.getId());
    expect(() => app.openById('nope')).toThrow(/openById/);
  });

  test('anything not emulated throws "Not emulated"', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1') as unknown as Record<string, unknown>;
    expect(() => range.someMethod).toThrow('Not emulated: Range.someMethod');
    expect(() => (ss as unknown as Record<string, unknown>).getNamedRanges).toThrow(
      'Not emulated: Spreadsheet.getNamedRanges',
    );
  });

  test('calls are counted per Class.method', () => {
    const { ws, ss } = setup();
    ws.calls.reset();
    ss.getSheets()[0].getRange('A1:B2').getValues();
    expect(ws.calls.count('Range.getValues')).toBe(1);
    expect(ws.calls.count('Sheet.getRange')).toBe(1);
  });
});

describe('Spreadsheet', () => {
  // spreadsheet#insertsheetsheetname,-sheetindex: 0-based index; the new sheet becomes active.
  test('insertSheet places the sheet, activates it and refuses a duplicate name', () => {
    const { ss } = setup();
    ss.insertSheet('Педагоги');
    const first = ss.insertSheet('Настройки', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Настройки', 'Лист1', 'Педагоги']);
    expect(first.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Настройки');
    expect(() => ss.insertSheet('Педагоги')).toThrow(
      'A sheet with the name "Педагоги" already exists. Please enter another name.',
    );
  });

  // spreadsheet#getsheetbynamename: null when absent.
  test('getSheetByName returns null for a missing sheet; deleteSheet removes one', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Нет')).toBeNull();
    const sheet = ss.insertSheet('Журнал');
    ss.deleteSheet(sheet);
    expect(ss.getSheetByName('Журнал')).toBeNull();
    // (check) the last sheet cannot be removed.
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow();
  });

  // spreadsheet#getrangea1notation
  test('getRange takes a sheet-qualified A1', () => {
    const { ss } = setup();
    ss.insertSheet('Пары');
    const range = ss.getRange("'Пары'!B2:C3");
    expect(range.getSheet().getName()).toBe('Пары');
    expect(range.getA1Notation()).toBe('B2:C3');
  });

  // spreadsheet#geteditors (includes the owner), #addeditoremailaddress, #removeeditoremailaddress
  test('editors and owner are User objects', () => {
    const { ws, ss } = setup();
    ss.addEditor('deputy@school.example');
    expect(ss.getOwner()?.getEmail()).toBe(ws.user);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([ws.user, 'deputy@school.example']);
    ss.removeEditor('deputy@school.example');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([ws.user]);
  });

  // spreadsheet#toastmsg,-title,-timeoutseconds
  test('toast is recorded', () => {
    const { ws, ss } = setup();
    ss.toast('Готово', 'Наставничество', 3);
    expect(ws.sheets.toasts).toEqual([
      expect.objectContaining({ message: 'Готово', title: 'Наставничество' }),
    ]);
  });

  // spreadsheet#rename, #setspreadsheettimezonetimezone
  test('rename and time zone', () => {
    const { ss } = setup();
    ss.rename('Новое имя');
    ss.setSpreadsheetTimeZone('Asia/Yekaterinburg');
    expect([ss.getName(), ss.getSpreadsheetTimeZone()]).toEqual(['Новое имя', 'Asia/Yekaterinburg']);
  });
});

describe('Sheet', () => {
  // sheet#getrangerow,-column and its three siblings, sheet#getrangea1notation
  test('getRange in every form', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange('A1:C10').getNumRows()).toBe(10);
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('1:1').getNumColumns()).toBe(26);
    expect(sheet.getRange('B2:C').getLastRow()).toBe(1000);
  });

  // Google's messages for bad coordinates (sheet#getrangerow,-column,-numrows,-numcolumns). (check)
  test('getRange rejects empty and outside ranges with Google messages', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  // sheet#getlastrow / #getlastcolumn: last row/column with content; 0 when empty.
  test('getLastRow and getLastColumn follow content', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  // sheet#appendrowrowcontents: after the last row with content; the sheet grows.
  test('appendRow writes after the last row and grows the sheet', () => {
    const { app } = setup();
    const sheet = app.create('t', 2, 2).getSheets()[0];
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    sheet.appendRow(['c', 3, true]);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getMaxColumns()).toBe(3);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 1, ''],
      ['b', 2, ''],
      ['c', 3, true],
    ]);
  });

  // sheet#insertrowsafterafterposition,-howmany, #deleterowsrowposition,-howmany
  test('inserting and deleting rows shifts content and resizes the sheet', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([['1'], ['2'], ['3']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([1, '', '', 2, 3]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual([1, 2, 3]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getValue()).toBe(1);
    sheet.deleteRow(1);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(() => sheet.deleteRows(1000, 5)).toThrow('Those rows are out of bounds.');
  });

  // sheet#setfrozenrowsrows, #hidesheet, #protect, protection#removeeditorsemailaddresses
  test('frozen rows, hiding and protection', () => {
    const { ws, ss } = setup();
    const sheet = ss.insertSheet('Журнал');
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    ss.addEditor('staff@school.example');
    const protection = sheet.protect().setDescription('Журнал надстройки').setWarningOnly(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([ws.user, 'staff@school.example']);
    protection.removeEditors(protection.getEditors());
    // The owner always stays an editor.
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([ws.user]);
    expect(protection.isWarningOnly()).toBe(false);
    expect(sheet.getProtections((ws.globals().SpreadsheetApp as SA).ProtectionType.SHEET)).toHaveLength(1);
    protection.remove();
    expect(sheet.getProtections('SHEET' as never)).toHaveLength(0);
  });

  // sheet#setactiverangerange: recorded so tests can see what the add-on selected.
  test('setActiveSelection and activate record the selection', () => {
    const { ws, ss } = setup();
    const sheet = ss.insertSheet('Пары');
    ss.setActiveSheet(ss.getSheets()[0]);
    sheet.setActiveSelection('A5:C5');
    expect(ss.getActiveSheet().getName()).toBe('Пары');
    expect(ws.sheets.snapshot(ss.getId()).sheets[1].selection).toBe('A5:C5');
    sheet.getRange(7, 1).activate();
    expect(ss.getActiveRange()?.getA1Notation()).toBe('A7');
  });
});

describe('Range values', () => {
  // range#setvaluesvalues / #getvalues: numbers, booleans, dates as Date, blanks as ''.
  test('values read back with their types', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:D2');
    const date = new Date('2026-09-01T00:00:00+03:00');
    range.setValues([
      [1.5, true, date, 'текст'],
      ['', null, 0, false],
    ]);
    const values = range.getValues();
    expect(values[0][0]).toBe(1.5);
    expect(values[0][1]).toBe(true);
    expect(values[0][2]).toBeInstanceOf(Date);
    expect((values[0][2] as Date).getTime()).toBe(date.getTime());
    expect(values[1]).toEqual(['', '', 0, false]);
  });

  // range#setvaluesvalues: Google's messages for wrong dimensions.
  test('setValues with the wrong shape throws Google messages', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:B3');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([[1], [2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3], [4, 5]])).toThrow(/The data has 1 but the range has 2/);
  });

  // USER_ENTERED parsing of strings (range#setvaluevalue; guides: "values are interpreted as if
  // typed"). (check) ru_RU specifics: "3,5" is a number, dd.MM.yyyy a date.
  test('strings are parsed as typed in a ru_RU spreadsheet', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    const range = sheet.getRange('A1:J1');
    range.setValues([
      [
        '42',
        '3,5',
        'TRUE',
        '01.09.2026',
        '2026-09-15',
        "'=не формула",
        "'007",
        '-abc',
        '+7 999 123-45-67',
        'Иванов',
      ],
    ]);
    const v = range.getValues()[0];
    expect(v.slice(0, 3)).toEqual([42, 3.5, true]);
    expect(v[3]).toBeInstanceOf(Date);
    expect(range.getDisplayValues()[0][3]).toBe('01.09.2026');
    expect(range.getDisplayValues()[0][4]).toBe('15.09.2026');
    expect(v[5]).toBe('=не формула');
    expect(v[6]).toBe('007');
    expect(range.getFormulas()[0][5]).toBe('');
    // Text starting with + or - that is no number becomes a failing formula (check).
    expect(range.getFormulas()[0][7]).toBe('=-abc');
    expect(v[7]).toBe('#NAME?');
    expect(v[8]).toBe('#ERROR!');
    expect(v[9]).toBe('Иванов');
  });

  // Plain-text format '@' keeps strings verbatim (range#setnumberformatnumberformat).
  test('cells formatted as plain text keep strings verbatim', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:B1');
    range.setNumberFormat('@');
    range.setValues([['007', '=1+1']]);
    expect(range.getValues()).toEqual([['007', '=1+1']]);
    expect(range.getFormulas()).toEqual([['', '']]);
  });

  // range#setformulaformula, #getformulas, #getvalues (the formula's result).
  test('formulas are stored and evaluated', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[2], [3], ['x']]);
    sheet.getRange('B1').setFormula('=A1*A2+1');
    sheet.getRange('B2').setFormula('=SUM(A1:A3)');
    sheet.getRange('B3').setFormula('=COUNTA(A:A)');
    sheet.getRange('B4').setFormula('=HYPERLINK("https://docs.google.com/x"; "Приказ")');
    sheet.getRange('B5').setFormula('=HYPERLINK("https://docs.google.com/x", "Программа")');
    sheet.getRange('B6').setFormula('=VLOOKUP(1, A:A, 1)');
    sheet.getRange('B7').setFormula('="Итого: "&A1');
    sheet.getRange('B8').setFormula('=A1/0');
    expect(sheet.getRange('B1:B8').getValues().flat()).toEqual([
      7,
      5,
      3,
      'Приказ',
      'Программа',
      '#NAME?',
      'Итого: 2',
      '#DIV/0!',
    ]);
    expect(sheet.getRange('B2').getFormula()).toBe('=SUM(A1:A3)');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  // range#getdisplayvalues: the number format and the locale apply. (check) ru_RU separators.
  test('display values follow number formats', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:E1');
    range.setValues([[3.14159, 2, 46266, 46266.375, 'x']]);
    range.setNumberFormats([['0.00', '0', 'yyyy-MM-dd', 'HH:mm', '@']]);
    expect(range.getDisplayValues()).toEqual([['3,14', '2', '2026-09-01', '09:00', 'x']]);
    expect(range.getNumberFormats()[0][0]).toBe('0.00');
    // A date format turns the number into a Date for getValues.
    expect(range.getValues()[0][2]).toBeInstanceOf(Date);
    // (check) the automatic format's name.
    expect(ss.getSheets()[0].getRange('Z1').getNumberFormat()).toBe('0.###############');
  });

  // Dates are serials in the spreadsheet's time zone: midnight in Moscow stays the same day.
  test('dates are stored in the spreadsheet time zone', () => {
    const { ss } = setup();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue(new Date('2026-09-01T00:00:00+03:00'));
    expect(cell.getDisplayValue()).toBe('01.09.2026');
    // A cell keeps the format it already has; a fresh cell shows the time too (check).
    cell.setValue(new Date('2026-09-01T09:30:00+03:00'));
    expect(cell.getDisplayValue()).toBe('01.09.2026');
    const fresh = ss.getSheets()[0].getRange('B1');
    fresh.setValue(new Date('2026-09-01T09:30:00+03:00'));
    expect(fresh.getDisplayValue()).toBe('01.09.2026 9:30:00');
  });

  // range#clearcontent, #clear, #offset, #getcellrow,-column
  test('clearing and offsets', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    const range = sheet.getRange('A1:B2');
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.setFontWeight('bold').setBackground('#eeeeee');
    expect(range.offset(1, 1).getA1Notation()).toBe('B2:C3');
    expect(range.getCell(2, 2).getValue()).toBe(4);
    range.clearContent();
    expect(range.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(range.getFontWeight()).toBe('bold');
    range.clear();
    expect(range.getBackground()).toBe('#ffffff');
  });
});

describe('Data validation', () => {
  // data-validation-builder#requirevalueinlistvalues,-showdropdown; data-validation#getcriteriavalues
  test('a list rule reads back its criteria', () => {
    const { app, ss } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Предложена', 'Согласована'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите статус')
      .build();
    const range = ss.getSheets()[0].getRange('A2:A10');
    range.setDataValidation(rule);
    const got = range.getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Предложена', 'Согласована'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Выберите статус');
    expect(ss.getSheets()[0].getRange('A1').getDataValidation()).toBeNull();
  });

  // data-validation-builder#setallowinvalidallowinvalidData: the default is true (warning only).
  test('setAllowInvalid defaults to true', () => {
    const { app } = setup();
    expect(app.newDataValidation().requireCheckbox().build().getAllowInvalid()).toBe(true);
  });

  // A rejecting rule refuses a script write. (check) exact wording.
  test('a rejecting rule refuses an invalid write and lets a valid one through', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet
      .getRange('B1:B5')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build(),
      );
    sheet.getRange('B1').setValue('да');
    expect(() => sheet.getRange('B2').setValue('может быть')).toThrow(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('B2').getValue()).toBe('');
    sheet
      .getRange('C1')
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet.getRange('C1').setValue('01.09.2026');
    expect(() => sheet.getRange('C1').setValue('скоро')).toThrow(/C1/);
  });

  // range#insertcheckboxes: checkbox rule, every cell false.
  test('insertCheckboxes', () => {
    const { app, ss } = setup();
    const range = ss.getSheets()[0].getRange('D1:D3');
    range.insertCheckboxes();
    expect(range.getValues()).toEqual([[false], [false], [false]]);
    expect(range.getDataValidations()[1][0]?.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
  });

  // data-validation-builder#requirevalueinrangerange,-showdropdown
  test('a range rule reads back its range', () => {
    const { app, ss } = setup();
    const topics = ss.insertSheet('Темы');
    topics.getRange('A1:A2').setValues([['Оценивание'], ['Инклюзия']]);
    const rule = app
      .newDataValidation()
      .requireValueInRange(topics.getRange('A1:A2'))
      .setAllowInvalid(false)
      .build();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setDataValidation(rule);
    const [range] = cell.getDataValidation()!.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range];
    expect(range.getA1Notation()).toBe('A1:A2');
    cell.setValue('Инклюзия');
    expect(() => cell.setValue('Другое')).toThrow(/violates/);
  });
});

describe('Node-side helpers and state', () => {
  test('editCell types like a person; snapshot gives plain arrays', () => {
    const { ws, ss } = setup();
    const sheet = ss.getSheets()[0];
    ws.sheets.editCell(sheet, 1, 1, '=2+2');
    ws.sheets.editCell(ss.getId(), 'Лист1', 1, 2, '05.10.2026');
    const snap = ws.sheets.snapshot(ss.getId());
    expect(snap.sheets[0].formulas).toEqual([['=2+2', '']]);
    expect(snap.sheets[0].display).toEqual([['4', '05.10.2026']]);
  });

  test('a saved Workspace loads with values, formulas, formats, validations and dates', () => {
    const { ws, app, ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:C1').setValues([['Иванов', '=1+1', new Date('2026-09-01T00:00:00+03:00')]]);
    sheet.getRange('D1').setNumberFormat('0.00').setValue(2);
    sheet.getRange('E1').setDataValidation(app.newDataValidation().requireCheckbox().build());
    const copy = Workspace.fromState(JSON.parse(JSON.stringify(ws.toState())));
    const again = (copy.globals().SpreadsheetApp as SA).getActive().getSheets()[0];
    expect(again.getRange('A1:D1').getDisplayValues()).toEqual([['Иванов', '2', '01.09.2026', '2,00']]);
    expect(again.getRange('C1').getValue()).toBeInstanceOf(Date);
    expect(again.getRange('B1').getFormula()).toBe('=1+1');
    expect(again.getRange('E1').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
  });

  test('a district-size sheet reads and writes in milliseconds', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.insertRowsAfter(1000, 4000);
    const rows = Array.from({ length: 5000 }, (_, i) =>
      Array.from({ length: 20 }, (_, j) => (j === 0 ? `t${i}@school.example` : j === 1 ? i : `Текст ${j}`)),
    );
    const started = performance.now();
    sheet.getRange(1, 1, 5000, 20).setValues(rows);
    const values = sheet.getRange(1, 1, 5000, 20).getValues();
    expect(values[4999][1]).toBe(4999);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('signatures as Google has them (surface.ts)', () => {
  // spreadsheet#toast(String,String,Number): «if null, the toast defaults to 5 seconds».
  test('toast with a null timeout shows for the default 5 seconds', () => {
    const { ws, ss } = setup();
    ss.toast('Готово', 'Наставничество', null);
    ss.toast('Ещё', 'Наставничество', -1);
    expect(ws.sheets.toasts.map((t) => t.timeoutSeconds)).toEqual([5, -1]);
  });

  // spreadsheet#insertSheet(Object): the options copy a template sheet, which is not emulated.
  test('insertSheet with options is not emulated', () => {
    const { ss } = setup();
    const template = ss.getSheets()[0];
    expect(() => ss.insertSheet({ template })).toThrow('Not emulated: Spreadsheet.insertSheet with options');
    expect(() => ss.insertSheet('Копия', 1, { template })).toThrow('Not emulated');
    expect(ss.getNumSheets()).toBe(1);
  });

  // sheet#clear(Object): contentsOnly keeps the formats, formatOnly the values.
  test('Sheet.clear takes contentsOnly and formatOnly', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    const cell = sheet.getRange('A1');
    cell.setValue(7).setBackground('#eeeeee');
    sheet.clear({ formatOnly: true });
    expect([cell.getValue(), cell.getBackground()]).toEqual([7, '#ffffff']);
    cell.setBackground('#eeeeee');
    sheet.clear({ contentsOnly: true });
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#eeeeee']);
    cell.setValue(8);
    sheet.clear();
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#ffffff']);
  });

  // range#clear(Object): commentsOnly clears only comments, which are not stored here.
  test('Range.clear({ commentsOnly }) keeps values and formats', () => {
    const { ss } = setup();
    const cell = ss.getSheets()[0].getRange('B2');
    cell.setValue('текст').setBackground('#eeeeee');
    cell.clear({ commentsOnly: true });
    expect([cell.getValue(), cell.getBackground()]).toEqual(['текст', '#eeeeee']);
  });

  // range#insertCheckboxes(Object), #insertCheckboxes(Object,Object): custom checked and
  // unchecked values; the cells take the unchecked value, or the empty string without one.
  test('insertCheckboxes with custom values', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    const checkedOnly = sheet.getRange('E1:E2');
    checkedOnly.insertCheckboxes('да');
    expect(checkedOnly.getValues()).toEqual([[''], ['']]);
    expect(checkedOnly.getDataValidation()?.getCriteriaValues()).toEqual(['да']);
    const both = sheet.getRange('F1:F2');
    both.insertCheckboxes('да', 'нет');
    expect(both.getValues()).toEqual([['нет'], ['нет']]);
    const rule = both.getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    expect(rule?.getCriteriaValues()).toEqual(['да', 'нет']);
    both.setValues([['да'], ['нет']]);
    expect(both.getValues()).toEqual([['да'], ['нет']]);
  });
});
