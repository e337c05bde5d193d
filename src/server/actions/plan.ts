// «План программ» on the sheets (issue #19): rows made from each programme's activity plan, the
// mentors' marks from the form «Отметка о выполнении», the plan's lines in the daily digest, and
// each pair's progress on the dashboard.
import { MENTEE_COLUMNS, MENTOR_COLUMNS, namesToEmails, readMentees, readMentors } from '../banks';
import type { ProgrammeProgressDto, Warning } from '../api/types';
import type { ColumnKey, RowValues } from '../schema';
import type { MonitoringNote } from '../monitoring';
import { NOTE } from '../monitoring/texts';
import { buildPlan } from '../documents/programme';
import type { Topic } from '../documents/types';
import { prefilledUrl } from '../gas/forms';
import { readForms } from '../gas/state';
import { answer, type Answers } from '../intake/answers';
import type { ExtraIntake } from '../intake/sweep';
import { isActive, readPairs, termStart, type PairRecord } from '../pairs/model';
import { markLink, planMarkForm, PREFILL } from '../plan/form';
import { planNoteBlocks } from '../plan/note';
import { pairProgress } from '../plan/progress';
import { planReminderLines, type PersonalLine } from '../plan/reminders';
import {
  activityKey,
  counts,
  pairKey,
  placeMark,
  rowsByPair,
  syncPlan,
  type Mark,
  type PlanRow,
} from '../plan/rows';
import {
  FORM,
  FORM_SHEET,
  JOURNAL,
  NOT_MENTOR_WARNING,
  NOTES,
  PROBLEMS,
  PROGRESS,
  REMINDERS,
} from '../plan/texts';
import { readSettings } from '../settings';
import type { FormSpec } from '../setup';
import { isUserError, messageOf, UserError } from '../shared/errors';
import { isEmail, normalizeEmail, normalizeKey, shortName } from '../shared/text';
import { isoFromDate, parseDateText, ruDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Store } from '../store/store';
import { problemText, type Table } from '../store/table';
import { pairForDocs } from './documents';
import { takeMonitoringResponse } from './monitoring';
import { isStageKind, takeStageResponse } from './stages';
import type { SchoolContext } from './context';

export const PLAN_FORMS: FormSpec[] = [
  {
    kind: 'planMark',
    settingKey: 'formPlanMark',
    sheetName: FORM_SHEET,
    def: (s) => planMarkForm(s.schoolShortName, s.verifyEmail),
    emailItem: { title: FORM.email, keepWhenVerified: true },
  },
];

const PLAN_COLUMNS: ReadonlyArray<ColumnKey<'plan'>> = ['pairId', 'activity', 'planned', 'done'];

export function readPlanRows(table: Table<'plan'>): PlanRow[] {
  const text = (row: number, key: ColumnKey<'plan'>) => (table.has(key) ? table.text(row, key) : '');
  return table.rows
    .map((row) => ({
      row,
      pairId: text(row, 'pairId'),
      topic: text(row, 'topic'),
      activity: text(row, 'activity'),
      planned: table.date(row, 'planned'),
      done: table.date(row, 'done'),
      result: text(row, 'result'),
      link: text(row, 'link'),
      by: table.has('markedBy') ? normalizeEmail(text(row, 'markedBy')) : '',
      at: table.has('markedAt') ? table.time(row, 'markedAt') : 0,
      note: text(row, 'note'),
    }))
    .filter((r) => r.pairId !== '' && r.activity !== '');
}

/**
 * «План программ», or null before setup made it — or while staff have broken it (a column deleted):
 * the dashboard names the problem (planProblem), and nothing else stops for it.
 */
function planTable(store: Store): Table<'plan'> | null {
  return planProblem(store) === null ? store.table('plan', PLAN_COLUMNS) : null;
}

/** Why «План программ» cannot be used, or null (also when setup has not made it yet). */
function planProblem(store: Store): string | null {
  if (!store.sheet('plan')) return null;
  try {
    store.table('plan', PLAN_COLUMNS);
    return null;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return messageOf(e);
  }
}

function samePair(a: string, b: string): boolean {
  return normalizeKey(a) === normalizeKey(b);
}

/** The pairs and banks as loadSchool reads them, on a store already open (a documents checkpoint). */
function contextOf(store: Store, today: string): SchoolContext {
  const { settings } = readSettings(store.table('settings', ['param', 'value']), today);
  const mentors = store.table('mentors', MENTOR_COLUMNS);
  const mentees = store.table('mentees', MENTEE_COLUMNS);
  const mentorList = readMentors(mentors);
  const menteeList = readMentees(mentees);
  return {
    store,
    settings,
    pairs: store.table('pairs', ['id', 'mentor', 'mentees', 'status']),
    mentors,
    mentees,
    mentorList,
    menteeList,
    names: namesToEmails(mentorList, menteeList),
    schoolYear: settings.schoolYear,
    today,
    defaultCapacity: settings.maxMentees,
  };
}

