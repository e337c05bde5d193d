// Stage 1 of monitoring, the curator's part (issue #19, item 5): the curator assesses each pair's
// programme at the end of the year through «Мониторинг: оценка куратора». Only the curators named
// in «Настройки» count; anyone else's answer is kept, not counted, and flagged (decided when read,
// so a corrected address counts from then on). Pure.
import type { FormDef } from '../shared/forms';
import { isEmail, normalizeEmail, normalizeKey } from '../shared/text';
import {
  CURATOR_FORM,
  CURATOR_FORM_TITLE,
  FORM as MONITORING_FORM,
  PROBLEMS,
  RECOMMENDATIONS,
} from './texts';
import type { MonitoringPair } from './types';

export type CuratorKey = 'plan' | 'meetings' | 'goals' | 'growth' | 'materials';
export const CURATOR_KEYS: readonly CuratorKey[] = ['plan', 'meetings', 'goals', 'growth', 'materials'];
export type CuratorScores = Record<CuratorKey, number | null>;

export const CURATOR_LOW = 1;
export const CURATOR_HIGH = 10;

/** One row of «Оценка куратора»: one person's assessment of one pair (the latest wins). */
export interface CuratorAssessment {
  pairId: string;
  email: string;
  time: number;
  scores: CuratorScores;
  recommendation: string;
  comment: string;
}

export function curatorForm(schoolName: string, verified = false): FormDef {
  return {
    title: CURATOR_FORM_TITLE,
    verifiedEmail: verified,
    description: CURATOR_FORM.description(schoolName),
    confirmation: CURATOR_FORM.confirmation,
    items: [
      {
        kind: 'text',
        title: MONITORING_FORM.pairCode,
        help: MONITORING_FORM.pairCodeHelp,
        required: true,
      },
      { kind: 'text', title: MONITORING_FORM.email, help: MONITORING_FORM.emailHelp, required: true },
      { kind: 'section', title: CURATOR_FORM.scalesSection, help: MONITORING_FORM.scalesHelp },
      ...CURATOR_KEYS.map((key) => ({
        kind: 'scale' as const,
        title: CURATOR_FORM.scales[key],
        required: true,
        low: CURATOR_LOW,
        high: CURATOR_HIGH,
        lowLabel: MONITORING_FORM.low,
        highLabel: MONITORING_FORM.high,
      })),
      {
        kind: 'choice',
        title: CURATOR_FORM.recommendation,
        required: true,
        choices: [...RECOMMENDATIONS],
      },
      { kind: 'paragraph', title: CURATOR_FORM.comment, help: CURATOR_FORM.commentHelp },
    ],
  };
}

function scoreOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').replace(',', '.'));
  return String(value ?? '').trim() !== '' && Number.isInteger(n) && n >= CURATOR_LOW && n <= CURATOR_HIGH
    ? n
    : null;
}

export type ParsedCurator = { ok: true; record: CuratorAssessment } | { ok: false; problem: string };

/** One form answer (`get` by item title) into a record; `pairs` are the pairs it may be about. */
export function parseCuratorAnswer(
  get: (title: string) => string,
  pairs: readonly MonitoringPair[],
  time: number,
): ParsedCurator {
  const code = get(MONITORING_FORM.pairCode).trim();
  if (!code) return { ok: false, problem: PROBLEMS.noPairCode };
  const pair = pairs.find((p) => normalizeKey(p.id) === normalizeKey(code));
  if (!pair) return { ok: false, problem: PROBLEMS.unknownPair(code) };
  const emailText = get(MONITORING_FORM.email).trim();
  if (!emailText) return { ok: false, problem: PROBLEMS.noEmail };
  if (!isEmail(emailText)) return { ok: false, problem: PROBLEMS.badEmail(emailText) };
  const scores = {} as CuratorScores;
  for (const key of CURATOR_KEYS) scores[key] = scoreOf(get(CURATOR_FORM.scales[key]));
  return {
    ok: true,
    record: {
      pairId: pair.id,
      email: normalizeEmail(emailText),
      time,
      scores,
      recommendation: get(CURATOR_FORM.recommendation).trim(),
      comment: get(CURATOR_FORM.comment).trim(),
    },
  };
}

export function scoreFromCell(value: unknown): number | null {
  return scoreOf(value);
}

