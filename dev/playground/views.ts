// What the playground page shows, as plain JSON read from the emulated Workspace: the spreadsheet
// (through the same SpreadsheetApp a script sees, so values are what getDisplayValues gives), the
// forms with their items, the outbox, Drive with rendered documents, and the clock.
import type { Workspace } from 'apps-script-emulator';
import type { RenderedDoc } from 'apps-script-emulator/docs';
import type { ItemData } from 'apps-script-emulator/forms/items';
import type { MenuEntry } from 'apps-script-emulator/ui';
import { MONTHS_GENITIVE } from '../../src/server/documents/russian';

export interface SheetTab {
  name: string;
  rows: number;
}

export interface SheetView {
  name: string;
  /** getDisplayValues() of the data range. */
  display: string[][];
  /** getFormulas() of the data range ('' where the cell holds a value). */
  formulas: string[][];
  frozenRows: number;
  /** The sheet's size (getMaxRows, getMaxColumns): the grid shows at least a screenful of it. */
  maxRows: number;
  maxColumns: number;
}

/** The cell the add-on last selected (a warning's link): the page moves its grid there. */
export interface ActiveCell {
  sheet: string;
  /** A1 notation of the sheet's selection, '' when none. */
  selection: string;
}

export interface FormView {
  id: string;
  title: string;
  description: string;
  confirmation: string;
  items: ItemData[];
  responses: number;
  /** The form records the respondent's verified Google account (the page asks who is signed in). */
  verified: boolean;
}

export interface MailView {
  to: string;
  cc: string;
  subject: string;
  body: string;
  from: string;
  sentAt: string;
  attachments: string[];
}

export interface DriveItemView {
  id: string;
  kind: string;
  name: string;
  mimeType: string;
  parent: string | null;
  created: string;
}

export interface ClockView {
  now: string;
  timeZone: string;
  /** The emulated date as a person reads it, e.g. «четверг, 10 сентября 2026 г., 09:30». */
  text: string;
  triggers: Array<{ handler: string; kind: string; next: string | null }>;
  runs: Array<{ handler: string; at: string; ok: boolean; error?: string }>;
}

export interface PageState {
  spreadsheet: { id: string; name: string; sheets: SheetTab[]; active: ActiveCell } | null;
  menu: { caption: string; items: MenuEntry[] } | null;
  /** Why onOpen could not build the menu. */
  menuError: string | null;
  forms: FormView[];
  mail: MailView[];
  drive: DriveItemView[];
  clock: ClockView;
  user: string;
  /** The latest executions, newest first, with the time each would take on Google. */
  executions: ExecutionView[];
}

/** One execution of the bundle as the page shows it. */
export interface ExecutionView {
  handler: string;
  kind: string;
  user: string;
  /** Emulated seconds on the Google latency model, e.g. «2,4». */
  seconds: string;
  calls: number;
  outcome: 'ok' | 'error' | 'timeout';
}

export function executionViews(ws: Workspace, limit = 10): ExecutionView[] {
  return ws.executions.finished
    .slice(-limit)
    .reverse()
    .map((e) => ({
      handler: e.handler,
      kind: e.kind,
      user: e.user,
      seconds: (e.durationMs / 1000).toFixed(1).replace('.', ','),
      calls: e.calls,
      outcome: e.outcome,
    }));
}

export function sheetTabs(ws: Workspace): PageState['spreadsheet'] {
  const id = ws.activeSpreadsheetId;
  if (!id || !ws.sheets.has(id)) return null;
  const snapshot = ws.sheets.snapshot(id);
  const active = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  return {
    id,
    name: snapshot.name,
    sheets: snapshot.sheets.filter((s) => !s.hidden).map((s) => ({ name: s.name, rows: s.display.length })),
    active: { sheet: snapshot.activeSheet, selection: active?.selection ?? '' },
  };
}

export function sheetView(ws: Workspace, name: string): SheetView | null {
  const id = ws.activeSpreadsheetId;
  if (!id || !ws.sheets.has(id)) return null;
  const sheet = ws.sheets.snapshot(id).sheets.find((s) => s.name === name);
  if (!sheet) return null;
  return {
    name: sheet.name,
    display: sheet.display,
    formulas: sheet.formulas,
    frozenRows: sheet.frozenRows,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
  };
}

