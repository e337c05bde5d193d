// What the daily run sends today. Pure: given today, the items' state and the keys already sent,
// it returns the emails — one per recipient per day at most — each with the keys it covers. A key
// is logged when its email is sent, so a second run the same day, from another trigger or after a
// failure, finds nothing new. A reminder that could not go today (no quota left) is planned again
// tomorrow if still due; if by then a later stage replaced it or it is not needed any more, it is
// recorded as overtaken (see overtaken()), never left promised.
import { daysBetween, daysLeftText, plural, ruDate } from './calendar';
import { TEXTS } from './texts';

export interface PlanItem {
  id: string;
  title: string;
  /** ISO deadline of the current school year, or null for undated items. */
  deadline: string | null;
  done: boolean;
  evidence: string;
  /** The responsible person's email ('' when unknown). */
  responsible: string;
}

/** A teacher who has not answered an open form. */
export interface TeacherTask {
  itemId: string;
  deadline: string;
  email: string;
  name: string;
  formTitle: string;
  link: string;
  /** The pair the answer is about (a monitoring questionnaire is one per pair). */
  pair?: string;
}

export interface PlanInput {
  today: string;
  items: PlanItem[];
  reminderDays: number[];
  directorEmail: string;
  curatorEmail: string;
  school: string;
  spreadsheetUrl: string;
  sent: ReadonlySet<string>;
  teachers: TeacherTask[];
  /** Events past the publication delay without a publication, for the curator. */
  unpublished: string[];
  /**
   * Lines other features add to a person's letter of the day (the programme's plan, issue #19),
   * and the letter for someone who has nothing else today.
   */
  personal?: {
    lines: PersonalLine[];
    letter: (
      email: string,
      name: string,
      lines: Array<{ key: string; text: string }>,
    ) => {
      subject: string;
      body: string;
    };
  };
}

/** One line for one person's letter of the day, with the key that makes it go once. */
export interface PersonalLine {
  email: string;
  name: string;
  key: string;
  text: string;
  /** Orders lines within a letter; at least 100, like the digest's other reminders. */
  urgency: number;
}

export interface PlannedEmail {
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  keys: string[];
  /** Lower is more urgent: escalations first, then the nearest deadlines. */
  urgency: number;
}

/** How many days after a missed deadline the director is still told (a late install sends no flood). */
export const ESCALATION_WINDOW = 7;

/** The reminder stage `days` falls in: the smallest configured day count ≥ days (0 = the day itself). */
export function stageOf(days: number, reminderDays: number[]): number | null {
  if (days < 0) return null;
  const stages = [...new Set([...reminderDays, 0])].sort((a, b) => a - b);
  const stage = stages.find((s) => s >= days);
  return stage === undefined ? null : stage;
}

export const keys = {
  remind: (id: string, deadline: string, stage: number, email: string) =>
    `remind|${id}|${deadline}|${stage}|${email}`,
  escalate: (id: string, deadline: string) => `escalate|${id}|${deadline}`,
  teacher: (id: string, deadline: string, stage: number, email: string) =>
    `teacher|${id}|${deadline}|${stage}|${email}`,
  publication: (label: string) => `publication|${label}`,
  day: (today: string, email: string) => `digest|${today}|${email}`,
};

interface Line {
  text: string;
  key: string;
  urgency: number;
}

