// The add-on's two installable triggers: onFormSubmit on the spreadsheet and the hourly run.
// Triggers belong to the user who made them; getProjectTriggers() shows only one's own. So who runs
// the daily job is recorded in the spreadsheet (Настройки is read by the job itself), and only
// that person's trigger sends: two curators never send twice.
//
// An editor add-on may hold one time-driven trigger per user and document, none more often than
// hourly (workspace/add-ons/concepts/editor-triggers). So the one trigger fires every hour: once a
// day, at the first firing at or after the school's hour, it does the daily run; at the others it
// picks up unfinished long work (src/server/jobs/hourly.ts). The hour, the time zone and the last
// day done are kept in the owner's user properties, where the trigger reads them without opening
// the spreadsheet.
import { rememberTriggerSpreadsheet, forgetTriggerSpreadsheet } from './context';
import { readForms, writeForms } from './state';
import { UserError } from '../shared/errors';
import { TEXTS } from './texts';

export const FORM_HANDLER = 'onFormSubmitTrigger';
export const DAILY_HANDLER = 'dailyRunTrigger';

function own(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const all = ScriptApp.getProjectTriggers();
  const form = all.filter(
    (t) => t.getHandlerFunction() === FORM_HANDLER && t.getTriggerSourceId() === ss.getId(),
  );
  const daily = all.filter((t) => t.getHandlerFunction() === DAILY_HANDLER);
  return { form, daily };
}

const FORM_OWNER_KEY = 'nastavnichestvo.formTriggerOwner';

/**
 * Creates the onFormSubmit trigger unless someone already owns it: a second curator running setup
 * must not add a second one (every response would be handled twice). `takeOver` moves it to this
 * user (the previous owner left the school).
 */
export function ensureFormTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  user: string,
  takeOver = false,
): boolean {
  const props = PropertiesService.getDocumentProperties();
  const owner = props.getProperty(FORM_OWNER_KEY) ?? '';
  if (owner && user && owner !== user && !takeOver) return false;
  if (user) props.setProperty(FORM_OWNER_KEY, user);
  if (own(ss).form.length > 0) return false;
  ScriptApp.newTrigger(FORM_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}

/** When the hourly trigger does the daily run, and the last day it did. */
export interface DailySchedule {
  hour: number;
  timeZone: string;
  /** yyyy-MM-dd of the last daily run started, in `timeZone`; '' before the first. */
  last: string;
  /** Runs started that day. */
  attempts?: number;
  /** A later firing saw that day's run finished (or gave up on it). */
  checked?: boolean;
}

const scheduleKey = (ssId: string) => `nastavnichestvo.hourly.${ssId}`;
const OLD_HOUR_KEY = (ssId: string) => `nastavnichestvo.dailyHour.${ssId}`;

/** The schedule of this user's hourly trigger for the spreadsheet; null for a daily trigger of an earlier version. */
export function readSchedule(ssId: string): DailySchedule | null {
  const json = PropertiesService.getUserProperties().getProperty(scheduleKey(ssId));
  if (!json) return null;
  try {
    const s = JSON.parse(json) as Partial<DailySchedule>;
    if (typeof s.hour !== 'number' || typeof s.timeZone !== 'string') return null;
    return {
      hour: s.hour,
      timeZone: s.timeZone,
      last: typeof s.last === 'string' ? s.last : '',
      attempts: typeof s.attempts === 'number' ? s.attempts : 1,
      checked: s.checked !== false,
    };
  } catch (_e) {
    return null;
  }
}

export function writeSchedule(ssId: string, schedule: DailySchedule): void {
  PropertiesService.getUserProperties().setProperty(scheduleKey(ssId), JSON.stringify(schedule));
}

/** The spreadsheet a trigger of this user works on (see gas/context.ts), without opening it. */
export function triggerSpreadsheetId(triggerUid: string): string | null {
  return PropertiesService.getUserProperties().getProperty(`nastavnichestvo.trigger.${triggerUid}`);
}

/**
 * Creates this user's hourly trigger for the spreadsheet, or records a new hour for it. A daily
 * trigger made by an earlier version is replaced. The first daily run is today if the hour is still
 * ahead, else tomorrow, as a daily trigger made now would fire.
 */
export function ensureDailyTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  hour: number,
  timeZone: string,
): boolean {
  const { daily } = own(ss);
  const props = PropertiesService.getUserProperties();
  const ssId = ss.getId();
  // The trigger will run without the document: keep this person's copy of the forms map current.
  writeForms(readForms(), ssId);
  const mine = daily.filter((t) => props.getProperty(`nastavnichestvo.trigger.${t.getUniqueId()}`) === ssId);
  const schedule = readSchedule(ssId);
  if (mine.length === 1 && schedule) {
    if (schedule.hour !== hour || schedule.timeZone !== timeZone)
      writeSchedule(ssId, { ...schedule, hour, timeZone });
    return false;
  }
  for (const t of mine) {
    ScriptApp.deleteTrigger(t);
    forgetTriggerSpreadsheet(t.getUniqueId());
  }
  // Half past (±15 min, Google's nearMinute): clear of the top of the hour.
  const trigger = ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyHours(1).nearMinute(30).create();
  rememberTriggerSpreadsheet(trigger.getUniqueId(), ssId);
  const now = new Date();
  const today = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  const passed = Number(Utilities.formatDate(now, timeZone, 'H')) >= hour;
  writeSchedule(ssId, { hour, timeZone, last: schedule?.last || (passed ? today : '') });
  props.deleteProperty(OLD_HOUR_KEY(ssId));
  return true;
}

