// Type-level tests of the typed columns (src/server/schema.ts, store/table.ts), checked by
// `tsc -p tsconfig.node.json` in `npm run typecheck` (jest does not run this file): each
// `@ts-expect-error` line must be a compile error, every other line must compile.
import { SHEETS, type ColumnKey, type RowValues } from '../../src/server/schema';
import type { Store } from '../../src/server/store/store';
import { Table } from '../../src/server/store/table';

declare const store: Store;
const mentors = new Table(SHEETS.mentors, [], 180);
const pairs = store.table('pairs', ['id', 'status']);

export const reads = [
  mentors.text(2, 'name'),
  mentors.email(2, 'email'),
  mentors.number(2, 'maxMentees'),
  pairs.bool(2, 'fixed'),
  pairs.date(2, 'mentorConsent'),
];

// @ts-expect-error «ФИo» with a Latin «o» is not a column
mentors.text(2, 'ФИo');
// @ts-expect-error a Russian header is not a key: columns are named by key
mentors.text(2, 'ФИО');
// @ts-expect-error another sheet's column (pairs have a mentor consent, the bank does not)
mentors.date(2, 'mentorConsent');
// @ts-expect-error the bank's column on the pairs' table
pairs.set(2, 'maxMentees', 3);
// @ts-expect-error a typo in the columns a table must have
store.table('pairs', ['id', 'statsu']);
// @ts-expect-error a row to append names only its sheet's columns
mentors.append({ name: 'Петрова', Статус: 'Активен' });
// @ts-expect-error rows queued for Журнал, by key
store.appendRows('journal', [{ Время: new Date() }]);

export const key: ColumnKey<'documents'> = 'pdf';
// @ts-expect-error keys are per sheet
export const wrongKey: ColumnKey<'documents'> = 'status';
export const row: RowValues<'plan'> = { pairId: 'НП-1', markedBy: 'a@x.ru' };
