// The exact solver, generic: rows (mentees) each take at most one column (mentor) of limited
// capacity. It maximises the number of rows assigned first, then the total weight.
//
// Method: an auction with ε-scaling (Bertsekas) over candidate lists that grow where the prices
// show they are short, with a certificate over every pair at the end.
//
// - The lexicographic objective is one weight: B + w for a pair, 0 for "unassigned". A small B
//   first (values stay small, few phases); if the result's count is not the largest possible (an
//   augmenting path exists), again with B above any total weight, so one more row always wins.
// - The problem is made a balanced assignment: persons are the rows and, per column, one "filler"
//   per place (a place a filler holds is a place left empty); objects are the places and a pool of
//   n "unassigned" slots that rows and fillers may take. Every person gets an object, so the
//   auction needs no reverse phase.
// - Weights are scaled by 2(N + 1) (N persons): an assignment within 2ε = 2 of optimal for every
//   person (2ε-complementary slackness, "ε-CS" below) is optimal.
// - Bids look only at a row's list. Reading a row (one tight pass over its weights, the only step
//   that costs m) adds its best columns not yet listed, by value at the current prices, and records
//   the best value left out: the row's bound. Prices only rise, so no column left out can be worth
//   more later than that bound. Lists only grow.
// - The first pass reads every row once (its K heaviest columns). After the first ε phase, while
//   bids are coarse and cheap, every row whose bound is not within 2ε of what it holds is read;
//   rows with a better column left out bid again at that ε, until none has one. That check again at
//   a small ε, and at ε = 1.
// - The check at ε = 1 is the certificate, over every pair: each row's bound, from a reading of
//   all its columns at prices no higher than now, is within 2 of what it holds, or the row is read
//   again and compared with every column. The lists' columns keep ε-CS by the auction. So the
//   answer is optimal over the full graph, not only over the lists. Rows that break it bid again
//   (from ε of one weight unit, then down to 1 and checked again).
// - Most rows are read two to four times whatever the size, so the time grows about as the number
//   of pairs n·m.

export interface AssignmentProblem {
  rows: number;
  /** Places of each column (0 or more). */
  capacities: ArrayLike<number>;
  /**
   * The weight of row r on column c: a non-negative integer, or negative when not allowed. Called
   * for every pair of a row each time it is read unless weightRow is given, so it should be cheap.
   */
  weight: (row: number, col: number) => number;
  /** Optional: out[c] = weight(row, c) for every column at once (a tight loop, no call per pair). */
  weightRow?: (row: number, out: Int32Array) => void;
  /**
   * Columns a row's list starts with (its heaviest), and adds at each reading (twice as many once
   * it was found short, four times after that); 16 unless given.
   */
  candidatesPerRow?: number;
}

export interface AssignmentSolution {
  /** The column of each row, or -1 when the row stays unassigned. */
  columnOf: Int32Array;
  assigned: number;
  totalWeight: number;
  /**
   * Readings of whole rows: 1 for the first pass over all of them, plus one per row read again
   * later (1 when the first lists were enough).
   */
  rounds: number;
  /** Entries in the candidate lists at the end. */
  candidateEdges: number;
  /** Auctions over the lists: 1, plus one each time a check sent rows to bid again. */
  auctions: number;
}

/** Reads one row of weights into a shared buffer (-1 where not allowed). */
function rowReader(problem: AssignmentProblem, m: number): (row: number) => Int32Array {
  const buf = new Int32Array(m);
  const { weightRow, weight } = problem;
  if (weightRow) {
    return (row) => {
      weightRow(row, buf);
      return buf;
    };
  }
  return (row) => {
    for (let c = 0; c < m; c++) {
      const w = weight(row, c);
      buf[c] = w >= 0 ? Math.floor(w) : -1;
    }
    return buf;
  };
}

/**
 * Each row's candidate columns and its weights on them, in one buffer: a row's entries are
 * contiguous, and move to the end of the buffer (twice the room) when they outgrow their place.
 */
class Lists {
  col: Int32Array;
  w: Int32Array;
  readonly start: Int32Array;
  readonly len: Int32Array;
  private readonly room: Int32Array;
  private top = 0;

