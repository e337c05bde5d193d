// The emulator's shared machinery: the call log, "not emulated" errors, the clock-aware Date,
// ids, and the Drive file registry every service shares (a spreadsheet, a form and a doc are all
// Drive files). Each service lives in its own module and keeps its state as plain JSON so the whole
// Workspace can be saved and loaded.

/** Counts service calls by `Class.method`, so tests and the bench can assert batching. */
export class CallLog {
  private counts = new Map<string, number>();
  private paused = 0;
  /**
   * Called before every recorded call with its name, arguments and target: the Workspace's strict
   * checks (scopes, the execution clock and its limit) hang here. It may throw, and then the call
   * does not happen.
   */
  listener: ((name: string, args: readonly unknown[], target: object) => void) | null = null;

  record(name: string, args: readonly unknown[] = [], target: object = {}): void {
    if (this.paused > 0) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.listener?.(name, args, target);
  }

  /** Whether calls are being recorded now (false inside `quietly`). */
  get recording(): boolean {
    return this.paused === 0;
  }

  /** Calls of one `Class.method`, or of every method of a class when given `Class.*`. */
  count(name: string): number {
    if (name.endsWith('.*')) {
      const prefix = name.slice(0, -1);
      let total = 0;
      for (const [key, value] of this.counts) if (key.startsWith(prefix)) total += value;
      return total;
    }
    return this.counts.get(name) ?? 0;
  }

  /** A copy of all counts, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let total = 0;
    for (const value of this.counts.values()) total += value;
    return total;
  }

  reset(): void {
    this.counts.clear();
  }

  /** Runs `fn` without recording (the emulator's own bookkeeping, test set-up helpers). */
  quietly<T>(fn: () => T): T {
    this.paused += 1;
    try {
      return fn();
    } finally {
      this.paused -= 1;
    }
  }
}

export class NotEmulatedError extends Error {
  constructor(what: string) {
    super(`Not emulated: ${what}`);
    this.name = 'NotEmulatedError';
  }
}

export function notEmulated(what: string): never {
  throw new NotEmulatedError(what);
}

/** Properties that tooling (jest's printer, promises, util.inspect) probes on any object. */
const PROBES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
  'length',
  'prototype',
  'valueOf',
  'toString',
]);

/**
 * Wraps an emulated object: every method call is recorded as `className.method`, and reading a
 * property the emulator does not implement throws `Not emulated: className.prop` instead of
 * returning undefined, so the add-on can never silently depend on something untested.
 * Members starting with `_` are the emulator's internals and are not part of the Apps Script API.
 */
export function emulated<T extends object>(className: string, target: T, log: CallLog): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      const value = Reflect.get(obj, prop, receiver);
      if (value === undefined && !(prop in obj)) {
        if (PROBES.has(prop)) return undefined;
        notEmulated(`${className}.${prop}`);
      }
      if (typeof value === 'function' && !prop.startsWith('_')) {
        return function (this: unknown, ...args: unknown[]) {
          log.record(`${className}.${prop}`, args, obj);
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      return value;
    },
  });
}

/** The emulated time. Tests and the playground set and advance it; `new Date()` in the bundle reads it. */
export class Clock {
  private nowMs: number;

  constructor(start: Date | string | number = '2026-09-01T09:00:00+03:00') {
    this.nowMs = new Date(start).getTime();
    if (Number.isNaN(this.nowMs)) throw new Error(`Clock: bad start time ${String(start)}`);
  }

  now(): Date {
    return new Date(this.nowMs);
  }

  nowMillis(): number {
    return this.nowMs;
  }

  /** Moves time to `to`; time never goes backwards (Google's does not either). */
  setNow(to: Date | string | number): void {
    const ms = new Date(to).getTime();
    if (Number.isNaN(ms)) throw new Error(`Clock: bad time ${String(to)}`);
    if (ms < this.nowMs) throw new Error('Clock: time cannot go backwards');
    this.nowMs = ms;
  }

  tick(ms: number): void {
    this.nowMs += Math.max(0, ms);
  }
}

/**
 * A `Date` whose no-argument form and `Date.now()` read the emulated clock. Its prototype is the
 * host Date's, so `instanceof Date` holds for every date the emulator hands out.
 */
export function clockDate(clock: Clock): DateConstructor {
  const Native = Date;
  function ClockDate(this: unknown, ...args: unknown[]): Date | string {
    if (!(this instanceof ClockDate)) return new Native(clock.nowMillis()).toString();
    if (args.length === 0) return new Native(clock.nowMillis());
    return new (Native as unknown as new (...a: unknown[]) => Date)(...args);
  }
  ClockDate.prototype = Native.prototype;
  ClockDate.now = () => clock.nowMillis();
  ClockDate.parse = Native.parse;
  ClockDate.UTC = Native.UTC;
  return ClockDate as unknown as DateConstructor;
}

/** Deterministic ids in Google's alphabet, so saved states and tests are stable. */
export class IdSource {
  constructor(private next = 1) {}

  id(prefix: string): string {
    const n = this.next++;
    const body = n.toString(36).padStart(8, '0');
    return `${prefix}${'x'.repeat(Math.max(0, 36 - prefix.length - body.length))}${body}`.slice(0, 44);
  }

  state(): number {
    return this.next;
  }
}

export type DriveKind = 'spreadsheet' | 'form' | 'document' | 'folder' | 'blob';

export const MIME: Record<DriveKind, string> = {
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  form: 'application/vnd.google-apps.form',
  document: 'application/vnd.google-apps.document',
  folder: 'application/vnd.google-apps.folder',
  blob: 'application/octet-stream',
};

/** A Drive item as stored. Content of spreadsheets, forms and docs lives in their own services. */
export interface DriveEntry {
  id: string;
  kind: DriveKind;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  created: number;
  updated: number;
  trashed: boolean;
  /** People and groups who may comment (File#addCommenter); absent: none. */
  commenters?: string[];
  /** Who else may open it (DriveApp.Access, by name); absent: PRIVATE. See access.ts. */
  sharingAccess?: 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
  /** What they may do (DriveApp.Permission, by name); absent: NONE. */
  sharingPermission?: 'VIEW' | 'EDIT' | 'COMMENT' | 'NONE';
  /** false: only the owner may change the sharing (File#setShareableByEditors); absent: true. */
  shareableByEditors?: boolean;
  /** Blobs only (e.g. PDFs): base64 bytes. */
  data?: string;
  description?: string;
}

export function urlFor(kind: DriveKind, id: string): string {
  switch (kind) {
    case 'spreadsheet':
      return `https://docs.google.com/spreadsheets/d/${id}/edit`;
    case 'form':
      return `https://docs.google.com/forms/d/${id}/edit`;
    case 'document':
      return `https://docs.google.com/document/d/${id}/edit`;
    case 'folder':
      return `https://drive.google.com/drive/folders/${id}`;
    default:
      return `https://drive.google.com/file/d/${id}/view`;
  }
}
