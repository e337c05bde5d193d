// Two-stage monitoring on the sheets and forms (issue #19, item 5), and the year against the
// archived previous one (item 6). Stage 1 adds the curator's questionnaire «Мониторинг: оценка
// куратора» (one answer per pair, only the curators of «Настройки» count) to the participants'
// questionnaires; stage 2 is the form «Самооценка педагога», sent to every participant at the start
// and at the end of the year through the mailing jobs, the latest answer per person and stage
// kept in «Самооценка». The analytical note gets both stages, a SWOT draft and the comparison.
import type { MonitoringStagesDto, Warning, YearComparisonDto } from '../api/types';
import type { Caller } from '../api/call';
import { sentKeys, type OutgoingEmail } from '../gas/mail';
import { prefilledUrl } from '../gas/forms';
import { readForms } from '../gas/state';
import { answer, type Answers } from '../intake/answers';
import type { Driver } from '../jobs/runner';
import { JOB_TEXTS } from '../jobs/texts';
import {
  monitoringStats,
  PREFILL_EMAIL,
  PREFILL_PAIR,
  type MonitoringNote,
  type MonitoringPair,
  type NoteBlock,
} from '../monitoring';
import {
  countedCurator,
  curatorForm,
  curatorStats,
  CURATOR_KEYS,
  isCurator,
  notCuratorRecords,
  parseCuratorAnswer,
  placeCuratorAnswer,
  scoreFromCell,
  type CuratorAssessment,
  type CuratorScores,
} from '../monitoring/curator';
import {
  COMPETENCE_KEYS,
  growthStats,
  parseSelfAssessment,
  participantsOf,
  pendingSelf,
  placeSelfAssessment,
  selfAssessmentForm,
  selfLink,
  selfScoreFromCell,
  SELF_PREFILL,
  stageFromText,
  type Competences,
  type SelfAssessment,
  type Stage,
} from '../monitoring/self-assessment';
import { curatorNoteBlocks, growthNoteBlocks } from '../monitoring/stages';
import { swot, swotBlocks, type PlanFigures } from '../monitoring/swot';
import {
  CURATOR_FORM_TITLE,
  CURATOR_SHEET,
  FORM as MONITORING_FORM,
  NOT_CURATOR,
  NOTE,
  SELF_EMAILS,
  SELF_FORM,
  SELF_FORM_TITLE,
  SELF_SHEET,
  STAGE_JOURNAL,
  STAGE_NAMES,
  STAGE_NOTE,
  STAGE_PROBLEMS,
} from '../monitoring/texts';
import { readPairs, isActive, termStart, type PairRecord } from '../pairs/model';
import { pairProgress } from '../plan/progress';
import { counts, isPlanned, pairKey, rowsByPair, type PlanRow } from '../plan/rows';
import { NOTE_TEXTS as PLAN_NOTE } from '../plan/texts';
import { readSettings, type Settings } from '../settings';
import type { FormSpec } from '../setup';
import type { FormKind } from '../shared/forms';
import { UserError } from '../shared/errors';
import { normalizeEmail, normalizeKey } from '../shared/text';
import { isoFromDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Store } from '../store/store';
import type { ColumnKey, RowValues } from '../schema';
import type { Table } from '../store/table';
import {
  changesInWords,
  compareYears,
  comparisonBlocks,
  previousSchoolYear,
  type YearFigures,
} from '../year/compare';
import { COMPARE } from '../year/texts';
import { mailRun, startMailJob } from './campaign';
import type { SchoolContext } from './context';
import { readMonitoring } from './monitoring';
import { readPlanRows } from './plan';

export const STAGE_FORMS: FormSpec[] = [
  {
    kind: 'selfAssessment',
    settingKey: 'formSelfAssessment',
    sheetName: SELF_SHEET,
    def: (s) => selfAssessmentForm(s.schoolShortName, s.verifyEmail),
    emailItem: { title: MONITORING_FORM.email, keepWhenVerified: true },
  },
  {
    kind: 'curatorAssessment',
    settingKey: 'formCuratorAssessment',
    sheetName: CURATOR_SHEET,
    def: (s) => curatorForm(s.schoolShortName, s.verifyEmail),
    emailItem: { title: MONITORING_FORM.email, keepWhenVerified: true },
  },
];

