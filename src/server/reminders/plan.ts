// The daily run, decided in pure code: which reminders are due today, gathered into one digest per
// person, most urgent first, within the day's mail quota. The adapter sends them and appends each
// email's keys to Журнал рассылок; whatever is not logged stays due and is planned again next run.
import { daysBetween, toIso, type LocalDate } from '../shared/dates';
import { normalizeEmail } from '../shared/text';
import { deadlineInYear, isDated, reminderOffsets, schoolYearOf } from '../roadmap/calendar';
import { digestBody, digestSubject } from './digest';
import { ESCALATION, UNPUBLISHED, beforeKind, formKind, reminderKey } from './keys';
import { TEXT } from './texts';
import type { DigestLine, PlanInput, PlannedEmail, ReminderPlan } from './types';

export const MAX_RECIPIENTS_PER_EMAIL = 50;
const DEFAULT_MAX_LATE_DAYS = 14;
const RANK: Record<DigestLine['type'], number> = { escalation: 0, deadline: 1, form: 2, unpublished: 3 };

/** One line for one recipient, with the keys it settles. */
interface Due {
  to: string;
  cc: string[];
  name: string;
  line: DigestLine;
  keys: string[];
  urgency: number;
}

/**
 * The offsets (days before `deadline`) whose reminder day has come, not too long ago, and whose key
 * is not logged. A missed one goes out late, merged with today's; none after the deadline.
 */
function dueOffsets(
  offsets: readonly number[],
  left: number,
  maxLate: number,
  keyOf: (offset: number) => string,
  sent: ReadonlySet<string>,
): string[] {
  if (left < 0) return [];
  return offsets
    .filter((o) => o >= left && o - left <= maxLate)
    .map(keyOf)
    .filter((k) => !sent.has(k));
}

export function planReminders(input: PlanInput): ReminderPlan {
  const { today, settings } = input;
  const sent: ReadonlySet<string> = new Set(
    Array.isArray(input.sent) ? (input.sent as readonly string[]) : [...(input.sent as ReadonlySet<string>)],
  );
  const maxLate = settings.maxLateDays ?? DEFAULT_MAX_LATE_DAYS;
  const offsets = reminderOffsets(settings.reminderDays);
  const curator = normalizeEmail(settings.curatorEmail);
  const director = normalizeEmail(settings.directorEmail);
  const year = schoolYearOf(today);
  const due: Due[] = [];

  for (const item of input.items) {
    if (!isDated(item.deadline)) continue;
    const current = deadlineInYear(item.deadline, year);
    const next = deadlineInYear(item.deadline, year + 1);
    // The evidence is this school year's; next year's deadline is not done yet whatever it says.
    const candidates: Array<{ date: LocalDate; done: boolean }> = [];
    if (current) candidates.push({ date: current, done: item.status === 'Выполнено' });
    if (next) candidates.push({ date: next, done: false });
    for (const { date, done } of candidates) {
      if (done) continue;
      const left = daysBetween(today, date);
      if (left >= 0) {
        for (const raw of item.responsible) {
          const to = normalizeEmail(raw);
          const keys = dueOffsets(
            offsets,
            left,
            maxLate,
            (o) => reminderKey(item.id, date, to, beforeKind(o)),
            sent,
          );
          if (keys.length === 0) continue;
          due.push({
            to,
            cc: [],
            name: '',
            keys,
            urgency: left,
            line: {
              type: 'deadline',
              itemId: item.id,
              short: item.short,
              deadline: date,
              daysLeft: left,
              explanation: item.explanation,
            },
          });
        }
      } else {
        // The day after an undone deadline: once, to the director with the curator in copy.
        const late = -left;
        const to = director || curator;
        if (!to || late - 1 > maxLate) continue;
        const key = reminderKey(item.id, date, to, ESCALATION);
        if (sent.has(key)) continue;
        due.push({
          to,
          cc: curator && curator !== to ? [curator] : [],
          name: '',
          keys: [key],
          urgency: -late,
          line: {
            type: 'escalation',
            itemId: item.id,
            short: item.short,
            deadline: date,
            daysOverdue: late,
            responsible: item.responsible.map(normalizeEmail),
            explanation: item.explanation,
          },
        });
      }
    }
  }

  for (const f of input.forms ?? []) {
    const to = normalizeEmail(f.email);
    if (!to) continue;
    const left = daysBetween(today, f.deadline);
    const keys = dueOffsets(
      offsets,
      left,
      maxLate,
      (o) => reminderKey(f.itemId, f.deadline, to, formKind(o)),
      sent,
    );
    if (keys.length === 0) continue;
    due.push({
      to,
      cc: [],
      name: f.name.trim(),
      keys,
      urgency: left,
      line: {
        type: 'form',
        itemId: f.itemId,
        formTitle: f.formTitle,
        formUrl: f.formUrl,
        deadline: f.deadline,
        daysLeft: left,
      },
    });
  }

  if (curator) {
    for (const u of input.unpublished ?? []) {
      const key = reminderKey('7.1', u.label.replace(/\|/g, '/'), curator, UNPUBLISHED);
      if (sent.has(key)) continue;
      due.push({
        to: curator,
        cc: [],
        name: '',
        keys: [key],
        // After every deadline: a publication can wait a day.
        urgency: 100000,
        line: { type: 'unpublished', label: u.label, daysSince: u.daysSince },
      });
    }
  }

  const emails = gather(due, input);
  return allot(emails, input.quota);
}

