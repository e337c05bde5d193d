// End-of-year monitoring (roadmap 6.1) on the sheets and forms: the questionnaires, personal links
// that carry the pair, responses into Мониторинг (a repeat replaces), rates and averages.
import { surveyedPairs } from '../pairs/model';
import { TEXTS as PAIR_TEXTS } from '../pairs/texts';
import type { ActionResult, FormsOverviewDto, MonitoringDto, Warning } from '../api/types';
import type { Caller } from '../api/call';
import type { FormSpec } from '../setup';
import type { Answers } from '../intake/answers';
import { sentKeys, type OutgoingEmail } from '../gas/mail';
import { readForms } from '../gas/state';
import type { FormKind } from '../shared/forms';
import { prefilledUrl } from '../gas/forms';
import {
  PREFILL_EMAIL,
  PREFILL_PAIR,
  SCORE_KEYS,
  invitations,
  monitoringCells,
  monitoringDeadline,
  monitoringStats,
  notMemberRecords,
  parseResponse,
  questionnaire,
  recordFromCells,
  upsertTarget,
  type MonitoringPair,
  type MonitoringRecord,
  type MonitoringRole,
} from '../monitoring';
import { EMAILS, FORM, NOT_MEMBER } from '../monitoring/texts';
import { isActive, readPairs, type PairRecord } from '../pairs/model';
import { UserError } from '../shared/errors';
import { normalizeKey } from '../shared/text';
import { isoFromDate, ruDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Driver } from '../jobs/runner';
import { JOB_TEXTS } from '../jobs/texts';
import { mailRun, remindedOf, startMailJob } from './campaign';
import type { Store } from '../store/store';
import type { ColumnKey } from '../schema';
import type { Table } from '../store/table';
import { loadSchool, type SchoolContext } from './context';
import { requestFactsOf, stageKey } from './school-facts';
import { stagesOverview } from './stages';

export const MONITORING_FORMS: FormSpec[] = [
  {
    kind: 'monitoringMentee',
    settingKey: 'formMonitoringMentee',
    sheetName: 'Ответы: мониторинг (наставляемые)',
    def: (s) => questionnaire('mentee', s.verifyEmail),
    emailItem: { title: FORM.email, keepWhenVerified: true },
  },
  {
    kind: 'monitoringMentor',
    settingKey: 'formMonitoringMentor',
    sheetName: 'Ответы: мониторинг (наставники)',
    def: (s) => questionnaire('mentor', s.verifyEmail),
    emailItem: { title: FORM.email, keepWhenVerified: true },
  },
];

const ROLE_OF_KIND: Partial<Record<FormKind, MonitoringRole>> = {
  monitoringMentee: 'mentee',
  monitoringMentor: 'mentor',
};

export function monitoringPairs(pairs: PairRecord[]): MonitoringPair[] {
  return pairs.filter(isActive).map((p) => ({ id: p.id, mentor: p.mentor, mentees: p.mentees }));
}

export function readMonitoring(table: Table<'monitoring'>): Array<{ row: number; record: MonitoringRecord }> {
  const out: Array<{ row: number; record: MonitoringRecord }> = [];
  for (const row of table.rows) {
    const parsed = recordFromCells((key) => {
      if (!table.has(key)) return '';
      const raw = table.raw(row, key);
      return typeof raw === 'number' ? raw : table.text(row, key);
    });
    if (parsed.ok) out.push({ row, record: parsed.record });
  }
  return out;
}

/**
 * A dashboard warning per Мониторинг row that does not count (issue #16, item 4): for an active
 * pair, from someone who is not that member of it. Derived when read, so staff's corrections count.
 */
export function notMemberWarnings(ctx: SchoolContext): Warning[] {
  const pairs = monitoringPairs(readPairs(ctx.pairs, ctx.names));
  const table = ctx.store.table('monitoring', ['pairId', 'role', 'email']);
  const rows = readMonitoring(table).map(({ row, record }) => ({ ...record, row }));
  return notMemberRecords(pairs, rows).map((r) => ({
    text: NOT_MEMBER(r.pairId, r.email, r.role),
    sheet: table.name,
    row: r.row,
    column: table.headerOf('email'),
  }));
}

