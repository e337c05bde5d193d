import { checkStale, fingerprint, mentorOptions, proposePairs } from '../../../src/server/matching';
import { packedScore, buildScoreModel, scoreParts, WEIGHTS } from '../../../src/server/matching/score';
import { plural, yearsGenitive, yearsNominative } from '../../../src/server/matching/texts';
import type { MatchingInput, MenteeRequest, MentorCandidate } from '../../../src/server/matching/types';
import { syntheticSchool } from '../../../dev/bench/matching';

const mentor = (email: string, extra: Partial<MentorCandidate> = {}): MentorCandidate => ({
  email,
  name: email,
  position: 'Учитель',
  subject: 'Математика',
  experienceYears: 20,
  category: 'Высшая',
  competencies: [],
  active: true,
  consentRecorded: true,
  ...extra,
});
const mentee = (email: string, extra: Partial<MenteeRequest> = {}): MenteeRequest => ({
  email,
  name: email,
  position: 'Учитель',
  subject: 'Математика',
  experienceYears: 1,
  category: 'Без категории',
  menteeCategory: 'Молодой специалист',
  topics: [],
  preferredForm: 'Индивидуальная',
  ...extra,
});
const school = (
  mentors: MentorCandidate[],
  mentees: MenteeRequest[],
  extra: Partial<MatchingInput> = {},
): MatchingInput => ({
  mentors,
  mentees,
  settings: { defaultCapacity: 2 },
  pairs: [],
  rejections: [],
  ...extra,
});
const pairsOf = (input: MatchingInput): string[] =>
  proposePairs(input).proposals.flatMap((p) => p.menteeEmails.map((e) => `${p.mentorEmail}>${e}`));

