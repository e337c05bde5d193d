// `npx tsx dev/bench/matching.ts`: proposePairs on deterministic synthetic schools and a district.
import { proposePairs } from '../../src/server/matching';
import type {
  MatchingInput,
  MenteeRequest,
  MentorCandidate,
  PreferredForm,
} from '../../src/server/matching/types';

/** mulberry32: the same data on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The setup's twelve topics, the common ones first: requests cluster on a few of them.
const TOPICS = [
  'методика урока',
  'оценивание',
  'рабочая программа',
  'классное руководство',
  'работа с родителями',
  'цифровые инструменты',
  'дисциплина',
  'нормативная база',
  'подготовка к ГИА',
  'инклюзия',
  'аттестация',
  'проектная деятельность',
];
const SUBJECTS = [
  'Русский язык',
  'Математика',
  'Начальные классы',
  'Английский язык',
  'История',
  'Биология',
  'Физика',
  'Химия',
  'География',
  'Информатика',
  'Физическая культура',
  'Музыка',
  'ИЗО',
  'Технология',
  'ОБЖ',
];
const CATEGORIES = ['Высшая', 'Первая', 'Соответствие занимаемой должности', 'Без категории'];
const MENTEE_KINDS = [
  'Молодой специалист',
  'Новый сотрудник',
  'Педагог, испытывающий затруднения',
  'Переход на новую должность',
];
const FORMS: PreferredForm[] = ['Индивидуальная', 'Групповая', 'Любая', ''];

/** A skewed pick: index 0 most likely (roughly Zipf). */
function skewed(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() * random()));
}

function pickTopics(random: () => number, count: number): string[] {
  const out = new Set<string>();
  while (out.size < count) out.add(TOPICS[skewed(random, TOPICS.length)]);
  return [...out];
}

export function syntheticSchool(mentees: number, mentors: number, seed: number): MatchingInput {
  const random = rng(seed);
  const mentorRows: MentorCandidate[] = Array.from({ length: mentors }, (_, i) => ({
    email: `mentor${i}@school.ru`,
    name: `Наставник ${i}`,
    position: 'Учитель',
    subject: SUBJECTS[skewed(random, SUBJECTS.length)],
    experienceYears: 5 + Math.floor(random() * 35),
    category: CATEGORIES[Math.floor(random() * random() * 3)],
    competencies: pickTopics(random, 2 + Math.floor(random() * 4)),
    capacity: 1 + Math.floor(random() * 4),
    active: random() > 0.05,
    consentRecorded: random() > 0.1,
  }));
  const menteeRows: MenteeRequest[] = Array.from({ length: mentees }, (_, i) => ({
    email: `teacher${i}@school.ru`,
    name: `Педагог ${i}`,
    position: 'Учитель',
    subject: SUBJECTS[skewed(random, SUBJECTS.length)],
    experienceYears: Math.floor(random() * random() * 12),
    category: CATEGORIES[1 + Math.floor(random() * 3)],
    menteeCategory: MENTEE_KINDS[Math.floor(random() * MENTEE_KINDS.length)],
    topics: pickTopics(random, 1 + Math.floor(random() * 3)),
    preferredForm: FORMS[Math.floor(random() * FORMS.length)],
  }));
  return {
    mentors: mentorRows,
    mentees: menteeRows,
    settings: { defaultCapacity: 2 },
    pairs: [],
    rejections: [],
  };
}

export function benchMatching(): Array<{
  case: string;
  mentees: number;
  mentors: number;
  ms: number;
  assigned: number;
  totalScore: number;
}> {
  const cases: Array<[string, number, number]> = [
    ['школа', 40, 15],
    ['большая школа', 1000, 300],
    ['район', 5000, 1500],
  ];
  return cases.map(([name, mentees, mentors], k) => {
    const input = syntheticSchool(mentees, mentors, 1000 + k);
    const started = Date.now();
    const result = proposePairs(input);
    const ms = Date.now() - started;
    const assigned = result.proposals.reduce((sum, p) => sum + p.menteeEmails.length, 0);
    return { case: name, mentees, mentors, ms, assigned, totalScore: result.totalScore };
  });
}

if (process.argv[1]?.endsWith('matching.ts')) console.table(benchMatching());
