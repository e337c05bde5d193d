// The roadmap on the sheets: facts counted from every sheet (each read once), each item's status
// and evidence written back to Дорожная карта, the sidebar's overview, and the daily run that
// reminds people before deadlines.
import { CLOSED_MENTEE_STATUSES, MENTEE_STATUS, MENTOR_STATUS, ROADMAP_STATUS, SHEETS } from '../schema';
import type { DashboardDto, RoadmapItemDto, Warning } from '../api/types';
import type { Caller } from '../api/call';
import { checkData } from '../check';
import { parseDeadline, planningYearStart } from '../deadlines/calendar';
import { ROADMAP_ITEMS, roadmapRows, type ItemId } from '../deadlines/items';
import {
  dueKeys,
  overtaken,
  planDay,
  shortfallNote,
  type PlanInput,
  type PlanItem,
  type TeacherTask,
} from '../deadlines/plan';
import { TEXTS as DEADLINE_TEXTS } from '../deadlines/texts';
import { itemStatus, type RoadmapFacts, type ItemStatus } from '../deadlines/status';
import { EVENT_ROADMAP_ITEM, eventLabel, unpublishedEvents } from '../events';
import { trySchoolLock } from '../gas/lock';
import { logDeferred, logNotSent, readMailLog, sendEmails } from '../gas/mail';
import { DAILY_HANDLER, deleteOwnTrigger } from '../gas/triggers';
import { activeSpreadsheetOrNull, spreadsheetOfTrigger } from '../gas/context';
import { stamp as stampIn, today as todayIn } from '../gas/clock';
import { effectiveUserEmail } from '../gas/session';
import { hourlyRun } from '../jobs/hourly';
import { sweepAll } from './intake';
import { invitations, monitoringStats } from '../monitoring';
import { isActive, missingConsents, surveyedPairs } from '../pairs/model';
import { pairsOf } from '../pairs/edit';
import { documentSettingProblems, writeSetting, type Settings } from '../settings';
import type { Seed } from '../setup';
import { normalizeEmail, normalizeKey, quote, shortName } from '../shared/text';
import { ruDate } from '../store/dates';
import { journal } from '../store/journal';
import { problemText } from '../store/table';
import { loadSchool, type SchoolContext } from './context';
import { readEvents } from './events';
import { requestFactsOf } from './school-facts';
import { planDigest, planProgress, takeFeatureResponse } from './plan';
import { monitoringPairs, notMemberWarnings, readMonitoring, templates } from './monitoring';
import { notCuratorWarnings, yearOnYear } from './stages';

export const ROADMAP_SEED: Seed = { key: 'roadmap', rows: () => roadmapRows() };

interface Facts {
  facts: RoadmapFacts;
  monitoringNonRespondents: ReturnType<typeof monitoringStats>['nonRespondents'];
  notAnsweredEmails: Array<{ name: string; email: string }>;
}

function collectFacts(ctx: SchoolContext, today: string): Facts {
  const store = ctx.store;
  // The school year of «Настройки»: after «Новый учебный год» in June the new one counts.
  const start = planningYearStart(today, ctx.settings.schoolYear);
  const inYear = (iso: string) => iso !== '' && iso >= `${start}-09-01` && iso <= `${start + 1}-08-31`;

  const requests = requestFactsOf(ctx, today);
  const notAnsweredEmails = requests.notAnswered;

  const pairs = pairsOf(ctx).filter(isActive);
  const paired = new Set(pairs.flatMap((p) => p.mentees.map((m) => m.email)));
  const open = ctx.menteeList.filter(
    (m) => !paired.has(m.email) && !CLOSED_MENTEE_STATUSES.includes(m.status),
  );
  const events = readEvents(store.table('events', ['date', 'type', 'title'])).map((e) => e.event);
  const byItem = { '4.2': 0, '6.2': 0, '6.3': 0 };
  for (const e of events) if (inYear(e.date)) byItem[EVENT_ROADMAP_ITEM[e.type]]++;
  const practicesTable = store.table('practices', ['title']);
  const practices = practicesTable.rows.filter((r) => {
    const d = practicesTable.date(r, 'date');
    return d === '' || inYear(d);
  }).length;
  const publications = store.table('publications', ['event']);
  const published = publications.rows.map((r) => ({ event: publications.text(r, 'event') }));
  const unpublished = unpublishedEvents(
    events.filter((e) => inYear(e.date)),
    published,
    today,
    ctx.settings.publicationDays,
  ).map((u) => u.label);
  const mPairs = monitoringPairs(surveyedPairs(pairs));
  const records = readMonitoring(store.table('monitoring', ['pairId', 'role', 'email'])).map((r) => r.record);
  const stats = monitoringStats(mPairs, records);
  const menteeProblems = new Set(ctx.mentees.problems.map((p) => p.row)).size;

  return {
    facts: {
      teachers: requests.teachers,
      notAnswered: notAnsweredEmails.map((t) => shortName(t.name || t.email)),
      mentees: ctx.menteeList.length,
      menteeProblems,
      mentors: ctx.mentorList.filter((m) => m.status === MENTOR_STATUS.active).length,
      mentorsWithoutConsent: ctx.mentorList.filter((m) => m.status === MENTOR_STATUS.active && !m.consent)
        .length,
      waiting: open.filter((m) => m.status !== MENTEE_STATUS.supported).map((m) => shortName(m.name)),
      supported: open.filter((m) => m.status === MENTEE_STATUS.supported).map((m) => shortName(m.name)),
      pairs: pairs.map((p) => ({
        id: p.id,
        hasOrder: !!p.order,
        hasProgramme: !!p.programme,
        missingConsents: missingConsents(p).map((x) => shortName(x.name || x.email)),
      })),
      events: byItem,
      practices,
      monitoring: { answered: stats.school.responded, expected: stats.school.expected },
      unpublished,
    },
    monitoringNonRespondents: stats.nonRespondents,
    notAnsweredEmails,
  };
}

