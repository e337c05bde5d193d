// Mentees given to one mentor who prefer a group («Групповая» or «Любая») and share a topic are
// proposed as one group; «Индивидуальная» (or no preference stated) always stays a pair.
import { norm } from './score';
import type { MenteeRequest } from './types';

export function wantsGroup(mentee: MenteeRequest): boolean {
  const f = norm(mentee.preferredForm);
  return f === 'групповая' || f === 'любая';
}

export interface Grouping {
  /** Indices into the mentees given, each group of two or more, with the topics all of them share. */
  groups: Array<{ members: number[]; topics: string[] }>;
  /** Indices of mentees who stay in individual pairs. */
  single: number[];
}

/**
 * Repeatedly takes the topic most of the remaining group-minded mentees share (ties: a topic the
 * mentor has, then alphabetical), and makes everyone with it one group. The mentor's capacity was
 * already respected by the assignment: a group only joins mentees the mentor was given.
 */
export function formGroups(
  mentees: readonly MenteeRequest[],
  mentorCompetencies: readonly string[],
): Grouping {
  const mentorTopics = new Set(mentorCompetencies.map(norm));
  const topicSets = mentees.map((e) => new Set(e.topics.map(norm).filter((t) => t !== '')));
  let open = mentees.map((_, i) => i).filter((i) => wantsGroup(mentees[i]));
  const groups: Grouping['groups'] = [];
  for (;;) {
    const counts = new Map<string, number>();
    for (const i of open) for (const t of topicSets[i]) counts.set(t, (counts.get(t) ?? 0) + 1);
    const ranked = [...counts]
      .filter(([, count]) => count >= 2)
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          Number(mentorTopics.has(b[0])) - Number(mentorTopics.has(a[0])) ||
          (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
      );
    if (ranked.length === 0) break;
    const best = ranked[0][0];
    const members = open.filter((i) => topicSets[i].has(best));
    const first = mentees[members[0]];
    const common = first.topics.filter(
      (t, k) =>
        norm(t) !== '' &&
        first.topics.findIndex((u) => norm(u) === norm(t)) === k &&
        members.every((i) => topicSets[i].has(norm(t))),
    );
    groups.push({ members, topics: common.map((t) => t.replace(/\s+/g, ' ').trim()) });
    open = open.filter((i) => !topicSets[i].has(best));
  }
  const grouped = new Set(groups.flatMap((g) => g.members));
  return { groups, single: mentees.map((_, i) => i).filter((i) => !grouped.has(i)) };
}