export function planDay(input: PlanInput): PlannedEmail[] {
  const { today, sent } = input;
  const byRecipient = new Map<string, Line[]>();
  const add = (email: string, line: Line) => {
    if (!email || sent.has(line.key)) return;
    const list = byRecipient.get(email) ?? [];
    list.push(line);
    byRecipient.set(email, list);
  };
  const escalations: Line[] = [];

  for (const item of input.items) {
    if (item.done || !item.deadline) continue;
    const days = daysBetween(today, item.deadline);
    const stage = stageOf(days, input.reminderDays);
    if (stage !== null) {
      add(item.responsible, {
        key: keys.remind(item.id, item.deadline, stage, item.responsible),
        urgency: days,
        text: TEXTS.itemLine(item.id, item.title, ruDate(item.deadline), daysLeftText(days), item.evidence),
      });
    } else if (days < 0 && -days <= ESCALATION_WINDOW) {
      const key = keys.escalate(item.id, item.deadline);
      if (!sent.has(key))
        escalations.push({
          key,
          urgency: -1000 + days,
          text: TEXTS.overdueLine(item.id, item.title, ruDate(item.deadline), item.evidence),
        });
    }
  }
  if (input.curatorEmail && input.unpublished.length > 0) {
    for (const label of input.unpublished)
      add(input.curatorEmail, {
        key: keys.publication(label),
        urgency: 100,
        text: TEXTS.publicationLine(label),
      });
  }

  const personalKeys = new Set<string>();
  const personalNames = new Map<string, string>();
  for (const l of input.personal?.lines ?? []) {
    add(l.email, { key: l.key, urgency: l.urgency, text: l.text });
    personalKeys.add(l.key);
    if (l.name) personalNames.set(l.email, l.name);
  }

  const emails: PlannedEmail[] = [];
  const dayDone = (email: string) => sent.has(keys.day(today, email));

  // Forms a person has not answered, due today, by person: one letter names them all (a mentor of
  // three pairs gets one letter with the three questionnaires). Someone who gets a digest today
  // (the curator is often a teacher too) finds them in it instead.
  const tasksOf = new Map<string, Array<TeacherTask & { key: string; days: number }>>();
  for (const t of input.teachers) {
    const days = daysBetween(today, t.deadline);
    const stage = stageOf(days, input.reminderDays);
    if (stage === null || !t.email || dayDone(t.email)) continue;
    const key = keys.teacher(t.itemId, t.deadline, stage, t.email);
    if (sent.has(key)) continue;
    const list = tasksOf.get(t.email) ?? [];
    if (!list.some((x) => x.key === key && x.link === t.link)) list.push({ ...t, key, days });
    tasksOf.set(t.email, list);
  }
  for (const [email, tasks] of tasksOf) {
    if (!byRecipient.has(email)) continue;
    for (const t of tasks)
      add(email, {
        key: t.key,
        urgency: 100,
        text: TEXTS.formLine(t.formTitle, t.pair ?? '', t.link, ruDate(t.deadline), daysLeftText(t.days)),
      });
    tasksOf.delete(email);
  }
  const curatorGetsDigest =
    !!input.curatorEmail && byRecipient.has(input.curatorEmail) && !dayDone(input.curatorEmail);

  if (escalations.length > 0) {
    const director = input.directorEmail || input.curatorEmail;
    if (director && !dayDone(director)) {
      // The curator hears of it in their own digest when they get one today; else by copy.
      const cc =
        input.curatorEmail &&
        input.curatorEmail !== director &&
        !curatorGetsDigest &&
        !dayDone(input.curatorEmail)
          ? [input.curatorEmail]
          : [];
      const own = byRecipient.get(director) ?? [];
      byRecipient.delete(director);
      const lines = [...escalations, ...own];
      emails.push({
        to: [director],
        cc,
        subject: TEXTS.escalationSubject(input.school, escalations.length),
        body: TEXTS.escalationBody(
          escalations.map((l) => l.text),
          own.map((l) => l.text),
          input.spreadsheetUrl,
        ),
        keys: [...lines.map((l) => l.key), keys.day(today, director), ...cc.map((c) => keys.day(today, c))],
        urgency: Math.min(...lines.map((l) => l.urgency)),
      });
      if (curatorGetsDigest && input.curatorEmail !== director) {
        for (const e of escalations)
          byRecipient
            .get(input.curatorEmail)
            ?.unshift({ ...e, key: `${e.key}|copy`, text: TEXTS.toldDirector(e.text) });
      }
    }
  }

  for (const [email, lines] of byRecipient) {
    if (dayDone(email) || lines.length === 0) continue;
    lines.sort((a, b) => a.urgency - b.urgency);
    if (input.personal && lines.every((l) => personalKeys.has(l.key))) {
      // Only another feature's lines today: that feature's own letter.
      const letter = input.personal.letter(email, personalNames.get(email) ?? '', lines);
      emails.push({
        to: [email],
        cc: [],
        ...letter,
        keys: [...lines.map((l) => l.key), keys.day(today, email)],
        urgency: lines[0].urgency,
      });
      continue;
    }
    const deadlines = lines.filter((l) => l.urgency < 100).length;
    emails.push({
      to: [email],
      cc: [],
      subject: TEXTS.digestSubject(input.school, deadlines, lines.length - deadlines),
      body: TEXTS.digestBody(
        lines.map((l) => l.text),
        input.spreadsheetUrl,
        input.reminderDays,
      ),
      keys: [...lines.map((l) => l.key), keys.day(today, email)],
      urgency: lines[0].urgency,
    });
  }

  for (const [email, tasks] of tasksOf) {
    if (dayDone(email) || byRecipient.has(email)) continue;
    tasks.sort((a, b) => a.days - b.days || (a.pair ?? '').localeCompare(b.pair ?? ''));
    const [t] = tasks;
    const one = tasks.length === 1;
    emails.push({
      to: [email],
      cc: [],
      subject: one ? TEXTS.teacherSubject(t.formTitle) : TEXTS.teacherSubjectMany(tasks.length),
      body: one
        ? TEXTS.teacherBody(
            t.name,
            t.formTitle,
            t.link,
            ruDate(t.deadline),
            daysLeftText(t.days),
            input.school,
          )
        : TEXTS.teacherBodyMany(
            t.name,
            tasks.map((x) =>
              TEXTS.formLine(x.formTitle, x.pair ?? '', x.link, ruDate(x.deadline), daysLeftText(x.days)),
            ),
            input.school,
          ),
      // A monitoring reminder's key names the person, not the pair: one key for all their pairs.
      keys: [...new Set(tasks.map((x) => x.key)), keys.day(today, email)],
      urgency: 50 + t.days,
    });
  }
  return emails.sort((a, b) => a.urgency - b.urgency || a.to[0].localeCompare(b.to[0]));
}

