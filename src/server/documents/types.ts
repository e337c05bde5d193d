// Plain data the documents are made from, decoupled from the sheets: the wiring reads Настройки,
// the banks and Пары и группы and hands these records in.

import type { IsoDate } from '../shared/dates';

export type { IsoDate };

export interface SchoolInfo {
  fullName: string;
  shortName: string;
  city: string;
  directorName: string;
  directorPosition: string;
  curatorName: string;
  curatorPosition: string;
  /** '2026/2027' */
  schoolYear: string;
  /** The school's Положение о наставничестве: « от 29.08.2025 № 112-о» ('' when «Настройки» do not say). */
  regulation?: string;
}

export interface Person {
  /** «Фамилия Имя Отчество» */
  name: string;
  position: string;
  subject: string;
  experienceYears: number | null;
  category: string;
  email: string;
}

/** One of schema.ts MENTORING_FORMS (issue #19): «Индивидуальная», «Групповая», «Виртуальная», … */
export type PairForm = string;

export interface PairForDocs {
  /** 'НП-2026-01' */
  id: string;
  mentor: Person;
  mentees: Person[];
  form: PairForm;
  /** Вид: «педагог — педагог», «опытный педагог — молодой специалист», … */
  kind: string;
  topics: string[];
  requestText: string;
  start: IsoDate;
  end: IsoDate;
  /** Date each signed consent came back, or '' while it has not. Mentees keyed by email. */
  consents: { mentor: IsoDate | ''; mentees: Record<string, IsoDate | ''> };
}

export interface Topic {
  name: string;
  /** «Примерные мероприятия», split on «;». */
  activities: string[];
}

export type DocKind =
  | 'order'
  | 'programme'
  | 'consentMentor'
  | 'consentMentee'
  // Art. 351.8 ТК РФ (issue #18): src/server/labour.
  | 'agreement'
  | 'termination';

/** Placeholder name (without braces) → the text that replaces it. */
export type PlaceholderValues = Record<string, string>;

/**
 * A table row of the template that repeats once per item: every template row containing one of
 * `keys` is copied for each entry of `rows` and filled from it.
 */
export interface RowSet {
  /** Russian name of what repeats, for messages: «пары», «мероприятия плана». */
  title: string;
  keys: string[];
  rows: PlaceholderValues[];
}

/** Everything needed to fill one template into one document. */
export interface DocContent {
  kind: DocKind;
  /** File name of the generated document. */
  name: string;
  values: PlaceholderValues;
  rowSets: RowSet[];
}
