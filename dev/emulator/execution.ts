// Executions: every call of the bundle (a menu item, a google.script.run call, a trigger) runs as
// one execution with its own user, active document, authorization mode and clock.
//
// - The clock moves by the latency of each service call (latency.ts), so `new Date()` in the
//   bundle moves with it.
// - Past the limit the next service call throws Google's «Exceeded maximum execution time» and the
//   execution is over: every later call throws too, and the error reaches the caller even if the
//   code caught it. What the execution wrote stays written.
//   (developers.google.com/apps-script/guides/services/quotas: «Script runtime 6 min / execution».)
// - Executions can overlap: a test (or a hook at a service call) starts execution B while A is in
//   the middle of its work. JavaScript here is synchronous, so B runs to its end before A goes on;
//   a lock A holds is busy for B for as long as B waits (lock.ts).
// - When an execution ends, its locks are released and its open documents saved, as on Google.

export const MAX_EXECUTION_MS = 6 * 60 * 1000;

// The message Google shows for an execution that ran past its limit
// (developers.google.com/apps-script/guides/services/quotas, «Exceeded maximum execution time»).
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

/** How the execution was started. */
export type ExecutionKind =
  /** A menu item or a google.script.run call from the sidebar or a dialog. */
  | 'editor'
  /** An installable trigger (time-driven, or a spreadsheet's form submit). */
  | 'trigger'
  /** A simple trigger (onOpen, onInstall, onEdit). */
  | 'simple';

export interface Execution {
  id: number;
  kind: ExecutionKind;
  /** The top-level function that runs. */
  handler: string;
  user: string;
  activeSpreadsheetId: string | null;
  authMode: string;
  /** Emulated ms when it started. */
  start: number;
  /** Service calls made. */
  calls: number;
  /** Emulated ms spent in service calls. */
  busyMs: number;
  /** Killed at the time limit: every further call throws. */
  killed: boolean;
  /** The trigger that started it, if any. */
  triggerUid?: string;
}

/** What the Workspace remembers of a finished execution (for tests, the playground and the bench). */
export interface ExecutionRecord {
  id: number;
  kind: ExecutionKind;
  handler: string;
  user: string;
  start: number;
  /** Emulated duration in ms. */
  durationMs: number;
  calls: number;
  outcome: 'ok' | 'error' | 'timeout';
  error?: string;
}

export class ExecutionTimeoutError extends Error {
  constructor() {
    super(EXCEEDED_MESSAGE);
    this.name = 'Error';
  }
}

export class Executions {
  private stack: Execution[] = [];
  private nextId = 1;
  /** The finished executions, oldest first (the last 1,000). */
  readonly finished: ExecutionRecord[] = [];

  /** The execution whose code is running now (the innermost, when one started inside another). */
  current(): Execution | null {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
  }

  /** Every execution in progress, outermost first. */
  running(): readonly Execution[] {
    return this.stack;
  }

  /** Runs `fn` with no execution current (a person's edit while executions wait). */
  suspended<T>(fn: () => T): T {
    const saved = this.stack;
    this.stack = [];
    try {
      return fn();
    } finally {
      this.stack = saved;
    }
  }

  isRunning(id: number): boolean {
    return this.stack.some((e) => e.id === id);
  }

  begin(init: Omit<Execution, 'id' | 'calls' | 'busyMs' | 'killed'>): Execution {
    const execution: Execution = { ...init, id: this.nextId++, calls: 0, busyMs: 0, killed: false };
    this.stack.push(execution);
    return execution;
  }

  end(execution: Execution, now: number, error: unknown): ExecutionRecord {
    const index = this.stack.lastIndexOf(execution);
    if (index >= 0) this.stack.splice(index, 1);
    const record: ExecutionRecord = {
      id: execution.id,
      kind: execution.kind,
      handler: execution.handler,
      user: execution.user,
      start: execution.start,
      durationMs: now - execution.start,
      calls: execution.calls,
      outcome: execution.killed ? 'timeout' : error === undefined ? 'ok' : 'error',
    };
    if (error !== undefined) record.error = error instanceof Error ? error.message : String(error);
    this.finished.push(record);
    if (this.finished.length > 1000) this.finished.splice(0, this.finished.length - 1000);
    return record;
  }

  /** The last finished execution of a handler (or of any handler). */
  last(handler?: string): ExecutionRecord | undefined {
    for (let i = this.finished.length - 1; i >= 0; i--) {
      if (handler === undefined || this.finished[i].handler === handler) return this.finished[i];
    }
    return undefined;
  }
}
