// The add-on's bookkeeping for one spreadsheet: which form feeds which response sheet. Kept in
// document properties; the daily trigger of an editor add-on runs with no document, so the person
// who owns that trigger also keeps a copy in their user properties, keyed by the spreadsheet.

import type { FormKind, FormRecord } from '../shared/forms';

const FORMS_KEY = 'nastavnichestvo.forms';
const userKey = (spreadsheetId: string) => `${FORMS_KEY}.${spreadsheetId}`;

export function readForms(spreadsheetId = ''): Partial<Record<FormKind, FormRecord>> {
  const doc = PropertiesService.getDocumentProperties();
  const json = doc
    ? doc.getProperty(FORMS_KEY)
    : spreadsheetId
      ? PropertiesService.getUserProperties().getProperty(userKey(spreadsheetId))
      : null;
  return json ? (JSON.parse(json) as Partial<Record<FormKind, FormRecord>>) : {};
}

export function writeForms(forms: Partial<Record<FormKind, FormRecord>>, spreadsheetId = ''): void {
  const json = JSON.stringify(forms);
  const doc = PropertiesService.getDocumentProperties();
  if (doc) doc.setProperty(FORMS_KEY, json);
  if (spreadsheetId) PropertiesService.getUserProperties().setProperty(userKey(spreadsheetId), json);
}

export function formKindOfSheet(sheetId: number): FormKind | null {
  const forms = readForms();
  for (const [kind, record] of Object.entries(forms))
    if (record && record.sheetId === sheetId) return kind as FormKind;
  return null;
}

/** A JSON value the add-on keeps in this spreadsheet's document properties (null when absent). */
export function readDocumentJson<T>(key: string): T | null {
  const json = PropertiesService.getDocumentProperties().getProperty(key);
  return json ? (JSON.parse(json) as T) : null;
}

export function writeDocumentJson(key: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(value));
}
