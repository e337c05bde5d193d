// Answers from the right person (issue #16, items 3 and 4), through the real build/Code.js on the
// emulator: forms record the verified address or a typed one is checked against «Педагоги»; unknown
// addresses wait under «Неизвестные ответы»; monitoring counts only the pair's members.
import {
  formIds,
  listTeacher,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
  type Teacher,
} from '../helpers/school';

type Unknown = { id: string; email: string; reason: string; form: string };

/** A school whose respondents answer exactly as they would: nobody is listed for them. */
function schoolIn(mode: 'verified' | 'typed'): School {
  const school = newSchool({ listedRespondents: false });
  setUp(school);
  if (mode === 'typed') {
    school.app.saveSettings({ verifyEmail: 'нет' });
    expect(setUp(school)).toMatch(/Перестроен сбор адресов в формах/);
  }
  return school;
}

function ask(school: School, t: Teacher, opts: { account?: string } = {}) {
  const answers = requestAnswers(t, ['Методика урока']);
  if (opts.account) delete answers['Адрес электронной почты'];
  return school.ws.forms.submit(formIds(school).requests.formId, answers, opts);
}

const unknown = (school: School) => school.app.listUnknownAnswers() as Unknown[];
const journalLines = (school: School, action: string) =>
  sheetRecords(school, 'Журнал').filter((r) => r['Действие'] === action);

const IVANOVA = { name: 'Иванова Мария Петровна', email: 'ivanova@school2.example' };

describe('typed addresses are checked against «Педагоги»', () => {
  it('a request typed with another teacher’s email leaves her row alone and waits under «Неизвестные ответы»', () => {
    const school = schoolIn('typed');
    listTeacher(school, IVANOVA.name, IVANOVA.email);
    // Her own answer, with «ё», other case, spaces and no patronymic, is hers.
    ask(school, { ...IVANOVA, name: '  иванова   МАРИЯ ', subject: 'математика' });
    expect(sheetRecords(school, 'Банк наставляемых').map((r) => r['Email'])).toEqual([IVANOVA.email]);
    const before = sheetRecords(school, 'Банк наставляемых');

    ask(school, { name: 'Петров Пётр Петрович', email: 'IVANOVA@school2.example', subject: 'физика' });
    expect(sheetRecords(school, 'Банк наставляемых')).toEqual(before);
    expect(sheetRecords(school, 'Педагоги')).toHaveLength(1);
    const waiting = unknown(school);
    expect(waiting).toHaveLength(1);
    expect(waiting[0].reason).toBe(
      'адрес принадлежит педагогу Иванова М. П., а в ответе указано Петров П. П.',
    );
    // Named in Журнал once with its row, however many sweeps run after it.
    ask(school, { ...IVANOVA });
    school.ws.script.advanceDays(1);
    const lines = journalLines(school, 'Ответ ждёт проверки куратора');
    expect(lines).toHaveLength(1);
    expect(String(lines[0]['Подробности'])).toMatch(
      /^Ответы: запросы педагогов, строка 3: ivanova@school2\.example/,
    );
    expect(unknown(school)).toHaveLength(1);
  });

  it('an unknown address goes nowhere until «Принять» adds the person and takes the answer; «Отклонить» is for good', () => {
    const school = schoolIn('typed');
    ask(school, { name: 'Новикова Ольга Ивановна', email: 'novikova@school2.example' });
    school.ws.forms.submit(
      formIds(school).mentors.formId,
      mentorAnswers({ name: 'Чужой Человек', email: 'stranger@elsewhere.example' }, ['Методика урока']),
    );
    const waiting = unknown(school);
    expect(waiting.map((w) => [w.email, w.reason])).toEqual([
      ['novikova@school2.example', 'адрес не найден на листе «Педагоги»'],
      ['stranger@elsewhere.example', 'адрес не найден на листе «Педагоги»'],
    ]);
    expect(sheetRecords(school, 'Педагоги')).toHaveLength(0);
    expect(sheetRecords(school, 'Банк наставляемых')).toHaveLength(0);
    expect(sheetRecords(school, 'Банк наставников')).toHaveLength(0);

    school.app.acceptUnknownAnswer(waiting[0].id);
    expect(sheetRecords(school, 'Педагоги').map((r) => [r['ФИО'], r['Email']])).toEqual([
      ['Новикова Ольга Ивановна', 'novikova@school2.example'],
    ]);
    expect(sheetRecords(school, 'Банк наставляемых').map((r) => r['Email'])).toEqual([
      'novikova@school2.example',
    ]);
    school.app.rejectUnknownAnswer(waiting[1].id);
    expect(unknown(school)).toEqual([]);
    // Neither comes back: not at the next answer, not at the daily run, not by deciding again.
    ask(school, { name: 'Новикова Ольга Ивановна', email: 'novikova@school2.example' });
    school.ws.script.advanceDays(1);
    expect(unknown(school)).toEqual([]);
    expect(() => school.app.acceptUnknownAnswer(waiting[1].id)).toThrow(/уже рассмотрен/);
    expect(sheetRecords(school, 'Банк наставников')).toHaveLength(0);
    expect(sheetRecords(school, 'Педагоги')).toHaveLength(1);
    expect(journalLines(school, 'Ответ ждёт проверки куратора')).toHaveLength(2);
  });
});

