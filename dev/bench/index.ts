// `npm run bench`: the real build/Code.js on the offline emulator for a school, a large school and
// a district. Prints service calls per operation (by service, and the methods that grow with size),
// wall times on Node, the matching alone, the bundle's size and load time, and one line per target;
// writes a JSON copy to bench/results/. Options: --quick (one run per size, one matching run).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR } from '../bundle';
import { measureBundleLoad, type BundleLoad } from './load';
import { benchMatching } from './matching';
import {
  byService,
  formatBytes,
  formatMs,
  median,
  section,
  SERVICES,
  serviceOf,
  sheetsSummary,
  table,
  verdicts,
  type Cell,
  type Verdict,
} from './report';
import { OPERATIONS, runYear, SIZES, type Operation, type OpResult, type Size } from './scenarios';

interface OpSummary {
  status: OpResult['status'];
  note?: string;
  calls: Record<string, number>;
  docRows?: number;
  medianMs: number;
  ms: number[];
  /** The call counts were the same in every run (they should be: the data is deterministic). */
  stableCounts: boolean;
}

interface SizeSummary {
  size: Size;
  pairs: number;
  runs: number;
  ops: Record<Operation, OpSummary>;
}

const quick = process.argv.includes('--quick');
const log = (text: string) => process.stderr.write(`${text}\n`);

function runSize(size: Size): SizeSummary {
  const runs = quick ? 1 : size.runs;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    results.push(runYear(size));
    log(`  ${size.label}: run ${i + 1}/${runs} in ${formatMs(performance.now() - started)}`);
  }
  const first = results[0];
  const ops = {} as Record<Operation, OpSummary>;
  for (const op of OPERATIONS) {
    const all = results.map((r) => r.ops[op]);
    const ms = all.map((r) => r.ms);
    const same = all.every((r) => JSON.stringify(r.calls) === JSON.stringify(first.ops[op].calls));
    ops[op] = {
      status: first.ops[op].status,
      note: first.ops[op].note,
      calls: first.ops[op].calls,
      docRows: first.ops[op].docRows,
      medianMs: median(ms),
      ms,
      stableCounts: same,
    };
  }
  return { size, pairs: first.pairs, runs, ops };
}

function matchingMedians(runs: number) {
  const all = Array.from({ length: runs }, () => benchMatching());
  return all[0].map((c, i) => ({ ...c, ms: median(all.map((r) => r[i].ms)), runs: all.map((r) => r[i].ms) }));
}

function commit(): string {
  try {
    const hash = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim();
    return dirty ? `${hash} (+ uncommitted changes)` : hash;
  } catch {
    return 'unknown';
  }
}

// ---- Printing ----

const ok = (s: SizeSummary, op: Operation) => s.ops[op].status === 'ok';
const cellFor = (s: SizeSummary, op: Operation, value: (o: OpSummary) => Cell): Cell =>
  s.ops[op].status === 'ok' ? value(s.ops[op]) : s.ops[op].status === 'error' ? 'error' : 'n/a';

function printSchools(sizes: SizeSummary[]): string {
  return table(
    ['case', 'teachers', 'mentees', 'mentors', 'pairs formed', 'runs'],
    sizes.map((s) => [s.size.label, s.size.teachers, s.size.mentees, s.size.mentors, s.pairs, s.runs]),
  );
}

function printSheets(sizes: SizeSummary[]): string {
  const rows = OPERATIONS.map((op) => {
    const summaries = sizes.map((s) => (ok(s, op) ? sheetsSummary(s.ops[op].calls) : null));
    const triple = (f: (x: ReturnType<typeof sheetsSummary>) => number) =>
      summaries.map((x) => (x ? String(f(x)) : '—')).join(' / ');
    const present = summaries.filter((x) => x !== null);
    const constant =
      present.length < 2 ? '—' : present.every((x) => x.total === present[0].total) ? 'yes' : 'NO';
    return [
      op,
      ...sizes.map((s) => cellFor(s, op, (o) => sheetsSummary(o.calls).total)),
      triple((x) => x.reads),
      triple((x) => x.writes),
      constant,
    ];
  });
  return table(['operation', ...sizes.map((s) => s.size.label), 'reads', 'writes', 'constant'], rows);
}

function printServices(sizes: SizeSummary[]): string {
  const rows: Cell[][] = [];
  for (const op of OPERATIONS) {
    if (!sizes.some((s) => ok(s, op))) {
      rows.push([op, '', ...sizes.map((s) => cellFor(s, op, () => ''))]);
      continue;
    }
    const services = sizes.map((s) => (ok(s, op) ? byService(s.ops[op].calls) : {}));
    const used = SERVICES.filter((name) => services.some((x) => (x[name] ?? 0) > 0));
    used.forEach((name, i) =>
      rows.push([
        i === 0 ? op : '',
        name,
        ...sizes.map((s, k) => (ok(s, op) ? (services[k][name] ?? 0) : '—')),
      ]),
    );
  }
  return table(['operation', 'service', ...sizes.map((s) => s.size.label)], rows, [
    'l',
    'l',
    ...sizes.map(() => 'r' as const),
  ]);
}

