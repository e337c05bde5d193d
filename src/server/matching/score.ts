// How well a mentor fits a mentee: one integer score, the same whether computed from the records
// (for explanations) or from the packed arrays (for the solver, millions of times per run).
import { normalizeKey } from '../shared/text';
import type { MenteeRequest, MentorCandidate } from './types';

/**
 * All weights in one place. Shared topics are the main term: one shared topic (120) outweighs the
 * other terms together (40 + 45 + 30), so the request decides first. The same subject comes next:
 * a colleague teaching the same subject helps with most day-to-day questions. Experience counts per
 * year of the gap in the mentor's favour, capped at 15 years (past that a gap tells little more),
 * and counts more for newcomers, who learn most from experience. Each step of qualification
 * category in the mentor's favour adds a little.
 *
 * The minimum useful score (40) is what one shared subject alone gives. Without a shared topic or
 * subject a mentor is proposed only when experience and category together make up as much (e.g.
 * 10 years and two categories); a mentee with a different subject, no shared topic and no gap is
 * left for «Сопровождение» (5.3) rather than given a mentor who cannot help.
 */
export const WEIGHTS = {
  topic: 120,
  subject: 40,
  experiencePerYear: 2,
  newcomerExperiencePerYear: 3,
  experienceCapYears: 15,
  categoryStep: 10,
  minimum: 40,
} as const;

/** Trim, lower case, ё→е, collapsed spaces: how emails, topics and subjects are compared. */
export const norm = normalizeKey;

/** «высшая» 3, «первая» 2, «соответствие занимаемой должности» 1, anything else 0 (none). */
export function categoryRank(category: string): number {
  const c = norm(category)
    .replace(/\s*категория\s*/g, ' ')
    .trim();
  if (c === 'высшая') return 3;
  if (c === 'первая') return 2;
  if (c === 'соответствие занимаемой должности' || c === 'сзд') return 1;
  return 0;
}

const NEWCOMERS = ['молодой специалист', 'новый сотрудник', 'переход на новую должность'];

/** Newcomers (young specialists, new staff, a new post) gain most from the mentor's experience. */
export function isNewcomer(menteeCategory: string | undefined): boolean {
  return NEWCOMERS.includes(norm(menteeCategory ?? ''));
}

/** Whole years, never negative. */
export function years(value: number): number {
  return typeof value === 'number' && isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export function experiencePoints(mentorYears: number, menteeYears: number, newcomer: boolean): number {
  const gap = Math.min(years(mentorYears) - years(menteeYears), WEIGHTS.experienceCapYears);
  if (gap <= 0) return 0;
  return gap * (newcomer ? WEIGHTS.newcomerExperiencePerYear : WEIGHTS.experiencePerYear);
}

export function categoryPoints(mentorRank: number, menteeRank: number): number {
  return mentorRank > menteeRank ? (mentorRank - menteeRank) * WEIGHTS.categoryStep : 0;
}

/** Distinct topics as written, first spelling wins, blanks dropped. */
export function distinctTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of topics) {
    const k = norm(t);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(t.replace(/\s+/g, ' ').trim());
  }
  return out;
}

export interface ScoreParts {
  /** The mentee's topics the mentor has among competencies, as the mentee wrote them. */
  sharedTopics: string[];
  sameSubject: boolean;
  experiencePoints: number;
  categoryPoints: number;
  score: number;
}

/** The score from the records: slow, for explanations and the sidebar's list. */
export function scoreParts(mentor: MentorCandidate, mentee: MenteeRequest): ScoreParts {
  const competencies = new Set(mentor.competencies.map(norm));
  const sharedTopics = distinctTopics(mentee.topics).filter((t) => competencies.has(norm(t)));
  const subject = norm(mentee.subject);
  const sameSubject = subject !== '' && subject === norm(mentor.subject);
  const exp = experiencePoints(
    mentor.experienceYears,
    mentee.experienceYears,
    isNewcomer(mentee.menteeCategory),
  );
  const cat = categoryPoints(categoryRank(mentor.category), categoryRank(mentee.category));
  const score = sharedTopics.length * WEIGHTS.topic + (sameSubject ? WEIGHTS.subject : 0) + exp + cat;
  return { sharedTopics, sameSubject, experiencePoints: exp, categoryPoints: cat, score };
}

