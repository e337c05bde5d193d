// Pure planning of long work: which units of a job remain (from the sheets and the write-ahead
// record), how far it is, whether the next unit still fits the execution's time, when a job that
// ran out of a daily quota goes on, and which files a killed execution left half-made.
import type { DocUnit, Intent, Job, JobKind, Made } from './types';
import { isMailJob } from './types';

/** A pair as planning sees it. */
export interface PlanPair {
  id: string;
  active: boolean;
  /** The link in «Программа», or ''. */
  programme: string;
  /** The programme's file name. */
  programmeName: string;
  /** The mentor first, then the mentees. */
  people: PlanPerson[];
}

export interface PlanPerson {
  email: string;
  /** The signed consent is recorded on the pair. */
  consent: boolean;
  /** The consent form's file name. */
  docName: string;
}

/** A row of «Документы». */
export interface RegisterEntry {
  type: string;
  number: string;
  name: string;
  url: string;
}

export const programmeKey = (year: string, pairId: string) => `programme|${year}|${pairId}`;
export const consentKey = (year: string, pairId: string, email: string) =>
  `consent|${year}|${pairId}|${email}`;
export const orderKey = (year: string, number: string) => `order|${year}|${number}`;
export const noteKey = (year: string, since: number) => `note|${year}|${since}`;

function selected(pairs: PlanPair[], job: Pick<Job, 'ids'>, needs: (p: PlanPair) => boolean): PlanPair[] {
  if (!job.ids) return pairs.filter((p) => p.active && needs(p));
  const byId = new Map(pairs.map((p) => [p.id, p]));
  return job.ids.map((id) => byId.get(id)).filter((p): p is PlanPair => !!p);
}

/** A programme for each chosen pair (or each active pair) whose «Программа» is empty. */
export function programmeUnits(pairs: PlanPair[], job: Pick<Job, 'ids' | 'year'>): DocUnit[] {
  return selected(pairs, job, (p) => !p.programme)
    .filter((p) => !p.programme)
    .map((p) => ({
      key: programmeKey(job.year, p.id),
      kind: 'programme',
      pairId: p.id,
      name: p.programmeName,
    }));
}

/**
 * A consent form for each participant of each chosen pair (or each active pair missing a consent)
 * whose consent is not recorded and whose form is not in «Документы» yet.
 */
export function consentUnits(
  pairs: PlanPair[],
  register: RegisterEntry[],
  job: Pick<Job, 'ids' | 'year'>,
  consentType: string,
): DocUnit[] {
  const made = new Set(
    register.filter((r) => r.type === consentType && r.url).map((r) => `${r.number}|${r.name}`),
  );
  const units: DocUnit[] = [];
  for (const p of selected(pairs, job, (x) => x.people.some((m) => !m.consent))) {
    const seen = new Set<string>();
    // A row under the plain name belongs to the first participant who bears it: namesakes (same
    // surname and initials) made together are registered under the name `uniqueNames` gives them.
    const plainOwner = new Map<string, string>();
    for (const person of p.people)
      if (!plainOwner.has(person.docName)) plainOwner.set(person.docName, person.email);
    for (const person of p.people) {
      if (person.consent || seen.has(person.email)) continue;
      seen.add(person.email);
      if (made.has(`${p.id}|${uniqueName(person.docName, person.email)}`)) continue;
      if (plainOwner.get(person.docName) === person.email && made.has(`${p.id}|${person.docName}`)) continue;
      units.push({
        key: consentKey(job.year, p.id, person.email),
        kind: 'consent',
        pairId: p.id,
        email: person.email,
        name: person.docName,
      });
    }
  }
  return units;
}

/**
 * Gives each unit a file name no other unit of the list has (two participants of one pair with the
 * same surname and initials): the name is how a half-made copy is found again.
 */
export function uniqueNames(units: DocUnit[]): DocUnit[] {
  const count = new Map<string, number>();
  for (const u of units) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  return units.map((u) =>
    count.get(u.name)! > 1 && u.email ? { ...u, name: uniqueName(u.name, u.email) } : u,
  );
}

/** The file name of one of several namesakes' forms: the name and the address. */
export function uniqueName(name: string, email: string): string {
  return `${name} ${email}`;
}

/** Whether `fileName` is `person`'s form: under the plain name or the namesake's unique one. */
export function isFormOf(person: Pick<PlanPerson, 'docName' | 'email'>, fileName: string): boolean {
  return fileName === person.docName || fileName === uniqueName(person.docName, person.email);
}

/** The units not yet made: made ones wait in the write-ahead record for the next checkpoint. */
export function notMade(units: DocUnit[], made: readonly Made[]): DocUnit[] {
  const done = new Set(made.map((m) => m.key));
  return units.filter((u) => !done.has(u.key));
}