/** Removes this user's daily trigger for the spreadsheet (reminders switched off). */
export function removeDailyTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const props = PropertiesService.getUserProperties();
  let removed = 0;
  for (const t of own(ss).daily) {
    if (props.getProperty(`nastavnichestvo.trigger.${t.getUniqueId()}`) !== ss.getId()) continue;
    ScriptApp.deleteTrigger(t);
    forgetTriggerSpreadsheet(t.getUniqueId());
    removed++;
  }
  props.deleteProperty(OLD_HOUR_KEY(ss.getId()));
  props.deleteProperty(scheduleKey(ss.getId()));
  return removed;
}

/** In an onFormSubmit run: whether this run's trigger is the one that owns intake (not a stale one of a former curator). */
export function runsAsFormTriggerOwner(): boolean {
  const owner = PropertiesService.getDocumentProperties().getProperty(FORM_OWNER_KEY) ?? '';
  const runner = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  return !owner || !runner || owner === runner;
}

/**
 * A trigger handler is a top-level function, so google.script.run (or a person in the editor) can
 * call it too, as the caller. It does a trigger's work only when `e.triggerUid` names a trigger of
 * this handler that the caller owns: getProjectTriggers() lists the caller's own triggers only
 * (reference/script/script-app#getProjectTriggers()). A form-submit trigger must also be this
 * spreadsheet's. Anything else is refused.
 */
export function assertTriggerRun(e: unknown, handler: string, spreadsheetId?: string): void {
  const uid =
    e !== null && typeof e === 'object' ? String((e as { triggerUid?: unknown }).triggerUid ?? '') : '';
  const mine =
    uid !== '' &&
    ScriptApp.getProjectTriggers().some(
      (t) =>
        t.getUniqueId() === uid &&
        t.getHandlerFunction() === handler &&
        (spreadsheetId === undefined || t.getTriggerSourceId() === spreadsheetId),
    );
  if (!mine) throw new UserError(TEXTS.notATrigger);
}

/** The spreadsheet a form-submit event came from ('' when the event is not a real one). */
export function sourceIdOf(e: unknown): string {
  const source = e !== null && typeof e === 'object' ? (e as { source?: unknown }).source : undefined;
  const getId = (source as { getId?: unknown } | undefined)?.getId;
  return typeof getId === 'function' ? String((getId as () => string).call(source)) : '';
}

/** Deletes this user's trigger `uid` of `handler` (a run that learnt it is no longer the one to run). */
export function deleteOwnTrigger(uid: string, handler: string): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getUniqueId() === uid && t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
  }
}
