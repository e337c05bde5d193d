// Print packs (issue #20): once a run of programmes or consent forms has made its documents, one
// document and one PDF hold them all, to print at once instead of opening each. A Google Doc holds
// at most 1.02 million characters (Google Drive Help, «Files you can store in Google Drive»), and a
// large school's 1,254 consent forms come to about 1.9 million: a pack that would be longer is made
// in parts, each under PACK_PART_CHARS, each its own document, PDF and row in «Документы».
//
// Each part is made in steps (gas/docs.ts startPrintPack): started as one more unit, extended a
// batch at a time, then its PDF. Where a part ends is fixed, in the job's record, before its document
// is made, so the executions after a kill cut the pack the same way.
import type { Caller } from '../api/call';
import { contentLength, filledContent } from '../documents/fill';
import { PACK_TEXTS } from '../documents/pack-texts';
import {
  extendPrintPack,
  printPackHolds,
  printPackPdf,
  startPrintPack,
  PACK_PART_CHARS,
  type PackItem,
} from '../gas/docs';
import { BUSY_MESSAGE, withSchoolLock } from '../gas/lock';
import { idFromUrl } from '../gas/report';
import { checkpoint, makeUnit } from '../jobs/documents';
import type { RunEnv } from '../jobs/runner';
import { REGISTER_TYPES, type Made, type PackStart } from '../jobs/types';
import { UserError } from '../shared/errors';
import { Store } from '../store/store';

type Folder = GoogleAppsScript.Drive.Folder;

/** Where a document stands in a pack: by pair, then by name. */
export interface PackKey {
  pairId: string;
  name: string;
}

export const byPackKey = (a: PackKey, b: PackKey): number =>
  a.pairId.localeCompare(b.pairId) || a.name.localeCompare(b.name);

/** One document of a pack, with its place. */
export interface PackEntry {
  key: PackKey;
  item: PackItem;
}

/** The pack of one run, as its driver sees it (actions/documents.ts packPlan). */
export interface PackPlan {
  /** The pack's file name; a part of several adds «, часть N». */
  name: string;
  /** The pack's unit key; a part of several adds «|N». */
  key: string;
  /** The parts earlier executions started, in order. */
  started: PackStart[];
  /** Keeps the parts started so far in the job's record. */
  saveStarted: (parts: PackStart[]) => void;
  /** A part's document and PDF as far as they are made (its row in «Документы», or the record). */
  made: (name: string, key: string) => { docId: string; pdfUrl: string };
  /** What to print, in order: the run's documents, made before this execution and `now` in it. */
  entries: (now: Made[]) => PackEntry[];
}

interface PackPart {
  name: string;
  key: string;
  items: PackItem[];
  /** The place of its last document. */
  last: PackKey;
  /** Its end is in the job's record. */
  fixed: boolean;
  docId: string;
  pdfUrl: string;
}

/** A document's share of a pack in characters: its content and the page break before it. */
function sizeOf(item: PackItem): number {
  return contentLength(filledContent(item.template.doc, item.content.values, item.content.rowSets)) + 2;
}

/**
 * The pack cut into parts: those started keep their ends; the rest are cut greedily, each as long
 * as PACK_PART_CHARS allows (at least one document).
 */
function partsOf(plan: PackPlan, entries: PackEntry[]): PackPart[] {
  const parts: PackPart[] = [];
  let from = 0;
  const part = (name: string, of: PackEntry[], fixed: boolean): PackPart => {
    const key = name === plan.name ? plan.key : `${plan.key}|${parts.length + 1}`;
    const items = of.map((e) => e.item);
    return { name, key, items, last: of[of.length - 1]?.key, fixed, ...plan.made(name, key) };
  };
  for (const start of plan.started) {
    let to = from;
    while (to < entries.length && byPackKey(entries[to].key, start.last) <= 0) to++;
    parts.push(part(start.name, entries.slice(from, to), true));
    from = to;
  }
  const groups: PackEntry[][] = [];
  let size = 0;
  for (const entry of entries.slice(from)) {
    const s = sizeOf(entry.item);
    if (groups.length === 0 || size + s > PACK_PART_CHARS) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(entry);
    size += s;
  }
  const single = parts.length === 0 && groups.length === 1;
  for (const group of groups)
    parts.push(part(single ? plan.name : PACK_TEXTS.partName(plan.name, parts.length + 1), group, false));
  return parts;
}

