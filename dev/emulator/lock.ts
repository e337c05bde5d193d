// LockService (developers.google.com/apps-script/reference/lock/lock-service). Each lock is held by
// an execution (execution.ts) and released when that execution ends, as Google does. Executions
// here are synchronous: when execution B starts while A is in the middle of its work (a test, or a
// hook at one of A's service calls), A cannot go on until B ends, so a lock A holds stays busy for
// all of B's wait: B's tryLock returns false and waitLock throws after the timeout, and the clock
// moves by the time waited. Tests can also make a lock busy for a while with holdByOther().
// A second take of a lock the same execution holds succeeds at once (check: the reference is
// silent on re-entry within one execution).
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';
import { conform } from './surface';

export type LockKind = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface Holder {
  /** The id of the execution holding it (0 = Node-side code outside any execution); 'other' = simulated. */
  by: number | 'other';
  /** When an 'other' holder lets go (emulated ms); null = not until releaseOther(). */
  until: number | null;
}

export class LockServiceEmu implements ServiceModule {
  private held = new Map<string, Holder>();

  constructor(private readonly ws: Workspace) {}

  private keyOf(kind: LockKind, key?: string): string {
    if (kind === 'script') return 'script:';
    if (kind === 'user') return `user:${key ?? this.ws.user}`;
    const doc = key ?? this.ws.activeSpreadsheetId;
    if (!doc) throw new Error('LockService: no active document');
    return `document:${doc}`;
  }

  /** Test hook: another execution holds the lock (for `forMs` emulated ms, or until releaseOther). */
  holdByOther(kind: LockKind, key?: string, forMs?: number): void {
    this.held.set(this.keyOf(kind, key), {
      by: 'other',
      until: forMs === undefined ? null : this.ws.clock.nowMillis() + forMs,
    });
  }

  /** Test hook: the other execution lets the lock go. */
  releaseOther(kind: LockKind, key?: string): void {
    const id = this.keyOf(kind, key);
    if (this.held.get(id)?.by === 'other') this.held.delete(id);
  }

  /** The execution asking (0 outside any execution). */
  private me(): number {
    return this.ws.currentExecution()?.id ?? 0;
  }

  /** Ends the current execution: every lock it still holds is released. */
  endExecution(): void {
    this.releaseAll(this.me());
  }

  /** Releases every lock an execution holds (the Workspace calls this when it ends). */
  releaseAll(executionId: number): void {
    for (const [id, holder] of [...this.held]) if (holder.by === executionId) this.held.delete(id);
  }

  /** Node-side: who holds a lock now, if anyone: this execution, another one, or nobody. */
  holder(kind: LockKind, key?: string): 'self' | 'other' | null {
    const holder = this.held.get(this.keyOf(kind, key));
    if (!holder) return null;
    return holder.by === this.me() ? 'self' : 'other';
  }

  /** The execution id holding a lock (for tests), 'other' for a simulated holder, or null. */
  heldBy(kind: LockKind, key?: string): number | 'other' | null {
    return this.held.get(this.keyOf(kind, key))?.by ?? null;
  }

  /** Tries for up to `timeoutMs`; advances the clock by the time spent waiting. */
  private acquire(id: string, timeoutMs: number): boolean {
    const me = this.me();
    const holder = this.held.get(id);
    if (holder && holder.by !== me) {
      const now = this.ws.clock.nowMillis();
      // Another execution that is still running cannot let go while this one waits (see above);
      // one that has ended released its locks already.
      const wait =
        holder.by !== 'other' || holder.until === null ? Infinity : Math.max(0, holder.until - now);
      if (wait > timeoutMs) {
        this.ws.clock.tick(Math.max(0, timeoutMs));
        return false;
      }
      this.ws.clock.tick(wait);
    }
    this.held.set(id, { by: me, until: null });
    return true;
  }

  private lock(id: string): GoogleAppsScript.Lock.Lock {
    return emulated(
      'Lock',
      conform<GoogleAppsScript.Lock.Lock>()({
        tryLock: (timeoutInMillis: number) => this.acquire(id, Number(timeoutInMillis)),
        waitLock: (timeoutInMillis: number): void => {
          if (!this.acquire(id, Number(timeoutInMillis))) throw new Error(LOCK_TIMEOUT_MESSAGE);
        },
        releaseLock: (): void => {
          if (this.held.get(id)?.by === this.me()) this.held.delete(id);
        },
        hasLock: () => this.held.get(id)?.by === this.me(),
      }),
      this.ws.calls,
    );
  }

  globals(): Record<string, unknown> {
    const ws = this.ws;
    const api = conform<GoogleAppsScript.Lock.LockService>()({
      getDocumentLock: () => (ws.activeSpreadsheetId ? this.lock(this.keyOf('document')) : null),
      getScriptLock: () => this.lock(this.keyOf('script')),
      getUserLock: () => this.lock(this.keyOf('user')),
    });
    return { LockService: emulated('LockService', api, ws.calls) };
  }

  /** Locks live only as long as executions, so only simulated other holders are saved. */
  toState(): unknown {
    return {
      other: [...this.held].filter(([, h]) => h.by === 'other').map(([id, h]) => ({ id, until: h.until })),
    };
  }

  loadState(state: unknown): void {
    this.held.clear();
    for (const { id, until } of (state as { other?: { id: string; until: number | null }[] }).other ?? []) {
      this.held.set(id, { by: 'other', until });
    }
  }
}
