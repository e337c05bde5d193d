// Stage 2 of monitoring (issue #19, item 5): the participants' self-assessment of a few teaching
// skills at the start and at the end of the year, compared per person, per pair and per skill.
// One form: the personal link fills in the stage and the address, so the curator sends one form
// twice a year and a teacher types nothing but the scores. Pure.
import type { FormDef } from '../shared/forms';
import { isEmail, normalizeEmail, normalizeKey } from '../shared/text';
import { SELF_FORM, SELF_FORM_TITLE, STAGE_NAMES, STAGE_PROBLEMS, FORM as MONITORING_FORM } from './texts';
import type { MonitoringPair, MonitoringRole } from './types';

export type Stage = 'start' | 'end';
export const STAGES: readonly Stage[] = ['start', 'end'];

export type CompetenceKey = 'planning' | 'methods' | 'classroom' | 'assessment' | 'parents' | 'confidence';
export const COMPETENCE_KEYS: readonly CompetenceKey[] = [
  'planning',
  'methods',
  'classroom',
  'assessment',
  'parents',
  'confidence',
];
export type Competences = Record<CompetenceKey, number | null>;

export const SELF_LOW = 1;
export const SELF_HIGH = 5;

/** One row of «Самооценка»: one person's answers at one stage (the latest wins). */
export interface SelfAssessment {
  email: string;
  stage: Stage;
  /** When it was answered (ms); 0 when staff typed a row without a time. */
  time: number;
  scores: Competences;
}

export function selfAssessmentForm(schoolName: string, verified = false): FormDef {
  return {
    title: SELF_FORM_TITLE,
    // The typed address stays (the personal link fills it in); a verified form records the
    // signed-in account, and that is the one the intake uses.
    verifiedEmail: verified,
    description: SELF_FORM.description(schoolName),
    confirmation: SELF_FORM.confirmation,
    items: [
      { kind: 'text', title: SELF_FORM.stage, help: SELF_FORM.stageHelp, required: true },
      { kind: 'text', title: MONITORING_FORM.email, help: MONITORING_FORM.emailHelp, required: true },
      { kind: 'section', title: SELF_FORM.section, help: SELF_FORM.sectionHelp },
      ...COMPETENCE_KEYS.map((key) => ({
        kind: 'scale' as const,
        title: SELF_FORM.scales[key],
        required: true,
        low: SELF_LOW,
        high: SELF_HIGH,
        lowLabel: SELF_FORM.low,
        highLabel: SELF_FORM.high,
      })),
    ],
  };
}

/** Placeholders the adapter pre-fills once (FormResponse.toPrefilledUrl) to get a link template. */
export const SELF_PREFILL = { stage: 'STAGE0PLACEHOLDER', email: 'EMAIL0PLACEHOLDER' };

/** One participant's link for one stage, from the template. */
export function selfLink(template: string, stage: Stage, email: string): string {
  return template
    .split(SELF_PREFILL.stage)
    .join(encodeURIComponent(STAGE_NAMES[stage]))
    .split(SELF_PREFILL.email)
    .join(encodeURIComponent(email.trim()));
}

/** «Начало года» / «Конец года», and what a person may have typed instead. */
export function stageFromText(text: string): Stage | null {
  const key = normalizeKey(text);
  if (!key) return null;
  if (key === normalizeKey(STAGE_NAMES.start) || /^(начал|start|входн)/.test(key)) return 'start';
  if (key === normalizeKey(STAGE_NAMES.end) || /^(конец|оконч|итог|end|выходн)/.test(key)) return 'end';
  return null;
}

function scoreOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').replace(',', '.'));
  return String(value ?? '').trim() !== '' && Number.isInteger(n) && n >= SELF_LOW && n <= SELF_HIGH
    ? n
    : null;
}

/** A score as a cell of «Самооценка» holds it (a number, or text staff typed), or null. */
export function selfScoreFromCell(value: unknown): number | null {
  return scoreOf(value);
}