/** The pack's share of a run: one step at a time, after the run's documents are made. */
export interface PackRun {
  /** Whether the pack still has work (1) or not (0). */
  left(): number;
  /** One step: a part started, extended, or its PDF made. */
  step(now: Made[]): void;
  /** How far it is, while it is put together. */
  note(): string;
  /** Appended to the run's message once the pack is done ('' when there was nothing to print). */
  message(): string;
}

export function packRun(env: RunEnv, folder: Folder, plan: PackPlan): PackRun {
  const { caller, wal, lines } = env;
  let parts: PackPart[] | null = null;
  let holds = 0;
  let done = false;
  let message = '';
  const total = () => (parts ?? []).reduce((n, p) => n + p.items.length, 0);
  const packed = () => (parts ?? []).reduce((n, p) => n + (p.pdfUrl ? p.items.length : 0), 0) + holds;

  const finish = (): void => {
    done = true;
    const printed = (parts ?? []).filter((p) => p.items.length > 0);
    if (printed.length > 0)
      message = PACK_TEXTS.made(
        total(),
        printed.map((p) => p.pdfUrl),
      );
  };

  return {
    left: () => (done ? 0 : 1),
    note: () => (parts && holds > 0 ? PACK_TEXTS.packing(Math.min(packed(), total()), total()) : ''),
    message: () => message,
    step(now) {
      try {
        parts ??= partsOf(plan, plan.entries(now));
        // A started part whose documents are all gone (their pairs deleted) has nothing to print.
        const part = parts.find((p) => !p.pdfUrl && p.items.length > 0);
        if (!part) return finish();
        const last = part.items[part.items.length - 1];
        if (!part.docId) {
          if (!part.fixed) {
            // Fixed before the document exists: a kill after the copy finds the same cut.
            const started = parts.filter((p) => p.fixed || p === part);
            plan.saveStarted(started.map((p) => ({ name: p.name, last: p.last })));
            part.fixed = true;
          }
          const made = makeUnit(
            wal,
            { key: part.key, kind: 'pack', pairId: '', name: part.name },
            folder.getId(),
            (onFile) => startPrintPack(part.items, folder, part.name, onFile),
            { pairIds: [], number: '', date: caller.today },
          );
          part.docId = idFromUrl(made.url);
          holds = 1;
          return;
        }
        holds = printPackHolds(part.docId, last);
        if (holds < part.items.length) {
          holds += extendPrintPack(part.docId, part.items, holds);
          return;
        }
        // The PDF goes on the part's row in «Документы»: that row must be there first.
        if (!checkpoint(caller.ss, wal, lines, caller.user, env.store)) return;
        const pdf = printPackPdf(part.docId, folder, part.name);
        if (!recordPackPdf(caller, env, part.name, pdf.pdfUrl)) return;
        part.pdfUrl = pdf.pdfUrl;
        holds = 0;
        if (parts.every((p) => p.pdfUrl || p.items.length === 0)) finish();
      } catch (e) {
        // A template the pack cannot hold: the documents are made, the curator is told why no pack.
        if (!(e instanceof UserError)) throw e;
        done = true;
        message = ` ${e.message}`;
      }
    },
  };
}

/** The part's PDF on its row of «Документы», under the school's lock; false when the lock was busy. */
function recordPackPdf(caller: Caller, env: RunEnv, name: string, pdfUrl: string): boolean {
  try {
    withSchoolLock(
      caller.ss.getId(),
      () => {
        const store = env.store ?? new Store(caller.ss);
        const register = store.table('documents', ['type', 'title', 'link', 'pdf']);
        for (const row of register.rows)
          if (register.text(row, 'type') === REGISTER_TYPES.pack && register.text(row, 'title') === name)
            register.set(row, 'pdf', pdfUrl);
        store.save();
      },
      { waitMs: 5_000 },
    );
    return true;
  } catch (e) {
    if (e instanceof UserError && e.message === BUSY_MESSAGE) return false;
    throw e;
  }
}
