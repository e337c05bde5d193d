// Sheet formatting the store does not do: data validation rules for setup's columns.
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A drop-down list; invalid values are allowed (with a warning): staff typos are reported, never blocked or lost. */
export function listValidation(values: string[]): DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
}

export function checkboxValidation(): DataValidation {
  return SpreadsheetApp.newDataValidation().requireCheckbox().build();
}
