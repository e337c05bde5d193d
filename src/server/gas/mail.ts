// Sending email within the daily quota. Every message sent is logged in Журнал рассылок under its
// key(s) as soon as it is sent, so a failure half-way or a second run never sends it again.
import type { Store } from '../store/store';
import { messageOf } from '../shared/errors';

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

/** Keys already in Журнал рассылок. */
export function sentKeys(store: Store): Set<string> {
  const log = store.table('mailLog', ['Ключ']);
  return new Set(log.rows.map((r) => log.text(r, 'Ключ')).filter((k) => k));
}

/**
 * The log is written every few messages rather than after each (a write is two service calls),
 * and always at the end, errors included. Only a run killed outright between two writes (the time
 * budget below keeps clear of Google's limit) could send that many again.
 */
const LOG_EVERY = 25;
/** Apps Script stops a run at 6 minutes; what is not sent by then waits for the next run. */
const TIME_BUDGET_MS = 4 * 60 * 1000;

export function sendEmails(
  store: Store,
  emails: OutgoingEmail[],
  already: Set<string>,
  startedAt = Date.now(),
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
      const rows = (email.keys.length > 0 ? email.keys : ['']).map((key) => ({
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
