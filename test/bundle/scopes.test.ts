// The scope walk: a whole representative school year of the real build/Code.js on the emulator —
// the menu, the sidebar, setup, both intake forms, matching, consents, the order, programmes,
// consent forms, events and publications, monitoring with its reminders, the analytical note, the
// daily run fired by the emulated clock and the new school year. Every `Class.method` the bundle
// called inside an execution is looked up in the emulator's table of scopes (dev/emulator/scopes.ts,
// taken from each method's «Authorization» section in developers.google.com/apps-script/reference),
// and the scopes the walk needed must be exactly the manifest's oauthScopes: none missing, none
// unused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from '../../dev/bundle';
import { SCOPE_PREFIX, scopesFor } from 'apps-script-emulator/scopes';
import {
  CURATOR,
  answerQuestionnaires,
  consentEveryone,
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
} from '../helpers/school';

const MANIFEST = JSON.parse(readFileSync(join(BUILD_DIR, 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};

// Ten pairs: enough for the order's table of pairs to be rebuilt in one call (src/server/gas/docs.ts).
const PAIRS = 10;
const TEACHERS = Array.from({ length: PAIRS }, (_, i) => ({
  name: `Учителева${i} Мария Ивановна`,
  email: `t${i}@school2.example`,
}));
const MENTORS = Array.from({ length: PAIRS }, (_, i) => ({
  name: `Наставникова${i} Анна Петровна`,
  email: `m${i}@school2.example`,
}));
const CURATOR2 = 'deputy@school2.example';

/** Noon of a day, Moscow time: the daily trigger has fired that morning. */
function goTo(school: School, day: string): void {
  school.ws.script.advanceTo(`${day}T12:00:00+03:00`);
}

/**
 * Forms made after June 2026 start unpublished (dev/emulator/forms.ts): the curator publishes any
 * the add-on left so, by hand in Google Forms (nothing to do once the add-on publishes them).
 */
function publishForms(school: School): void {
  school.ws.asPerson(() => {
    for (const { formId } of Object.values(formIds(school))) {
      const form = school.gas.FormApp.openById(formId) as unknown as Record<string, () => unknown>;
      if ('isPublished' in form && !form.isPublished()) (form.setPublished as (b: boolean) => unknown)(true);
    }
  });
}

/** A year, 1 August to the next 15 June, touching every part of the add-on once at least. */
function walkTheYear(): School {
  const school = newSchool({ now: '2026-08-01T09:00:00+03:00' });
  const { app, ws } = school;
  // Opening the spreadsheet: the simple trigger in AuthMode.NONE, the install, the sidebar.
  app.onOpen({ authMode: 'NONE' });
  app.onInstall({ authMode: 'FULL' });
  app.showSidebar();
  // The staff started a narrow «Педагоги» sheet by hand: setup widens it.
  ws.asPerson(() => {
    const own = school.ss.insertSheet('Педагоги');
    own.deleteColumns(3, own.getMaxColumns() - 2);
  });
  app.menuSetup();
  setUp(school);
  publishForms(school);
  // A short «Журнал»: the add-on's log adds rows as it goes.
  ws.asPerson(() => {
    const log = school.ss.getSheetByName('Журнал')!;
    if (log.getMaxRows() > log.getLastRow() + 1)
      log.deleteRows(log.getLastRow() + 2, log.getMaxRows() - log.getLastRow() - 1);
  });
  app.saveSettings({
    schoolFullName: 'МБОУ «Средняя общеобразовательная школа №2»',
    schoolShortName: 'МБОУ «СОШ №2»',
    // Every setting a document prints is required (settings/required.ts).
    city: 'Сосногорск',
    directorName: 'Кузнецов Игорь Викторович',
    directorEmail: 'director@school2.example',
    curatorName: 'Петрова Анна Сергеевна',
  });
  app.getSettings();
  // A second curator takes the reminders over; the first one's daily trigger stands down on its
  // next run; the second switches them off and the first takes them back.
  ws.calls.quietly(() => school.ss.addEditor(CURATOR2));
  ws.user = CURATOR2;
  app.setReminders(true);
  goTo(school, '2026-08-02');
  app.setReminders(false);
  ws.user = CURATOR;
  app.setReminders(true);
  ws.calls.quietly(() =>
    school.ss
      .getSheetByName('Педагоги')!
      .getRange(2, 1, TEACHERS.length, 2)
      .setValues(TEACHERS.map((t) => [t.name, t.email])),
  );
  app.getDashboard();
  app.checkWorkbook();
  app.menuCheckData();

  // September: the request and mentor campaigns, the forms answered.
  goTo(school, '2026-09-02');
  app.sendRequestForm();
  app.menuSendRequestForm();
  app.sendMentorForm();
  const { requests, mentors } = formIds(school);
  for (const t of TEACHERS) ws.forms.submit(requests.formId, requestAnswers(t, ['Методика урока']));
  for (const m of MENTORS) ws.forms.submit(mentors.formId, mentorAnswers(m, ['Методика урока'], '1'));

  // Matching: proposals, one refused, the rest accepted, one pair fixed.
  goTo(school, '2026-09-20');
  const proposed = app.proposePairs() as {
    fingerprint: string;
    proposals: Array<{ key: string; mentor: { email: string }; mentees: Array<{ email: string }> }>;
  };
  app.mentorOptions(TEACHERS[0].email);
  const first = proposed.proposals[0];
  app.rejectProposal(first.mentor.email, first.mentees[0].email);
  const again = app.proposePairs() as typeof proposed;
  app.acceptProposals(
    again.fingerprint,
    again.proposals.map((p) => ({ key: p.key })),
  );
  const pairs = app.listPairs() as Array<{ id: string }>;
  app.setPairFixed(pairs[0].id, true);
  app.getFormsOverview();

  // Consents, their blank forms, the order, the programmes.
  goTo(school, '2026-09-25');
  app.generateConsentForms([]);
  consentEveryone(school, '2026-09-25');
  goTo(school, '2026-10-01');
  app.generateOrder({ number: '45-о', date: '2026-10-01' });
  app.generateOrder({ number: '45-о', date: '2026-10-01', regenerate: true });
  app.generateProgrammes([]);
  app.getDocumentsOverview();
  app.selectCell({ sheet: 'Пары и группы', row: 2 });

  // Events and publications through the year.
  goTo(school, '2026-11-10');
  app.addEvent({
    date: '2026-11-10',
    type: 'Обучение наставников',
    title: 'Семинар для наставников',
    participants: '2 педагога',
    responsible: '',
    result: '',
    materials: '',
    publication: '',
  });
  app.listEvents();
  app.draftPublication(2, false);
  app.recordPublication({
    date: '2026-11-12',
    eventTitle: 'Семинар для наставников',
    channel: 'Сайт',
    url: 'https://school2.example/news/1',
    text: '',
  });
  app.addPractice({
    date: '2026-11-12',
    title: 'Совместное планирование урока',
    authors: 'Петрова А. С.',
    pair: pairs[0].id,
    description: 'Наставник и наставляемый планируют урок вместе',
    url: '',
    source: 'Семинар для наставников',
  });

  // Monitoring in May: questionnaires, reminders by the daily run, answers, the note.
  goTo(school, '2027-05-10');
  app.sendQuestionnaires();
  goTo(school, '2027-05-20');
  answerQuestionnaires(school);
  goTo(school, '2027-05-25');
  app.getFormsOverview();
  app.generateAnalyticalNote();
  app.dissolvePair(pairs[pairs.length - 1].id);

  // The next school year.
  goTo(school, '2027-06-15');
  app.startNewSchoolYear();
  app.getDashboard();
  return school;
}

interface ScopeCheck {
  /** Each granted scope the walk needed, with the methods that needed it. */
  used: Map<string, string[]>;
  /** Methods no granted scope authorizes, with the scopes any one of which would. */
  missing: Map<string, readonly string[]>;
  /** Granted scopes no method needed. */
  unused: string[];
}

/**
 * For each method called: the granted scope that authorizes it (of several that would, the one
 * granted; a method that needs no scope adds none).
 */
function checkScopes(called: Iterable<string>, granted: readonly string[]): ScopeCheck {
  const used = new Map<string, string[]>();
  const missing = new Map<string, readonly string[]>();
  for (const name of [...called].sort()) {
    const needed = scopesFor(name);
    if (needed === undefined) throw new Error(`the emulator's table has no scopes for ${name}`);
    if (needed.length === 0) continue;
    const scope = needed.find((s) => granted.includes(s));
    if (scope) used.set(scope, [...(used.get(scope) ?? []), name]);
    else missing.set(name, needed);
  }
  return { used, missing, unused: granted.filter((s) => !used.has(s)) };
}

describe('the scopes of a school year', () => {
  let school: School;
  // A year of daily runs on the emulated clock: slower than one test's default limit.
  beforeAll(() => {
    school = walkTheYear();
  }, 2_400_000);

  it('the walk runs every part of the add-on without an error', () => {
    const called = [...school.ws.calledInExecutions];
    for (const name of [
      'Ui.createAddonMenu',
      'Ui.showSidebar',
      'Ui.alert',
      'HtmlService.createHtmlOutputFromFile',
      'Session.getActiveUser',
      'Session.getEffectiveUser',
      'SpreadsheetApp.getActiveSpreadsheet',
      'SpreadsheetApp.openById',
      'Sheet.insertColumnsAfter',
      'Sheet.insertRowsAfter',
      'FormApp.create',
      'FormApp.openById',
      'DocumentApp.create',
      'DocumentApp.openById',
      'Docs.Documents.get',
      'Docs.Documents.batchUpdate',
      'Docs.Documents.create',
      'Body.clear',
      'DriveApp.createFolder',
      'DriveApp.getFolderById',
      'File.makeCopy',
      'File.setTrashed',
      'Folder.createFile',
      'MailApp.sendEmail',
      'ScriptApp.newTrigger',
      'ScriptApp.deleteTrigger',
      'LockService.getScriptLock',
      'PropertiesService.getScriptProperties',
      'PropertiesService.getUserProperties',
      'Properties.deleteProperty',
      'Utilities.formatDate',
    ])
      expect(called).toContain(name);
    expect(sheetRecords(school, 'Архив 2026/2027 — Документы').map((d) => d['Тип'])).toEqual(
      expect.arrayContaining(['Приказ', 'Программа', 'Согласие', 'Аналитическая справка']),
    );
    expect(school.ws.executions.finished.filter((e) => e.outcome !== 'ok')).toEqual([]);
  });

  it('needs exactly the scopes the manifest declares: none missing, none unused', () => {
    const { used, missing, unused } = checkScopes(school.ws.calledInExecutions, MANIFEST.oauthScopes);
    expect(Object.fromEntries(missing)).toEqual({});
    expect(unused).toEqual([]);
    expect([...used.keys()].sort()).toEqual([...MANIFEST.oauthScopes].sort());
  });

  it('the same walk under drive.file instead of drive would miss DriveApp and leave drive.file unused', () => {
    const granted = MANIFEST.oauthScopes.map((s) =>
      s === `${SCOPE_PREFIX}drive` ? `${SCOPE_PREFIX}drive.file` : s,
    );
    const { missing, unused } = checkScopes(school.ws.calledInExecutions, granted);
    expect([...missing.keys()]).toEqual(expect.arrayContaining(['DriveApp.createFolder', 'File.makeCopy']));
    expect(unused).toEqual([`${SCOPE_PREFIX}drive.file`]);
  });
});
