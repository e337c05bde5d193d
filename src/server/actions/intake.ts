// A form event, from the trigger to the bank rows it changes: the handler takes every response not
// taken yet (intake/sweep.ts), its own and any an earlier trigger missed.
import { trySchoolLock } from '../gas/lock';
import { readForms } from '../gas/state';
import { runsAsFormTriggerOwner } from '../gas/triggers';
import { Store } from '../store/store';
import { sweepResponses, type ExtraIntake, type SweepReport } from '../intake/sweep';

export interface FormSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  namedValues?: Record<string, string[]>;
  values?: string[];
  triggerUid?: string;
}

/**
 * How long a form trigger waits for the school's lock: long enough for another response's intake
 * to finish, short enough not to pile up executions. If the lock stays busy the response waits on
 * its sheet for the next form event or the daily run (a trigger that throws is not retried).
 */
const INTAKE_WAIT_MS = 20_000;

/** The sweep a form event starts; null when it did not run (not the owner, or the lock was busy). */
export function handleFormSubmit(e: FormSubmitEvent, extra?: ExtraIntake): SweepReport | null {
  const range = e.range;
  if (!range) return null;
  // After a curator handed intake over, their old trigger still fires: it stands aside.
  if (!runsAsFormTriggerOwner()) return null;
  const ss = e.source ?? range.getSheet().getParent();
  const ssId = ss.getId();
  const run = trySchoolLock(
    ssId,
    () => {
      const store = new Store(ss);
      const report = sweepResponses(store, readForms(ssId), {
        extra,
        event: { sheetId: () => range.getSheet().getSheetId(), row: range.getRow() },
      });
      store.save();
      return report;
    },
    { waitMs: INTAKE_WAIT_MS },
  );
  return run.ran ? run.value : null;
}

/** The daily run's sweep, under the lock the daily run holds. Saves what it took. */
export function sweepAll(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, extra?: ExtraIntake): SweepReport {
  const store = new Store(ss);
  const report = sweepResponses(store, readForms(ss.getId()), { extra });
  store.save();
  return report;
}
