// The solver against independent answers: brute force over every assignment on small random
// schools with capacities, groups, fixed pairs, rejections and a mentee who is a mentor too; and
// «Другой наставник» against re-solving with the mentee forced to each mentor.
import { mentorOptions, proposePairs } from '../../../src/server/matching';
import { solveAssignment } from '../../../src/server/matching/assignment';
import {
  buildScoreModel,
  packedScore,
  scoreParts,
  scoreRow,
  WEIGHTS,
} from '../../../src/server/matching/score';
import type { MatchingInput } from '../../../src/server/matching/types';
import { syntheticSchool } from '../../../dev/bench/matching';
import { seededRandom as rng } from '../../../dev/random';

const key = (s: string): string => s.trim().toLowerCase();

/** A small random school: capacities, group preferences, a fixed pair, a rejection, a self-mentor. */
function randomSchool(seed: number): MatchingInput {
  const random = rng(seed);
  const base = syntheticSchool(3 + Math.floor(random() * 4), 1 + Math.floor(random() * 3), seed);
  const input: MatchingInput = {
    ...base,
    mentors: base.mentors.map((r) => ({ ...r, capacity: Math.floor(random() * 3) || undefined })),
    settings: { defaultCapacity: 1 + Math.floor(random() * 2) },
  };
  if (random() < 0.4) {
    // A mentee who is a mentor too: never their own mentor.
    input.mentors.push({ ...input.mentors[0], email: input.mentees[0].email, active: true });
  }
  if (random() < 0.4)
    input.rejections = [{ mentorEmail: input.mentors[0].email, menteeEmail: input.mentees[1].email }];
  if (random() < 0.3)
    input.pairs = [
      {
        id: 'П-1',
        mentorEmail: input.mentors[0].email,
        menteeEmails: [input.mentees[input.mentees.length - 1].email],
        fixed: true,
        active: false,
      },
    ];
  return input;
}

/** What proposePairs should see: mentees to place, active mentors and their free places, weights. */
function instance(input: MatchingInput, forced?: { mentee: string; mentor: string }) {
  const paired = new Set(input.pairs.flatMap((p) => p.menteeEmails.map(key)));
  const taken = new Map<string, number>();
  for (const p of input.pairs)
    taken.set(key(p.mentorEmail), (taken.get(key(p.mentorEmail)) ?? 0) + p.menteeEmails.length);
  const mentors = input.mentors.filter((r) => r.active);
  const mentees = input.mentees.filter((e) => !paired.has(key(e.email)) && key(e.email) !== forced?.mentee);
  const caps = mentors.map(
    (r) =>
      Math.max(
        0,
        (r.capacity && r.capacity >= 1 ? r.capacity : input.settings.defaultCapacity) -
          (taken.get(key(r.email)) ?? 0),
      ) - (forced && key(r.email) === forced.mentor ? 1 : 0),
  );
  const rejected = new Set(input.rejections.map((x) => `${key(x.mentorEmail)}|${key(x.menteeEmail)}`));
  const weight = (i: number, j: number): number => {
    const e = mentees[i];
    const r = mentors[j];
    if (key(e.email) === key(r.email) || rejected.has(`${key(r.email)}|${key(e.email)}`)) return -1;
    const s = scoreParts(r, e).score;
    return s >= WEIGHTS.minimum ? s : -1;
  };
  return { mentees, mentors, caps, weight };
}

/** Every assignment, tried one by one: the best (count, total). */
function bruteForce(rows: number, caps: number[], weight: (i: number, j: number) => number) {
  const left = caps.slice();
  let best = { count: 0, total: 0 };
  const go = (i: number, count: number, total: number): void => {
    if (i === rows) {
      if (count > best.count || (count === best.count && total > best.total)) best = { count, total };
      return;
    }
    go(i + 1, count, total);
    for (let j = 0; j < caps.length; j++) {
      const w = weight(i, j);
      if (w < 0 || left[j] <= 0) continue;
      left[j]--;
      go(i + 1, count + 1, total + w);
      left[j]++;
    }
  };
  go(0, 0, 0);
  return best;
}

