// The exact solver, generic: rows (mentees) each take at most one column (mentor) of limited
// capacity. It maximises the number of rows assigned first, then the total weight.
//
// Method: an auction with ε-scaling (Bertsekas) whose rows bid from short candidate lists that are
// re-priced over all columns only when they may be out of date.
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
// - Each row keeps its K best columns at the prices of the time it last looked at all of them, and
//   the value of the best column left out. Prices only rise, so no column left out can be worth
//   more now: while the list's second best is at least that value, the list gives the exact best
//   and second best over all columns, and the bid is the one the full row would make. Otherwise
//   the row is re-priced over every column (one tight pass over its weights).
// - At the end one pass over every pair checks ε-CS with the final prices: the certificate that
//   the answer is optimal over the full graph, not only over the lists.

export interface AssignmentProblem {
  rows: number;
  /** Places of each column (0 or more). */
  capacities: ArrayLike<number>;
  /**
   * The weight of row r on column c: a non-negative integer, or negative when not allowed. Called
   * for every pair of a row each time it is priced unless weightRow is given, so it should be cheap.
   */
  weight: (row: number, col: number) => number;
  /** Optional: out[c] = weight(row, c) for every column at once (a tight loop, no call per pair). */
  weightRow?: (row: number, out: Int32Array) => void;
  /** Columns kept per row between pricings; 16 unless given. */
  candidatesPerRow?: number;
}

export interface AssignmentSolution {
  /** The column of each row, or -1 when the row stays unassigned. */
  columnOf: Int32Array;
  assigned: number;
  totalWeight: number;
  /**
   * Pricings over all columns: 1 for the first pass, plus one per row re-priced later (1 when the
   * first lists were enough).
   */
  rounds: number;
  /** Entries in the candidate lists at the end. */
  candidateEdges: number;
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

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const n = problem.rows;
  const m = problem.capacities.length;
  const capacity = new Int32Array(m);
  for (let c = 0; c < m; c++) capacity[c] = Math.max(0, Math.floor(problem.capacities[c]) || 0);
  const K = Math.max(1, Math.floor(problem.candidatesPerRow ?? 16));
  const read = rowReader(problem, m);
  // First pass: the heaviest weight, and how many rows each column allows (more places than that
  // are never used).
  let maxWeight = 0;
  const allowed = new Int32Array(m);
  const rowAllowed = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const ws = read(r);
    for (let c = 0; c < m; c++) {
      const w = ws[c];
      if (w < 0 || capacity[c] === 0) continue;
      allowed[c]++;
      rowAllowed[r] = 1;
      if (w > maxWeight) maxWeight = w;
    }
  }
  const places = new Int32Array(m);
  let P = 0;
  for (let c = 0; c < m; c++) P += places[c] = Math.min(capacity[c], allowed[c]);
  // B need not be that large when no shorter trade of a pair for weight exists: the optimum of
  // Σ (B + w) with a maximum count is the lexicographic optimum for any B > 0. Try a small B, and
  // only if an augmenting path shows the count could grow, solve again with the safe one.
  let repricings = 0;
  let auction: Auction;
  for (const bigM of [2 * maxWeight + 1, maxWeight * Math.min(n, P) + 1]) {
    auction = new Auction(n, places, maxWeight, bigM, K, read, rowAllowed);
    auction.solve();
    // The certificate: ε-CS over every pair. It holds by construction; should it not, the rows
    // that break it are re-priced and bid again.
    for (;;) {
      const broken = auction.check();
      if (broken.length === 0) break;
      auction.repair(broken);
    }
    repricings += auction.repricings;
    if (maximumCount(auction.columnsOf(), places, read, m)) break;
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
    rounds: 1 + repricings,
    candidateEdges: auction.edges(),
  };
}

/**
 * Berge: the count is the largest possible when no alternating path leads from an unassigned row
 * (over allowed pairs, then back over assigned ones) to a column with a free place. One search
 * over the full graph, each row read once at most.
 */
function maximumCount(
  columnOf: Int32Array,
  places: Int32Array,
  read: (row: number) => Int32Array,
  m: number,
): boolean {
  const n = columnOf.length;
  const used = new Int32Array(m);
  for (let r = 0; r < n; r++) if (columnOf[r] >= 0) used[columnOf[r]]++;
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
 * each with its places, and the pool m). The places of a class form a min-heap of prices in one
 * region of the arrays, so a bidder always takes the cheapest place of a class.
 */
