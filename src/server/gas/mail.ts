// Sending email within the daily quota, each letter once, whatever kills the execution.
//
// Every letter goes through a write-ahead record in script properties (one key per school,
// `nastavnichestvo.mail.<spreadsheet id>`), under the school's lock (gas/lock.ts), which every
// sender holds while it sends (the daily run for its whole run, a mailing for a few letters):
//
//   intent {letter, the quota left, time} → MailApp.sendEmail → sent (same record)
//   → every few letters and at the end: the sent letters appended to «Журнал рассылок», then the
//     record emptied
//
// A later sender (the next sendEmails, or the runner's recovery: recoverMail) first settles what a
// killed one left: sent letters not in the log are written to it (a row already there is not
// written twice), and an intent without its result is resolved by the quota (read once per call,
// counted down per letter: never above the account's). If the account's quota left is still what
// the intent recorded, nothing was sent since, so the letter did not go and goes now like any
// other. If it is lower, the letter may have gone (or another script of the same account sent
// meanwhile): it is logged as sent, marked «Отправка не подтверждена», and named in «Журнал» with
// what to do if it never arrived (delete its row) — never sent a second time.
//
// What remains, since Google has no transactions and MailApp says nothing about a letter it sent:
//   - a kill between MailApp.sendEmail returning and the next property write (milliseconds) leaves a
//     letter that did go recorded as unconfirmed, not as sent; and a kill just before the letter
//     went, followed by other mail from the same account before the resume, leaves one that did not
//     go recorded as unconfirmed: both are named in «Журнал», neither is sent twice;
//   - Google refreshes the daily quota at a moment that «varies between users» (guides/services/
//     quotas). The quota test is trusted only on the same day and within TRUST_MS of the intent, but
//     if the refresh fell in that gap and the account's mail since brought its quota left back to
//     exactly what the intent recorded, a letter that did go would be taken for one that did not
//     and sent again.
//
// Each key is logged once: as sent, or as not sent because it was overtaken (deadlines/plan.ts). A
// reminder the quota held back is logged under `deferred|<key>`, which counts as not sent.
import type { RowValues } from '../schema';
import { Store } from '../store/store';
import { journal } from '../store/journal';
import { messageOf } from '../shared/errors';
import { executionStartedAt, trySchoolLock } from './lock';
import { MAIL_TEXTS } from './mail-texts';
import { readLongPieces, writeLong } from './jobs';

export interface OutgoingEmail {
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
  /** Keys of the reminders this message carries; any already logged means "already sent". */
  keys: string[];
}

export interface SendReport {
  sent: OutgoingEmail[];
  /** Not sent now (for lack of quota, of time, or the school's lock was busy): they stay due. */
  deferred: OutgoingEmail[];
  failed: Array<{ email: OutgoingEmail; error: string }>;
  /** Why the first letter was put off: the day's mail quota, the execution's time, the lock. */
  stopped?: 'quota' | 'time' | 'busy';
}

const MAX_RECIPIENTS = 50;

const DEFERRED = 'deferred|';

/** Recipients this account may still email today. */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Keys already in Журнал рассылок: sent, or recorded as never to be sent. */
export function sentKeys(store: Store): Set<string> {
  return readMailLog(store).sent;
}

/** Журнал рассылок read once: the keys done with, and the reminders deferred (key → recipient). */
export function readMailLog(store: Store): { sent: Set<string>; deferred: Map<string, string> } {
  const log = store.table('mailLog', ['key']);
  const sent = new Set<string>();
  const deferred = new Map<string, string>();
  for (const r of log.rows) {
    const key = log.text(r, 'key');
    if (!key) continue;
    if (key.startsWith(DEFERRED)) deferred.set(key.slice(DEFERRED.length), log.text(r, 'recipient'));
    else sent.add(key);
  }
  return { sent, deferred };
}

/**
 * Records the reminders the quota held back, once each (not the per-day digest keys: a digest is
 * planned afresh every day). `already`: those recorded before.
 */
