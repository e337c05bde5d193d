// Nothing lost, nothing doubled (issue #15): executions that overlap on the strict emulator, through
// the real build/Code.js. Form answers that meet a busy spreadsheet are taken later, once; staff's
// edits made while an action runs survive it; the daily run and the sidebar never both write;
// Журнал keeps every line.
import {
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
  type Teacher,
} from '../helpers/school';

const BUSY = 'Таблица занята другим действием надстройки. Повторите через минуту.';

const EVENT = {
  date: '2026-09-01',
  type: 'Круглый стол',
  title: 'Лучшие практики наставничества',
  participants: 'Петрова А. С.',
  responsible: 'Петрова А. С.',
  result: 'Отобраны 3 практики',
  materials: '',
  publication: '',
};

const teacher = (i: number): Teacher => ({
  name: `Учителева${i} Мария Ивановна`,
  email: `teacher${i}@school2.example`,
});

function journal(school: School, action?: string): Array<Record<string, unknown>> {
  return sheetRecords(school, 'Журнал').filter((r) => action === undefined || r['Действие'] === action);
}

function submitRequest(school: School, t: Teacher): void {
  school.ws.forms.submit(formIds(school).requests.formId, requestAnswers(t, ['Оценивание']));
}

function dailyTrigger(school: School) {
  const trigger = school.ws.script.triggers.find((t) => t.handler === 'dailyRunTrigger');
  if (!trigger?.next) throw new Error('no daily trigger');
  return trigger;
}