/** How far a job is: what was asked for, less what remains (more if work was added since). */
export function progressOf(job: Pick<Job, 'total'>, remaining: number): { done: number; total: number } {
  const total = Math.max(job.total, remaining);
  return { done: total - remaining, total };
}

/** Whether a unit expected to take `estimateMs` still ends, with a checkpoint after it, in time. */
export function fits(elapsedMs: number, estimateMs: number, reserveMs: number, budgetMs: number): boolean {
  return elapsedMs + estimateMs + reserveMs <= budgetMs;
}

/** A checkpoint writes the made documents to the sheets every so many units or seconds. */
export const CHECKPOINT = { units: 10, ms: 40_000 };

export function checkpointDue(unitsSince: number, msSince: number): boolean {
  return unitsSince >= CHECKPOINT.units || (unitsSince > 0 && msSince >= CHECKPOINT.ms);
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * When work stopped by a daily quota goes on: the next day, at the school's hour (local time of the
 * spreadsheet, `tzOffsetMinutes` east of UTC), after that day's reminders have had their share.
 */
export function nextDaySlot(nowMs: number, tzOffsetMinutes: number, hour: number): number {
  const offset = tzOffsetMinutes * 60_000;
  const localMidnight = Math.floor((nowMs + offset) / DAY_MS) * DAY_MS;
  return localMidnight + DAY_MS + hour * HOUR_MS - offset;
}

/**
 * Whether the hourly run may work on a job now: not before its quota is back, and a mailing only
 * once the day's reminders went out (they come first on the mail quota).
 */
export function isRunnable(job: Job, nowMs: number, dailyDone: boolean): boolean {
  if (job.notBefore !== undefined && job.notBefore > nowMs) return false;
  return !isMailJob(job.kind) || dailyDone;
}

/** The job a run works on: the one asked for if it can run, else the first runnable in the queue. */
export function pickJob(
  jobs: Job[],
  nowMs: number,
  options: { prefer?: JobKind; only?: boolean; dailyDone: boolean },
): Job | null {
  if (options.prefer) {
    const wanted = jobs.find((j) => j.kind === options.prefer);
    if (wanted && (wanted.notBefore === undefined || wanted.notBefore <= nowMs)) return wanted;
    if (options.only) return null;
  }
  return jobs.find((j) => isRunnable(j, nowMs, options.dailyDone)) ?? null;
}

/** A file found in the year's folder. */
export interface FolderFile {
  id: string;
  name: string;
  created: number;
}

/**
 * The files a killed unit left behind: those it recorded making, and any of its name made since it
 * began, that no register row or made document points at. A minute's slack allows for Drive's
 * clock running behind the script's.
 */
export function leftovers(intent: Intent, found: FolderFile[], referenced: Set<string>): string[] {
  const names = new Set([intent.name, `${intent.name}.pdf`]);
  const ids = new Set(intent.fileIds);
  for (const f of found) if (names.has(f.name) && f.created >= intent.since - 60_000) ids.add(f.id);
  return [...ids].filter((id) => !referenced.has(id));
}

/**
 * The selection to keep with a job: none when the curator ticked exactly the pairs that need the
 * document (the usual case: the job then covers them all, and the record stays small).
 */
export function selection(ids: string[], eligible: string[]): string[] | undefined {
  const chosen = [...new Set(ids.map((id) => String(id).trim()).filter((id) => id))];
  if (chosen.length === 0) return undefined;
  const all = new Set(eligible);
  if (chosen.length === all.size && chosen.every((id) => all.has(id))) return undefined;
  return chosen;
}

/**
 * Whether the day's run should go again (a later firing the same day): its line in «Настройки»
 * («dd.MM.yyyy HH:mm: отправлено писем — N; отложено — M») is not today's — it was killed, or found
 * the spreadsheet busy — or it put letters off while the mail quota still has room (it ran out of
 * time). Letters put off for the quota wait for tomorrow's run.
 */
export function dailyRunUnfinished(lastRun: string, today: string, mailQuotaLeft: () => number): boolean {
  const stamp = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(lastRun.trim());
  if (!stamp || `${stamp[3]}-${stamp[2]}-${stamp[1]}` !== today) return true;
  const deferred = Number(/отложено\s*[—-]\s*(\d+)/.exec(lastRun)?.[1] ?? 0);
  return deferred > 0 && mailQuotaLeft() > 0;
}

/** A day's run is tried at most this many times (a run that fails the same way every hour stops). */
export const DAILY_ATTEMPTS = 3;
