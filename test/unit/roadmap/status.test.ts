import {
  evaluateRoadmap,
  evidenceFor,
  readRoadmap,
  roadmapSeedRows,
  statusOf,
  type ItemId,
  type RoadmapSnapshot,
} from '../../../src/server/roadmap';
import { fromIso } from '../../../src/server/shared/dates';
import { NAMES, emptySnapshot } from './fixtures';

const text = (id: ItemId, s: Partial<RoadmapSnapshot>) => evidenceFor(id, emptySnapshot(s)).text;
const progress = (id: ItemId, s: Partial<RoadmapSnapshot>) => evidenceFor(id, emptySnapshot(s)).progress;

describe('each item’s evidence, from the data', () => {
  test('2.1 who answered the request form, at most five names then how many more', () => {
    const missing = NAMES;
    expect(text('2.1', { teachers: 38, teachersNotAnswered: missing })).toBe(
      'ответили 31 из 38 педагогов; нет ответа: Иванова М. П., Петров П. П., Сидорова А. А., Кузнецов И. И., ' +
        'Смирнова О. В. и ещё 2',
    );
    expect(text('2.1', { teachers: 21, teachersNotAnswered: NAMES.slice(0, 1) })).toBe(
      'ответили 20 из 21 педагога; нет ответа: Иванова М. П.',
    );
    expect(text('2.1', { teachers: 2 })).toBe('ответили 2 из 2 педагогов');
    expect(text('2.1', {})).toBe('в листе Педагоги нет ни одного педагога');
    expect(progress('2.1', { teachers: 2 })).toBe('done');
    expect(progress('2.1', { teachers: 2, teachersNotAnswered: NAMES.slice(0, 1) })).toBe('partial');
    expect(progress('2.1', { teachers: 2, teachersNotAnswered: NAMES.slice(0, 2) })).toBe('none');
  });

  test('2.2 the mentee bank and its rows with problems', () => {
    expect(text('2.2', { mentees: 12 })).toBe('в банке 12 наставляемых');
    expect(text('2.2', { mentees: 1, menteeProblemRows: [5] })).toBe(
      'в банке 1 наставляемый; ошибки в строке 5',
    );
    expect(text('2.2', { mentees: 3, menteeProblemRows: [5, 8] })).toBe(
      'в банке 3 наставляемых; ошибки в строках 5, 8',
    );
    expect(text('2.2', {})).toBe('в банке пока нет наставляемых');
    expect(progress('2.2', { mentees: 3, menteeProblemRows: [5] })).toBe('partial');
  });

  test('3.1 the mentor bank and consents', () => {
    expect(text('3.1', { mentors: 12, mentorsWithoutConsent: NAMES.slice(0, 2) })).toBe(
      'в банке 12 наставников, 2 без согласия: Иванова М. П., Петров П. П.',
    );
    expect(text('3.1', { mentors: 2 })).toBe('в банке 2 наставника');
    expect(progress('3.1', { mentors: 2 })).toBe('done');
    expect(text('3.1', {})).toBe('в банке пока нет наставников');
  });

  test('4.1 and 5.1 pairs and mentees still without a mentor', () => {
    const s = { pairs: 17, menteesWithoutPair: NAMES.slice(0, 4) };
    const expected =
      '17 пар; не подобраны наставники для 4 наставляемых: Иванова М. П., Петров П. П., Сидорова А. А., Кузнецов И. И.';
    expect(text('4.1', s)).toBe(expected);
    expect(text('5.1', s)).toBe(expected);
    expect(text('5.1', { pairs: 1, menteesWithoutPair: NAMES.slice(0, 1) })).toBe(
      '1 пара; не подобраны наставники для 1 наставляемого: Иванова М. П.',
    );
    expect(text('4.1', { pairs: 3 })).toBe('3 пары; наставники подобраны всем наставляемым');
    expect(progress('4.1', s)).toBe('partial');
    expect(progress('4.1', { pairs: 3 })).toBe('done');
  });

  test('1.1 orders and the consents they wait for', () => {
    expect(text('1.1', { pairs: 17, pairsWithoutOrder: 3, missingConsents: NAMES.slice(5) })).toBe(
      '17 пар, 3 без приказа; не хватает согласий: Васильев Д. С., Попова Е. Н.',
    );
    expect(text('1.1', { pairs: 17 })).toBe('17 пар, все в приказе');
    expect(text('1.1', {})).toBe('пар пока нет');
    expect(progress('1.1', { pairs: 17, pairsWithoutOrder: 17 })).toBe('none');
    expect(progress('1.1', { pairs: 17, pairsWithoutOrder: 3 })).toBe('partial');
  });

  test('1.2 and 5.2 programmes', () => {
    expect(text('1.2', { pairs: 17, pairsWithProgramme: 14 })).toBe('14 из 17 программ');
    expect(text('5.2', { pairs: 1, pairsWithProgramme: 1 })).toBe('1 из 1 программы');
    expect(progress('5.2', { pairs: 1, pairsWithProgramme: 1 })).toBe('done');
  });

  test('5.3 mentees without a pair', () => {
    expect(text('5.3', { menteesWithoutPair: NAMES.slice(0, 2) })).toBe(
      '2 наставляемых без пары: Иванова М. П., Петров П. П.',
    );
    expect(text('5.3', {})).toBe('все наставляемые в парах или группах');
  });

  test('4.2, 6.2, 6.3 by the events of this school year and the practice collection', () => {
    expect(text('4.2', { eventsByType: { Консультация: 2, 'Обмен опытом': 1, Семинар: 1 } })).toBe(
      '3 мероприятия: консультация — 2, обмен опытом — 1',
    );
    expect(text('4.2', { eventsByType: { Семинар: 1 } })).toBe('мероприятий в этом учебном году пока нет');
    expect(text('6.2', { eventsByType: { Семинар: 1 } })).toBe('1 мероприятие: семинар — 1');
    expect(text('6.3', { eventsByType: { 'Круглый стол': 1 }, practicesAdded: 3 })).toBe(
      'круглый стол проведён (1); в копилку добавлено: 3 практики',
    );
    expect(text('6.3', {})).toBe('круглый стол не проведён; в копилку пока не добавлено практик');
    expect(progress('6.3', { eventsByType: { 'Круглый стол': 1 } })).toBe('partial');
    expect(progress('6.3', { eventsByType: { 'Круглый стол': 1 }, practicesAdded: 1 })).toBe('done');
  });

  test('6.1 questionnaire responses and 7.1 publications', () => {
    expect(text('6.1', { monitoringExpected: 34, monitoringAnswered: 20 })).toBe(
      'ответили 20 из 34 участников',
    );
    expect(text('6.1', {})).toBe('анкеты ещё не рассылались');
    expect(
      text('7.1', {
        eventsWithoutPublication: ['Семинар (01.10.2026)', 'Консультация (05.10.2026)', 'А', 'Б'],
      }),
    ).toBe('4 мероприятия без публикации: Семинар (01.10.2026), Консультация (05.10.2026), А, Б');
    expect(text('7.1', {})).toBe('все мероприятия освещены');
  });
});

