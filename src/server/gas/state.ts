// The add-on's bookkeeping for one spreadsheet, in document properties: which form feeds which
// response sheet. Staff never need to see it; links for people are in Настройки.

export type FormKind = 'requests' | 'mentors' | 'monitoringMentee' | 'monitoringMentor';

export interface FormRecord {
  formId: string;
  sheetId: number;
  publishedUrl: string;
}

const FORMS_KEY = 'nastavnichestvo.forms';

export function readForms(): Partial<Record<FormKind, FormRecord>> {
  const json = PropertiesService.getDocumentProperties().getProperty(FORMS_KEY);
  return json ? (JSON.parse(json) as Partial<Record<FormKind, FormRecord>>) : {};
}

export function writeForms(forms: Partial<Record<FormKind, FormRecord>>): void {
  PropertiesService.getDocumentProperties().setProperty(FORMS_KEY, JSON.stringify(forms));
}

export function formKindOfSheet(sheetId: number): FormKind | null {
  const forms = readForms();
  for (const [kind, record] of Object.entries(forms))
    if (record && record.sheetId === sheetId) return kind as FormKind;
  return null;
}
