// The sidebar's contract with the server: every function the sidebar calls through
// google.script.run, with plain-data arguments and results (ISO date strings, never Date).
// src/server/api/contract.ts checks at compile time that src/server/index.ts exports exactly these
// signatures, and the client's typed wrapper is built from this interface, so renaming a server
// function breaks the build instead of the running sidebar.

import type { IsoDate } from '../shared/dates';

export type { IsoDate };

/** A place in the spreadsheet a warning points at; the sidebar can select it. */
export interface CellLink {
  sheet: string;
  row: number;
  column?: string;
}

export interface Warning extends CellLink {
  text: string;
}

export type RoadmapStatus =
  'Выполнено' | 'В работе' | 'Не начато' | 'Просрочено' | 'В норме' | 'Требует внимания';

export interface RoadmapItemDto {
  id: string;
  stage: string;
  title: string;
  /** Deadline of the current school year, or null for «Ежегодно»/«Постоянно» items. */
  deadline: IsoDate | null;
  deadlineText: string;
  daysLeft: number | null;
  status: RoadmapStatus;
  evidence: string;
  responsible: string;
}

export interface DashboardDto {
  school: string;
  schoolYear: string;
  today: IsoDate;
  /** True when setup has not been run (sheets missing): the sidebar offers it first. */
  setupNeeded: boolean;
  counts: { teachers: number; mentors: number; mentees: number; pairs: number; unmatched: number };
  roadmap: RoadmapItemDto[];
  warnings: Warning[];
  reminders: { enabled: boolean; owner: string; isOwner: boolean; lastRun: string };
  /** Each pair's progress through its programme's plan (issue #19); absent before setup made «План программ». */
  programmes?: ProgrammeProgressDto;
  /** This year against the archived previous one (issue #19, item 6). */
  yearOnYear?: YearComparisonDto;
}

/** One pair's plan: done of planned, what is overdue, the last activity, and whether it is behind. */
export interface PairProgressDto {
  id: string;
  mentor: string;
  planned: number;
  done: number;
  /** Activities done outside the plan. */
  outside: number;
  overdue: number;
  lastActivity: IsoDate | '';
  /** «требует внимания»: two activities overdue, or one and nothing marked for 30 days. */
  attention: boolean;
  /** «просрочено 2 мероприятия, нет отметок 41 день, требует внимания», or ''. */
  note: string;
}

export interface ProgrammeProgressDto {
  pairs: PairProgressDto[];
  planned: number;
  done: number;
  overdue: number;
  /** Pairs that need attention. */
  attention: number;
}

export interface PersonDto {
  name: string;
  email: string;
}

export interface ProposalDto {
  /** Stable key of the proposal within this run (mentor email + mentee emails). */
  key: string;
  mentor: PersonDto;
  mentees: PersonDto[];
  form: 'Индивидуальная' | 'Групповая';
  topics: string[];
  score: number;
  explanation: string;
  /** The mentor's consent to be in the bank is not recorded. */
  mentorWithoutConsent: boolean;
}

export interface ProposalsDto {
  /** Accepting refuses if the banks changed since this fingerprint was computed. */
  fingerprint: string;
  proposals: ProposalDto[];
  /** Mentees without a proposal, and rows matching could not consider (with the row to fix). */
  unmatched: Array<PersonDto & { reason: string; sheet?: string; row?: number; column?: string }>;
}

export interface MentorOptionDto extends PersonDto {
  /** Предмет from the mentor bank. */
  subject: string;
  freePlaces: number;
  score: number;
  sharedTopics: string[];
}

export interface AcceptChoice {
  key: string;
  /** When the curator picked another mentor for this proposal. */
  mentorEmail?: string;
}

/** How far long work (documents or letters made over several executions) has got. */
export interface WorkProgressDto {
  done: number;
  total: number;
  /** «Создано 48 из 110 программ…» */
  label: string;
}

export interface ActionResult {
  message: string;
  /** Long work: how far it got. */
  progress?: WorkProgressDto;
  /** Work remains that this call did not finish: the sidebar calls continueWork(kind) again. */
  more?: boolean;
  /** With `more`: another execution is working on it, so wait this long before calling again. */
  retryAfterMs?: number;
}

/** The long work the add-on does in units over several executions. */
export type WorkKind =
  | 'programmes'
  | 'consents'
  | 'order'
  | 'note'
  | 'requests'
  | 'mentors'
  | 'questionnaires'
  | 'selfStart'
  | 'selfEnd';

/** A job not finished yet, as the sidebar shows it. */
export interface WorkItemDto {
  kind: WorkKind;
  /** «Создано 48 из 110 программ…» */
  label: string;
  /** What happens next («…продолжим завтра после 9:00 автоматически»), or ''. */
  note: string;
  done: number;
  total: number;
  /** Waits for a daily quota of Google's. */
  waiting: boolean;
}

