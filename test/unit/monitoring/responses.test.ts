import {
  monitoringCells,
  namedValuesFromRow,
  parseResponse,
  questionnaire,
  recordFromCells,
  upsertRecord,
  upsertTarget,
} from '../../../src/server/monitoring';
import { PAIRS, record, scores } from './fixtures';

const scaleTitles = (role: 'mentee' | 'mentor') =>
  questionnaire(role)
    .items.filter((i) => i.kind === 'scale')
    .map((i) => i.title);

function answer(
  role: 'mentee' | 'mentor',
  pair: string,
  email: string,
  values: string[],
  extra: Record<string, string> = {},
) {
  const nv: Record<string, string[]> = {
    'Отметка времени': ['20.05.2027 10:00:00'],
    'Код пары': [pair],
    'Ваш адрес электронной почты': [email],
    'Хотели бы вы продолжить работу в паре?': ['Да'],
  };
  scaleTitles(role).forEach((t, i) => (nv[t] = [values[i]]));
  for (const [k, v] of Object.entries(extra)) nv[k] = [v];
  return nv;
}

describe('a questionnaire response becomes a Мониторинг record', () => {
  test('answers are attributed to the pair by its code and to the role by the form', () => {
    const r = parseResponse(
      'mentee',
      answer('mentee', 'П-1', ' Ivanov@School.ru ', ['9', '8', '10', '7', '6']),
      PAIRS,
      '2027-05-20',
    );
    expect(r).toEqual({
      ok: true,
      warnings: [],
      record: {
        pairId: 'П-1',
        role: 'mentee',
        email: 'ivanov@school.ru',
        date: '2027-05-20',
        scores: scores(9, 8, 10, 7, 6),
        wouldContinue: true,
        valuable: '',
        missing: '',
        comment: '',
      },
    });
  });

  test('an unknown pair code, a missing email and a blank event are refused with a Russian reason', () => {
    expect(parseResponse('mentor', answer('mentor', 'Х-9', 'a@b.ru', []), PAIRS, '2027-05-20')).toEqual({
      ok: false,
      problem: 'Код пары «Х-9» не найден среди действующих пар',
    });
    expect(parseResponse('mentor', answer('mentor', 'П-1', '', []), PAIRS, '2027-05-20')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/адреса/),
    });
    expect(
      parseResponse('mentor', { 'Код пары': [''], 'Отметка времени': [''] }, PAIRS, '2027-05-20'),
    ).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/Пустой ответ/),
    });
  });

  test('a score outside 1–10 is not counted and is reported; an outsider’s answer is kept with a warning', () => {
    const r = parseResponse(
      'mentor',
      answer('mentor', 'П-1', 'other@school.ru', ['11', '5', '', '5', 'abc']),
      PAIRS,
      '2027-05-20',
    );
    if (!r.ok) throw new Error(r.problem);
    expect(r.record.scores).toEqual(scores(null, 5, null, 5, null));
    expect(r.warnings).toHaveLength(3);
    expect(r.warnings[0]).toMatch(/other@school.ru не указан в паре П-1 как наставник/);
  });

  test('the collected email is used when the form collects addresses itself', () => {
    const nv = answer('mentor', 'П-1', '', ['5', '5', '5', '5', '5'], {
      'Адрес электронной почты': 'petrova@school.ru',
    });
    const r = parseResponse('mentor', nv, PAIRS, '2027-05-20');
    expect(r.ok && r.record.email).toBe('petrova@school.ru');
  });

  test('a response sheet row reads like namedValues', () => {
    const nv = answer('mentee', 'П-1', 'ivanov@school.ru', ['1', '2', '3', '4', '5'], {
      'Что было наиболее ценным?': '=HYPERLINK("x")',
    });
    const header = Object.keys(nv);
    const row = header.map((h) => nv[h][0]);
    const r = parseResponse('mentee', namedValuesFromRow(header, row), PAIRS, '2027-05-21');
    expect(r.ok && r.record.valuable).toBe('=HYPERLINK("x")');
  });

  test('a record goes into the sheet’s columns and comes back the same; text stays literal', () => {
    const rec = record('П-1', 'mentee', 'ivanov@school.ru', scores(9, null, 7, 6, 5), {
      wouldContinue: false,
      valuable: '<script>alert(1)</script>',
      missing: '=1+1',
    });
    const cells = monitoringCells(rec);
    expect(cells).toMatchObject({
      pairId: 'П-1',
      role: 'Наставляемый',
      usefulness: 9,
      comfort: '',
      continue: 'Нет',
      valuable: '<script>alert(1)</script>',
      missing: '=1+1',
    });
    const back = recordFromCells((key) => cells[key]);
    expect(back).toEqual({ ok: true, record: rec });
    expect(recordFromCells((key) => (key === 'role' ? 'Директор' : ''))).toMatchObject({ ok: false });
  });
});

describe('upsert by (pair, role, email)', () => {
  test('a repeat response replaces the previous one', () => {
    const first = record('П-1', 'mentee', 'ivanov@school.ru', scores(3, 3, 3, 3, 3));
    const other = record('П-1', 'mentor', 'petrova@school.ru', scores(8, 8, 8, 8, 8));
    const again = record('П-1', 'mentee', 'ivanov@school.ru', scores(9, 9, 9, 9, 9));
    const step1 = upsertRecord([first, other], again);
    expect(step1.replaced).toBe(true);
    expect(step1.records).toEqual([again, other]);
    const step2 = upsertRecord(step1.records, again);
    expect(step2.records).toHaveLength(2);
  });

  test('the same person in another pair or role gets a row of their own', () => {
    const a = record('П-1', 'mentee', 'ivanov@school.ru', scores(3, 3, 3, 3, 3));
    expect(upsertRecord([a], { ...a, pairId: 'Г-2' }).replaced).toBe(false);
    expect(upsertRecord([a], { ...a, role: 'mentor' }).replaced).toBe(false);
  });

  test('the target row is found whatever the case of the email and pair', () => {
    const rec = record('п-1', 'mentee', 'ivanov@school.ru', scores(3, 3, 3, 3, 3));
    const keys = [
      { row: 2, pairId: 'Г-2', role: 'mentee' as const, email: 'ivanov@school.ru' },
      { row: 5, pairId: 'П-1', role: 'mentee' as const, email: 'IVANOV@school.ru ' },
    ];
    expect(upsertTarget(keys, rec)).toBe(5);
    expect(upsertTarget(keys.slice(0, 1), rec)).toBeNull();
  });
});