/** The intake of a questionnaire response (called by the onFormSubmit trigger, under the lock). */
export function takeMonitoringResponse(
  kind: string,
  store: Store,
  answers: Answers,
  time: number,
): string | null {
  const role = ROLE_OF_KIND[kind as FormKind];
  if (!role) return null;
  const names = new Map<string, string>();
  const pairs = monitoringPairs(
    readPairs(store.table('pairs', ['id', 'mentor', 'mentees', 'status']), names),
  );
  const values: Record<string, string> = {};
  for (const [title, value] of answers) values[title] = value;
  const parsed = parseResponse(role, values, pairs, isoFromDate(new Date(time), store.tzOffsetMinutes));
  if (!parsed.ok) {
    journal(store, 'Анкета мониторинга не учтена', parsed.problem);
    return parsed.problem;
  }
  const table = store.table('monitoring', ['pairId', 'role', 'email']);
  const existing = readMonitoring(table).map(({ row, record }) => ({
    row,
    pairId: record.pairId,
    role: record.role,
    email: record.email,
  }));
  const target = upsertTarget(existing, parsed.record);
  const cells = monitoringCells(parsed.record);
  if (target === null) table.append(cells);
  else
    for (const [name, value] of Object.entries(cells)) {
      const key = name as ColumnKey<'monitoring'>;
      if (table.has(key)) table.set(target, key, value);
    }
  journal(
    store,
    target === null ? 'Ответ на анкету мониторинга' : 'Ответ на анкету мониторинга заменён',
    `${parsed.record.pairId}, ${parsed.record.email}`,
  );
  return null;
}

/** A pre-filled link made by Forms itself, with placeholders to put each person's pair in. */
function linkTemplate(formId: string): string {
  const link = prefilledUrl(
    formId,
    [
      [FORM.pairCode, PREFILL_PAIR],
      [FORM.email, PREFILL_EMAIL],
    ],
    (a, b) => normalizeKey(a) === normalizeKey(b),
  );
  if ('missingIn' in link)
    throw new UserError(
      `В анкете «${link.missingIn}» нет вопросов «${FORM.pairCode}» и «${FORM.email}». Запустите «Первоначальная настройка».`,
    );
  return link.url;
}

export function templates(spreadsheetId = ''): Record<MonitoringRole, string> {
  const forms = readForms(spreadsheetId);
  const mentee = forms.monitoringMentee;
  const mentor = forms.monitoringMentor;
  if (!mentee || !mentor)
    throw new UserError('Анкеты мониторинга ещё не созданы. Запустите «Первоначальная настройка».');
  return { mentee: linkTemplate(mentee.formId), mentor: linkTemplate(mentor.formId) };
}

/**
 * The questionnaire letters still to send: every participant of every active pair who has not
 * answered and has not had the letter yet (`already`: the keys in «Журнал рассылок»). `pending`:
 * those who have not answered, emailed or not.
 */
export function questionnairePlan(
  school: SchoolContext,
  today: string,
  already: Set<string>,
): { pending: number; letters: OutgoingEmail[] } {
  // Questionnaires go to the pairs the order fixed (pairs/model.ts surveyedPairs).
  const pairs = monitoringPairs(surveyedPairs(readPairs(school.pairs, school.names)));
  if (pairs.length === 0) throw new UserError(PAIR_TEXTS.noneToSurvey);
  const answered = new Set(
    readMonitoring(school.store.table('monitoring', ['pairId', 'role', 'email'])).map(
      ({ record }) => `${normalizeKey(record.pairId)}|${record.role}|${record.email}`,
    ),
  );
  const deadline = ruDate(monitoringDeadline(school.schoolYear));
  const pending = invitations(pairs, templates(school.store.ss.getId())).filter(
    (i) => !answered.has(`${normalizeKey(i.pairId)}|${i.role}|${i.email}`),
  );
  const reminded = remindedOf(already, '6.1', `${school.schoolYear.slice(0, 4)}-08-01`);
  const keyOf = (i: (typeof pending)[number]) =>
    `monitoring|${school.schoolYear}|${i.pairId}|${i.role}|${i.email}`;
  // By each questionnaire's own key: on a later day a letter carries another day's stage. A
  // participant the morning run has reminded of 6.1 has had their links in that reminder.
  const due = pending.filter((i) => !already.has(keyOf(i)) && !reminded.has(i.email));
  // One letter per person: a mentor of three pairs gets one letter with the three links.
  const byPerson = new Map<string, typeof due>();
  for (const i of due) byPerson.set(i.email, [...(byPerson.get(i.email) ?? []), i]);
  const letters = [...byPerson.values()].map((mine) => ({
    to: [mine[0].email],
    subject: EMAILS.invitationSubject,
    body:
      mine.length === 1
        ? EMAILS.invitationBody(mine[0].name, mine[0].pairId, mine[0].link, deadline)
        : EMAILS.invitationsBody(mine[0].name, mine, deadline),
    keys: [
      ...mine.map(keyOf),
      // Also this day's reminder stage of 6.1, so the morning run does not repeat it.
      ...stageKey(school, '6.1', today, mine[0].email),
    ],
  }));
  return { pending: pending.length, letters };
}