export interface PairDto {
  id: string;
  row: number;
  mentor: PersonDto & { consent: IsoDate | '' };
  mentees: Array<PersonDto & { consent: IsoDate | '' }>;
  form: string;
  kind: string;
  topics: string[];
  start: IsoDate | '';
  end: IsoDate | '';
  status: string;
  fixed: boolean;
  order: string;
  programmeUrl: string;
  missingConsents: PersonDto[];
}

/** Consents in bulk: the chosen pairs' participants at one date, or the dates typed into the sheet. */
export interface BulkConsentRequest {
  ids?: string[];
  date?: IsoDate;
  fromSheet?: boolean;
}

export interface NewPairDto {
  mentorEmail: string;
  menteeEmails: string[];
  form?: 'Индивидуальная' | 'Групповая';
}

export interface DocumentDto {
  type: string;
  number: string;
  date: IsoDate | '';
  name: string;
  url: string;
  pdfUrl: string;
  pairs: string;
}

export interface DocumentsOverviewDto {
  nextOrderNumber: string;
  /** Agreed pairs not yet in an order. */
  readyForOrder: Array<{ id: string; title: string }>;
  /** Pairs without every consent, with who is missing. */
  waitingForConsent: Array<{ id: string; missing: string[] }>;
  /** `inOrder`: the order fixed the pair; programmes go to those unless the curator ticks others. */
  withoutProgramme: Array<{ id: string; title: string; inOrder?: boolean }>;
  documents: DocumentDto[];
  placeholders: Array<{ name: string; description: string }>;
  /** Documents still being made (programmes, consent forms…), with their progress. */
  work?: WorkItemDto[];
}

export interface OrderRequest {
  number: string;
  date: IsoDate;
  /** Regenerate the existing order for the same pairs in place instead of refusing. */
  regenerate?: boolean;
}

export interface FormStatDto {
  kind: 'requests' | 'mentors' | 'monitoringMentee' | 'monitoringMentor';
  title: string;
  url: string;
  answered: number;
  expected: number;
}

export interface MonitoringDto {
  rate: { answered: number; expected: number };
  byRole: Array<{
    role: string;
    answered: number;
    expected: number;
    averages: Record<string, number | null>;
  }>;
  byPair: Array<{ id: string; answered: number; expected: number; average: number | null }>;
  school: Record<string, number | null>;
}

export interface FormsOverviewDto {
  forms: FormStatDto[];
  monitoring: MonitoringDto;
  /** Two-stage monitoring (issue #19): absent before setup made its forms. */
  stages?: MonitoringStagesDto;
}

/** The self-assessment at the start and the end of the year, and the curator's questionnaire per pair. */
export interface MonitoringStagesDto {
  /** Participants of active pairs, and how many have answered each stage. */
  self: { expected: number; start: number; end: number; both: number };
  /** The curator's link for each pair of the year (code and address filled in), and whether it is assessed. */
  curator: Array<{ id: string; mentor: string; link: string; assessed: boolean }>;
}

/** This year against the archived previous one (issue #19, item 6). */
export interface YearComparisonDto {
  previousYear: string;
  /** One line when the previous year is not in the spreadsheet; '' when `rows` has the figures. */
  none: string;
  rows: Array<{ label: string; previous: string; current: string; change: string }>;
}

export interface EventDto {
  row?: number;
  date: IsoDate;
  type: string;
  title: string;
  participants: string;
  responsible: string;
  result: string;
  materials: string;
  publication: string;
}

export interface PublicationDraftDto {
  site: { title: string; text: string };
  social: string;
}

export interface PublicationDto {
  date: IsoDate;
  eventTitle: string;
  channel: string;
  url: string;
  text: string;
}

export interface PracticeDto {
  date: IsoDate;
  title: string;
  authors: string;
  pair: string;
  description: string;
  url: string;
  source: string;
}

export interface SettingDto {
  key: string;
  name: string;
  value: string;
  note: string;
}

export interface CheckDto {
  lines: string[];
  problems: Array<CellLink & { column: string; message: string }>;
}

/** Every function the sidebar may call. */
export interface ServerApi {
  getDashboard(): DashboardDto;
  setupWorkbook(): string;
  checkWorkbook(): CheckDto;
  selectCell(link: CellLink): void;

  proposePairs(): ProposalsDto;
  /** With the fingerprint and keys of the proposals shown, ranked against them without a new solve. */
  mentorOptions(menteeEmail: string, fingerprint?: string, proposalKeys?: string[]): MentorOptionDto[];
  acceptProposals(fingerprint: string, choices: AcceptChoice[]): ActionResult;
  rejectProposal(mentorEmail: string, menteeEmail: string): ActionResult;

  listPairs(): PairDto[];
  createPair(pair: NewPairDto): ActionResult;
  setPairFixed(id: string, fixed: boolean): ActionResult;
  dissolvePair(id: string): ActionResult;
  recordConsent(id: string, email: string, date: IsoDate): ActionResult;
  recordConsents(request: BulkConsentRequest): ActionResult;

