// Creates the add-on's Google Forms from plain definitions and sends their responses into this
// spreadsheet: an add-on can set triggers only on its own file, so one onFormSubmit trigger on the
// spreadsheet serves every form, told apart by the response sheet.

import type { FormDef, FormItemDef } from '../shared/forms';

/**
 * Publishing (Form.setPublished / isPublished) is newer than @types/google-apps-script. Forms created
 * after 30 June 2026 start unpublished and take no answers until published (APPS_SCRIPT_NOTES.md).
 */
type PublishableForm = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form;
  isPublished(): boolean;
};

/**
 * Email collection types (Form.setEmailCollectionType, FormApp.EmailCollectionType) are newer than
 * @types/google-apps-script.
 */
type EmailCollection = 'VERIFIED' | 'RESPONDER_INPUT' | 'DO_NOT_COLLECT';
type CollectingForm = GoogleAppsScript.Forms.Form & { setEmailCollectionType(type: unknown): unknown };

function collectEmails(form: GoogleAppsScript.Forms.Form, type: EmailCollection): void {
  const types = (FormApp as unknown as { EmailCollectionType: Record<EmailCollection, unknown> })
    .EmailCollectionType;
  (form as CollectingForm).setEmailCollectionType(types[type]);
}

export interface CreatedForm {
  formId: string;
  editUrl: string;
  publishedUrl: string;
  sheetId: number;
  sheetName: string;
}

export function createForm(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  def: FormDef,
  sheetName: string,
): CreatedForm {
  const form = FormApp.create(def.title);
  form.setDescription(def.description);
  if (def.confirmation) form.setConfirmationMessage(def.confirmation);
  form.setAllowResponseEdits(false);
  if (def.verifiedEmail) collectEmails(form, 'VERIFIED');
  for (const item of def.items) addItem(form, item);
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  const sheet = ss.getSheets().find((s) => !before.has(s.getSheetId()));
  if (!sheet) throw new Error(`The response sheet of «${def.title}» did not appear`);
  if (!ss.getSheetByName(sheetName)) sheet.setName(sheetName);
  // Publishing also opens the form for responses.
  (form as PublishableForm).setPublished(true);
  return {
    formId: form.getId(),
    editUrl: form.getEditUrl(),
    publishedUrl: form.getPublishedUrl(),
    sheetId: sheet.getSheetId(),
    sheetName: sheet.getName(),
  };
}

function addItem(form: GoogleAppsScript.Forms.Form, item: FormItemDef): void {
  switch (item.kind) {
    case 'section':
      form
        .addSectionHeaderItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '');
      return;
    case 'text':
      form
        .addTextItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setRequired(!!item.required);
      return;
    case 'paragraph':
      form
        .addParagraphTextItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setRequired(!!item.required);
      return;
    case 'date':
      form
        .addDateItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setRequired(!!item.required);
      return;
    case 'choice':
      form
        .addMultipleChoiceItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setChoiceValues(item.choices)
        .setRequired(!!item.required);
      return;
    case 'checkbox':
      form
        .addCheckboxItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setChoiceValues(item.choices)
        .setRequired(!!item.required);
      return;
    case 'list':
      form
        .addListItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setChoiceValues(item.choices)
        .setRequired(!!item.required);
      return;
    case 'scale': {
      const scale = form
        .addScaleItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setBounds(item.low, item.high);
      if (item.lowLabel || item.highLabel) scale.setLabels(item.lowLabel ?? '', item.highLabel ?? '');
      scale.setRequired(!!item.required);
      return;
    }
  }
}

/** Whether a form recorded earlier still exists (staff may have deleted it). */
export function formExists(formId: string): boolean {
  try {
    FormApp.openById(formId);
    return true;
  } catch (_e) {
    return false;
  }
}

export interface FormPublishing {
  title: string;
  /** Published before; republished now; or unpublished and this user may not publish it. */
  state: 'published' | 'republished' | 'failed';
}

/**
 * Publishes a recorded form that is unpublished (made after the switch by an older version, or
 * unpublished by someone): such a form takes no answers. Null when the form is gone.
 */
export function ensurePublished(formId: string): FormPublishing | null {
  let form: PublishableForm;
  try {
    form = FormApp.openById(formId) as PublishableForm;
  } catch (_e) {
    return null;
  }
  const title = form.getTitle();
  if (form.isPublished()) return { title, state: 'published' };
  try {
    form.setPublished(true);
    return { title, state: 'republished' };
  } catch (_e) {
    return { title, state: 'failed' };
  }
}

/** The name of the response sheet a form feeds, found by its id (staff may rename it). */
export function responseSheetName(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetId: number,
): string | null {
  return (
    ss
      .getSheets()
      .find((s) => s.getSheetId() === sheetId)
      ?.getName() ?? null
  );
}

/** Keeps the checkbox of topics in step with the Темы sheet. */
export function updateChoices(formId: string, title: string, choices: string[]): void {
  const form = FormApp.openById(formId);
  const item = form.getItems().find((i) => i.getTitle() === title);
  if (!item) return;
  if (item.getType() === FormApp.ItemType.CHECKBOX) item.asCheckboxItem().setChoiceValues(choices);
  else if (item.getType() === FormApp.ItemType.MULTIPLE_CHOICE)
    item.asMultipleChoiceItem().setChoiceValues(choices);
}

/**
 * Brings a recorded form's email collection in step with the setting: VERIFIED, or none (the
 * address typed in `typedItem`, added if the form lacks it). A verified form drops the typed item
 * when it has one (Google's own column then holds the address). Null when the form is gone.
 */
export function setVerifiedEmail(
  formId: string,
  verified: boolean,
  typedItem: { title: string; help?: string; keepWhenVerified: boolean } | null,
): boolean | null {
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openById(formId);
  } catch (_e) {
    return null;
  }
  collectEmails(form, verified ? 'VERIFIED' : 'DO_NOT_COLLECT');
  if (!typedItem) return true;
  const item = form.getItems().find((i) => i.getTitle() === typedItem.title);
  if (verified && item && !typedItem.keepWhenVerified) form.deleteItem(item);
  if (!verified && !item) {
    form
      .addTextItem()
      .setTitle(typedItem.title)
      .setHelpText(typedItem.help ?? '')
      .setRequired(true);
    form.moveItem(form.getItems().length - 1, 1);
  }
  return true;
}

/**
 * A pre-filled link made by Forms itself: each text question titled as in `answers` (`sameTitle`
 * compares titles) answered with its value. When the form lacks any of them: the form's title, to
 * name it in the message.
 */
export function prefilledUrl(
  formId: string,
  answers: [title: string, value: string][],
  sameTitle: (a: string, b: string) => boolean,
): { url: string } | { missingIn: string } {
  const form = FormApp.openById(formId);
  const items = form.getItems();
  const found = answers.map(([title, value]) => ({
    item: items.find((i) => sameTitle(i.getTitle(), title)),
    value,
  }));
  if (found.some((f) => !f.item)) return { missingIn: form.getTitle() };
  let response = form.createResponse();
  for (const { item, value } of found)
    response = response.withItemResponse(item!.asTextItem().createResponse(value));
  return { url: response.toPrefilledUrl() };
}
