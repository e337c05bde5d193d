// Russian grammar the documents need: names and positions in the case the sentence asks for,
// initials, plural forms and dates. Names are declined by `lvovich` (pure JS, no Node globals),
// with the gender taken from the patronymic, which is what a Russian reader does too.
import { plural } from '../shared/plural';
import { incline } from 'lvovich';
import type { Gender } from '../shared/greeting';
import type { IsoDate } from './types';

export type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental';
export type { Gender };

export interface NameParts {
  last: string;
  first: string;
  /** May be two words: «Али оглы». */
  middle: string;
}

/** «Петрова Анна Сергеевна» → parts; the surname comes first, as in school registers. */
export function splitName(fullName: string): NameParts {
  const parts = fullName.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return { last: parts[0] ?? '', first: parts[1] ?? '', middle: parts.slice(2).join(' ') };
}

/** Gender from the patronymic (-вна/-чна/кызы, -вич/-ич/оглы); lvovich's guess when there is none. */
export function genderOf(fullName: string): Gender | null {
  const { last, first, middle } = splitName(fullName);
  const m = middle.toLowerCase();
  if (/(вна|чна|кызы|гызы)$/.test(m)) return 'female';
  if (/(ич|оглы|улы|уулу)$/.test(m)) return 'male';
  const guess = incline({ last, first }, 'genitive').gender;
  return guess === 'male' || guess === 'female' ? guess : null;
}

// First names lvovich leaves as they are but Russian declines.
const FIRST_NAME_EXCEPTIONS: Record<string, Record<Exclude<Case, 'nominative'>, string>> = {
  любовь: { genitive: 'Любови', dative: 'Любови', accusative: 'Любовь', instrumental: 'Любовью' },
};

function declineParts(parts: NameParts, grammaticalCase: Case, gender: Gender | null): NameParts {
  if (grammaticalCase === 'nominative') return parts;
  const result = incline(
    {
      last: parts.last || undefined,
      first: parts.first || undefined,
      middle: parts.middle || undefined,
      gender,
    },
    grammaticalCase,
  );
  const exception = FIRST_NAME_EXCEPTIONS[parts.first.toLowerCase()];
  return {
    last: parts.last ? (result.last ?? parts.last) : '',
    first: exception ? exception[grammaticalCase] : parts.first ? (result.first ?? parts.first) : '',
    middle: parts.middle ? (result.middle ?? parts.middle) : '',
  };
}

/** «Петрова Анна Сергеевна», accusative → «Петрову Анну Сергеевну». */
export function declineName(fullName: string, grammaticalCase: Case): string {
  const parts = splitName(fullName);
  if (!parts.last) return '';
  const d = declineParts(parts, grammaticalCase, genderOf(fullName));
  return [d.last, d.first, d.middle].filter(Boolean).join(' ');
}

function initialsOf(parts: NameParts): string {
  return [parts.first, parts.middle.split(' ')[0] ?? '']
    .filter(Boolean)
    .map((p) => `${p.charAt(0).toUpperCase()}.`)
    .join(' ');
}

/** «Петрова Анна Сергеевна» → «Петрова А. С.» (lists, file names); declined when asked. */
export function surnameInitials(fullName: string, grammaticalCase: Case = 'nominative'): string {
  const parts = splitName(fullName);
  if (!parts.last) return '';
  const last = declineParts({ ...parts, middle: parts.middle }, grammaticalCase, genderOf(fullName)).last;
  const initials = initialsOf(parts);
  return initials ? `${last} ${initials}` : last;
}

/** «Петрова Анна Сергеевна» → «А. С. Петрова» (signature lines). */
export function initialsSurname(fullName: string): string {
  const parts = splitName(fullName);
  if (!parts.last) return '';
  const initials = initialsOf(parts);
  return initials ? `${initials} ${parts.last}` : parts.last;
}

