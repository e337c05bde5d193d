// Runs a school's long work for as long as the execution's budget allows: one runner per school at
// a time (a lease in script properties), the record of the last run recovered first, then the job
// asked for (a sidebar call) or every runnable job in turn (the hourly trigger), unit by unit while
// the next unit still fits. A job stops for the day when a daily quota runs out and goes on the next
// day at the school's hour; otherwise it goes on at the next call or the next hourly run.
import type { ActionResult, WorkItemDto } from '../api/types';
import type { Caller } from '../api/call';
import { loadSchool, type SchoolContext } from '../actions/context';
import { readJobs, releaseRunner, takeRunner, updateJobs, WalStore } from '../gas/jobs';
import { recoverMail } from '../gas/mail';
import { isUserError, messageOf } from '../shared/errors';
import type { Store } from '../store/store';
import { elapsedMs } from './budget';
import { checkpoint, QuotaError, recover, type JournalLine } from './documents';
import { fits, nextDaySlot, pickJob, progressOf } from './plan';
import { JOB_TEXTS } from './texts';
import { isMailJob, type Job, type JobKind, type Quota } from './types';

/** What a driver works with during one run. */
export interface RunEnv {
  caller: Caller;
  wal: WalStore;
  /** Journal lines written with the next checkpoint. */
  lines: JournalLine[];
  /** The school as the current job's run read it (after the runner's lease was taken). */
  store: Store | null;
}

/** One kind of job: how its units are planned and made. */
export interface Driver {
  /** A run of `job` on a fresh read of the school. Throws a UserError when the job cannot go on. */
  start(env: RunEnv, school: SchoolContext, job: Job): DriverRun;
}

export interface DriverRun {
  /** Units left now. */
  left(): number;
  /** Expected duration of one step before one was measured in this execution. */
  estimateMs: number;
  /** Kept free after the last step: the final checkpoint. */
  reserveMs: number;
  /** One unit (a document) or a chunk of a mailing. Throws QuotaError when a daily quota ran out. */
  step(): void;
  /** After the last step of the run: write what is pending. */
  finish(): void;
  /** Something made is not in the sheets yet (the school's lock was busy at the checkpoint). */
  pending(): boolean;
  /** The run must stop now, whatever time is left (the record is as large as it may safely grow). */
  full?(): boolean;
  /** The message when the whole job is done. */
  doneMessage(done: number): string;
  /** Work after the units, shown beside the progress (a print pack being put together). */
  note?(): string;
}

export interface RunOptions {
  budgetMs: number;
  /** The job the caller waits for. */
  prefer?: JobKind;
  /** Work on that job only (a sidebar call). */
  only?: boolean;
  /** The caller calls again while `more` (the sidebar). */
  interactive: boolean;
  /** Today's reminders have gone out: mailings may use the rest of the mail quota. */
  dailyDone: boolean;
  /**
   * The curator's request: checks it on a fresh read of the school (a UserError when there is
   * nothing to do) and gives the job to queue. Runs after the runner's lease is taken and the last
   * run's record recovered, so its read of the school also serves the job's first run.
   */
  request?: (school: SchoolContext) => Job | { message: string };
}

/** Pause before calling again when another execution is working on the school's jobs. */
const BUSY_RETRY_MS = 20_000;

