// Form responses into the banks, as pure code over tables.
import { SHEETS, SHEET_DEFS, headersOf, type SheetKey } from '../../../src/server/schema';
import { Table } from '../../../src/server/store/table';
import { answersOf, isBlank, responseTime } from '../../../src/server/intake/answers';
import { linkTeacher, takeMentor, takeRequest } from '../../../src/server/intake/upsert';
import { REQUEST_ITEMS, MENTOR_ITEMS, CONSENT_CHOICE } from '../../../src/server/intake/forms';

const MSK = 180;
const empty = <K extends SheetKey>(key: K) => new Table(SHEET_DEFS[key], [headersOf(SHEETS[key])], MSK);

function request(email: string, extra: Record<string, string> = {}) {
  return answersOf({
    'Отметка времени': ['24.09.2026 10:15:00'],
    [REQUEST_ITEMS.name]: ['Иванова  Мария Петровна'],
    [REQUEST_ITEMS.email]: [email],
    [REQUEST_ITEMS.position]: ['учитель'],
    [REQUEST_ITEMS.experience]: ['2 года'],
    [REQUEST_ITEMS.category]: ['молодой специалист'],
    [REQUEST_ITEMS.topics]: ['методика урока, Оценивание, своя тема'],
    [REQUEST_ITEMS.form]: ['любая'],
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, [v]])),
  });
}

describe('answers of a form event', () => {
  it('reads the timestamp of a Russian and an English spreadsheet', () => {
    expect(
      new Date(responseTime(answersOf({ 'Отметка времени': ['24.09.2026 10:15:00'] }), MSK)!).toISOString(),
    ).toBe('2026-09-24T07:15:00.000Z');
    expect(new Date(responseTime(answersOf({ Timestamp: ['9/24/2026 10:15:00'] }), MSK)!).toISOString()).toBe(
      '2026-09-24T07:15:00.000Z',
    );
    expect(responseTime(answersOf({}), MSK)).toBeNull();
  });

  it('an event with only a timestamp is blank', () => {
    expect(isBlank(answersOf({ 'Отметка времени': ['24.09.2026 10:15:00'], ФИО: [''] }))).toBe(true);
    expect(isBlank(answersOf(undefined))).toBe(true);
    expect(isBlank(request('a@x.ru'))).toBe(false);
  });
});

describe('a request into the mentee bank', () => {
  it('a new teacher gets a row with canonical spellings and Статус «Новый»', () => {
    const bank = empty('mentees');
    const r = takeRequest(bank, request(' Ivanova@School2.example '), 1000, ['Методика урока', 'Оценивание']);
    expect(r).toMatchObject({ action: 'added', email: 'ivanova@school2.example', row: 2 });
    expect(bank.text(2, 'name')).toBe('Иванова Мария Петровна');
    expect(bank.text(2, 'topics')).toBe('Методика урока, Оценивание, своя тема');
    expect(bank.text(2, 'category')).toBe('Молодой специалист');
    expect(bank.text(2, 'form')).toBe('Любая');
    expect(bank.number(2, 'experience')).toBe(2);
    expect(bank.text(2, 'status')).toBe('Новый');
  });

  it('a second request from the same teacher updates the row; an older one arriving late does not', () => {
    const bank = empty('mentees');
    takeRequest(bank, request('a@x.ru'), 1000, []);
    expect(
      takeRequest(bank, request('A@X.RU', { [REQUEST_ITEMS.description]: 'новое' }), 2000, []).action,
    ).toBe('updated');
    expect(bank.rows).toHaveLength(1);
    expect(bank.text(2, 'request')).toBe('новое');
    expect(
      takeRequest(bank, request('a@x.ru', { [REQUEST_ITEMS.description]: 'старое' }), 1500, []).action,
    ).toBe('unchanged');
    expect(bank.text(2, 'request')).toBe('новое');
    expect(
      takeRequest(bank, request('a@x.ru', { [REQUEST_ITEMS.description]: 'новое' }), 2000, []).action,
    ).toBe('unchanged');
  });

  it('a teacher who had finished and asks again is «Новый» again', () => {
    const bank = empty('mentees');
    takeRequest(bank, request('a@x.ru'), 1000, []);
    bank.set(2, 'status', 'Завершил');
    takeRequest(bank, request('a@x.ru', { [REQUEST_ITEMS.description]: 'ещё' }), 2000, []);
    expect(bank.text(2, 'status')).toBe('Новый');
  });

  it('a response without a usable email is rejected with the reason', () => {
    const r = takeRequest(empty('mentees'), request('ivanov@'), 1000, []);
    expect(r).toMatchObject({
      action: 'rejected',
      reason: 'адрес «ivanov@» не похож на адрес электронной почты',
    });
  });
});

describe('a mentor questionnaire into the mentor bank', () => {
  const answers = (consent: boolean) =>
    answersOf({
      [MENTOR_ITEMS.name]: ['Петрова Анна Сергеевна'],
      [MENTOR_ITEMS.email]: ['petrova@x.ru'],
      [MENTOR_ITEMS.category]: ['высшая'],
      [MENTOR_ITEMS.capacity]: ['3'],
      [MENTOR_ITEMS.consent]: consent ? [CONSENT_CHOICE] : [''],
    });

  it('a ticked consent is dated once; a later answer without it keeps the date', () => {
    const bank = empty('mentors');
    takeMentor(bank, answers(true), 1000, [], '2026-09-05');
    expect(bank.date(2, 'consentDate')).toBe('2026-09-05');
    expect(bank.number(2, 'maxMentees')).toBe(3);
    expect(bank.text(2, 'category')).toBe('Высшая');
    expect(bank.text(2, 'status')).toBe('Активен');
    takeMentor(bank, answers(true), 2000, [], '2026-09-10');
    expect(bank.date(2, 'consentDate')).toBe('2026-09-05');
    takeMentor(bank, answers(false), 3000, [], '2026-09-12');
    expect(bank.date(2, 'consentDate')).toBe('2026-09-05');
  });
});

describe('linking to Педагоги', () => {
  it('adds an unknown teacher and only fills blanks of a known one', () => {
    const teachers = empty('teachers');
    const v = {
      name: 'Петрова А. С.',
      email: 'p@x.ru',
      position: 'учитель',
      subject: 'история',
      experience: 5,
    };
    expect(linkTeacher(teachers, v)).toBe('added');
    teachers.set(2, 'position', 'завуч');
    teachers.set(2, 'subject', '');
    expect(linkTeacher(teachers, { ...v, subject: 'обществознание' })).toBe('known');
    expect(teachers.text(2, 'position')).toBe('завуч');
    expect(teachers.text(2, 'subject')).toBe('обществознание');
  });
});
