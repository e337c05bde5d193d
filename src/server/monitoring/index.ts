// Monitoring of the programmes (roadmap 6.1): questionnaires, responses, statistics, the note.
export * from './types';
export {
  questionnaire,
  personalLink,
  invitations,
  PREFILL_PAIR,
  PREFILL_EMAIL,
  SCALE_LOW,
  SCALE_HIGH,
  type Invitation,
} from './questionnaires';
export {
  parseResponse,
  namedValuesFromRow,
  monitoringCells,
  recordFromCells,
  roleFromText,
  upsertTarget,
  upsertRecord,
  type ParsedResponse,
  type NamedValues,
  type MonitoringRowKey,
} from './responses';
export {
  monitoringStats,
  countedRecords,
  notMemberRecords,
  isMember,
  averages,
  formatScore,
  formatPercent,
  monitoringDeadline,
  monitoringReminderDue,
  type Rate,
  type Averages,
  type GroupStats,
  type PairStats,
  type MonitoringStats,
} from './stats';
export { monitoringNote, conclusions, type NoteBlock, type MonitoringNote, type NoteInput } from './note';
export {
  EMAILS as MONITORING_EMAILS,
  FORM_TITLES as MONITORING_FORM_TITLES,
  ROLE_NAMES as MONITORING_ROLE_NAMES,
} from './texts';
