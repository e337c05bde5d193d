// Response rate and averages per pair, per role and for the school (roadmap 6.1). Only answers to
// active pairs count; a person's repeat answer is already one row (responses.ts).
import { normalizeEmail, normalizeKey } from '../shared/text';
import {
  MONITORING_ROLES,
  SCORE_KEYS,
  type MonitoringPair,
  type MonitoringRecord,
  type MonitoringRole,
  type Scores,
} from './types';

export interface Rate {
  responded: number;
  expected: number;
  /** 0..1; 0 when nobody is expected. */
  rate: number;
}

export interface Averages {
  /** Mean of each question, null when nobody answered it. */
  byQuestion: Scores;
  /** Mean of every score given. */
  overall: number | null;
  /** Share (0..1) of those who answered «продолжить» with yes; null when nobody answered it. */
  continueShare: number | null;
  continueYes: number;
  continueAnswered: number;
  answers: number;
}

export interface GroupStats extends Rate {
  averages: Averages;
}

export interface PairStats extends GroupStats {
  pairId: string;
  mentor: string;
  byRole: Record<MonitoringRole, GroupStats>;
}

export interface MonitoringStats {
  school: GroupStats;
  byRole: Record<MonitoringRole, GroupStats>;
  byPair: PairStats[];
  /** Active participants without an answer, for reminders. */
  nonRespondents: Array<{ pairId: string; role: MonitoringRole; name: string; email: string }>;
}

/** Whether the record's author is a member of the pair in the role the record gives. */
export function isMember(pair: MonitoringPair, record: MonitoringRecord): boolean {
  const people = record.role === 'mentor' ? [pair.mentor] : pair.mentees;
  return people.some(
    (p) => p.email.trim() !== '' && normalizeEmail(p.email) === normalizeEmail(record.email),
  );
}

/**
 * The records that count: for an active pair, from a member of it in that role. Decided when read,
 * so a row staff correct (its Email or pair code) counts from then on.
 */
export function countedRecords<T extends MonitoringRecord>(
  pairs: readonly MonitoringPair[],
  records: readonly T[],
): T[] {
  return records.filter((r) => {
    const pair = pairs.find((p) => normalizeKey(p.id) === normalizeKey(r.pairId));
    return !!pair && isMember(pair, r);
  });
}

/** Records for an active pair whose author is not that member of it: kept, flagged, not counted. */
export function notMemberRecords<T extends MonitoringRecord>(
  pairs: readonly MonitoringPair[],
  records: readonly T[],
): T[] {
  return records.filter((r) => {
    const pair = pairs.find((p) => normalizeKey(p.id) === normalizeKey(r.pairId));
    return !!pair && !isMember(pair, r);
  });
}

export function monitoringStats(
  pairs: readonly MonitoringPair[],
  all: readonly MonitoringRecord[],
): MonitoringStats {
  // Only members' answers count, in the role they hold in the pair (issue #16, item 4).
  const records = countedRecords(pairs, all);
  const byPair: PairStats[] = [];
  const nonRespondents: MonitoringStats['nonRespondents'] = [];
  const counted: MonitoringRecord[] = [];
  for (const pair of pairs) {
    const mine = records.filter((r) => normalizeKey(r.pairId) === normalizeKey(pair.id));
    counted.push(...mine);
    const roles = {} as Record<MonitoringRole, GroupStats>;
    for (const role of MONITORING_ROLES) {
      const people = (role === 'mentor' ? [pair.mentor] : pair.mentees).filter((p) => p.email.trim() !== '');
      const answers = mine.filter((r) => r.role === role);
      const emails = new Set(answers.map((r) => r.email));
      for (const p of people) {
        if (!emails.has(normalizeEmail(p.email)))
          nonRespondents.push({ pairId: pair.id, role, name: p.name, email: normalizeEmail(p.email) });
      }
      roles[role] = {
        ...rate(emails.size, people.length),
        averages: averages(answers),
      };
    }
    const responded = roles.mentor.responded + roles.mentee.responded;
    const expected = roles.mentor.expected + roles.mentee.expected;
    byPair.push({
      pairId: pair.id,
      mentor: pair.mentor.name,
      byRole: roles,
      ...rate(responded, expected),
      averages: averages(mine),
    });
  }
  const byRole = {} as Record<MonitoringRole, GroupStats>;
  for (const role of MONITORING_ROLES) {
    const responded = byPair.reduce((s, p) => s + p.byRole[role].responded, 0);
    const expected = byPair.reduce((s, p) => s + p.byRole[role].expected, 0);
    byRole[role] = {
      ...rate(responded, expected),
      averages: averages(counted.filter((r) => r.role === role)),
    };
  }
  const school = {
    ...rate(
      byRole.mentor.responded + byRole.mentee.responded,
      byRole.mentor.expected + byRole.mentee.expected,
    ),
    averages: averages(counted),
  };
  return { school, byRole, byPair, nonRespondents };
}

function rate(responded: number, expected: number): Rate {
  return { responded, expected, rate: expected === 0 ? 0 : responded / expected };
}

export function averages(records: readonly MonitoringRecord[]): Averages {
  const byQuestion = {} as Scores;
  let sum = 0;
  let count = 0;
  for (const key of SCORE_KEYS) {
    const values = records.map((r) => r.scores[key]).filter((v): v is number => typeof v === 'number');
    byQuestion[key] = values.length ? mean(values) : null;
    sum += values.reduce((s, v) => s + v, 0);
    count += values.length;
  }
  const continueAnswered = records.filter((r) => r.wouldContinue !== null).length;
  const continueYes = records.filter((r) => r.wouldContinue === true).length;
  return {
    byQuestion,
    overall: count ? sum / count : null,
    continueShare: continueAnswered ? continueYes / continueAnswered : null,
    continueYes,
    continueAnswered,
    answers: records.length,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** «7,5»: one decimal, Russian comma; «—» for no value. */
export function formatScore(value: number | null): string {
  if (value === null) return '—';
  return (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
}

/** «83 %» */
export function formatPercent(share: number | null): string {
  if (share === null) return '—';
  return `${Math.round(share * 100)} %`;
}

/** The monitoring deadline of a school year «2026/2027»: 1 June of its second year. */
export function monitoringDeadline(schoolYear: string): string {
  const m = /^(\d{4})\/(\d{4})$/.exec(schoolYear.trim());
  if (!m) throw new Error(`Bad school year ${schoolYear}`);
  return `${m[2]}-06-01`;
}

/**
 * Whether non-respondents are reminded today: on each of `reminderDays` days before 1 June
 * (and only before it, when the questionnaires have been sent).
 */
export function monitoringReminderDue(
  todayIso: string,
  schoolYear: string,
  reminderDays: readonly number[],
): boolean {
  const deadline = monitoringDeadline(schoolYear);
  const days = Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${todayIso}T00:00:00Z`)) / 86400000,
  );
  return days > 0 && reminderDays.includes(days);
}
