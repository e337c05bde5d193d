// Long work (programmes, consent forms, the order, the analytical note, the mailings) as jobs made
// of units. A job is what the curator asked for; its units are derived from the sheets each time
// (a pair whose «Программа» holds a link is done), so the record kept between executions is small:
// the queue of jobs, and a write-ahead record of the document in flight and of the documents made
// but not yet written to the sheets. See docs/ARCHITECTURE.md, «Long work».

export type DocJobKind = 'programmes' | 'consents' | 'order' | 'note';
/** selfStart, selfEnd: the self-assessment at the start and the end of the year (issue #19). */
export type MailJobKind = 'requests' | 'mentors' | 'questionnaires' | 'selfStart' | 'selfEnd';
export type JobKind = DocJobKind | MailJobKind;

export const DOC_JOB_KINDS: readonly DocJobKind[] = ['programmes', 'consents', 'order', 'note'];
export const MAIL_JOB_KINDS: readonly MailJobKind[] = [
  'requests',
  'mentors',
  'questionnaires',
  'selfStart',
  'selfEnd',
];
export const JOB_KINDS: readonly JobKind[] = [...DOC_JOB_KINDS, ...MAIL_JOB_KINDS];

export function isJobKind(value: unknown): value is JobKind {
  return typeof value === 'string' && (JOB_KINDS as readonly string[]).includes(value);
}

export function isMailJob(kind: JobKind): kind is MailJobKind {
  return (MAIL_JOB_KINDS as readonly string[]).includes(kind);
}

/** The daily quota a job waits for. */
export type Quota = 'docs' | 'mail';

/** What the curator asked for, kept until it is done. */
export interface Job {
  kind: JobKind;
  /** The school year it belongs to ('2026/2027'). */
  year: string;
  /** The pairs the curator ticked; absent: every pair that needs the document. */
  ids?: string[];
  /** Who asked (email), for the journal. */
  by: string;
  /** When it was asked for (ms). */
  since: number;
  /** Units it had when asked for: the «из 110» of the progress. */
  total: number;
  /** Units done when a run last stopped (for the sidebar, without reading the sheets). */
  done?: number;
  /** Hourly runs that failed on it in a row: given up after a few. */
  failures?: number;
  /** Waits for a daily quota until this moment (ms). */
  notBefore?: number;
  waiting?: Quota;
  /** The order's number and date (ISO). */
  number?: string;
  date?: string;
  /** The mentor questionnaire's deadline («15.09»). */
  deadline?: string;
  /** The parts of the run's print pack started so far (actions/print-pack.ts). */
  packParts?: PackStart[];
}

/** A part of a print pack, fixed when its document is started: its file name and its last document. */
export interface PackStart {
  name: string;
  last: { pairId: string; name: string };
}

/** The kinds of document a unit makes, and the register's «Тип» of each. */
export type DocUnitKind =
  | 'programme'
  | 'consent'
  | 'order'
  | 'note'
  // Art. 351.8 ТК РФ (issue #18): src/server/actions/labour.ts.
  | 'agreement'
  | 'termination'
  | 'payReport'
  // One document and one PDF of every programme or consent form of a run (issue #20).
  | 'pack';

export const REGISTER_TYPES: Record<DocUnitKind, string> = {
  programme: 'Программа',
  consent: 'Согласие',
  order: 'Приказ',
  note: 'Аналитическая справка',
  agreement: 'Доп. соглашение',
  termination: 'Приказ о прекращении',
  payReport: 'Расчёт оплаты наставничества',
  pack: 'Пакет для печати',
};

/** One document to make. */
export interface DocUnit {
  /** Stable across executions: 'programme|2026/2027|НП-2026-03', 'consent|…|НП-2026-03|email'. */
  key: string;
  kind: DocUnitKind;
  /** The pair it belongs to ('' for the note). */
  pairId: string;
  /** The participant (consent forms). */
  email?: string;
  /** The file's name, known before it is made: how a half-made copy is found after a kill. */
  name: string;
}

/** Written before a document is copied; a kill leaves it behind for the next run to clean up. */
export interface Intent {
  key: string;
  name: string;
  /** When the intent was written (ms): a file of that name made since is this unit's. */
  since: number;
  folderId: string;
  /** Ids of the files made so far (the copy, then its PDF). */
  fileIds: string[];
  /**
   * A document filled over several steps (a district's order): its copy and how far the fill got.
   * A run goes on from here rather than binning the copy (jobs/documents.ts stagedStep).
   */
  fill?: {
    docId: string;
    /** Requests applied. */
    done: number;
    total: number;
    /** The document's revision after the last step, which the next must find. */
    revision: string;
    /** The fingerprint of the requests: other data means a new copy. */
    hash: string;
  };
}

/** A document made and not yet written to the sheets. */
export interface Made {
  key: string;
  kind: DocUnitKind;
  pairIds: string[];
  /** The register's «Номер». */
  number: string;
  /** ISO date for the register's «Дата». */
  date: string;
  name: string;
  url: string;
  pdfUrl: string;
}

/** The write-ahead record of one spreadsheet. */
export interface Wal {
  intent?: Intent;
  made: Made[];
}
