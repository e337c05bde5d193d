// `npm run bench`: the real build/Code.js on the offline emulator for a school (40 × 15 mentees ×
// mentors), a large school (1,000 × 300) and a district (5,000 × 1,500). For every operation: service
// calls by service, wall time on Node, and what it costs on Google's clock — the emulator moves its
// clock by each call's latency (dev/emulator/latency.ts), so the executions it records are the
// estimate — with the executions it needs under the 6-minute limit and the days under the daily
// quotas. Long work (documents, mailings) runs at full count through the real resumable jobs, one
// sidebar call after another. Then matching alone: the scaling table, «Другой наставник», HiGHS.
// Every target prints met or NOT MET with the measured figure and its limit; the bench exits
// non-zero when one is not met. Writes a JSON copy (with the latency table used) to bench/results/.
// Options: --quick (one run per size, one matching run), --report (print only, exit 0), --skip
// "op,op" (leave operations out — `matching` for the matching part — their targets then fail).
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR } from '../bundle';
import { DEFAULT_LATENCY, LATENCY } from '../emulator/latency';
import { measureBundleLoad, type BundleLoad } from './load';
import { runMatchingBench, type MatchingBench } from './matching';
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
import {
  JOBS,
  OPERATIONS,
  onProgress,
  runYear,
  skip,
  SIZES,
  useBuild,
  type ExecutionSummary,
  type Operation,
  type OpResult,
  type RunResult,
  type Size,
} from './scenarios';

/** Apps Script's limits the estimates are held against (guides/services/quotas). */
const LIMITS = {
  executionMs: 6 * 60 * 1000,
  consumer: { documents: 250, recipients: 100 },
  workspace: { documents: 1500, recipients: 1500 },
};
/**
 * The mail log is written every this many letters (src/server/gas/mail.ts, LOG_EVERY), at the end,
 * and once more if the record in script properties reaches 6 KB first: one write of slack.
 */
const MAIL_LOG_EVERY = 10;
const EXTRA_FLUSHES = 1;
/** Sheets calls one flush of an append-only log may cost: getLastRow, getMaxRows, insertRowsAfter, getRange, setValues. */
const CALLS_PER_FLUSH = 5;
/** Operations whose Sheets calls must not depend on the size of the school (issue #20 item 3). */
const CONSTANT_OPS: readonly Operation[] = [
  'form intake (1 request)',
  'propose pairs',
  'accept all',
  'year rollover',
];

