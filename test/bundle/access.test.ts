// Who may use the add-on (issue #16): whoever can edit the spreadsheet — added one by one, through
// a Google Group, the domain or link sharing — may use the sidebar; a viewer may not, and nothing
// in the spreadsheet changes when one tries.
import { loadBundleWith } from '../../dev/bundle';
import * as inspect from '../../dev/inspect';
import { newSchool, setUp, type School } from '../helpers/school';

const VIEWER = 'viewer@school2.example';

/** Every sidebar function with arguments of the right shape. */
const SIDEBAR_CALLS: Record<string, unknown[]> = {
  getDashboard: [],
  setupWorkbook: [],
  checkWorkbook: [],
  sendRequestForm: [],
  selectCell: [{ sheet: 'Педагоги', row: 2, column: 'Email' }],
  listPairs: [],
  createPair: [
    { mentorEmail: 'a@school2.example', menteeEmails: ['b@school2.example'], form: 'Индивидуальная' },
  ],
  setPairFixed: ['НП-2026-01', true],
  dissolvePair: ['НП-2026-01'],
  recordConsent: ['НП-2026-01', 'a@school2.example', '2026-09-01'],
  recordConsents: [{ ids: ['НП-2026-01'], date: '2026-09-01' }],
  getSettings: [],
  saveSettings: [{ city: 'Энск' }],
  setReminders: [true],
  proposePairs: [],
  mentorOptions: ['b@school2.example'],
  acceptProposals: ['x', []],
  rejectProposal: ['a@school2.example', 'b@school2.example'],
  listEvents: [],
  addEvent: [{ date: '2026-09-01', type: 'Семинар', title: 'Семинар', participants: '', responsible: '' }],
  draftPublication: [2, false],
  recordPublication: [
    { date: '2026-09-01', event: 'Семинар', channel: 'Сайт', url: 'https://x.example', text: '' },
  ],
  addPractice: [{ date: '2026-09-01', title: 'Практика', authors: '', pair: '', description: '', url: '' }],
  getFormsOverview: [],
  sendQuestionnaires: [],
  sendSelfAssessments: ['start'],
  sendMentorForm: [],
  previewMailing: ['requests'],
  getDocumentsOverview: [],
  generateOrder: [{ number: '1', date: '2026-09-01' }],
  generateProgrammes: [[]],
  generateConsentForms: [[]],
  generateAnalyticalNote: [],
  continueWork: ['programmes'],
  getWork: [],
  startNewSchoolYear: [],
  previewNewSchoolYear: [],
  listUnknownAnswers: [],
  acceptUnknownAnswer: ['Ответы: запросы педагогов!2'],
  rejectUnknownAnswer: ['Ответы: запросы педагогов!2'],
  getLabourOverview: [],
  generateAgreements: [[]],
  recordAgreementSigned: ['НП-2026-01', '2026-09-01'],
  endPairEarly: [{ id: 'НП-2026-01', initiator: 'mentee', notice: '2026-09-01', orderNumber: '1' }],
  generateTerminationOrder: ['НП-2026-01'],
  generatePayReport: ['2026-09'],
};

/** Top-level functions that are not the sidebar's: simple triggers, menu items, installable triggers. */
const NOT_SIDEBAR = /^(onOpen|onInstall|showSidebar|menu[A-Z]\w*|\w+Trigger)$/;

function snapshot(school: School): string {
  return JSON.stringify(
    school.ss.getSheets().map((s) => [s.getName(), inspect.sheetValues(school.ws, school.ss, s.getName())]),
  );
}