export function formViews(ws: Workspace): FormView[] {
  return [...ws.drive.values()]
    .filter((e) => e.kind === 'form' && !e.trashed)
    .map((e) => {
      const data = ws.forms.data(e.id);
      return {
        id: e.id,
        title: data.title,
        description: data.description,
        confirmation: data.confirmation,
        items: data.items,
        responses: data.responses.length,
        verified: data.emailCollection === 'VERIFIED',
      };
    });
}

export function mailViews(ws: Workspace): MailView[] {
  return ws.mail.outbox
    .map((m) => ({
      to: m.to,
      cc: m.cc,
      subject: m.subject,
      body: m.body,
      from: m.name ? `${m.name} <${m.from}>` : m.from,
      sentAt: m.sentAt,
      attachments: m.attachments.map((a) => a.name ?? 'вложение'),
    }))
    .reverse();
}

export function driveViews(ws: Workspace): DriveItemView[] {
  const root = ws.calls.quietly(() => ws.driveApp.rootId());
  return [...ws.drive.values()]
    .filter((e) => !e.trashed && e.id !== root)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      mimeType: e.mimeType,
      parent: e.parents.find((p) => p !== root && ws.drive.has(p)) ?? null,
      created: new Date(e.created).toISOString(),
    }));
}

export function docView(ws: Workspace, id: string): RenderedDoc | null {
  const entry = ws.drive.get(id);
  if (!entry || entry.kind !== 'document' || !ws.docs.has(id)) return null;
  const doc = ws.docs.render(id, { saved: true });
  // An image goes to the page as its data: URL only (its bytes would be a JSON object of numbers).
  const light = (blocks: RenderedDoc['body']) =>
    blocks.map((b) =>
      b.type !== 'table' && b.images
        ? { ...b, images: b.images.map((i) => ({ ...i, bytes: new Uint8Array(0) })) }
        : b,
    );
  return {
    ...doc,
    header: doc.header && light(doc.header),
    body: light(doc.body),
    footer: doc.footer && light(doc.footer),
  };
}

const WEEKDAYS = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];

/** A moment as a person in `timeZone` reads it, in Russian. */
export function russianDateTime(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  return `${WEEKDAYS[weekday]}, ${Number(parts.day)} ${MONTHS_GENITIVE[Number(parts.month) - 1]} ${parts.year} г., ${parts.hour}:${parts.minute}`;
}

const KIND_NAMES: Record<string, string> = {
  CLOCK: 'по времени',
  ON_FORM_SUBMIT: 'при отправке формы',
  ON_OPEN: 'при открытии',
  ON_EDIT: 'при изменении',
  ON_CHANGE: 'при изменении структуры',
};

export function clockView(ws: Workspace): ClockView {
  const now = ws.clock.nowMillis();
  return {
    now: new Date(now).toISOString(),
    timeZone: ws.timeZone,
    text: russianDateTime(now, ws.timeZone),
    triggers: ws.script.triggers.map((t) => ({
      handler: t.handler,
      kind: KIND_NAMES[t.eventType] ?? t.eventType,
      next: typeof t.next === 'number' ? russianDateTime(t.next, ws.timeZone) : null,
    })),
    runs: ws.script.runLog
      .slice(-100)
      .reverse()
      .map((r) => ({
        handler: r.handler,
        at: russianDateTime(new Date(r.at).getTime(), ws.timeZone),
        ok: r.ok,
        ...(r.error ? { error: r.error } : {}),
      })),
  };
}

export function pageState(ws: Workspace, menuError: string | null = null): PageState {
  const menu = ws.ui.menu();
  return {
    spreadsheet: sheetTabs(ws),
    menu: menu ? { caption: menu.caption, items: menu.items } : null,
    menuError,
    forms: formViews(ws),
    mail: mailViews(ws),
    drive: driveViews(ws),
    clock: clockView(ws),
    user: ws.user,
    executions: executionViews(ws),
  };
}
