// «Неизвестные ответы» (issue #16, item 3): answers from addresses the identity rule did not accept,
// waiting in the hidden review sheet. «Принять» adds the person to «Педагоги» and takes the answer
// into its bank (or Мониторинг); «Отклонить» marks it, so no sweep brings it back.
import type { ActionResult, UnknownAnswerDto } from '../api/types';
import type { Caller } from '../api/call';
import { withSchoolLock } from '../gas/lock';
import { readForms } from '../gas/state';
import type { FormKind } from '../shared/forms';
import { answer } from '../intake/answers';
import { cursorTable, responseSheet } from '../intake/cursor';
import { MENTORS_TITLE, REQUEST_ITEMS, REQUESTS_TITLE } from '../intake/forms';
import { decideReview, readReview, reviewTable, type ReviewEntry } from '../intake/review';
import {
  answersAtRow,
  respondentOf,
  takeRow,
  timeOfRow,
  type ResponseRows,
  type SweepReport,
} from '../intake/sweep';
import { TEXTS } from '../intake/texts';
import { linkTeacher } from '../intake/upsert';
import { MONITORING_FORM_TITLES } from '../monitoring';
import { UserError } from '../shared/errors';
import { isoFromDate, ruDate } from '../store/dates';
import { journal } from '../store/journal';
import { Store } from '../store/store';
import type { Table } from '../store/table';
import { takeFeatureResponse } from './plan';
import { STAGE_FORM_TITLES } from './stages';
import { FORM_TITLE as PLAN_FORM_TITLE } from '../plan/texts';

const FORM_TITLES: Record<FormKind, string> = {
  requests: REQUESTS_TITLE,
  mentors: MENTORS_TITLE,
  monitoringMentee: MONITORING_FORM_TITLES.mentee,
  monitoringMentor: MONITORING_FORM_TITLES.mentor,
  planMark: PLAN_FORM_TITLE,
  ...STAGE_FORM_TITLES,
};

export function listUnknownAnswersAction(caller: Caller): UnknownAnswerDto[] {
  const store = new Store(caller.ss);
  return readReview(reviewTable(store, false))
    .filter((e) => e.state === 'waiting')
    .map((e) => ({
      id: e.id,
      form: FORM_TITLES[e.kind] ?? e.kind,
      sheet: e.sheetName,
      row: e.row,
      email: e.email,
      name: e.name,
      reason: e.reason,
      date: e.time > 0 ? isoFromDate(new Date(e.time), store.tzOffsetMinutes) : '',
    }));
}

function waiting(store: Store, id: string): { table: Table<'review'>; entry: ReviewEntry } {
  const table = reviewTable(store, false);
  const entry = readReview(table).find((e) => e.id === id && e.state === 'waiting');
  if (!table || !entry) throw new UserError(TEXTS.reviewGone);
  return { table, entry };
}

/** The response sheet's row of a waiting answer: where it was, or (rows moved) by its time and address. */
function locate(rows: ResponseRows, entry: ReviewEntry): number | null {
  if (entry.row <= rows.values.length && timeOfRow(rows, entry.row) === entry.time) return entry.row;
  for (let row = 2; row <= rows.values.length; row++) {
    if (timeOfRow(rows, row) !== entry.time) continue;
    if (respondentOf(entry.kind, answersAtRow(rows, row)).email === entry.email) return row;
  }
  return null;
}

export function acceptUnknownAnswerAction(caller: Caller, id: string): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const { table, entry } = waiting(store, id);
    const record = readForms(caller.ss.getId())[entry.kind];
    const found = responseSheet(store, cursorTable(store), entry.sheetId);
    if (!found) throw new UserError(TEXTS.reviewRowGone(entry.sheetName, entry.row));
    const rows: ResponseRows = {
      store,
      kind: entry.kind,
      sheetId: entry.sheetId,
      sheetName: found.name,
      values: found.sheet.getDataRange().getValues(),
      verified: !!record?.verified,
    };
    const row = locate(rows, entry);
    if (row === null) throw new UserError(TEXTS.reviewRowGone(found.name, entry.row));
    const answers = answersAtRow(rows, row);
    const name = answer(answers, REQUEST_ITEMS.name) || entry.name;
    linkTeacher(store.table('teachers', ['name', 'email']), {
      name,
      email: entry.email,
      position: answer(answers, REQUEST_ITEMS.position),
      subject: answer(answers, REQUEST_ITEMS.subject),
      experience: answer(answers, REQUEST_ITEMS.experience),
    });
    const report: SweepReport = { taken: 0, rejected: 0, review: 0 };
    takeRow(rows, row, takeFeatureResponse, report, false);
    const date = ruDate(caller.today);
    decideReview(table, entry, true, TEXTS.reviewDecision(TEXTS.reviewAccepted, caller.user, date));
    const message = TEXTS.acceptedMessage(name, entry.email);
    journal(store, TEXTS.acceptedAction, `${found.name}, строка ${row}: ${message}`, caller.user);
    store.save();
    return { message };
  });
}

export function rejectUnknownAnswerAction(caller: Caller, id: string): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const { table, entry } = waiting(store, id);
    const date = ruDate(caller.today);
    decideReview(table, entry, false, TEXTS.reviewDecision(TEXTS.reviewRejected, caller.user, date));
    const message = TEXTS.rejectedMessage(entry.email);
    journal(
      store,
      TEXTS.rejectedReviewAction,
      `${entry.sheetName}, строка ${entry.row}: ${message}`,
      caller.user,
    );
    store.save();
    return { message };
  });
}
