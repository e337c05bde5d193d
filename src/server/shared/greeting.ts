// One greeting for every letter the add-on sends. The patronymic tells a Russian reader whether to
// write «Уважаемый» or «Уважаемая»; where there is none (a foreign name, a name with initials only,
// an address without a name) the letter says «Здравствуйте» with the name as a person would say it.
import { PATRONYMIC_PARTICLES } from './text';

export type Gender = 'male' | 'female';

interface Parts {
  last: string;
  first: string;
  /** The patronymic, with its particle when it has one: «Ильхам оглы». */
  middle: string;
}

const PATRONYMIC = /(вна|чна|вич|ич|оглы|кызы|гызы|улы|уулу)$/i;

function parts(fullName: string): Parts {
  const words = fullName.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  // «Анна Сергеевна»: a name and patronymic without the surname.
  if (words.length === 2 && PATRONYMIC.test(words[1]) && !/\.$/.test(words[1]))
    return { last: '', first: words[0], middle: words[1] };
  return { last: words[0] ?? '', first: words[1] ?? '', middle: words.slice(2).join(' ') };
}

const isInitial = (word: string) => /^[A-ZА-ЯЁ]\.?$/i.test(word) || /\.$/.test(word);

/** Gender from the patronymic alone (-вна, -чна, кызы; -вич, -ич, оглы), else null. */
export function genderFromPatronymic(fullName: string): Gender | null {
  const middle = parts(fullName).middle.toLowerCase();
  if (!middle || isInitial(middle.split(' ')[0])) return null;
  if (/(вна|чна|инична|кызы|гызы)$/.test(middle)) return 'female';
  if (/(вич|ич|оглы|улы|уулу)$/.test(middle)) return 'male';
  return null;
}

/**
 * «Уважаемая Ирина Викторовна!», «Уважаемый Павел Андреевич!», «Уважаемый Рашид Ильхам оглы!»;
 * «Здравствуйте, Мария Гарсиа!» when the patronymic does not tell; «Здравствуйте!» with no name.
 */
export function greeting(fullName: string): string {
  const p = parts(fullName);
  const gender = genderFromPatronymic(fullName);
  if (gender && p.first && !isInitial(p.first))
    return `${gender === 'female' ? 'Уважаемая' : 'Уважаемый'} ${p.first} ${p.middle}!`;
  if (!p.last) return 'Здравствуйте!';
  if (!p.first) return `Здравствуйте, ${p.last}!`;
  if (isInitial(p.first)) {
    const initials = [p.first, ...p.middle.split(' ').filter((w) => w && !PATRONYMIC_PARTICLES.test(w))]
      .map((w) => `${w.charAt(0).toUpperCase()}.`)
      .join(' ');
    return `Здравствуйте, ${initials} ${p.last}!`;
  }
  return `Здравствуйте, ${p.first} ${p.last}!`;
}