export function logDeferred(
  store: Store,
  emails: OutgoingEmail[],
  already: ReadonlyMap<string, string>,
  topic: (subject: string) => string,
): void {
  const time = new Date();
  const seen = new Set(already.keys());
  for (const email of emails) {
    const keys = email.keys.filter((k) => k && !k.startsWith('digest|') && !seen.has(k));
    for (const k of keys) seen.add(k);
    store.appendRows(
      'mailLog',
      keys.map((key) => ({
        time,
        key: DEFERRED + key,
        recipient: email.to.join(', '),
        subject: topic(email.subject),
      })),
    );
  }
}

/** Records reminders that will not be sent (overtaken), under their own key: they never go. */
export function logNotSent(
  store: Store,
  records: Array<{ key: string; recipient: string; topic: string }>,
): void {
  const time = new Date();
  store.appendRows(
    'mailLog',
    records.map((r) => ({ time, key: r.key, recipient: r.recipient, subject: r.topic })),
  );
}

/**
 * Apps Script stops a run at 6 minutes, counted from the execution's start (which may have waited
 * for the school's lock); what is not sent by then waits for the next run.
 */
const TIME_BUDGET_MS = 4 * 60 * 1000;
/**
 * The sent letters go to «Журнал рассылок» every so many (a write is three Sheets calls) and at the
 * end; until then the record in script properties has them, so a kill loses none.
 */
const LOG_EVERY = 10;
/**
 * The record is written to the log before it grows past this many characters, besides every
 * LOG_EVERY letters. It is kept in as many properties as it needs (writeLong: 3,000 characters
 * each, one setProperties), so this only bounds a record of letters with very many keys (a digest
 * naming hundreds of teachers) to a few pieces.
 */
const RECORD_LIMIT = 24_000;
/** An intent is resolved by the quota only this soon after it was written (see the header). */
const TRUST_MS = 2 * 60 * 60 * 1000;
/** How long a sender waits for the school's lock unless it holds it already. */
const LOCK_WAIT_MS = 30_000;

const RECORD_PREFIX = 'nastavnichestvo.mail.';

/** A letter sent and not yet in the log: time, recipients, subject (index), keys, unconfirmed. */
type Entry = [at: number, to: string, subject: number, keys: string[], unconfirmed?: 1];

/** The letter being sent: written before MailApp.sendEmail. */
interface Flight {
  at: number;
  /** The account's recipients left just before the letter went. */
  quota: number;
  recipients: number;
  to: string;
  subject: number;
  keys: string[];
}

interface RecordData {
  subjects: string[];
  sent: Entry[];
  flight?: Flight;
}

/** UTF-8 length: the property limit is in bytes, and the subjects are Cyrillic. */
function bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** The write-ahead record of one school's mail, written through on every change. */
class MailRecord {
  private data: RecordData;
  private readonly key: string;
  /** The pieces the record takes in script properties (a digest may name hundreds of items). */
  private pieces: number;

  constructor(ssId: string) {
    this.key = RECORD_PREFIX + ssId;
    let read: Partial<RecordData> = {};
    const { text, pieces } = readLongPieces(this.key);
    this.pieces = pieces;
    try {
      read = JSON.parse(text ?? '{}') as Partial<RecordData>;
    } catch (_e) {
      // An unreadable record is dropped: at worst a log row is missing.
    }
    this.data = {
      subjects: Array.isArray(read.subjects) ? read.subjects : [],
      sent: Array.isArray(read.sent) ? read.sent : [],
      flight: read.flight,
    };
  }

  get flight(): Flight | undefined {
    return this.data.flight;
  }

  get empty(): boolean {
    return !this.data.flight && this.data.sent.length === 0;
  }

  size(): number {
    return bytes(JSON.stringify(this.data));
  }

  /** Before the letter goes. */
  begin(email: OutgoingEmail, keys: string[], quota: number, recipients: number): void {
    let subject = this.data.subjects.indexOf(email.subject);
    if (subject < 0) subject = this.data.subjects.push(email.subject) - 1;
    this.data.flight = { at: Date.now(), quota, recipients, to: email.to.join(', '), subject, keys };
    this.save();
  }

