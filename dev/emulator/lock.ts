// LockService (developers.google.com/apps-script/reference/lock/lock-service). Executions here are
// synchronous, so "another execution" is simulated: tests call holdByOther() to make a lock busy,
// and the bundle loader calls endExecution() after each top-level call (Google releases a script's
// locks when its execution ends). Waiting advances the emulated clock by the time waited.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';

export type LockKind = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

interface Holder {
  /** 'self' = this execution; 'other' = a simulated concurrent execution. */
  by: 'self' | 'other';
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

  /** Ends the current execution: every lock it still holds is released. */
  endExecution(): void {
    for (const [id, holder] of [...this.held]) if (holder.by === 'self') this.held.delete(id);
  }

  /** Node-side: who holds a lock now, if anyone. */
  holder(kind: LockKind, key?: string): 'self' | 'other' | null {
    return this.held.get(this.keyOf(kind, key))?.by ?? null;
  }

  /** Tries for up to `timeoutMs`; advances the clock by the time spent waiting. */
  private acquire(id: string, timeoutMs: number): boolean {
    const holder = this.held.get(id);
    if (holder?.by === 'other') {
      const now = this.ws.clock.nowMillis();
      const wait = holder.until === null ? Infinity : Math.max(0, holder.until - now);
      if (wait > timeoutMs) {
        this.ws.clock.tick(Math.max(0, timeoutMs));
        return false;
      }
      this.ws.clock.tick(wait);
    }
    this.held.set(id, { by: 'self', until: null });
    return true;
  }

  private lock(id: string) {
    return emulated(
      'Lock',
      {
        tryLock: (timeoutInMillis: number) => this.acquire(id, Number(timeoutInMillis)),
        waitLock: (timeoutInMillis: number): void => {
          if (!this.acquire(id, Number(timeoutInMillis))) throw new Error(LOCK_TIMEOUT_MESSAGE);
        },
        releaseLock: (): void => {
          if (this.held.get(id)?.by === 'self') this.held.delete(id);
        },
        hasLock: () => this.held.get(id)?.by === 'self',
      },
      this.ws.calls,
    );
  }

  globals(): Record<string, unknown> {
    const ws = this.ws;
    const api = {
      getDocumentLock: () => (ws.activeSpreadsheetId ? this.lock(this.keyOf('document')) : null),
      getScriptLock: () => this.lock(this.keyOf('script')),
      getUserLock: () => this.lock(this.keyOf('user')),
    };
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