  constructor(n: number, K: number) {
    this.col = new Int32Array(Math.max(16, 2 * n * K));
    this.w = new Int32Array(this.col.length);
    this.start = new Int32Array(n);
    this.len = new Int32Array(n);
    this.room = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      this.start[r] = r * K;
      this.room[r] = K;
    }
    this.top = n * K;
  }

  /** Makes room for `more` entries after row r's. */
  reserve(r: number, more: number): void {
    const need = this.len[r] + more;
    if (need <= this.room[r]) return;
    const room = Math.max(need, 2 * this.room[r]);
    if (this.top + room > this.col.length) {
      const size = Math.max(2 * this.col.length, this.top + room);
      const col = new Int32Array(size);
      col.set(this.col.subarray(0, this.top));
      const w = new Int32Array(size);
      w.set(this.w.subarray(0, this.top));
      this.col = col;
      this.w = w;
    }
    const from = this.start[r];
    this.col.copyWithin(this.top, from, from + this.len[r]);
    this.w.copyWithin(this.top, from, from + this.len[r]);
    this.start[r] = this.top;
    this.room[r] = room;
    this.top += room;
  }

  edges(): number {
    let e = 0;
    for (let r = 0; r < this.len.length; r++) e += this.len[r];
    return e;
  }
}

/**
 * Reading a row: its K best columns not yet in its list, by value (B + w)·S − price at given column
 * prices, join the list (ties broken by a rotation that differs per row, so rows with equal weights
 * spread over equal columns), and the best value left out becomes its bound.
 */
class Reader {
  /** The columns kept so far (and the best left out): a min-heap by value, then tie key. */
  private readonly topC: Int32Array;
  private readonly topV: Float64Array;
  private readonly topW: Int32Array;
  private readonly topT: Int32Array;
  /** Columns in the row's list are marked with the reading's stamp. */
  private readonly mark: Int32Array;
  private stamp = 0;
  /** Value of the best column left out of the list after the last add(). */
  outside = -Infinity;
  /** Value of the best column not in the list before the last add() (−∞ when none). */
  best = -Infinity;

  /** m columns; `most`: the most columns one add() may list. */
  constructor(
    private readonly m: number,
    most: number,
  ) {
    this.topC = new Int32Array(most + 1);
    this.topV = new Float64Array(most + 1);
    this.topW = new Int32Array(most + 1);
    this.topT = new Int32Array(most + 1);
    this.mark = new Int32Array(m);
  }

