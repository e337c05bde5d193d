// One lock per school spreadsheet, for every context the add-on runs in: sidebar and menu actions,
// form intake, the daily run (a time-driven trigger of an add-on has no document, so
// LockService.getDocumentLock() is null there), the dashboard's roadmap write.
//
// The lock is a lease {token, until} in script properties, keyed by the spreadsheet's id. It is
// taken under LockService.getScriptLock(), held for two property calls only: the script lock is one
// for every user of every school using the add-on. Whoever finds the lease held
// polls with Utilities.sleep up to a wait limit. `until` is the end of the holder's execution
// (Apps Script stops an execution at 6 minutes), so a holder killed before its `finally` ran stops
// blocking by itself; a normal release deletes the key, so script properties do not grow.
import { UserError } from '../shared/errors';

export const BUSY_MESSAGE = 'Таблица занята другим действием надстройки. Повторите через минуту.';

/** How long an action waits for the lease before telling the person the spreadsheet is busy. */
const DEFAULT_WAIT_MS = 30_000;
/** Apps Script stops every execution at 6 minutes (guides/services/quotas). */
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** The script lock guards a read and a write of one property: seconds are plenty even when busy. */
const SCRIPT_LOCK_WAIT_MS = 10_000;
const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 2_000;
const KEY_PREFIX = 'nastavnichestvo.lease.';

/**
 * When this execution started: Apps Script evaluates the whole script afresh for every execution,
 * so the top level runs at its start (and module state below lives exactly one execution).
 */
const STARTED_AT = Date.now();

export function executionStartedAt(): number {
  return STARTED_AT;
}

interface Lease {
  token: string;
  until: number;
}

interface Held {
  token: string;
  depth: number;
  /** Lines for the person who started the action, added to its result (see noteForResult). */
  notes: string[];
}

/** The leases this execution holds, by spreadsheet id (re-entry just counts). */
const held = new Map<string, Held>();

function parse(json: string | null): Lease | null {
  if (!json) return null;
  try {
    const lease = JSON.parse(json) as Partial<Lease>;
    return typeof lease.token === 'string' && typeof lease.until === 'number'
      ? { token: lease.token, until: lease.until }
      : null;
  } catch (_e) {
    return null;
  }
}

/** Runs `fn` under the script lock; false when the script lock could not be had. */
function underScriptLock(fn: () => void): boolean {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(SCRIPT_LOCK_WAIT_MS)) return false;
  try {
    fn();
    return true;
  } finally {
    lock.releaseLock();
  }
}

function tryTake(ssId: string, token: string): boolean {
  let taken = false;
  underScriptLock(() => {
    const props = PropertiesService.getScriptProperties();
    const lease = parse(props.getProperty(KEY_PREFIX + ssId));
    if (lease && lease.token !== token && lease.until > Date.now()) return;
    props.setProperty(
      KEY_PREFIX + ssId,
      JSON.stringify({ token, until: STARTED_AT + EXECUTION_LIMIT_MS } satisfies Lease),
    );
    taken = true;
  });
  return taken;
}

/**
 * Deletes the key. While the lease is in force (until this execution's end) nobody else can have
 * taken it, so no script lock is needed; past that, only a key still holding our token is deleted.
 */
function release(ssId: string, token: string): void {
  const props = PropertiesService.getScriptProperties();
  if (Date.now() < STARTED_AT + EXECUTION_LIMIT_MS) {
    props.deleteProperty(KEY_PREFIX + ssId);
    return;
  }
  underScriptLock(() => {
    if (parse(props.getProperty(KEY_PREFIX + ssId))?.token === token) props.deleteProperty(KEY_PREFIX + ssId);
  });
}

function acquire(ssId: string, waitMs: number): Held | null {
  const mine = held.get(ssId);
  if (mine) {
    mine.depth++;
    return mine;
  }
  const token = Utilities.getUuid();
  // Never wait past this execution's own end.
  const deadline = Math.min(Date.now() + waitMs, STARTED_AT + EXECUTION_LIMIT_MS - 30_000);
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    if (tryTake(ssId, token)) {
      const lease: Held = { token, depth: 1, notes: [] };
      held.set(ssId, lease);
      return lease;
    }
    const left = deadline - Date.now();
    if (left <= 0) return null;
    Utilities.sleep(Math.min(pause, left));
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
  }
}

function leave(ssId: string, lease: Held): void {
  lease.depth--;
  if (lease.depth > 0) return;
  held.delete(ssId);
  release(ssId, lease.token);
}

/** Adds the notes to an action's result when it is a message ({ message: string, … }). */
function withNotes<T>(value: T, notes: string[]): T {
  if (notes.length === 0 || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const message = (value as { message?: unknown }).message;
  if (typeof message !== 'string') return value;
  return { ...value, message: [message, ...notes].join('\n') };
}

/**
 * Runs `fn` holding the school's lease. Throws the UserError BUSY_MESSAGE when the lease cannot be
 * had within `waitMs`. Re-entrant within one execution. When the outermost call returns a message
 * result, the notes added meanwhile (noteForResult) are appended to its message.
 */
export function withSchoolLock<T>(ssId: string, fn: () => T, options?: { waitMs?: number }): T {
  const lease = acquire(ssId, options?.waitMs ?? DEFAULT_WAIT_MS);
  if (!lease) throw new UserError(BUSY_MESSAGE);
  const outermost = lease.depth === 1;
  try {
    const value = fn();
    return outermost ? withNotes(value, lease.notes) : value;
  } finally {
    leave(ssId, lease);
  }
}

/**
 * Runs `fn` holding the school's lease if it can be had at once (or within `waitMs`); never throws
 * for a busy lease. For triggers, whose failure nobody sees and which Google does not retry.
 */
export function trySchoolLock<T>(
  ssId: string,
  fn: () => T,
  options?: { waitMs?: number },
): { ran: true; value: T } | { ran: false } {
  const lease = acquire(ssId, options?.waitMs ?? 0);
  if (!lease) return { ran: false };
  try {
    return { ran: true, value: fn() };
  } finally {
    leave(ssId, lease);
  }
}

/** Whether this execution holds the school's lease now. */
export function holdsSchoolLock(ssId: string): boolean {
  return held.has(ssId);
}

/**
 * A line for the person who started the action (a staff edit kept over the action's own value):
 * appended to the result of the outermost withSchoolLock holding `ssId`, if its result is a message.
 */
export function noteForResult(ssId: string, text: string): void {
  held.get(ssId)?.notes.push(text);
}
