// Who mentors whom (roadmap 4.1, 5.1, 5.3): proposals for every mentee not yet in a pair, with the
// best total score over all of them at once, and a reason for each mentee left without a mentor.
import { solveAssignment } from './assignment';
import { explainGroup, explainPair, unmatchedReason, type GroupMember } from './explain';
import { checkStale, fingerprint, positiveInt, schoolCapacity } from './fingerprint';
import { formGroups } from './groups';
import {
  buildScoreModel,
  distinctTopics,
  norm,
  packedScore,
  scoreParts,
  scoreRow,
  WEIGHTS,
  type ScoreModel,
} from './score';
import { T } from './texts';
import type {
  MatchingInput,
  MatchingResult,
  MenteeRequest,
  MentorCandidate,
  MentorOption,
  Proposal,
  Unmatched,
} from './types';

export { checkStale, fingerprint, WEIGHTS };
export type * from './types';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One record per normalised email, in email order, whatever the order of the rows: the same input
 * always gives the same proposals. Of duplicate rows the one with the smallest canonical text wins.
 */
function canonicalRows<T extends { email: string }>(rows: readonly T[]): T[] {
  const keyed = rows
    .filter((r) => norm(r.email ?? '') !== '')
    .map((r) => ({ r, email: norm(r.email), text: JSON.stringify(r) }))
    .sort((a, b) => compare(a.email, b.email) || compare(a.text, b.text));
  return keyed.filter((x, i) => i === 0 || keyed[i - 1].email !== x.email).map((x) => x.r);
}

interface Prepared {
  /** Active mentors, canonical order. */
  mentors: MentorCandidate[];
  /** Free places of each mentor: own maximum (else the school's) minus mentees in pairs. */
  free: number[];
  /** Mentees not in a pair, canonical order. */
  mentees: MenteeRequest[];
  model: ScoreModel;
  /** Column of the mentee's own mentor record, or -1. */
  selfCol: Int32Array;
  /** Rejected (row, col) as row * mentors + col. */
  rejected: Set<number>;
  hasRejection: Uint8Array;
}

/** Pairs that hold places: active ones, and the ones the curator fixed. */
function occupation(
  input: MatchingInput,
  skipMentee = '',
): { taken: Map<string, number>; paired: Set<string> } {
  const taken = new Map<string, number>();
  const paired = new Set<string>();
  for (const p of input.pairs) {
    if (!p.active && !p.fixed) continue;
    const mentor = norm(p.mentorEmail);
    for (const e of p.menteeEmails) {
      const mentee = norm(e);
      if (mentee === '' || mentee === skipMentee) continue;
      paired.add(mentee);
      taken.set(mentor, (taken.get(mentor) ?? 0) + 1);
    }
  }
  return { taken, paired };
}

function prepare(input: MatchingInput, mentees: MenteeRequest[], taken: Map<string, number>): Prepared {
  const school = schoolCapacity(input);
  const mentors = canonicalRows(input.mentors).filter((r) => r.active);
  const free = mentors.map((r) =>
    Math.max(0, positiveInt(r.capacity, school) - (taken.get(norm(r.email)) ?? 0)),
  );
  const colOf = new Map(mentors.map((r, j) => [norm(r.email), j]));
  const selfCol = new Int32Array(mentees.length);
  const rowOf = new Map<string, number>();
  mentees.forEach((e, i) => {
    selfCol[i] = colOf.get(norm(e.email)) ?? -1;
    rowOf.set(norm(e.email), i);
  });
  const rejected = new Set<number>();
  const hasRejection = new Uint8Array(mentees.length);
  for (const x of input.rejections) {
    const i = rowOf.get(norm(x.menteeEmail));
    const j = colOf.get(norm(x.mentorEmail));
    if (i === undefined || j === undefined) continue;
    rejected.add(i * mentors.length + j);
    hasRejection[i] = 1;
  }
  return {
    mentors,
    free,
    mentees,
    model: buildScoreModel(mentors, mentees),
    selfCol,
    rejected,
    hasRejection,
  };
}

/** The solver's weight: the score, or −1 for a pair that may not be proposed. */
function weightOf(p: Prepared): (row: number, col: number) => number {
  const m = p.mentors.length;
  return (row, col) => {
    if (p.selfCol[row] === col) return -1;
    if (p.hasRejection[row] === 1 && p.rejected.has(row * m + col)) return -1;
    const s = packedScore(p.model, row, col);
    return s >= WEIGHTS.minimum ? s : -1;
  };
}