/** The questionnaire mailing as a job (the same driver as the other mailings, actions/campaign.ts). */
function questionnairesDriver(): Driver {
  return {
    start(env, school) {
      const already = sentKeys(school.store);
      const { letters } = questionnairePlan(school, env.caller.today, already);
      return mailRun(env, school.store, letters, already, 'questionnaires');
    },
  };
}

export function monitoringDrivers(): Record<'questionnaires', Driver> {
  return { questionnaires: questionnairesDriver() };
}

/**
 * «Разослать анкеты мониторинга»: every participant of every active pair who has not answered gets
 * their link, once. Long work: the letters go a few at a time within the call's time and the day's
 * mail quota; the rest goes on when the sidebar calls again (`interactive`) or in the hourly run.
 */
export function sendQuestionnairesAction(caller: Caller, interactive = true): ActionResult {
  return startMailJob(caller, 'questionnaires', questionnairesDriver(), interactive, (school) => {
    const { pending, letters } = questionnairePlan(school, caller.today, sentKeys(school.store));
    if (letters.length > 0) return { total: letters.length };
    return { message: pending > 0 ? JOB_TEXTS.allSent.questionnaires(pending) : ALL_ANSWERED };
  });
}

const ALL_ANSWERED = 'Все участники действующих пар уже ответили на анкету мониторинга.';

export function monitoringSummary(pairs: MonitoringPair[], records: MonitoringRecord[]): MonitoringDto {
  const stats = monitoringStats(pairs, records);
  const scores = (a: { byQuestion: Record<string, number | null>; overall: number | null }) => {
    const out: Record<string, number | null> = {};
    for (const key of SCORE_KEYS) out[key] = a.byQuestion[key];
    out.overall = a.overall;
    return out;
  };
  return {
    rate: { answered: stats.school.responded, expected: stats.school.expected },
    byRole: (['mentee', 'mentor'] as MonitoringRole[]).map((role) => ({
      role: role === 'mentee' ? 'Наставляемые' : 'Наставники',
      answered: stats.byRole[role].responded,
      expected: stats.byRole[role].expected,
      averages: scores(stats.byRole[role].averages),
    })),
    byPair: stats.byPair.map((p) => ({
      id: p.pairId,
      answered: p.responded,
      expected: p.expected,
      average: p.averages.overall,
    })),
    school: scores(stats.school.averages),
  };
}

export function formsOverviewAction(caller: Caller): FormsOverviewDto {
  const ctx = loadSchool(caller);
  const yearStart = `${ctx.schoolYear.slice(0, 4)}-08-01`;
  const thisYear = (time: number) =>
    time > 0 && isoFromDate(new Date(time), ctx.store.tzOffsetMinutes) >= yearStart;
  const pairs = monitoringPairs(surveyedPairs(readPairs(ctx.pairs, ctx.names)));
  const records = readMonitoring(ctx.store.table('monitoring', ['pairId', 'role', 'email'])).map(
    (r) => r.record,
  );
  const summary = monitoringSummary(pairs, records);
  const requests = requestFactsOf(ctx, caller.today);
  const links = ctx.settings.links;
  return {
    forms: [
      {
        kind: 'requests',
        title: 'Профессиональные запросы педагогов',
        url: links.formRequests,
        // The roadmap's own count of 2.1 (deadlines/requests.ts): the same number on every tab.
        answered: requests.answered,
        expected: requests.teachers,
      },
      {
        kind: 'mentors',
        title: 'Анкета наставника',
        url: links.formMentors,
        answered: ctx.mentorList.filter((m) => thisYear(ctx.mentors.time(m.row, 'formDate'))).length,
        expected: ctx.mentorList.length,
      },
      {
        kind: 'monitoringMentee',
        title: 'Мониторинг: анкета наставляемого',
        url: links.formMonitoringMentee,
        answered: summary.byRole[0].answered,
        expected: summary.byRole[0].expected,
      },
      {
        kind: 'monitoringMentor',
        title: 'Мониторинг: анкета наставника',
        url: links.formMonitoringMentor,
        answered: summary.byRole[1].answered,
        expected: summary.byRole[1].expected,
      },
    ],
    monitoring: summary,
    stages: stagesOverview(ctx, caller.user),
  };
}
