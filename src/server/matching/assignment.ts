// The exact solver, generic: rows (mentees) each take at most one column (mentor) of limited
// capacity. It maximises the number of rows assigned first, then the total weight.
//
// Method: candidate lists (the best few columns of each row) solved as a min-cost flow by
// successive shortest paths (Dijkstra with potentials, one row at a time, stopping at the first
// column with a free place), then a pricing pass over every row × column with the final
// potentials. A left-out pair with a negative reduced cost joins the lists and the flow is
// repaired from where it was (only the sources the new pairs undercut search again); when none
// is left the potentials prove the answer optimal over the full graph.

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
  const { lists, maxWeight, rowMax, colMax } = initialLists(problem, n, m, capacity, k);
  // With fewer places than rows, every row-side search that fails would explore the whole graph;
  // searching from the places instead (one unit of a column at a time) ends at the first free row.
  let places = 0;
  for (let c = 0; c < m; c++) places += capacity[c];
  const fromPlaces = places < n;
  // Sources send one unit each: the rows, or the places (slots) of the columns.
  const owner: number[] = [];
  const slotOf = new Int32Array(m + 1);
  if (fromPlaces) {
    for (let c = 0; c < m; c++) {
      slotOf[c] = owner.length;
      for (let u = 0; u < capacity[c]; u++) owner.push(c);
    }
    slotOf[m] = owner.length;
  }
  const flow = fromPlaces
    ? new Flow(owner.length, new Int32Array(n).fill(1), maxWeight)
    : new Flow(n, capacity, maxWeight);
  const S = flow.sources;
  const rowTerm = new Float64Array(n);
  const colTerm = new Float64Array(m);
  const columnOf = new Int32Array(n);
  const weightOf = new Float64Array(n);
  let rounds = 0;
  for (;;) {
    rounds++;
    columnOf.fill(-1);
    weightOf.fill(0);
    if (fromPlaces) {
      // Each slot offers every row that lists its column.
      const slotLists: Lists = { cols: owner.map(() => []), weights: owner.map(() => []) };
      for (let r = 0; r < n; r++) {
        const cs = lists.cols[r];
        for (let e = 0; e < cs.length; e++) {
          for (let sl = slotOf[cs[e]]; sl < slotOf[cs[e] + 1]; sl++) {
            slotLists.cols[sl].push(r);
            slotLists.weights[sl].push(lists.weights[r][e]);
          }
        }
      }
      flow.solve(slotLists);
      colTerm.fill(-Infinity);
      for (let sl = 0; sl < S; sl++) {
        const c = owner[sl];
        if (flow.pot[sl] > colTerm[c]) colTerm[c] = flow.pot[sl];
        const r = flow.sinkOf[sl];
        if (r < n) {
          columnOf[r] = c;
          weightOf[r] = maxWeight - flow.costOf[sl];
        }
      }
      for (let r = 0; r < n; r++) rowTerm[r] = -flow.pot[S + r];
    } else {
      flow.solve(lists);
      for (let r = 0; r < n; r++) {
        rowTerm[r] = flow.pot[r];
        if (flow.sinkOf[r] < m) {
          columnOf[r] = flow.sinkOf[r];
          weightOf[r] = maxWeight - flow.costOf[r];
        }
      }
      for (let c = 0; c < m; c++) colTerm[c] = -flow.pot[n + c];
    }
    const added = price(problem, lists, rowTerm, colTerm, rowMax, colMax, maxWeight, k);
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
): { lists: Lists; maxWeight: number; rowMax: Float64Array; colMax: Float64Array } {
  const cols: number[][] = [];
  const weights: number[][] = [];
  let maxWeight = 0;
  // Bounds on the weights left out of the lists: a row's k-th best, a column's last kept.
  const rowMax = new Float64Array(n).fill(-1);
  const colMax = new Float64Array(m).fill(-1);
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
    if (count === k) rowMax[r] = topW[k - 1];
    cols.push(Array.from(topC.subarray(0, count)));
    weights.push(Array.from(topW.subarray(0, count)));
  }
  for (let c = 0; c < m; c++) {
    if (colCount[c] > 0 && colCount[c] === colStart[c + 1] - colStart[c])
      colMax[c] = colW[colStart[c + 1] - 1];
    for (let q = colStart[c], e = q + colCount[c]; q < e; q++) {
      const r = colR[q];
      if (!cols[r].includes(c)) {
        cols[r].push(c);
        weights[r].push(colW[q]);
      }
    }
  }
  return { lists: { cols, weights }, maxWeight, rowMax, colMax };
}

