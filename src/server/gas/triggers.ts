// The add-on's two installable triggers: onFormSubmit on the spreadsheet and the daily run.
// Triggers belong to the user who made them; getProjectTriggers() shows only one's own. So who runs
// the daily job is recorded in the spreadsheet (Настройки is read by the job itself), and only
// that person's trigger sends: two curators never send twice.
import { rememberTriggerSpreadsheet, forgetTriggerSpreadsheet } from './context';
import { readForms, writeForms } from './state';

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

/** Creates (or moves to a new hour) this user's daily trigger for the spreadsheet. */
export function ensureDailyTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  hour: number,
  timeZone: string,
): boolean {
  const { daily } = own(ss);
  const props = PropertiesService.getUserProperties();
  // The trigger will run without the document: keep this person's copy of the forms map current.
  writeForms(readForms(), ss.getId());
  const hourKey = `nastavnichestvo.dailyHour.${ss.getId()}`;
  const mine = daily.filter(
    (t) => props.getProperty(`nastavnichestvo.trigger.${t.getUniqueId()}`) === ss.getId(),
  );
  if (mine.length === 1 && props.getProperty(hourKey) === String(hour)) return false;
  for (const t of mine) {
    ScriptApp.deleteTrigger(t);
    forgetTriggerSpreadsheet(t.getUniqueId());
  }
  const trigger = ScriptApp.newTrigger(DAILY_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
  rememberTriggerSpreadsheet(trigger.getUniqueId(), ss.getId());
  props.setProperty(hourKey, String(hour));
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
  props.deleteProperty(`nastavnichestvo.dailyHour.${ss.getId()}`);
  return removed;
}

/** In an onFormSubmit run: whether this run's trigger is the one that owns intake (not a stale one of a former curator). */
export function runsAsFormTriggerOwner(): boolean {
  const owner = PropertiesService.getDocumentProperties().getProperty(FORM_OWNER_KEY) ?? '';
  const runner = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  return !owner || !runner || owner === runner;
}