describe('proposePairs: who mentors whom', () => {
  it('finds the best total where greedy fails', () => {
    // a@ fits m1 best, but m1 is the only mentor b@ can use: the best whole gives a@ to m2.
    const input = school(
      [
        mentor('m1@s.ru', { competencies: ['оценивание', 'инклюзия'], capacity: 1 }),
        mentor('m2@s.ru', { competencies: ['оценивание'], capacity: 1, experienceYears: 1, category: '' }),
      ],
      [
        mentee('a@s.ru', { topics: ['оценивание', 'инклюзия'] }),
        mentee('b@s.ru', { topics: ['инклюзия'], subject: 'История' }),
      ],
    );
    expect(pairsOf(input).sort()).toEqual(['m1@s.ru>b@s.ru', 'm2@s.ru>a@s.ru']);
  });

  it('has the best total of all assignments on many small random schools (brute force)', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const input = syntheticSchool(2 + (seed % 5), 1 + (seed % 3), seed);
      const model = buildScoreModel(input.mentors, input.mentees);
      const caps = input.mentors.map((m) => (m.active ? (m.capacity ?? 2) : 0));
      let best = { count: 0, total: 0 };
      const go = (i: number, count: number, total: number): void => {
        if (i === input.mentees.length) {
          if (count > best.count || (count === best.count && total > best.total)) best = { count, total };
          return;
        }
        go(i + 1, count, total);
        input.mentors.forEach((_, j) => {
          const s = packedScore(model, i, j);
          if (caps[j] === 0 || s < WEIGHTS.minimum) return;
          caps[j]--;
          go(i + 1, count + 1, total + s);
          caps[j]++;
        });
      };
      go(0, 0, 0);
      const result = proposePairs(input);
      const count = result.proposals.reduce((n, p) => n + p.menteeEmails.length, 0);
      expect({ count, total: result.totalScore }).toEqual(best);
    }
  });

  it('scores the same from the records and from the packed arrays', () => {
    const input = syntheticSchool(30, 10, 5);
    const model = buildScoreModel(input.mentors, input.mentees);
    input.mentees.forEach((e, i) =>
      input.mentors.forEach((r, j) => expect(packedScore(model, i, j)).toBe(scoreParts(r, e).score)),
    );
  });

  it('keeps each mentor within own capacity, else the school maximum, minus mentees in active pairs', () => {
    const mentees = Array.from({ length: 6 }, (_, i) => mentee(`e${i}@s.ru`, { topics: ['оценивание'] }));
    const input = school(
      [
        mentor('own@s.ru', { competencies: ['оценивание'], capacity: 1 }),
        mentor('def@s.ru', { competencies: ['оценивание'] }),
        mentor('busy@s.ru', { competencies: ['оценивание'], capacity: 3 }),
      ],
      mentees,
      {
        settings: { defaultCapacity: 3 },
        pairs: [
          {
            id: 'П-1',
            mentorEmail: 'BUSY@s.ru ',
            menteeEmails: ['x@s.ru', 'y@s.ru'],
            fixed: false,
            active: true,
          },
          { id: 'П-2', mentorEmail: 'busy@s.ru', menteeEmails: ['z@s.ru'], fixed: false, active: false },
        ],
      },
    );
    const count = (m: string) => pairsOf(input).filter((p) => p.startsWith(m)).length;
    expect(count('own@')).toBe(1);
    expect(count('def@')).toBe(3);
    expect(count('busy@')).toBe(1);
  });

  it('never lets anyone mentor themself, skips inactive mentors and honours rejections', () => {
    const input = school(
      [
        mentor('self@s.ru', { competencies: ['оценивание'] }),
        mentor('gone@s.ru', { competencies: ['оценивание'], active: false }),
        mentor('ok@s.ru', { subject: 'Физика', experienceYears: 1, category: '' }),
      ],
      [mentee(' Self@S.ru', { topics: ['оценивание'] }), mentee('r@s.ru', { topics: ['оценивание'] })],
      { rejections: [{ mentorEmail: 'SELF@s.ru', menteeEmail: 'r@s.ru' }] },
    );
    const result = proposePairs(input);
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual([
      { menteeEmail: 'r@s.ru', reason: 'все подходящие наставники отклонены куратором' },
      {
        menteeEmail: 'Self@S.ru',
        reason: 'нет наставника с темой «оценивание»; единственный подходящий наставник — сам наставляемый',
      },
    ]);
  });

  it('keeps fixed pairs: their mentees are not proposed again and their places are used', () => {
    const input = school(
      [mentor('m@s.ru', { competencies: ['оценивание'], capacity: 2 })],
      [
        mentee('a@s.ru', { topics: ['оценивание'] }),
        mentee('b@s.ru', { topics: ['оценивание'] }),
        mentee('c@s.ru'),
      ],
      { pairs: [{ id: 'П-1', mentorEmail: 'm@s.ru', menteeEmails: ['a@s.ru'], fixed: true, active: false }] },
    );
    const result = proposePairs(input);
    expect(pairsOf(input)).toEqual(['m@s.ru>b@s.ru']);
    expect(result.unmatched).toEqual([{ menteeEmail: 'c@s.ru', reason: 'все подходящие наставники заняты' }]);
  });

  it('gives the same proposals whatever the order of the rows', () => {
    const input = syntheticSchool(200, 60, 11);
    const shuffled: MatchingInput = {
      ...input,
      mentors: [...input.mentors].reverse(),
      mentees: input.mentees
        .filter((_, i) => i % 2 === 1)
        .concat(input.mentees.filter((_, i) => i % 2 === 0)),
    };
    expect(proposePairs(shuffled)).toEqual(proposePairs(input));
  });

  it('proposes a group of mentees who want one and share a topic, never an «Индивидуальная» one', () => {
    const input = school(
      [mentor('m@s.ru', { competencies: ['оценивание'], capacity: 4, experienceYears: 24 })],
      [
        mentee('a@s.ru', {
          topics: ['Оценивание', 'инклюзия'],
          preferredForm: 'Групповая',
          experienceYears: 1,
        }),
        mentee('b@s.ru', { topics: ['оценивание'], preferredForm: 'Любая', experienceYears: 3 }),
        mentee('c@s.ru', { topics: ['оценивание'], preferredForm: 'Индивидуальная' }),
        mentee('d@s.ru', { topics: ['инклюзия'], preferredForm: 'Групповая' }),
      ],
    );
    const { proposals } = proposePairs(input);
    expect(proposals.map((p) => [p.form, p.menteeEmails])).toEqual([
      ['Групповая', ['a@s.ru', 'b@s.ru']],
      ['Индивидуальная', ['c@s.ru']],
      ['Индивидуальная', ['d@s.ru']],
    ]);
    expect(proposals[0].explanation).toBe(
      'Группа из 2 наставляемых с общими темами: оценивание; темы наставника: оценивание; ' +
        'у всех один предмет с наставником — математика; стаж 24 года против 1–3 лет; ' +
        'высшая категория против без категории',
    );
    expect(proposals[0].score).toBe(
      scoreParts(input.mentors[0], input.mentees[0]).score +
        scoreParts(input.mentors[0], input.mentees[1]).score,
    );
    expect(proposals[2].explanation).toMatch(/групповая форма не сложилась/);
  });

  it('explains a pair in plain Russian', () => {
    const input = school(
      [
        mentor('m@s.ru', {
          competencies: ['Методика урока', 'оценивание'],
          experienceYears: 24,
          consentRecorded: false,
        }),
      ],
      [mentee('e@s.ru', { topics: ['методика  урока', 'оценивание', 'инклюзия'], experienceYears: 1 })],
    );
    const [p] = proposePairs(input).proposals;
    expect(p.sharedTopics).toEqual(['методика урока', 'оценивание']);
    expect(p.explanation).toBe(
      'Общие темы: методика урока, оценивание; один предмет — математика; стаж 24 года против 1 года; ' +
        'высшая категория против без категории; согласие наставника на включение в банк не отмечено',
    );
  });

  it('still proposes a mentor without shared topics, saying so, but never below the minimum score', () => {
    const input = school(
      [
        mentor('m@s.ru', {
          competencies: ['дисциплина'],
          experienceYears: 5,
          category: 'Первая',
          capacity: 1,
        }),
      ],
      [
        mentee('near@s.ru', { topics: ['инклюзия'], experienceYears: 5, category: 'Без категории' }),
        mentee('busy@s.ru', { topics: ['инклюзия'], experienceYears: 5, category: 'Первая' }),
        mentee('far@s.ru', {
          topics: ['инклюзия'],
          subject: 'Химия',
          experienceYears: 5,
          category: 'Первая',
        }),
      ],
    );
    const result = proposePairs(input);
    expect(result.proposals.map((p) => [p.menteeEmails[0], p.explanation])).toEqual([
      ['near@s.ru', 'Общих тем нет; один предмет — математика; первая категория против без категории'],
    ]);
    expect(result.unmatched).toEqual([
      {
        menteeEmail: 'busy@s.ru',
        reason: 'нет наставника с темой «инклюзия»; все подходящие наставники заняты',
      },
      {
        menteeEmail: 'far@s.ru',
        reason: 'нет наставника с темой «инклюзия»; нет наставника, близкого по темам, предмету или опыту',
      },
    ]);
  });

  it('says when there is no mentor with a free place at all', () => {
    const result = proposePairs(
      school([mentor('m@s.ru', { active: false })], [mentee('e@s.ru', { topics: ['ГИА', 'аттестация'] })]),
    );
    expect(result.unmatched[0].reason).toBe('в банке нет активных наставников со свободными местами');
  });

  it('uses the Russian plural forms of years', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 111].map(yearsNominative)).toEqual([
      '1 год',
      '2 года',
      '5 лет',
      '11 лет',
      '21 год',
      '22 года',
      '25 лет',
      '111 лет',
    ]);
    expect([1, 2, 5, 21].map(yearsGenitive)).toEqual(['1 года', '2 лет', '5 лет', '21 года']);
    expect(plural(3, 'тема', 'темы', 'тем')).toBe('темы');
  });
});