  getDocumentsOverview(): DocumentsOverviewDto;
  generateOrder(request: OrderRequest): ActionResult;
  generateProgrammes(ids: string[]): ActionResult;
  generateConsentForms(ids: string[]): ActionResult;
  generateAnalyticalNote(): ActionResult;
  /** Goes on with long work the last call did not finish (while its result said `more`). */
  continueWork(kind: WorkKind): ActionResult;
  /** Long work not finished yet: documents and mailings, with progress and what happens next. */
  getWork(): WorkItemDto[];

  getFormsOverview(): FormsOverviewDto;
  sendRequestForm(): ActionResult;
  sendMentorForm(): ActionResult;
  sendQuestionnaires(): ActionResult;
  /** The self-assessment of every participant of the active pairs who has not answered that stage. */
  sendSelfAssessments(stage: 'start' | 'end'): ActionResult;

  listEvents(): EventDto[];
  addEvent(event: EventDto): ActionResult;
  draftPublication(row: number, allowNames: boolean): PublicationDraftDto;
  recordPublication(publication: PublicationDto): ActionResult;
  addPractice(practice: PracticeDto): ActionResult;

  getSettings(): SettingDto[];
  saveSettings(values: Record<string, string>): ActionResult;
  setReminders(enabled: boolean): ActionResult;
  startNewSchoolYear(): ActionResult;
  /** What «Новый учебный год» would archive and keep now, sheet by sheet; or why it cannot run yet. */
  previewNewSchoolYear(): { lines: string[]; refusal: string };
}

/** An answer from an address the intake did not accept, waiting for the curator (issue #16). */
export interface UnknownAnswerDto {
  /** Stable: the response sheet, the answer's time and address. */
  id: string;
  /** The form's title. */
  form: string;
  sheet: string;
  row: number;
  email: string;
  name: string;
  reason: string;
  date: IsoDate;
}

// «Неизвестные ответы» (merged into ServerApi above).
export interface ServerApi {
  listUnknownAnswers(): UnknownAnswerDto[];
  acceptUnknownAnswer(id: string): ActionResult;
  rejectUnknownAnswer(id: string): ActionResult;
}

// Mass mailings' preview (issue #17, item 10; merged into ServerApi above).
export type MailingKind = 'requests' | 'mentors' | 'questionnaires' | 'selfStart' | 'selfEnd';

/** What a mailing would send now: nothing is sent by asking. */
export interface MailingPreviewDto {
  kind: MailingKind;
  /** Different people who would get a letter. */
  people: number;
  letters: number;
  /** One of the letters as it would go, or null when there are none. */
  sample: { to: string; subject: string; body: string } | null;
  /** Why nobody gets a letter ('' when somebody does). */
  message: string;
}

export interface ServerApi {
  previewMailing(kind: MailingKind): MailingPreviewDto;
}

// Mentoring as art. 351.8 ТК РФ requires (issue #18): agreements, early end, the month's pay.
export interface LabourPairDto {
  id: string;
  title: string;
  status: string;
  start: IsoDate | '';
  end: IsoDate | '';
  mentor: PersonDto;
  mentees: PersonDto[];
  /** The order that fixed the pair ('' when none yet). */
  order: string;
  agreementUrl: string;
  agreementSigned: IsoDate | '';
  /** Who asked to end it early ('' when nobody), and when. */
  initiator: 'mentor' | 'mentee' | 'school' | '';
  notice: IsoDate | '';
  terminationOrder: string;
  terminationUrl: string;
  /** What the pair lacks to go into an order, by person (consents, the agreement). */
  missingForOrder: string[];
}

export interface LabourOverviewDto {
  agreementsNeeded: boolean;
  /** «Дополнительные соглашения нужны» is answered in «Настройки». */
  agreementsDecided: boolean;
  /** The school's payment as the agreement prints it ('' when not set). */
  pay: string;
  /** « от 29.08.2025 № 112-о» or ''. */
  regulation: string;
  /** Years of the production calendar whose decree the add-on does not know. */
  calendarNote: string;
  /** This month, yyyy-mm. */
  month: string;
  pairs: LabourPairDto[];
  /** Cells to fix first (a payment that is neither a sum nor a percentage), with sheet, row, column. */
  problems: string[];
}

export interface EarlyEndRequest {
  id: string;
  initiator: 'mentor' | 'mentee' | 'school';
  /** The date the notice was given. */
  notice: IsoDate;
  orderNumber: string;
  /** The termination order's date (today when empty). */
  orderDate?: IsoDate;
}

export interface ServerApi {
  getLabourOverview(): LabourOverviewDto;
  generateAgreements(ids: string[]): ActionResult;
  recordAgreementSigned(id: string, date: IsoDate): ActionResult;
  endPairEarly(request: EarlyEndRequest): ActionResult;
  generateTerminationOrder(id: string): ActionResult;
  generatePayReport(month: string): ActionResult;
}
