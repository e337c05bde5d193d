// The sheet a new spreadsheet starts with («Лист1», «Sheet1» in English): once setup has made the
// add-on's sheets, an empty one is only in the way, so setup deletes it (issue #17). A sheet a
// person typed anything into, renamed, or that is the only one, stays.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The names Sheets gives the first sheet of a new spreadsheet, in the locales a school may use. */
const DEFAULT_NAME = /^(Лист|Sheet|Аркуш|Парак)\d+$/;

/** Deletes the empty default sheets setup left; returns their names. */
export function removeBlankDefaultSheets(ss: Spreadsheet): string[] {
  const sheets = ss.getSheets();
  const removed: string[] = [];
  for (const sheet of sheets) {
    if (sheets.length - removed.length <= 1) break;
    const name = sheet.getName();
    if (!DEFAULT_NAME.test(name)) continue;
    if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) continue;
    ss.deleteSheet(sheet);
    removed.push(name);
  }
  return removed;
}