export type ParsedSelf = { ok: true; record: SelfAssessment } | { ok: false; problem: string };

/** One form answer (`get` by item title) into a record. */
export function parseSelfAssessment(get: (title: string) => string, time: number): ParsedSelf {
  const stageText = get(SELF_FORM.stage).trim();
  if (!stageText) return { ok: false, problem: STAGE_PROBLEMS.noStage };
  const stage = stageFromText(stageText);
  if (!stage) return { ok: false, problem: STAGE_PROBLEMS.badStage(stageText) };
  const email = normalizeEmail(get(MONITORING_FORM.email));
  if (!isEmail(email)) return { ok: false, problem: STAGE_PROBLEMS.notParticipant(email || '—') };
  const scores = {} as Competences;
  for (const key of COMPETENCE_KEYS) scores[key] = scoreOf(get(SELF_FORM.scales[key]));
  if (COMPETENCE_KEYS.every((k) => scores[k] === null))
    return { ok: false, problem: STAGE_PROBLEMS.noScores };
  return { ok: true, record: { email, stage, time, scores } };
}

/** A row already in «Самооценка». */
export interface SelfRowKey {
  row: number;
  email: string;
  stage: Stage;
  time: number;
}

export type SelfPlace =
  | { kind: 'append' }
  | { kind: 'replace'; row: number }
  /** A later (or the same) answer is already there: nothing changes. */
  | { kind: 'older' };

/**
 * Where an answer goes: the latest per person and stage wins; the same event taken twice (the
 * same time) changes nothing.
 */
export function placeSelfAssessment(existing: readonly SelfRowKey[], record: SelfAssessment): SelfPlace {
  const mine = existing.filter((r) => r.email === record.email && r.stage === record.stage);
  if (mine.length === 0) return { kind: 'append' };
  if (mine.some((r) => r.time >= record.time && r.time !== 0)) return { kind: 'older' };
  return { kind: 'replace', row: mine[0].row };
}

/** A participant of the year's pairs, once however many pairs they are in. */
export interface Participant {
  email: string;
  name: string;
  role: MonitoringRole;
  pairIds: string[];
}

export function participantsOf(pairs: readonly MonitoringPair[]): Participant[] {
  const byEmail = new Map<string, Participant>();
  for (const pair of pairs) {
    const people: Array<[MonitoringRole, { name: string; email: string }]> = [
      ['mentor', pair.mentor],
      ...pair.mentees.map((m) => ['mentee', m] as [MonitoringRole, { name: string; email: string }]),
    ];
    for (const [role, person] of people) {
      const email = normalizeEmail(person.email);
      if (!isEmail(email)) continue;
      const known = byEmail.get(email);
      if (known) {
        if (!known.pairIds.includes(pair.id)) known.pairIds.push(pair.id);
        // Someone who is a mentee anywhere is counted as a mentee: their growth is the point.
        if (role === 'mentee') known.role = 'mentee';
        if (!known.name && person.name) known.name = person.name;
      } else byEmail.set(email, { email, name: person.name, role, pairIds: [pair.id] });
    }
  }
  return [...byEmail.values()];
}

export interface PersonGrowth extends Participant {
  start: SelfAssessment | null;
  end: SelfAssessment | null;
  /** end − start per skill answered at both stages; null without both. */
  growth: Competences | null;
  /** The mean of those differences; null without both. */
  mean: number | null;
}

export interface CompetenceGrowth {
  start: number | null;
  end: number | null;
  growth: number | null;
}

export interface GroupGrowth {
  /** Participants with both stages. */
  complete: number;
  expected: number;
  grew: number;
  fell: number;
  /** The mean growth over them (all skills); null when none. */
  growth: number | null;
}

