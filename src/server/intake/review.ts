// Answers waiting for the curator (issue #16, item 3): an answer from an address the rule of
// identity.ts does not accept is recorded here, in the hidden sheet «Неизвестные ответы», and goes
// nowhere else until a curator accepts it. The sweep moves its cursor past the row as for any
// answer (so the row is not taken again), and this record keeps it: each waiting row is named in
// «Журнал» once, when it is recorded; «Отклонить» marks it so nothing brings it back. A row the
// sweep meets again (staff sorted the response sheet) is found here by its sheet, time and address
// and not recorded twice. Written, like the cursors, under the school's lock and only by the add-on.
import type { FormKind } from '../shared/forms';
import { SHEETS, columnKeys, headersOf } from '../schema';
import { normalizeEmail } from '../shared/text';
import type { Store } from '../store/store';
import type { Table } from '../store/table';
import { TEXTS } from './texts';

const HEADERS = headersOf(SHEETS.review);

export interface ReviewEntry {
  /** Stable: the response sheet's id, the answer's time and address. */
  id: string;
  kind: FormKind;
  sheetId: number;
  sheetName: string;
  row: number;
  time: number;
  email: string;
  name: string;
  reason: string;
  state: 'waiting' | 'accepted' | 'rejected';
  /** The row of the review sheet. */
  at: number;
}

export function reviewId(sheetId: number, time: number, email: string): string {
  return `${sheetId}|${time}|${normalizeEmail(email)}`;
}

/** The review sheet's table, made (hidden) the first time an answer waits. */
export function reviewTable(store: Store, create: boolean): Table<'review'> | null {
  if (!store.sheet('review')) {
    if (!create) return null;
    const sheet = store.ss.insertSheet(SHEETS.review.name, store.ss.getSheets().length);
    sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
    sheet.hideSheet();
    store.registerSheet(sheet);
  }
  return store.table('review', columnKeys('review'));
}

function stateOf(text: string): ReviewEntry['state'] {
  if (text === TEXTS.reviewAccepted) return 'accepted';
  if (text === TEXTS.reviewRejected) return 'rejected';
  return 'waiting';
}

export function readReview(table: Table<'review'> | null): ReviewEntry[] {
  if (!table) return [];
  return table.rows.map((at) => {
    const sheetId = table.number(at, 'sheetId') ?? 0;
    const time = table.time(at, 'answerTime');
    const email = table.text(at, 'email');
    return {
      id: reviewId(sheetId, time, email),
      kind: table.text(at, 'form') as FormKind,
      sheetId,
      sheetName: table.text(at, 'sheetName'),
      row: table.number(at, 'row') ?? 0,
      time,
      email: normalizeEmail(email),
      name: table.text(at, 'name'),
      reason: table.text(at, 'reason'),
      state: stateOf(table.text(at, 'state')),
      at,
    };
  });
}

/** Records a waiting answer once; false when it was recorded before (in any state). */
export function recordForReview(store: Store, entry: Omit<ReviewEntry, 'id' | 'state' | 'at'>): boolean {
  const table = reviewTable(store, true) as Table<'review'>;
  const id = reviewId(entry.sheetId, entry.time, entry.email);
  if (readReview(table).some((e) => e.id === id)) return false;
  table.append({
    form: entry.kind,
    sheetId: entry.sheetId,
    sheetName: entry.sheetName,
    row: entry.row,
    answerTime: entry.time,
    email: entry.email,
    name: entry.name,
    reason: entry.reason,
    state: TEXTS.reviewWaiting,
  });
  return true;
}

export function decideReview(
  table: Table<'review'>,
  entry: ReviewEntry,
  accepted: boolean,
  decision: string,
): void {
  table.set(entry.at, 'state', accepted ? TEXTS.reviewAccepted : TEXTS.reviewRejected);
  table.set(entry.at, 'decision', decision);
}
