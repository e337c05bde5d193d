// Sending email within the daily quota. Every message sent is logged in Журнал рассылок under its
// key(s) as soon as it is sent, so a failure half-way or a second run never sends it again. Each key
// is logged once: as sent, or as not sent because it was overtaken (deadlines/plan.ts). A reminder
// the quota held back is logged under `deferred|<key>`, which counts as not sent.
import type { Store } from '../store/store';
import { messageOf } from '../shared/errors';
import { executionStartedAt } from './lock';

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
  /** Not sent today for lack of quota: they stay due. */
  deferred: OutgoingEmail[];
  failed: Array<{ email: OutgoingEmail; error: string }>;
}

const MAX_RECIPIENTS = 50;

const DEFERRED = 'deferred|';

/** Keys already in Журнал рассылок: sent, or recorded as never to be sent. */
export function sentKeys(store: Store): Set<string> {
  return readMailLog(store).sent;
}

/** Журнал рассылок read once: the keys done with, and the reminders deferred (key → recipient). */
export function readMailLog(store: Store): { sent: Set<string>; deferred: Map<string, string> } {
  const log = store.table('mailLog', ['Ключ']);
  const sent = new Set<string>();
  const deferred = new Map<string, string>();
  for (const r of log.rows) {
    const key = log.text(r, 'Ключ');
    if (!key) continue;
    if (key.startsWith(DEFERRED)) deferred.set(key.slice(DEFERRED.length), log.text(r, 'Получатель'));
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
        Время: time,
        Ключ: DEFERRED + key,
        Получатель: email.to.join(', '),
        Тема: topic(email.subject),
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
    records.map((r) => ({ Время: time, Ключ: r.key, Получатель: r.recipient, Тема: r.topic })),
  );
}

/**
 * The log is written every few messages rather than after each (a write is two service calls),
 * and always at the end, errors included. Only a run killed outright between two writes (the time
 * budget below keeps clear of Google's limit) could send that many again.
 */
const LOG_EVERY = 25;
/**
 * Apps Script stops a run at 6 minutes, counted from the execution's start (which may have waited
 * for the school's lock); what is not sent by then waits for the next run.
 */
const TIME_BUDGET_MS = 4 * 60 * 1000;

export function sendEmails(
  store: Store,
  emails: OutgoingEmail[],
  already: Set<string>,
  startedAt = executionStartedAt(),
): SendReport {
  const report: SendReport = { sent: [], deferred: [], failed: [] };
  let quota = MailApp.getRemainingDailyQuota();
  let unlogged = 0;
  try {
    for (const email of emails) {
      if (email.keys.length > 0 && email.keys.every((k) => already.has(k))) continue;
      if (Date.now() - startedAt > TIME_BUDGET_MS) {
        report.deferred.push(email);
        continue;
      }
      const recipients = email.to.length + (email.cc?.length ?? 0);
      if (recipients > MAX_RECIPIENTS) {
        report.failed.push({ email, error: `больше ${MAX_RECIPIENTS} получателей в одном письме` });
        continue;
      }
      if (recipients > quota) {
        report.deferred.push(email);
        continue;
      }
      try {
        MailApp.sendEmail({
          to: email.to.join(','),
          cc: email.cc?.join(',') || undefined,
          subject: email.subject,
          body: email.body,
          name: 'Наставничество',
        });
      } catch (e) {
        const error = messageOf(e);
        // The quota ran out under us (another script of the same user): keep the rest for tomorrow.
        if (/too many times|слишком много/i.test(error)) {
          quota = 0;
          report.deferred.push(email);
          continue;
        }
        report.failed.push({ email, error });
        continue;
      }
      quota -= recipients;
      report.sent.push(email);
      const time = new Date();
      // Each key once: a message may also carry keys an earlier one logged (a stage reminder
      // already sent by the daily run, repeated in the curator's own mailing).
      const fresh = [...new Set(email.keys)].filter((k) => !already.has(k));
      const rows = (email.keys.length > 0 ? fresh : ['']).map((key) => ({
        Время: time,
        Ключ: key,
        Получатель: email.to.join(', '),
        Тема: email.subject,
      }));
      store.appendRows('mailLog', rows);
      if (++unlogged >= LOG_EVERY) {
        store.flushAppends('mailLog');
        unlogged = 0;
      }
      for (const k of email.keys) already.add(k);
    }
  } finally {
    store.flushAppends('mailLog');
  }
  return report;
}