/** The Class.method counts that differ between the sizes: what grows with the school. */
function printGrowth(sizes: SizeSummary[]): string {
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const rows: Cell[][] = [];
  for (const op of OPERATIONS) {
    if (!sizes.every((s) => ok(s, op))) continue;
    const methods = new Set(sizes.flatMap((s) => Object.keys(s.ops[op].calls)));
    const growing = [...methods]
      .filter((m) => new Set(sizes.map((s) => s.ops[op].calls[m] ?? 0)).size > 1)
      .sort((a, b) => serviceOf(a).localeCompare(serviceOf(b)) || a.localeCompare(b));
    const rowsFirst = first.ops[op].docRows;
    const rowsLast = last.ops[op].docRows;
    growing.forEach((m, i) => {
      const perRow =
        rowsFirst !== undefined && rowsLast !== undefined && rowsLast !== rowsFirst
          ? ((last.ops[op].calls[m] ?? 0) - (first.ops[op].calls[m] ?? 0)) / (rowsLast - rowsFirst)
          : NaN;
      rows.push([
        i === 0 ? op : '',
        serviceOf(m),
        m,
        ...sizes.map((s) => s.ops[op].calls[m] ?? 0),
        Number.isFinite(perRow) ? perRow : '',
      ]);
    });
  }
  if (rows.length === 0) return 'No call count depends on the size of the school.';
  return table(['operation', 'service', 'method', ...sizes.map((s) => s.size.label), 'per row'], rows, [
    'l',
    'l',
    'l',
    ...sizes.map(() => 'r' as const),
    'r',
  ]);
}

function printTimes(sizes: SizeSummary[]): string {
  const rows = OPERATIONS.map((op) => [
    op,
    ...sizes.map((s) => cellFor(s, op, (o) => formatMs(o.medianMs))),
    sizes
      .map((s) => s.ops[op].note && `${s.size.label}: ${s.ops[op].note}`)
      .filter(Boolean)
      .join('; '),
  ]);
  return table(['operation (median)', ...sizes.map((s) => s.size.label), 'notes'], rows, [
    'l',
    ...sizes.map(() => 'r' as const),
    'l',
  ]);
}

function printMatching(cases: ReturnType<typeof matchingMedians>): string {
  return table(
    ['matching alone (benchMatching)', 'mentees', 'mentors', 'median', 'runs', 'assigned'],
    cases.map((c) => [
      c.case,
      c.mentees,
      c.mentors,
      formatMs(c.ms),
      c.runs.map((ms) => formatMs(ms)).join(', '),
      c.assigned,
    ]),
  );
}

function printBundle(load: BundleLoad): string {
  return table(
    ['bundle', 'value'],
    [
      ['build/Code.js', formatBytes(load.codeBytes)],
      ['build/Sidebar.html', formatBytes(load.sidebarBytes)],
      ['top-level functions', load.functions],
      [`load into a fresh context, median of ${load.loads}`, formatMs(load.medianMs)],
      ['first load (cold V8)', formatMs(load.firstMs)],
      ['slowest load', formatMs(load.maxMs)],
    ],
  );
}