export const STAGE_FORM_TITLES: Record<'selfAssessment' | 'curatorAssessment', string> = {
  selfAssessment: SELF_FORM_TITLE,
  curatorAssessment: CURATOR_FORM_TITLE,
};

export function isStageKind(kind: string): kind is 'selfAssessment' | 'curatorAssessment' {
  return kind === 'selfAssessment' || kind === 'curatorAssessment';
}

/** Whose answers the curator's questionnaire takes: the curator and the other curators of «Настройки». */
export function curatorsOf(settings: Settings): string[] {
  return [settings.curatorEmail, ...settings.otherCurators].filter((e) => e !== '');
}

type SelfTable = Table<'selfAssessment'>;
type CuratorTable = Table<'curatorAssessment'>;

const SELF_COLUMNS = ['email', 'stage', 'date'] as const;
const CURATOR_COLUMNS = ['pairId', 'email', 'date'] as const;

export function readSelf(table: SelfTable): Array<SelfAssessment & { row: number }> {
  const out: Array<SelfAssessment & { row: number }> = [];
  for (const row of table.rows) {
    const stage = stageFromText(table.text(row, 'stage'));
    const email = normalizeEmail(table.text(row, 'email'));
    if (!stage || !email) continue;
    const scores = {} as Competences;
    for (const key of COMPETENCE_KEYS)
      scores[key] = selfScoreFromCell(table.has(key) ? table.raw(row, key) : '');
    out.push({ row, email, stage, time: table.time(row, 'date'), scores });
  }
  return out;
}

export function readCurator(table: CuratorTable): Array<CuratorAssessment & { row: number }> {
  const out: Array<CuratorAssessment & { row: number }> = [];
  for (const row of table.rows) {
    const pairId = table.text(row, 'pairId');
    if (!pairId) continue;
    const scores = {} as CuratorScores;
    for (const key of CURATOR_KEYS) scores[key] = scoreFromCell(table.has(key) ? table.raw(row, key) : '');
    out.push({
      row,
      pairId,
      email: normalizeEmail(table.text(row, 'email')),
      time: table.time(row, 'date'),
      scores,
      recommendation: table.has('recommendation') ? table.text(row, 'recommendation') : '',
      comment: table.has('comment') ? table.text(row, 'comment') : '',
    });
  }
  return out;
}

/** «Самооценка», or null before setup made it. */
function selfTable(store: Store): SelfTable | null {
  return store.sheet('selfAssessment') ? store.table('selfAssessment', [...SELF_COLUMNS]) : null;
}

/** «Оценка куратора», or null before setup made it. */
function curatorTable(store: Store): CuratorTable | null {
  return store.sheet('curatorAssessment') ? store.table('curatorAssessment', [...CURATOR_COLUMNS]) : null;
}

function pairsTable(store: Store): Table<'pairs'> {
  return store.table('pairs', ['id', 'mentor', 'mentees', 'status']);
}

function asMonitoringPairs(pairs: readonly PairRecord[]): MonitoringPair[] {
  return pairs.map((p) => ({ id: p.id, mentor: p.mentor, mentees: p.mentees }));
}

// ---- Intake (the sweep's extra handler, under the school's lock; the caller saves).

/** A form answer of «Самооценка педагога» or «Мониторинг: оценка куратора». */
export function takeStageResponse(
  kind: 'selfAssessment' | 'curatorAssessment',
  store: Store,
  answers: Answers,
  time: number,
): string | null {
  return kind === 'selfAssessment'
    ? takeSelfAssessment(store, answers, time)
    : takeCuratorAssessment(store, answers, time);
}

