// One definition of «ответили на анкету запросов» (roadmap 2.1), used by the roadmap, the reminders
// and the forms tab alike: a teacher of «Педагоги» (each address once) has answered this school year
// when the mentee bank holds their request, or the mentor bank their mentor questionnaire, dated
// from 1 August of the year being planned.
import { normalizeEmail } from '../shared/text';

export interface RequestFacts {
  /** Teachers in «Педагоги», each address once. */
  teachers: number;
  answered: number;
  notAnswered: Array<{ name: string; email: string }>;
}

export function requestFacts(
  teachers: ReadonlyArray<{ name: string; email: string }>,
  requests: ReadonlyArray<{ email: string; date: string }>,
  questionnaires: ReadonlyArray<{ email: string; date: string }>,
  since: string,
): RequestFacts {
  const answered = new Set<string>();
  for (const r of [...requests, ...questionnaires])
    if (r.email && r.date >= since) answered.add(normalizeEmail(r.email));
  const seen = new Set<string>();
  const notAnswered: Array<{ name: string; email: string }> = [];
  for (const t of teachers) {
    const email = normalizeEmail(t.email);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    if (!answered.has(email)) notAnswered.push({ name: t.name, email });
  }
  return { teachers: seen.size, answered: seen.size - notAnswered.length, notAnswered };
}
