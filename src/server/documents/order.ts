// The director's order «О закреплении наставнических пар/групп» (roadmap 1.1): only pairs whose
// every participant's written consent came back; the wording of the clauses is in the template.
import { UserError } from '../shared/errors';
import { normalizeEmail } from '../shared/text';
import { cityName, nameAndPosition, pairValues, schoolValues } from './common';
import { dateLong, dateNumeric, declineName, declinePosition, parseIso, surnameInitials } from './russian';
import { DOC_NAMES, ERRORS, ROW_SET_TITLES } from './texts';
import type { DocContent, IsoDate, PairForDocs, Person, PlaceholderValues, SchoolInfo } from './types';

export interface OrderDetails {
  number: string;
  date: IsoDate;
}

export interface MissingConsent {
  pairId: string;
  role: 'mentor' | 'mentee';
  name: string;
  email: string;
}

/** Every participant of these pairs whose signed consent has not been recorded. */
export function missingConsents(pairs: readonly PairForDocs[]): MissingConsent[] {
  const missing: MissingConsent[] = [];
  for (const pair of pairs) {
    if (!parseIso(pair.consents.mentor)) {
      missing.push({ pairId: pair.id, role: 'mentor', name: pair.mentor.name, email: pair.mentor.email });
    }
    const byEmail = new Map(Object.entries(pair.consents.mentees).map(([e, d]) => [normalizeEmail(e), d]));
    for (const mentee of pair.mentees) {
      if (!parseIso(byEmail.get(normalizeEmail(mentee.email)) ?? '')) {
        missing.push({ pairId: pair.id, role: 'mentee', name: mentee.name, email: mentee.email });
      }
    }
  }
  return missing;
}

/** Why these pairs cannot go into an order, naming each missing consent by person; null when they can. */
export function orderRefusal(pairs: readonly PairForDocs[]): string | null {
  if (pairs.length === 0) return ERRORS.noPairs;
  const missing = missingConsents(pairs);
  if (missing.length === 0) return null;
  const lines: string[] = [];
  for (const pair of pairs) {
    const people = missing
      .filter((m) => m.pairId === pair.id)
      .map((m) =>
        m.role === 'mentor'
          ? ERRORS.mentorConsent(surnameInitials(m.name, 'genitive'))
          : ERRORS.menteeConsent(surnameInitials(m.name, 'genitive')),
      );
    if (people.length > 0) lines.push(ERRORS.missingConsentLine(pair.id, people));
  }
  return ERRORS.missingConsents(lines);
}

/** The programmes are due by 1 November of the year the school year starts. */
export function programmesDeadline(schoolYear: string, orderDate: IsoDate): IsoDate {
  const match = /^(\d{4})/.exec(schoolYear.trim());
  const year = match ? Number(match[1]) : Number(orderDate.slice(0, 4));
  return `${year}-11-01`;
}

/** Everyone who signs «С приказом ознакомлены»: the curator, then mentors and mentees, each once. */
export function acquaintedPeople(
  school: SchoolInfo,
  pairs: readonly PairForDocs[],
): Array<{ name: string; position: string }> {
  const people: Array<{ name: string; position: string }> = [];
  const seen = new Set<string>();
  const curator = school.curatorName.trim().toLowerCase();
  // People are told apart by email; the curator, who has none here, by name.
  const add = (name: string, position: string, email: string) => {
    const key = email.trim() ? normalizeEmail(email) : name.trim().toLowerCase();
    if (!name.trim() || seen.has(key) || (email.trim() && name.trim().toLowerCase() === curator)) return;
    seen.add(key);
    people.push({ name: name.trim(), position: position.trim() });
  };
  add(school.curatorName, school.curatorPosition, '');
  for (const pair of pairs) {
    const all: Person[] = [pair.mentor, ...pair.mentees];
    for (const p of all) add(p.name, p.position, p.email);
  }
  return people;
}

/** A term needs its end; its start may wait for the order (it is the order's date then). */
export function checkTerm(pair: PairForDocs): void {
  if ((pair.start && !parseIso(pair.start)) || !parseIso(pair.end) || (pair.start && pair.end < pair.start))
    throw new UserError(ERRORS.badTerm(pair.id));
  if (pair.mentees.length === 0) throw new UserError(ERRORS.noMentees(pair.id));
}

/** The placeholder values and table rows of the order; throws a UserError when it cannot be issued. */
export function buildOrder(
  school: SchoolInfo,
  ordered: readonly PairForDocs[],
  order: OrderDetails,
): DocContent {
  let pairs = ordered;
  const refusal = orderRefusal(pairs);
  if (refusal) throw new UserError(refusal);
  const number = order.number.replace(/^№\s*/, '').trim();
  if (!number) throw new UserError(ERRORS.noOrderNumber);
  if (!parseIso(order.date)) throw new UserError(ERRORS.badOrderDate(order.date));
  pairs.forEach(checkTerm);
  // The term starts at the order's date unless the curator set another start in «Начало».
  pairs = pairs.map((p) => (p.start ? p : { ...p, start: order.date }));
  for (const p of pairs) if (p.end < p.start) throw new UserError(ERRORS.badTerm(p.id));

  const values: PlaceholderValues = {
    ...schoolValues(school),
    город: cityName(school.city),
    номер_приказа: number,
    дата_приказа: dateLong(order.date),
    дата_приказа_цифрами: dateNumeric(order.date),
    срок_программ: dateLong(programmesDeadline(school.schoolYear, order.date)),
    число_пар: String(pairs.length),
    куратор_вин: declineName(school.curatorName, 'accusative'),
    должность_куратора_вин: declinePosition(school.curatorPosition, 'accusative'),
    куратор_тв: declineName(school.curatorName, 'instrumental'),
    должность_куратора_тв: declinePosition(school.curatorPosition, 'instrumental'),
  };
  const pairRows = pairs.map((pair, i) => {
    const v = pairValues(pair);
    return {
      '№': String(i + 1),
      наставник: v.наставник,
      должность_наставника: v.должность_наставника,
      наставляемые: pair.mentees.map(nameAndPosition).join('; '),
      форма: v.форма,
      срок: v.срок,
    };
  });
  const acquainted = acquaintedPeople(school, pairs).map((p) => ({
    ознакомлен: surnameInitials(p.name),
    должность_ознакомленного: p.position,
  }));
  return {
    kind: 'order',
    name: DOC_NAMES.order(number, dateNumeric(order.date)),
    values,
    rowSets: [
      {
        title: ROW_SET_TITLES.pairs,
        keys: ['№', 'наставник', 'должность_наставника', 'наставляемые', 'форма', 'срок'],
        rows: pairRows,
      },
      {
        title: ROW_SET_TITLES.acquainted,
        keys: ['ознакомлен', 'должность_ознакомленного'],
        rows: acquainted,
      },
    ],
  };
}