  /** The letter went. */
  confirm(): void {
    const f = this.data.flight;
    if (!f) return;
    this.data.sent.push([f.at, f.to, f.subject, f.keys]);
    this.data.flight = undefined;
    this.save();
  }

  /** The letter did not go (MailApp refused it, or a killed run's intent found unsent). */
  abort(): void {
    this.data.flight = undefined;
    this.save();
  }

  /** A killed run's letter that may have gone: logged as sent, marked unconfirmed. */
  unconfirmed(): Flight | undefined {
    const f = this.data.flight;
    if (!f) return undefined;
    this.data.sent.push([f.at, f.to, f.subject, f.keys, 1]);
    this.data.flight = undefined;
    this.save();
    return f;
  }

  subject(index: number): string {
    return this.data.subjects[index] ?? '';
  }

  /**
   * The log's rows for the sent letters. `logged`: keys the log has already (a killed run wrote
   * its rows but not its record's end), left out.
   */
  rows(logged?: ReadonlySet<string>): Array<RowValues<'mailLog'>> {
    const out: Array<RowValues<'mailLog'>> = [];
    for (const [at, to, subject, keys, unconfirmed] of this.data.sent) {
      const fresh = logged ? keys.filter((k) => !k || !logged.has(k)) : keys;
      const topic = unconfirmed ? MAIL_TEXTS.unconfirmed(this.subject(subject)) : this.subject(subject);
      for (const key of fresh) out.push({ time: new Date(at), key, recipient: to, subject: topic });
    }
    return out;
  }

  /** The sent letters are in the log now. */
  logged(): void {
    if (this.data.sent.length === 0) return;
    this.data.sent = [];
    this.data.subjects = this.data.flight ? this.data.subjects : [];
    this.save();
  }

  private save(): void {
    this.pieces = writeLong(this.key, this.empty ? null : JSON.stringify(this.data), this.pieces);
  }
}

/** Whether a killed run's intent can be taken as not sent: the quota left has not moved since. */
function notSent(flight: Flight, timeZone: string): boolean {
  const now = Date.now();
  if (now - flight.at > TRUST_MS || now < flight.at) return false;
  const day = (ms: number) => Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd');
  if (day(now) !== day(flight.at)) return false;
  return MailApp.getRemainingDailyQuota() === flight.quota;
}

/**
 * Writes the record's sent letters to the log (the caller holds the school's lock), then empties
 * it. `logged`: for a killed run's record, the keys the log has (read in this execution).
 */
function writeLog(store: Store, record: MailRecord, logged?: Set<string>): void {
  const rows = record.rows(logged);
  if (rows.length > 0) {
    store.appendRows('mailLog', rows);
    store.flushAppends('mailLog');
    if (logged) for (const r of rows) if (r.key) logged.add(String(r.key));
  }
  record.logged();
}

/**
 * What a killed sender left: its intent resolved by the quota, its sent letters written to the log
 * (and their keys added to `already`). The caller holds the school's lock.
 */
function settle(store: Store, record: MailRecord, already: Set<string>): void {
  if (record.empty) return;
  const flight = record.flight;
  if (flight) {
    if (notSent(flight, Session.getScriptTimeZone())) record.abort();
    else {
      record.unconfirmed();
      journal(
        store,
        MAIL_TEXTS.unconfirmedAction,
        MAIL_TEXTS.unconfirmedDetails(flight.to, record.subject(flight.subject)),
      );
      store.flushAppends('journal');
    }
  }
  writeLog(store, record, already);
}

/**
 * The start of a run of long work: a mailing killed half-way has its letters logged before the
 * next one is planned. Returns false when the school's lock was busy (the record then waits for
 * the next sender, which settles it first).
 */