function takeSelfAssessment(store: Store, answers: Answers, time: number): string | null {
  // Missing or broken: a UserError, so the sweep leaves the answers for after setup repairs it.
  const table = store.table('selfAssessment', [...SELF_COLUMNS]);
  const refuse = (problem: string) => {
    journal(store, STAGE_JOURNAL.selfRefused, problem);
    return problem;
  };
  const parsed = parseSelfAssessment((title) => answer(answers, title), time);
  if (!parsed.ok) return refuse(parsed.problem);
  const record = parsed.record;
  const pairs = asMonitoringPairs(readPairs(pairsTable(store), new Map()).filter(isActive));
  const person = participantsOf(pairs).find((p) => p.email === record.email);
  if (!person) return refuse(STAGE_PROBLEMS.notParticipant(record.email));
  const details = STAGE_JOURNAL.details(record.email, STAGE_NAMES[record.stage]);
  const place = placeSelfAssessment(readSelf(table), record);
  if (place.kind === 'older') {
    journal(store, STAGE_JOURNAL.selfOlder, details);
    return null;
  }
  const cells: RowValues<'selfAssessment'> = {
    email: record.email,
    name: person.name,
    stage: STAGE_NAMES[record.stage],
    date: new Date(record.time),
  };
  for (const key of COMPETENCE_KEYS) cells[key] = record.scores[key] ?? '';
  if (place.kind === 'append') table.append(cells);
  else
    for (const [name, value] of Object.entries(cells)) {
      const key = name as ColumnKey<'selfAssessment'>;
      if (table.has(key)) table.set(place.row, key, value);
    }
  journal(store, place.kind === 'append' ? STAGE_JOURNAL.selfTaken : STAGE_JOURNAL.selfReplaced, details);
  return null;
}

function takeCuratorAssessment(store: Store, answers: Answers, time: number): string | null {
  const table = store.table('curatorAssessment', [...CURATOR_COLUMNS]);
  // Any pair of the year: at the end of the term the curator may have marked a pair finished.
  const pairs = asMonitoringPairs(readPairs(pairsTable(store), new Map()));
  const parsed = parseCuratorAnswer((title) => answer(answers, title), pairs, time);
  if (!parsed.ok) {
    journal(store, STAGE_JOURNAL.curatorRefused, parsed.problem);
    return parsed.problem;
  }
  const record = parsed.record;
  const place = placeCuratorAnswer(readCurator(table), record);
  const details = `${record.pairId}, ${record.email}`;
  if (place === 'older') {
    journal(store, STAGE_JOURNAL.curatorOlder, details);
    return null;
  }
  const cells: RowValues<'curatorAssessment'> = {
    pairId: record.pairId,
    email: record.email,
    date: new Date(record.time),
    recommendation: record.recommendation,
    comment: record.comment,
  };
  for (const key of CURATOR_KEYS) cells[key] = record.scores[key] ?? '';
  // Another person's answer is kept for the curator to see (the dashboard names its row), never counted.
  if (place === null) table.append(cells);
  else
    for (const [name, value] of Object.entries(cells)) {
      const key = name as ColumnKey<'curatorAssessment'>;
      if (table.has(key)) table.set(place, key, value);
    }
  const { settings } = readSettings(
    store.table('settings', ['param', 'value']),
    isoFromDate(new Date(time), store.tzOffsetMinutes),
  );
  if (!isCurator(record.email, curatorsOf(settings))) {
    const problem = STAGE_PROBLEMS.notCurator(record.email, record.pairId);
    journal(store, STAGE_JOURNAL.curatorRefused, problem);
    return problem;
  }
  journal(store, place === null ? STAGE_JOURNAL.curatorTaken : STAGE_JOURNAL.curatorReplaced, details);
  return null;
}

/** The dashboard's warning per curator's-questionnaire row from someone who is not a curator. */
export function notCuratorWarnings(ctx: SchoolContext): Warning[] {
  const table = curatorTable(ctx.store);
  if (!table) return [];
  const pairs = asMonitoringPairs(readPairs(ctx.pairs, ctx.names));
  return notCuratorRecords(pairs, readCurator(table), curatorsOf(ctx.settings)).map((r) => ({
    text: NOT_CURATOR(r.pairId, r.email),
    sheet: table.name,
    row: r.row,
    column: table.headerOf('email'),
  }));
}

// ---- Links and the self-assessment mailing.

