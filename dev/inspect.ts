// Reading the add-on's state on an emulated Workspace, as tests, the bench and the browser tests
// need it: which form is which, and a sheet's rows by header. Nothing here is counted as a call.
import type { Workspace } from 'apps-script-emulator';

export interface FormRecord {
  formId: string;
  sheetId: number;
  publishedUrl: string;
}

/** The add-on's map of its forms (document properties of the active spreadsheet). */
export function formIds(ws: Workspace): Record<string, FormRecord> {
  return ws.calls.quietly(() => {
    const globals = ws.globals() as { PropertiesService: GoogleAppsScript.Properties.PropertiesService };
    const json = globals.PropertiesService.getDocumentProperties().getProperty('nastavnichestvo.forms');
    return json ? (JSON.parse(json) as Record<string, FormRecord>) : {};
  });
}

/** A sheet's values: the header row and the rows below it. */
export function sheetValues(
  ws: Workspace,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): unknown[][] {
  return ws.calls.quietly(() => {
    const sheet = ss.getSheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.getDataRange().getValues();
  });
}

/** Non-empty rows of a sheet as objects keyed by header. */
export function sheetRecords(
  ws: Workspace,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): Array<Record<string, unknown>> {
  const [header, ...rows] = sheetValues(ws, ss, name);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