export interface GrowthStats extends GroupGrowth {
  people: PersonGrowth[];
  byCompetence: Record<CompetenceKey, CompetenceGrowth>;
  byRole: Record<MonitoringRole, GroupGrowth>;
  byPair: Array<GroupGrowth & { pairId: string; mentor: string }>;
  /** Participants without a pair of answers, with the stages they miss. */
  missing: Array<{ name: string; email: string; stages: Stage[] }>;
}

const mean = (values: readonly number[]): number | null =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;

/** The latest record per person and stage (staff may have typed a second row). */
function latest(records: readonly SelfAssessment[]): Map<string, SelfAssessment> {
  const out = new Map<string, SelfAssessment>();
  for (const r of records) {
    const key = `${normalizeEmail(r.email)}|${r.stage}`;
    const known = out.get(key);
    if (!known || r.time >= known.time) out.set(key, r);
  }
  return out;
}

function personGrowth(p: Participant, byKey: Map<string, SelfAssessment>): PersonGrowth {
  const start = byKey.get(`${p.email}|start`) ?? null;
  const end = byKey.get(`${p.email}|end`) ?? null;
  if (!start || !end) return { ...p, start, end, growth: null, mean: null };
  const growth = {} as Competences;
  const diffs: number[] = [];
  for (const key of COMPETENCE_KEYS) {
    const a = start.scores[key];
    const b = end.scores[key];
    growth[key] = a !== null && b !== null ? b - a : null;
    if (growth[key] !== null) diffs.push(growth[key] as number);
  }
  return { ...p, start, end, growth: diffs.length ? growth : null, mean: mean(diffs) };
}

function group(people: readonly PersonGrowth[]): GroupGrowth {
  const complete = people.filter((p) => p.mean !== null);
  return {
    complete: complete.length,
    expected: people.length,
    grew: complete.filter((p) => (p.mean as number) > 0).length,
    fell: complete.filter((p) => (p.mean as number) < 0).length,
    growth: mean(complete.map((p) => p.mean as number)),
  };
}

/** Growth of the participants of `pairs` from their records (others' records are ignored). */
export function growthStats(
  pairs: readonly MonitoringPair[],
  records: readonly SelfAssessment[],
): GrowthStats {
  const byKey = latest(records);
  const people = participantsOf(pairs).map((p) => personGrowth(p, byKey));
  const complete = people.filter((p) => p.growth !== null);
  const byCompetence = {} as Record<CompetenceKey, CompetenceGrowth>;
  for (const key of COMPETENCE_KEYS) {
    const both = complete.filter((p) => p.growth![key] !== null);
    byCompetence[key] = {
      start: mean(both.map((p) => p.start!.scores[key] as number)),
      end: mean(both.map((p) => p.end!.scores[key] as number)),
      growth: mean(both.map((p) => p.growth![key] as number)),
    };
  }
  const byRole = {
    mentee: group(people.filter((p) => p.role === 'mentee')),
    mentor: group(people.filter((p) => p.role === 'mentor')),
  };
  const byPair = pairs.map((pair) => ({
    pairId: pair.id,
    mentor: pair.mentor.name,
    ...group(people.filter((p) => p.pairIds.some((id) => normalizeKey(id) === normalizeKey(pair.id)))),
  }));
  const missing = people
    .filter((p) => p.growth === null)
    .map((p) => ({
      name: p.name,
      email: p.email,
      stages: STAGES.filter((s) => (s === 'start' ? !p.start : !p.end)),
    }))
    .filter((m) => m.stages.length > 0);
  return { ...group(people), people, byCompetence, byRole, byPair, missing };
}

/** Who still has to answer a stage: participants with no record of it. */
export function pendingSelf(
  pairs: readonly MonitoringPair[],
  records: readonly SelfAssessment[],
  stage: Stage,
): Participant[] {
  const answered = new Set(records.filter((r) => r.stage === stage).map((r) => normalizeEmail(r.email)));
  return participantsOf(pairs).filter((p) => !answered.has(p.email));
}
