// Changes to pairs and groups that the curator makes: create by hand, fix, dissolve, record consent.
// Pure over the tables; the bank statuses follow the pairs.
import type { MenteeRecord, MentorRecord } from '../banks';
import { UserError } from '../shared/errors';
import { normalizeEmail } from '../shared/text';
import type { Table } from '../store/table';
import {
  formatConsents,
  formatPerson,
  isActive,
  missingConsents,
  readPairs,
  type PairRecord,
  type PersonRef,
} from './model';
import { TEXTS } from './texts';

export interface PairsContext {
  pairs: Table;
  mentors: Table;
  mentees: Table;
  mentorList: MentorRecord[];
  menteeList: MenteeRecord[];
  names: Map<string, string>;
  schoolYear: string;
  today: string;
  defaultCapacity: number;
}

export function pairsOf(ctx: PairsContext): PairRecord[] {
  return readPairs(ctx.pairs, ctx.names);
}

/** НП-2026-01, НП-2026-02, … numbered within the school year. */
export function nextPairId(existing: string[], schoolYear: string): string {
  const prefix = `НП-${schoolYear.slice(0, 4)}-`;
  let max = 0;
  for (const id of existing) {
    if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  }
  return `${prefix}${String(max + 1).padStart(2, '0')}`;
}

export function termOf(schoolYear: string, today: string): { start: string; end: string } {
  const startYear = Number(schoolYear.slice(0, 4));
  const yearStart = `${startYear}-09-01`;
  const end = `${startYear + 1}-05-31`;
  const start = today >= yearStart && today <= end ? today : yearStart;
  return { start, end };
}

export function kindFor(menteeCategories: string[]): string {
  if (menteeCategories.includes('Молодой специалист')) return 'Опытный педагог — молодой специалист';
  if (menteeCategories.includes('Новый сотрудник')) return 'Опытный педагог — новый сотрудник';
  return 'Педагог — педагог';
}

function setMenteeStatus(ctx: PairsContext, emails: string[], status: string): void {
  for (const mentee of ctx.menteeList) {
    if (emails.includes(mentee.email)) ctx.mentees.set(mentee.row, 'Статус', status);
  }
}

export interface NewPair {
  mentorEmail: string;
  menteeEmails: string[];
  form?: string;
  topics?: string[];
  reason?: string;
  fixed?: boolean;
}

