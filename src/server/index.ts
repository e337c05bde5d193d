// The public surface of the add-on: every export becomes a top-level function of build/Code.js
// (dev/build.mjs), reachable by menus, triggers and google.script.run. Each is a few lines; the
// logic lives in the modules beside this file. Sidebar functions take and return plain data
// (ISO strings, never Date) and check that the caller may edit the spreadsheet.
import { asCurator, fromMenu } from './api/call';
import { runDataCheck } from './actions/check';
import { sendMentorCampaign, sendRequestCampaign, type CampaignResult } from './actions/campaign';
import { setupSpreadsheet, setupSummary } from './actions/setup';
import {
  createPairAction,
  dissolvePairAction,
  listPairs as listPairsAction,
  recordConsentAction,
  recordConsentsAction,
  setPairFixedAction,
} from './actions/pairs';
import { getSettingsAction, saveSettingsAction, setRemindersAction } from './actions/settings';
import { selectCellAction } from './actions/select';
import {
  addEventAction,
  addPracticeAction,
  draftPublicationAction,
  listEventsAction,
  recordPublicationAction,
} from './actions/events';
import { formsOverviewAction, sendQuestionnairesAction } from './actions/monitoring';
import { sendSelfAssessmentsAction } from './actions/stages';
import { takeFeatureResponse } from './actions/plan';
import {
  documentsOverviewAction,
  generateAnalyticalNoteAction,
  generateConsentFormsAction,
  generateOrderAction,
  generateProgrammesAction,
} from './actions/documents';
import { previewNewSchoolYearAction, startNewSchoolYearAction } from './actions/year';
import { continueWorkAction, workAction } from './jobs/work';
import { dashboardAction, dailyRunTriggerAction } from './actions/roadmap';
import { acceptAction, mentorOptionsAction, proposeAction, rejectAction } from './actions/matching';
import type { DashboardDto } from './api/types';
import type { DocumentsOverviewDto, FormsOverviewDto, OrderRequest } from './api/types';
import type { EventDto, PracticeDto, PublicationDraftDto, PublicationDto } from './api/types';
import type {
  AcceptChoice,
  ActionResult,
  BulkConsentRequest,
  CellLink,
  IsoDate,
  MentorOptionDto,
  NewPairDto,
  PairDto,
  ProposalsDto,
  SettingDto,
  WorkItemDto,
  WorkKind,
} from './api/types';
import { handleFormSubmit, type FormSubmitEvent } from './actions/intake';
import { assertTriggerRun, DAILY_HANDLER, FORM_HANDLER, sourceIdOf } from './gas/triggers';
import { TEXTS as CHECK_TEXTS } from './check/texts';
import { buildMenu, SIDEBAR_TITLE } from './ui/menu';

/** Simple trigger: builds the menu. In AuthMode.NONE nothing but the Ui may be used. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

/** Runs once when the add-on is installed (AuthMode.FULL); the menu must appear at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Opens the curator's sidebar. */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

// ---- Menu actions ----

export function menuSetup(): void {
  fromMenu('Первоначальная настройка', (c) => setupSummary(setupSpreadsheet(c)));
}

export function menuCheckData(): void {
  fromMenu('Проверка данных', (c) => {
    const { lines } = runDataCheck(c);
    return lines.length
      ? lines.slice(0, 40).join('\n') + (lines.length > 40 ? `\n… и ещё ${lines.length - 40}` : '')
      : CHECK_TEXTS.none;
  });
}

export function menuSendRequestForm(): void {
  // A menu item is not called again: what does not fit goes on in the hourly run.
  fromMenu('Рассылка формы запросов', (c) => sendRequestCampaign(c, false).message);
}

// ---- Triggers ----

/** Installable onFormSubmit trigger of the spreadsheet: every form of the add-on lands here. */
export function onFormSubmitTrigger(e: FormSubmitEvent): void {
  assertTriggerRun(e, FORM_HANDLER, sourceIdOf(e));
  handleFormSubmit(e, takeFeatureResponse);
}

/** The hourly time-driven trigger: once a day roadmap statuses and reminders; unfinished long work at the other hours. */
export function dailyRunTrigger(e?: { triggerUid?: string }): void {
  assertTriggerRun(e, DAILY_HANDLER);
  dailyRunTriggerAction(e);
}

// ---- Sidebar API ----

export function getDashboard(): DashboardDto {
  return asCurator((c) => dashboardAction(c));
}

export function setupWorkbook(): string {
  return asCurator((c) => setupSummary(setupSpreadsheet(c)));
}

export function checkWorkbook(): {
  lines: string[];
  problems: Array<{ sheet: string; row: number; column: string; message: string }>;
} {
  return asCurator((c) => runDataCheck(c));
}

export function sendRequestForm(): CampaignResult {
  return asCurator((c) => sendRequestCampaign(c));
}

export function selectCell(link: CellLink): void {
  asCurator((c) => selectCellAction(c, link));
}

export function listPairs(): PairDto[] {
  return asCurator((c) => listPairsAction(c));
}

export function createPair(pair: NewPairDto): ActionResult {
  return asCurator((c) => createPairAction(c, pair));
}

export function setPairFixed(id: string, fixed: boolean): ActionResult {
  return asCurator((c) => setPairFixedAction(c, id, fixed));
}

export function dissolvePair(id: string): ActionResult {
  return asCurator((c) => dissolvePairAction(c, id));
}

export function recordConsent(id: string, email: string, date: IsoDate): ActionResult {
  return asCurator((c) => recordConsentAction(c, id, email, date));
}

