// Every response not taken yet, from every response sheet of the add-on's forms: run at each form
// event (the handler takes all rows past the cursor, not just its own, so a trigger that failed or
// found the spreadsheet busy loses nothing) and in the daily run. Under the school's lock. A row is
// either taken into its bank / Мониторинг or named in Журнал with the reason, once: the cursor
// moves past it in the same save.
import type { FormKind, FormRecord } from '../shared/forms';
import { FORM as MONITORING_FORM } from '../monitoring/texts';
import { isUserError, messageOf } from '../shared/errors';
import { cellText, isEmail, normalizeEmail, normalizeKey } from '../shared/text';
import { isDateValue, isoFromDate, ruDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Store } from '../store/store';
import { answer, answersOf, isBlank, responseTime, TIMESTAMP_TITLES, type Answers } from './answers';
import { cursorTable, readCursor, responseSheet, writeCursor, type Cursor } from './cursor';
import { REQUEST_ITEMS } from './forms';
import { identifyRespondent } from './identity';
import { recordForReview, type ReviewEntry } from './review';
import { TEXTS } from './texts';
import { linkTeacher, takeMentor, takeRequest } from './upsert';

/** Extra handlers for forms other features own (monitoring questionnaires). */
export type ExtraIntake = (kind: string, store: Store, answers: Answers, time: number) => string | null;

export interface SweepOptions {
  extra?: ExtraIntake;
  /** The row of the event that started this sweep (used only where no cursor exists yet). */
  event?: { sheetId: () => number; row: number };
}

export interface SweepReport {
  taken: number;
  rejected: number;
  /** Answers from addresses the identity rule did not accept, now waiting for review. */
  review: number;
}

/** The titles of the column Google adds for a collected address (a Russian or English sheet). */
const COLLECTED_EMAIL_TITLES = ['адрес электронной почты', 'email address'];

const KINDS: readonly FormKind[] = [
  'requests',
  'mentors',
  'monitoringMentee',
  'monitoringMentor',
  'planMark',
  'selfAssessment',
  'curatorAssessment',
];

/** Takes every new response of every form into the store's tables; the caller saves. */
export function sweepResponses(
  store: Store,
  forms: Partial<Record<FormKind, FormRecord>>,
  options: SweepOptions = {},
): SweepReport {
  const report: SweepReport = { taken: 0, rejected: 0, review: 0 };
  const cursors = cursorTable(store);
  for (const kind of KINDS) {
    const record = forms[kind];
    if (!record) continue;
    if (kind !== 'requests' && kind !== 'mentors' && !options.extra) continue;
    const found = responseSheet(store, cursors, record.sheetId);
    if (!found) continue;
    const { sheet, name } = found;
    const last = sheet.getLastRow();
    let cursor = readCursor(cursors, record.sheetId);
    if (!cursor) {
      // A school that used the add-on before cursors existed: the rows there were taken by the
      // per-event handler of that version; only the event's own row may be new.
      const eventRow = options.event && options.event.sheetId() === record.sheetId ? options.event.row : 0;
      cursor = { row: eventRow > 1 ? Math.min(last, eventRow - 1) : last, time: 0 };
      writeCursor(cursors, kind, record.sheetId, name, cursor);
    }
    // Nothing past the cursor. (Staff deleting as many rows as arrived hides new ones until the
    // next response, which then shows the time check below that rows moved.)
    if (last === cursor.row) {
      writeCursor(cursors, kind, record.sheetId, name, cursor); // the name, if staff renamed it
      continue;
    }
    const values = sheet.getDataRange().getValues();
    try {
      const next = takeRows(
        { store, kind, sheetId: record.sheetId, sheetName: name, values, verified: !!record.verified },
        cursor,
        options.extra,
        report,
      );
      writeCursor(cursors, kind, record.sheetId, name, next);
    } catch (e) {
      // A sheet the intake needs is missing or broken: nothing of this form is taken and the
      // cursor stays, so the responses are taken once setup has repaired it.
      if (!isUserError(e)) throw e;
      journal(store, TEXTS.notTakenAction, TEXTS.sheetBroken(name, messageOf(e)));
    }
  }
  return report;
}

