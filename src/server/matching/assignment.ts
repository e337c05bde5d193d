// The exact solver, generic: rows (mentees) each take at most one column (mentor) of limited
// capacity. It maximises the number of rows assigned first, then the total weight.
//
// Method: candidate lists (the best few columns of each row) solved as a min-cost flow by
// successive shortest paths (Dijkstra with potentials, one row at a time, stopping at the first
// column with a free place), then a pricing pass over every row × column with the final
// potentials. A left-out pair with a negative reduced cost joins the lists and the problem is
// solved again; when none is left the potentials prove the answer optimal over the full graph.

export interface AssignmentProblem {
  rows: number;
  /** Places of each column (0 or more). */
  capacities: ArrayLike<number>;
  /**
   * The weight of row r on column c: a non-negative integer, or negative when not allowed. Called
   * for every pair in each pricing pass, so it should be a few integer operations.
   */
  weight: (row: number, col: number) => number;
  /** Columns kept per row before pricing; 8 unless given. */
  candidatesPerRow?: number;
}

export interface AssignmentSolution {
  /** The column of each row, or -1 when the row stays unassigned. */
  columnOf: Int32Array;
  assigned: number;
  totalWeight: number;
  /** Solves needed until pricing found nothing to add (1 when the first lists were enough). */
  rounds: number;
  candidateEdges: number;
}

interface Lists {
  cols: number[][];
  weights: number[][];
}

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const n = problem.rows;
  const m = problem.capacities.length;
  const capacity = new Int32Array(m);
  for (let c = 0; c < m; c++) capacity[c] = Math.max(0, Math.floor(problem.capacities[c]));
  const k = Math.max(1, problem.candidatesPerRow ?? 8);
  const { lists, maxWeight } = initialLists(problem, n, m, capacity, k);
  // With fewer places than rows, every row-side search that fails would explore the whole graph;
  // searching from the places instead (one unit of a column at a time) ends at the first free row.
  let places = 0;
  for (let c = 0; c < m; c++) places += capacity[c];
  const fromPlaces = places < n;
  const rowTerm = new Float64Array(n);
  const colTerm = new Float64Array(m);
  const columnOf = new Int32Array(n).fill(-1);
  const weightOf = new Float64Array(n);
  let rounds = 0;
  for (;;) {
    rounds++;
    columnOf.fill(-1);
    if (fromPlaces) {
      // Slots are the sources, rows the sinks of capacity 1.
      const owner: number[] = [];
      const slotLists: Lists = { cols: [], weights: [] };
      const slotOf = new Int32Array(m + 1);
      for (let c = 0; c < m; c++) {
        slotOf[c] = owner.length;
        for (let u = 0; u < capacity[c]; u++) {
          owner.push(c);
          slotLists.cols.push([]);
          slotLists.weights.push([]);
        }
      }
      slotOf[m] = owner.length;
      for (let r = 0; r < n; r++) {
        const cs = lists.cols[r];
        for (let e = 0; e < cs.length; e++) {
          for (let sl = slotOf[cs[e]]; sl < slotOf[cs[e] + 1]; sl++) {
            slotLists.cols[sl].push(r);
            slotLists.weights[sl].push(lists.weights[r][e]);
          }
        }
      }
      const ones = new Int32Array(n).fill(1);
      const flow = shortestPaths(slotLists, owner.length, n, ones, maxWeight);
      const S = owner.length;
      colTerm.fill(-Infinity);
      for (let sl = 0; sl < S; sl++) {
        const c = owner[sl];
        if (flow.pot[sl] > colTerm[c]) colTerm[c] = flow.pot[sl];
        const r = flow.rowOf[sl];
        if (r < n) {
          columnOf[r] = c;
          weightOf[r] = flow.weightOf[sl];
        }
      }
      for (let r = 0; r < n; r++) rowTerm[r] = -flow.pot[S + r];
    } else {
      const flow = shortestPaths(lists, n, m, capacity, maxWeight);
      for (let r = 0; r < n; r++) {
        rowTerm[r] = flow.pot[r];
        if (flow.rowOf[r] < m) {
          columnOf[r] = flow.rowOf[r];
          weightOf[r] = flow.weightOf[r];
        }
      }
      for (let c = 0; c < m; c++) colTerm[c] = -flow.pot[n + c];
    }
    const added = price(problem, lists, rowTerm, colTerm, n, m, capacity, maxWeight, k);
    if (added === 0) {
      let assigned = 0;
      let total = 0;
      for (let r = 0; r < n; r++) {
        if (columnOf[r] >= 0) {
          assigned++;
          total += weightOf[r];
        }
      }
      let edges = 0;
      for (const l of lists.cols) edges += l.length;
      return { columnOf, assigned, totalWeight: total, rounds, candidateEdges: edges };
    }
  }
}