/** Three pairs НП-2026-01..03: mentor m<i> with mentee t<i>, every teacher listed and signed in. */
function pairsSchool(): School {
  const school = schoolIn('verified');
  const { mentors } = formIds(school);
  for (let i = 0; i < 3; i++) {
    const m = { name: `Наставникова${i} Анна Петровна`, email: `m${i}@school2.example` };
    const t = { name: `Учителева${i} Мария Ивановна`, email: `t${i}@school2.example` };
    listTeacher(school, m.name, m.email);
    listTeacher(school, t.name, t.email);
    const ma = mentorAnswers(m, ['Методика урока']);
    delete ma['Адрес электронной почты'];
    school.ws.forms.submit(mentors.formId, ma, { account: m.email });
    ask(school, t, { account: t.email });
  }
  for (let i = 0; i < 3; i++)
    school.app.createPair({ mentorEmail: `m${i}@school2.example`, menteeEmails: [`t${i}@school2.example`] });
  // The director's order fixed the pairs (questionnaires go to pairs in an order, issue #17).
  const sheet = school.ss.getSheetByName('Пары и группы')!;
  school.ws.calls.quietly(() => {
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    for (let row = 2; row <= 4; row++) {
      sheet.getRange(row, header.indexOf('Приказ') + 1).setValue('№ 1 от 01.09.2026');
      sheet.getRange(row, header.indexOf('Статус') + 1).setValue('Закреплена');
    }
  });
  return school;
}

function questionnaire(
  school: School,
  kind: 'monitoringMentor' | 'monitoringMentee',
  pair: string,
  typed: string,
  account: string,
  score: number,
  comment = '',
) {
  const formId = formIds(school)[kind].formId;
  const items = school.ws.calls.quietly(() => school.gas.FormApp.openById(formId).getItems());
  const answers: Record<string, string> = { [items[0].getTitle()]: pair, [items[1].getTitle()]: typed };
  for (const item of items)
    if (item.getType() === school.gas.FormApp.ItemType.SCALE) answers[item.getTitle()] = String(score);
  answers['Хотели бы вы продолжить работу в паре?'] = 'Да';
  if (comment) answers['Комментарий'] = comment;
  school.ws.forms.submit(formId, answers, { account });
}

describe('verified addresses', () => {
  it('the signed-in account is used even when the respondent types another address', () => {
    const school = pairsSchool();
    expect(sheetRecords(school, 'Банк наставляемых').map((r) => r['Email'])).toEqual([
      't0@school2.example',
      't1@school2.example',
      't2@school2.example',
    ]);
    // t2 opens t0's personal link (t0's address typed in) while signed in as herself.
    questionnaire(school, 'monitoringMentee', 'НП-2026-03', 't0@school2.example', 't2@school2.example', 7);
    expect(sheetRecords(school, 'Мониторинг').map((r) => r['Email'])).toEqual(['t2@school2.example']);
    // A signed-in stranger waits for review, whatever they type.
    questionnaire(school, 'monitoringMentee', 'НП-2026-01', 't0@school2.example', 'who@elsewhere.example', 1);
    expect(unknown(school).map((u) => u.email)).toEqual(['who@elsewhere.example']);
    expect(sheetRecords(school, 'Мониторинг')).toHaveLength(1);
  });
});

describe('monitoring counts only members', () => {
  it('an answer for НП-2026-03 from the mentor of another pair is flagged on the dashboard and counts nowhere', () => {
    const school = pairsSchool();
    questionnaire(school, 'monitoringMentor', 'НП-2026-03', 'm2@school2.example', 'm2@school2.example', 9);
    questionnaire(
      school,
      'monitoringMentor',
      'НП-2026-03',
      'm0@school2.example',
      'm0@school2.example',
      1,
      'чужой отзыв',
    );
    const rows = sheetRecords(school, 'Мониторинг');
    expect(rows.map((r) => r['Email'])).toEqual(['m2@school2.example', 'm0@school2.example']);
    const dashboard = school.app.getDashboard() as {
      warnings: Array<{ text: string; sheet: string; row: number; column?: string }>;
    };
    const flagged = dashboard.warnings.filter((w) => w.sheet === 'Мониторинг');
    expect(flagged).toEqual([
      expect.objectContaining({
        sheet: 'Мониторинг',
        row: 3,
        column: 'Email',
        text: expect.stringMatching(/m0@school2\.example по паре НП-2026-03 не учтён/),
      }),
    ]);
    const overview = school.app.getFormsOverview() as {
      monitoring: {
        rate: { answered: number; expected: number };
        byRole: Array<{
          role: string;
          answered: number;
          expected: number;
          averages: Record<string, number | null>;
        }>;
        byPair: Array<{ id: string; answered: number; average: number | null }>;
        school: Record<string, number | null>;
      };
    };
    const m = overview.monitoring;
    expect(m.rate).toEqual({ answered: 1, expected: 6 });
    expect(m.byRole[1]).toMatchObject({ role: 'Наставники', answered: 1, expected: 3 });
    expect(m.byRole[1].averages.overall).toBe(9);
    expect(m.school.overall).toBe(9);
    expect(m.byPair.find((p) => p.id === 'НП-2026-01')).toMatchObject({ answered: 0, average: null });
    expect(m.byPair.find((p) => p.id === 'НП-2026-03')).toMatchObject({ answered: 1, average: 9 });
    // Staff correct the row (it was the mentor of 01 answering for his own pair): it counts from then on.
    school.ws.calls.quietly(() =>
      school.ss.getSheetByName('Мониторинг')!.getRange(3, 1).setValue('НП-2026-01'),
    );
    const after = (school.app.getFormsOverview() as typeof overview).monitoring;
    expect(after.rate.answered).toBe(2);
    expect(
      (school.app.getDashboard() as typeof dashboard).warnings.filter((w) => w.sheet === 'Мониторинг'),
    ).toEqual([]);
  });
});
