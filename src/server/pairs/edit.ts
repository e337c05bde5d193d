// Changes to pairs and groups that the curator makes: create by hand, fix, dissolve, record consent.
// Pure over the tables; the bank statuses follow the pairs.
import { isGroupForm, isMentoringForm } from '../mentoring/texts';
import type { MenteeRecord, MentorRecord } from '../banks';
import { MENTEE_STATUS, MENTOR_STATUS, PAIR_STATUS } from '../schema';
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
  pairs: Table<'pairs'>;
  mentors: Table<'mentors'>;
  mentees: Table<'mentees'>;
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

/**
 * A new pair's term: it starts when the director's order fixes it (the order writes its date into
 * «Начало» unless the curator typed a date there first) and ends on 31 May of the school year.
 */
export function termOf(schoolYear: string, _today = ''): { start: ''; end: string } {
  const startYear = Number(schoolYear.slice(0, 4));
  return { start: '', end: `${startYear + 1}-05-31` };
}

export function kindFor(menteeCategories: string[]): string {
  if (menteeCategories.includes('Молодой специалист')) return 'Опытный педагог — молодой специалист';
  if (menteeCategories.includes('Новый сотрудник')) return 'Опытный педагог — новый сотрудник';
  return 'Педагог — педагог';
}

function setMenteeStatus(ctx: PairsContext, emails: string[], status: string): void {
  for (const mentee of ctx.menteeList) {
    if (emails.includes(mentee.email)) ctx.mentees.set(mentee.row, 'status', status);
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
  if (mentor.status !== MENTOR_STATUS.active)
    throw new UserError(TEXTS.inactiveMentor(mentor.name, mentor.status));
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
  // A group, or the form asked for, else the one mentee's preferred form (issue #19, item 7).
  // «Индивидуальная» from matching or the sidebar means one mentor and one mentee, nothing more.
  const asked =
    input.form && input.form !== 'Индивидуальная' && isMentoringForm(input.form) ? input.form : '';
  const preferred = mentees.length === 1 && isMentoringForm(mentees[0].form) ? mentees[0].form : '';
  const form =
    isGroupForm(asked) || mentees.length > 1
      ? 'Групповая'
      : asked || (preferred && !isGroupForm(preferred) ? preferred : 'Индивидуальная');
  const topics = input.topics ?? [...new Set(mentees.flatMap((m) => m.topics))];
  const id = nextPairId(
    existing.map((p) => p.id),
    ctx.schoolYear,
  );
  const term = termOf(ctx.schoolYear, ctx.today);
  const kind = kindFor(mentees.map((m) => m.category));
  const reason = input.reason ?? TEXTS.byHand;
  const row = ctx.pairs.append({
    id,
    mentor: formatPerson({ name: mentor.name, email: mentor.email }),
    mentees: mentees.map((m) => formatPerson({ name: m.name, email: m.email })).join('; '),
    form,
    kind,
    topics: topics.join(', '),
    start: term.start,
    end: term.end,
    status: PAIR_STATUS.proposed,
    reason,
    ...(ctx.pairs.has('fixed') ? { fixed: !!input.fixed } : {}),
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
    status: PAIR_STATUS.proposed,
    reason,
    fixed: !!input.fixed,
  });
  setMenteeStatus(ctx, menteeEmails, MENTEE_STATUS.paired);
  return id;
}

export function findPair(pairs: PairRecord[], id: string): PairRecord {
  const pair = pairs.find((p) => p.id === id.trim());
  if (!pair) throw new UserError(TEXTS.noPair(id));
  return pair;
}

export function setFixed(ctx: PairsContext, pair: PairRecord, fixed: boolean): void {
  if (!ctx.pairs.has('fixed')) throw new UserError(TEXTS.noFixedColumn);
  ctx.pairs.set(pair.row, 'fixed', fixed);
}

/** «Расторгнута»: the mentees go back to the bank and are proposed again. */
export function dissolve(ctx: PairsContext, pair: PairRecord, all: PairRecord[]): void {
  if (!isActive(pair)) throw new UserError(TEXTS.notActive(pair.id, pair.status));
  ctx.pairs.set(pair.row, 'status', PAIR_STATUS.terminated);
  if (ctx.pairs.has('fixed')) ctx.pairs.set(pair.row, 'fixed', false);
  const stillPaired = new Set(
    all.filter((p) => p !== pair && isActive(p)).flatMap((p) => p.mentees.map((m) => m.email)),
  );
  setMenteeStatus(
    ctx,
    pair.mentees.map((m) => m.email).filter((e) => !stillPaired.has(e)),
    MENTEE_STATUS.new,
  );
}

/** Records the date a signed consent came back; all in → «Согласована». */
export function recordConsent(ctx: PairsContext, pair: PairRecord, email: string, date: string): PersonRef[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError(TEXTS.badDate(date));
  if (date > ctx.today) throw new UserError(TEXTS.futureDate);
  const who = normalizeEmail(email);
  if (pair.mentor.email === who) {
    ctx.pairs.set(pair.row, 'mentorConsent', date);
    pair.mentorConsent = date;
  } else {
    const i = pair.mentees.findIndex((m) => m.email === who);
    if (i < 0) throw new UserError(TEXTS.notInPair(email, pair.id));
    pair.menteeConsents[i] = date;
    ctx.pairs.set(pair.row, 'menteeConsent', formatConsents(pair.menteeConsents));
  }
  const missing = missingConsents(pair);
  if (missing.length === 0 && pair.status === PAIR_STATUS.proposed) {
    ctx.pairs.set(pair.row, 'status', PAIR_STATUS.agreed);
    pair.status = PAIR_STATUS.agreed;
  }
  return missing;
}

export interface BulkConsentResult {
  /** Consents recorded now, one per participant. */
  recorded: number;
  /** Pairs that became «Согласована». */
  agreed: string[];
  /** Pairs still missing someone's consent, with who. */
  stillMissing: Array<{ id: string; names: string[] }>;
}

function checkConsentDate(ctx: PairsContext, date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError(TEXTS.badDate(date));
  if (date > ctx.today) throw new UserError(TEXTS.futureDate);
}

function agree(ctx: PairsContext, pair: PairRecord, result: BulkConsentResult): void {
  const missing = missingConsents(pair);
  if (missing.length === 0 && pair.status === PAIR_STATUS.proposed) {
    ctx.pairs.set(pair.row, 'status', PAIR_STATUS.agreed);
    pair.status = PAIR_STATUS.agreed;
    result.agreed.push(pair.id);
  } else if (missing.length > 0) {
    result.stillMissing.push({ id: pair.id, names: missing.map((m) => m.name || m.email) });
  }
}

/**
 * «Отметить всех»: every participant of the chosen pairs whose consent is not recorded signed on
 * `date` (the same checks as one at a time: a date, not in the future, active pairs only).
 */
export function recordConsentsOfPairs(
  ctx: PairsContext,
  pairs: PairRecord[],
  ids: string[],
  date: string,
): BulkConsentResult {
  checkConsentDate(ctx, date);
  if (ids.length === 0) throw new UserError(TEXTS.noPairsChosen);
  const chosen = [...new Set(ids.map((id) => String(id).trim()))].map((id) => findPair(pairs, id));
  for (const pair of chosen) if (!isActive(pair)) throw new UserError(TEXTS.notActive(pair.id, pair.status));
  const result: BulkConsentResult = { recorded: 0, agreed: [], stillMissing: [] };
  for (const pair of chosen) {
    if (!pair.mentorConsent) {
      ctx.pairs.set(pair.row, 'mentorConsent', date);
      pair.mentorConsent = date;
      result.recorded++;
    }
    if (pair.menteeConsents.some((d) => !d)) {
      pair.menteeConsents = pair.menteeConsents.map((d) => {
        if (d) return d;
        result.recorded++;
        return date;
      });
      ctx.pairs.set(pair.row, 'menteeConsent', formatConsents(pair.menteeConsents));
    }
    agree(ctx, pair, result);
  }
  return result;
}

/** A date staff typed that the checks refuse: named by pair and person. */
export interface TypedConsentProblem {
  id: string;
  row: number;
  column: string;
  message: string;
}

/**
 * «Принять даты из таблицы»: the consent dates staff typed into «Пары и группы» get the same checks
 * as the sidebar's (a date, not in the future); every active pair whose consents are all in becomes
 * «Согласована». A date the checks refuse is named, and its pair is not agreed.
 */
export function acceptTypedConsents(
  ctx: PairsContext,
  pairs: PairRecord[],
): BulkConsentResult & { problems: TypedConsentProblem[] } {
  const result: BulkConsentResult & { problems: TypedConsentProblem[] } = {
    recorded: 0,
    agreed: [],
    stillMissing: [],
    problems: [],
  };
  const mentorConsent = ctx.pairs.headerOf('mentorConsent');
  const menteeConsent = ctx.pairs.headerOf('menteeConsent');
  const cellProblems = ctx.pairs.problems.filter((p) => [mentorConsent, menteeConsent].includes(p.column));
  for (const pair of pairs.filter(isActive)) {
    const bad: TypedConsentProblem[] = cellProblems
      .filter((p) => p.row === pair.row)
      .map((p) => ({ id: pair.id, row: pair.row, column: p.column, message: p.message }));
    const typed = ctx.pairs.text(pair.row, 'menteeConsent');
    const parts = typed ? typed.split(';').map((s) => s.trim()) : [];
    pair.mentees.forEach((m, i) => {
      if (parts[i] && !pair.menteeConsents[i])
        bad.push({
          id: pair.id,
          row: pair.row,
          column: menteeConsent,
          message: TEXTS.typedNotDate(parts[i], m.name || m.email),
        });
    });
    const dates: Array<[string, string]> = [
      [mentorConsent, pair.mentorConsent],
      ...pair.menteeConsents.map((d): [string, string] => [menteeConsent, d]),
    ];
    for (const [column, d] of dates)
      if (d && d > ctx.today) bad.push({ id: pair.id, row: pair.row, column, message: TEXTS.typedFuture(d) });
    if (bad.length) {
      result.problems.push(...bad);
      continue;
    }
    result.recorded += dates.filter(([, d]) => d).length;
    agree(ctx, pair, result);
  }
  return result;
}
