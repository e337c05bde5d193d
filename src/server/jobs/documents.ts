// Making documents one unit at a time, safe against a kill at any moment:
//
//   intent (key, file name, time)  →  copy, fill, save (each file's id recorded as it appears)
//   →  made (its link), in the same property write that ends the intent  →  checkpoint
//
// A checkpoint writes the made documents to «Документы» and the pairs under the school's lock,
// briefly, then empties the record; writing is idempotent (a row whose link is already there is not
// added again), so a kill between the sheet and the record changes nothing. On resume the made
// documents are written first; an intent with no result was killed mid-document: its files (those
// recorded, and any of its name made since, found in the folder) go to the bin unless something
// points at them, and the unit is made again. So no document is left without its row and no row
// points at a missing document.
import { PAIR_STATUS } from '../schema';
import { idFromUrl } from '../gas/report';
import { filesNamed, folderById, rootFolder, trashFile } from '../gas/drive';
import { BUSY_MESSAGE, withSchoolLock } from '../gas/lock';
import { messageOf } from '../shared/errors';
import { readJobs, type WalStore } from '../gas/jobs';
import type { FillProgress, StagedDoc } from '../gas/docs';
import { journal } from '../store/journal';
import { Store } from '../store/store';
import { ruDate } from '../store/dates';
import { leftovers, type FolderFile } from './plan';
import { syncPlanRows } from '../actions/plan';
import { JOB_TEXTS } from './texts';
import { REGISTER_TYPES, type DocUnit, type Made } from './types';

type Folder = GoogleAppsScript.Drive.Folder;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A journal line written with the next checkpoint. */
export type JournalLine = [action: string, details: string];

/** The order's cell on a pair: «№ 45-о от 01.10.2026». */
export function orderCell(number: string, date: string): string {
  return `№ ${number} от ${ruDate(date)}`;
}

/** The daily quota of documents ran out (Google's «Service invoked too many times for one day: docs create.»). */
export function isQuotaError(e: unknown): boolean {
  const message = messageOf(e);
  return /too many times for one day|слишком много раз за день/i.test(message);
}

export class QuotaError extends Error {
  constructor(readonly quota: 'docs' | 'mail') {
    super(`daily ${quota} quota`);
    this.name = 'QuotaError';
  }
}

/**
 * How long a checkpoint waits for the school's lock: briefly, since what it would write stays
 * recorded and the next checkpoint writes it (the daily run can hold the lock for minutes).
 */
const CHECKPOINT_WAIT_MS = 5_000;

/**
 * Writes the made documents (and journal lines) to the sheets under the school's lock, then takes
 * them off the record. Returns false when the lock was busy: they stay recorded for the next one.
 */
export function checkpoint(
  ss: Spreadsheet,
  wal: WalStore,
  lines: JournalLine[],
  user: string,
  store: Store | null = null,
): boolean {
  const made = [...wal.made];
  if (made.length === 0 && lines.length === 0) return true;
  try {
    withSchoolLock(
      ss.getId(),
      () => {
        // The run's store, read once when it began: its save reads each sheet again under the lock
        // and keeps whatever changed meanwhile (store/merge.ts).
        store ??= new Store(ss);
        if (made.length > 0) writeMade(store, made);
        for (const [action, details] of lines) journal(store, action, details, user);
        store.save();
      },
      { waitMs: CHECKPOINT_WAIT_MS },
    );
  } catch (e) {
    if (messageOf(e) === BUSY_MESSAGE) return false;
    throw e;
  }
  lines.length = 0;
  if (made.length > 0) wal.written(made.map((m) => m.key));
  return true;
}

function writeMade(store: Store, made: Made[]): void {
  // The programmes' activity plans as rows of «План программ» (issue #19), done marks kept.
  const programmes = made.filter((m) => m.kind === 'programme');
  if (programmes.length > 0)
    syncPlanRows(
      store,
      programmes.flatMap((m) => m.pairIds),
      programmes[0].date,
    );
  const register = store.table('documents', ['type', 'number', 'link']);
  const links = new Set(register.rows.map((r) => register.text(r, 'link')));
  const touchesPairs = made.some((m) => m.kind === 'programme' || m.kind === 'order');
  const pairs = touchesPairs ? store.table('pairs', ['id', 'programme', 'order', 'status']) : null;
  const rowOf = new Map(pairs ? pairs.rows.map((r) => [pairs.text(r, 'id'), r] as const) : []);
  for (const m of made) {
    if (!links.has(m.url)) {
      register.append({
        type: REGISTER_TYPES[m.kind],
        number: m.number,
        date: m.date,
        title: m.name,
        link: m.url,
        pdf: m.pdfUrl,
        pairs: m.pairIds.join(', '),
        created: Date.now(),
      });
      links.add(m.url);
    }
    if (!pairs) continue;
    for (const id of m.pairIds) {
      const row = rowOf.get(id);
      if (row === undefined) continue;
      if (m.kind === 'programme') pairs.set(row, 'programme', m.url);
      if (m.kind === 'order') {
        pairs.set(row, 'order', orderCell(m.number, m.date));
        if (pairs.text(row, 'status') === PAIR_STATUS.agreed) pairs.set(row, 'status', PAIR_STATUS.locked);
        // The term starts at the order's date unless the curator set «Начало» herself.
        if (!pairs.text(row, 'start')) pairs.set(row, 'start', m.date);
      }
    }
  }
}

/**
 * The start of every run: the made documents go to the sheets, and the files of a document killed
 * half-way go to the bin. Returns lines for the curator about what was cleaned up.
 */