describe('fingerprint and stale proposals', () => {
  const input = syntheticSchool(30, 10, 3);

  it('does not change when rows are reordered or a name is fixed', () => {
    const reordered = {
      ...input,
      mentors: [...input.mentors].reverse(),
      mentees: [...input.mentees].reverse(),
    };
    expect(fingerprint(reordered)).toBe(fingerprint(input));
    const renamed = {
      ...input,
      mentees: input.mentees.map((e, i) => (i === 0 ? { ...e, name: 'Иванова' } : e)),
    };
    expect(fingerprint(renamed)).toBe(fingerprint(input));
  });

  it('changes when anything that decides the proposals changes', () => {
    const base = fingerprint(input);
    const changed: MatchingInput[] = [
      { ...input, mentors: input.mentors.map((r, i) => (i === 0 ? { ...r, capacity: 9 } : r)) },
      { ...input, mentors: input.mentors.map((r, i) => (i === 0 ? { ...r, active: !r.active } : r)) },
      {
        ...input,
        mentees: input.mentees.map((e, i) => (i === 0 ? { ...e, topics: [...e.topics, 'аттестация2'] } : e)),
      },
      { ...input, mentees: input.mentees.slice(1) },
      { ...input, settings: { defaultCapacity: 3 } },
      { ...input, rejections: [{ mentorEmail: 'mentor0@school.ru', menteeEmail: 'teacher0@school.ru' }] },
      {
        ...input,
        pairs: [
          { id: '1', mentorEmail: 'mentor0@school.ru', menteeEmails: ['x@s.ru'], fixed: true, active: true },
        ],
      },
    ];
    for (const c of changed) expect(fingerprint(c)).not.toBe(base);
  });

  it('accepts proposals made from the same data and refuses stale ones, saying why', () => {
    const result = proposePairs(input);
    expect(checkStale(result, { ...input, mentees: [...input.mentees].reverse() })).toEqual({ valid: true });
    const fewer = { ...input, mentors: input.mentors.slice(1), settings: { defaultCapacity: 4 } };
    expect(checkStale(result.fingerprint, fewer)).toEqual({
      valid: false,
      reason:
        'Предложения устарели: изменился банк наставников, изменился максимум наставляемых на наставника. ' +
        'Подберите наставников заново.',
    });
    expect(checkStale('', input).valid).toBe(false);
  });
});

