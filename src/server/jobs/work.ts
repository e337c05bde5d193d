// Every kind of long work in one place: the sidebar's «go on» and «what is running», and the
// hourly trigger's pick-up of unfinished work.
import type { ActionResult, WorkItemDto } from '../api/types';
import type { Caller } from '../api/call';
import { mailDrivers } from '../actions/campaign';
import { documentDrivers } from '../actions/documents';
import { monitoringDrivers } from '../actions/monitoring';
import { stageDrivers } from '../actions/stages';
import { readJobs } from '../gas/jobs';
import { readSettings } from '../settings';
import { UserError } from '../shared/errors';
import { Store } from '../store/store';
import { BUDGET_MS } from './budget';
import { describeJobs, runWork, type Driver } from './runner';
import { JOB_TEXTS } from './texts';
import { isJobKind, type JobKind } from './types';

export function allDrivers(): Record<JobKind, Driver> {
  return { ...documentDrivers(), ...mailDrivers(), ...monitoringDrivers(), ...stageDrivers() };
}

/** The sidebar calls again while the last result said `more`. */
export function continueWorkAction(caller: Caller, kind: string): ActionResult {
  if (!isJobKind(kind)) throw new UserError(`Неизвестный вид работы «${String(kind)}».`);
  if (!readJobs(caller.ss.getId()).some((j) => j.kind === kind))
    return { message: JOB_TEXTS.finished, more: false };
  return runWork(caller, allDrivers(), {
    budgetMs: BUDGET_MS.sidebar,
    prefer: kind,
    only: true,
    interactive: true,
    dailyDone: true,
  });
}

/** Long work not finished yet, read from the record alone (no sheet but Настройки is read). */
export function workAction(caller: Caller): WorkItemDto[] {
  const jobs = readJobs(caller.ss.getId());
  if (jobs.length === 0) return [];
  const store = new Store(caller.ss);
  const { settings } = readSettings(store.table('settings', ['param', 'value']), caller.today);
  return describeJobs(
    jobs,
    Date.now(),
    settings.dailyHour,
    settings.remindersEnabled && !!settings.remindersOwner,
  );
}

/** The hourly trigger's share of long work (src/server/jobs/hourly.ts). */
export function runUnfinished(caller: Caller, dailyDone: boolean): ActionResult {
  return runWork(caller, allDrivers(), { budgetMs: BUDGET_MS.trigger, interactive: false, dailyDone });
}