  /**
   * Adds to row r's list its K best columns not in it, by value (B + w)·S − colPrice[c] over the
   * weights ws (a column without places has price +∞: never listed). Sets `best` and `outside`.
   */
  add(
    lists: Lists,
    r: number,
    ws: Int32Array,
    bigM: number,
    scale: number,
    colPrice: Float64Array,
    K: number,
  ): void {
    const { m, topC, topV, topW, topT, mark } = this;
    const stamp = ++this.stamp;
    const s0 = lists.start[r];
    const listed = lists.len[r];
    for (let e = s0; e < s0 + listed; e++) mark[lists.col[e]] = stamp;
    // The K + 1 best columns so far form a min-heap, the worst at the root: a lower value, or an
    // equal value and a later tie key. At the end the root is the best left out.
    const H = K + 1;
    let len = 0;
    // The root's value once H are kept (−∞ before: everything is kept).
    let lastV = -Infinity;
    const rot = (r * 7919) % Math.max(1, m);
    for (let c = 0; c < m; c++) {
      const w = ws[c];
      if (w < 0) continue;
      const v = (bigM + w) * scale - colPrice[c];
      // Below the root: neither kept nor the best left out.
      if (v < lastV) continue;
      // Listed already, or no place at all.
      if (mark[c] === stamp || v === -Infinity) continue;
      const tie = c < rot ? c - rot + m : c - rot;
      let q: number;
      if (len < H) {
        // Sift up from the end.
        q = len++;
        while (q > 0) {
          const parent = (q - 1) >> 1;
          const pv = topV[parent];
          if (pv < v || (pv === v && topT[parent] > tie)) break;
          topV[q] = pv;
          topT[q] = topT[parent];
          topC[q] = topC[parent];
          topW[q] = topW[parent];
          q = parent;
        }
      } else {
        // Equal to the root and later: worse than it.
        if (v === topV[0] && tie > topT[0]) continue;
        // The root drops out; sift down from it.
        q = 0;
        for (;;) {
          let child = 2 * q + 1;
          if (child >= len) break;
          const right = child + 1;
          if (
            right < len &&
            (topV[right] < topV[child] || (topV[right] === topV[child] && topT[right] > topT[child]))
          )
            child = right;
          const cv = topV[child];
          if (cv > v || (cv === v && topT[child] < tie)) break;
          topV[q] = cv;
          topT[q] = topT[child];
          topC[q] = topC[child];
          topW[q] = topW[child];
          q = child;
        }
      }
      topV[q] = v;
      topT[q] = tie;
      topC[q] = c;
      topW[q] = w;
      if (len === H) lastV = topV[0];
    }
    let out = -Infinity;
    if (len === H) {
      // The root is left out; the last entry takes its slot (the order no longer matters).
      out = topV[0];
      len--;
      topV[0] = topV[len];
      topC[0] = topC[len];
      topW[0] = topW[len];
    }
    let best = out;
    for (let k = 0; k < len; k++) if (topV[k] > best) best = topV[k];
    this.best = best;
    this.outside = out;
    if (len === 0) return;
    // The new columns by weight, heaviest first (insertion: at most 4K of them).
    for (let k = 1; k < len; k++) {
      const c = topC[k];
      const w = topW[k];
      let q = k;
      while (q > 0 && topW[q - 1] < w) {
        topC[q] = topC[q - 1];
        topW[q] = topW[q - 1];
        q--;
      }
      topC[q] = c;
      topW[q] = w;
    }
    // Merged into the list, kept heaviest first, from the back.
    lists.reserve(r, len);
    const { col, w: lw } = lists;
    const at = lists.start[r];
    let i = at + lists.len[r] - 1;
    let k = len - 1;
    for (let q = at + lists.len[r] + len - 1; k >= 0; q--) {
      if (i >= at && lw[i] < topW[k]) {
        col[q] = col[i];
        lw[q] = lw[i];
        i--;
      } else {
        col[q] = topC[k];
        lw[q] = topW[k];
        k--;
      }
    }
    lists.len[r] += len;
  }
}

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const n = problem.rows;
  const m = problem.capacities.length;
  const capacity = new Int32Array(m);
  for (let c = 0; c < m; c++) capacity[c] = Math.max(0, Math.floor(problem.capacities[c]) || 0);
  const K = Math.max(1, Math.floor(problem.candidatesPerRow ?? 16));
  const read = rowReader(problem, m);
  const lists = new Lists(n, K);
  const reader = new Reader(m, K << 2);
  // First pass: each row's K heaviest columns (at zero prices value order is weight order), the
  // heaviest weight, and how many rows each column allows (more places than that are never used).
  // Columns without places are priced +∞: never listed.
  const zero = new Float64Array(m);
  for (let c = 0; c < m; c++) if (capacity[c] === 0) zero[c] = Infinity;
  let maxWeight = 0;
  const allowed = new Int32Array(m);
  /** Heaviest weight left out of each row's first list, −1 when none. */
  const firstOut = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const ws = read(r);
    for (let c = 0; c < m; c++) {
      const w = ws[c];
      if (w < 0 || capacity[c] === 0) continue;
      allowed[c]++;
      if (w > maxWeight) maxWeight = w;
    }
    reader.add(lists, r, ws, 0, 1, zero, K);
    firstOut[r] = reader.outside;
  }
  const places = new Int32Array(m);
  let P = 0;
  for (let c = 0; c < m; c++) P += places[c] = Math.min(capacity[c], allowed[c]);
  // B need not be that large when no shorter trade of a pair for weight exists: the optimum of
  // Σ (B + w) with a maximum count is the lexicographic optimum for any B > 0. Try a small B, and
  // only if an augmenting path shows the count could grow, solve again with the safe one.
  let reads = 0;
  let auctions = 0;
  let auction: Auction;
  for (const [attempt, bigM] of [2 * maxWeight + 1, maxWeight * Math.min(n, P) + 1].entries()) {
    auction = new Auction(n, places, maxWeight, bigM, lists, K);
    // At zero prices the best value left out is that of the heaviest weight left out: known from
    // the first pass, else (lists grown at other prices) at most the heaviest there is.
    for (let r = 0; r < n; r++) {
      const out = attempt === 0 || firstOut[r] === -Infinity ? firstOut[r] : maxWeight;
      auction.bound[r] = out === -Infinity ? -Infinity : (bigM + out) * auction.scale;
    }
    auction.solve(reader, read);
    reads += auction.reads;
    auctions += auction.rounds;
    if (maximumCount(auction.columnsOf(), places, P, read, m)) break;
  }
  auction = auction!;
  const columnOf = auction.columnsOf();
  let assigned = 0;
  let total = 0;
  for (let r = 0; r < n; r++) {
    const c = columnOf[r];
    if (c < 0) continue;
    assigned++;
    total += auction.weightOf(r, c);
  }
  return {
    columnOf,
    assigned,
    totalWeight: total,
    rounds: 1 + reads,
    candidateEdges: lists.edges(),
    auctions,
  };
}