/** The rows past the cursor in order; after staff deleted or sorted rows, those newer than it. */
function rowsToTake(values: unknown[][], cursor: Cursor, timeOf: (row: number) => number): number[] {
  const all = values.map((_, i) => i + 1).slice(1);
  const inPlace =
    cursor.row <= values.length &&
    (cursor.row === 1 || cursor.time === 0 || timeOf(cursor.row) === cursor.time);
  if (inPlace) return all.filter((r) => r > cursor.row);
  // The same second can hold two responses: those at the cursor's time are taken again, which
  // changes nothing (intake is idempotent per teacher).
  return all.filter((r) => timeOf(r) >= cursor.time).sort((a, b) => timeOf(a) - timeOf(b) || a - b);
}

/** One response sheet as read by this operation. */
export interface ResponseRows {
  store: Store;
  kind: FormKind;
  sheetId: number;
  sheetName: string;
  values: unknown[][];
  /** The form records the verified address (Google's own column, the first of its title). */
  verified: boolean;
}

/** The answers of one row, with the respondent's address where the form's questions expect it. */
export function answersAtRow(rows: ResponseRows, row: number): Answers {
  const header = (rows.values[0] ?? []).map((h) => cellText(h));
  const named: Record<string, string[]> = {};
  let verifiedAddress = '';
  header.forEach((h, i) => {
    if (!h) return;
    const v = rows.values[row - 1]?.[i];
    const text = isDateValue(v) ? ruDate(isoFromDate(v as Date, rows.store.tzOffsetMinutes)) : cellText(v);
    if (!verifiedAddress && COLLECTED_EMAIL_TITLES.includes(normalizeKey(h))) verifiedAddress = text || '-';
    named[h] = [text];
  });
  const answers = answersOf(named);
  if (rows.verified) {
    // Whatever the respondent typed, the address is the signed-in account's.
    const address = verifiedAddress === '-' ? '' : verifiedAddress;
    answers.set(normalizeKey(REQUEST_ITEMS.email), address);
    answers.set(normalizeKey(MONITORING_FORM.email), address);
  }
  return answers;
}

export function timeOfRow(rows: ResponseRows, row: number): number {
  const header = (rows.values[0] ?? []).map((h) => cellText(h));
  const timeColumn = Math.max(
    0,
    header.findIndex((h) => TIMESTAMP_TITLES.includes(normalizeKey(h))),
  );
  const v = rows.values[row - 1]?.[timeColumn];
  if (isDateValue(v)) return (v as Date).getTime();
  return responseTime(new Map([['отметка времени', cellText(v)]]), rows.store.tzOffsetMinutes) ?? 0;
}

/** The address and typed name an answer gives (null name: the form asks none). */
export function respondentOf(kind: FormKind, answers: Answers): { email: string; name: string | null } {
  if (kind === 'requests' || kind === 'mentors')
    return { email: normalizeEmail(answer(answers, REQUEST_ITEMS.email)), name: answer(answers, 'ФИО') };
  const email = answer(answers, MONITORING_FORM.email) || answer(answers, REQUEST_ITEMS.email);
  return { email: normalizeEmail(email), name: null };
}

function takeRows(
  rows: ResponseRows,
  cursor: Cursor,
  extra: ExtraIntake | undefined,
  report: SweepReport,
): Cursor {
  const timeOf = (row: number) => timeOfRow(rows, row);
  for (const row of rowsToTake(rows.values, cursor, timeOf)) {
    takeRow(rows, row, extra, report, true);
  }
  const last = rows.values.length;
  return { row: last, time: last > 1 ? timeOf(last) : 0 };
}

/**
 * One response into its bank or Мониторинг. With `checkIdentity`, an answer whose address the rule
 * of identity.ts does not accept is recorded for review (named in Журнал once) and taken nowhere.
 */
