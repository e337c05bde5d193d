// Plain data of the matching module, decoupled from the sheets: the store reads the banks and the
// pairs into these shapes, and writes proposals and reasons back.

/** A person in the mentor bank (Банк наставников). */
export interface MentorCandidate {
  email: string;
  name: string;
  position: string;
  subject: string;
  /** Стаж (лет); not a finite number counts as 0. */
  experienceYears: number;
  /** Qualification category: «высшая», «первая», «соответствие занимаемой должности», «без категории». */
  category: string;
  /** Topic names (Компетенции). */
  competencies: string[];
  /** Макс. наставляемых; absent or not a positive number: the school's maximum. */
  capacity?: number;
  /** False for Статус «Неактивен» / «Выбыл». */
  active: boolean;
  /** Согласие (дата) is filled in. */
  consentRecorded: boolean;
}

export type PreferredForm = 'Индивидуальная' | 'Групповая' | 'Любая' | '';
export type PairForm = 'Индивидуальная' | 'Групповая';

/** A person in the mentee bank (Банк наставляемых). */
export interface MenteeRequest {
  email: string;
  name: string;
  position: string;
  subject: string;
  experienceYears: number;
  /** Qualification category (from Педагоги), as for mentors; '' counts as «без категории». */
  category: string;
  /** Категория наставляемого: «молодой специалист», «новый сотрудник», … ('' if unknown). */
  menteeCategory?: string;
  /** Topic names of the request (Запрос (темы)). */
  topics: string[];
  preferredForm: PreferredForm;
}

/** A row of Пары и группы. */
export interface ExistingPair {
  id: string;
  mentorEmail: string;
  menteeEmails: string[];
  /** The curator fixed it: it stays as it is whatever its status. */
  fixed: boolean;
  /** Not finished or dissolved. */
  active: boolean;
}

export interface MatchingSettings {
  /** The school's «максимум наставляемых на наставника»; 2 when not a positive number. */
  defaultCapacity: number;
}

/** A proposal the curator rejected: not proposed again in this run. */
export interface Rejection {
  mentorEmail: string;
  menteeEmail: string;
}

export interface MatchingInput {
  mentors: MentorCandidate[];
  mentees: MenteeRequest[];
  settings: MatchingSettings;
  pairs: ExistingPair[];
  rejections: Rejection[];
}

export interface Proposal {
  /** Emails as written in the banks (trimmed). */
  mentorEmail: string;
  menteeEmails: string[];
  form: PairForm;
  /** Topics shared between the mentee(s) and the mentor, as the mentees wrote them. */
  sharedTopics: string[];
  /** Sum of the members' scores. */
  score: number;
  /** Обоснование, in Russian. */
  explanation: string;
}

export interface Unmatched {
  menteeEmail: string;
  /** Why nobody was proposed, in Russian. */
  reason: string;
}

export interface MatchingResult {
  proposals: Proposal[];
  unmatched: Unmatched[];
  /** fingerprint(input): stamp it on the proposals and pass it to checkStale before accepting. */
  fingerprint: string;
  totalScore: number;
}

/** A mentor the curator may pick for one mentee instead of the proposed one. */
export interface MentorOption {
  mentorEmail: string;
  name: string;
  freePlaces: number;
  score: number;
  sharedTopics: string[];
  /** Score below the minimum useful one: shown, but never proposed automatically. */
  belowMinimum: boolean;
  explanation: string;
}

export type StaleCheck = { valid: true } | { valid: false; reason: string };
