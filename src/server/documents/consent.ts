// «Согласие на участие в наставнической деятельности»: one per participant, to print and sign
// (ст. 351.8 ТК РФ for the extra duties, 152-ФЗ for the personal data).
import { orDash, pairValues, schoolValues } from './common';
import { checkTerm } from './order';
import { declinePosition, initialsSurname, surnameInitials } from './russian';
import { COMPOSITION, DOC_NAMES, PAIR_OR_GROUP, ROLE } from './texts';
import type { DocContent, PairForDocs, Person, SchoolInfo } from './types';

function consentFor(
  school: SchoolInfo,
  pair: PairForDocs,
  person: Person,
  role: 'mentor' | 'mentee',
): DocContent {
  const base = pairValues(pair);
  const others =
    role === 'mentee'
      ? COMPOSITION.menteeOf(surnameInitials(pair.mentor.name))
      : pair.mentees.length === 1
        ? COMPOSITION.mentorOfOne(surnameInitials(pair.mentees[0].name))
        : COMPOSITION.mentorOf(pair.mentees.map((m) => surnameInitials(m.name)).join(', '));
  return {
    kind: role === 'mentor' ? 'consentMentor' : 'consentMentee',
    name: DOC_NAMES.consent(surnameInitials(person.name), pair.id),
    values: {
      ...schoolValues(school),
      ...base,
      пара: pair.id,
      вид: orDash(pair.kind),
      пара_или_группа:
        pair.mentees.length > 1 || pair.form === 'Групповая' ? PAIR_OR_GROUP.group : PAIR_OR_GROUP.pair,
      участник: person.name.trim(),
      участник_род: surnameInitials(person.name, 'genitive'),
      участник_подпись: initialsSurname(person.name),
      должность_участника: orDash(person.position),
      должность_участника_род: person.position.trim() ? declinePosition(person.position, 'genitive') : '',
      роль: role === 'mentor' ? ROLE.mentor : ROLE.mentee,
      состав: others,
    },
    rowSets: [],
  };
}

/** The consent forms of a pair or group: the mentor's, then each mentee's. */
export function buildConsents(school: SchoolInfo, pair: PairForDocs): DocContent[] {
  checkTerm(pair);
  return [
    consentFor(school, pair, pair.mentor, 'mentor'),
    ...pair.mentees.map((m) => consentFor(school, pair, m, 'mentee')),
  ];
}

/** The consent of one participant, found by email (for «сформировать согласие» on one person). */
export function buildConsent(school: SchoolInfo, pair: PairForDocs, email: string): DocContent | null {
  const key = email.trim().toLowerCase();
  if (pair.mentor.email.trim().toLowerCase() === key) return consentFor(school, pair, pair.mentor, 'mentor');
  const mentee = pair.mentees.find((m) => m.email.trim().toLowerCase() === key);
  return mentee ? consentFor(school, pair, mentee, 'mentee') : null;
}