/** Whether an address is one of the school's curators («Куратор (email)» and the other curators). */
export function isCurator(email: string, curators: readonly string[]): boolean {
  const e = normalizeEmail(email);
  return e !== '' && curators.some((c) => normalizeEmail(c) === e);
}

export interface CuratorRowKey {
  row: number;
  pairId: string;
  email: string;
  time: number;
}

/** The row of the same (pair, person) to overwrite, 'older' when a later answer is there, or null to append. */
export function placeCuratorAnswer(
  existing: readonly CuratorRowKey[],
  record: CuratorAssessment,
): number | 'older' | null {
  const mine = existing.filter(
    (r) => normalizeKey(r.pairId) === normalizeKey(record.pairId) && normalizeEmail(r.email) === record.email,
  );
  if (mine.length === 0) return null;
  if (mine.some((r) => r.time !== 0 && r.time >= record.time)) return 'older';
  return mine[0].row;
}

export interface PairAssessment {
  pairId: string;
  mentor: string;
  /** The latest counted assessment of the pair, or null. */
  assessment: CuratorAssessment | null;
  mean: number | null;
}

export interface CuratorStats {
  assessed: number;
  expected: number;
  byPair: PairAssessment[];
  byCriterion: CuratorScores;
  overall: number | null;
  /** How many pairs got each recommendation, in the form's order (others after). */
  recommendations: Array<{ text: string; count: number }>;
}

const mean = (values: readonly number[]): number | null =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;

function scoresMean(scores: CuratorScores): number | null {
  return mean(CURATOR_KEYS.map((k) => scores[k]).filter((v): v is number => v !== null));
}

/** The records that count: for one of `pairs`, from a curator. */
export function countedCurator<T extends CuratorAssessment>(
  pairs: readonly MonitoringPair[],
  records: readonly T[],
  curators: readonly string[],
): T[] {
  return records.filter(
    (r) => isCurator(r.email, curators) && pairs.some((p) => normalizeKey(p.id) === normalizeKey(r.pairId)),
  );
}

/** Records for one of `pairs` from someone who is not a curator: kept, flagged, not counted. */
export function notCuratorRecords<T extends CuratorAssessment>(
  pairs: readonly MonitoringPair[],
  records: readonly T[],
  curators: readonly string[],
): T[] {
  return records.filter(
    (r) => !isCurator(r.email, curators) && pairs.some((p) => normalizeKey(p.id) === normalizeKey(r.pairId)),
  );
}

export function curatorStats(
  pairs: readonly MonitoringPair[],
  records: readonly CuratorAssessment[],
  curators: readonly string[],
): CuratorStats {
  const counted = countedCurator(pairs, records, curators);
  const byPair = pairs.map((pair) => {
    const mine = counted.filter((r) => normalizeKey(r.pairId) === normalizeKey(pair.id));
    const assessment = mine.reduce<CuratorAssessment | null>(
      (a, r) => (!a || r.time >= a.time ? r : a),
      null,
    );
    return {
      pairId: pair.id,
      mentor: pair.mentor.name,
      assessment,
      mean: assessment ? scoresMean(assessment.scores) : null,
    };
  });
  const assessed = byPair.filter((p) => p.assessment !== null);
  const byCriterion = {} as CuratorScores;
  for (const key of CURATOR_KEYS)
    byCriterion[key] = mean(
      assessed.map((p) => p.assessment!.scores[key]).filter((v): v is number => v !== null),
    );
  const counts = new Map<string, number>();
  for (const p of assessed) {
    const text = p.assessment!.recommendation;
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const order = (t: string) => {
    const i = (RECOMMENDATIONS as readonly string[]).indexOf(t);
    return i < 0 ? RECOMMENDATIONS.length : i;
  };
  return {
    assessed: assessed.length,
    expected: pairs.length,
    byPair,
    byCriterion,
    overall: mean(assessed.map((p) => p.mean).filter((v): v is number => v !== null)),
    recommendations: [...counts.entries()]
      .map(([text, count]) => ({ text, count }))
      .sort((a, b) => order(a.text) - order(b.text)),
  };
}

/** Whether a recommendation is to go on with the pair (the form's first choice). */
export function recommendsContinuing(text: string): boolean {
  return normalizeKey(text) === normalizeKey(RECOMMENDATIONS[0]);
}
