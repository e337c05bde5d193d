// Placeholder values every document shares: the school, its director and curator.
import { capitalize, declinePosition, initialsSurname, surnameInitials, termText } from './russian';
import { FORM_TEXT, NOT_GIVEN } from './texts';
import type { PairForDocs, Person, PlaceholderValues, SchoolInfo } from './types';

/** «г. Сосногорск» and «Сосногорск» both give «Сосногорск»: templates write «г. {{город}}». */
export function cityName(city: string): string {
  return city.replace(/^\s*г\.\s*/, '').trim();
}

export function schoolValues(school: SchoolInfo): PlaceholderValues {
  return {
    школа: school.fullName.trim(),
    школа_кратко: (school.shortName || school.fullName).trim(),
    город: cityName(school.city),
    учебный_год: school.schoolYear.trim(),
    директор: school.directorName.trim(),
    директор_подпись: initialsSurname(school.directorName),
    директор_дат: surnameInitials(school.directorName, 'dative'),
    должность_директора: capitalize(school.directorPosition.trim() || 'директор'),
    должность_директора_дат: capitalize(
      declinePosition(school.directorPosition.trim().toLowerCase() || 'директор', 'dative'),
    ),
    куратор: school.curatorName.trim(),
    куратор_подпись: initialsSurname(school.curatorName),
    должность_куратора: school.curatorPosition.trim(),
    положение: school.regulation ?? '',
  };
}

/** «Иванова Мария Петровна, учитель математики» */
export function nameAndPosition(person: Person): string {
  return person.position.trim() ? `${person.name.trim()}, ${person.position.trim()}` : person.name.trim();
}

/** Values that describe one pair the same way in every document. */
export function pairValues(pair: PairForDocs): PlaceholderValues {
  return {
    наставник: pair.mentor.name.trim(),
    должность_наставника: pair.mentor.position.trim(),
    наставляемые: pair.mentees.map(nameAndPosition).join('; '),
    форма: FORM_TEXT[pair.form] ?? pair.form.toLowerCase(),
    срок: termText(pair.start, pair.end),
  };
}

export function orDash(text: string): string {
  return text.trim() || NOT_GIVEN;
}