/** weightOf for a whole row at once: the scores in one tight loop, then the exclusions. */
function weightRowOf(p: Prepared): (row: number, out: Int32Array) => void {
  const m = p.mentors.length;
  const minimum = WEIGHTS.minimum;
  // Rejected columns of each row.
  const rejectedCols = new Map<number, number[]>();
  for (const key of p.rejected) {
    const row = Math.floor(key / m);
    rejectedCols.set(row, [...(rejectedCols.get(row) ?? []), key - row * m]);
  }
  return (row, out) => {
    scoreRow(p.model, row, out, minimum);
    if (p.selfCol[row] >= 0) out[p.selfCol[row]] = -1;
    if (p.hasRejection[row] === 1) for (const c of rejectedCols.get(row) ?? []) out[c] = -1;
  };
}

/** Proposals for every mentee not in an active or fixed pair (Подобрать наставников). */
export function proposePairs(input: MatchingInput): MatchingResult {
  const { taken, paired } = occupation(input);
  const mentees = canonicalRows(input.mentees).filter((e) => !paired.has(norm(e.email)));
  const p = prepare(input, mentees, taken);
  const solution = solveAssignment({
    rows: mentees.length,
    capacities: p.free,
    weight: weightOf(p),
    weightRow: weightRowOf(p),
  });

  const byMentor = new Map<number, number[]>();
  solution.columnOf.forEach((col, row) => {
    if (col >= 0) byMentor.set(col, [...(byMentor.get(col) ?? []), row]);
  });
  const proposals: Proposal[] = [];
  for (const [col, rows] of byMentor)
    proposals.push(
      ...mentorProposals(
        p.mentors[col],
        rows.map((r) => mentees[r]),
      ),
    );
  // Keys normalised once each, not at every comparison.
  const keyed = proposals.map((p) => ({ p, mentor: norm(p.mentorEmail), mentee: norm(p.menteeEmails[0]) }));
  keyed.sort((a, b) => compare(a.mentor, b.mentor) || compare(a.mentee, b.mentee));
  keyed.forEach((k, i) => (proposals[i] = k.p));

  const unmatched: Unmatched[] = [];
  const counts = topicCounts(p.mentors);
  solution.columnOf.forEach((col, row) => {
    if (col < 0)
      unmatched.push({ menteeEmail: mentees[row].email.trim(), reason: whyUnmatched(p, row, counts) });
  });
  return { proposals, unmatched, fingerprint: fingerprint(input), totalScore: solution.totalWeight };
}

/** One mentor's mentees as proposals: groups where they fit, pairs for the rest. */
function mentorProposals(mentor: MentorCandidate, given: MenteeRequest[]): Proposal[] {
  const members: GroupMember[] = given.map((mentee) => ({ mentee, parts: scoreParts(mentor, mentee) }));
  const { groups, single } = formGroups(given, mentor.competencies);
  const out: Proposal[] = groups.map((g) => {
    const group = g.members.map((i) => members[i]);
    return {
      mentorEmail: mentor.email.trim(),
      menteeEmails: group.map((m) => m.mentee.email.trim()),
      form: 'Групповая',
      sharedTopics: distinctTopics(group.flatMap((m) => m.parts.sharedTopics)),
      score: group.reduce((sum, m) => sum + m.parts.score, 0),
      explanation: explainGroup(mentor, group, g.topics),
    };
  });
  for (const i of single) {
    const { mentee, parts } = members[i];
    let explanation = explainPair(mentor, mentee, parts);
    if (norm(mentee.preferredForm) === 'групповая') explanation += `; ${T.wantedGroupAlone}`;
    out.push({
      mentorEmail: mentor.email.trim(),
      menteeEmails: [mentee.email.trim()],
      form: 'Индивидуальная',
      sharedTopics: parts.sharedTopics,
      score: parts.score,
      explanation,
    });
  }
  return out;
}

