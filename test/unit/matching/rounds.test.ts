// The solver's rounds (lists read again at the prices of the time, the certificate over every
// pair) against an independent exact method on instances too large for brute force: min-cost flow
// by successive shortest paths over the full graph, count first then total weight.
import { solveAssignment } from '../../../src/server/matching/assignment';
import { buildScoreModel, scoreRow, WEIGHTS } from '../../../src/server/matching/score';
import { syntheticSchool } from '../../../dev/bench/matching';
import { seededRandom as rng } from '../../../dev/random';

/**
 * The best (count, total) by successive shortest paths: each pair gains B + w with B above any
 * total weight, so a path that adds a pair always wins; augment along the path of largest gain
 * (Bellman–Ford over the residual graph) while it gains anything.
 */
function reference(weights: number[][], capacities: number[]): { count: number; total: number } {
  const n = weights.length;
  const m = capacities.length;
  let maxW = 0;
  for (const row of weights) for (const w of row) if (w > maxW) maxW = w;
  const B = maxW * (n + 1) + 1;
  // Nodes: source, rows, columns, sink.
  const S = 0;
  const T = n + m + 1;
  const to: number[] = [];
  const cap: number[] = [];
  const gain: number[] = [];
  const adj: number[][] = Array.from({ length: T + 1 }, () => []);
  const arc = (u: number, v: number, c: number, g: number): void => {
    adj[u].push(to.length);
    to.push(v);
    cap.push(c);
    gain.push(g);
    adj[v].push(to.length);
    to.push(u);
    cap.push(0);
    gain.push(-g);
  };
  for (let r = 0; r < n; r++) arc(S, 1 + r, 1, 0);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < m; c++) if (weights[r][c] >= 0) arc(1 + r, 1 + n + c, 1, B + weights[r][c]);
  for (let c = 0; c < m; c++) arc(1 + n + c, T, capacities[c], 0);
  let count = 0;
  let total = 0;
  for (;;) {
    const best = new Array<number>(T + 1).fill(-Infinity);
    const via = new Array<number>(T + 1).fill(-1);
    best[S] = 0;
    for (let round = 0, changed = true; changed && round <= T; round++) {
      changed = false;
      for (let u = 0; u <= T; u++) {
        if (best[u] === -Infinity) continue;
        for (const e of adj[u])
          if (cap[e] > 0 && best[u] + gain[e] > best[to[e]]) {
            best[to[e]] = best[u] + gain[e];
            via[to[e]] = e;
            changed = true;
          }
      }
    }
    if (best[T] <= 0) break;
    for (let v = T; v !== S; v = to[via[v] ^ 1]) {
      cap[via[v]]--;
      cap[via[v] ^ 1]++;
    }
    count++;
    total += best[T] - B;
  }
  return { count, total };
}

function solve(weights: number[][], capacities: number[], candidatesPerRow?: number) {
  return solveAssignment({
    rows: weights.length,
    capacities,
    weight: (r, c) => weights[r][c],
    candidatesPerRow,
  });
}

describe('the solver in rounds against min-cost flow', () => {
  it('equals it on random instances with ties, more rows than places and short lists', () => {
    const random = rng(2026);
    let several = 0;
    for (let t = 0; t < 40; t++) {
      const n = 30 + Math.floor(random() * 50);
      const m = 5 + Math.floor(random() * 25);
      const capacities = Array.from({ length: m }, () => Math.floor(random() * (t % 2 ? 2 : 5)));
      // Scores like the real ones: a few levels, many ties, some pairs not allowed.
      const weights = Array.from({ length: n }, () =>
        Array.from({ length: m }, () =>
          random() < 0.2 ? -1 : 40 * Math.floor(random() * 4) + Math.floor(random() * 3) * 10,
        ),
      );
      const expected = reference(weights, capacities);
      for (const K of [1, 2, 4, 16]) {
        const s = solve(weights, capacities, K);
        expect({ t, K, count: s.assigned, total: s.totalWeight }).toEqual({ t, K, ...expected });
        const used = capacities.map(() => 0);
        s.columnOf.forEach((c, r) => {
          if (c < 0) return;
          expect(weights[r][c]).toBeGreaterThanOrEqual(0);
          used[c]++;
        });
        used.forEach((u, c) => expect(u).toBeLessThanOrEqual(capacities[c]));
        if (s.auctions > 1) several++;
      }
    }
    // The rounds were exercised: lists read again and rows bidding again after a check.
    expect(several).toBeGreaterThan(20);
  });

  it('gives up weight for one more pair along a long augmenting path (the second, safe B)', () => {
    // Rows 1–3 hold columns 0–2 at 50 each; row 0 fits only column 0. Four pairs need every row
    // to move along the chain to the free column 3, for a total of 0: with the small B (2·50 + 1)
    // three pairs at 150 weigh more (3·151 + 150 > 4·101), so the count check must send it again
    // with the safe B.
    const weights = [
      [0, -1, -1, -1],
      [50, 0, -1, -1],
      [-1, 50, 0, -1],
      [-1, -1, 50, 0],
    ];
    for (const K of [1, 2, 4]) {
      const s = solve(weights, [1, 1, 1, 1], K);
      expect({ K, count: s.assigned, total: s.totalWeight }).toEqual({
        K,
        ...reference(weights, [1, 1, 1, 1]),
      });
      expect(Array.from(s.columnOf)).toEqual([0, 1, 2, 3]);
    }
  });

  it('equals it on a synthetic school, where rows compete for the same mentors', () => {
    const input = syntheticSchool(120, 40, 77);
    const mentors = input.mentors.filter((r) => r.active);
    const model = buildScoreModel(mentors, input.mentees);
    const out = new Int32Array(mentors.length);
    const weights = input.mentees.map((_, i) => {
      scoreRow(model, i, out, WEIGHTS.minimum);
      return Array.from(out);
    });
    const capacities = mentors.map((r) => r.capacity ?? 2);
    const expected = reference(weights, capacities);
    for (const K of [1, 3, 16]) {
      const s = solve(weights, capacities, K);
      expect({ K, count: s.assigned, total: s.totalWeight }).toEqual({ K, ...expected });
    }
  });
});