/**
 * The same score packed into typed arrays: topics as bitmasks (32 topics a word), subjects as ids,
 * so one score is a few integer operations.
 */
export interface ScoreModel {
  words: number;
  menteeMask: Int32Array;
  mentorMask: Int32Array;
  menteeSubject: Int32Array;
  mentorSubject: Int32Array;
  menteeYears: Int32Array;
  mentorYears: Int32Array;
  menteeRank: Int32Array;
  mentorRank: Int32Array;
  perYear: Int32Array;
}

export function buildScoreModel(
  mentors: readonly MentorCandidate[],
  mentees: readonly MenteeRequest[],
): ScoreModel {
  const topicIds = new Map<string, number>();
  const subjectIds = new Map<string, number>();
  // Only topics some mentee asked for can ever be shared.
  for (const e of mentees) {
    for (const t of e.topics) {
      const k = norm(t);
      if (k !== '' && !topicIds.has(k)) topicIds.set(k, topicIds.size);
    }
  }
  const words = Math.max(1, Math.ceil(topicIds.size / 32));
  const subjectId = (s: string): number => {
    const k = norm(s);
    if (k === '') return -1;
    let id = subjectIds.get(k);
    if (id === undefined) subjectIds.set(k, (id = subjectIds.size));
    return id;
  };
  const fillMask = (mask: Int32Array, row: number, topics: readonly string[]): void => {
    for (const t of topics) {
      const id = topicIds.get(norm(t));
      if (id !== undefined) mask[row * words + (id >> 5)] |= 1 << (id & 31);
    }
  };
  const m: ScoreModel = {
    words,
    menteeMask: new Int32Array(mentees.length * words),
    mentorMask: new Int32Array(mentors.length * words),
    menteeSubject: new Int32Array(mentees.length),
    mentorSubject: new Int32Array(mentors.length),
    menteeYears: new Int32Array(mentees.length),
    mentorYears: new Int32Array(mentors.length),
    menteeRank: new Int32Array(mentees.length),
    mentorRank: new Int32Array(mentors.length),
    perYear: new Int32Array(mentees.length),
  };
  mentees.forEach((e, i) => {
    fillMask(m.menteeMask, i, e.topics);
    m.menteeSubject[i] = subjectId(e.subject);
    m.menteeYears[i] = years(e.experienceYears);
    m.menteeRank[i] = categoryRank(e.category);
    m.perYear[i] = isNewcomer(e.menteeCategory)
      ? WEIGHTS.newcomerExperiencePerYear
      : WEIGHTS.experiencePerYear;
  });
  mentors.forEach((r, j) => {
    fillMask(m.mentorMask, j, r.competencies);
    m.mentorSubject[j] = subjectId(r.subject);
    m.mentorYears[j] = years(r.experienceYears);
    m.mentorRank[j] = categoryRank(r.category);
  });
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** scoreParts(mentor j, mentee i).score, from the packed arrays. */
export function packedScore(m: ScoreModel, i: number, j: number): number {
  let shared = 0;
  const w = m.words;
  for (let k = 0; k < w; k++) shared += popcount(m.menteeMask[i * w + k] & m.mentorMask[j * w + k]);
  let score = shared * WEIGHTS.topic;
  const s = m.menteeSubject[i];
  if (s >= 0 && s === m.mentorSubject[j]) score += WEIGHTS.subject;
  let gap = m.mentorYears[j] - m.menteeYears[i];
  if (gap > 0) {
    if (gap > WEIGHTS.experienceCapYears) gap = WEIGHTS.experienceCapYears;
    score += gap * m.perYear[i];
  }
  const steps = m.mentorRank[j] - m.menteeRank[i];
  if (steps > 0) score += steps * WEIGHTS.categoryStep;
  return score;
}

/** Set bits of every 16-bit number: two lookups count a word. */
const BITS16 = (() => {
  const t = new Uint8Array(65536);
  for (let x = 1; x < 65536; x++) t[x] = (x & 1) + t[x >> 1];
  return t;
})();

/** Per-mentor data scoreRow reads: experience and category as one profile index. */
interface RowTables {
  profile: Int32Array;
  years: number;
  /** experience + category points of profile years * 4 + rank, for the current mentee. */
  table: Int32Array;
}
const rowTables = new WeakMap<ScoreModel, RowTables>();

function tablesOf(m: ScoreModel): RowTables {
  let t = rowTables.get(m);
  if (!t) {
    // Past the oldest mentee's years plus the cap every gap is capped: those mentors are alike.
    let maxYears = 0;
    for (const y of m.mentorYears) if (y > maxYears) maxYears = y;
    let maxMentee = 0;
    for (const y of m.menteeYears) if (y > maxMentee) maxMentee = y;
    const years = Math.min(maxYears, maxMentee + WEIGHTS.experienceCapYears);
    const profile = new Int32Array(m.mentorYears.length);
    for (let j = 0; j < profile.length; j++)
      profile[j] = Math.min(m.mentorYears[j], years) * 4 + m.mentorRank[j];
    t = { profile, years, table: new Int32Array((years + 1) * 4) };
    rowTables.set(m, t);
  }
  return t;
}

/**
 * packedScore(m, i, j) for every mentor j at once, into out: the solver's inner loop (every
 * mentee × mentor pair it prices goes through here). Experience and category points come from a
 * table per mentee over the mentors' (years, category) profiles. Scores below `minimum` are -1.
 */
export function scoreRow(m: ScoreModel, i: number, out: Int32Array, minimum = 0): void {
  const cols = m.mentorSubject.length;
  const words = m.words;
  const { topic, subject: subjectPoints, experienceCapYears: capYears, categoryStep } = WEIGHTS;
  const { profile, years: maxYears, table } = tablesOf(m);
  if (maxYears > 1000) {
    // Absurd years (a typo in a sheet): no table, the plain score.
    for (let j = 0; j < cols; j++) {
      const score = packedScore(m, i, j);
      out[j] = score >= minimum ? score : -1;
    }
    return;
  }
  const menteeYears = m.menteeYears[i];
  const rank = m.menteeRank[i];
  const perYear = m.perYear[i];
  for (let y = 0; y <= maxYears; y++) {
    const gap = y - menteeYears;
    const exp = gap > 0 ? (gap > capYears ? capYears : gap) * perYear : 0;
    for (let r = 0; r < 4; r++) table[y * 4 + r] = exp + (r > rank ? (r - rank) * categoryStep : 0);
  }
  const { mentorMask, mentorSubject } = m;
  const subject = m.menteeSubject[i];
  if (words === 1) {
    const mask = m.menteeMask[i];
    for (let j = 0; j < cols; j++) {
      const x = mask & mentorMask[j];
      let score = (BITS16[x & 0xffff] + BITS16[x >>> 16]) * topic + table[profile[j]];
      if (subject >= 0 && subject === mentorSubject[j]) score += subjectPoints;
      out[j] = score >= minimum ? score : -1;
    }
    return;
  }
  for (let j = 0; j < cols; j++) {
    let shared = 0;
    for (let k = 0; k < words; k++)
      shared += popcount(m.menteeMask[i * words + k] & mentorMask[j * words + k]);
    let score = shared * topic + table[profile[j]];
    if (subject >= 0 && subject === mentorSubject[j]) score += subjectPoints;
    out[j] = score >= minimum ? score : -1;
  }
}