class Auction {
  /** B: above any total weight, so the count of assigned rows comes first. */
  private readonly bigM: number;
  /** Values are (B + w)·scale: ε = 1 then means exact. */
  private readonly scale: number;
  private readonly maxValue: number;
  private readonly persons: number;
  private readonly m: number;
  /** Rows re-priced over all columns after the first lists. */
  repricings = 0;
  // Candidate lists: K entries a row, best value first.
  private readonly listC: Int32Array;
  private readonly listV: Float64Array;
  private readonly listW: Int32Array;
  private readonly listLen: Int32Array;
  /** Value of the best column left out of the row's list, at the prices of its last pricing. */
  private readonly bound: Float64Array;
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
    bigM: number,
    private readonly K: number,
    private readonly read: (row: number) => Int32Array,
    rowAllowed: Uint8Array,
  ) {
    const m = places.length;
    this.m = m;
    let F = 0;
    for (let c = 0; c < m; c++) F += places[c];
    this.persons = n + F;
    this.bigM = bigM;
    // 2ε-CS at ε = 1 is within 2 / (2(N + 1)) < 1/N of the optimum in weight units: exact.
    this.scale = 2 * (this.persons + 1);
    this.maxValue = (this.bigM + maxWeight) * this.scale;
    this.fillerCol = new Int32Array(F);
    this.cStart = new Int32Array(m + 2);
    for (let c = 0, f = 0; c < m; c++) {
      this.cStart[c + 1] = this.cStart[c] + places[c];
      for (let u = 0; u < places[c]; u++) this.fillerCol[f++] = c;
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
    this.listC = new Int32Array(n * K);
    this.listV = new Float64Array(n * K);
    this.listW = new Int32Array(n * K);
    this.listLen = new Int32Array(n);
    this.bound = new Float64Array(n).fill(-Infinity);
    // First lists at zero prices; rows no column allows keep an empty one.
    for (let r = 0; r < n; r++) if (rowAllowed[r]) this.pricing(r);
    this.repricings = 0;
  }

  edges(): number {
    let e = 0;
    for (let r = 0; r < this.n; r++) e += this.listLen[r];
    return e;
  }

  /** The row's weight on a column of its list (the column it holds is always there). */
  weightOf(r: number, c: number): number {
    for (let e = r * this.K, end = e + this.listLen[r]; e < end; e++)
      if (this.listC[e] === c) return this.listW[e];
    return this.read(r)[c];
  }

  /**
   * Re-prices row r over every column: its K best values now, ties to a column picked by a
   * rotation that differs per row (rows with equal weights spread over equal columns), and the
   * best value left out.
   */
  private pricing(r: number): void {
    this.repricings++;
    const { K, m, cStart, price, listC, listV, listW, bigM, scale } = this;
    const ws = this.read(r);
    const base = r * K;
    let len = 0;
    let out = -Infinity;
    let outTie = 0;
    // The K-th kept value and its tie key, once the list is full.
    let lastV = -Infinity;
    let lastTie = 0;
    const rot = (r * 7919) % Math.max(1, m);
    for (let c = 0; c < m; c++) {
      const w = ws[c];
      if (w < 0) continue;
      const v = (bigM + w) * scale - price[cStart[c]];
      if (len === K && v < lastV) {
        // Below the K-th kept: a candidate for the best left out only.
        if (v > out) {
          out = v;
          outTie = c < rot ? c - rot + m : c - rot;
        }
        continue;
      }
      if (cStart[c + 1] === cStart[c]) continue;
      const tie = c < rot ? c - rot + m : c - rot;
      if (len === K) {
        if (v === lastV && tie > lastTie) {
          if (v > out || (v === out && tie < outTie)) {
            out = v;
            outTie = tie;
          }
          continue;
        }
        // The K-th kept drops out of the list.
        if (lastV > out || (lastV === out && lastTie < outTie)) {
          out = lastV;
          outTie = lastTie;
        }
      }
      let q = len < K ? len++ : K - 1;
      while (q > 0) {
        const pv = listV[base + q - 1];
        if (pv > v) break;
        if (pv === v) {
          const pc = listC[base + q - 1];
          if ((pc < rot ? pc - rot + m : pc - rot) < tie) break;
        }
        listV[base + q] = pv;
        listC[base + q] = listC[base + q - 1];
        listW[base + q] = listW[base + q - 1];
        q--;
      }
      listV[base + q] = v;
      listC[base + q] = c;
      listW[base + q] = w;
      if (len === K) {
        lastV = listV[base + K - 1];
        const lc = listC[base + K - 1];
        lastTie = lc < rot ? lc - rot + m : lc - rot;
      }
    }
    this.listLen[r] = len;
    this.bound[r] = out;
  }

  /** ε-scaling from a coarse ε down to 1, every person bidding afresh in the first phase. */
  solve(): void {
    const alpha = 6;
    let eps = Math.max(1, Math.floor(this.maxValue / alpha));
    for (let p = 0; p < this.persons; p++) this.enqueue(p);
    for (;;) {
      this.run(eps);
      if (eps === 1) break;
      eps = Math.max(1, Math.floor(eps / alpha));
      this.unassignBroken(eps);
    }
  }

  /** Rows that break ε-CS bid again (after pricing) at ε = 1. */
  repair(rows: readonly number[]): void {
    for (const r of rows) {
      this.pricing(r);
      this.unassign(r);
    }
    this.run(1);
  }

  /**
   * The rows for which some pair breaks ε-CS at the final prices:
   * (B + w)·S − minPrice(c) > profit(r) + 2, i.e. w·S > rowT + colT with rowT = profit + 2 − B·S
   * and colT = minPrice(c) (exact integers in doubles).
   */
  check(): number[] {
    const { n, m, scale: S, cStart, price } = this;
    const colT = new Float64Array(m);
    let minColT = Infinity;
    for (let c = 0; c < m; c++) {
      colT[c] = cStart[c + 1] > cStart[c] ? price[cStart[c]] : Infinity;
      if (colT[c] < minColT) minColT = colT[c];
    }
    const BS = this.bigM * S;
    const broken: number[] = [];
    for (let r = 0; r < n; r++) {
      if (this.listLen[r] === 0 && this.bound[r] === -Infinity) continue;
      const rowT = this.profit(r) + 2 - BS;
      // The row's heaviest pair at the lowest price breaks nothing: no need to read the row.
      if (this.maxValue - BS <= rowT + minColT) continue;
      const ws = this.read(r);
      for (let c = 0; c < m; c++) {
        const w = ws[c];
        if (w >= 0 && w * S > rowT + colT[c]) {
          broken.push(r);
          break;
        }
      }
    }
    return broken;
  }

  /** What row r gets: its value minus the price it paid. */
  private profit(r: number): number {
    const pos = this.posOf[r];
    const c = this.classOf[pos];
    if (c === this.m) return -this.price[pos];
    for (let e = r * this.K, end = e + this.listLen[r]; e < end; e++)
      if (this.listC[e] === c) return (this.bigM + this.listW[e]) * this.scale - this.price[pos];
    return (this.bigM + this.read(r)[c]) * this.scale - this.price[pos];
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

  /**
   * At a new, smaller ε: unassigns every person whose best option may beat what it holds by more
   * than ε (the bound of a row's left-out columns counts as such an option).
   */
  private unassignBroken(eps: number): void {
    const { n, K, cStart, price, posOf, classOf, listC, listW, listLen, bound, fillerCol } = this;
    const pool = this.m;
    for (let p = 0; p < this.persons; p++) {
      const pos = posOf[p];
      if (pos < 0) continue;
      const own = classOf[pos];
      let best = -price[cStart[pool]];
      let profit = own === pool ? -price[pos] : -Infinity;
      if (p < n) {
        if (bound[p] > best) best = bound[p];
        for (let e = p * K, end = e + listLen[p]; e < end; e++) {
          const c = listC[e];
          const value = (this.bigM + listW[e]) * this.scale;
          const v = value - price[cStart[c]];
          if (v > best) best = v;
          if (c === own) profit = value - price[pos];
        }
      } else {
        const c = fillerCol[p - n];
        if (-price[cStart[c]] > best) best = -price[cStart[c]];
        if (c === own) profit = -price[pos];
      }
      if (best > profit + 2 * eps) this.unassign(p);
    }
  }

  private run(eps: number): void {
    const { queue, inQueue, cStart, price, holder, posOf, listC, listW, listLen, bound, fillerCol } = this;
    const { n, K, bigM, scale } = this;
    const pool = this.m;
    const size = this.persons + 1;
    // Before the last phase only prices are being shaped: a list may be out of date by 8ε before
    // the row is re-priced. The last phase allows ε (2ε-CS, exact).
    const slack = eps > 1 ? 8 * eps : eps;
    while (this.queued > 0) {
      const p = queue[this.head];
      this.head = this.head + 1 === size ? 0 : this.head + 1;
      this.queued--;
      inQueue[p] = 0;
      if (posOf[p] >= 0) continue;
      // Best and second best value over the person's options; a class's value is its value less
      // the price of its cheapest place.
      let best = -Infinity;
      let bestA = 0;
      let bestC = -1;
      let second = -Infinity;
      for (let attempt = 0; ; attempt++) {
        best = -price[cStart[pool]];
        bestA = 0;
        bestC = pool;
        second = -Infinity;
        if (p < n) {
          for (let e = p * K, end = e + listLen[p]; e < end; e++) {
            const c = listC[e];
            const a = (bigM + listW[e]) * scale;
            const v = a - price[cStart[c]];
            if (v > best) {
              second = best;
              best = v;
              bestA = a;
              bestC = c;
            } else if (v > second) second = v;
          }
        } else {
          const c = fillerCol[p - n];
          const v = -price[cStart[c]];
          if (v > best) {
            second = best;
            best = v;
            bestC = c;
          } else if (v > second) second = v;
        }
        // The next cheapest place of the same class is an option too.
        const b = cStart[bestC];
        const e = cStart[bestC + 1];
        if (b + 1 < e) {
          let next = price[b + 1];
          if (b + 2 < e && price[b + 2] < next) next = price[b + 2];
          if (bestA - next > second) second = bestA - next;
        }
        // Columns left out are worth at most bound: within ε of second, the bid keeps 2ε-CS.
        if (p >= n || second + slack >= bound[p]) break;
        if (attempt === 1) {
          // Freshly priced: the bound is the exact best value left out.
          second = bound[p];
          break;
        }
        this.pricing(p);
      }
      const base = cStart[bestC];
      const end = cStart[bestC + 1];
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
    }
  }
}
