// Обоснование of each proposal, and the reason a mentee is left without a mentor, in plain Russian.
import { categoryRank, norm, scoreParts, years, type ScoreParts } from './score';
import { T } from './texts';
import type { MatchingInput, MenteeRequest, MentorCandidate, Proposal } from './types';

/** «Общие темы: методика урока, оценивание; один предмет — математика; стаж 24 года против 1 года; …» */
export function explainPair(mentor: MentorCandidate, mentee: MenteeRequest, parts: ScoreParts): string {
  const out = [parts.sharedTopics.length > 0 ? T.sharedTopics(parts.sharedTopics) : T.noSharedTopics];
  if (parts.sameSubject) out.push(T.sameSubject(mentee.subject));
  if (parts.experiencePoints > 0)
    out.push(T.experience(years(mentor.experienceYears), years(mentee.experienceYears)));
  if (parts.categoryPoints > 0)
    out.push(T.category(categoryRank(mentor.category), categoryRank(mentee.category)));
  if (!mentor.consentRecorded) out.push(T.noConsent);
  return out.join('; ');
}

export interface GroupMember {
  mentee: MenteeRequest;
  parts: ScoreParts;
}

/** «Группа из 3 наставляемых с общими темами: оценивание; темы наставника: оценивание; …» */
export function explainGroup(
  mentor: MentorCandidate,
  members: readonly GroupMember[],
  topics: readonly string[],
): string {
  const out = [T.group(members.length, topics)];
  const withMentor: string[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    for (const t of m.parts.sharedTopics) {
      const k = t.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        withMentor.push(t);
      }
    }
  }
  out.push(withMentor.length > 0 ? T.groupSharedWithMentor(withMentor) : T.groupNoTopicsWithMentor);
  if (members.every((m) => m.parts.sameSubject)) out.push(T.groupSameSubject(members[0].mentee.subject));
  if (members.every((m) => m.parts.experiencePoints > 0)) {
    const ys = members.map((m) => years(m.mentee.experienceYears));
    const from = Math.min(...ys);
    const to = Math.max(...ys);
    const mentorYears = years(mentor.experienceYears);
    out.push(from === to ? T.experience(mentorYears, from) : T.experienceRange(mentorYears, from, to));
  }
  if (members.every((m) => m.parts.categoryPoints > 0)) {
    const ranks = members.map((m) => categoryRank(m.mentee.category));
    const mentorRank = categoryRank(mentor.category);
    out.push(
      ranks.every((r) => r === ranks[0]) ? T.category(mentorRank, ranks[0]) : T.categoryAboveAll(mentorRank),
    );
  }
  if (!mentor.consentRecorded) out.push(T.noConsent);
  return out.join('; ');
}

/** What was found about one mentee left without a mentor. */
export interface UnmatchedFacts {
  /** No active mentor in the bank has a free place at all. */
  noFreeMentors: boolean;
  /** Requested topics no active mentor (other than the mentee) has. */
  uncoveredTopics: string[];
  /** Mentors good enough (score at least the minimum), not rejected: all of them were full or taken. */
  suitable: number;
  /** Mentors good enough but rejected by the curator. */
  rejected: number;
  /** The mentee is a mentor too and would be good enough for themself. */
  selfOnly: boolean;
}

/** «нет наставника с темой «инклюзия»; все подходящие наставники заняты» */
export function unmatchedReason(f: UnmatchedFacts): string {
  const out: string[] = [];
  if (f.noFreeMentors) return T.noActiveMentors;
  if (f.uncoveredTopics.length > 0) out.push(T.noMentorWithTopics(f.uncoveredTopics));
  if (f.suitable > 0) out.push(T.allBusy);
  else if (f.rejected > 0) out.push(T.allRejected);
  else if (f.selfOnly) out.push(T.onlySelf);
  else out.push(T.tooFar);
  return out.join('; ');
}

/**
 * Why a mentor of another subject was proposed while the school has a mentor of the mentee's own
 * subject: that mentor is full (its places go to other pairs and proposals), or shares fewer of the
 * mentee's topics, or scores lower overall. One note per such single-mentee proposal, keyed by the
 * mentee's email; the best same-subject mentor is the one named.
 */
export function otherSubjectNotes(
  input: MatchingInput,
  proposals: ReadonlyArray<Pick<Proposal, 'mentorEmail' | 'menteeEmails'>>,
): Map<string, string> {
  const notes = new Map<string, string>();
  const bySubject = new Map<string, MentorCandidate[]>();
  for (const m of input.mentors) {
    if (!m.active || !norm(m.subject)) continue;
    const list = bySubject.get(norm(m.subject)) ?? [];
    list.push(m);
    bySubject.set(norm(m.subject), list);
  }
  if (bySubject.size === 0) return notes;
  const load = new Map<string, number>();
  const add = (email: string, n: number) => load.set(norm(email), (load.get(norm(email)) ?? 0) + n);
  for (const p of input.pairs) if (p.active) add(p.mentorEmail, p.menteeEmails.length);
  for (const p of proposals) add(p.mentorEmail, p.menteeEmails.length);
  const free = (m: MentorCandidate) =>
    Math.max(
      0,
      (m.capacity && m.capacity > 0 ? m.capacity : input.settings.defaultCapacity) -
        (load.get(norm(m.email)) ?? 0),
    );
  const mentees = new Map(input.mentees.map((m) => [norm(m.email), m]));
  const mentors = new Map(input.mentors.map((m) => [norm(m.email), m]));
  for (const p of proposals) {
    if (p.menteeEmails.length !== 1) continue;
    const mentee = mentees.get(norm(p.menteeEmails[0]));
    const chosen = mentors.get(norm(p.mentorEmail));
    if (!mentee || !chosen || !norm(mentee.subject) || norm(chosen.subject) === norm(mentee.subject))
      continue;
    const same = (bySubject.get(norm(mentee.subject)) ?? []).filter(
      (m) => norm(m.email) !== norm(mentee.email) && norm(m.email) !== norm(chosen.email),
    );
    if (same.length === 0) continue;
    const won = scoreParts(chosen, mentee);
    const ranked = same
      .map((m) => ({ m, parts: scoreParts(m, mentee), free: free(m) }))
      .sort((a, b) => b.parts.score - a.parts.score || norm(a.m.email).localeCompare(norm(b.m.email)));
    const best = ranked.find((r) => r.free > 0) ?? ranked[0];
    const who = T.sameSubjectMentor(mentee.subject, best.m.name || best.m.email);
    let why: string;
    if (best.free === 0) why = T.sameSubjectFull(who);
    else if (best.parts.sharedTopics.length < won.sharedTopics.length)
      why = T.sameSubjectFewerTopics(who, best.parts.sharedTopics.length, won.sharedTopics.length);
    else why = T.sameSubjectLowerScore(who, best.parts.score, won.score);
    notes.set(norm(mentee.email), why);
  }
  return notes;
}