function template(formKind: FormKind, ssId: string, fields: Array<[string, string]>, noForm: string): string {
  const record = readForms(ssId)[formKind];
  if (!record) throw new UserError(noForm);
  const link = prefilledUrl(record.formId, fields, (a, b) => normalizeKey(a) === normalizeKey(b));
  if ('missingIn' in link)
    throw new UserError(
      SELF_EMAILS.missingItems(
        link.missingIn,
        fields.map(([title]) => title),
      ),
    );
  return link.url;
}

function mailKind(stage: Stage): 'selfStart' | 'selfEnd' {
  return stage === 'start' ? 'selfStart' : 'selfEnd';
}

/**
 * The self-assessment letters of a stage still to send: every participant of the active pairs
 * without an answer of that stage who has not had the letter (`already`: «Журнал рассылок»).
 */
export function selfPlan(
  school: SchoolContext,
  stage: Stage,
  already: Set<string>,
): { pending: number; letters: OutgoingEmail[] } {
  const pairs = asMonitoringPairs(readPairs(school.pairs, school.names).filter(isActive));
  if (pairs.length === 0) throw new UserError(SELF_EMAILS.noPairs);
  const table = selfTable(school.store);
  if (!table) throw new UserError(SELF_EMAILS.noForm);
  const pending = pendingSelf(pairs, readSelf(table), stage);
  const keyOf = (email: string) => `self|${school.schoolYear}|${stage}|${email}`;
  const due = pending.filter((p) => !already.has(keyOf(p.email)));
  const link =
    due.length > 0
      ? template(
          'selfAssessment',
          school.store.ss.getId(),
          [
            [SELF_FORM.stage, SELF_PREFILL.stage],
            [MONITORING_FORM.email, SELF_PREFILL.email],
          ],
          SELF_EMAILS.noForm,
        )
      : '';
  const letters = due.map((p) => ({
    to: [p.email],
    subject: SELF_EMAILS.subject[stage],
    body: SELF_EMAILS.body(p.name, stage, selfLink(link, stage, p.email), school.settings.schoolShortName),
    keys: [keyOf(p.email)],
  }));
  return { pending: pending.length, letters };
}

function selfDriver(stage: Stage): Driver {
  return {
    start(env, school) {
      const already = sentKeys(school.store);
      return mailRun(env, school.store, selfPlan(school, stage, already).letters, already, mailKind(stage));
    },
  };
}

export function stageDrivers(): Record<'selfStart' | 'selfEnd', Driver> {
  return { selfStart: selfDriver('start'), selfEnd: selfDriver('end') };
}

/** What the preview says when nobody gets a letter. */
export function selfNone(stage: Stage, pending: number): string {
  return pending > 0 ? JOB_TEXTS.allSent[mailKind(stage)](pending) : SELF_EMAILS.allAnswered(stage);
}

/** «Разослать самооценку»: the stage's link to every participant who has not answered it, once. */
export function sendSelfAssessmentsAction(caller: Caller, stage: Stage, interactive = true) {
  if (stage !== 'start' && stage !== 'end') throw new UserError(SELF_EMAILS.badStage);
  return startMailJob(caller, mailKind(stage), selfDriver(stage), interactive, (school) => {
    const { pending, letters } = selfPlan(school, stage, sentKeys(school.store));
    if (letters.length > 0) return { total: letters.length };
    return { message: selfNone(stage, pending) };
  });
}

/**
 * The forms tab's part: how many answered each stage, and the curator's link for each pair, with
 * the address of `user` when they are one of the curators (else the curator's of «Настройки»).
 */
