// FormApp: forms with items, responses, prefilled links and a spreadsheet destination that gets a
// response sheet like Google's. `submit()` answers a form as a teacher would and fires the
// installable form-submit triggers of the destination spreadsheet with a Google-shaped event.
// FormApp, Form, the items (forms/items.ts), FormResponse and ItemResponse are checked against the
// official interfaces (surface.ts).
import { emulated, NotEmulatedError } from './core';
import type { Workspace, ServiceModule } from './index';
import { makeEnum, enumMember, type EnumValue } from './script/enums';
import { AuthMode, type TriggerData } from './script';
import { zonedParts } from './script/time';
import { idFromUrl } from './docs';
import { conform, type Conformant } from './surface';
import {
  type ItemClasses,
  type ItemData,
  type ItemTypeName,
  type ItemHost,
  ItemType,
  answerFor,
  wrapItem,
} from './forms/items';

export { ItemType } from './forms/items';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type FormResponse = GoogleAppsScript.Forms.FormResponse;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;
type User = GoogleAppsScript.Base.User;

/** An emulated enum member (an EnumValue) as the official enum type it stands for. */
function officialEnum<T>(value: EnumValue): T {
  return value as unknown as T;
}

export const DestinationType = makeEnum('DestinationType', ['SPREADSHEET'] as const);

/**
 * developers.google.com/apps-script/reference/forms/email-collection-type: how a form collects the
 * respondent's address (the Forms API's FormSettings.emailCollectionType has the same values).
 */
export const EmailCollectionType = makeEnum('EmailCollectionType', [
  'DO_NOT_COLLECT',
  'VERIFIED',
  'RESPONDER_INPUT',
] as const);
type EmailCollection = 'DO_NOT_COLLECT' | 'VERIFIED' | 'RESPONDER_INPUT';

/**
 * Forms created through the API "after June 30, 2026" start unpublished and take no responses until
 * published; before, they start published (developers.google.com/workspace/forms/api/guides/
 * api-changes-to-google-forms). The instant and zone of the switch are not given (check: the start
 * of 1 July 2026, UTC).
 */
export const UNPUBLISHED_FROM = Date.UTC(2026, 6, 1);

// Google's message for a form id it cannot open (check).
const MISSING = 'No item with the given ID could be found. Or you do not have permission to access it.';

/** Response-sheet wording by spreadsheet locale (check: Google's ru_RU and en names). */
const SHEET_TEXT: Record<string, { sheet: string; timestamp: string; email: string }> = {
  ru: { sheet: 'Ответы на форму', timestamp: 'Отметка времени', email: 'Адрес электронной почты' },
  en: { sheet: 'Form Responses', timestamp: 'Timestamp', email: 'Email Address' },
};

interface ResponseData {
  id: string;
  timestamp: number;
  /** The respondent's address as the form collected it ('' when it collects none). */
  email: string;
  /** The signed-in account that answered (Node-side submit), for one-response-per-user. */
  account?: string;
  answers: { itemId: number; value: string | string[] }[];
}

interface Destination {
  spreadsheetId: string;
  sheetId: number | null;
  sheetName: string;
  /** The header of each column after the timestamp (and email): item ids or 'email'. */
  columns: (number | 'email')[];
}

interface FormData {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  emailCollection: EmailCollection;
  confirmation: string;
  allowEdits: boolean;
  limitOne: boolean;
  /** Published (visible to respondents); an unpublished form takes no responses. */
  published: boolean;
  /** The accepting-responses setting; it counts only while the form is published. */
  accepting: boolean;
  progressBar: boolean;
  flags: Record<string, boolean>;
  items: ItemData[];
  responses: ResponseData[];
  destination: Destination | null;
}

interface FormsState {
  forms: FormData[];
  nextItem: number;
}

export interface SubmitOptions {
  /** The address the respondent types (a form collecting RESPONDER_INPUT records it). */
  email?: string;
  /** The respondent's signed-in Google account (a form collecting VERIFIED records it). */
  account?: string;
}

/** The spreadsheet form-submit event (developers.google.com/apps-script/guides/triggers/events#form-submit). */
export interface SpreadsheetSubmitEvent {
  authMode: unknown;
  range: GoogleAppsScript.Spreadsheet.Range;
  source: GoogleAppsScript.Spreadsheet.Spreadsheet;
  triggerUid: string;
  values: string[];
  namedValues: Record<string, string[]>;
}