/** Runs the school's long work; the result is the preferred job's (or the last one's). */
export function runWork(
  caller: Caller,
  drivers: Partial<Record<JobKind, Driver>>,
  options: RunOptions,
): ActionResult {
  const ssId = caller.ss.getId();
  const token = takeRunner(ssId);
  if (!token) {
    // Another execution works on the school's jobs: queue this one for it (or for the next call).
    if (options.request) {
      const job = options.request(loadSchool(caller));
      if (!('kind' in job)) return job;
      enqueue(ssId, job);
    }
    return busy(readJobs(ssId), options.prefer);
  }
  const env: RunEnv = { caller, wal: new WalStore(ssId), lines: [], store: null };
  try {
    const notes = recover(caller.ss, env.wal, caller.user);
    // A mailing killed half-way: its letters go to the log before the next one is planned (a busy
    // lock leaves them to the first sendEmails, which settles them before sending).
    recoverMail(caller.ss);
    let school: SchoolContext | null = null;
    if (options.request) {
      school = loadSchool(caller);
      const job = options.request(school);
      // Nothing to do: the request says so, and the queue is left as it is — but a mailing of that
      // kind still queued has nothing left either (its run was killed after its last letter).
      if (!('kind' in job)) {
        const kind = options.prefer;
        if (kind && isMailJob(kind) && readJobs(ssId).some((j) => j.kind === kind))
          updateJobs(ssId, (jobs) => jobs.filter((j) => j.kind !== kind));
        return notes.length > 0 ? { message: `${job.message} ${notes.join(' ')}` } : job;
      }
      enqueue(ssId, job);
    }
    let result: ActionResult | null = null;
    const tried = new Set<JobKind>();
    for (;;) {
      const job = pickJob(
        readJobs(ssId).filter((j) => !tried.has(j.kind)),
        Date.now(),
        options,
      );
      if (!job) break;
      tried.add(job.kind);
      const driver = drivers[job.kind];
      if (!driver) break;
      const outcome = runJob(env, driver, job, options, school);
      school = null;
      result = outcome.result;
      if (options.only || outcome.stoppedForTime) break;
      if (!fits(elapsedMs(), 15_000, 0, options.budgetMs)) break;
    }
    checkpoint(caller.ss, env.wal, env.lines, caller.user, env.store);
    result ??= { message: JOB_TEXTS.nothing };
    if (notes.length > 0) result = { ...result, message: `${result.message} ${notes.join(' ')}` };
    return result;
  } finally {
    releaseRunner(ssId, token);
  }
}

function runJob(
  env: RunEnv,
  driver: Driver,
  job: Job,
  options: RunOptions,
  loaded: SchoolContext | null,
): { result: ActionResult; stoppedForTime: boolean } {
  const { caller } = env;
  const ssId = caller.ss.getId();
  let school: SchoolContext | null = null;
  let run: DriverRun;
  try {
    school = loaded ?? loadSchool(caller);
    env.store = school.store;
    run = driver.start(env, school, job);
  } catch (e) {
    return { result: failed(env, job, e, options), stoppedForTime: false };
  }
  const settings = school.settings;
  const automatic = settings.remindersEnabled && !!settings.remindersOwner;
  let estimate = run.estimateMs;
  let measured = 0;
  let stopped: 'time' | Quota | null = null;
  try {
    while (run.left() > 0) {
      if (!fits(elapsedMs(), estimate, run.reserveMs, options.budgetMs) || run.full?.()) {
        stopped = 'time';
        break;
      }
      const began = Date.now();
      try {
        run.step();
      } catch (e) {
        if (e instanceof QuotaError) {
          stopped = e.quota;
          break;
        }
        throw e;
      }
      // The slowest unit of this execution so far (the first includes opening the template).
      measured = Math.max(measured, Date.now() - began);
      estimate = measured;
    }
    run.finish();
  } catch (e) {
    try {
      run.finish();
    } catch (_e) {
      // The record keeps whatever could not be written; the next run writes it.
    }
    return { result: failed(env, job, e, options), stoppedForTime: false };
  }

  const left = run.left();
  const { done, total } = progressOf(job, left);
  const note = left > 0 ? (run.note?.() ?? '') : '';
  const progress = {
    done,
    total,
    label: JOB_TEXTS.progress(job.kind, done, total) + (note ? ` ${note}` : ''),
  };
  const title = JOB_TEXTS.journal[job.kind];
  if (left === 0 && !run.pending()) {
    const message = run.doneMessage(done);
    env.lines.push([title, message]);
    checkpoint(caller.ss, env.wal, env.lines, caller.user, env.store);
    updateJobs(ssId, (jobs) => jobs.filter((j) => j.kind !== job.kind));
    return { result: { message, progress, more: false }, stoppedForTime: false };
  }
  if (stopped === 'docs' || stopped === 'mail') {
    const quota = stopped;
    const notBefore = nextDaySlot(Date.now(), school.store.tzOffsetMinutes, settings.dailyHour);
    const message = JOB_TEXTS.quota(job.kind, quota, done, total, settings.dailyHour, automatic);
    env.lines.push([title, message]);
    checkpoint(caller.ss, env.wal, env.lines, caller.user, env.store);
    save(ssId, job.kind, { done, total, notBefore, waiting: quota, failures: 0 });
    return { result: { message, progress, more: false }, stoppedForTime: false };
  }
  save(ssId, job.kind, { done, total, notBefore: undefined, waiting: undefined, failures: 0 });
  const message = options.interactive
    ? progress.label
    : JOB_TEXTS.later(job.kind, done, total, automatic) + (note ? ` ${note}` : '');
  return { result: { message, progress, more: options.interactive }, stoppedForTime: true };
}

