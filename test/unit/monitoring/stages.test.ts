// Two-stage monitoring (issue #19, item 5): the self-assessment at the start and the end of the
// year, the curator's assessment, their sections of the note and the SWOT draft.
import { monitoringStats } from '../../../src/server/monitoring';
import {
  curatorForm,
  curatorStats,
  notCuratorRecords,
  parseCuratorAnswer,
  placeCuratorAnswer,
  type CuratorAssessment,
} from '../../../src/server/monitoring/curator';
import {
  growthStats,
  parseSelfAssessment,
  pendingSelf,
  placeSelfAssessment,
  selfAssessmentForm,
  selfLink,
  selfScoreFromCell,
  stageFromText,
  type Competences,
  type SelfAssessment,
  type Stage,
} from '../../../src/server/monitoring/self-assessment';
import { curatorNoteBlocks, formatGrowth, growthNoteBlocks } from '../../../src/server/monitoring/stages';
import { swot, swotBlocks } from '../../../src/server/monitoring/swot';
import { PAIRS, record, scores } from './fixtures';

const CURATORS = ['curator@school.ru', 'deputy@school.ru'];

function c(...v: Array<number | null>): Competences {
  return {
    planning: v[0],
    methods: v[1],
    classroom: v[2],
    assessment: v[3],
    parents: v[4],
    confidence: v[5],
  };
}

function self(
  email: string,
  stage: Stage,
  s: Competences,
  time = stage === 'start' ? 1000 : 2000,
): SelfAssessment {
  return { email, stage, time, scores: s };
}

function getter(values: Record<string, string>): (title: string) => string {
  return (title) => values[title] ?? '';
}