/**
 * The k heaviest allowed columns of each row, and the heaviest rows of each column (as many as
 * it has places, plus k): a column's strongest competitors set its price, so both sides are needed
 * for pricing to find little. Ties go to the lower index.
 */
function initialLists(
  problem: AssignmentProblem,
  n: number,
  m: number,
  capacity: Int32Array,
  k: number,
): { lists: Lists; maxWeight: number } {
  const cols: number[][] = [];
  const weights: number[][] = [];
  let maxWeight = 0;
  const topW = new Float64Array(k);
  const topC = new Int32Array(k);
  // Per column: a sorted window of its best rows.
  const colStart = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) colStart[c + 1] = colStart[c] + (capacity[c] > 0 ? capacity[c] + k : 0);
  const colW = new Float64Array(colStart[m]);
  const colR = new Int32Array(colStart[m]);
  const colCount = new Int32Array(m);
  for (let r = 0; r < n; r++) {
    let count = 0;
    for (let c = 0; c < m; c++) {
      if (capacity[c] === 0) continue;
      const w = problem.weight(r, c);
      if (!(w >= 0)) continue;
      if (w > maxWeight) maxWeight = w;
      const base = colStart[c];
      const size = colStart[c + 1] - base;
      if (colCount[c] < size || w > colW[base + size - 1]) {
        let q = colCount[c] < size ? colCount[c]++ : size - 1;
        while (q > 0 && colW[base + q - 1] < w) {
          colW[base + q] = colW[base + q - 1];
          colR[base + q] = colR[base + q - 1];
          q--;
        }
        colW[base + q] = w;
        colR[base + q] = r;
      }
      if (count === k && w <= topW[k - 1]) continue;
      let p = count < k ? count++ : k - 1;
      while (p > 0 && topW[p - 1] < w) {
        topW[p] = topW[p - 1];
        topC[p] = topC[p - 1];
        p--;
      }
      topW[p] = w;
      topC[p] = c;
    }
    cols.push(Array.from(topC.subarray(0, count)));
    weights.push(Array.from(topW.subarray(0, count)));
  }
  for (let c = 0; c < m; c++) {
    for (let q = colStart[c], e = q + colCount[c]; q < e; q++) {
      const r = colR[q];
      if (!cols[r].includes(c)) {
        cols[r].push(c);
        weights[r].push(colW[q]);
      }
    }
  }
  return { lists: { cols, weights }, maxWeight };
}

interface Flow {
  /** Column of each row; m = the "unassigned" sink. */
  rowOf: Int32Array;
  weightOf: Float64Array;
  /** Node potentials: rows 0..n-1, columns n..n+m-1, the unassigned sink n+m. */
  pot: Float64Array;
}

/**
 * Costs are maxWeight − weight (never negative). Leaving a row unassigned costs more than any
 * change of weights along an augmenting path (n·maxWeight), so a row is left out only when no
 * augmenting path exists: the count of assigned rows is maximal first.
 */