/**
 * Min-cost flow by successive shortest paths (Dijkstra with potentials), kept between pricing
 * rounds so that a round with new edges starts from the previous flow and potentials.
 *
 * Sources send one unit each to a sink (up to its capacity) or to the "unassigned" sink K, which
 * every source may use at a cost, maxWeight + S·(maxWeight + 1) + 1, above any change of weights
 * along an augmenting path: a source is left out only when no augmenting path exists, so the
 * count comes first. Edge costs are maxWeight − weight (never negative). Sinks pass their units on
 * to a terminal T.
 *
 * Invariant: every residual edge has a non-negative reduced cost (cost + pot[from] − pot[to]).
 * The flow may be a pseudoflow: a sink that lost a source keeps its unit to T (a deficit), so no
 * potential has to change when a source is freed. Each search runs from a free source to the
 * nearest deficit (a sink's, or T's while fewer units reached it than there are sources).
 * Nodes: sources 0..S-1, sinks S..S+K (S+K unassigned), T = S+K+1.
 */
class Flow {
  /** Sink of each source: -1 while free, K = unassigned. */
  readonly sinkOf: Int32Array;
  readonly costOf: Float64Array;
  readonly pot: Float64Array;
  private readonly K: number;
  private readonly T: number;
  private readonly unassignedCost: number;
  private readonly capacity: Int32Array;
  /** Units each sink passes to T; more than `used` is a deficit. */
  private readonly toT: Int32Array;
  /** Units T still waits for. */
  private needT: number;
  // The sources in each sink: fixed slots, capacity per sink.
  private readonly slotStart: Int32Array;
  private readonly slotSrc: Int32Array;
  private readonly slotCost: Float64Array;
  private readonly used: Int32Array;

  constructor(
    readonly sources: number,
    capacity: Int32Array,
    private readonly maxWeight: number,
  ) {
    const K = capacity.length;
    this.K = K;
    this.T = sources + K + 1;
    this.unassignedCost = maxWeight + sources * (maxWeight + 1) + 1;
    this.capacity = new Int32Array(K + 1);
    this.capacity.set(capacity);
    this.capacity[K] = sources;
    this.toT = new Int32Array(K + 1);
    this.needT = sources;
    this.sinkOf = new Int32Array(sources).fill(-1);
    this.costOf = new Float64Array(sources);
    this.pot = new Float64Array(sources + K + 2);
    this.slotStart = new Int32Array(K + 2);
    for (let c = 0; c <= K; c++) this.slotStart[c + 1] = this.slotStart[c] + this.capacity[c];
    this.slotSrc = new Int32Array(this.slotStart[K + 1]);
    this.slotCost = new Float64Array(this.slotStart[K + 1]);
    this.used = new Int32Array(K + 1);
  }

  /** The optimal flow over the edges in `lists` (those of the previous call and more). */
  solve(lists: Lists): void {
    const { sources: S, K, pot, sinkOf } = this;
    const start = new Int32Array(S + 1);
    for (let s = 0; s < S; s++) start[s + 1] = start[s] + lists.cols[s].length;
    const edgeSink = new Int32Array(start[S]);
    const edgeCost = new Float64Array(start[S]);
    for (let s = 0; s < S; s++) {
      const cs = lists.cols[s];
      const ws = lists.weights[s];
      for (let e = 0; e < cs.length; e++) {
        edgeSink[start[s] + e] = cs[e];
        edgeCost[start[s] + e] = this.maxWeight - ws[e];
      }
    }
    // Warm start: a source with a new edge of negative reduced cost leaves its sink (which keeps
    // a deficit) and searches again; a free source has no edge in, so its potential may rise
    // until none of its edges out is negative.
    const reduced = (s: number, e: number): number => edgeCost[e] + pot[s] - pot[S + edgeSink[e]];
    for (let s = 0; s < S; s++) {
      const c = sinkOf[s];
      if (c < 0) continue;
      for (let e = start[s]; e < start[s + 1]; e++) {
        if (edgeSink[e] !== c && reduced(s, e) < 0) {
          this.release(c, s);
          sinkOf[s] = -1;
          break;
        }
      }
    }
    for (let s = 0; s < S; s++) {
      if (sinkOf[s] >= 0) continue;
      let p = pot[S + K] - this.unassignedCost;
      for (let e = start[s]; e < start[s + 1]; e++) p = Math.max(p, pot[S + edgeSink[e]] - edgeCost[e]);
      pot[s] = p;
    }
    for (let s = 0; s < S; s++) if (sinkOf[s] < 0) this.augment(s, start, edgeSink, edgeCost);
  }

  private release(c: number, s: number): void {
    const { slotStart, slotSrc, slotCost } = this;
    for (let q = slotStart[c], e = q + this.used[c]; q < e; q++) {
      if (slotSrc[q] === s) {
        slotSrc[q] = slotSrc[e - 1];
        slotCost[q] = slotCost[e - 1];
        break;
      }
    }
    this.used[c]--;
  }

