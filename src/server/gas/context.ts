// Which spreadsheet an execution works on. A time-driven trigger of an editor add-on runs with no
// active document, so the spreadsheet's id is kept in user properties, keyed by the trigger's id.
import { UserError } from '../shared/errors';

const TRIGGER_KEY = 'nastavnichestvo.trigger.';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new UserError('Откройте таблицу наставничества и запустите действие из неё.');
  return ss;
}

export function rememberTriggerSpreadsheet(triggerUid: string, spreadsheetId: string): void {
  PropertiesService.getUserProperties().setProperty(TRIGGER_KEY + triggerUid, spreadsheetId);
}

export function forgetTriggerSpreadsheet(triggerUid: string): void {
  PropertiesService.getUserProperties().deleteProperty(TRIGGER_KEY + triggerUid);
}

export function spreadsheetOfTrigger(triggerUid: string): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const id = PropertiesService.getUserProperties().getProperty(TRIGGER_KEY + triggerUid);
  return id ? SpreadsheetApp.openById(id) : null;
}

export function openSpreadsheet(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.openById(id);
}

/** The active spreadsheet, or null in a time-driven trigger (no document open). */
export function activeSpreadsheetOrNull(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  return SpreadsheetApp.getActiveSpreadsheet();
}