/** Runs `fn` as the curator in the spreadsheet, from inside an execution with no document. */
function inSpreadsheet<T>(school: School, fn: () => T): T {
  const saved = school.ws.activeSpreadsheetId;
  school.ws.activeSpreadsheetId = school.ss.getId();
  try {
    return fn();
  } finally {
    school.ws.activeSpreadsheetId = saved;
  }
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('no answer lost', () => {
  it('three requests that arrive while an action holds the spreadsheet are all in the bank after the next daily run, once each', () => {
    const school = newSchool();
    setUp(school);
    const teachers = [0, 1, 2].map(teacher);
    // In the middle of the curator's action, three teachers answer; the action takes two minutes.
    school.ws.duringCall(
      'Range.getValues',
      () => {
        for (const t of teachers) submitRequest(school, t);
        school.ws.clock.tick(60_000);
      },
      { handler: 'saveSettings' },
    );
    expect(school.app.saveSettings({ city: 'Энск' })).toMatchObject({ message: expect.any(String) });
    expect(school.ws.clearHooks()).toBe(0);
    // Each trigger found the spreadsheet busy and left its row on the response sheet, without failing.
    expect(school.ws.executions.finished.filter((e) => e.handler === 'onFormSubmitTrigger')).toHaveLength(3);
    expect(school.ws.script.failures).toEqual([]);
    expect(sheetRecords(school, 'Ответы: запросы педагогов')).toHaveLength(3);
    expect(sheetRecords(school, 'Банк наставляемых')).toHaveLength(0);

    school.ws.script.advanceDays(1);
    const emails = () => sheetRecords(school, 'Банк наставляемых').map((r) => r['Email']);
    expect(emails().sort()).toEqual(teachers.map((t) => t.email));
    expect(journal(school, 'Добавлено в «Банк наставляемых»')).toHaveLength(3);
    const actions = journal(school).map((r) => String(r['Действие']));
    expect(actions).not.toContain('Ответ формы не принят');
    expect(actions).not.toContain('Ответы формы не внесены');

    // The next answer's trigger and the next daily run take nothing twice.
    submitRequest(school, teacher(3));
    school.ws.script.advanceDays(1);
    expect(emails()).toHaveLength(4);
    expect(new Set(emails()).size).toBe(4);
    expect(journal(school, 'Добавлено в «Банк наставляемых»')).toHaveLength(4);
    expect(school.ws.script.failures).toEqual([]);
  });

  it('a rejected answer that met a busy spreadsheet is named in Журнал once, however many sweeps pass it', () => {
    const school = newSchool();
    setUp(school);
    // Only a typed address can be malformed: a school whose forms do not verify addresses.
    school.app.saveSettings({ verifyEmail: 'нет' });
    setUp(school);
    school.ws.duringCall(
      'Range.getValues',
      () =>
        school.ws.forms.submit(
          formIds(school).requests.formId,
          requestAnswers({ name: 'Без Почты', email: 'ivanov@' }, ['Оценивание']),
        ),
      { handler: 'saveSettings' },
    );
    school.app.saveSettings({ city: 'Энск' });
    expect(school.ws.clearHooks()).toBe(0);
    submitRequest(school, teacher(1));
    school.ws.script.advanceDays(2);
    submitRequest(school, teacher(2));
    const named = journal(school, 'Ответ формы не принят').map((r) => r['Подробности']);
    expect(named).toEqual([
      'Ответы: запросы педагогов, строка 2: адрес «ivanov@» не похож на адрес электронной почты. Ответ сохранён на листе ответов, в «Банк наставляемых» не внесён — исправьте адрес в ответе или внесите строку вручную.',
    ]);
    expect(sheetRecords(school, 'Банк наставляемых')).toHaveLength(2);
  });
});

describe('staff edits survive an action', () => {
  function schoolWithProposals(): School {
    const school = newSchool();
    setUp(school);
    const { mentors } = formIds(school);
    for (let i = 0; i < 2; i++)
      school.ws.forms.submit(
        mentors.formId,
        mentorAnswers(
          { name: `Наставникова${i} Анна Петровна`, email: `mentor${i}@school2.example` },
          ['Оценивание'],
          '2',
        ),
      );
    for (let i = 0; i < 3; i++) submitRequest(school, teacher(i));
    return school;
  }

  /** The 1-based row of the person with this email in a sheet (read as a person would). */
  function rowOf(school: School, sheetName: string, email: string): number {
    const values = school.ss.getSheetByName(sheetName)!.getDataRange().getValues();
    return values.findIndex((r) => r.includes(email)) + 1;
  }

  it('acceptProposals keeps a mentee’s Статус and ФИО a person changed meanwhile, says so, and adds its pairs after a row a person added', () => {
    const school = schoolWithProposals();
    const proposals = school.app.proposePairs() as {
      fingerprint: string;
      proposals: Array<{ key: string; mentees: Array<{ email: string }> }>;
    };
    const mentees = proposals.proposals.flatMap((p) => p.mentees.map((m) => m.email));
    expect(mentees.length).toBeGreaterThanOrEqual(2);
    const [left, renamed] = mentees;
    const bank = 'Банк наставляемых';
    const statusRow = rowOf(school, bank, left);
    // After the action read the sheets, before it writes: a person marks one mentee as gone,
    // corrects another's name, and types a pair of their own under the last one.
    school.ws.duringCall(
      'PropertiesService.getDocumentProperties',
      () =>
        school.ws.asPerson(() => {
          const sheet = school.ss.getSheetByName(bank)!;
          const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
          sheet.getRange(statusRow, header.indexOf('Статус') + 1).setValue('Выбыл');
          sheet
            .getRange(rowOf(school, bank, renamed), header.indexOf('ФИО') + 1)
            .setValue('Иванова Мария Ивановна');
          school.ss
            .getSheetByName('Пары и группы')!
            .appendRow([
              'Вручную-1',
              'Петров Пётр <petrov@school2.example>',
              'Сидоров Сидор <sidorov@school2.example>',
            ]);
        }),
      { handler: 'acceptProposals' },
    );
    const result = school.app.acceptProposals(
      proposals.fingerprint,
      proposals.proposals.map((p) => ({ key: p.key })),
    ) as { message: string };
    expect(school.ws.clearHooks()).toBe(0);

    const rows = sheetRecords(school, bank);
    const byEmail = (email: string) => rows.find((r) => r['Email'] === email)!;
    expect(byEmail(left)['Статус']).toBe('Выбыл');
    expect(byEmail(renamed)['ФИО']).toBe('Иванова Мария Ивановна');
    expect(byEmail(renamed)['Статус']).toBe('В паре');
    const said = `${bank}, строка ${statusRow}, столбец Статус: значение изменили, пока надстройка работала, — оставлено «Выбыл», надстройка записала бы «В паре».`;
    expect(journal(school, 'Правка сохранена').map((r) => r['Подробности'])).toEqual([said]);
    expect(result.message).toContain(said);

    const pairs = sheetRecords(school, 'Пары и группы');
    expect(pairs[0]['ID']).toBe('Вручную-1');
    expect(pairs).toHaveLength(1 + proposals.proposals.length);
  });
});

describe('the daily run and the sidebar', () => {
  it('an action started during the daily run reports the spreadsheet busy and changes nothing; repeated, it works', () => {
    const school = newSchool();
    setUp(school);
    let error = '';
    school.ws.duringCall(
      'Range.setValues',
      () => {
        error = errorOf(() => inSpreadsheet(school, () => school.app.addEvent(EVENT)));
      },
      { handler: 'dailyRunTrigger' },
    );
    school.ws.script.advanceDays(1);
    expect(school.ws.clearHooks()).toBe(0);
    expect(error).toBe(BUSY);
    expect(sheetRecords(school, 'Мероприятия')).toHaveLength(0);
    expect(journal(school, 'Ежедневная проверка сроков')).toHaveLength(1);
    school.app.addEvent(EVENT);
    expect(sheetRecords(school, 'Мероприятия')).toHaveLength(1);
  });

  it('a daily run that fires during an action waits, writes nothing, and the next run does its work', () => {
    const school = newSchool();
    setUp(school);
    const trigger = dailyTrigger(school);
    // The firing that does the day's run: the school's hour, 8:00 in Moscow (05 UTC). A trigger
    // that fires every hour runs idle until then.
    while (new Date(trigger.next as number).getUTCHours() !== 5)
      school.ws.script.advanceTo((trigger.next as number) + 60_000);
    const at = trigger.next as number;
    school.ws.script.advanceTo(at - 60_000);
    // The trigger fires at `at`, while the action holds the spreadsheet; the clock then stands two
    // and a half minutes later (advanceTo cannot end before the runs it fires do).
    school.ws.duringCall('Range.getValues', () => void school.ws.script.advanceTo(at + 150_000), {
      handler: 'addEvent',
    });
    school.app.addEvent(EVENT);
    expect(school.ws.clearHooks()).toBe(0);
    const daily = school.ws.executions.finished.filter(
      (e) => e.handler === 'dailyRunTrigger' && e.start >= at,
    );
    expect(daily).toHaveLength(1);
    expect(school.ws.script.failures).toEqual([]);
    expect(journal(school, 'Ежедневная проверка сроков')).toHaveLength(0);
    expect(school.ws.mail.outbox).toHaveLength(0);
    expect(sheetRecords(school, 'Мероприятия')).toHaveLength(1);

    school.ws.script.advanceDays(1);
    expect(journal(school, 'Ежедневная проверка сроков').length).toBeGreaterThan(0);
    // The reminders due (2.1 and 3.1 are two weeks off) went, a day late rather than never.
    expect(school.ws.mail.outbox.length).toBeGreaterThan(0);
  });
});

describe('Журнал', () => {
  /** A school set up on 1 September; its next daily run writes Журнал last. */
  function makeSchool(): School {
    const s = newSchool();
    setUp(s);
    return s;
  }

  it('a form answer arriving while the daily run writes Журнал: neither execution’s line is lost', () => {
    // The same school twice: the first shows where the daily run's last write (Журнал) comes.
    const twin = makeSchool();
    twin.ws.calls.reset();
    twin.ws.script.advanceDays(1);
    const writes = twin.ws.calls.count('Range.setValues');

    const s = makeSchool();
    s.ws.duringCall('Range.setValues', () => inSpreadsheet(s, () => submitRequest(s, teacher(1))), {
      handler: 'dailyRunTrigger',
      nth: writes,
    });
    s.ws.script.advanceDays(1);
    expect(s.ws.clearHooks()).toBe(0);
    // The answer is taken at the latest by the next event.
    submitRequest(s, teacher(2));
    const lines = journal(s);
    expect(lines.filter((r) => r['Действие'] === 'Ежедневная проверка сроков')).toHaveLength(1);
    expect(
      lines.filter((r) => r['Действие'] === 'Добавлено в «Банк наставляемых»').map((r) => r['Подробности']),
    ).toEqual([`${teacher(1).name} <${teacher(1).email}>`, `${teacher(2).name} <${teacher(2).email}>`]);
    expect(s.ws.script.failures).toEqual([]);
  });
});

describe('«Журнал рассылок»', () => {
  it('a reminder the quota held back is recorded once, then as superseded when a later stage replaces it, never promised', () => {
    const school = newSchool({ mailQuota: 0 });
    setUp(school);
    school.ws.script.advanceTo('2026-09-10T12:00:00+03:00');
    const log = sheetRecords(school, 'Журнал рассылок');
    const keys = log.map((r) => String(r['Ключ']));
    expect(new Set(keys).size).toBe(keys.length);
    const topic = (key: string) => log.find((r) => r['Ключ'] === key)?.['Тема'];
    // Deferred on 2 September (two weeks before 15.09), replaced by the one-week reminder on the 8th.
    const twoWeeks = 'remind|2.1|2026-09-15|14|curator@school2.example';
    expect(topic(`deferred|${twoWeeks}`)).toMatch(/^Отложено \(дневной лимит почты\): Наставничество: /);
    expect(topic(twoWeeks)).toBe('Не отправлено: заменено более поздним напоминанием');
    expect(keys).toContain('deferred|remind|2.1|2026-09-15|7|curator@school2.example');
    expect(keys).not.toContain('remind|2.1|2026-09-15|7|curator@school2.example');
    expect(school.ws.mail.outbox).toHaveLength(0);
    const notes = journal(school, 'Лимит почты').map((r) => String(r['Подробности']));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).not.toMatch(/будут отправлены при следующем запуске/);
  });
});