describe('who may use the sidebar', () => {
  it('the list of sidebar functions here is every sidebar function the bundle exports', () => {
    const school = newSchool();
    const globals = school.ws.globals();
    const context = loadBundleWith({ ...globals });
    const exported = Object.keys(context).filter(
      (name) =>
        typeof context[name] === 'function' &&
        !(name in globals) &&
        /^[A-Za-z]\w*$/.test(name) &&
        !NOT_SIDEBAR.test(name),
    );
    expect(exported.sort()).toEqual(Object.keys(SIDEBAR_CALLS).sort());
  });

  it('a viewer is refused every sidebar function in Russian, and nothing in the spreadsheet changes', () => {
    const school = newSchool();
    setUp(school);
    school.ws.share(school.ss.getId(), VIEWER, 'viewer');
    const before = school.ws.asPerson(() => snapshot(school));
    school.ws.user = VIEWER;
    for (const [name, args] of Object.entries(SIDEBAR_CALLS)) {
      expect(() => school.app[name](...args)).toThrow(
        `У пользователя ${VIEWER} нет прав на редактирование этой таблицы`,
      );
    }
    school.ws.user = school.ws.options.user;
    expect(school.ws.asPerson(() => snapshot(school))).toBe(before);
  });

  it('an editor through a Google Group, or through the domain, can do what a listed editor can', () => {
    for (const how of ['group', 'domain'] as const) {
      const school = newSchool();
      setUp(school);
      const deputy = 'deputy@school2.example';
      if (how === 'group') {
        school.ws.addGroup('zavuchi@school2.example', [deputy]);
        school.ws.share(school.ss.getId(), 'zavuchi@school2.example', 'editor');
      } else {
        school.ws.setSharing(school.ss.getId(), 'DOMAIN', 'EDIT');
      }
      school.ws.user = deputy;
      // getEditors() does not list them: the check must not rest on it.
      const editors = school.ws.asPerson(() => school.ss.getEditors().map((u) => u.getEmail()));
      expect(editors).not.toContain(deputy);
      expect(school.app.saveSettings({ city: 'Энск' })).toMatchObject({ message: expect.any(String) });
      const dashboard = school.app.getDashboard() as { roadmap: unknown[] };
      expect(dashboard.roadmap).toHaveLength(14);
    }
  });
});

describe('trigger handlers called as the sidebar would', () => {
  it('dailyRunTrigger and onFormSubmitTrigger through google.script.run do nothing but refuse', () => {
    const school = newSchool();
    setUp(school);
    school.app.setReminders(true);
    const before = school.ws.asPerson(() => snapshot(school));
    const mail = school.ws.mail.outbox.length;
    const own = school.ws.asPerson(() => school.gas.ScriptApp.getProjectTriggers());
    const formUid = own.find((t) => t.getHandlerFunction() === 'onFormSubmitTrigger')?.getUniqueId();
    const dailyUid = own.find((t) => t.getHandlerFunction() === 'dailyRunTrigger')?.getUniqueId();
    expect(formUid && dailyUid).toBeTruthy();
    const refusal = 'Эту функцию запускает только триггер надстройки';
    // google.script.run passes plain objects only: no event, a made-up one, or another user's uid.
    school.ws.user = 'deputy@school2.example';
    school.ws.share(school.ss.getId(), 'deputy@school2.example', 'editor');
    for (const e of [undefined, {}, { triggerUid: dailyUid }, { triggerUid: formUid }]) {
      expect(() => school.app.dailyRunTrigger(e)).toThrow(refusal);
      expect(() =>
        school.app.onFormSubmitTrigger({
          ...(e ?? {}),
          namedValues: { ФИО: ['Взломщик'], 'Адрес электронной почты': ['x@school2.example'] },
        }),
      ).toThrow(refusal);
    }
    // Even the owner's own uid does not make a plain object a form event of this spreadsheet.
    school.ws.user = school.ws.options.user;
    expect(() =>
      school.app.onFormSubmitTrigger({
        triggerUid: formUid,
        source: { getId: () => 'elsewhere' },
        namedValues: { ФИО: ['Взломщик'] },
      }),
    ).toThrow(refusal);
    expect(school.ws.asPerson(() => snapshot(school))).toBe(before);
    expect(school.ws.mail.outbox.length).toBe(mail);
  });
});
