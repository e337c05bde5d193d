// The hourly trigger's first step (called at the top of dailyRunTriggerAction). An editor add-on
// has one time-driven trigger per user and document, at most hourly, so that one trigger does both:
// the daily run once a day at the first firing at or after the school's hour, and unfinished long
// work at the others. The firing after the daily run looks whether it finished (its line in
// «Настройки»), and runs it again if not: killed, the spreadsheet busy, or out of time with letters
// left (they go out now, each once: the mail log has the ones sent). An idle firing reads three
// properties and returns: no spreadsheet is opened.
import { formatDate } from '../gas/clock';
import { openSpreadsheet } from '../gas/context';
import { hasWal, readJobs } from '../gas/jobs';
import { remainingMailQuota } from '../gas/mail';
import { effectiveUserEmail } from '../gas/session';
import { readSchedule, triggerSpreadsheetId, writeSchedule, type DailySchedule } from '../gas/triggers';
import { readSettings } from '../settings';
import { Store } from '../store/store';
import { DAILY_ATTEMPTS, dailyRunUnfinished, isRunnable } from './plan';
import { runUnfinished } from './work';

/**
 * True when the daily run is due now (the caller goes on with it). Otherwise works on unfinished
 * jobs, if any may run now, and returns false.
 */
export function hourlyRun(e: { triggerUid?: string } | undefined): boolean {
  const uid = e?.triggerUid;
  if (!uid) return true;
  const ssId = triggerSpreadsheetId(uid);
  if (!ssId) return true;
  const schedule = readSchedule(ssId);
  // A daily trigger of an earlier version: it fires once a day, at the hour.
  if (!schedule) return true;
  const now = new Date();
  const today = formatDate(now, schedule.timeZone, 'yyyy-MM-dd');
  const hour = Number(formatDate(now, schedule.timeZone, 'H'));
  if (hour >= schedule.hour && schedule.last !== today) {
    writeSchedule(ssId, { ...schedule, last: today, attempts: 1, checked: false });
    return true;
  }
  if (schedule.last === today && !schedule.checked && dailyAgain(ssId, schedule, today)) return true;
  const dailyDone = schedule.last === today;
  const jobs = readJobs(ssId);
  if (!jobs.some((j) => isRunnable(j, now.getTime(), dailyDone)) && !hasWal(ssId)) return false;
  try {
    const ss = openSpreadsheet(ssId);
    const runner = effectiveUserEmail();
    const day = formatDate(now, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
    runUnfinished({ ss, user: runner, today: day }, dailyDone);
  } catch (err) {
    // Nobody sees a trigger fail: the record stays, and the next firing tries again.
    console.error(err);
  }
  return false;
}

/** At the firing after the day's run: whether to run it again, recorded so it is asked once. */
function dailyAgain(ssId: string, schedule: DailySchedule, today: string): boolean {
  let again = false;
  try {
    const store = new Store(openSpreadsheet(ssId));
    const { settings } = readSettings(store.table('settings', ['param', 'value']), today);
    again =
      (schedule.attempts ?? 1) < DAILY_ATTEMPTS &&
      dailyRunUnfinished(settings.lastDailyRun, today, remainingMailQuota);
  } catch (err) {
    console.error(err);
  }
  writeSchedule(ssId, {
    ...schedule,
    attempts: (schedule.attempts ?? 1) + (again ? 1 : 0),
    checked: !again,
  });
  return again;
}