/**
 * Berge: the count is the largest possible when no alternating path leads from an unassigned row
 * (over allowed pairs, then back over assigned ones) to a column with a free place. When every
 * place is taken no such path exists; otherwise one search over the full graph, each row read once
 * at most.
 */
function maximumCount(
  columnOf: Int32Array,
  places: Int32Array,
  P: number,
  read: (row: number) => Int32Array,
  m: number,
): boolean {
  const n = columnOf.length;
  const used = new Int32Array(m);
  let assigned = 0;
  for (let r = 0; r < n; r++)
    if (columnOf[r] >= 0) {
      used[columnOf[r]]++;
      assigned++;
    }
  if (assigned === P || assigned === n) return true;
  // Rows held by each column.
  const start = new Int32Array(m + 1);
  for (let c = 0; c < m; c++) start[c + 1] = start[c] + used[c];
  const held = new Int32Array(start[m]);
  const fill = start.slice(0, m);
  for (let r = 0; r < n; r++) if (columnOf[r] >= 0) held[fill[columnOf[r]]++] = r;
  const seenCol = new Uint8Array(m);
  const queue: number[] = [];
  for (let r = 0; r < n; r++) if (columnOf[r] < 0) queue.push(r);
  for (let q = 0; q < queue.length; q++) {
    const ws = read(queue[q]);
    for (let c = 0; c < m; c++) {
      if (ws[c] < 0 || seenCol[c] || places[c] === 0) continue;
      seenCol[c] = 1;
      if (used[c] < places[c]) return false;
      for (let e = start[c]; e < start[c + 1]; e++) queue.push(held[e]);
    }
  }
  return true;
}

/**
 * The auction over persons (rows 0..n-1, then the fillers) and object classes (columns 0..m-1,
 * each with its places, and the pool m), restricted to the rows' lists. The places of a class form
 * a min-heap of prices in one region of the arrays, so a bidder always takes the cheapest place of
 * a class.
 */
class Auction {
  /** Values are (B + w)·scale: ε = 1 then means exact. */
  readonly scale: number;
  private readonly maxValue: number;
  private readonly persons: number;
  private readonly m: number;
  /** Times each row was found to break ε-CS: each doubles the columns its next reading adds. */
  private readonly breaks: Uint8Array;
  /** Rows read by certify(). */
  reads = 0;
  /** Auctions restricted to the lists: 1, plus one for each check that found rows to bid again. */
  rounds = 1;
  /**
   * Per row: no column left out of its list is worth more than this at the current prices (the
   * best value left out at its last reading; prices only rise since).
   */
  readonly bound: Float64Array;
  /** The price of each column's cheapest place (+∞ for a column without places). */
  private readonly colPrice: Float64Array;
  /** Column of each filler (person n + f). */
  private readonly fillerCol: Int32Array;
  // Places: class regions [cStart[c], cStart[c+1]), heap-ordered by price.
  private readonly cStart: Int32Array;
  private readonly price: Float64Array;
  private readonly holder: Int32Array;
  private readonly classOf: Int32Array;
  /** The place of each person, -1 while unassigned. */
  private readonly posOf: Int32Array;
  private readonly queue: Int32Array;
  private head = 0;
  private tail = 0;
  private queued = 0;
  private readonly inQueue: Uint8Array;