function readTopics(store: Store): Topic[] {
  const t = store.table('topics', ['topic']);
  return t.rows.map((r) => ({
    name: t.text(r, 'topic'),
    activities: t.has('activities')
      ? t
          .text(r, 'activities')
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s)
      : [],
  }));
}

/**
 * The hook of a programme made (jobs/documents.ts, at its checkpoint, under the lock): the pair's
 * plan, as the document lists it, into «План программ». A programme made again keeps every row
 * marked done. The caller saves.
 */
export function syncPlanRows(store: Store, pairIds: readonly string[], today: string): void {
  const broken = planProblem(store);
  if (broken) {
    journal(store, JOURNAL.notSynced, JOURNAL.notSyncedDetails(pairIds, broken));
    return;
  }
  try {
    syncRows(store, pairIds, today);
  } catch (e) {
    // A sheet staff broke must not keep the programmes made from their pairs' rows: the plan waits.
    if (!isUserError(e)) throw e;
    journal(store, JOURNAL.notSynced, JOURNAL.notSyncedDetails(pairIds, messageOf(e)));
  }
}

function syncRows(store: Store, pairIds: readonly string[], today: string): void {
  const table = planTable(store);
  if (!table || pairIds.length === 0) return;
  const ctx = contextOf(store, today);
  const pairs = readPairs(ctx.pairs, ctx.names);
  const topics = readTopics(store);
  const rows = rowsByPair(readPlanRows(table));
  const synced: string[] = [];
  let added = 0;
  let kept = 0;
  for (const id of pairIds) {
    const pair = pairs.find((p) => samePair(p.id, id));
    if (!pair) continue;
    const items = buildPlan(pairForDocs(pair, ctx), topics).map((i) => ({
      topic: i.topic,
      activity: i.content,
      planned: i.to,
    }));
    const mine = (rows.get(pairKey(pair.id)) ?? []).filter((r) => counts(r, pair.mentor.email));
    const sync = syncPlan(mine, items, ruDate(today));
    for (const u of sync.updates) {
      if (u.cells.planned !== undefined) table.set(u.row, 'planned', u.cells.planned);
      if (u.cells.note !== undefined && table.has('note')) table.set(u.row, 'note', u.cells.note);
    }
    for (const a of sync.appends)
      table.append({
        pairId: pair.id,
        topic: a.topic,
        activity: a.activity,
        planned: a.planned,
      });
    synced.push(pair.id);
    added += sync.appends.length;
    kept += sync.kept;
  }
  if (synced.length > 0) journal(store, JOURNAL.synced, JOURNAL.syncedDetails(synced, added, kept));
}

/** A mark's answer into «План программ» (the sweep's extra intake, under the lock). */
export function takePlanMark(store: Store, answers: Answers, time: number): string | null {
  // Missing or broken: a UserError, so the sweep leaves the answers for after setup repairs it.
  const table = store.table('plan', PLAN_COLUMNS);
  const fail = (problem: string) => {
    journal(store, JOURNAL.refused, problem);
    return problem;
  };
  const code = answer(answers, FORM.pairCode);
  if (!code) return fail(PROBLEMS.noPairCode);
  const pairs = readPairs(store.table('pairs', ['id', 'mentor', 'mentees', 'status']), new Map()).filter(
    isActive,
  );
  const pair = pairs.find((p) => samePair(p.id, code));
  if (!pair) return fail(PROBLEMS.unknownPair(code));
  const email = normalizeEmail(answer(answers, FORM.email));
  if (!isEmail(email)) return fail(PROBLEMS.noEmail);
  const activity = answer(answers, FORM.activity).replace(/\s+/g, ' ').trim();
  if (!activity) return fail(PROBLEMS.noActivity);
  const dateText = answer(answers, FORM.date);
  const date = dateText ? parseDateText(dateText) : isoFromDate(new Date(time), store.tzOffsetMinutes);
  if (!date) return fail(PROBLEMS.badDate(dateText));
  const mark: Mark = {
    pairId: pair.id,
    activity,
    date,
    result: answer(answers, FORM.result),
    link: answer(answers, FORM.link),
    by: email,
    at: time,
  };
  const rows = readPlanRows(table);
  const details = JOURNAL.details(pair.id, activity, ruDate(date), email);
  const cells: RowValues<'plan'> = {
    done: mark.date,
    result: mark.result,
    link: mark.link,
    markedBy: mark.by,
    markedAt: new Date(mark.at),
  };
  if (email !== normalizeEmail(pair.mentor.email)) {
    // Kept in a row of its own for the curator to see (the dashboard names it), never in the plan.
    const again = rows.some(
      (r) =>
        samePair(r.pairId, pair.id) &&
        r.by === email &&
        r.at === time &&
        activityKey(r.activity) === activityKey(activity),
    );
    if (!again)
      table.append({
        pairId: pair.id,
        activity,
        ...cells,
        note: NOTES.refused(email, pair.id),
      });
    return fail(PROBLEMS.notMentor(email, pair.id));
  }
  const mine = rows.filter((r) => samePair(r.pairId, pair.id) && counts(r, pair.mentor.email));
  const place = placeMark(mine, mark);
  if (place.kind === 'older') {
    journal(store, JOURNAL.older, details);
    return null;
  }
  if (place.kind === 'outside') {
    table.append({
      pairId: pair.id,
      activity,
      ...cells,
      note: NOTES.outside,
    });
    journal(store, JOURNAL.outside, details);
    return null;
  }
  for (const [name, value] of Object.entries(cells)) {
    const key = name as ColumnKey<'plan'>;
    if (table.has(key)) table.set(place.row, key, value);
  }
  journal(store, place.kind === 'plan' ? JOURNAL.marked : JOURNAL.replaced, details);
  return null;
}