function shortestPaths(lists: Lists, n: number, m: number, capacity: Int32Array, maxWeight: number): Flow {
  const sink = n + m;
  const nodes = n + m + 1;
  const unassignedCost = maxWeight + n * (maxWeight + 1) + 1;
  // Candidate lists in flat arrays.
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) start[r + 1] = start[r] + lists.cols[r].length;
  const edgeCol = new Int32Array(start[n]);
  const edgeCost = new Float64Array(start[n]);
  for (let r = 0; r < n; r++) {
    const cs = lists.cols[r];
    const ws = lists.weights[r];
    for (let e = 0; e < cs.length; e++) {
      edgeCol[start[r] + e] = cs[e];
      edgeCost[start[r] + e] = maxWeight - ws[e];
    }
  }
  // The rows in each column: fixed slots, capacity per column.
  const slotStart = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) slotStart[c + 1] = slotStart[c] + capacity[c];
  const slotRow = new Int32Array(slotStart[m]);
  const slotCost = new Float64Array(slotStart[m]);
  const used = new Int32Array(m);

  const rowOf = new Int32Array(n).fill(-1);
  const costOf = new Float64Array(n);
  const pot = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const prev = new Int32Array(nodes);
  const prevCost = new Float64Array(nodes);
  const seen = new Int32Array(nodes);
  const done = new Int32Array(nodes);
  const popped = new Int32Array(nodes);
  const heap = new Heap(nodes);

  for (let r0 = 0; r0 < n; r0++) {
    const stamp = r0 + 1;
    let poppedCount = 0;
    heap.clear();
    dist[r0] = 0;
    seen[r0] = stamp;
    prev[r0] = -1;
    heap.push(0, r0);
    let target = -1;
    let D = 0;
    const relax = (to: number, d: number, from: number, cost: number): void => {
      if (done[to] === stamp) return;
      if (seen[to] !== stamp || d < dist[to]) {
        seen[to] = stamp;
        dist[to] = d;
        prev[to] = from;
        prevCost[to] = cost;
        heap.push(d, to);
      }
    };
    while (heap.size > 0) {
      const v = heap.popNode();
      if (done[v] === stamp) continue;
      done[v] = stamp;
      popped[poppedCount++] = v;
      const d = dist[v];
      if (v === sink || (v >= n && used[v - n] < capacity[v - n])) {
        target = v;
        D = d;
        break;
      }
      if (v >= n) {
        // A full column: its rows may move elsewhere (reverse arcs).
        const c = v - n;
        for (let s = slotStart[c], e = s + used[c]; s < e; s++) {
          const r = slotRow[s];
          relax(r, d - slotCost[s] + pot[v] - pot[r], v, 0);
        }
      } else {
        const cur = rowOf[v];
        for (let e = start[v], end = start[v + 1]; e < end; e++) {
          const c = edgeCol[e];
          if (c === cur) continue;
          relax(n + c, d + edgeCost[e] + pot[v] - pot[n + c], v, edgeCost[e]);
        }
        if (cur !== m) relax(sink, d + unassignedCost + pot[v] - pot[sink], v, unassignedCost);
      }
    }
    // Popped nodes move by dist − D; the rest by 0: reduced costs stay non-negative.
    for (let p = 0; p < poppedCount; p++) {
      const v = popped[p];
      pot[v] += dist[v] - D;
    }
    // Augment along the path back to r0.
    let col = target - n;
    let r = prev[target];
    let cost = prevCost[target];
    for (;;) {
      const old = rowOf[r];
      if (col < m) {
        slotRow[slotStart[col] + used[col]] = r;
        slotCost[slotStart[col] + used[col]] = cost;
        used[col]++;
      }
      rowOf[r] = col;
      costOf[r] = cost;
      if (old === -1) break;
      // r left `old` (a full column on the path).
      for (let s = slotStart[old], e = s + used[old]; s < e; s++) {
        if (slotRow[s] === r) {
          slotRow[s] = slotRow[e - 1];
          slotCost[s] = slotCost[e - 1];
          break;
        }
      }
      used[old]--;
      col = old;
      cost = prevCost[n + old];
      r = prev[n + old];
    }
  }
  const weightOf = new Float64Array(n);
  for (let r = 0; r < n; r++) weightOf[r] = rowOf[r] < m ? maxWeight - costOf[r] : 0;
  return { rowOf, weightOf, pot };
}

/**
 * Adds, per row, up to k left-out columns with a negative reduced cost
 * (maxWeight − weight + rowTerm[r] + colTerm[c]); returns how many.
 */
function price(
  problem: AssignmentProblem,
  lists: Lists,
  rowTerm: Float64Array,
  colTerm: Float64Array,
  n: number,
  m: number,
  capacity: Int32Array,
  maxWeight: number,
  k: number,
): number {
  const mark = new Int32Array(m).fill(-1);
  let added = 0;
  for (let r = 0; r < n; r++) {
    const cs = lists.cols[r];
    for (const c of cs) mark[c] = r;
    const base = maxWeight + rowTerm[r];
    let found: Array<[number, number, number]> | null = null;
    for (let c = 0; c < m; c++) {
      if (capacity[c] === 0 || mark[c] === r) continue;
      const w = problem.weight(r, c);
      if (!(w >= 0)) continue;
      const reduced = base - w + colTerm[c];
      if (reduced < 0) (found ??= []).push([reduced, c, w]);
    }
    if (found) {
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (const [, c, w] of found.slice(0, k)) {
        cs.push(c);
        lists.weights[r].push(w);
        added++;
      }
    }
  }
  return added;
}

/** A binary min-heap of (key, node) on typed arrays; equal keys pop the lower node first. */
class Heap {
  size = 0;
  private keys: Float64Array;
  private nodes: Int32Array;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }
  clear(): void {
    this.size = 0;
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(key, node, this.keys[p], this.nodes[p])) break;
      this.keys[i] = this.keys[p];
      this.nodes[i] = this.nodes[p];
      i = p;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }
  popNode(): number {
    const top = this.nodes[0];
    const key = this.keys[--this.size];
    const node = this.nodes[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (
        child + 1 < this.size &&
        this.less(this.keys[child + 1], this.nodes[child + 1], this.keys[child], this.nodes[child])
      )
        child++;
      if (!this.less(this.keys[child], this.nodes[child], key, node)) break;
      this.keys[i] = this.keys[child];
      this.nodes[i] = this.nodes[child];
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }
  private less(ka: number, na: number, kb: number, nb: number): boolean {
    return ka < kb || (ka === kb && na < nb);
  }
}