  // Search state, reused by every search of a solve (stamps tell searches apart).
  private stamp = 0;
  private dist = new Float64Array(0);
  private prev = new Int32Array(0);
  private prevCost = new Float64Array(0);
  private seen = new Int32Array(0);
  private done = new Int32Array(0);
  private popped = new Int32Array(0);
  private heap = new Heap(0);

  /** One shortest path from the free source s0 to the nearest deficit, and the flow along it. */
  private augment(s0: number, start: Int32Array, edgeSink: Int32Array, edgeCost: Float64Array): void {
    const { sources: S, K, T, pot, sinkOf, capacity, used, toT, slotStart, slotSrc, slotCost } = this;
    if (this.stamp === 0) {
      const nodes = T + 1;
      this.dist = new Float64Array(nodes);
      this.prev = new Int32Array(nodes);
      this.prevCost = new Float64Array(nodes);
      this.seen = new Int32Array(nodes);
      this.done = new Int32Array(nodes);
      this.popped = new Int32Array(nodes);
      this.heap = new Heap(nodes);
    }
    const { dist, prev, prevCost, seen, done, popped, heap } = this;
    const stamp = ++this.stamp;
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
    let poppedCount = 0;
    heap.clear();
    relax(s0, 0, -1, 0);
    let target = -1;
    while (heap.size > 0) {
      const v = heap.popNode();
      if (done[v] === stamp) continue;
      done[v] = stamp;
      popped[poppedCount++] = v;
      const d = dist[v];
      if (v === T) {
        if (this.needT > 0) {
          target = T;
          break;
        }
        // T may hand a unit back to any sink that passes it one.
        for (let c = 0; c <= K; c++) if (toT[c] > 0) relax(S + c, d + pot[T] - pot[S + c], T, 0);
      } else if (v >= S) {
        const c = v - S;
        if (toT[c] > used[c]) {
          target = v;
          break;
        }
        if (toT[c] < capacity[c]) {
          // The common case: a free place as cheap as T itself ends the search at once.
          if (this.needT > 0 && pot[v] === pot[T]) {
            seen[T] = stamp;
            dist[T] = d;
            prev[T] = v;
            target = T;
            break;
          }
          relax(T, d + pot[v] - pot[T], v, 0);
        }
        // Its sources may move elsewhere (reverse arcs).
        for (let q = slotStart[c], e = q + used[c]; q < e; q++) {
          const s = slotSrc[q];
          relax(s, d - slotCost[q] + pot[v] - pot[s], v, 0);
        }
      } else {
        const cur = sinkOf[v];
        for (let e = start[v], end = start[v + 1]; e < end; e++) {
          const c = edgeSink[e];
          if (c !== cur) relax(S + c, d + edgeCost[e] + pot[v] - pot[S + c], v, edgeCost[e]);
        }
        if (cur !== K) relax(S + K, d + this.unassignedCost + pot[v] - pot[S + K], v, this.unassignedCost);
      }
    }
    // Popped nodes move by dist − D; the rest by 0: reduced costs stay non-negative.
    const D = dist[target];
    for (let p = 0; p < poppedCount; p++) pot[popped[p]] += dist[popped[p]] - D;
    if (target === T) this.needT--;
    // Flow along the path, from its end back to s0.
    for (let v = target; v !== s0;) {
      const u = prev[v];
      if (u < S) {
        // Source u takes sink v (it left its old sink on the step before it).
        const c = v - S;
        slotSrc[slotStart[c] + used[c]] = u;
        slotCost[slotStart[c] + used[c]] = prevCost[v];
        used[c]++;
        sinkOf[u] = c;
        this.costOf[u] = prevCost[v];
      } else if (v < S) this.release(u - S, v);
      else if (v === T) toT[u - S]++;
      else toT[v - S]--;
      v = u;
    }
  }
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
  rowMax: Float64Array,
  colMax: Float64Array,
  maxWeight: number,
  k: number,
): number {
  const n = rowTerm.length;
  const m = colTerm.length;
  const mark = new Int32Array(m).fill(-1);
  let added = 0;
  for (let r = 0; r < n; r++) {
    const cs = lists.cols[r];
    for (const c of cs) mark[c] = r;
    const base = maxWeight + rowTerm[r];
    let found: Array<[number, number, number]> | null = null;
    const top = rowMax[r];
    for (let c = 0; c < m; c++) {
      // The weight can be no more than the row's or the column's heaviest: no call needed.
      const bound = colMax[c] < top ? colMax[c] : top;
      if (bound < 0 || bound - colTerm[c] <= base || mark[c] === r) continue;
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
