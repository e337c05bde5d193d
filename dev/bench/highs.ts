// The matching bench's reference solver: the same instance as proposePairs solves, written as the
// LP of a transportation problem and solved by HiGHS (the npm `highs` package, WebAssembly).
//
//   maximise  Σ (B + w_rc) x_rc      B = maxWeight · min(rows, places) + 1: one more pair first
//   s.t.      Σ_c x_rc ≤ 1           each mentee at most once
//             Σ_r x_rc ≤ cap_c       each mentor within free places
//             x ≥ 0                  (the constraint matrix is totally unimodular: a vertex is 0/1)
import loadHighs from 'highs';
import { positiveInt, schoolCapacity } from '../../src/server/matching/fingerprint';
import { buildScoreModel, norm, scoreRow, WEIGHTS } from '../../src/server/matching/score';
import type { MatchingInput } from '../../src/server/matching/types';

export interface ReferenceResult {
  count: number;
  total: number;
  /** Solve time alone (the LP text is built before the clock starts). */
  ms: number;
  variables: number;
  status: string;
}

/** Allowed pairs of the instance as proposePairs sees it (no pairs or rejections in the bench). */
function pairsOf(input: MatchingInput): {
  rows: number;
  caps: number[];
  pairs: Array<[number, number, number]>;
} {
  if (input.pairs.length > 0 || input.rejections.length > 0)
    throw new Error('the reference handles bench instances only (no pairs, no rejections)');
  const mentors = input.mentors.filter((r) => r.active);
  const school = schoolCapacity(input);
  const caps = mentors.map((r) => positiveInt(r.capacity, school));
  const model = buildScoreModel(mentors, input.mentees);
  const selfCol = new Map(mentors.map((r, c) => [norm(r.email), c]));
  const out = new Int32Array(mentors.length);
  const pairs: Array<[number, number, number]> = [];
  input.mentees.forEach((e, r) => {
    scoreRow(model, r, out, WEIGHTS.minimum);
    const self = selfCol.get(norm(e.email)) ?? -1;
    for (let c = 0; c < mentors.length; c++)
      if (out[c] >= 0 && c !== self && caps[c] > 0) pairs.push([r, c, out[c]]);
  });
  return { rows: input.mentees.length, caps, pairs };
}

/** Allowed pairs of the instance, without solving: to decide whether HiGHS is worth running. */
export function countVariables(input: MatchingInput): number {
  return pairsOf(input).pairs.length;
}

let highs: Awaited<ReturnType<typeof loadHighs>> | null = null;

export async function solveWithHighs(input: MatchingInput): Promise<ReferenceResult> {
  highs ??= await loadHighs();
  const { rows, caps, pairs } = pairsOf(input);
  let maxWeight = 0;
  for (const [, , w] of pairs) if (w > maxWeight) maxWeight = w;
  const places = caps.reduce((a, b) => a + b, 0);
  const B = maxWeight * Math.min(rows, places) + 1;
  const name = (k: number): string => `x${k}`;
  // A few terms a line: LP readers limit line length.
  const lines = (terms: string[]): string => {
    const out: string[] = [];
    for (let i = 0; i < terms.length; i += 8) out.push('  ' + terms.slice(i, i + 8).join(' + '));
    return out.join('\n');
  };
  const byRow: number[][] = Array.from({ length: rows }, () => []);
  const byCol: number[][] = caps.map(() => []);
  pairs.forEach(([r, c], k) => {
    byRow[r].push(k);
    byCol[c].push(k);
  });
  const text = [
    'Maximize',
    ' obj:',
    lines(pairs.map(([, , w], k) => `${B + w} ${name(k)}`)),
    'Subject To',
    ...byRow.flatMap((ks, r) => (ks.length ? [` r${r}:`, lines(ks.map(name)), '  <= 1'] : [])),
    ...byCol.flatMap((ks, c) => (ks.length ? [` c${c}:`, lines(ks.map(name)), `  <= ${caps[c]}`] : [])),
    'End',
  ].join('\n');
  const started = performance.now();
  const result = highs.solve(text, { output_flag: false });
  const ms = performance.now() - started;
  let count = 0;
  let total = 0;
  if (result.Status === 'Optimal') {
    pairs.forEach(([, , w], k) => {
      const x = (result.Columns[name(k)] as { Primal: number }).Primal;
      if (Math.abs(x - Math.round(x)) > 1e-6) throw new Error(`HiGHS gave a fractional x = ${x}`);
      if (Math.round(x) === 1) {
        count++;
        total += w;
      }
    });
  }
  return { count, total, ms, variables: pairs.length, status: result.Status };
}