export function takeRow(
  rows: ResponseRows,
  row: number,
  extra: ExtraIntake | undefined,
  report: SweepReport,
  checkIdentity: boolean,
): void {
  const { store, kind, sheetName } = rows;
  const answers = answersAtRow(rows, row);
  if (isBlank(answers)) return;
  const time = timeOfRow(rows, row) || Date.now();
  try {
    // The curator's questionnaire is the curators' of «Настройки», who need not teach: the feature
    // checks that rule (actions/stages.ts), not «Педагоги».
    if (
      checkIdentity &&
      kind !== 'curatorAssessment' &&
      (kind === 'requests' || kind === 'mentors' || extra)
    ) {
      const who = respondentOf(kind, answers);
      // A missing or malformed address is rejected below with its own reason, as before.
      if (isEmail(who.email)) {
        const teachers = store.table('teachers', ['name', 'email']);
        const known = teachers.rows.map((r) => ({
          name: teachers.text(r, 'name'),
          email: teachers.text(r, 'email'),
        }));
        const identity = identifyRespondent(rows.verified ? 'verified' : 'typed', who.email, who.name, known);
        if (!identity.ok) {
          const entry: Omit<ReviewEntry, 'id' | 'state' | 'at'> = {
            kind,
            sheetId: rows.sheetId,
            sheetName,
            row,
            time,
            email: identity.email,
            name: who.name ?? '',
            reason: identity.reason,
          };
          if (recordForReview(store, entry))
            journal(store, TEXTS.reviewAction, TEXTS.review(sheetName, row, identity.email, identity.reason));
          report.review++;
          return;
        }
      }
    }
    if (kind === 'requests' || kind === 'mentors') {
      if (takeBankRow(store, kind, answers, time, sheetName, row)) report.taken++;
      else report.rejected++;
    } else if (extra) {
      if (extra(kind, store, answers, time) === null) report.taken++;
      else report.rejected++;
    }
  } catch (e) {
    if (isUserError(e)) throw e;
    // One response the code cannot take must not hold up the ones after it.
    journal(store, TEXTS.notTakenAction, TEXTS.failed(sheetName, row, messageOf(e)));
    report.rejected++;
  }
}

/** A request or a mentor's form into its bank and Педагоги. False when rejected (and journaled). */
function takeBankRow(
  store: Store,
  kind: 'requests' | 'mentors',
  answers: Answers,
  time: number,
  sheetName: string,
  sheetRow: number,
): boolean {
  const topicsTable = store.table('topics', ['topic']);
  const topics = topicsTable.rows.map((r) => topicsTable.text(r, 'topic')).filter((t) => t);
  const today = isoFromDate(new Date(time), store.tzOffsetMinutes);
  const result =
    kind === 'requests'
      ? takeRequest(store.table('mentees', ['name', 'email', 'status', 'requestDate']), answers, time, topics)
      : takeMentor(
          store.table('mentors', ['name', 'email', 'status', 'formDate']),
          answers,
          time,
          topics,
          today,
        );
  const bank = store.table(kind === 'requests' ? 'mentees' : 'mentors');
  if (result.action === 'rejected') {
    journal(store, TEXTS.rejectedAction, TEXTS.rejected(bank.name, sheetName, sheetRow, result.reason ?? ''));
    return false;
  }
  if (result.action !== 'unchanged' && result.row) {
    const teachers = store.table('teachers', ['name', 'email']);
    const row = result.row;
    linkTeacher(teachers, {
      name: bank.text(row, 'name'),
      email: result.email,
      position: bank.text(row, 'position'),
      subject: bank.text(row, 'subject'),
      experience: bank.number(row, 'experience') ?? '',
      ...(kind === 'mentors' ? { category: bank.text(row, 'category') } : {}),
    });
    journal(
      store,
      result.action === 'added' ? TEXTS.addedAction(bank.name) : TEXTS.updatedAction(bank.name),
      `${result.name} <${result.email}>`,
    );
  }
  return true;
}
