import { solveAssignment } from '../../../src/server/matching/assignment';
import { seededRandom as rng } from '../../../dev/random';

/** Every assignment, tried one by one: the best (count, total weight). */
function bruteForce(weights: number[][], capacities: number[]): { assigned: number; total: number } {
  const n = weights.length;
  const left = capacities.slice();
  let best = { assigned: 0, total: 0 };
  const go = (r: number, assigned: number, total: number): void => {
    if (r === n) {
      if (assigned > best.assigned || (assigned === best.assigned && total > best.total))
        best = { assigned, total };
      return;
    }
    go(r + 1, assigned, total);
    for (let c = 0; c < capacities.length; c++) {
      const w = weights[r][c];
      if (w < 0 || left[c] === 0) continue;
      left[c]--;
      go(r + 1, assigned + 1, total + w);
      left[c]++;
    }
  };
  go(0, 0, 0);
  return best;
}

function solve(weights: number[][], capacities: number[], candidatesPerRow?: number) {
  return solveAssignment({
    rows: weights.length,
    capacities,
    weight: (r, c) => weights[r][c],
    candidatesPerRow,
  });
}

function check(weights: number[][], capacities: number[], columnOf: Int32Array): void {
  const used = capacities.map(() => 0);
  columnOf.forEach((c, r) => {
    if (c < 0) return;
    expect(weights[r][c]).toBeGreaterThanOrEqual(0);
    used[c]++;
  });
  used.forEach((u, c) => expect(u).toBeLessThanOrEqual(capacities[c]));
}

describe('the exact assignment solver', () => {
  it('beats greedy where the first choice of the first row blocks a better whole', () => {
    // Greedy gives row 0 its best column 0 (10) and row 1 is left with 1: total 11.
    // The optimum is row 0 → column 1 (9) and row 1 → column 0 (9): total 18.
    const weights = [
      [10, 9],
      [9, 1],
    ];
    const s = solve(weights, [1, 1]);
    expect(Array.from(s.columnOf)).toEqual([1, 0]);
    expect(s.totalWeight).toBe(18);
  });

  it('assigns more rows before it seeks a larger total', () => {
    // Row 0 alone on column 0 would weigh 100, but then row 1 (only column 0 allowed) is left out.
    const weights = [
      [100, 1],
      [50, -1],
    ];
    const s = solve(weights, [1, 1]);
    expect(s.assigned).toBe(2);
    expect(Array.from(s.columnOf)).toEqual([1, 0]);
    expect(s.totalWeight).toBe(51);
  });

  it('respects capacities and forbidden pairs', () => {
    const weights = [
      [5, -1, 3],
      [5, -1, -1],
      [5, 4, -1],
      [5, -1, -1],
    ];
    const s = solve(weights, [2, 1, 0]);
    check(weights, [2, 1, 0], s.columnOf);
    expect(s.assigned).toBe(3);
    expect(s.columnOf[2]).toBe(1);
  });

  it('equals the brute force over all assignments on many small random cases', () => {
    const random = rng(7);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(random() * 6);
      const m = 1 + Math.floor(random() * 4);
      const capacities = Array.from({ length: m }, () => Math.floor(random() * 3));
      const weights = Array.from({ length: n }, () =>
        Array.from({ length: m }, () => (random() < 0.25 ? -1 : Math.floor(random() * 20))),
      );
      // Short candidate lists make pricing do real work.
      const s = solve(weights, capacities, 1 + (t % 2));
      const best = bruteForce(weights, capacities);
      check(weights, capacities, s.columnOf);
      expect({ assigned: s.assigned, total: s.totalWeight }).toEqual(best);
    }
  });

  it('proves optimality by pricing when the first candidate lists were too short', () => {
    // Every row prefers column 0, which has one place: rows need their second choices.
    const weights = Array.from({ length: 5 }, (_, r) => [50, 10 + r, 10 + 2 * r, 10 - r, 30]);
    const s = solve(weights, [1, 1, 1, 1, 1], 1);
    expect(s.rounds).toBeGreaterThan(1);
    expect({ assigned: s.assigned, total: s.totalWeight }).toEqual(bruteForce(weights, [1, 1, 1, 1, 1]));
  });

  it('repairs the previous flow across rounds to the same optimum as full lists', () => {
    // Larger than brute force allows: one candidate per row (many rounds, warm starts) against
    // every column listed from the start (one round). Both sides of places < rows are covered.
    const random = rng(11);
    for (let t = 0; t < 60; t++) {
      const n = 20 + Math.floor(random() * 40);
      const m = 3 + Math.floor(random() * 12);
      const capacities = Array.from({ length: m }, () => Math.floor(random() * (t % 2 ? 3 : 8)));
      const weights = Array.from({ length: n }, () =>
        Array.from({ length: m }, () => (random() < 0.3 ? -1 : Math.floor(random() * 50))),
      );
      const short = solve(weights, capacities, 1);
      const full = solve(weights, capacities, m);
      check(weights, capacities, short.columnOf);
      expect(full.rounds).toBe(1);
      expect({ assigned: short.assigned, total: short.totalWeight }).toEqual({
        assigned: full.assigned,
        total: full.totalWeight,
      });
      expect(solve(weights, capacities, 1).columnOf).toEqual(short.columnOf);
    }
  });

  it('handles no rows, no columns and no allowed pairs', () => {
    expect(solve([], [1]).assigned).toBe(0);
    const s = solve([[], []], []);
    expect(Array.from(s.columnOf)).toEqual([-1, -1]);
    expect(solve([[-1, -1]], [1, 1]).assigned).toBe(0);
  });
});