export class FormsService implements ServiceModule {
  private forms = new Map<string, FormData>();
  private nextItem = 1;
  /** The spreadsheet and form behind each event handed out, for redeliver(). */
  private eventOrigin = new WeakMap<object, { spreadsheetId: string }>();

  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    // Only the form's editors may open it (access.ts) (check).
    const openById = (id: string): Form =>
      this.ws.driveApp.access.openChecked(String(id), 'editor', MISSING, (i) => this.open(i));
    // FormApp.EmailCollectionType (reference/forms/email-collection-type) and ItemType.RATING
    // (reference/forms/item-type) are newer than the typings.
    const app = conform<GoogleAppsScript.Forms.FormApp, 'EmailCollectionType' | 'ItemType.RATING'>()({
      DestinationType,
      EmailCollectionType,
      ItemType,
      create: (title: string) => this.create(String(title)),
      openById,
      openByUrl: (url: string) => openById(this.idFromAnyUrl(String(url))),
      getActiveForm: (): Form | null => null,
    });
    return { FormApp: emulated('FormApp', app, this.ws.calls) };
  }

  create(title: string): Form {
    const entry = this.ws.addDriveEntry('form', title, [this.ws.driveApp.rootId()]);
    this.forms.set(entry.id, this.blank(entry.id, title));
    return this.open(entry.id);
  }

  private blank(id: string, title: string): FormData {
    return {
      id,
      publishedId: this.ws.ids.id('1FAIpQLS'),
      title,
      description: '',
      emailCollection: 'DO_NOT_COLLECT',
      confirmation: '',
      allowEdits: false,
      limitOne: false,
      published: this.ws.clock.nowMillis() < UNPUBLISHED_FROM,
      accepting: true,
      progressBar: false,
      flags: {},
      items: [],
      responses: [],
      destination: null,
    };
  }

  /**
   * DriveApp's makeCopy: an independent form with the same items, no responses, no destination.
   * A copy is a new form: published or not by the date, like FormApp.create (check).
   */
  copyInto(sourceId: string, targetId: string): void {
    const source = this.data(sourceId);
    const copy = this.blank(targetId, source.title);
    Object.assign(copy, {
      description: source.description,
      emailCollection: source.emailCollection,
      confirmation: source.confirmation,
      allowEdits: source.allowEdits,
      limitOne: source.limitOne,
      accepting: source.accepting,
      progressBar: source.progressBar,
      flags: { ...source.flags },
      items: source.items.map((i) => ({
        ...i,
        id: this.itemId(),
        entryId: this.itemId(),
        choices: i.choices && [...i.choices],
      })),
    });
    this.forms.set(targetId, copy);
  }

  private idFromAnyUrl(url: string): string {
    const published = /\/forms\/d\/e\/([A-Za-z0-9_-]+)/.exec(url);
    if (published) {
      const form = [...this.forms.values()].find((f) => f.publishedId === published[1]);
      if (!form) throw new Error(MISSING);
      return form.id;
    }
    return idFromUrl(url);
  }

  private itemId(): number {
    // Item ids are large integers on Google; these are stable per Workspace.
    return 100_000_000 + this.nextItem++ * 7919;
  }

  data(id: string): FormData {
    const form = this.forms.get(id);
    const entry = this.ws.drive.get(id);
    if (!form || !entry || entry.trashed) throw new Error(MISSING);
    return form;
  }

  open(id: string): Form {
    const form = this.data(id);
    const inst = new FormObject(this, this.ws, form);
    const proxy = emulated('Form', inst, this.ws.calls) as unknown as Form;
    inst._self = proxy;
    return proxy;
  }

  host(form: FormData): ItemHost {
    return {
      log: this.ws.calls,
      items: () => form.items,
      changed: (item) => this.itemChanged(form, item),
      itemResponse: (item, answer) => this.itemResponse(form, item, answer),
    };
  }

  itemResponse(form: FormData, item: ItemData, answer: string | string[]): ItemResponse {
    return emulated(
      'ItemResponse',
      conform<ItemResponse>()({
        _itemId: item.id,
        _answer: answer,
        getItem: () => wrapItem(this.host(form), item),
        getResponse: () => (Array.isArray(answer) ? [...answer] : answer),
      }),
      this.ws.calls,
    ) as unknown as ItemResponse;
  }

  /** A FormResponse over a stored (or, for createResponse(), a pending) response. */
  formResponse(form: FormData, response: ResponseData, pending: boolean): FormResponse {
    const self = conform<FormResponse>()({
      _response: response,
      getId: () => (pending ? null : response.id),
      getTimestamp: () => (pending ? null : new Date(response.timestamp)),
      // form-response#getRespondentEmail(): the address, where the form collects one.
      getRespondentEmail: () => response.email,
      getItemResponses: () =>
        response.answers
          .map((a) => ({ a, item: form.items.find((i) => i.id === a.itemId) }))
          .filter((x): x is { a: (typeof response.answers)[number]; item: ItemData } => x.item !== undefined)
          .map(({ a, item }) => this.itemResponse(form, item, a.value)),
      getResponseForItem: (item: Item) => {
        const id = item.getId();
        const a = response.answers.find((x) => x.itemId === id);
        const stored = form.items.find((i) => i.id === id);
        return a && stored ? this.itemResponse(form, stored, a.value) : null;
      },
      getEditResponseUrl: () =>
        `https://docs.google.com/forms/d/e/${form.publishedId}/viewform?edit2=${response.id}`,
      withItemResponse: (itemResponse: ItemResponse) => {
        const r = itemResponse as unknown as { _itemId: number; _answer: string | string[] };
        response.answers = response.answers.filter((a) => a.itemId !== r._itemId);
        response.answers.push({ itemId: r._itemId, value: r._answer });
        return proxy;
      },
      toPrefilledUrl: () => this.prefilledUrl(form, response),
      submit: () => {
        // A script's submit() records the response but fires no form-submit trigger
        // (APPS_SCRIPT_NOTES.md, "Triggers").
        const stored = this.record(form, response.answers, response.email);
        return this.formResponse(form, stored.response, false);
      },
    });
    const proxy = emulated('FormResponse', self, this.ws.calls) as unknown as FormResponse;
    return proxy;
  }

  private prefilledUrl(form: FormData, response: ResponseData): string {
    // Google encodes spaces as '+' in prefilled links (check).
    const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
    const ordered = form.items.flatMap((item) => {
      const a = response.answers.find((x) => x.itemId === item.id);
      if (!a) return [];
      const values = Array.isArray(a.value) ? a.value : [a.value];
      return values.map((v) => `entry.${item.entryId}=${encode(v)}`);
    });
    return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform?usp=pp_url${ordered.map((p) => `&${p}`).join('')}`;
  }

  addItem<T extends ItemTypeName>(form: FormData, type: T): ItemClasses[T] {
    const item: ItemData = {
      id: this.itemId(),
      entryId: this.itemId(),
      type,
      title: '',
      helpText: '',
      required: false,
      ...(type === 'SCALE' ? { lower: 1, upper: 5 } : {}),
    };
    form.items.push(item);
    if (form.destination && type !== 'SECTION_HEADER') this.appendColumn(form, item.id);
    return wrapItem(this.host(form), item, type);
  }

  private itemChanged(form: FormData, item: ItemData): void {
    // A renamed question renames its column in the response sheet (check).
    const dest = form.destination;
    if (!dest || !dest.columns.includes(item.id)) return;
    this.quiet(() => {
      const sheet = this.responseSheet(dest);
      if (!sheet) return;
      const col = 2 + dest.columns.indexOf(item.id);
      sheet.getRange(1, col).setValue(item.title);
    });
  }

  // --- the destination spreadsheet, through SpreadsheetApp's own API ---

  private quiet<T>(fn: () => T): T {
    return this.ws.calls.quietly(fn);
  }

  private spreadsheetApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    return this.ws.sheets.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }

  private openSpreadsheet(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheetApp().openById(id);
  }

  private texts(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
    sheet: string;
    timestamp: string;
    email: string;
    locale: string;
  } {
    let locale = 'en_US';
    try {
      locale = ss.getSpreadsheetLocale() || locale;
    } catch (e) {
      if (!(e instanceof NotEmulatedError)) throw e;
    }
    return { ...(SHEET_TEXT[locale.slice(0, 2)] ?? SHEET_TEXT.en), locale };
  }

  private responseSheet(dest: Destination): GoogleAppsScript.Spreadsheet.Sheet | null {
    const ss = this.openSpreadsheet(dest.spreadsheetId);
    if (dest.sheetId !== null) {
      const byId = ss.getSheets().find((s) => s.getSheetId() === dest.sheetId);
      if (byId) return byId;
    }
    return ss.getSheetByName(dest.sheetName);
  }

  setDestination(form: FormData, type: unknown, spreadsheetId: string): void {
    if (enumMember(DestinationType, type) !== DestinationType.SPREADSHEET)
      throw new Error('Invalid argument: type');
    this.quiet(() => {
      const ss = this.openSpreadsheet(spreadsheetId);
      const t = this.texts(ss);
      let n = 1;
      while (ss.getSheetByName(`${t.sheet} (${n})`)) n++;
      // The response sheet goes first, before the existing sheets (check).
      const sheet = ss.insertSheet(`${t.sheet} (${n})`, 0);
      const columns: (number | 'email')[] = [
        ...(form.emailCollection !== 'DO_NOT_COLLECT' ? (['email'] as const) : []),
        ...form.items.filter((i) => i.type !== 'SECTION_HEADER').map((i) => i.id),
      ];
      const dest: Destination = {
        spreadsheetId,
        sheetId: sheet.getSheetId(),
        sheetName: sheet.getName(),
        columns,
      };
      const header = [t.timestamp, ...columns.map((c) => this.header(form, c, t.email))];
      sheet.getRange(1, 1, 1, header.length).setValues([header]);
      form.destination = dest;
    });
  }

  private header(form: FormData, column: number | 'email', emailHeader: string): string {
    if (column === 'email') return emailHeader;
    return form.items.find((i) => i.id === column)?.title ?? '';
  }

  private appendColumn(form: FormData, itemId: number): void {
    const dest = form.destination as Destination;
    dest.columns.push(itemId);
    this.quiet(() => {
      const sheet = this.responseSheet(dest);
      if (!sheet) return;
      const item = form.items.find((i) => i.id === itemId);
      sheet.getRange(1, 1 + dest.columns.length).setValue(item?.title ?? '');
    });
  }

  /**
   * A form that starts collecting addresses while linked gets the email column in its response
   * sheet, second after the timestamp as in a sheet linked to a collecting form (check).
   */
  emailCollectionChanged(form: FormData): void {
    const dest = form.destination;
    if (!dest || form.emailCollection === 'DO_NOT_COLLECT' || dest.columns.includes('email')) return;
    dest.columns.unshift('email');
    this.quiet(() => {
      const sheet = this.responseSheet(dest);
      if (!sheet) return;
      sheet.insertColumnBefore(2);
      sheet.getRange(1, 2).setValue(this.texts(sheet.getParent()).email);
    });
  }

  /** Stores a response and writes its row to the destination sheet; returns the row's range. */
  private record(
    form: FormData,
    answers: ResponseData['answers'],
    email: string,
    account = '',
  ): { response: ResponseData; range: GoogleAppsScript.Spreadsheet.Range | null; row: unknown[] } {
    const response: ResponseData = {
      id: `2_ABaOnu${this.ws.ids.id('').slice(-20)}`,
      timestamp: this.ws.clock.nowMillis(),
      email,
      ...(account ? { account } : {}),
      answers: answers.map((a) => ({ ...a })),
    };
    form.responses.push(response);
    const dest = form.destination;
    if (!dest) return { response, range: null, row: [] };
    const row: unknown[] = [new Date(response.timestamp)];
    for (const column of dest.columns) {
      if (column === 'email') {
        row.push(email);
        continue;
      }
      const item = form.items.find((i) => i.id === column);
      const a = answers.find((x) => x.itemId === column);
      if (!item || !a) {
        row.push('');
      } else if (Array.isArray(a.value)) {
        // Checkbox answers land joined with ", " (check).
        row.push(a.value.join(', '));
      } else if (item.type === 'SCALE') {
        row.push(Number(a.value));
      } else {
        row.push(a.value);
      }
    }
    const range = this.quiet(() => {
      const sheet = this.responseSheet(dest);
      if (!sheet) throw new Error(`The response sheet of form ${form.id} is gone`);
      sheet.appendRow(row.map((v) => (typeof v === 'string' ? asAnswerText(v) : v)));
      return sheet.getRange(sheet.getLastRow(), 1, 1, row.length);
    });
    return { response, range, row };
  }

  /**
   * Answers a form as a respondent: validates like the form, stores the response, appends the row
   * to the destination sheet, and fires the spreadsheet's (and the form's) installable
   * onFormSubmit triggers. Returns the spreadsheet event; a form without a destination is refused,
   * and so is an unpublished form (it takes no responses until published). `opts.email` is what
   * the respondent types where the form asks for it (RESPONDER_INPUT); `opts.account` is the
   * signed-in account a VERIFIED form records.
   */
  submit(
    formId: string,
    answers: Record<string, string | string[] | number>,
    opts: SubmitOptions = {},
  ): SpreadsheetSubmitEvent {
    const form = this.data(formId);
    // Every form the add-on makes sends its responses to the spreadsheet (APPS_SCRIPT_NOTES.md).
    if (!form.destination)
      throw new Error(`Form "${form.title}" has no spreadsheet destination to submit to`);
    // guides/api-changes-to-google-forms: an unpublished form "won't receive responses"; the
    // wording of the refusal is ours (check).
    if (!form.published)
      throw new Error(`Form "${form.title}" is not published: it takes no responses until it is published`);
    if (!form.accepting) throw new Error(`Form "${form.title}" is not accepting responses`);
    const account = (opts.account ?? '').trim();
    const email = this.respondentEmail(form, (opts.email ?? '').trim(), account);
    const who = (account || email).toLowerCase();
    if (form.limitOne && who && form.responses.some((r) => (r.account ?? r.email).toLowerCase() === who)) {
      throw new Error(`${account || email} has already answered form "${form.title}"`);
    }
    const byTitle = new Map(form.items.map((i) => [i.title, i]));
    for (const title of Object.keys(answers)) {
      if (!byTitle.has(title)) throw new Error(`Form "${form.title}" has no question "${title}"`);
    }
    const stored: ResponseData['answers'] = [];
    for (const item of form.items) {
      if (item.type === 'SECTION_HEADER') continue;
      const value = answers[item.title];
      const blank = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      if (blank) {
        if (item.required) throw new Error(`Question "${item.title}" is required`);
        continue;
      }
      stored.push({ itemId: item.id, value: answerFor(item, value) });
    }
    const { response, range, row } = this.record(form, stored, email, account);
    for (const t of this.ws.script.triggersFor('FORMS', form.id, 'ON_FORM_SUBMIT')) {
      const event = {
        authMode: AuthMode.FULL,
        response: this.formResponse(form, response, false),
        source: this.open(form.id),
        triggerUid: t.id,
      };
      this.ws.script.runTrigger(t, event, null);
    }
    if (!form.destination || !range) throw new Error(`The response of form "${form.title}" found no sheet`);
    const event = this.spreadsheetEvent(form.destination, range, row);
    this.fire(event);
    return event;
  }

  /**
   * The address a response records: VERIFIED takes the signed-in account, RESPONDER_INPUT what the
   * respondent typed, DO_NOT_COLLECT none (form-response#getRespondentEmail(); the wording of the
   * refusals is ours).
   */
  private respondentEmail(form: FormData, typed: string, account: string): string {
    const valid = (e: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e);
    switch (form.emailCollection) {
      case 'VERIFIED':
        if (!valid(account))
          throw new Error(
            `Form "${form.title}" collects verified emails: the respondent must be signed in (submit with an account)`,
          );
        return account;
      case 'RESPONDER_INPUT':
        if (!valid(typed)) throw new Error(`Form "${form.title}" collects emails: a valid email is required`);
        return typed;
      default:
        return '';
    }
  }

  private spreadsheetEvent(
    dest: Destination,
    range: GoogleAppsScript.Spreadsheet.Range,
    row: unknown[],
  ): SpreadsheetSubmitEvent {
    const ss = this.quiet(() => this.openSpreadsheet(dest.spreadsheetId));
    const headers = this.quiet(() => {
      const sheet = range.getSheet();
      return sheet.getRange(1, 1, 1, row.length).getValues()[0].map(String);
    });
    const timeZone = this.quiet(() => {
      try {
        return ss.getSpreadsheetTimeZone() || this.ws.timeZone;
      } catch (e) {
        if (!(e instanceof NotEmulatedError)) throw e;
        return this.ws.timeZone;
      }
    });
    const locale = this.quiet(() => this.texts(ss).locale);
    const values = row.map((v) => (v instanceof Date ? formatTimestamp(v, timeZone, locale) : String(v)));
    const namedValues: Record<string, string[]> = {};
    headers.forEach((h, i) => {
      namedValues[h] = [values[i] ?? ''];
    });
    const event: SpreadsheetSubmitEvent = {
      authMode: AuthMode.FULL,
      range,
      source: ss,
      triggerUid: '',
      values,
      namedValues,
    };
    this.eventOrigin.set(event, { spreadsheetId: dest.spreadsheetId });
    return event;
  }

  /** Fires every spreadsheet onFormSubmit trigger with `event`, each with its own triggerUid. */
  private fire(event: SpreadsheetSubmitEvent): void {
    const origin = this.eventOrigin.get(event);
    if (!origin) throw new Error('redeliver: not an event from this emulator');
    const triggers: TriggerData[] = this.ws.script.triggersFor(
      'SPREADSHEETS',
      origin.spreadsheetId,
      'ON_FORM_SUBMIT',
    );
    for (const t of triggers) {
      event.triggerUid = t.id;
      this.ws.script.runTrigger(t, event, origin.spreadsheetId);
    }
  }

  /** Delivers the same event again, as Google sometimes does. */
  redeliver(event: SpreadsheetSubmitEvent): SpreadsheetSubmitEvent {
    this.fire(event);
    return event;
  }

  /**
   * Delivers an event like `event` whose values are all blank (reported by the community: the
   * range points at the row, values and namedValues are empty strings).
   */
  deliverBlank(event: SpreadsheetSubmitEvent): SpreadsheetSubmitEvent {
    const origin = this.eventOrigin.get(event);
    if (!origin) throw new Error('deliverBlank: not an event from this emulator');
    const namedValues: Record<string, string[]> = {};
    for (const key of Object.keys(event.namedValues)) namedValues[key] = [''];
    const blank: SpreadsheetSubmitEvent = { ...event, values: event.values.map(() => ''), namedValues };
    this.eventOrigin.set(blank, origin);
    this.fire(blank);
    return blank;
  }

  /** Stored responses of a form (Node-side, for tests). */
  responses(
    formId: string,
  ): { email: string; timestamp: string; answers: Record<string, string | string[]> }[] {
    const form = this.data(formId);
    return form.responses.map((r) => ({
      email: r.email,
      timestamp: new Date(r.timestamp).toISOString(),
      answers: Object.fromEntries(
        r.answers.map((a) => [form.items.find((i) => i.id === a.itemId)?.title ?? String(a.itemId), a.value]),
      ),
    }));
  }

  toState(): FormsState {
    return { forms: [...this.forms.values()], nextItem: this.nextItem };
  }

  loadState(state: unknown): void {
    const s = state as Partial<FormsState>;
    this.forms.clear();
    for (const f of s.forms ?? []) this.forms.set(f.id, upgrade(f));
    this.nextItem = s.nextItem ?? 1;
  }
}

/**
 * A saved form from before publishing and email-collection types: published (it was made before
 * the switch, or the emulator did not model it), and collectEmail as typed addresses.
 */
function upgrade(saved: FormData & { collectEmail?: boolean }): FormData {
  const { collectEmail, ...form } = saved;
  return {
    ...form,
    published: form.published ?? true,
    emailCollection: form.emailCollection ?? (collectEmail ? 'RESPONDER_INPUT' : 'DO_NOT_COLLECT'),
  };
}

/**
 * Forms stores an answer as text, never as a formula (check): through the Sheets API that takes a
 * leading apostrophe, which the cell does not show.
 */
function asAnswerText(answer: string): string {
  return /^[=+\-@]/.test(answer) ? `'${answer}` : answer;
}