export function stagesOverview(ctx: SchoolContext, user = ''): MonitoringStagesDto | undefined {
  const self = selfTable(ctx.store);
  const curator = curatorTable(ctx.store);
  const forms = readForms(ctx.store.ss.getId());
  if (!self || !curator || !forms.curatorAssessment) return undefined;
  const all = readPairs(ctx.pairs, ctx.names);
  const active = asMonitoringPairs(all.filter(isActive));
  const growth = growthStats(active, readSelf(self));
  const assessed = new Set(
    countedCurator(asMonitoringPairs(all), readCurator(curator), curatorsOf(ctx.settings)).map((r) =>
      normalizeKey(r.pairId),
    ),
  );
  const link =
    active.length > 0
      ? template(
          'curatorAssessment',
          ctx.store.ss.getId(),
          [
            [MONITORING_FORM.pairCode, PREFILL_PAIR],
            [MONITORING_FORM.email, PREFILL_EMAIL],
          ],
          SELF_EMAILS.noCuratorForm,
        )
      : '';
  const me = isCurator(user, curatorsOf(ctx.settings)) ? normalizeEmail(user) : ctx.settings.curatorEmail;
  return {
    self: {
      expected: growth.expected,
      start: growth.people.filter((p) => p.start).length,
      end: growth.people.filter((p) => p.end).length,
      both: growth.complete,
    },
    curator: active.map((p) => ({
      id: p.id,
      mentor: p.mentor.name,
      link: link
        .split(PREFILL_PAIR)
        .join(encodeURIComponent(p.id))
        .split(PREFILL_EMAIL)
        .join(encodeURIComponent(me)),
      assessed: assessed.has(normalizeKey(p.id)),
    })),
  };
}

// ---- The year's figures, this year's and the archived previous one's.

interface YearTables {
  pairs: Table<'pairs'>;
  plan: Table<'plan'> | null;
  monitoring: Table<'monitoring'> | null;
  self: SelfTable | null;
  curator: CuratorTable | null;
}

function planFiguresOf(
  pairs: readonly PairRecord[],
  rows: readonly PlanRow[],
): { planned: number; done: number } {
  const byPair = rowsByPair([...rows]);
  let planned = 0;
  let done = 0;
  for (const p of pairs) {
    const mine = (byPair.get(pairKey(p.id)) ?? []).filter((r) => counts(r, p.mentor.email) && isPlanned(r));
    planned += mine.length;
    done += mine.filter((r) => r.done !== '').length;
  }
  return { planned, done };
}

function figures(year: string, t: YearTables, names: Map<string, string>, curators: string[]): YearFigures {
  const pairs = readPairs(t.pairs, names).filter((p) => p.id !== '');
  const mp = asMonitoringPairs(pairs);
  const plan = t.plan ? planFiguresOf(pairs, readPlanRows(t.plan)) : { planned: 0, done: 0 };
  const records = t.monitoring ? readMonitoring(t.monitoring).map((r) => r.record) : [];
  const growth = t.self ? growthStats(mp, readSelf(t.self)) : null;
  return {
    year,
    pairs: pairs.length,
    ...plan,
    average: monitoringStats(mp, records).school.averages.overall,
    curator: t.curator ? curatorStats(mp, readCurator(t.curator), curators).overall : null,
    growth: growth?.growth ?? null,
    grewShare: growth && growth.complete > 0 ? growth.grew / growth.complete : null,
  };
}

/** The previous year's figures from its archive sheets, or null when it has none. */
function previousFigures(ctx: SchoolContext, year: string): YearFigures | null {
  const pairs = ctx.store.archiveTable('pairs', year);
  if (!pairs) return null;
  return figures(
    year,
    {
      pairs,
      plan: ctx.store.archiveTable('plan', year),
      monitoring: ctx.store.archiveTable('monitoring', year),
      self: ctx.store.archiveTable('selfAssessment', year),
      curator: ctx.store.archiveTable('curatorAssessment', year),
    },
    ctx.names,
    curatorsOf(ctx.settings),
  );
}

function currentFigures(ctx: SchoolContext): YearFigures {
  const has = (key: 'plan' | 'monitoring') => !!ctx.store.sheet(key);
  return figures(
    ctx.schoolYear,
    {
      pairs: ctx.pairs,
      plan: has('plan') ? ctx.store.table('plan') : null,
      monitoring: has('monitoring') ? ctx.store.table('monitoring') : null,
      self: selfTable(ctx.store),
      curator: curatorTable(ctx.store),
    },
    ctx.names,
    curatorsOf(ctx.settings),
  );
}

