// The records of end-of-year monitoring (roadmap 6.1): who answers, what they answered.

export type MonitoringRole = 'mentee' | 'mentor';

export const MONITORING_ROLES: readonly MonitoringRole[] = ['mentee', 'mentor'];

/** The five 1–10 scales, in the order of the questionnaire and of the Мониторинг columns. */
export type ScoreKey = 'usefulness' | 'comfort' | 'competence' | 'resolved' | 'clarity';

export const SCORE_KEYS: readonly ScoreKey[] = ['usefulness', 'comfort', 'competence', 'resolved', 'clarity'];

export type Scores = Record<ScoreKey, number | null>;

/** One row of Мониторинг: one person's answers for one pair. */
export interface MonitoringRecord {
  pairId: string;
  role: MonitoringRole;
  /** Trimmed, lower case. */
  email: string;
  /** yyyy-mm-dd */
  date: string;
  scores: Scores;
  /** «Хотели бы вы продолжить работу в паре?»; null when not answered. */
  wouldContinue: boolean | null;
  valuable: string;
  missing: string;
  comment: string;
}

export interface Participant {
  name: string;
  email: string;
}

/** An active pair or group as monitoring sees it: who is expected to answer. */
export interface MonitoringPair {
  id: string;
  mentor: Participant;
  mentees: Participant[];
}