/** The timestamp as the response sheet displays it: ru "dd.MM.yyyy H:mm:ss", en "M/d/yyyy H:mm:ss" (check). */
function formatTimestamp(date: Date, timeZone: string, locale: string): string {
  const p = zonedParts(date.getTime(), timeZone);
  const time = `${p.hour}:${String(p.minute).padStart(2, '0')}:${String(p.second).padStart(2, '0')}`;
  if (locale.startsWith('ru')) {
    return `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}.${p.year} ${time}`;
  }
  return `${p.month}/${p.day}/${p.year} ${time}`;
}

/**
 * Form. setPublished, isPublished, supportsAdvancedResponderPermissions and the email collection
 * type (reference/forms/form) are newer than the typings.
 */
class FormObject implements Conformant<
  FormObject,
  Form,
  | 'setPublished'
  | 'isPublished'
  | 'supportsAdvancedResponderPermissions'
  | 'setEmailCollectionType'
  | 'getEmailCollectionType'
> {
  _self: Form = null as unknown as Form;

  constructor(
    private readonly _svc: FormsService,
    private readonly _ws: Workspace,
    private readonly _form: FormData,
  ) {}

  _set<K extends keyof FormData>(key: K, value: FormData[K]): Form {
    this._form[key] = value;
    return this._self;
  }

  getId(): string {
    return this._form.id;
  }

  getTitle(): string {
    return this._form.title;
  }

  setTitle(title: string): Form {
    return this._set('title', String(title));
  }

  getDescription(): string {
    return this._form.description;
  }

  setDescription(description: string): Form {
    return this._set('description', String(description));
  }

  // form#setCollectEmail(Boolean): on, a form that collects nothing yet asks respondents to type
  // their address (check: the reference does not say which collection type it picks).
  setCollectEmail(collect: boolean): Form {
    if (!collect) return this._collect('DO_NOT_COLLECT');
    return this._form.emailCollection === 'DO_NOT_COLLECT' ? this._collect('RESPONDER_INPUT') : this._self;
  }

  collectsEmail(): boolean {
    return this._form.emailCollection !== 'DO_NOT_COLLECT';
  }

  // reference/forms/email-collection-type
  setEmailCollectionType(type: unknown): Form {
    const member = enumMember(EmailCollectionType, type);
    if (!member) throw new Error('Invalid argument: emailCollectionType');
    return this._collect(member.name() as EmailCollection);
  }

  getEmailCollectionType(): EnumValue {
    return EmailCollectionType[this._form.emailCollection];
  }

  _collect(type: EmailCollection): Form {
    this._form.emailCollection = type;
    this._svc.emailCollectionChanged(this._form);
    return this._self;
  }

  setConfirmationMessage(message: string): Form {
    return this._set('confirmation', String(message));
  }

  getConfirmationMessage(): string {
    return this._form.confirmation;
  }

  setAllowResponseEdits(enabled: boolean): Form {
    return this._set('allowEdits', Boolean(enabled));
  }

  canEditResponse(): boolean {
    return this._form.allowEdits;
  }

  setLimitOneResponsePerUser(enabled: boolean): Form {
    return this._set('limitOne', Boolean(enabled));
  }

  hasLimitOneResponsePerUser(): boolean {
    return this._form.limitOne;
  }

  setAcceptingResponses(enabled: boolean): Form {
    // Forms API PublishState: accepting responses while unpublished "isn't supported and returns an
    // error"; Apps Script's wording is not documented (check).
    if (enabled && !this._form.published)
      throw new Error('An unpublished form cannot accept responses. Publish the form first.');
    return this._set('accepting', Boolean(enabled));
  }

  // form#isAcceptingResponses(): false while unpublished (PublishState.isAcceptingResponses "is
  // forced to false" when the form is not published).
  isAcceptingResponses(): boolean {
    return this._form.published && this._form.accepting;
  }

  // form#setPublished(Boolean), guides/publish-form: publishing "also enables accepting
  // responses"; unpublishing "automatically stops it from accepting responses".
  setPublished(enabled: boolean): Form {
    this._form.published = Boolean(enabled);
    this._form.accepting = Boolean(enabled);
    return this._self;
  }

  isPublished(): boolean {
    return this._form.published;
  }

  // form#supportsAdvancedResponderPermissions(): every form made here is a new (not legacy) form.
  supportsAdvancedResponderPermissions(): boolean {
    return true;
  }

  setProgressBar(enabled: boolean): Form {
    return this._set('progressBar', Boolean(enabled));
  }

  hasProgressBar(): boolean {
    return this._form.progressBar;
  }

  _flag(name: string, value: boolean): Form {
    this._form.flags[name] = Boolean(value);
    return this._self;
  }

  setShowLinkToRespondAgain(enabled: boolean): Form {
    return this._flag('showLinkToRespondAgain', enabled);
  }

  setPublishingSummary(enabled: boolean): Form {
    return this._flag('publishingSummary', enabled);
  }

  setShuffleQuestions(enabled: boolean): Form {
    return this._flag('shuffleQuestions', enabled);
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._form.publishedId}/viewform`;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._form.id}/edit`;
  }

  _host(): ItemHost {
    return this._svc.host(this._form);
  }

  getItems(itemType?: GoogleAppsScript.Forms.ItemType): Item[] {
    const type = itemType === undefined ? undefined : enumMember(ItemType, itemType);
    if (itemType !== undefined && !type) throw new Error('Invalid argument: itemType');
    return this._form.items
      .filter((i) => !type || i.type === type.name())
      .map((i) => wrapItem(this._host(), i));
  }

  getItemById(id: number): Item | null {
    const item = this._form.items.find((i) => i.id === Number(id));
    return item ? wrapItem(this._host(), item) : null;
  }

  _index(itemOrIndex: unknown): number {
    if (typeof itemOrIndex === 'number') {
      if (!Number.isInteger(itemOrIndex) || itemOrIndex < 0 || itemOrIndex >= this._form.items.length) {
        throw new Error(`Invalid argument: index (${itemOrIndex})`);
      }
      return itemOrIndex;
    }
    const id = (itemOrIndex as { getId(): number }).getId();
    const index = this._form.items.findIndex((i) => i.id === id);
    if (index < 0) throw new Error('Invalid argument: item');
    return index;
  }

  deleteItem(itemOrIndex: unknown): void {
    // The response sheet keeps the column of a deleted question (check).
    this._form.items.splice(this._index(itemOrIndex), 1);
  }

  moveItem(from: number | Item, toIndex: number): Item {
    const index = this._index(from);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= this._form.items.length) {
      throw new Error(`Invalid argument: toIndex (${toIndex})`);
    }
    const [item] = this._form.items.splice(index, 1);
    this._form.items.splice(toIndex, 0, item);
    return wrapItem(this._host(), item);
  }

  addTextItem(): ItemClasses['TEXT'] {
    return this._svc.addItem(this._form, 'TEXT');
  }

  addParagraphTextItem(): ItemClasses['PARAGRAPH_TEXT'] {
    return this._svc.addItem(this._form, 'PARAGRAPH_TEXT');
  }

  addMultipleChoiceItem(): ItemClasses['MULTIPLE_CHOICE'] {
    return this._svc.addItem(this._form, 'MULTIPLE_CHOICE');
  }

  addCheckboxItem(): ItemClasses['CHECKBOX'] {
    return this._svc.addItem(this._form, 'CHECKBOX');
  }

  addListItem(): ItemClasses['LIST'] {
    return this._svc.addItem(this._form, 'LIST');
  }

  addScaleItem(): ItemClasses['SCALE'] {
    return this._svc.addItem(this._form, 'SCALE');
  }

  addSectionHeaderItem(): ItemClasses['SECTION_HEADER'] {
    return this._svc.addItem(this._form, 'SECTION_HEADER');
  }

  addDateItem(): ItemClasses['DATE'] {
    return this._svc.addItem(this._form, 'DATE');
  }

  createResponse(): FormResponse {
    return this._svc.formResponse(this._form, { id: '', timestamp: 0, email: '', answers: [] }, true);
  }

  getResponses(timestamp?: GoogleAppsScript.Base.Date | Date): FormResponse[] {
    const after = timestamp === undefined ? -Infinity : new Date(timestamp as Date).getTime();
    return this._form.responses
      .filter((r) => r.timestamp >= after)
      .map((r) => this._svc.formResponse(this._form, r, false));
  }

  getResponse(responseId: string): FormResponse {
    const r = this._form.responses.find((x) => x.id === responseId);
    if (!r) throw new Error(`No response with ID ${responseId} exists for this form.`);
    return this._svc.formResponse(this._form, r, false);
  }

  deleteAllResponses(): Form {
    this._form.responses = [];
    return this._self;
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, destination: string): Form {
    this._svc.setDestination(this._form, type, String(destination));
    return this._self;
  }

  getDestinationId(): string {
    // developers.google.com/apps-script/reference/forms/form#getDestinationId(): throws without one (check).
    if (!this._form.destination) throw new Error('This form does not currently have a response destination.');
    return this._form.destination.spreadsheetId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (!this._form.destination) throw new Error('This form does not currently have a response destination.');
    return officialEnum(DestinationType.SPREADSHEET);
  }

  removeDestination(): Form {
    this._form.destination = null;
    return this._self;
  }

  // Sharing (reference/forms/form#addEditor…): access.ts, as for spreadsheets and documents.
  _sharing() {
    return this._ws.driveApp.access.sharingMethods('Form', this._form.id, () => this._self);
  }

  addEditor(emailOrUser: string | User): Form {
    return this._sharing().addEditor(emailOrUser as never) as Form;
  }

  addEditors(emails: string[]): Form {
    return this._sharing().addEditors(emails as never) as Form;
  }

  removeEditor(emailOrUser: string | User): Form {
    return this._sharing().removeEditor(emailOrUser as never) as Form;
  }

  getEditors(): User[] {
    return this._sharing().getEditors() as User[];
  }
}