export function recover(ss: Spreadsheet, wal: WalStore, user: string): string[] {
  if (wal.made.length > 0) checkpoint(ss, wal, [], user);
  const intent = wal.intent;
  if (!intent) return [];
  // A fill over several steps whose job is still queued goes on where it stopped (stagedStep).
  if (intent.fill && readJobs(ss.getId()).some((j) => intent.key.startsWith(`${j.kind}|`))) return [];
  const referenced = new Set<string>();
  const store = new Store(ss);
  const register = store.table('documents', ['link']);
  for (const row of register.rows) {
    referenced.add(idFromUrl(register.text(row, 'link')));
    if (register.has('pdf')) referenced.add(idFromUrl(register.text(row, 'pdf')));
  }
  for (const m of wal.made) {
    referenced.add(idFromUrl(m.url));
    referenced.add(idFromUrl(m.pdfUrl));
  }
  const found: FolderFile[] = [];
  const names = [intent.name, `${intent.name}.pdf`];
  const places: Folder[] = [];
  try {
    places.push(folderById(intent.folderId));
  } catch (_e) {
    // The folder itself is gone: nothing of the unit can be in it.
  }
  // DocumentApp.create (the analytical note) makes the file in My Drive before it is moved.
  if (intent.key.startsWith('note|')) places.push(rootFolder());
  for (const folder of places) found.push(...filesNamed(folder, names));
  const trash = leftovers(intent, found, referenced);
  for (const id of trash) trashFile(id);
  wal.dropIntent();
  return trash.length > 0 ? [JOB_TEXTS.trashed(intent.name)] : [];
}

/**
 * Makes one unit's document through `make` (which creates the files, reporting each id), recorded
 * before and after. A failure before anything was copied (the daily quota) leaves no trace; a
 * refusal after the copy (a misplaced placeholder) bins what was made.
 */
export function makeUnit(
  wal: WalStore,
  unit: DocUnit,
  folderId: string,
  make: (onFile: (id: string) => void) => { url: string; pdfUrl: string },
  made: Omit<Made, 'key' | 'kind' | 'name' | 'url' | 'pdfUrl'>,
): Made {
  // A fill another job left half-way (an order over several executions) cannot go on once the
  // record is this unit's: its copy goes to the bin, and that job starts it again.
  if (wal.intent) discardIntent(wal);
  wal.begin({ key: unit.key, name: unit.name, since: Date.now(), folderId });
  let doc: { url: string; pdfUrl: string };
  try {
    doc = make((id) => wal.fileMade(id));
  } catch (e) {
    for (const id of wal.intent?.fileIds ?? []) trashFile(id);
    wal.dropIntent();
    if (isQuotaError(e)) throw new QuotaError('docs');
    throw e;
  }
  const result: Made = {
    key: unit.key,
    kind: unit.kind,
    name: unit.name,
    url: doc.url,
    pdfUrl: doc.pdfUrl,
    ...made,
  };
  wal.commit(result);
  return result;
}

/** Bins the files of the unit in flight and forgets it (a fill that cannot go on). */
function discardIntent(wal: WalStore): void {
  for (const id of wal.intent?.fileIds ?? []) trashFile(id);
  wal.dropIntent();
}

/**
 * One step of a unit made over several steps (a document too long to fill in one call within a
 * step's time: stagedFromTemplate), recorded as it goes so that a kill between any two calls loses
 * at most one step:
 *
 *   intent  →  copy (its id recorded)  →  step, step, … (each recorded with the revision it left)
 *   →  PDF  →  made, in the same write that ends the intent
 *
 * A later execution goes on from the record when it can trust it: the same requests (the data has
 * not changed) and a revision the next step requires, or a step made in this very run (`ours`).
 * Otherwise, or when the document is not at that revision any more (a step applied by a killed run,
 * someone's edit), the copy goes to the bin and the unit starts again. Another unit's leftovers
 * are binned first. Returns the made document once the last step is done, else null.
 */
export function stagedStep(
  wal: WalStore,
  unit: DocUnit,
  folderId: string,
  doc: StagedDoc,
  ours: (docId: string) => boolean,
  made: Omit<Made, 'key' | 'kind' | 'name' | 'url' | 'pdfUrl'>,
): Made | null {
  const current = wal.intent;
  const fill = current?.key === unit.key ? current.fill : undefined;
  const trusted =
    !!fill && fill.hash === doc.hash && fill.total === doc.total && (!!fill.revision || ours(fill.docId));
  if (current && !trusted) discardIntent(wal);
  let state = trusted ? fill! : null;
  if (!state) {
    wal.begin({ key: unit.key, name: unit.name, since: Date.now(), folderId });
    let docId: string;
    try {
      docId = doc.copy((id) => wal.fileMade(id));
    } catch (e) {
      discardIntent(wal);
      if (isQuotaError(e)) throw new QuotaError('docs');
      throw e;
    }
    state = { docId, done: 0, total: doc.total, revision: '', hash: doc.hash };
    wal.filled(state);
  }
  if (state.done < state.total) {
    const progress: FillProgress | null = doc.step(state.docId, state);
    if (!progress) {
      discardIntent(wal);
      return null;
    }
    state = { ...state, ...progress };
    wal.filled(state);
    if (state.done < state.total) return null;
  }
  // A PDF made by a run killed before it recorded the document goes; this one replaces it.
  for (const id of wal.intent?.fileIds ?? []) if (id !== state.docId) trashFile(id);
  const links = doc.finish(state.docId, (id) => wal.fileMade(id));
  const result: Made = { key: unit.key, kind: unit.kind, name: unit.name, ...links, ...made };
  wal.commit(result);
  return result;
}