/**
 * Every form the sweep hands to a feature: the monitoring questionnaires, the plan's marks, the
 * self-assessment and the curator's questionnaire (actions/stages.ts).
 */
export const takeFeatureResponse: ExtraIntake = (kind, store, answers, time) =>
  kind === 'planMark'
    ? takePlanMark(store, answers, time)
    : isStageKind(kind)
      ? takeStageResponse(kind, store, answers, time)
      : takeMonitoringResponse(kind, store, answers, time);

/** A pre-filled link made by Forms itself, with placeholders for each mentor's pair, address and activity. */
function linkTemplate(spreadsheetId: string): string {
  const record = readForms(spreadsheetId).planMark;
  if (!record)
    throw new UserError('Форма «Отметка о выполнении» ещё не создана. Запустите «Первоначальная настройка».');
  const link = prefilledUrl(
    record.formId,
    [
      [FORM.pairCode, PREFILL.pair],
      [FORM.email, PREFILL.email],
      [FORM.activity, PREFILL.activity],
    ],
    (a, b) => normalizeKey(a) === normalizeKey(b),
  );
  if ('missingIn' in link)
    throw new UserError(
      `В форме «${link.missingIn}» нет вопросов «${FORM.pairCode}», «${FORM.email}» и «${FORM.activity}». Запустите «Первоначальная настройка».`,
    );
  return link.url;
}

/** The pairs whose programme was made: the plan counts for them. */
function planPairs(ctx: SchoolContext): PairRecord[] {
  return readPairs(ctx.pairs, ctx.names).filter((p) => isActive(p) && p.programme !== '');
}

export interface PlanDigest {
  lines: PersonalLine[];
  letter: (
    email: string,
    name: string,
    lines: Array<{ key: string; text: string }>,
  ) => {
    subject: string;
    body: string;
  };
}

/**
 * The plan's lines of today's letters (the daily run, under the lock; its save writes what this
 * adds), or null when there is nothing to say.
 */
export function planDigest(ctx: SchoolContext, today: string, sent: ReadonlySet<string>): PlanDigest | null {
  const table = planTable(ctx.store);
  if (!table) return null;
  const pairs = planPairs(ctx);
  if (pairs.length === 0) return null;
  let rows = readPlanRows(table);
  // A programme made before «План программ» existed (or whose rows staff deleted) gets its rows.
  const planned = rowsByPair(rows);
  const missing = pairs.filter((p) => !planned.has(pairKey(p.id))).map((p) => p.id);
  if (missing.length > 0) {
    syncPlanRows(ctx.store, missing, today);
    rows = readPlanRows(table);
  }
  let template: string | null = null;
  const link = (pairId: string, email: string, activity: string) =>
    markLink((template ??= linkTemplate(ctx.store.ss.getId())), pairId, email, activity);
  const lines = planReminderLines({
    today,
    pairs: pairs.map((p) => ({ id: p.id, mentor: p.mentor, start: termStart(p) })),
    rows,
    curator: { name: ctx.settings.curatorName, email: ctx.settings.curatorEmail },
    link,
    sent,
  });
  if (lines.length === 0) return null;
  const school = ctx.settings.schoolShortName;
  return {
    lines,
    letter: (email, name, own) => {
      const activities = own.filter((l) => !l.key.startsWith('plan|idle|'));
      if (activities.length === 0)
        return {
          subject: REMINDERS.curatorSubject(school, own.length),
          body: REMINDERS.curatorBody(
            name,
            own.map((l) => l.text),
            ctx.store.ss.getUrl(),
          ),
        };
      const others = pairs
        .filter((p) => normalizeEmail(p.mentor.email) === normalizeEmail(email))
        .map((p) => ({ pair: p.id, link: link(p.id, email, '') }));
      return {
        subject: REMINDERS.subject(school, activities.length),
        body: REMINDERS.body(
          name,
          own.map((l) => l.text),
          others,
          school,
        ),
      };
    },
  };
}