describe('the self-assessment form and its answers', () => {
  it('asks the stage and the address (both filled in by the link) and six skills on a scale of 1 to 5', () => {
    const form = selfAssessmentForm('МБОУ «СОШ №2»');
    expect(form.title).toBe('Самооценка педагога');
    const scales = form.items.filter((i) => i.kind === 'scale');
    expect(scales.map((i) => i.title)).toEqual([
      'Планирование уроков и рабочей программы',
      'Методы и приёмы обучения',
      'Работа с классом: дисциплина и мотивация обучающихся',
      'Оценивание результатов обучающихся',
      'Взаимодействие с родителями',
      'Профессиональная уверенность в своей работе',
    ]);
    expect(scales.every((i) => i.kind === 'scale' && i.low === 1 && i.high === 5)).toBe(true);
    expect(form.items.slice(0, 2).map((i) => i.title)).toEqual(['Этап', 'Ваш адрес электронной почты']);
  });

  it('a personal link fills in the stage in words and the address', () => {
    const link = selfLink(
      'https://f/viewform?entry.1=STAGE0PLACEHOLDER&entry.2=EMAIL0PLACEHOLDER',
      'end',
      'T@x.ru ',
    );
    expect(decodeURIComponent(link)).toBe('https://f/viewform?entry.1=Конец года&entry.2=T@x.ru');
  });

  it('reads the stage as the link gives it and as a person might retype it', () => {
    expect(stageFromText('Начало года')).toBe('start');
    expect(stageFromText('конец года')).toBe('end');
    expect(stageFromText('окончание')).toBe('end');
    expect(stageFromText('середина')).toBeNull();
  });

  it('an answer becomes a record; a missing stage, a foreign stage or no scores are refused with the reason', () => {
    const form = selfAssessmentForm('');
    const titles = form.items.filter((i) => i.kind === 'scale').map((i) => i.title);
    const values: Record<string, string> = {
      Этап: 'Начало года',
      'Ваш адрес электронной почты': 'Ivanov@School.ru',
    };
    titles.forEach((t, i) => (values[t] = String(i < 5 ? i + 1 : 7)));
    const parsed = parseSelfAssessment(getter(values), 5000);
    expect(parsed).toEqual({
      ok: true,
      record: { email: 'ivanov@school.ru', stage: 'start', time: 5000, scores: c(1, 2, 3, 4, 5, null) },
    });
    expect(parseSelfAssessment(getter({ ...values, Этап: '' }), 1)).toEqual({
      ok: false,
      problem: 'В ответе нет этапа самооценки («Начало года» или «Конец года»)',
    });
    expect(parseSelfAssessment(getter({ ...values, Этап: 'середина' }), 1)).toMatchObject({ ok: false });
    const blank: Record<string, string> = { Этап: 'Конец года', 'Ваш адрес электронной почты': 'a@b.ru' };
    expect(parseSelfAssessment(getter(blank), 1)).toEqual({
      ok: false,
      problem: 'В ответе нет ни одной оценки от 1 до 5',
    });
  });

  it('a score typed by staff counts as the form’s would: a whole number from 1 to 5', () => {
    expect([4, '3', ' 5 ', 7, 0, 2.5, '', 'пять'].map(selfScoreFromCell)).toEqual([
      4,
      3,
      5,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('the latest answer per person and stage wins; the same event twice changes nothing', () => {
    const rows = [
      { row: 2, email: 'a@b.ru', stage: 'start' as const, time: 1000 },
      { row: 3, email: 'a@b.ru', stage: 'end' as const, time: 3000 },
    ];
    expect(placeSelfAssessment(rows, self('a@b.ru', 'start', c(3), 2000))).toEqual({
      kind: 'replace',
      row: 2,
    });
    expect(placeSelfAssessment(rows, self('a@b.ru', 'start', c(3), 1000))).toEqual({ kind: 'older' });
    expect(placeSelfAssessment(rows, self('a@b.ru', 'end', c(3), 2500))).toEqual({ kind: 'older' });
    expect(placeSelfAssessment(rows, self('x@b.ru', 'end', c(3), 2500))).toEqual({ kind: 'append' });
  });
});

describe('growth: the end against the start, per person, per skill, per pair', () => {
  const records = [
    self('ivanov@school.ru', 'start', c(2, 2, 3, 2, 1, 2)),
    self('ivanov@school.ru', 'end', c(4, 3, 3, 3, 2, 4)),
    self('orlova@school.ru', 'start', c(3, 3, 3, 3, 3, 3)),
    // A repeated end answer: the later one counts.
    self('orlova@school.ru', 'end', c(1, 1, 1, 1, 1, 1), 2000),
    self('orlova@school.ru', 'end', c(3, 3, 2, 3, 3, 3), 2500),
    self('kim@school.ru', 'start', c(2, 2, 2, 2, 2, 2)),
    self('petrova@school.ru', 'start', c(5, 5, 5, 5, 5, 5)),
    self('petrova@school.ru', 'end', c(5, 5, 5, 5, 5, 5)),
    // Not a participant: ignored.
    self('stranger@school.ru', 'start', c(1, 1, 1, 1, 1, 1)),
    self('stranger@school.ru', 'end', c(5, 5, 5, 5, 5, 5)),
  ];
  const g = growthStats(PAIRS, records);

  it('per person: end − start for each skill, the mean of them', () => {
    const ivanov = g.people.find((p) => p.email === 'ivanov@school.ru')!;
    expect(ivanov.growth).toEqual(c(2, 1, 0, 1, 1, 2));
    expect(ivanov.mean).toBeCloseTo(7 / 6);
    const orlova = g.people.find((p) => p.email === 'orlova@school.ru')!;
    expect(orlova.growth).toEqual(c(0, 0, -1, 0, 0, 0));
  });

  it('who grew, who fell, who has no pair of answers', () => {
    expect(g).toMatchObject({ complete: 3, expected: 5, grew: 1, fell: 1 });
    expect(g.missing).toEqual([
      { name: 'Сидорова Мария Петровна', email: 'sidorova@school.ru', stages: ['start', 'end'] },
      { name: 'Ким Павел Андреевич', email: 'kim@school.ru', stages: ['end'] },
    ]);
    expect(g.byRole.mentee).toMatchObject({ complete: 2, expected: 3, grew: 1, fell: 1 });
    expect(g.byRole.mentor).toMatchObject({ complete: 1, expected: 2, grew: 0 });
  });

  it('per skill: the mean start, end and growth of those who answered both times', () => {
    expect(g.byCompetence.planning.start).toBeCloseTo(10 / 3);
    expect(g.byCompetence.planning.end).toBeCloseTo(4);
    expect(g.byCompetence.planning.growth).toBeCloseTo(2 / 3);
    expect(g.byCompetence.classroom.growth).toBeCloseTo(-1 / 3);
  });

  it('per pair: the participants with both answers and their mean growth', () => {
    expect(g.byPair.map((p) => [p.pairId, p.complete, p.expected])).toEqual([
      ['П-1', 2, 2],
      ['Г-2', 1, 3],
    ]);
    expect(g.byPair[0].growth).toBeCloseTo(7 / 12);
  });

  it('who still has to answer a stage', () => {
    expect(pendingSelf(PAIRS, records, 'end').map((p) => p.email)).toEqual([
      'sidorova@school.ru',
      'kim@school.ru',
    ]);
  });

  it('the note’s section: skills with start, end and a signed growth; who has no pair of answers', () => {
    const blocks = growthNoteBlocks(g);
    expect(blocks[0]).toEqual({
      kind: 'heading',
      text: 'Профессиональный рост участников: самооценка (этап 2)',
    });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Самооценку в начале и в конце года прошли 3 из 5 участников пар и групп; средняя самооценка выросла у 1 из 3 (33 %). Шкала от 1 до 5.',
    });
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows[0]).toEqual(['Планирование уроков', '3,3', '4,0', '+0,7']);
    expect(table.kind === 'table' && table.rows[2]).toEqual(['Работа с классом', '3,7', '3,3', '−0,3']);
    const last = blocks[blocks.length - 1];
    expect(last).toEqual({
      kind: 'list',
      items: ['Сидорова М. П. — нет ни одной самооценки', 'Ким П. А. — нет самооценки в конце года'],
    });
  });

  it('with no pair of answers the section says so in a line', () => {
    const none = growthNoteBlocks(growthStats(PAIRS, []));
    expect(none[1]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^Самооценку в начале и в конце года не прошёл ни один/),
    });
    expect(none.some((b) => b.kind === 'table')).toBe(false);
  });

  it('formats a growth with its sign', () => {
    expect([formatGrowth(0.75), formatGrowth(-0.25), formatGrowth(0), formatGrowth(null)]).toEqual([
      '+0,8',
      '−0,3',
      '0,0',
      '—',
    ]);
  });
});

