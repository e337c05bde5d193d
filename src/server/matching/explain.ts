// Обоснование of each proposal, and the reason a mentee is left without a mentor, in plain Russian.
import { categoryRank, years, type ScoreParts } from './score';
import { T } from './texts';
import type { MenteeRequest, MentorCandidate } from './types';

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
