// A stamp of the data proposals were made from. Proposals are accepted only if the stamp still
// matches the sheets: otherwise a mentor may be gone or full, and half of a stale plan is worse
// than none. Pure FNV-1a over a canonical, order-independent text (Apps Script has no crypto
// that runs in tests as well).
import { categoryRank, distinctTopics, isNewcomer, norm, years } from './score';
import { T } from './texts';
import type { MatchingInput, StaleCheck } from './types';

/** Positive whole number, else the fallback. */
export function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

export function schoolCapacity(input: MatchingInput): number {
  return positiveInt(input.settings?.defaultCapacity, 2);
}

const SECTIONS = ['mentors', 'mentees', 'pairs', 'rejections', 'settings'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * One sorted list of lines per section: only what changes the proposals or their wording. Topics,
 * subjects and categories repeat across thousands of rows, so each distinct text is normalised
 * once per call (the «Другой наставник» check runs this at district size within its 50 ms).
 */
function canonical(input: MatchingInput): Record<Section, string> {
  const lines = (rows: string[]): string => rows.sort().join('\n');
  const memo = <T>(f: (text: string) => T): ((text: string) => T) => {
    const seen = new Map<string, T>();
    return (text) => {
      let value = seen.get(text);
      if (value === undefined) {
        value = f(text);
        seen.set(text, value);
      }
      return value;
    };
  };
  const normal = memo(norm);
  const rank = memo(categoryRank);
  const newcomer = memo(isNewcomer);
  const topicKey = memo((t) => distinctTopics([t]).map(norm)[0] ?? '');
  const topicsKey = (topics: readonly string[]): string[] => {
    const keys = new Set<string>();
    for (const t of topics) {
      const k = topicKey(t);
      if (k !== '') keys.add(k);
    }
    return [...keys].sort();
  };
  return {
    mentors: lines(
      input.mentors.map((r) =>
        JSON.stringify([
          norm(r.email),
          normal(r.subject),
          years(r.experienceYears),
          rank(r.category),
          topicsKey(r.competencies),
          positiveInt(r.capacity, 0),
          !!r.active,
          !!r.consentRecorded,
        ]),
      ),
    ),
    mentees: lines(
      input.mentees.map((e) =>
        JSON.stringify([
          norm(e.email),
          normal(e.subject),
          years(e.experienceYears),
          rank(e.category),
          newcomer(e.menteeCategory ?? ''),
          topicsKey(e.topics),
          normal(e.preferredForm),
        ]),
      ),
    ),
    // Only pairs that hold places matter, and not their ids.
    pairs: lines(
      input.pairs
        .filter((p) => p.active || p.fixed)
        .map((p) => JSON.stringify([norm(p.mentorEmail), p.menteeEmails.map(norm).sort()])),
    ),
    rejections: lines(
      input.rejections.map((x) => JSON.stringify([norm(x.mentorEmail), norm(x.menteeEmail)])),
    ),
    settings: String(schoolCapacity(input)),
  };
}

/** 64 bits as 16 hex digits: FNV-1a 32 with two offset bases. */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    b ^= b >>> 15;
  }
  const hex = (x: number): string => ('0000000' + (x >>> 0).toString(16)).slice(-8);
  return hex(a) + hex(b);
}

/** One hash per section, joined by «.», so a stale check can say what changed. */
export function fingerprint(input: MatchingInput): string {
  const c = canonical(input);
  return SECTIONS.map((s) => hash(c[s])).join('.');
}

/**
 * Are proposals stamped with a fingerprint (the result of proposePairs, or the stamp alone) still
 * valid for `input`? If not, why, in Russian.
 */
export function checkStale(stamped: { fingerprint: string } | string, input: MatchingInput): StaleCheck {
  const stamp = typeof stamped === 'string' ? stamped : stamped?.fingerprint;
  if (typeof stamp !== 'string' || stamp === '') return { valid: false, reason: T.staleMissing };
  const fresh = fingerprint(input);
  if (stamp === fresh) return { valid: true };
  const old = stamp.split('.');
  const now = fresh.split('.');
  if (old.length !== now.length) return { valid: false, reason: T.staleUnknown };
  const changed = SECTIONS.filter((_, i) => old[i] !== now[i]).map((s) => T.staleParts[s]);
  return { valid: false, reason: T.stale(changed) };
}
