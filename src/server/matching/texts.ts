// Every Russian word the matching module shows: explanations (Обоснование), reasons a mentee is
// left without a mentor, and why proposals went stale.

import { plural } from '../shared/plural';
import { shortName } from '../shared/text';
export { plural };

/** «1 год», «2 года», «5 лет». */
export function yearsNominative(n: number): string {
  return `${n} ${plural(n, 'год', 'года', 'лет')}`;
}

/** After «против»: «1 года», «2 лет», «5 лет». */
export function yearsGenitive(n: number): string {
  return `${n} ${plural(n, 'года', 'лет', 'лет')}`;
}

/** By category rank (categoryRank in score.ts): as the subject, and after «против». */
const CATEGORY = [
  'без категории',
  'соответствие занимаемой должности',
  'первая категория',
  'высшая категория',
];
const CATEGORY_GENITIVE = [
  'без категории',
  'соответствия занимаемой должности',
  'первой категории',
  'высшей категории',
];

/** «Математика» → «математика», but «ОБЖ» stays «ОБЖ». */
export function lowerFirst(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 1 && t.charAt(1) !== t.charAt(1).toLowerCase()) return t;
  return t.charAt(0).toLowerCase() + t.slice(1);
}

const list = (items: readonly string[]): string => items.map(lowerFirst).join(', ');
const quoted = (items: readonly string[]): string => items.map((t) => `«${lowerFirst(t)}»`).join(', ');

export const T = {
  sharedTopics: (topics: readonly string[]) => `Общие темы: ${list(topics)}`,
  noSharedTopics: 'Общих тем нет',
  sameSubject: (subject: string) => `один предмет — ${lowerFirst(subject)}`,
  experience: (mentor: number, mentee: number) =>
    `стаж ${yearsNominative(mentor)} против ${yearsGenitive(mentee)}`,
  experienceRange: (mentor: number, from: number, to: number) =>
    `стаж ${yearsNominative(mentor)} против ${from}–${yearsGenitive(to)}`,
  category: (mentorRank: number, menteeRank: number) =>
    `${CATEGORY[mentorRank]} против ${CATEGORY_GENITIVE[menteeRank]}`,
  categoryAboveAll: (mentorRank: number) => `${CATEGORY[mentorRank]} — выше, чем у всех наставляемых`,
  noConsent: 'согласие наставника на включение в банк не отмечено',
  group: (size: number, topics: readonly string[]) =>
    `Группа из ${size} ${plural(size, 'наставляемого', 'наставляемых', 'наставляемых')} с общими темами: ${list(topics)}`,
  groupSharedWithMentor: (topics: readonly string[]) => `темы наставника: ${list(topics)}`,
  groupNoTopicsWithMentor: 'общих с наставником тем нет',
  groupSameSubject: (subject: string) => `у всех один предмет с наставником — ${lowerFirst(subject)}`,
  wantedGroupAlone:
    'групповая форма не сложилась: нет других наставляемых с общими темами у этого наставника',
  belowMinimum: 'совпадений слишком мало для автоматического подбора',

  // Why a mentor of another subject was proposed (otherSubjectNotes).
  sameSubjectMentor: (subject: string, name: string) =>
    `наставник по предмету «${lowerFirst(subject)}» (${shortName(name)})`,
  sameSubjectFull: (who: string) => `предмет другой, потому что ${who} занят: свободных мест нет`,
  sameSubjectFewerTopics: (who: string, theirs: number, ours: number) =>
    `предмет другой, потому что ${who} меньше подходит по темам запроса: общих тем ${theirs} против ${ours}`,
  sameSubjectLowerScore: (who: string, theirs: number, ours: number) =>
    `предмет другой, потому что ${who} подходит меньше по темам, стажу и категории: ${theirs} ${plural(theirs, 'балл', 'балла', 'баллов')} против ${ours}`,

  // Why a mentee is left without a mentor (status «Сопровождение», 5.3).
  noActiveMentors: 'в банке нет активных наставников со свободными местами',
  noMentorWithTopics: (topics: readonly string[]) =>
    `нет наставника с ${topics.length === 1 ? 'темой' : 'темами'} ${quoted(topics)}`,
  onlySelf: 'единственный подходящий наставник — сам наставляемый',
  allRejected: 'все подходящие наставники отклонены куратором',
  tooFar: 'нет наставника, близкого по темам, предмету или опыту',
  allBusy: 'все подходящие наставники заняты',

  // Stale proposals.
  stale: (parts: readonly string[]) =>
    `Предложения устарели: ${parts.join(', ')}. Подберите наставников заново.`,
  staleParts: {
    mentors: 'изменился банк наставников',
    mentees: 'изменился банк наставляемых',
    pairs: 'изменились пары и группы',
    rejections: 'изменились отклонённые предложения',
    settings: 'изменился максимум наставляемых на наставника',
  },
  staleUnknown: 'Предложения подобраны по другим данным. Подберите наставников заново.',
  staleMissing: 'У предложений нет отметки данных, по которым они подобраны. Подберите наставников заново.',
};