function targetLines(
  sizes: SizeSummary[],
  matching: ReturnType<typeof matchingMedians>,
  load: BundleLoad,
): Verdict[] {
  const small = sizes[0];
  const district = sizes[sizes.length - 1];
  const out: Verdict[] = [];

  // Constant Sheets calls: every operation measured at every size has the same count.
  const compared = OPERATIONS.filter((op) => sizes.every((s) => ok(s, op)));
  const differing = compared.filter(
    (op) => new Set(sizes.map((s) => sheetsSummary(s.ops[op].calls).total)).size > 1,
  );
  const missing = OPERATIONS.filter((op) => !compared.includes(op));
  out.push({
    target: 'constant Sheets calls per operation (school = large = district)',
    met: compared.length === 0 ? null : differing.length === 0,
    measured:
      (differing.length === 0
        ? `equal in ${compared.length} operations`
        : differing
            .map((op) => `${op}: ${sizes.map((s) => sheetsSummary(s.ops[op].calls).total).join(' → ')}`)
            .join('; ')) + (missing.length ? `; not compared: ${missing.join(', ')}` : ''),
  });

  const daily = district.ops['daily run'];
  out.push({
    target: 'district daily run < 30 s on Node',
    met: daily.status === 'ok' ? daily.medianMs < 30_000 : null,
    measured: daily.status === 'ok' ? formatMs(daily.medianMs) : `${daily.status}: ${daily.note ?? ''}`,
  });

  const districtMatching = matching[matching.length - 1];
  out.push({
    target: `matching ${districtMatching.mentees} × ${districtMatching.mentors} < 10 s`,
    met: districtMatching.ms < 10_000,
    measured: `${formatMs(districtMatching.ms)} (propose pairs, district, whole operation: ${formatMs(district.ops['propose pairs'].medianMs)})`,
  });

  out.push({
    target: 'bundle load < 50 ms',
    met: load.medianMs < 50,
    measured: `${formatMs(load.medianMs)} median, ${formatBytes(load.codeBytes)}`,
  });

  const order = (s: SizeSummary) => s.ops['generate order'];
  if (ok(small, 'generate order') && ok(district, 'generate order')) {
    const docs = (s: SizeSummary) => byService(order(s).calls).Docs ?? 0;
    const pairs = (s: SizeSummary) => order(s).docRows ?? 0;
    // Every pair adds at least one table row, so growth per pair bounds growth per row.
    const perPair = (docs(district) - docs(small)) / (pairs(district) - pairs(small));
    out.push({
      target: 'Docs calls grow by at most 1 per order table row',
      met: perPair <= 1,
      measured: `${perPair.toFixed(2)} more per pair (≥ 1 table row each): ${docs(small)} calls for ${pairs(small)} pairs, ${docs(district)} for ${pairs(district)} pairs`,
    });
  } else {
    out.push({
      target: 'Docs calls grow by at most 1 per order table row',
      met: null,
      measured: 'order not generated',
    });
  }

  const slowest = OPERATIONS.filter((op) => ok(district, op)).sort(
    (a, b) => district.ops[b].medianMs - district.ops[a].medianMs,
  )[0];
  if (slowest) {
    const ms = district.ops[slowest].medianMs;
    out.push({
      target: 'every district operation well inside 6 min (Node time; Google adds per-call latency)',
      met: ms < 60_000,
      measured: `slowest: ${slowest} ${formatMs(ms)}`,
    });
  }
  return out;
}

function main(): void {
  if (!existsSync(join(BUILD_DIR, 'Code.js'))) {
    throw new Error('build/Code.js is missing: run `npm run build` first (npm run bench does).');
  }
  const started = performance.now();
  log(`bench${quick ? ' (quick)' : ''}: the real build/Code.js on the emulator`);
  log('bundle load…');
  const load = measureBundleLoad(20);
  const sizes: SizeSummary[] = [];
  for (const size of SIZES) {
    log(`${size.label} (${size.mentees} mentees, ${size.mentors} mentors)…`);
    sizes.push(runSize(size));
  }
  log('matching alone…');
  const matching = matchingMedians(quick ? 1 : 3);
  const targets = targetLines(sizes, matching, load);

  const cpu = cpus();
  const out = [
    `«Наставничество» bench — ${new Date().toISOString()} — commit ${commit()}`,
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}; times are medians of the runs shown`,
    section('Cases'),
    printSchools(sizes),
    section(
      'Sheets calls per operation (reads: Range.get*Values; writes: set*/clear/insertRows; school / large / district)',
    ),
    printSheets(sizes),
    section('Service calls per operation, by service'),
    printServices(sizes),
    section(
      'Calls that grow with the size (by method; "per row": district − school, per pair in the order, per programme)',
    ),
    printGrowth(sizes),
    section('Wall time on Node (emulator included)'),
    printTimes(sizes),
    '',
    printMatching(matching),
    section('Bundle'),
    printBundle(load),
    section('Targets'),
    verdicts(targets),
    '',
  ];
  const unstable = sizes.flatMap((s) =>
    OPERATIONS.filter((op) => !s.ops[op].stableCounts).map((op) => `${s.size.label}/${op}`),
  );
  if (unstable.length) out.push(`Warning: call counts differed between runs for ${unstable.join(', ')}.`);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: commit(),
        node: process.version,
        cpus: cpu.length,
        quick,
        bundle: load,
        cases: sizes.map((s) => ({
          ...s.size,
          pairs: s.pairs,
          runs: s.runs,
          operations: Object.fromEntries(
            OPERATIONS.map((op) => [
              op,
              { ...s.ops[op], sheets: sheetsSummary(s.ops[op].calls), services: byService(s.ops[op].calls) },
            ]),
          ),
        })),
        matching,
        targets,
      },
      null,
      2,
    ),
  );
  out.push(`Results: ${file} (bench total ${formatMs(performance.now() - started)})`);
  console.log(out.join('\n'));
}

main();