/** How many active mentors have each topic (normalised). */
function topicCounts(mentors: readonly MentorCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of mentors)
    for (const t of new Set(r.competencies.map(norm))) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function whyUnmatched(p: Prepared, row: number, counts: Map<string, number>): string {
  const m = p.mentors.length;
  const mentee = p.mentees[row];
  const self =
    p.selfCol[row] >= 0 ? new Set(p.mentors[p.selfCol[row]].competencies.map(norm)) : new Set<string>();
  const covered = (t: string): boolean => (counts.get(norm(t)) ?? 0) - (self.has(norm(t)) ? 1 : 0) > 0;
  let suitable = 0;
  let rejected = 0;
  let selfOnly = false;
  const scores = new Int32Array(m);
  scoreRow(p.model, row, scores, WEIGHTS.minimum);
  for (let col = 0; col < m; col++) {
    if (scores[col] < 0) continue;
    if (p.selfCol[row] === col) selfOnly = true;
    else if (p.rejected.has(row * m + col)) rejected++;
    else suitable++;
  }
  return unmatchedReason({
    noFreeMentors: p.free.every((f) => f === 0),
    uncoveredTopics: distinctTopics(mentee.topics).filter((t) => !covered(t)),
    suitable,
    rejected,
    selfOnly,
  });
}

/**
 * The mentors one mentee could have instead (the sidebar's «сменить наставника»): active, not the
 * mentee, not rejected for them, with a free place, best first. Places held by `proposals` (other
 * mentees') count as taken; the mentee's own pair and proposal do not, since they would leave them.
 *
 * No solve: when `proposals` are proposePairs' answer for this input (same fingerprint), the order
 * is exactly that of re-solving everything with the mentee forced to each mentor. A mentor with a
 * free place in the optimum leaves the rest of it optimal whoever else moves (an improving path
 * that starts at the place the mentee left only ever frees places), so the best whole assignment
 * with the mentee at X is a constant plus the mentee's score with X. Only the mentor and mentee
 * emails of the proposals are read: the sidebar's proposal keys are enough.
 */
export function mentorOptions(
  input: MatchingInput,
  menteeEmail: string,
  proposals: ReadonlyArray<Pick<Proposal, 'mentorEmail' | 'menteeEmails'>> = [],
): MentorOption[] {
  const key = norm(menteeEmail);
  // The mentee's own rows only: canonical order among duplicates, without sorting every request.
  const mentee = canonicalRows(input.mentees.filter((e) => norm(e.email ?? '') === key))[0];
  if (!mentee) return [];
  const { taken } = occupation(input, key);
  for (const pr of proposals) {
    const others = pr.menteeEmails.filter((e) => norm(e) !== key).length;
    taken.set(norm(pr.mentorEmail), (taken.get(norm(pr.mentorEmail)) ?? 0) + others);
  }
  const p = prepare(input, [mentee], taken);
  const options: MentorOption[] = [];
  p.mentors.forEach((mentor, col) => {
    if (p.free[col] === 0 || p.selfCol[0] === col || p.rejected.has(col)) return;
    const parts = scoreParts(mentor, mentee);
    options.push({
      mentorEmail: mentor.email.trim(),
      name: mentor.name,
      freePlaces: p.free[col],
      score: parts.score,
      sharedTopics: parts.sharedTopics,
      belowMinimum: parts.score < WEIGHTS.minimum,
      explanation: explainPair(mentor, mentee, parts),
    });
  });
  return options.sort((a, b) => b.score - a.score || compare(norm(a.mentorEmail), norm(b.mentorEmail)));
}

/**
 * Proposals for given mentor–mentees sets, worded as proposePairs words them. Accepting uses this
 * after the fingerprint check instead of solving again: the same input gives the same proposals.
 * null where a mentor or mentee is not in the input.
 */
export function describeProposals(
  input: MatchingInput,
  sets: ReadonlyArray<{ mentorEmail: string; menteeEmails: readonly string[] }>,
): Array<Proposal | null> {
  const mentors = new Map(canonicalRows(input.mentors).map((m) => [norm(m.email), m]));
  const mentees = new Map(canonicalRows(input.mentees).map((m) => [norm(m.email), m]));
  return sets.map((set) => {
    const mentor = mentors.get(norm(set.mentorEmail));
    const given = set.menteeEmails.map((e) => mentees.get(norm(e)));
    if (!mentor || given.length === 0 || given.some((m) => !m)) return null;
    const wanted = new Set(set.menteeEmails.map(norm));
    const all = mentorProposals(mentor, given as MenteeRequest[]);
    const same = all.find(
      (p) => p.menteeEmails.length === wanted.size && p.menteeEmails.every((e) => wanted.has(norm(e))),
    );
    return same ?? null;
  });
}