describe('the curator’s questionnaire', () => {
  const values = (pair: string, email: string, v: string[], rec = 'Продолжить работу в паре') => {
    const form = curatorForm('');
    const out: Record<string, string> = { 'Код пары': pair, 'Ваш адрес электронной почты': email };
    form.items.filter((i) => i.kind === 'scale').forEach((i, k) => (out[i.title] = v[k] ?? ''));
    out['Рекомендация по итогам года'] = rec;
    out['Комментарий куратора'] = 'Работают регулярно';
    return getter(out);
  };

  it('an answer is about a pair of the year; an unknown code is refused', () => {
    const parsed = parseCuratorAnswer(
      values('п-1', 'Curator@School.ru', ['9', '8', '9', '8', '7']),
      PAIRS,
      10,
    );
    expect(parsed).toEqual({
      ok: true,
      record: {
        pairId: 'П-1',
        email: 'curator@school.ru',
        time: 10,
        scores: { plan: 9, meetings: 8, goals: 9, growth: 8, materials: 7 },
        recommendation: 'Продолжить работу в паре',
        comment: 'Работают регулярно',
      },
    });
    expect(parseCuratorAnswer(values('П-9', 'curator@school.ru', ['9']), PAIRS, 10)).toEqual({
      ok: false,
      problem: 'Код пары «П-9» не найден среди действующих пар',
    });
  });

  const assessment = (
    pairId: string,
    email: string,
    v: number,
    time: number,
    rec = 'Продолжить работу в паре',
  ): CuratorAssessment => ({
    pairId,
    email,
    time,
    scores: { plan: v, meetings: v, goals: v, growth: v, materials: v - 2 },
    recommendation: rec,
    comment: '',
  });

  it('only the curators count; the latest assessment of a pair wins; another person’s is flagged', () => {
    const records = [
      assessment('П-1', 'curator@school.ru', 6, 1),
      assessment('П-1', 'deputy@school.ru', 9, 2),
      assessment('Г-2', 'ivanov@school.ru', 10, 3),
    ];
    const stats = curatorStats(PAIRS, records, CURATORS);
    expect(stats).toMatchObject({ assessed: 1, expected: 2 });
    expect(stats.byPair[0].assessment?.email).toBe('deputy@school.ru');
    expect(stats.byPair[0].mean).toBeCloseTo(8.6);
    expect(stats.byPair[1].assessment).toBeNull();
    expect(stats.byCriterion.materials).toBe(7);
    expect(notCuratorRecords(PAIRS, records, CURATORS).map((r) => r.email)).toEqual(['ivanov@school.ru']);
  });

  it('a repeat of the same pair by the same curator replaces the row; an older one changes nothing', () => {
    const rows = [{ row: 4, pairId: 'П-1', email: 'curator@school.ru', time: 100 }];
    expect(placeCuratorAnswer(rows, assessment('п-1', 'curator@school.ru', 8, 200))).toBe(4);
    expect(placeCuratorAnswer(rows, assessment('П-1', 'curator@school.ru', 8, 100))).toBe('older');
    expect(placeCuratorAnswer(rows, assessment('Г-2', 'curator@school.ru', 8, 200))).toBeNull();
  });

  it('the note’s section: the criteria, each pair with its recommendation, or one line when none is assessed', () => {
    const stats = curatorStats(PAIRS, [assessment('П-1', 'curator@school.ru', 9, 1)], CURATORS);
    const blocks = curatorNoteBlocks(stats);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Куратор оценил реализацию программ в 1 из 2 пар и групп (по шкале от 1 до 10).',
    });
    expect(blocks[3]).toEqual({
      kind: 'table',
      header: ['Пара / группа', 'Средняя оценка', 'Рекомендация'],
      rows: [
        ['П-1, наставник Петрова А. С.', '8,6', 'Продолжить работу в паре'],
        ['Г-2, наставник Сидорова М. П.', 'не оценена', '—'],
      ],
    });
    expect(curatorNoteBlocks(curatorStats(PAIRS, [], CURATORS))).toEqual([
      { kind: 'heading', text: 'Оценка куратора (этап 1)' },
      { kind: 'paragraph', text: 'Куратор ещё не заполнил анкету оценки ни по одной паре или группе.' },
    ]);
  });
});

