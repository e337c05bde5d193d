// MailApp: sends nothing, records every message in `outbox`, and enforces Google's limits
// (developers.google.com/apps-script/guides/services/quotas): recipients per day per user,
// 50 recipients per message, valid addresses. When it throws, nothing is sent or counted.
import { emulated } from './core';
import type { Workspace, ServiceModule } from './index';
import { blobParts } from './blob';
import { dayKey } from './script/time';
import { conform } from './surface';

export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';
// (check) Google's wording when one message has more than 50 recipients.
export const PER_MESSAGE_MESSAGE = 'Limit Exceeded: Email Recipients Per Message.';
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  /** base64 */
  data: string;
}

export interface SentMail {
  /** As passed: comma-separated addresses. */
  to: string;
  cc: string;
  bcc: string;
  /** Every address of to, cc and bcc. */
  recipients: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  /** The user the script ran as. */
  from: string;
  /** ISO time from the emulated clock. */
  sentAt: string;
  attachments: SentAttachment[];
}

interface MailState {
  outbox: SentMail[];
  used: Record<string, { day: string; count: number }>;
}

interface MessageOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
  inlineImages?: Record<string, unknown>;
}

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;

function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  return String(list)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

export class MailService implements ServiceModule {
  outbox: SentMail[] = [];
  private used: Record<string, { day: string; count: number }> = {};

  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    const app = conform<GoogleAppsScript.Mail.MailApp>()({
      sendEmail: (...args: unknown[]): void => this.send(args),
      getRemainingDailyQuota: () => this.remaining(),
    });
    return { MailApp: emulated('MailApp', app, this.ws.calls) };
  }

  /** Recipients the current user may still send to today. The day is the script's (check). */
  remaining(user = this.ws.user): number {
    const today = dayKey(this.ws.clock.nowMillis(), this.ws.timeZone);
    const used = this.used[user];
    const count = used && used.day === today ? used.count : 0;
    return Math.max(0, this.ws.options.mailQuota - count);
  }

  private send(args: unknown[]): void {
    let msg: MessageOptions;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
      msg = args[0] as MessageOptions;
    } else if (args.length === 4 && typeof args[3] === 'string') {
      // sendEmail(to, replyTo, subject, body)
      msg = {
        to: String(args[0]),
        replyTo: String(args[1]),
        subject: String(args[2]),
        body: String(args[3]),
      };
    } else {
      const options = (args[3] ?? {}) as MessageOptions;
      msg = { ...options, to: String(args[0]), subject: String(args[1] ?? ''), body: String(args[2] ?? '') };
    }
    const to = addresses(msg.to);
    const cc = addresses(msg.cc);
    const bcc = addresses(msg.bcc);
    const recipients = [...to, ...cc, ...bcc];
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    for (const address of recipients) {
      if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
    }
    if (msg.replyTo && !EMAIL.test(String(msg.replyTo).trim()))
      throw new Error(`Invalid email: ${String(msg.replyTo)}`);
    if (recipients.length > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(PER_MESSAGE_MESSAGE);
    if (recipients.length > this.remaining()) throw new Error(MAIL_QUOTA_MESSAGE);
    const attachments = (msg.attachments ?? []).map((a) => {
      const parts = blobParts(a);
      return {
        name: parts.name,
        contentType: parts.contentType,
        data: Buffer.from(parts.bytes).toString('base64'),
      };
    });
    const today = dayKey(this.ws.clock.nowMillis(), this.ws.timeZone);
    const used = this.used[this.ws.user];
    this.used[this.ws.user] = {
      day: today,
      count: (used && used.day === today ? used.count : 0) + recipients.length,
    };
    this.outbox.push({
      to: to.join(','),
      cc: cc.join(','),
      bcc: bcc.join(','),
      recipients,
      subject: String(msg.subject ?? ''),
      body: String(msg.body ?? ''),
      htmlBody: msg.htmlBody === undefined ? null : String(msg.htmlBody),
      name: msg.name === undefined ? null : String(msg.name),
      replyTo: msg.replyTo === undefined ? null : String(msg.replyTo),
      noReply: Boolean(msg.noReply),
      from: this.ws.user,
      sentAt: this.ws.clock.now().toISOString(),
      attachments,
    });
  }

  /** Messages to one address (to, cc or bcc), for tests. */
  to(address: string): SentMail[] {
    const a = address.trim().toLowerCase();
    return this.outbox.filter((m) => m.recipients.some((r) => r.toLowerCase() === a));
  }

  toState(): MailState {
    return { outbox: this.outbox, used: this.used };
  }

  loadState(state: unknown): void {
    const s = state as Partial<MailState>;
    this.outbox = s.outbox ?? [];
    this.used = s.used ?? {};
  }
}