/** Validates and appends a pair; returns its ID. */
export function addPair(ctx: PairsContext, input: NewPair, existing: PairRecord[]): string {
  const mentorEmail = normalizeEmail(input.mentorEmail);
  const mentor = ctx.mentorList.find((m) => m.email === mentorEmail);
  if (!mentor) throw new UserError(TEXTS.noMentor(input.mentorEmail));
  if (mentor.status !== 'Активен') throw new UserError(TEXTS.inactiveMentor(mentor.name, mentor.status));
  const menteeEmails = [...new Set(input.menteeEmails.map(normalizeEmail))];
  if (menteeEmails.length === 0) throw new UserError(TEXTS.noMentees);
  const mentees = menteeEmails.map((email) => {
    const found = ctx.menteeList.find((m) => m.email === email);
    if (!found) throw new UserError(TEXTS.noMentee(email));
    if (email === mentorEmail) throw new UserError(TEXTS.self(found.name));
    return found;
  });
  const active = existing.filter(isActive);
  for (const m of mentees) {
    const other = active.find((p) => p.mentees.some((x) => x.email === m.email));
    if (other) throw new UserError(TEXTS.alreadyPaired(m.name, other.id));
  }
  const load = active.filter((p) => p.mentor.email === mentorEmail).reduce((n, p) => n + p.mentees.length, 0);
  const capacity = mentor.capacity ?? ctx.defaultCapacity;
  if (load + mentees.length > capacity) throw new UserError(TEXTS.overCapacity(mentor.name, capacity, load));
  const form = input.form === 'Групповая' || mentees.length > 1 ? 'Групповая' : 'Индивидуальная';
  const topics = input.topics ?? [...new Set(mentees.flatMap((m) => m.topics))];
  const id = nextPairId(
    existing.map((p) => p.id),
    ctx.schoolYear,
  );
  const term = termOf(ctx.schoolYear, ctx.today);
  const kind = kindFor(mentees.map((m) => m.category));
  const reason = input.reason ?? TEXTS.byHand;
  const row = ctx.pairs.append({
    ID: id,
    Наставник: formatPerson({ name: mentor.name, email: mentor.email }),
    Наставляемые: mentees.map((m) => formatPerson({ name: m.name, email: m.email })).join('; '),
    Форма: form,
    Вид: kind,
    Темы: topics.join(', '),
    Начало: term.start,
    Окончание: term.end,
    Статус: 'Предложена',
    Обоснование: reason,
    ...(ctx.pairs.has('Закреплена') ? { Закреплена: !!input.fixed } : {}),
  });
  // Callers adding several pairs in one operation pass the same list: no re-reading per pair.
  existing.push({
    row,
    id,
    mentor: { name: mentor.name, email: mentor.email },
    mentees: mentees.map((m) => ({ name: m.name, email: m.email })),
    form,
    kind,
    topics,
    start: term.start,
    end: term.end,
    mentorConsent: '',
    menteeConsents: mentees.map(() => ''),
    order: '',
    programme: '',
    status: 'Предложена',
    reason,
    fixed: !!input.fixed,
  });
  setMenteeStatus(ctx, menteeEmails, 'В паре');
  return id;
}

export function findPair(pairs: PairRecord[], id: string): PairRecord {
  const pair = pairs.find((p) => p.id === id.trim());
  if (!pair) throw new UserError(TEXTS.noPair(id));
  return pair;
}

export function setFixed(ctx: PairsContext, pair: PairRecord, fixed: boolean): void {
  if (!ctx.pairs.has('Закреплена')) throw new UserError(TEXTS.noFixedColumn);
  ctx.pairs.set(pair.row, 'Закреплена', fixed);
}

/** «Расторгнута»: the mentees go back to the bank and are proposed again. */
export function dissolve(ctx: PairsContext, pair: PairRecord, all: PairRecord[]): void {
  if (!isActive(pair)) throw new UserError(TEXTS.notActive(pair.id, pair.status));
  ctx.pairs.set(pair.row, 'Статус', 'Расторгнута');
  ctx.pairs.set(pair.row, 'Закреплена', false);
  const stillPaired = new Set(
    all.filter((p) => p !== pair && isActive(p)).flatMap((p) => p.mentees.map((m) => m.email)),
  );
  setMenteeStatus(
    ctx,
    pair.mentees.map((m) => m.email).filter((e) => !stillPaired.has(e)),
    'Новый',
  );
}

/** Records the date a signed consent came back; all in → «Согласована». */
export function recordConsent(ctx: PairsContext, pair: PairRecord, email: string, date: string): PersonRef[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError(TEXTS.badDate(date));
  if (date > ctx.today) throw new UserError(TEXTS.futureDate);
  const who = normalizeEmail(email);
  if (pair.mentor.email === who) {
    ctx.pairs.set(pair.row, 'Согласие наставника', date);
    pair.mentorConsent = date;
  } else {
    const i = pair.mentees.findIndex((m) => m.email === who);
    if (i < 0) throw new UserError(TEXTS.notInPair(email, pair.id));
    pair.menteeConsents[i] = date;
    ctx.pairs.set(pair.row, 'Согласие наставляемых', formatConsents(pair.menteeConsents));
  }
  const missing = missingConsents(pair);
  if (missing.length === 0 && pair.status === 'Предложена') {
    ctx.pairs.set(pair.row, 'Статус', 'Согласована');
    pair.status = 'Согласована';
  }
  return missing;
}