  constructor(
    private readonly n: number,
    places: Int32Array,
    maxWeight: number,
    /** B: above any total weight, so the count of assigned rows comes first. */
    private readonly bigM: number,
    private readonly lists: Lists,
    private readonly K: number,
  ) {
    const m = places.length;
    this.m = m;
    let F = 0;
    for (let c = 0; c < m; c++) F += places[c];
    this.persons = n + F;
    // 2ε-CS at ε = 1 is within 2 / (2(N + 1)) < 1/N of the optimum in weight units: exact.
    this.scale = 2 * (this.persons + 1);
    this.maxValue = (this.bigM + maxWeight) * this.scale;
    this.fillerCol = new Int32Array(F);
    this.cStart = new Int32Array(m + 2);
    this.colPrice = new Float64Array(m);
    for (let c = 0, f = 0; c < m; c++) {
      this.cStart[c + 1] = this.cStart[c] + places[c];
      for (let u = 0; u < places[c]; u++) this.fillerCol[f++] = c;
      if (places[c] === 0) this.colPrice[c] = Infinity;
    }
    this.cStart[m + 1] = this.cStart[m] + n;
    const slots = this.cStart[m + 1];
    this.price = new Float64Array(slots);
    this.holder = new Int32Array(slots).fill(-1);
    this.classOf = new Int32Array(slots);
    for (let c = 0; c <= m; c++) this.classOf.fill(c, this.cStart[c], this.cStart[c + 1]);
    this.posOf = new Int32Array(this.persons).fill(-1);
    this.queue = new Int32Array(this.persons + 1);
    this.inQueue = new Uint8Array(this.persons);
    this.bound = new Float64Array(n).fill(-Infinity);
    this.breaks = new Uint8Array(n);
  }

  /** The row's weight on a column of its list (the column it holds is always there). */
  weightOf(r: number, c: number): number {
    const { col, w, start, len } = this.lists;
    for (let e = start[r], end = e + len[r]; e < end; e++) if (col[e] === c) return w[e];
    throw new Error(`column ${c} is not in the list of row ${r}`);
  }

  /**
   * ε-scaling from ε₀ (a few weight units) down to 1, every person bidding afresh in the first
   * phase. The lists are checked against every column (certify, at tolerance 2ε) after the first
   * phase, while bids are coarse and cheap: rows that break it bid again at the same ε with their
   * better columns listed, until none does. Again once ε is below a hundredth of a weight unit, and
   * at ε = 1, where the check is the certificate of optimality. Rows found broken at an ε below one
   * weight unit restart the descent from one unit (bidding at a tiny ε for a gain of whole units
   * would take that many tiny steps).
   */
  solve(reader: Reader, read: (row: number) => Int32Array): void {
    const alpha = 6;
    const unit = this.scale;
    let eps = Math.max(1, Math.floor(this.maxValue / alpha ** 3));
    let first = true;
    let guard = true;
    for (let p = 0; p < this.persons; p++) this.enqueue(p);
    for (;;) {
      this.run(eps);
      const check = first || eps === 1 || (guard && eps * 100 < unit);
      if (eps * 100 < unit) guard = false;
      first = false;
      while (check) {
        const broken = this.certify(reader, read, 2 * eps);
        if (broken.length === 0) break;
        this.rounds++;
        for (const r of broken) this.unassign(r);
        if (eps < unit) {
          eps = unit;
          guard = true;
        }
        this.run(eps);
      }
      if (eps === 1) break;
      eps = Math.max(1, Math.floor(eps / alpha));
      this.unassignBroken(eps);
    }
  }

  /**
   * The rows for which some column breaks ε-CS at tolerance tol at the current prices. A row whose
   * bound is within tol of its profit breaks nothing with a column left out (the list's columns
   * keep ε-CS by the auction); any other row is read: its best columns not listed join the list
   * (K, twice as many each time the row was found broken, up to 4K) and its bound is renewed, and
   * it breaks ε-CS when the best of them is worth more than its profit + tol.
   */
  certify(reader: Reader, read: (row: number) => Int32Array, tol: number): number[] {
    const broken: number[] = [];
    for (let r = 0; r < this.n; r++) {
      const profit = this.profit(r);
      if (this.bound[r] <= profit + tol) continue;
      this.reads++;
      const more = this.K << Math.min(this.breaks[r], 2);
      reader.add(this.lists, r, read(r), this.bigM, this.scale, this.colPrice, more);
      this.bound[r] = reader.outside;
      if (reader.best > profit + tol) {
        broken.push(r);
        if (this.breaks[r] < 2) this.breaks[r]++;
      }
    }
    return broken;
  }

  /** What row r gets: its value minus the price it paid. */
  private profit(r: number): number {
    const pos = this.posOf[r];
    const c = this.classOf[pos];
    if (c === this.m) return -this.price[pos];
    return (this.bigM + this.weightOf(r, c)) * this.scale - this.price[pos];
  }