describe('the solver against brute force', () => {
  it('has the best count, then total, on random schools with capacities, groups and exclusions', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const input = randomSchool(seed);
      const { mentees, mentors, caps, weight } = instance(input);
      const result = proposePairs(input);
      const count = result.proposals.reduce((n, p) => n + p.menteeEmails.length, 0);
      expect({ seed, count, total: result.totalScore }).toEqual({
        seed,
        ...bruteForce(mentees.length, caps, weight),
      });
      // Each proposal's score is its members' scores; each mentor within free places; groups only
      // of mentees who wanted one.
      for (const p of result.proposals) {
        const j = mentors.findIndex((r) => key(r.email) === key(p.mentorEmail));
        const given = result.proposals
          .filter((q) => key(q.mentorEmail) === key(p.mentorEmail))
          .reduce((n, q) => n + q.menteeEmails.length, 0);
        expect(given).toBeLessThanOrEqual(caps[j]);
        const sum = p.menteeEmails
          .map((e) => mentees.findIndex((m) => key(m.email) === key(e)))
          .reduce((s, i) => s + weight(i, j), 0);
        expect(p.score).toBe(sum);
        if (p.form === 'Групповая') {
          expect(p.menteeEmails.length).toBeGreaterThanOrEqual(2);
          for (const e of p.menteeEmails) {
            const m = mentees.find((x) => key(x.email) === key(e))!;
            expect(['Групповая', 'Любая']).toContain(m.preferredForm);
          }
        }
      }
    }
  });

  it('equals brute force on random weights with ties, zero capacities and short lists', () => {
    const random = rng(99);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(random() * 7);
      const m = 1 + Math.floor(random() * 4);
      const caps = Array.from({ length: m }, () => Math.floor(random() * 3));
      // Few distinct weights: many ties, as real scores have.
      const w = Array.from({ length: n }, () =>
        Array.from({ length: m }, () => (random() < 0.25 ? -1 : 40 * Math.floor(random() * 4))),
      );
      const s = solveAssignment({
        rows: n,
        capacities: caps,
        weight: (r, c) => w[r][c],
        candidatesPerRow: 1 + (t % 3),
      });
      expect({ count: s.assigned, total: s.totalWeight }).toEqual(bruteForce(n, caps, (i, j) => w[i][j]));
    }
  });

  it('gives the same answer whether weights come one pair or one row at a time', () => {
    const input = syntheticSchool(300, 90, 21);
    const model = buildScoreModel(input.mentors, input.mentees);
    const caps = input.mentors.map((r) => (r.active ? (r.capacity ?? 2) : 0));
    const weight = (r: number, c: number): number => {
      const s = packedScore(model, r, c);
      return s >= WEIGHTS.minimum ? s : -1;
    };
    const one = solveAssignment({ rows: 300, capacities: caps, weight });
    const row = solveAssignment({
      rows: 300,
      capacities: caps,
      weight,
      weightRow: (r, out) => scoreRow(model, r, out, WEIGHTS.minimum),
    });
    expect(row.columnOf).toEqual(one.columnOf);
    expect(row.totalWeight).toBe(one.totalWeight);
  });

  it('scores a whole row as packedScore scores each pair, the minimum applied', () => {
    const input = syntheticSchool(40, 25, 8);
    input.mentors[3].experienceYears = 5000; // absurd years: the plain path
    for (const mentors of [input.mentors.slice(0, 3), input.mentors]) {
      const model = buildScoreModel(mentors, input.mentees);
      const out = new Int32Array(mentors.length);
      input.mentees.forEach((_, i) => {
        scoreRow(model, i, out, WEIGHTS.minimum);
        mentors.forEach((_, j) => {
          const s = packedScore(model, i, j);
          expect(out[j]).toBe(s >= WEIGHTS.minimum ? s : -1);
        });
      });
    }
  });
});

describe('«Другой наставник»: mentorOptions ranks as re-solving with the mentee forced would', () => {
  it('orders the allowed options by the best whole assignment with the mentee at each of them', () => {
    let checked = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const input = randomSchool(seed + 500);
      const result = proposePairs(input);
      for (const p of result.proposals.slice(0, 2)) {
        const email = p.menteeEmails[0];
        const mentee = input.mentees.find((e) => key(e.email) === key(email))!;
        const options = mentorOptions(input, email, result.proposals).filter((o) => !o.belowMinimum);
        // The best (count, total) of everything, with the mentee given to each option's mentor.
        const forced = options.map((o) => {
          const { mentees, caps, weight } = instance(input, {
            mentee: key(email),
            mentor: key(o.mentorEmail),
          });
          const mentor = input.mentors.find((r) => key(r.email) === key(o.mentorEmail))!;
          const rest = bruteForce(mentees.length, caps, weight);
          return {
            email: key(o.mentorEmail),
            count: rest.count + 1,
            total: rest.total + scoreParts(mentor, mentee).score,
          };
        });
        const best = [...forced].sort(
          (a, b) =>
            b.count - a.count || b.total - a.total || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0),
        );
        expect(options.map((o) => key(o.mentorEmail))).toEqual(best.map((f) => f.email));
        // The proposed mentor is an option, and the best one: the proposal is the optimum.
        expect(best[0]?.total).toBe(result.totalScore);
        checked += options.length;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
