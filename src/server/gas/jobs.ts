// The record of long work between executions, in script properties keyed by the spreadsheet's id:
// the time-driven trigger of an editor add-on has no document properties, and a job one curator
// started may be finished by another curator's trigger. Script properties are shared by every
// school using the add-on (500 KB in all), so each key is small and deleted once empty:
//
//   nastavnichestvo.jobs.<id>    the queue of jobs (written when a job starts, pauses or ends)
//   nastavnichestvo.wal.<id>     the document in flight and the documents made but not yet in the
//                                sheets (written around each document, emptied at checkpoints)
//   nastavnichestvo.runner.<id>  which execution works on the school's jobs now: one at a time, so
//                                no two make the same document. A lease that ends with its
//                                execution (6 minutes), so a killed runner blocks nobody for long.
import { EXECUTION_LIMIT_MS, STARTED } from '../jobs/budget';
import type { Intent, Job, Made, Wal } from '../jobs/types';

const JOBS = 'nastavnichestvo.jobs.';
const WAL = 'nastavnichestvo.wal.';
const RUNNER = 'nastavnichestvo.runner.';

let props: GoogleAppsScript.Properties.Properties | null = null;
function scriptProps(): GoogleAppsScript.Properties.Properties {
  props ??= PropertiesService.getScriptProperties();
  return props;
}

function parse<T>(json: string | null, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch (_e) {
    return fallback;
  }
}

// A value holds 9 KB (guides/services/quotas). A queue can be longer (a job naming 600 pairs), so
// it is kept in pieces of PIECE characters (3 bytes each at most in UTF-8): the key itself holds
// «~N:» and the first piece, `key.1` … `key.N-1` the rest, all written by one setProperties.
const PIECE = 3000;
const CHUNKED = '~';

function piecesOf(head: string | null): number {
  if (head === null || !head.startsWith(CHUNKED)) return head === null ? 0 : 1;
  return Number(head.slice(CHUNKED.length, head.indexOf(':'))) || 1;
}

/** A long value written by `writeLong`, read as one snapshot; null when absent. */
export function readLong(key: string): string | null {
  return readLongPieces(key).text;
}

/** A long value and the pieces it takes now (what `writeLong` may be told, to save a read). */
export function readLongPieces(key: string): { text: string | null; pieces: number } {
  const head = scriptProps().getProperty(key);
  if (head === null || !head.startsWith(CHUNKED)) return { text: head, pieces: piecesOf(head) };
  const all = scriptProps().getProperties();
  const first = all[key] ?? head;
  const n = piecesOf(first);
  let text = first.slice(first.indexOf(':') + 1);
  for (let i = 1; i < n; i++) text += all[`${key}.${i}`] ?? '';
  return { text, pieces: n };
}

/**
 * Writes `text` under `key` in as many pieces as it needs (null deletes), removing stale pieces.
 * `known`: the pieces the key takes now, when the caller knows (one read fewer). Returns the
 * pieces it takes after.
 */
export function writeLong(key: string, text: string | null, known?: number): number {
  const before = known ?? piecesOf(scriptProps().getProperty(key));
  let after = 0;
  if (text === null) scriptProps().deleteProperty(key);
  else if (text.length <= PIECE) {
    scriptProps().setProperty(key, text);
    after = 1;
  } else {
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += PIECE) pieces.push(text.slice(i, i + PIECE));
    const values: Record<string, string> = { [key]: `${CHUNKED}${pieces.length}:${pieces[0]}` };
    for (let i = 1; i < pieces.length; i++) values[`${key}.${i}`] = pieces[i];
    scriptProps().setProperties(values, false);
    after = pieces.length;
  }
  for (let i = Math.max(after, 1); i < before; i++) scriptProps().deleteProperty(`${key}.${i}`);
  return after;
}

export function readJobs(ssId: string): Job[] {
  const jobs = parse<Job[]>(readLong(JOBS + ssId), []);
  return Array.isArray(jobs) ? jobs : [];
}