/** Each pair's progress for the dashboard, and the marks that do not count; null before setup made the sheet. */
export function planProgress(
  ctx: SchoolContext,
  today: string,
): { dto: ProgrammeProgressDto; warnings: Warning[] } | null {
  const broken = planProblem(ctx.store);
  if (broken)
    return {
      dto: { pairs: [], planned: 0, done: 0, overdue: 0, attention: 0 },
      warnings: [{ text: broken, sheet: 'План программ', row: 1 }],
    };
  const table = planTable(ctx.store);
  if (!table) return null;
  const rows = readPlanRows(table);
  const active = readPairs(ctx.pairs, ctx.names).filter(isActive);
  const warnings: Warning[] = [];
  const byKey = new Map(active.map((p) => [pairKey(p.id), p]));
  const byPair = rowsByPair(rows);
  for (const r of rows) {
    if (r.by === '') continue;
    const pair = byKey.get(pairKey(r.pairId));
    if (pair && !counts(r, pair.mentor.email))
      warnings.push({
        text: NOT_MENTOR_WARNING(pair.id, r.by),
        sheet: table.name,
        row: r.row,
        column: table.headerOf('markedBy'),
      });
  }
  // What staff typed that is not a date («Срок», «Выполнено»): the row does not count until fixed.
  for (const p of table.problems)
    warnings.push({ text: problemText(p), sheet: p.sheet, row: p.row, column: p.column });
  const pairs = active
    .filter((p) => p.programme !== '' || byPair.has(pairKey(p.id)))
    .map((p) => {
      const mine = (byPair.get(pairKey(p.id)) ?? []).filter((r) => counts(r, p.mentor.email));
      const progress = pairProgress(p.id, termStart(p), mine, today);
      return {
        id: p.id,
        mentor: shortName(p.mentor.name || p.mentor.email),
        planned: progress.planned,
        done: progress.done,
        outside: progress.outside,
        overdue: progress.overdue,
        lastActivity: progress.lastActivity,
        attention: progress.attention,
        note: [...progress.reasons, ...(progress.attention ? [PROGRESS.attention] : [])].join(', '),
      };
    });
  const sum = (f: (p: (typeof pairs)[number]) => number) => pairs.reduce((n, p) => n + f(p), 0);
  return {
    dto: {
      pairs,
      planned: sum((p) => p.planned),
      done: sum((p) => p.done),
      overdue: sum((p) => p.overdue),
      attention: pairs.filter((p) => p.attention).length,
    },
    warnings,
  };
}

/**
 * The analytical note with the plan's completion (issue #19) before its conclusions; the note as it
 * was when no programme has a plan.
 */
export function withPlanSection(note: MonitoringNote, ctx: SchoolContext, today: string): MonitoringNote {
  const table = planTable(ctx.store);
  if (!table) return note;
  const byPair = rowsByPair(readPlanRows(table));
  const pairs = readPairs(ctx.pairs, ctx.names)
    .filter((p) => isActive(p) && byPair.has(pairKey(p.id)))
    .map((p) => ({
      mentor: shortName(p.mentor.name || p.mentor.email),
      progress: pairProgress(
        p.id,
        termStart(p),
        (byPair.get(pairKey(p.id)) ?? []).filter((r) => counts(r, p.mentor.email)),
        today,
      ),
    }));
  const section = planNoteBlocks(pairs);
  if (section.length === 0) return note;
  const at = note.blocks.findIndex((b) => b.kind === 'heading' && b.text === NOTE.conclusions);
  const blocks = [...note.blocks];
  blocks.splice(at < 0 ? blocks.length : at, 0, ...section);
  return { ...note, blocks };
}