interface RoadmapRowState {
  id: ItemId;
  row: number;
  stage: string;
  title: string;
  deadlineText: string;
  responsible: string;
  status: ItemStatus;
}

function resolveResponsible(text: string, settings: Settings): string {
  const t = normalizeKey(text);
  if (/^[^\s@]+@[^\s@]+$/.test(t)) return t;
  if (t.startsWith('директор')) return settings.directorEmail;
  return settings.curatorEmail;
}

/** Computes every item's status and writes Статус and Пояснение back (only cells that changed). */
function refreshRoadmap(ctx: SchoolContext, facts: RoadmapFacts, today: string): RoadmapRowState[] {
  const table = ctx.store.table('roadmap', ['id', 'due', 'status', 'note']);
  const states: RoadmapRowState[] = [];
  for (const row of table.rows) {
    const id = table.text(row, 'id') as ItemId;
    const known = ROADMAP_ITEMS.find((i) => i.id === id);
    if (!known) continue;
    const deadlineText = table.text(row, 'due') || known.deadline;
    if (!parseDeadline(deadlineText)) {
      table.problems.push({
        sheet: table.name,
        row,
        column: table.headerOf('due'),
        message: `«${deadlineText}» — не срок (ожидается 01.10, 1 октября, 01.10.2026, «Ежегодно» или «Постоянно»)`,
      });
    }
    const status = itemStatus(id, deadlineText, facts, today, ctx.settings.schoolYear);
    table.set(row, 'status', status.status);
    table.set(row, 'note', status.evidence);
    states.push({
      id,
      row,
      stage: table.text(row, 'stage') || known.stage,
      title: table.text(row, 'activity') || known.title,
      deadlineText,
      responsible: resolveResponsible(table.text(row, 'responsible') || known.responsible, ctx.settings),
      status,
    });
  }
  return states;
}