  /** The column of each row, -1 for the pool. */
  columnsOf(): Int32Array {
    const out = new Int32Array(this.n);
    for (let r = 0; r < this.n; r++) {
      const c = this.classOf[this.posOf[r]];
      out[r] = c === this.m ? -1 : c;
    }
    return out;
  }

  private enqueue(p: number): void {
    if (this.inQueue[p]) return;
    this.inQueue[p] = 1;
    this.queue[this.tail] = p;
    this.tail = this.tail === this.persons ? 0 : this.tail + 1;
    this.queued++;
  }

  private unassign(p: number): void {
    const pos = this.posOf[p];
    if (pos >= 0) {
      this.holder[pos] = -1;
      this.posOf[p] = -1;
    }
    this.enqueue(p);
  }

  /** At a new, smaller ε: unassigns every person whose best option beats what it holds by more than ε. */
  private unassignBroken(eps: number): void {
    const { n, cStart, price, posOf, classOf, colPrice, fillerCol } = this;
    const { col, w, start, len } = this.lists;
    const pool = this.m;
    for (let p = 0; p < this.persons; p++) {
      const pos = posOf[p];
      if (pos < 0) continue;
      const own = classOf[pos];
      let best = -price[cStart[pool]];
      let profit = own === pool ? -price[pos] : -Infinity;
      if (p < n) {
        for (let e = start[p], end = e + len[p]; e < end; e++) {
          const c = col[e];
          const value = (this.bigM + w[e]) * this.scale;
          const v = value - colPrice[c];
          if (v > best) best = v;
          if (c === own) profit = value - price[pos];
        }
      } else {
        const c = fillerCol[p - n];
        if (-colPrice[c] > best) best = -colPrice[c];
        if (c === own) profit = -price[pos];
      }
      if (best > profit + 2 * eps) this.unassign(p);
    }
  }

  private run(eps: number): void {
    const { queue, inQueue, cStart, price, holder, posOf, colPrice, fillerCol } = this;
    const { col, w, start, len } = this.lists;
    const { n, bigM, scale } = this;
    const pool = this.m;
    const size = this.persons + 1;
    // No column is cheaper than this (prices only rise).
    let floor = Infinity;
    for (let c = 0; c < pool; c++) if (colPrice[c] < floor) floor = colPrice[c];
    while (this.queued > 0) {
      const p = queue[this.head];
      this.head = this.head + 1 === size ? 0 : this.head + 1;
      this.queued--;
      inQueue[p] = 0;
      if (posOf[p] >= 0) continue;
      // Best and second best value over the person's options; a class's value is its value less
      // the price of its cheapest place.
      let best = -price[cStart[pool]];
      let bestA = 0;
      let bestC = pool;
      let second = -Infinity;
      if (p < n) {
        // Heaviest first: once even the cheapest column could not beat the second best at this
        // weight, no later entry can.
        for (let e = start[p], end = e + len[p]; e < end; e++) {
          const a = (bigM + w[e]) * scale;
          if (a - floor <= second) break;
          const c = col[e];
          const v = a - colPrice[c];
          if (v > best) {
            second = best;
            best = v;
            bestA = a;
            bestC = c;
          } else if (v > second) second = v;
        }
      } else {
        const c = fillerCol[p - n];
        const v = -colPrice[c];
        if (v > best) {
          second = best;
          best = v;
          bestC = c;
        } else if (v > second) second = v;
      }
      // The next cheapest place of the same class is an option too.
      const base = cStart[bestC];
      const end = cStart[bestC + 1];
      if (base + 1 < end) {
        let next = price[base + 1];
        if (base + 2 < end && price[base + 2] < next) next = price[base + 2];
        if (bestA - next > second) second = bestA - next;
      }
      const bid = second === -Infinity ? price[base] + eps : bestA - second + eps;
      const old = holder[base];
      if (old >= 0) {
        posOf[old] = -1;
        this.enqueue(old);
      }
      // The place's price rises: sift it down its class's heap.
      let q = base;
      for (;;) {
        let child = base + 2 * (q - base) + 1;
        if (child >= end) break;
        if (child + 1 < end && price[child + 1] < price[child]) child++;
        if (price[child] >= bid) break;
        price[q] = price[child];
        const h = holder[child];
        holder[q] = h;
        if (h >= 0) posOf[h] = q;
        q = child;
      }
      price[q] = bid;
      holder[q] = p;
      posOf[p] = q;
      if (bestC !== pool) colPrice[bestC] = price[base];
    }
  }
}