// Positions are masculine nouns whatever the person's gender (учитель, педагог-психолог,
// заместитель директора): the leading adjectives and the first noun decline, the rest
// («директора по УВР», «математики») is already in the genitive and stays.
const NOUN_ENDINGS: Array<[RegExp, Record<Exclude<Case, 'nominative'>, string>]> = [
  [/ь$/, { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем' }],
  [/й$/, { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем' }],
  [/[жшчщ]$/, { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ем' }],
  [/ц$/, { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ем' }],
  [/[бвгдзклмнпрстфх]$/, { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом' }],
];
const ADJECTIVE = /(ый|ий|ой)$/;

function declineAdjective(word: string, grammaticalCase: Exclude<Case, 'nominative'>): string {
  const stem = word.slice(0, -2);
  const soft = /ий$/.test(word) && !/[гкхжшчщ]ий$/.test(word);
  const hushing = /[жшчщ]ий$/.test(word);
  const ends: Record<Exclude<Case, 'nominative'>, string> = soft
    ? { genitive: 'его', dative: 'ему', accusative: 'его', instrumental: 'им' }
    : hushing
      ? { genitive: 'его', dative: 'ему', accusative: 'его', instrumental: 'им' }
      : {
          genitive: 'ого',
          dative: 'ому',
          accusative: 'ого',
          instrumental: /[гкх]ий$/.test(word) ? 'им' : 'ым',
        };
  return stem + ends[grammaticalCase];
}

function declineNoun(word: string, grammaticalCase: Exclude<Case, 'nominative'>): string {
  // «педагог-психолог», «учитель-логопед»: both halves decline.
  if (word.includes('-'))
    return word
      .split('-')
      .map((w) => declineNoun(w, grammaticalCase))
      .join('-');
  for (const [pattern, ends] of NOUN_ENDINGS) {
    if (pattern.test(word)) {
      const stem = /[ьй]$/.test(word) ? word.slice(0, -1) : word;
      return stem + ends[grammaticalCase];
    }
  }
  return word;
}

/** «заместитель директора по УВР», accusative → «заместителя директора по УВР». */
export function declinePosition(position: string, grammaticalCase: Case): string {
  const words = position.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (grammaticalCase === 'nominative' || words.length === 0) return words.join(' ');
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    if (words[i] !== lower && i > 0) break; // an abbreviation or a name: leave the rest
    if (ADJECTIVE.test(lower)) {
      // «старший вожатый»: a noun made of an adjective declines like one
      out[i] = declineAdjective(words[i], grammaticalCase);
      continue;
    }
    out[i] = declineNoun(words[i], grammaticalCase);
    break;
  }
  return out.join(' ');
}

export { plural };

/** 1 год, 3 года, 12 лет; '' when unknown. */
export function yearsText(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '';
  return `${n} ${plural(n, 'год', 'года', 'лет')}`;
}

export const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

export const MONTHS_NOMINATIVE = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** Parses `yyyy-mm-dd` strictly; null for anything else or an impossible date. */
export function parseIso(iso: IsoDate): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((iso ?? '').trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return { y, m, d };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 2026-10-01 → 01.10.2026 */
export function dateNumeric(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `${pad2(p.d)}.${pad2(p.m)}.${p.y}` : '';
}

/** 2026-10-01 → «01» октября 2026 г. */
export function dateLong(iso: IsoDate): string {
  const p = parseIso(iso);
  return p ? `«${pad2(p.d)}» ${MONTHS_GENITIVE[p.m - 1]} ${p.y} г.` : '';
}

/** 2026-10 → «октябрь 2026 г.» */
export function monthText(year: number, month: number): string {
  return `${MONTHS_NOMINATIVE[month - 1]} ${year} г.`;
}

/** с 01.10.2026 по 31.05.2027; before the order fixes the start, «с даты приказа по 31.05.2027». */
export function termText(start: IsoDate, end: IsoDate): string {
  return `с ${dateNumeric(start) || 'даты приказа'} по ${dateNumeric(end)}`;
}

/** «учитель» → «Учитель» */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