export function recordConsents(request: BulkConsentRequest): ActionResult {
  return asCurator((c) => recordConsentsAction(c, request));
}

export function getSettings(): SettingDto[] {
  return asCurator((c) => getSettingsAction(c));
}

export function saveSettings(values: Record<string, string>): ActionResult {
  return asCurator((c) => saveSettingsAction(c, values));
}

export function setReminders(enabled: boolean): ActionResult {
  return asCurator((c) => setRemindersAction(c, enabled));
}

export function proposePairs(): ProposalsDto {
  return asCurator((c) => proposeAction(c));
}

export function mentorOptions(
  menteeEmail: string,
  fingerprint?: string,
  proposalKeys?: string[],
): MentorOptionDto[] {
  return asCurator((c) => mentorOptionsAction(c, menteeEmail, fingerprint, proposalKeys));
}

export function acceptProposals(fingerprint: string, choices: AcceptChoice[]): ActionResult {
  return asCurator((c) => acceptAction(c, fingerprint, choices));
}

export function rejectProposal(mentorEmail: string, menteeEmail: string): ActionResult {
  return asCurator((c) => rejectAction(c, mentorEmail, menteeEmail));
}

export function listEvents(): EventDto[] {
  return asCurator((c) => listEventsAction(c));
}

export function addEvent(event: EventDto): ActionResult {
  return asCurator((c) => addEventAction(c, event));
}

export function draftPublication(row: number, allowNames: boolean): PublicationDraftDto {
  return asCurator((c) => draftPublicationAction(c, row, allowNames));
}

export function recordPublication(publication: PublicationDto): ActionResult {
  return asCurator((c) => recordPublicationAction(c, publication));
}

export function addPractice(practice: PracticeDto): ActionResult {
  return asCurator((c) => addPracticeAction(c, practice));
}

export function getFormsOverview(): FormsOverviewDto {
  return asCurator((c) => formsOverviewAction(c));
}

export function sendQuestionnaires(): ActionResult {
  return asCurator((c) => sendQuestionnairesAction(c));
}

export function sendSelfAssessments(stage: 'start' | 'end'): ActionResult {
  return asCurator((c) => sendSelfAssessmentsAction(c, stage));
}

export function sendMentorForm(): CampaignResult {
  return asCurator((c) => sendMentorCampaign(c));
}

export function getDocumentsOverview(): DocumentsOverviewDto {
  return asCurator((c) => documentsOverviewAction(c));
}

export function generateOrder(request: OrderRequest): ActionResult {
  return asCurator((c) => generateOrderAction(c, request));
}

export function generateProgrammes(ids: string[]): ActionResult {
  return asCurator((c) => generateProgrammesAction(c, ids));
}

export function generateConsentForms(ids: string[]): ActionResult {
  return asCurator((c) => generateConsentFormsAction(c, ids));
}

export function generateAnalyticalNote(): ActionResult {
  return asCurator((c) => generateAnalyticalNoteAction(c));
}

export function continueWork(kind: WorkKind): ActionResult {
  return asCurator((c) => continueWorkAction(c, kind));
}

export function getWork(): WorkItemDto[] {
  return asCurator((c) => workAction(c));
}

export function startNewSchoolYear(): ActionResult {
  return asCurator((c) => startNewSchoolYearAction(c));
}

export function previewNewSchoolYear(): { lines: string[]; refusal: string } {
  return asCurator((c) => previewNewSchoolYearAction(c));
}

// «Неизвестные ответы» (issue #16): answers from unknown addresses, waiting for the curator.
import type { UnknownAnswerDto } from './api/types';
import {
  acceptUnknownAnswerAction,
  listUnknownAnswersAction,
  rejectUnknownAnswerAction,
} from './actions/review';

export function listUnknownAnswers(): UnknownAnswerDto[] {
  return asCurator((c) => listUnknownAnswersAction(c));
}

export function acceptUnknownAnswer(id: string): ActionResult {
  return asCurator((c) => acceptUnknownAnswerAction(c, id));
}

export function rejectUnknownAnswer(id: string): ActionResult {
  return asCurator((c) => rejectUnknownAnswerAction(c, id));
}

// Mass mailings' preview (issue #17): how many people and one sample letter, nothing sent.
import type { MailingKind, MailingPreviewDto } from './api/types';
import { previewMailingAction } from './actions/preview';

export function previewMailing(kind: MailingKind): MailingPreviewDto {
  return asCurator((c) => previewMailingAction(c, kind));
}

// Mentoring as art. 351.8 ТК РФ requires (issue #18): agreements, early end, the month's pay.
import type { EarlyEndRequest, LabourOverviewDto } from './api/types';
import {
  endPairEarlyAction,
  generateAgreementsAction,
  generatePayReportAction,
  generateTerminationAction,
  labourOverviewAction,
  recordAgreementAction,
} from './actions/labour';

export function getLabourOverview(): LabourOverviewDto {
  return asCurator((c) => labourOverviewAction(c));
}

export function generateAgreements(ids: string[]): ActionResult {
  return asCurator((c) => generateAgreementsAction(c, ids));
}

export function recordAgreementSigned(id: string, date: IsoDate): ActionResult {
  return asCurator((c) => recordAgreementAction(c, id, date));
}

export function endPairEarly(request: EarlyEndRequest): ActionResult {
  return asCurator((c) => endPairEarlyAction(c, request));
}

export function generateTerminationOrder(id: string): ActionResult {
  return asCurator((c) => generateTerminationAction(c, id));
}

export function generatePayReport(month: string): ActionResult {
  return asCurator((c) => generatePayReportAction(c, month));
}