interface OpSummary {
  status: OpResult['status'];
  note?: string;
  calls: Record<string, number>;
  docRows?: number;
  medianMs: number;
  ms: number[];
  executions: ExecutionSummary[];
  /** Sum of the executions' emulated durations: the estimated time on Google. */
  googleMs: number;
  longestMs: number;
  documents: number;
  recipients: number;
  emails: number;
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
/** `--skip "op,op"`: leave operations out (their targets then fail); `matching` skips the matching part. */
const skipArg = process.argv.indexOf('--skip');
const skipped = skipArg >= 0 ? (process.argv[skipArg + 1] ?? '').split(',').map((x) => x.trim()) : [];
const reportOnly = process.argv.includes('--report');
const log = (text: string) => process.stderr.write(`${text}\n`);

function runSize(size: Size): SizeSummary {
  const runs = quick ? 1 : size.runs;
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    results.push(runYear(size));
    log(`  ${size.label}: run ${i + 1}/${runs} in ${formatMs(performance.now() - started)}`);
  }
  const first = results[0];
  const ops = {} as Record<Operation, OpSummary>;
  for (const op of OPERATIONS) {
    const all: OpResult[] = results.map((r) => r.ops[op]);
    const ms = all.map((r) => r.ms);
    const same = all.every((r) => JSON.stringify(r.calls) === JSON.stringify(first.ops[op].calls));
    const o = first.ops[op];
    ops[op] = {
      status: o.status,
      note: o.note,
      calls: o.calls,
      docRows: o.docRows,
      medianMs: median(ms),
      ms,
      executions: o.executions,
      googleMs: o.executions.reduce((sum, e) => sum + e.googleMs, 0),
      longestMs: Math.max(0, ...o.executions.map((e) => e.googleMs)),
      documents: o.documents,
      recipients: o.recipients,
      emails: o.emails,
      stableCounts: same,
    };
  }
  return { size, pairs: first.pairs, runs, ops };
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

const days = (count: number, perDay: number): number => Math.ceil(count / perDay);
/** Days the operation needs under a kind of account's daily quotas (documents, recipients). */
function daysUnder(o: OpSummary, quota: { documents: number; recipients: number }): number {
  return Math.max(days(o.documents, quota.documents), days(o.recipients, quota.recipients));
}
const sheetsOf = (o: OpSummary) => sheetsSummary(o.calls).total;

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

function printGoogle(sizes: SizeSummary[]): string {
  const rows: Cell[][] = [];
  for (const op of OPERATIONS) {
    sizes.forEach((s, i) => {
      const o = s.ops[op];
      rows.push([
        i === 0 ? op : '',
        s.size.label,
        o.status === 'ok' ? formatMs(o.googleMs) : o.status,
        o.executions.length,
        formatMs(o.longestMs),
        Math.ceil(o.googleMs / LIMITS.executionMs),
        o.documents,
        o.recipients,
        daysUnder(o, LIMITS.consumer),
        daysUnder(o, LIMITS.workspace),
        formatMs(o.medianMs),
      ]);
    });
  }
  return table(
    [
      'operation',
      'size',
      'on Google',
      'executions',
      'longest',
      'min at 6 min',
      'docs',
      'recipients',
      'days (consumer)',
      'days (Workspace)',
      'Node',
    ],
    rows,
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function printSheets(sizes: SizeSummary[]): string {
  const rows = OPERATIONS.map((op) => {
    const summaries = sizes.map((s) => (ok(s, op) ? sheetsSummary(s.ops[op].calls) : null));
    const triple = (f: (x: ReturnType<typeof sheetsSummary>) => number) =>
      summaries.map((x) => (x ? String(f(x)) : '—')).join(' / ');
    const present = summaries.filter((x) => x !== null);
    const constant =
      present.length < sizes.length ? '—' : present.every((x) => x.total === present[0].total) ? 'yes' : 'no';
    return [
      op,
      ...sizes.map((s) => cellFor(s, op, (o) => sheetsOf(o))),
      triple((x) => x.reads),
      triple((x) => x.writes),
      constant,
      CONSTANT_OPS.includes(op) ? 'must be equal' : op === 'daily run' ? 'bounded by letters' : '',
    ];
  });
  return table(['operation', ...sizes.map((s) => s.size.label), 'reads', 'writes', 'equal', 'target'], rows, [
    'l',
    ...sizes.map(() => 'r' as const),
    'r',
    'r',
    'l',
    'l',
  ]);
}

function printServices(sizes: SizeSummary[]): string {
  const rows: Cell[][] = [];
  for (const op of OPERATIONS) {
    if (!sizes.some((s) => ok(s, op))) {
      rows.push([op, '', ...sizes.map((s) => cellFor(s, op, () => ''))]);
      continue;
    }
    const services = sizes.map((s) => byService(s.ops[op].calls));
    const used = SERVICES.filter((name) => services.some((x) => (x[name] ?? 0) > 0));
    used.forEach((name, i) =>
      rows.push([i === 0 ? op : '', name, ...sizes.map((_, k) => services[k][name] ?? 0)]),
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
  const rows: Cell[][] = [];
  for (const op of OPERATIONS) {
    if (!sizes.every((s) => ok(s, op))) continue;
    const methods = new Set(sizes.flatMap((s) => Object.keys(s.ops[op].calls)));
    const growing = [...methods]
      .filter((m) => new Set(sizes.map((s) => s.ops[op].calls[m] ?? 0)).size > 1)
      .filter((m) => !JOBS.includes(op) || serviceOf(m) === 'Sheets')
      .sort((a, b) => serviceOf(a).localeCompare(serviceOf(b)) || a.localeCompare(b));
    growing.forEach((m, i) =>
      rows.push([i === 0 ? op : '', serviceOf(m), m, ...sizes.map((s) => s.ops[op].calls[m] ?? 0)]),
    );
  }
  if (rows.length === 0) return 'No call count depends on the size of the school.';
  return table(['operation', 'service', 'method', ...sizes.map((s) => s.size.label)], rows, [
    'l',
    'l',
    'l',
    ...sizes.map(() => 'r' as const),
  ]);
}

function printDocuments(sizes: SizeSummary[]): string {
  const rows: Cell[][] = [];
  for (const op of ['consent forms (all)', 'agreements (all)', 'programmes (all)', 'generate order'] as const)
    for (const s of sizes) {
      const o = s.ops[op];
      const services = byService(o.calls);
      const own = (services.Docs ?? 0) + (services.Drive ?? 0);
      const total = Object.values(o.calls).reduce((a, b) => a + b, 0);
      rows.push([
        op,
        s.size.label,
        o.documents,
        o.documents ? own / o.documents : '—',
        o.documents ? total / o.documents : '—',
        o.documents ? formatMs(o.googleMs / o.documents) : '—',
        o.status === 'ok' ? '' : (o.note ?? o.status),
      ]);
    }
  return table(
    ['documents', 'size', 'made', 'Docs+Drive calls each', 'all calls each', 'on Google each', 'note'],
    rows,
    ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
  );
}

function printMatching(m: MatchingBench): string {
  const scaling = table(
    [
      'matching alone (proposePairs)',
      'mentees',
      'mentors',
      'pairs',
      'median',
      'runs',
      '× previous',
      'assigned',
    ],
    m.scaling.map((c) => [
      c.case,
      c.mentees,
      c.mentors,
      c.pairs,
      formatMs(c.ms),
      c.runs.map((ms) => formatMs(ms)).join(', '),
      c.ratio === null ? '' : `${c.ratio.toFixed(2)}×`,
      c.assigned,
    ]),
  );
  const highs = table(
    ['HiGHS on the same instance', 'variables', 'ours (count / score)', 'HiGHS', 'equal', 'HiGHS / ours'],
    m.highs.map((r) => [
      String(r.case),
      Number(r.variables),
      String(r.ours ?? ''),
      String(r.highs ?? ''),
      String(r.equal ?? ''),
      String(r['HiGHS / ours'] ?? ''),
    ]),
  );
  return `${scaling}\n\n${highs}\n\n«Другой наставник» at district size (median of 5 calls each): ${m.options.ms.map((x) => formatMs(x)).join(', ')}`;
}

function printBundle(load: BundleLoad): string {
  return table(
    ['bundle', 'value'],
    [
      ['build/Code.js', formatBytes(load.codeBytes)],
      ['build/Sidebar.html', formatBytes(load.sidebarBytes)],
      ['top-level functions', load.functions],
      [`load into a fresh context, median of ${load.loads}`, formatMs(load.medianMs)],
      ['its CPU time, median', formatMs(load.medianCpuMs)],
      ['first load (cold V8)', formatMs(load.firstMs)],
      ['slowest load', formatMs(load.maxMs)],
    ],
  );
}

// ---- Targets ----

function targetLines(sizes: SizeSummary[], matching: MatchingBench, load: BundleLoad): Verdict[] {
  const school = sizes[0];
  const district = sizes[sizes.length - 1];
  const out: Verdict[] = [];

  // Every operation ran, at every size, with no execution failed or killed.
  const failures = sizes.flatMap((s) =>
    OPERATIONS.filter((op) => !ok(s, op)).map(
      (op) => `${s.size.label}/${op}: ${s.ops[op].note ?? s.ops[op].status}`,
    ),
  );
  out.push({
    target: 'every operation completes at every size (no execution fails or hits the limit)',
    met: failures.length === 0,
    measured:
      failures.length === 0 ? `${OPERATIONS.length} operations × ${sizes.length} sizes` : failures.join('; '),
  });

  // The 6-minute limit, on the Google estimate: the longest execution of any operation.
  let longest = { ms: 0, where: '' };
  for (const s of sizes)
    for (const op of OPERATIONS)
      if (s.ops[op].longestMs > longest.ms)
        longest = { ms: s.ops[op].longestMs, where: `${s.size.label}/${op}` };
  out.push({
    target: 'every execution within 6 min on Google (latency model)',
    met: failures.length === 0 && longest.ms <= LIMITS.executionMs,
    measured: `longest ${formatMs(longest.ms)} (${longest.where}); limit ${formatMs(LIMITS.executionMs)}${failures.length ? `; ${failures.length} operations not measured or failed` : ''}`,
  });

  // Single-execution operations at district size: one execution each.
  const single = OPERATIONS.filter((op) => !JOBS.includes(op) && op !== 'generate order');
  const multi = single.filter((op) => district.ops[op].executions.length !== 1);
  out.push({
    target: 'district: every operation but long work is one execution',
    met: multi.length === 0,
    measured:
      multi.length === 0
        ? `${single.length} operations, slowest on Google ${formatMs(Math.max(...single.map((op) => district.ops[op].googleMs)))}`
        : multi.map((op) => `${op}: ${district.ops[op].executions.length}`).join('; '),
  });

  // Issue #20 item 3: the same Sheets calls at every size.
  for (const op of CONSTANT_OPS) {
    const counts = sizes.map((s) => (ok(s, op) ? sheetsOf(s.ops[op]) : NaN));
    out.push({
      target: `${op}: Sheets calls equal at every size`,
      met: counts.every((c) => Number.isFinite(c) && c === counts[0]),
      measured: `${counts.map((c) => (Number.isFinite(c) ? c : 'error')).join(' / ')} (${sizes.map((s) => s.size.label).join(' / ')})`,
    });
  }

  // The daily run: beyond the school's count, at most CALLS_PER_FLUSH Sheets calls per extra flush
  // of the mail log (one every MAIL_LOG_EVERY letters).
  const daily = (s: SizeSummary) => s.ops['daily run'];
  const flushes = (s: SizeSummary) => Math.ceil(daily(s).emails / MAIL_LOG_EVERY);
  const dailyOk = sizes.every((s) => ok(s, 'daily run'));
  const over = sizes.map((s) =>
    s === school
      ? 0
      : sheetsOf(daily(s)) -
        sheetsOf(daily(school)) -
        CALLS_PER_FLUSH * (flushes(s) - flushes(school) + EXTRA_FLUSHES),
  );
  out.push({
    target: `daily run: Sheets calls ≤ school's + ${CALLS_PER_FLUSH} per ${MAIL_LOG_EVERY} more letters, + ${CALLS_PER_FLUSH * EXTRA_FLUSHES} (mail log writes)`,
    met: dailyOk && over.every((x) => x <= 0),
    measured: dailyOk
      ? sizes
          .map(
            (s) =>
              `${s.size.label} ${sheetsOf(daily(s))} for ${daily(s).emails} letters (bound ${sheetsOf(daily(s)) - over[sizes.indexOf(s)]})`,
          )
          .join('; ')
      : 'daily run failed',
  });

  // Documents: a small constant number of calls each (issue #20 item 2).
  for (const op of ['consent forms (all)', 'agreements (all)', 'programmes (all)'] as const) {
    const o = district.ops[op];
    const services = byService(o.calls);
    const each = o.documents ? ((services.Docs ?? 0) + (services.Drive ?? 0)) / o.documents : NaN;
    out.push({
      target: `district ${op}: ≤ 6 Docs + Drive calls per document`,
      met: ok(district, op) && o.documents > 0 && each <= 6,
      measured: `${Number.isFinite(each) ? each.toFixed(1) : '—'} per document (${o.documents} documents, ${formatMs(o.googleMs)} on Google)`,
    });
  }

  const order = (s: SizeSummary) => s.ops['generate order'];
  if (ok(school, 'generate order') && ok(district, 'generate order')) {
    const docs = (s: SizeSummary) => byService(order(s).calls).Docs ?? 0;
    const pairs = (s: SizeSummary) => order(s).docRows ?? 0;
    // Every pair adds at least one table row, so growth per pair bounds growth per row.
    const perPair = (docs(district) - docs(school)) / (pairs(district) - pairs(school));
    out.push({
      target: 'order: Docs calls grow by ≤ 1 per table row',
      // No Docs call counted at all would be a miscount, not a met target.
      met: docs(school) > 0 && perPair <= 1,
      measured: `${perPair.toFixed(2)} per pair: ${docs(school)} calls for ${pairs(school)} pairs, ${docs(district)} for ${pairs(district)}`,
    });
  } else {
    out.push({
      target: 'order: Docs calls grow by ≤ 1 per table row',
      met: false,
      measured: `order failed: ${order(district).note ?? order(school).note ?? ''}`,
    });
  }

  for (const t of matching.targets)
    out.push({ target: `matching: ${t.target}`, met: t.met, measured: t.figure });

  out.push({
    // On CPU time: a loaded machine stretches the wall time of a load with waiting, not with work.
    target: 'bundle load ≤ 50 ms (CPU time)',
    met: load.medianCpuMs <= 50,
    measured: `${formatMs(load.medianCpuMs)} CPU median (${formatMs(load.medianMs)} wall), ${formatBytes(load.codeBytes)}`,
  });
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(join(BUILD_DIR, 'Code.js'))) {
    throw new Error('build/Code.js is missing: run `npm run build` first (npm run bench does).');
  }
  const started = performance.now();
  log(`bench${quick ? ' (quick)' : ''}: the real build/Code.js on the emulator`);
  // A copy of the build as it is now: another `npm run build` meanwhile must not change what runs.
  const build = mkdtempSync(join(tmpdir(), 'bench-build-'));
  for (const file of ['Code.js', 'Sidebar.html', 'appsscript.json'])
    copyFileSync(join(BUILD_DIR, file), join(build, file));
  useBuild(build);
  onProgress(log);
  skip(skipped);
  log('bundle load…');
  const load = measureBundleLoad(20, build);
  const sizes: SizeSummary[] = [];
  for (const size of SIZES) {
    log(`${size.label} (${size.mentees} mentees, ${size.mentors} mentors)…`);
    sizes.push(runSize(size));
  }
  log('matching alone…');
  const matching: MatchingBench = skipped.includes('matching')
    ? {
        scaling: [],
        options: { ms: [], worst: NaN },
        highs: [],
        targets: [
          {
            target: 'matching (proposePairs, «Другой наставник», HiGHS)',
            met: false,
            figure: 'skipped (--skip)',
          },
        ],
      }
    : await runMatchingBench(quick ? 1 : 3, log);
  const targets = targetLines(sizes, matching, load);

  const cpu = cpus();
  const out = [
    `«Наставничество» bench — ${new Date().toISOString()} — commit ${commit()}`,
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}; Node times are medians of the runs shown`,
    section('Cases'),
    printSchools(sizes),
    section(
      'On Google (latency model: the emulated duration of every execution; documents and mailings at full count)',
    ),
    printGoogle(sizes),
    `Limits: ${formatMs(LIMITS.executionMs)} an execution; a day: consumer ${LIMITS.consumer.documents} documents, ${LIMITS.consumer.recipients} recipients; Workspace ${LIMITS.workspace.documents}, ${LIMITS.workspace.recipients}. «min at 6 min»: executions if each ran the full 6 minutes; long work runs in sidebar calls of about 75 s.`,
    section('Documents'),
    printDocuments(sizes),
    section('Sheets calls per operation (reads: Range.get*Values; writes: set*/clear/insertRows)'),
    printSheets(sizes),
    section('Service calls per operation, by service'),
    printServices(sizes),
    section('Calls that grow with the size (by method; long work: Sheets only)'),
    printGrowth(sizes),
    section('Matching'),
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
        limits: LIMITS,
        latency: { table: LATENCY, otherCalls: DEFAULT_LATENCY },
        bundle: load,
        cases: sizes.map((s) => ({
          ...s.size,
          pairs: s.pairs,
          runs: s.runs,
          operations: Object.fromEntries(
            OPERATIONS.map((op) => [
              op,
              {
                ...s.ops[op],
                sheets: sheetsSummary(s.ops[op].calls),
                services: byService(s.ops[op].calls),
                daysConsumer: daysUnder(s.ops[op], LIMITS.consumer),
                daysWorkspace: daysUnder(s.ops[op], LIMITS.workspace),
              },
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
  const missed = targets.filter((t) => !t.met).length;
  out.push(
    missed === 0
      ? `All ${targets.length} targets met.`
      : `${missed} of ${targets.length} targets NOT MET${reportOnly ? ' (--report: exit code 0)' : ''}.`,
  );
  out.push(`Results: ${file} (bench total ${formatMs(performance.now() - started)})`);
  console.log(out.join('\n'));
  if (missed > 0 && !reportOnly) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