describe('status against the calendar', () => {
  const annual = { kind: 'annual', m: 10, d: 1 } as const;
  const d = (iso: string) => fromIso(iso)!;

  test('done is done; passed undone is overdue; otherwise in progress or not started', () => {
    expect(statusOf(annual, 'done', d('2026-12-01'))).toBe('Выполнено');
    expect(statusOf(annual, 'partial', d('2026-10-01'))).toBe('В работе');
    expect(statusOf(annual, 'partial', d('2026-10-02'))).toBe('Просрочено');
    expect(statusOf(annual, 'none', d('2026-09-01'))).toBe('Не начато');
    expect(statusOf(annual, 'none', d('2027-08-31'))).toBe('Просрочено');
    // A 1 June deadline is not overdue in the autumn of the same school year.
    expect(statusOf({ kind: 'annual', m: 6, d: 1 }, 'none', d('2026-10-02'))).toBe('Не начато');
    expect(statusOf({ kind: 'yearly' }, 'none', d('2027-08-31'))).toBe('Не начато');
    expect(statusOf({ kind: 'constant' }, 'done', d('2027-08-31'))).toBe('В норме');
    expect(statusOf({ kind: 'constant' }, 'partial', d('2027-08-31'))).toBe('Требует внимания');
  });

  test('the whole roadmap on 2 October 2026 of a school half way through', () => {
    const rows = roadmapSeedRows('СОШ №2').map((r, i) => ({
      row: i + 2,
      id: r.ID,
      deadline: r['Срок'],
      responsible: r['Ответственный'],
    }));
    const { entries } = readRoadmap(rows, { curatorEmail: 'c@s.ru', directorEmail: 'd@s.ru' });
    const snapshot = emptySnapshot({
      teachers: 38,
      teachersNotAnswered: NAMES,
      mentees: 12,
      mentors: 12,
      mentorsWithoutConsent: NAMES.slice(0, 2),
      pairs: 10,
      pairsWithoutOrder: 3,
      menteesWithoutPair: NAMES.slice(0, 2),
      pairsWithProgramme: 4,
      eventsByType: { Консультация: 1 },
    });
    const states = evaluateRoadmap(entries, snapshot, d('2026-10-02'));
    expect(states.map((s) => [s.id, s.status, s.daysLeft])).toEqual([
      ['1.1', 'Просрочено', 364],
      ['1.2', 'В работе', 30],
      ['2.1', 'Просрочено', 348],
      ['2.2', 'Выполнено', 364],
      ['3.1', 'Просрочено', 348],
      ['4.1', 'Просрочено', 364],
      ['4.2', 'Выполнено', null],
      ['5.1', 'Просрочено', 364],
      ['5.2', 'В работе', 30],
      ['5.3', 'Требует внимания', null],
      ['6.1', 'Не начато', 242],
      ['6.2', 'Не начато', null],
      ['6.3', 'Не начато', null],
      ['7.1', 'В норме', null],
    ]);
    expect(states[0].deadlineDate).toEqual(d('2026-10-01'));
    expect(states[0].nextDeadline).toEqual(d('2027-10-01'));
    expect(states[0].explanation).toBe('10 пар, 3 без приказа');
    expect(states[0].responsible).toEqual(['d@s.ru']);
  });
});