describe('the SWOT draft', () => {
  const monitoring = [
    record('П-1', 'mentee', 'ivanov@school.ru', scores(9, 9, 10, 9, 6), { wouldContinue: true }),
    record('П-1', 'mentor', 'petrova@school.ru', scores(9, 10, 9, 9, 6), { wouldContinue: true }),
    record('Г-2', 'mentee', 'orlova@school.ru', scores(7, 8, 8, 7, 6), { wouldContinue: false }),
  ];
  const stats = monitoringStats(PAIRS, monitoring);
  const growth = growthStats(PAIRS, [
    self('ivanov@school.ru', 'start', c(2, 2, 2, 2, 2, 2)),
    self('ivanov@school.ru', 'end', c(4, 3, 2, 3, 3, 4)),
    self('orlova@school.ru', 'start', c(3, 3, 3, 3, 3, 3)),
    self('orlova@school.ru', 'end', c(4, 3, 2, 3, 3, 4)),
  ]);
  const curator = curatorStats(
    PAIRS,
    [
      {
        pairId: 'П-1',
        email: 'curator@school.ru',
        time: 1,
        scores: { plan: 9, meetings: 9, goals: 8, growth: 9, materials: 6 },
        recommendation: 'Продолжить работу в паре',
        comment: '',
      },
    ],
    CURATORS,
  );
  const draft = swot({
    stats,
    curator,
    growth,
    plan: { planned: 8, done: 4, overdue: 3, behind: ['Г-2'] },
    better: ['оценки участников (7,5 → 8,2)'],
    worse: [],
  });

  it('strengths: high scores, growth, last year’s comparison', () => {
    expect(draft.strengths).toEqual([
      'Участники высоко оценили (из 10): польза программы (8,3); комфорт совместной работы (9,0); компетентность наставника / вовлечённость наставляемого (9,0); решение профессиональных затруднений (8,3).',
      'Куратор высоко оценил реализацию программ (в среднем 8,2 из 10).',
      'Заметный рост самооценки (из 5): планирование уроков (+1,5); методы и приёмы обучения (+0,5); оценивание результатов обучающихся (+0,5); взаимодействие с родителями (+0,5); профессиональная уверенность (+1,5).',
      'Самооценка выросла у 2 из 2 участников (100 %).',
      'Лучше, чем в прошлом учебном году: оценки участников (7,5 → 8,2).',
    ]);
  });

  it('weaknesses: low scores, the plan behind, no growth in a skill', () => {
    expect(draft.weaknesses).toEqual([
      'Ниже 7 из 10 участники оценили: понятность задач программы (6,0).',
      'Куратор оценил ниже 7 из 10: материалы и отчётность (6,0).',
      'Выполнено лишь 50 % запланированных мероприятий программ.',
      'Отстают от плана программы: Г-2.',
      'Самооценка не выросла: работа с классом (−0,5).',
    ]);
  });

  it('opportunities and threats', () => {
    expect(draft.opportunities).toEqual([
      '2 участника готовы продолжить работу: основа для пар следующего учебного года.',
      'По оценке куратора продолжить работу рекомендовано 1 паре.',
      'Темы для обучения наставников и программ следующего года — умения с самой низкой самооценкой в конце года (из 5): работа с классом (2,0); методы и приёмы обучения (3,0).',
      'Опыт пары П-1 — представить на круглом столе и включить в «Методическую копилку».',
    ]);
    expect(draft.threats).toEqual([
      '1 участник не хотел бы продолжать работу в паре: есть риск, что пары распадутся.',
      'Низкий охват анкетирования (60 %): выводы мониторинга могут быть неточными.',
      'Куратор не оценил 1 пару: оценка качества программ неполная.',
      '3 мероприятия программ не выполнены в срок.',
      'Нет пары самооценок у 3 участников: их рост не измерен.',
    ]);
  });

  it('is marked as a draft, and a quadrant with nothing says so', () => {
    const blocks = swotBlocks({ strengths: ['А.'], weaknesses: [], opportunities: [], threats: [] });
    expect(blocks[0]).toEqual({
      kind: 'heading',
      text: 'SWOT-анализ реализации программ наставничества (черновик)',
    });
    expect(blocks[1]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/^Черновик составлен надстройкой/),
    });
    expect(blocks.slice(2)).toEqual([
      { kind: 'paragraph', text: 'Сильные стороны:' },
      { kind: 'list', items: ['А.'] },
      { kind: 'paragraph', text: 'Слабые стороны:' },
      { kind: 'list', items: ['По данным мониторинга не выявлено; дополните по итогам обсуждения.'] },
      { kind: 'paragraph', text: 'Возможности:' },
      { kind: 'list', items: ['По данным мониторинга не выявлено; дополните по итогам обсуждения.'] },
      { kind: 'paragraph', text: 'Угрозы:' },
      { kind: 'list', items: ['По данным мониторинга не выявлено; дополните по итогам обсуждения.'] },
    ]);
  });
});