describe('mentorOptions: the mentors one mentee could have instead', () => {
  it('lists mentors with free places, best first, with places left by other proposals', () => {
    const input = school(
      [
        mentor('a@s.ru', { competencies: ['оценивание'], capacity: 1 }),
        mentor('b@s.ru', { competencies: [], capacity: 2 }),
        mentor('c@s.ru', { competencies: ['оценивание'], capacity: 1 }),
        mentor('e@s.ru', { competencies: ['оценивание'] }),
      ],
      [mentee('e@s.ru', { topics: ['оценивание'] }), mentee('f@s.ru')],
      { rejections: [{ mentorEmail: 'c@s.ru', menteeEmail: 'e@s.ru' }] },
    );
    const taken = [
      {
        mentorEmail: 'b@s.ru',
        menteeEmails: ['f@s.ru'],
        form: 'Индивидуальная' as const,
        sharedTopics: [],
        score: 0,
        explanation: '',
      },
    ];
    const options = mentorOptions(input, 'E@s.ru', taken);
    expect(options.map((o) => [o.mentorEmail, o.freePlaces, o.belowMinimum])).toEqual([
      ['a@s.ru', 1, false],
      ['b@s.ru', 1, false],
    ]);
    expect(options[0].score).toBeGreaterThan(options[1].score);
    expect(mentorOptions(input, 'nobody@s.ru')).toEqual([]);
  });
});