export function dashboardAction(caller: Caller): DashboardDto {
  const setupNeeded =
    !caller.ss.getSheetByName(SHEETS.roadmap.name) ||
    !caller.ss.getSheetByName(SHEETS.settings.name) ||
    !caller.ss.getSheetByName(SHEETS.mentees.name);
  if (setupNeeded) {
    return {
      school: caller.ss.getName(),
      schoolYear: '',
      today: caller.today,
      setupNeeded: true,
      counts: { teachers: 0, mentors: 0, mentees: 0, pairs: 0, unmatched: 0 },
      roadmap: [],
      warnings: [],
      reminders: { enabled: false, owner: '', isOwner: false, lastRun: '' },
    };
  }
  const ctx = loadSchool(caller);
  const { facts } = collectFacts(ctx, caller.today);
  const states = refreshRoadmap(ctx, facts, caller.today);
  const check = checkData({
    teachers: ctx.store.table('teachers', ['name', 'email']),
    mentors: ctx.mentors,
    mentees: ctx.mentees,
    pairs: ctx.pairs,
    topics: ctx.store.table('topics', ['topic']),
    defaultCapacity: ctx.settings.maxMentees,
    extra: [
      ...documentSettingProblems(ctx.settings, caller.ss.getName()),
      ...ctx.store.table('roadmap').problems,
    ],
  });
  // The dashboard reads without the lock (it must open fast); the statuses it refreshed are written
  // only if the lock is free at once, and the save keeps any cell changed since the read.
  if (ctx.store.table('roadmap').isDirty()) trySchoolLock(caller.ss.getId(), () => ctx.store.save());
  const eventRows = new Map(readEvents(ctx.store.table('events')).map((e) => [eventLabel(e.event), e.row]));
  const plan = planProgress(ctx, caller.today);
  // This year against the archived previous one (issue #19): one read per archive sheet.
  const yearlyComparison = yearOnYear(ctx);
  const warnings: Warning[] = [
    ...states
      .filter((s) => s.status.status === ROADMAP_STATUS.overdue)
      .map((s) => ({
        text: `п. ${s.id} просрочен: ${s.status.evidence}`,
        sheet: SHEETS.roadmap.name,
        row: s.row,
        column: SHEETS.roadmap.columns.status.header,
      })),
    ...facts.unpublished.map((label) => ({
      text: `Нет публикации о мероприятии ${quote(label)}`,
      sheet: SHEETS.events.name,
      row: eventRows.get(label) ?? 1,
      column: SHEETS.events.columns.publication.header,
    })),
    ...notMemberWarnings(ctx),
    ...notCuratorWarnings(ctx),
    ...(plan?.warnings ?? []),
    ...check.problems
      .slice(0, 30)
      .map((p) => ({ text: problemText(p), sheet: p.sheet, row: p.row, column: p.column })),
  ];
  const roadmap: RoadmapItemDto[] = states.map((s) => ({
    id: s.id,
    stage: s.stage,
    title: s.title,
    deadline: s.status.deadline,
    deadlineText: s.status.deadline ? ruDate(s.status.deadline) : s.deadlineText,
    daysLeft: s.status.daysLeft,
    status: s.status.status,
    evidence: s.status.evidence,
    responsible: s.responsible,
  }));
  return {
    school: ctx.settings.schoolShortName || caller.ss.getName(),
    schoolYear: ctx.schoolYear,
    today: caller.today,
    setupNeeded: false,
    counts: {
      teachers: facts.teachers,
      mentors: facts.mentors,
      mentees: facts.mentees,
      pairs: facts.pairs.length,
      unmatched: facts.waiting.length + facts.supported.length,
    },
    roadmap,
    warnings,
    reminders: {
      enabled: ctx.settings.remindersEnabled,
      owner: ctx.settings.remindersOwner,
      isOwner: !!caller.user && ctx.settings.remindersOwner === caller.user,
      lastRun: ctx.settings.lastDailyRun,
    },
    ...(plan ? { programmes: plan.dto } : {}),
    ...(yearlyComparison ? { yearOnYear: yearlyComparison } : {}),
  };
}

/** Teachers who have not answered a form they were sent, with their link: 2.1 and 6.1. */
function teacherTasks(
  ctx: SchoolContext,
  states: RoadmapRowState[],
  facts: Facts,
  sent: Set<string>,
): TeacherTask[] {
  const tasks: TeacherTask[] = [];
  const deadlineOf = (id: string) =>
    states.find((s) => s.id === id && !s.status.done)?.status.deadline ?? null;
  const d21 = deadlineOf('2.1');
  if (d21 && ctx.settings.links.formRequests) {
    // Once the curator has sent the form this year, everyone who has not answered is reminded
    // (including those the first mailing missed for lack of quota).
    const started = [...sent].some((k) => k.startsWith(`campaign|2.1|${ctx.schoolYear}|`));
    for (const t of started ? facts.notAnsweredEmails : []) {
      tasks.push({
        itemId: '2.1',
        deadline: d21,
        email: t.email,
        name: t.name,
        formTitle: 'Профессиональные запросы педагогов',
        link: ctx.settings.links.formRequests,
      });
    }
  }
  const d61 = deadlineOf('6.1');
  const started = [...sent].some((k) => k.startsWith(`monitoring|${ctx.schoolYear}|`));
  const invited = started ? facts.monitoringNonRespondents.filter((p) => normalizeEmail(p.email) !== '') : [];
  if (d61 && invited.length > 0) {
    const personal = invitations(
      invited.map((p) => ({
        id: p.pairId,
        mentor: p.role === 'mentor' ? p : { name: '', email: '' },
        mentees: p.role === 'mentee' ? [p] : [],
      })),
      templates(ctx.store.ss.getId()),
    );
    for (const i of personal) {
      tasks.push({
        itemId: '6.1',
        deadline: d61,
        email: i.email,
        name: i.name,
        formTitle: i.role === 'mentee' ? 'Мониторинг: анкета наставляемого' : 'Мониторинг: анкета наставника',
        link: i.link,
        pair: i.pairId,
      });
    }
  }
  return tasks;
}

/** How long the daily run waits for an action to finish before leaving its work to the next run. */
const DAILY_WAIT_MS = 120_000;

export interface DailyRunResult {
  sent: number;
  deferred: number;
  skipped?: string;
  /** Why nothing was sent: reminders off, another curator's trigger sends them, the spreadsheet busy. */
  reason?: 'disabled' | 'notOwner' | 'busy';
}