/**
 * The keys of every reminder due today, sent or not: a reminder deferred on an earlier day is still
 * to go if its key is here, and has been overtaken if not.
 */
export function dueKeys(input: PlanInput): Set<string> {
  const due = new Set<string>();
  for (const item of input.items) {
    if (item.done || !item.deadline) continue;
    const days = daysBetween(input.today, item.deadline);
    const stage = stageOf(days, input.reminderDays);
    if (stage !== null) {
      if (item.responsible) due.add(keys.remind(item.id, item.deadline, stage, item.responsible));
    } else if (days < 0 && -days <= ESCALATION_WINDOW) {
      const key = keys.escalate(item.id, item.deadline);
      due.add(key);
      // The curator's copy goes only with the escalation itself.
      if (!input.sent.has(key)) due.add(`${key}|copy`);
    }
  }
  if (input.curatorEmail) for (const label of input.unpublished) due.add(keys.publication(label));
  for (const l of input.personal?.lines ?? []) due.add(l.key);
  for (const t of input.teachers) {
    const stage = stageOf(daysBetween(input.today, t.deadline), input.reminderDays);
    if (stage !== null) due.add(keys.teacher(t.itemId, t.deadline, stage, t.email));
  }
  return due;
}

/** The same reminder at another stage: `remind|1.1|2026-10-01|7|x@y` → `remind|1.1|2026-10-01|x@y`. */
function reminderOf(key: string): string | null {
  const parts = key.split('|');
  if ((parts[0] === 'remind' || parts[0] === 'teacher') && parts.length === 5)
    return [parts[0], parts[1], parts[2], parts[4]].join('|');
  return null;
}

export interface Overtaken {
  key: string;
  recipient: string;
  /** A later stage of the same reminder is due or sent; otherwise it is no longer needed at all. */
  superseded: boolean;
}

/**
 * Reminders deferred on an earlier day (no quota left) that will never go as such: a later stage of
 * the same reminder replaced them, or the item was done or its time passed. They are recorded in
 * «Журнал рассылок» as such, once, instead of staying promised.
 */
export function overtaken(
  deferred: ReadonlyMap<string, string>,
  due: ReadonlySet<string>,
  sent: ReadonlySet<string>,
): Overtaken[] {
  const later = new Set<string>();
  for (const key of [...due, ...sent]) {
    const reminder = reminderOf(key);
    if (reminder) later.add(reminder);
  }
  const out: Overtaken[] = [];
  for (const [key, recipient] of deferred) {
    if (sent.has(key) || due.has(key)) continue;
    const reminder = reminderOf(key);
    out.push({ key, recipient, superseded: reminder !== null && later.has(reminder) });
  }
  return out;
}

/** The Журнал line when the quota did not let everything go today. */
export function shortfallNote(deferred: PlannedEmail[]): string {
  const n = deferred.length;
  return TEXTS.shortfall(
    `${n} ${plural(n, 'письмо', 'письма', 'писем')}`,
    deferred.map((e) => e.to.join(', ')).join('; '),
  );
}
