// Every response not taken yet, from every response sheet of the add-on's forms: run at each form
// event (the handler takes all rows past the cursor, not just its own, so a trigger that failed or
// found the spreadsheet busy loses nothing) and in the daily run. Under the school's lock. A row is
// either taken into its bank / Мониторинг or named in Журнал with the reason, once: the cursor
// moves past it in the same save.
import type { FormKind, FormRecord } from '../gas/state';
import { isUserError, messageOf } from '../shared/errors';
import { cellText, normalizeKey } from '../shared/text';
import { isDateValue, isoFromDate, ruDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Store } from '../store/store';
import { answersOf, isBlank, responseTime, TIMESTAMP_TITLES, type Answers } from './answers';
import { cursorTable, readCursor, responseSheet, writeCursor, type Cursor } from './cursor';
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
}

const KINDS: readonly FormKind[] = ['requests', 'mentors', 'monitoringMentee', 'monitoringMentor'];

/** Takes every new response of every form into the store's tables; the caller saves. */
export function sweepResponses(
  store: Store,
  forms: Partial<Record<FormKind, FormRecord>>,
  options: SweepOptions = {},
): SweepReport {
  const report: SweepReport = { taken: 0, rejected: 0 };
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
      const next = takeRows(store, kind, name, values, cursor, options.extra, report);
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

function takeRows(
  store: Store,
  kind: FormKind,
  sheetName: string,
  values: unknown[][],
  cursor: Cursor,
  extra: ExtraIntake | undefined,
  report: SweepReport,
): Cursor {
  const header = (values[0] ?? []).map((h) => cellText(h));
  const timeColumn = Math.max(
    0,
    header.findIndex((h) => TIMESTAMP_TITLES.includes(normalizeKey(h))),
  );
  const answersAt = (row: number): Answers => {
    const named: Record<string, string[]> = {};
    header.forEach((h, i) => {
      if (!h) return;
      const v = values[row - 1][i];
      named[h] = [isDateValue(v) ? ruDate(isoFromDate(v as Date, store.tzOffsetMinutes)) : cellText(v)];
    });
    return answersOf(named);
  };
  const timeOf = (row: number): number => {
    const v = values[row - 1]?.[timeColumn];
    if (isDateValue(v)) return (v as Date).getTime();
    return responseTime(new Map([['отметка времени', cellText(v)]]), store.tzOffsetMinutes) ?? 0;
  };
  for (const row of rowsToTake(values, cursor, timeOf)) {
    const answers = answersAt(row);
    if (isBlank(answers)) continue;
    const time = timeOf(row) || Date.now();
    try {
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
  const last = values.length;
  return { row: last, time: last > 1 ? timeOf(last) : 0 };
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
  const topicsTable = store.table('topics', ['Тема']);
  const topics = topicsTable.rows.map((r) => topicsTable.text(r, 'Тема')).filter((t) => t);
  const bank = store.table(kind === 'requests' ? 'mentees' : 'mentors', [
    'ФИО',
    'Email',
    'Статус',
    kind === 'requests' ? 'Дата запроса' : 'Дата анкеты',
  ]);
  const today = isoFromDate(new Date(time), store.tzOffsetMinutes);
  const result =
    kind === 'requests'
      ? takeRequest(bank, answers, time, topics)
      : takeMentor(bank, answers, time, topics, today);
  if (result.action === 'rejected') {
    journal(store, TEXTS.rejectedAction, TEXTS.rejected(bank.name, sheetName, sheetRow, result.reason ?? ''));
    return false;
  }
  if (result.action !== 'unchanged' && result.row) {
    const teachers = store.table('teachers', ['ФИО', 'Email']);
    const row = result.row;
    linkTeacher(teachers, {
      ФИО: bank.text(row, 'ФИО'),
      Email: result.email,
      Должность: bank.text(row, 'Должность'),
      Предмет: bank.text(row, 'Предмет'),
      'Стаж (лет)': bank.number(row, 'Стаж (лет)') ?? '',
      ...(kind === 'mentors' ? { Категория: bank.text(row, 'Категория') } : {}),
    });
    journal(
      store,
      result.action === 'added' ? TEXTS.addedAction(bank.name) : TEXTS.updatedAction(bank.name),
      `${result.name} <${result.email}>`,
    );
  }
  return true;
}