/** One email per recipient: the digest of all their lines, the most urgent first. */
function gather(due: readonly Due[], input: PlanInput): PlannedEmail[] {
  const byTo = new Map<string, Due[]>();
  for (const d of due) {
    const list = byTo.get(d.to);
    if (list) list.push(d);
    else byTo.set(d.to, [d]);
  }
  const emails: PlannedEmail[] = [];
  for (const [to, list] of byTo) {
    list.sort((a, b) => a.urgency - b.urgency || compareText(lineId(a.line), lineId(b.line)));
    const cc = [...new Set(list.flatMap((d) => d.cc))].filter((c) => c !== to);
    const lines = list.map((d) => d.line);
    const name = list.find((d) => d.name)?.name ?? '';
    emails.push({
      to: [to],
      cc: cc.slice(0, MAX_RECIPIENTS_PER_EMAIL - 1),
      subject: digestSubject(lines, input.settings),
      body: digestBody(lines, input.settings, name),
      keys: list.flatMap((d) => d.keys),
      lines,
      urgency: list[0].urgency,
    });
  }
  // Equal urgency: the staff's roadmap digests before teachers' form reminders.
  return emails.sort(
    (a, b) =>
      a.urgency - b.urgency || RANK[a.lines[0].type] - RANK[b.lines[0].type] || compareText(a.to[0], b.to[0]),
  );
}

/** In order of urgency while the quota lasts; the rest waits, so tomorrow starts where today stopped. */
function allot(emails: PlannedEmail[], quota: number): ReminderPlan {
  let left = Math.max(0, Math.floor(quota));
  const plan: ReminderPlan = { emails: [], deferred: [], shortfall: '' };
  for (const email of emails) {
    const recipients = email.to.length + email.cc.length;
    if (plan.deferred.length === 0 && recipients <= left) {
      plan.emails.push(email);
      left -= recipients;
    } else {
      plan.deferred.push(email);
    }
  }
  if (plan.deferred.length) plan.shortfall = TEXT.shortfall(plan.deferred.length);
  return plan;
}

function lineId(line: DigestLine): string {
  if (line.type === 'unpublished') return `7.1 ${line.label}`;
  return `${line.itemId} ${toIso(line.deadline)}`;
}

// Plain code-unit order: stable on every runtime, no locale tables needed.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