function save(ssId: string, kind: JobKind, patch: Partial<Job>): void {
  updateJobs(ssId, (jobs) => jobs.map((j) => (j.kind === kind ? { ...j, ...patch } : j)));
}

/** Failures after retries given up, or a UserError (the curator must act): the job ends. */
const MAX_FAILURES = 3;

function failed(env: RunEnv, job: Job, e: unknown, options: RunOptions): ActionResult {
  const ssId = env.caller.ss.getId();
  const failures = (job.failures ?? 0) + 1;
  const giveUp = isUserError(e) || failures >= MAX_FAILURES;
  const reason = messageOf(e);
  if (giveUp) {
    updateJobs(ssId, (jobs) => jobs.filter((j) => j.kind !== job.kind));
    env.lines.push([JOB_TEXTS.journal[job.kind], JOB_TEXTS.failed(job.kind, reason)]);
  } else save(ssId, job.kind, { failures });
  try {
    checkpoint(env.caller.ss, env.wal, env.lines, env.caller.user, env.store);
  } catch (_e) {
    // The journal line waits for the next checkpoint.
  }
  // The sidebar shows the error as it is; the hourly run has told the journal.
  if (options.interactive) throw e;
  console.error(e);
  return { message: JOB_TEXTS.failed(job.kind, reason) };
}

function busy(jobs: Job[], prefer: JobKind | undefined): ActionResult {
  const job = jobs.find((j) => j.kind === prefer) ?? jobs[0];
  if (!job) return { message: JOB_TEXTS.busy(''), more: true, retryAfterMs: BUSY_RETRY_MS };
  const { done, total } = progressOf(job, job.total - (job.done ?? 0));
  const label = JOB_TEXTS.progress(job.kind, done, total);
  return {
    message: JOB_TEXTS.busy(label),
    progress: { done, total, label },
    more: true,
    retryAfterMs: BUSY_RETRY_MS,
  };
}

/**
 * Adds a job to the queue, or renews the one of the same kind: the new selection joins the old
 * one, and a pause for a quota is lifted (the curator asked again: perhaps another account's
 * quota, perhaps Google's came back).
 */
export function enqueue(ssId: string, job: Job): Job {
  let stored = job;
  updateJobs(ssId, (jobs) => {
    const old = jobs.find((j) => j.kind === job.kind);
    if (!old) return [...jobs, job];
    const ids = old.ids && job.ids ? [...new Set([...old.ids, ...job.ids])] : undefined;
    const done = old.done ?? 0;
    stored = {
      ...old,
      ...job,
      ids,
      since: old.since,
      done,
      total: Math.max(done + job.total, old.total),
      notBefore: undefined,
      waiting: undefined,
      failures: 0,
    };
    return jobs.map((j) => (j.kind === job.kind ? stored : j));
  });
  return stored;
}

/** The queue as the sidebar shows it: progress, and what happens next for a job that waits. */
export function describeJobs(jobs: Job[], nowMs: number, hour: number, automatic: boolean): WorkItemDto[] {
  return jobs.map((job) => {
    const { done, total } = progressOf(job, job.total - (job.done ?? 0));
    const waiting = !!job.waiting && job.notBefore !== undefined && job.notBefore > nowMs;
    return {
      kind: job.kind,
      label: JOB_TEXTS.progress(job.kind, done, total),
      note: waiting
        ? JOB_TEXTS.quota(job.kind, job.waiting!, done, total, hour, automatic)
        : automatic
          ? JOB_TEXTS.automaticSuffix
          : '',
      done,
      total,
      waiting,
    };
  });
}