/** The dashboard's comparison with the archived previous year; one line when there is none. */
export function yearOnYear(ctx: SchoolContext): YearComparisonDto | undefined {
  const previousYear = previousSchoolYear(ctx.schoolYear);
  if (!previousYear) return undefined;
  const previous = previousFigures(ctx, previousYear);
  if (!previous) return { previousYear, none: COMPARE.none(previousYear), rows: [] };
  return {
    previousYear,
    none: '',
    rows: compareYears(previous, currentFigures(ctx)).map(({ label, previous: a, current, change }) => ({
      label,
      previous: a,
      current,
      change,
    })),
  };
}

// ---- The analytical note.

function planFigures(ctx: SchoolContext, pairs: readonly PairRecord[], today: string): PlanFigures | null {
  if (!ctx.store.sheet('plan')) return null;
  const byPair = rowsByPair(readPlanRows(ctx.store.table('plan')));
  const progress = pairs
    .filter((p) => byPair.has(pairKey(p.id)))
    .map((p) =>
      pairProgress(
        p.id,
        termStart(p),
        (byPair.get(pairKey(p.id)) ?? []).filter((r) => counts(r, p.mentor.email)),
        today,
      ),
    );
  if (progress.length === 0) return null;
  return {
    planned: progress.reduce((n, p) => n + p.planned, 0),
    done: progress.reduce((n, p) => n + p.done, 0),
    overdue: progress.reduce((n, p) => n + p.overdue, 0),
    behind: progress.filter((p) => p.attention).map((p) => p.pairId),
  };
}

function insertBefore(blocks: NoteBlock[], heading: string, section: NoteBlock[]): void {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  blocks.splice(at < 0 ? blocks.length : at, 0, ...section);
}

/**
 * The note with both stages of monitoring (issue #19): the two stages named at the top, the
 * curator's assessment and the participants' growth after the questionnaires, then (after the
 * plan's completion) the comparison with the previous year and the SWOT draft before the
 * conclusions. `pairs` are the pairs the note is about (the active ones).
 */
export function withStageSections(
  note: MonitoringNote,
  ctx: SchoolContext,
  pairs: readonly MonitoringPair[],
  today: string,
): MonitoringNote {
  const blocks = [...note.blocks];
  const curator = curatorTable(ctx.store);
  const self = selfTable(ctx.store);
  const curatorFigures = curator ? curatorStats(pairs, readCurator(curator), curatorsOf(ctx.settings)) : null;
  const growth = self ? growthStats(pairs, readSelf(self)) : null;
  const records = ctx.store.sheet('monitoring')
    ? readMonitoring(ctx.store.table('monitoring')).map((r) => r.record)
    : [];
  const stats = monitoringStats(pairs, records);

  blocks.splice(1, 0, { kind: 'paragraph', text: STAGE_NOTE.intro });
  const stageSections = [
    ...(curatorFigures ? curatorNoteBlocks(curatorFigures) : []),
    ...(growth ? growthNoteBlocks(growth) : []),
  ];
  // After the questionnaires' sections: before the plan's completion, else before the conclusions.
  const planAt = blocks.findIndex((b) => b.kind === 'heading' && b.text === PLAN_NOTE.heading);
  if (planAt >= 0) blocks.splice(planAt, 0, ...stageSections);
  else insertBefore(blocks, NOTE.conclusions, stageSections);

  const previousYear = previousSchoolYear(ctx.schoolYear);
  const active = readPairs(ctx.pairs, ctx.names).filter((p) =>
    pairs.some((x) => normalizeKey(x.id) === normalizeKey(p.id)),
  );
  let changes: { better: string[]; worse: string[] } = { better: [], worse: [] };
  if (previousYear) {
    const previous = previousFigures(ctx, previousYear);
    const current = currentFigures(ctx);
    if (previous) changes = changesInWords(compareYears(previous, current));
    insertBefore(blocks, NOTE.conclusions, comparisonBlocks(previousYear, previous, current));
  }
  const draft = swot({
    stats,
    curator: curatorFigures,
    growth,
    plan: planFigures(ctx, active, today),
    ...changes,
  });
  insertBefore(blocks, NOTE.conclusions, swotBlocks(draft));
  return { ...note, blocks };
}
