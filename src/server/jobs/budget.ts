// The time an execution has. Apps Script evaluates the whole script afresh for every execution, so
// this module's top level runs at the execution's start: STARTED is that moment, and the budget
// counts from it, not from whenever the long work began inside the execution.

export const STARTED = Date.now();

/** Apps Script stops every execution at 6 minutes (guides/services/quotas). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/**
 * How long an execution works on long work, from its start: a trigger stays clear of the 6-minute
 * limit; a sidebar call returns within about a minute so the curator sees progress.
 */
export const BUDGET_MS = { trigger: 5 * 60 * 1000, sidebar: 75 * 1000 };

export function elapsedMs(): number {
  return Date.now() - STARTED;
}
