// Dates in a spreadsheet's time zone (no Intl at run time: Utilities.formatDate is Apps Script's own).
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  return Utilities.formatDate(date, timeZone, pattern);
}

/** Today in the spreadsheet's time zone, yyyy-mm-dd. */
export function today(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** Now in the spreadsheet's time zone, as the sheets show it: dd.MM.yyyy HH:mm. */
export function stamp(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'dd.MM.yyyy HH:mm');
}