/**
 * Changes the queue: read, changed and written under the script lock (held for milliseconds), so a
 * job the curator adds while a trigger works on another is not lost. Returns the new queue.
 */
export function updateJobs(ssId: string, change: (jobs: Job[]) => Job[]): Job[] {
  const apply = () => {
    const jobs = change(readJobs(ssId));
    writeLong(JOBS + ssId, jobs.length === 0 ? null : JSON.stringify(jobs));
    return jobs;
  };
  return underScriptLock(apply) ?? apply();
}

/** Whether the write-ahead record holds anything (a document in flight, or made and not written). */
export function hasWal(ssId: string): boolean {
  return scriptProps().getProperty(WAL + ssId) !== null;
}

/** The write-ahead record of one spreadsheet, kept in memory and written through on each change. */
export class WalStore {
  private wal: Wal;
  /** The pieces the record takes in script properties (an order's document names every pair). */
  private pieces: number;

  constructor(private readonly ssId: string) {
    const { text, pieces } = readLongPieces(WAL + ssId);
    const read = parse<Partial<Wal>>(text, {});
    this.wal = { intent: read.intent, made: Array.isArray(read.made) ? read.made : [] };
    this.pieces = pieces;
  }

  get intent(): Intent | undefined {
    return this.wal.intent;
  }

  get made(): readonly Made[] {
    return this.wal.made;
  }

  /** Before a document is copied: its key, its name and when. */
  begin(intent: Omit<Intent, 'fileIds'>): void {
    this.wal.intent = { ...intent, fileIds: [] };
    this.save();
  }

  /** A file of the unit in flight exists now (the copy, its PDF). */
  fileMade(id: string): void {
    if (!this.wal.intent) return;
    this.wal.intent.fileIds.push(id);
    this.save();
  }

  /** A step of a fill over several steps is applied (or the copy it starts from is made). */
  filled(fill: NonNullable<Intent['fill']>): void {
    if (!this.wal.intent) return;
    this.wal.intent.fill = fill;
    this.save();
  }

  /** The document is complete: recorded for the next checkpoint, in the same write as the intent ends. */
  commit(made: Made): void {
    this.wal.intent = undefined;
    this.wal.made.push(made);
    this.save();
  }

  /** The unit in flight is given up (nothing was copied, or its files went to the bin). */
  dropIntent(): void {
    if (!this.wal.intent) return;
    this.wal.intent = undefined;
    this.save();
  }

  /** The checkpoint wrote these documents to the sheets. */
  written(keys: string[]): void {
    const done = new Set(keys);
    this.wal.made = this.wal.made.filter((m) => !done.has(m.key));
    this.save();
  }

  /** The record's size in characters: kept well under the 9 KB a property may hold. */
  size(): number {
    return JSON.stringify(this.wal).length;
  }

  private save(): void {
    const empty = !this.wal.intent && this.wal.made.length === 0;
    this.pieces = writeLong(WAL + this.ssId, empty ? null : JSON.stringify(this.wal), this.pieces);
  }
}

interface Lease {
  token: string;
  until: number;
}

/** The script lock guards a read and a write of one property: held for milliseconds. */
function underScriptLock<T>(fn: () => T): T | null {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return null;
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** Takes the school's runner lease for this execution; null when another execution holds it. */
export function takeRunner(ssId: string): string | null {
  const token = Utilities.getUuid();
  return underScriptLock(() => {
    const current = parse<Lease | null>(scriptProps().getProperty(RUNNER + ssId), null);
    if (current && current.until > Date.now()) return null;
    scriptProps().setProperty(
      RUNNER + ssId,
      JSON.stringify({ token, until: STARTED + EXECUTION_LIMIT_MS + 30_000 } satisfies Lease),
    );
    return token;
  });
}

export function releaseRunner(ssId: string, token: string): void {
  underScriptLock(() => {
    const current = parse<Lease | null>(scriptProps().getProperty(RUNNER + ssId), null);
    if (current?.token === token) scriptProps().deleteProperty(RUNNER + ssId);
  });
}
