// Setup and the banks fed by Google Forms (roadmap 2.1, 2.2, 3.1), through the real build/Code.js
// on the emulator.
import {
  CURATOR,
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  sheetValues,
  type School,
} from '../helpers/school';
import { SHEETS, SHEET_ORDER, headersOf } from '../../src/server/schema';

function submitRequest(school: School, answers: Record<string, string | string[]>) {
  const { requests } = formIds(school);
  return school.ws.forms.submit(requests.formId, answers);
}

function triggersOf(school: School) {
  return school.ws.calls.quietly(() =>
    school.gas.ScriptApp.getProjectTriggers()
      .map((t) => t.getHandlerFunction())
      .sort(),
  );
}

describe('setup', () => {
  it('creates every sheet, the intake, monitoring (both stages) and plan forms and the two triggers on an empty spreadsheet', () => {
    const school = newSchool();
    const summary = setUp(school);
    expect(summary).toMatch(/Созданы листы/);
    const names = school.ss.getSheets().map((s) => s.getName());
    for (const key of SHEET_ORDER) expect(names).toContain(SHEETS[key].name);
    for (const key of SHEET_ORDER) {
      const header = sheetValues(school, SHEETS[key].name)[0];
      expect(header.slice(0, headersOf(SHEETS[key]).length)).toEqual(headersOf(SHEETS[key]));
    }
    const forms = formIds(school);
    expect(Object.keys(forms).sort()).toEqual([
      'curatorAssessment',
      'mentors',
      'monitoringMentee',
      'monitoringMentor',
      'planMark',
      'requests',
      'selfAssessment',
    ]);
    expect(names).toContain('Ответы: запросы педагогов');
    expect(triggersOf(school)).toEqual(['dailyRunTrigger', 'onFormSubmitTrigger']);
    const settings = sheetRecords(school, 'Настройки');
    const value = (name: string) => settings.find((r) => r['Параметр'] === name)?.['Значение'];
    expect(value('Учебный год')).toBe('2026/2027');
    expect(value('Куратор (email)')).toBe(CURATOR);
    expect(value('Форма запросов')).toMatch(/^https:\/\/docs\.google\.com\/forms\//);
    expect(sheetRecords(school, 'Темы').length).toBeGreaterThanOrEqual(12);
  });

  it('run twice yields the same workbook, forms and triggers', () => {
    const school = newSchool();
    setUp(school);
    const before = {
      sheets: school.ss.getSheets().map((s) => s.getName()),
      forms: formIds(school),
      triggers: triggersOf(school),
    };
    const summary = setUp(school);
    expect(summary).toMatch(/ничего менять не потребовалось/);
    expect(school.ss.getSheets().map((s) => s.getName())).toEqual(before.sheets);
    expect(formIds(school)).toEqual(before.forms);
    expect(triggersOf(school)).toEqual(before.triggers);
  });

  it('a second curator running setup adds no second set of triggers; taking reminders over moves them', () => {
    const school = newSchool();
    setUp(school);
    school.ws.user = 'deputy@school2.example';
    school.ws.calls.quietly(() => school.ss.addEditor('deputy@school2.example'));
    setUp(school);
    const all = () => school.ws.script.triggers.map((t) => `${t.handler}:${t.owner}`).sort();
    expect(all()).toEqual([
      'dailyRunTrigger:curator@school2.example',
      'onFormSubmitTrigger:curator@school2.example',
    ]);
    school.app.setReminders(true);
    expect(all()).toEqual([
      'dailyRunTrigger:curator@school2.example',
      'dailyRunTrigger:deputy@school2.example',
      'onFormSubmitTrigger:curator@school2.example',
      'onFormSubmitTrigger:deputy@school2.example',
    ]);
    // Both triggers fire for a response; only the new owner's takes it in, once.
    submitRequest(
      school,
      requestAnswers({ name: 'Смирнов Олег Игоревич', email: 'smirnov@school2.example' }, ['Дисциплина']),
    );
    expect(sheetRecords(school, 'Банк наставляемых')).toHaveLength(1);
    const journal = sheetRecords(school, 'Журнал').filter((r) =>
      String(r['Действие']).startsWith('Добавлено'),
    );
    expect(journal).toHaveLength(1);
    // The former owner's daily trigger stands down for good on its next run.
    school.ws.script.advanceDays(1);
    expect(all()).toEqual([
      'dailyRunTrigger:deputy@school2.example',
      'onFormSubmitTrigger:curator@school2.example',
      'onFormSubmitTrigger:deputy@school2.example',
    ]);
  });

  it('after staff deleted a sheet and moved columns, restores the sheet and keeps their data', () => {
    const school = newSchool();
    setUp(school);
    submitRequest(
      school,
      requestAnswers({ name: 'Иванова Мария Петровна', email: 'ivanova@school2.example' }, [
        'Методика урока',
      ]),
    );
    school.ws.calls.quietly(() => {
      school.ss.deleteSheet(school.ss.getSheetByName('Темы') as GoogleAppsScript.Spreadsheet.Sheet);
      const bank = school.ss.getSheetByName('Банк наставляемых') as GoogleAppsScript.Spreadsheet.Sheet;
      const values = bank.getDataRange().getValues();
      // Move Email to the front, drop nothing, and add a column of their own.
      const moved = values.map((r, i) => [r[1], r[0], ...r.slice(2), i === 0 ? 'Заметки' : 'позвонить']);
      bank.getRange(1, 1, moved.length, moved[0].length).setValues(moved);
    });
    setUp(school);
    expect(school.ss.getSheetByName('Темы')).not.toBeNull();
    const rows = sheetRecords(school, 'Банк наставляемых');
    expect(rows).toHaveLength(1);
    expect(rows[0]['ФИО']).toBe('Иванова Мария Петровна');
    expect(rows[0]['Заметки']).toBe('позвонить');
    // The next response still lands in the right columns.
    submitRequest(
      school,
      requestAnswers({ name: 'Иванова Мария Петровна', email: 'IVANOVA@school2.example' }, ['Оценивание']),
    );
    const after = sheetRecords(school, 'Банк наставляемых');
    expect(after).toHaveLength(1);
    expect(after[0]['Email']).toBe('ivanova@school2.example');
    expect(after[0]['Запрос (темы)']).toBe('Оценивание');
    expect(after[0]['Заметки']).toBe('позвонить');
  });
});

describe('intake', () => {
  it('200 responses with repeats, duplicates, upper case and formula-like text give one row per teacher, the latest answers, no formulas', () => {
    const school = newSchool();
    setUp(school);
    const nasty = ['=HYPERLINK("http://evil.example","x")', '+7 912 345-67-89', '-', '@admin', '=1+1'];
    const latest = new Map<string, string>();
    for (let i = 0; i < 200; i++) {
      const n = i % 60;
      const email = (n % 3 === 0 ? `Teacher${n}@School2.example` : `teacher${n}@school2.example`).toString();
      const description = i % 7 === 0 ? nasty[i % nasty.length] : `запрос №${i}`;
      school.ws.clock.tick(60_000);
      const event = submitRequest(
        school,
        requestAnswers(
          { name: `Педагогова${n} Анна Ивановна`, email, subject: nasty[n % nasty.length] },
          ['Методика урока', 'Оценивание'],
          'Любая',
          description,
        ),
      );
      latest.set(email.toLowerCase(), description);
      if (i % 10 === 0) school.ws.forms.redeliver(event);
    }
    const rows = sheetRecords(school, 'Банк наставляемых');
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r['Email'])).size).toBe(60);
    for (const row of rows) expect(row['Запрос (описание)']).toBe(latest.get(String(row['Email'])));
    const formulas = school.ws.calls.quietly(() => {
      const out: string[] = [];
      for (const sheet of school.ss.getSheets()) {
        for (const r of sheet.getDataRange().getFormulas())
          for (const f of r) if (f) out.push(`${sheet.getName()}: ${f}`);
      }
      return out;
    });
    expect(formulas).toEqual([]);
    expect(rows.some((r) => r['Предмет'] === '=HYPERLINK("http://evil.example","x")')).toBe(true);
    expect(rows.some((r) => r['Предмет'] === '+7 912 345-67-89')).toBe(true);
    // Every teacher is linked to Педагоги, once.
    expect(sheetRecords(school, 'Педагоги')).toHaveLength(60);
  });

  it('the same event delivered twice changes nothing the second time, and a blank event is ignored', () => {
    const school = newSchool();
    setUp(school);
    const event = submitRequest(
      school,
      requestAnswers({ name: 'Смирнов Олег Игоревич', email: 'smirnov@school2.example' }, ['Дисциплина']),
    );
    const before = sheetValues(school, 'Банк наставляемых');
    const journal = sheetValues(school, 'Журнал').length;
    school.ws.forms.redeliver(event);
    school.ws.forms.deliverBlank(event);
    expect(sheetValues(school, 'Банк наставляемых')).toEqual(before);
    expect(sheetValues(school, 'Журнал').length).toBe(journal);
  });

  it('a mentor who ticks consent gets Согласие (дата); a bad email is reported in Журнал, not lost', () => {
    const school = newSchool();
    setUp(school);
    // Only a typed address can be malformed: a school whose forms do not verify addresses.
    school.app.saveSettings({ verifyEmail: 'нет' });
    setUp(school);
    const { mentors, requests } = formIds(school);
    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers({ name: 'Петрова Анна Сергеевна', email: 'petrova@school2.example' }, ['Методика урока']),
    );
    const mentor = sheetRecords(school, 'Банк наставников')[0];
    expect(mentor['Статус']).toBe('Активен');
    expect(Object.prototype.toString.call(mentor['Согласие (дата)'])).toBe('[object Date]');
    expect(mentor['Макс. наставляемых']).toBe(2);
    school.ws.forms.submit(
      requests.formId,
      requestAnswers({ name: 'Без Почты', email: 'ivanov@' }, ['Методика урока']),
    );
    expect(sheetRecords(school, 'Банк наставляемых')).toHaveLength(0);
    const log = sheetRecords(school, 'Журнал').map((r) => String(r['Подробности']));
    expect(log.some((l) => l.includes('«ivanov@» не похож на адрес электронной почты'))).toBe(true);
    expect(sheetRecords(school, 'Ответы: запросы педагогов')).toHaveLength(1);
  });

  it('one intake makes the same number of Sheets calls whatever the bank size', () => {
    const counts: number[] = [];
    for (const size of [5, 300]) {
      const school = newSchool();
      setUp(school);
      for (let i = 0; i < size; i++)
        submitRequest(
          school,
          requestAnswers({ name: `Учитель${i} А. Б.`, email: `t${i}@school2.example` }, ['Оценивание']),
        );
      school.ws.calls.reset();
      submitRequest(
        school,
        requestAnswers({ name: 'Новый Учитель', email: 'new@school2.example' }, ['Оценивание']),
      );
      const sheetsCalls = Object.entries(school.ws.calls.snapshot())
        .filter(([k]) => /^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./.test(k))
        .reduce((n, [, v]) => n + v, 0);
      counts.push(sheetsCalls);
      // Topics, the bank, Педагоги, the service sheet's cursors, the new response rows, Журнал's
      // header, and a re-read of each written sheet right before its write (staff's edits kept).
      expect(school.ws.calls.count('Range.getValues')).toBeLessThanOrEqual(8);
      expect(school.ws.calls.count('Range.setValues')).toBeLessThanOrEqual(5);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('who may call the server', () => {
  it('a user who may not edit the spreadsheet is refused by every sidebar function, in Russian', () => {
    const school = newSchool();
    setUp(school);
    // A viewer can open the spreadsheet (and so the add-on); a stranger could not open it at all.
    school.ws.share(school.ss.getId(), 'stranger@elsewhere.example', 'viewer');
    school.ws.user = 'stranger@elsewhere.example';
    for (const call of [
      () => school.app.getDashboard(),
      () => school.app.proposePairs(),
      () => school.app.saveSettings({ city: 'X' }),
    ]) {
      expect(call).toThrow(/нет прав на редактирование этой таблицы/);
    }
  });
});

describe('«Проверить данные»', () => {
  it('names the sheet, row and column of what staff typed wrong, and the dashboard still loads', () => {
    const school = newSchool();
    setUp(school);
    school.ws.calls.quietly(() => {
      const roadmap = school.ss.getSheetByName('Дорожная карта')!;
      roadmap.getRange(4, 4).setValue("'31.02");
      const teachers = school.ss.getSheetByName('Педагоги')!;
      teachers.getRange(2, 1, 2, 2).setValues([
        ['Иванов Иван Иванович', 'ivanov@'],
        ['Петров Пётр Петрович', 'petrov@school2.example'],
      ]);
    });
    const { lines } = school.app.checkWorkbook() as { lines: string[] };
    expect(lines).toEqual(
      expect.arrayContaining([
        'Дорожная карта, строка 4, столбец Срок: «31.02» — не срок (ожидается 01.10, 1 октября, 01.10.2026, «Ежегодно» или «Постоянно»)',
        'Педагоги, строка 2, столбец Email: «ivanov@» — не похоже на адрес электронной почты',
      ]),
    );
    const dashboard = school.app.getDashboard() as { roadmap: unknown[]; warnings: Array<{ text: string }> };
    expect(dashboard.roadmap).toHaveLength(14);
    expect(dashboard.warnings.map((w) => w.text)).toContain(
      'Педагоги, строка 2, столбец Email: «ivanov@» — не похоже на адрес электронной почты',
    );
  });
});