export function recoverMail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const ssId = ss.getId();
  if (new MailRecord(ssId).empty) return true;
  const run = trySchoolLock(
    ssId,
    () => {
      const store = new Store(ss);
      settle(store, new MailRecord(ssId), sentKeys(store));
    },
    { waitMs: 5_000 },
  );
  return run.ran;
}

export interface SendOptions {
  /** When the execution started: the time budget counts from it. */
  startedAt?: number;
  /** How long to wait for the school's lock if this execution does not hold it. */
  waitMs?: number;
}

/**
 * Sends what is not sent yet, each letter once, under the school's lock (taken here if the caller
 * does not hold it: a busy lock puts every letter off, `stopped: 'busy'`). `already`: the keys in
 * the log; the keys of the letters sent are added to it.
 */
export function sendEmails(
  store: Store,
  emails: OutgoingEmail[],
  already: Set<string>,
  options: SendOptions = {},
): SendReport {
  const run = trySchoolLock(store.ss.getId(), () => sendLocked(store, emails, already, options), {
    waitMs: options.waitMs ?? LOCK_WAIT_MS,
  });
  if (run.ran) return run.value;
  const due = emails.filter((e) => !(e.keys.length > 0 && e.keys.every((k) => already.has(k))));
  return { sent: [], deferred: due, failed: [], stopped: due.length > 0 ? 'busy' : undefined };
}

function sendLocked(
  store: Store,
  emails: OutgoingEmail[],
  already: Set<string>,
  { startedAt = executionStartedAt() }: SendOptions,
): SendReport {
  const report: SendReport = { sent: [], deferred: [], failed: [] };
  const defer = (email: OutgoingEmail, why: 'quota' | 'time') => {
    report.deferred.push(email);
    report.stopped ??= why;
  };
  const record = new MailRecord(store.ss.getId());
  settle(store, record, already);
  let quota = Infinity;
  let unlogged = 0;
  try {
    for (const email of emails) {
      if (email.keys.length > 0 && email.keys.every((k) => already.has(k))) continue;
      if (Date.now() - startedAt > TIME_BUDGET_MS) {
        defer(email, 'time');
        continue;
      }
      const recipients = email.to.length + (email.cc?.length ?? 0);
      if (recipients > MAX_RECIPIENTS) {
        report.failed.push({ email, error: `больше ${MAX_RECIPIENTS} получателей в одном письме` });
        continue;
      }
      // Read once per call and counted down: the intent keeps it, and it is what tells a killed
      // run's letter that did not go from one that may have. If another script of the account sent
      // meanwhile, the account's quota is lower than this count, and such a letter is taken as
      // unconfirmed: never as not sent when it went.
      if (quota === Infinity) quota = MailApp.getRemainingDailyQuota();
      if (recipients > quota) {
        defer(email, 'quota');
        continue;
      }
      if (record.size() > RECORD_LIMIT) {
        writeLog(store, record);
        unlogged = 0;
      }
      // Each key once: a message may also carry keys an earlier one logged (a stage reminder
      // already sent by the daily run, repeated in the curator's own mailing).
      const fresh = [...new Set(email.keys)].filter((k) => !already.has(k));
      record.begin(email, email.keys.length > 0 ? fresh : [''], quota, recipients);
      try {
        MailApp.sendEmail({
          to: email.to.join(','),
          cc: email.cc?.join(',') || undefined,
          subject: email.subject,
          body: email.body,
          name: 'Наставничество',
        });
      } catch (e) {
        record.abort();
        const error = messageOf(e);
        // The quota ran out under us (another script of the same user): keep the rest for tomorrow.
        if (/too many times|слишком много/i.test(error)) {
          quota = 0;
          defer(email, 'quota');
          continue;
        }
        report.failed.push({ email, error });
        continue;
      }
      record.confirm();
      quota -= recipients;
      report.sent.push(email);
      for (const k of email.keys) already.add(k);
      if (++unlogged >= LOG_EVERY) {
        writeLog(store, record);
        unlogged = 0;
      }
    }
  } finally {
    writeLog(store, record);
  }
  return report;
}