/**
 * The daily run on one spreadsheet, under the school's lock: take any form response a trigger
 * missed, refresh the roadmap, then send what is due today.
 */
export function runDaily(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, runner: string): DailyRunResult {
  // Whoever runs it: an answer that met a busy lock is taken within a day.
  sweepAll(ss, takeFeatureResponse);
  const today = todayIn(ss);
  const caller: Caller = { ss, user: runner, today };
  const ctx = loadSchool(caller);
  if (!ctx.settings.remindersEnabled)
    return { sent: 0, deferred: 0, skipped: 'напоминания выключены', reason: 'disabled' };
  if (ctx.settings.remindersOwner && runner && ctx.settings.remindersOwner !== runner) {
    return {
      sent: 0,
      deferred: 0,
      skipped: `напоминания отправляет ${ctx.settings.remindersOwner}`,
      reason: 'notOwner',
    };
  }
  const facts = collectFacts(ctx, today);
  const states = refreshRoadmap(ctx, facts.facts, today);
  const log = readMailLog(ctx.store);
  const sent = log.sent;
  const items: PlanItem[] = states.map((s) => ({
    id: s.id,
    title: s.title,
    deadline: s.status.deadline,
    done: s.status.done,
    evidence: s.status.evidence,
    responsible: s.responsible,
  }));
  const input: PlanInput = {
    today,
    items,
    reminderDays: ctx.settings.reminderDays,
    directorEmail: ctx.settings.directorEmail,
    curatorEmail: ctx.settings.curatorEmail,
    school: ctx.settings.schoolShortName,
    spreadsheetUrl: ss.getUrl(),
    sent,
    teachers: teacherTasks(ctx, states, facts, sent),
    unpublished: facts.facts.unpublished,
    // The programmes' plan (issue #19): activities due this week and overdue, idle pairs.
    personal: planDigest(ctx, today, sent) ?? undefined,
  };
  const planned = planDay(input);
  // Reminders the quota held back on an earlier day that will never go as such: recorded once.
  const gone = overtaken(log.deferred, dueKeys(input), sent);
  logNotSent(
    ctx.store,
    gone.map((g) => ({
      key: g.key,
      recipient: g.recipient,
      topic: g.superseded ? DEADLINE_TEXTS.mailSuperseded : DEADLINE_TEXTS.mailObsolete,
    })),
  );
  for (const g of gone) sent.add(g.key);
  const report = sendEmails(ctx.store, planned, sent);
  logDeferred(ctx.store, report.deferred, log.deferred, DEADLINE_TEXTS.mailDeferred);
  let summary = `${stampIn(ss)}: отправлено писем — ${report.sent.length}`;
  if (report.deferred.length) {
    summary += `; отложено — ${report.deferred.length}`;
    journal(
      ctx.store,
      'Лимит почты',
      shortfallNote(report.deferred.map((d) => ({ ...d, cc: d.cc ?? [], urgency: 0 }))),
      runner,
    );
  }
  for (const f of report.failed)
    journal(ctx.store, 'Письмо не отправлено', `${f.email.to.join(', ')}: ${f.error}`, runner);
  writeSetting(ctx.store.table('settings'), ctx.settings, 'lastDailyRun', summary);
  journal(ctx.store, 'Ежедневная проверка сроков', summary, runner);
  ctx.store.save();
  return { sent: report.sent.length, deferred: report.deferred.length };
}

/** The time-driven trigger: no active document, so the spreadsheet comes from the trigger's id. */
export function dailyRunTriggerAction(e: { triggerUid?: string } | undefined): DailyRunResult | null {
  // Hourly: the daily run once a day at the school's hour; unfinished long work (jobs/) at the others.
  if (!hourlyRun(e)) return null;
  const ss = (e?.triggerUid ? spreadsheetOfTrigger(e.triggerUid) : null) ?? activeSpreadsheetOrNull();
  if (!ss) return null;
  const runner = effectiveUserEmail();
  // A second run at the same moment (two triggers) waits, then finds everything sent already. If
  // the spreadsheet stays busy (an action holds the lock), nothing is written: the next run does it
  // all (reminders still due, responses still past the cursor).
  const run = trySchoolLock(ss.getId(), () => runDaily(ss, runner), { waitMs: DAILY_WAIT_MS });
  if (!run.ran) {
    console.warn(`dailyRunTrigger: ${ss.getId()} busy, skipped`);
    return { sent: 0, deferred: 0, skipped: 'таблица занята', reason: 'busy' };
  }
  const result = run.value;
  // Someone else took the job over: this trigger stands down for good.
  if (result?.reason === 'notOwner' && e?.triggerUid) deleteOwnTrigger(e.triggerUid, DAILY_HANDLER);
  return result;
}
