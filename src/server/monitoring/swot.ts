// A SWOT draft for «Аналитическая справка» (issue #19, item 5), from the numbers by plain rules, so
// the curator edits a draft instead of starting from a blank page. Each rule names its figure; the
// section says it is a draft. Pure.
import { CURATOR_KEYS, recommendsContinuing, type CuratorStats } from './curator';
import type { NoteBlock } from './note';
import { COMPETENCE_KEYS, type GrowthStats } from './self-assessment';
import { formatGrowth } from './stages';
import { formatPercent, formatScore, type MonitoringStats } from './stats';
import { COMPETENCE_SHORT, CURATOR_SHORT, SCORE_SHORT, SWOT } from './texts';
import { SCORE_KEYS } from './types';

/** A score of 1–10 at or above this is a strength; below LOW a weakness. */
export const HIGH = 8;
export const LOW = 7;
/** Growth of the self-assessment (1–5) at or above this is notable. */
export const NOTABLE_GROWTH = 0.5;
/** An end self-assessment (1–5) below this names a topic for next year (the two lowest at most). */
export const WEAK_END = 3.5;
/** A pair whose participants rated it this high (and whose people grew) has experience to share. */
export const BEST = 8.5;

export interface PlanFigures {
  planned: number;
  done: number;
  overdue: number;
  /** Pairs that need attention. */
  behind: string[];
}

export interface SwotInput {
  stats: MonitoringStats;
  curator: CuratorStats | null;
  growth: GrowthStats | null;
  plan: PlanFigures | null;
  /** What is better and worse than last year, in words (year/compare.ts). */
  better?: string[];
  worse?: string[];
}

export interface Swot {
  strengths: string[];
  weaknesses: string[];
  opportunities: string[];
  threats: string[];
}

export function swot(input: SwotInput): Swot {
  const s: Swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
  const { stats, curator, growth, plan } = input;
  const all = stats.school.averages;

  // Stage 1: the participants.
  const high: string[] = [];
  const low: string[] = [];
  for (const key of SCORE_KEYS) {
    const v = all.byQuestion[key];
    if (v === null) continue;
    if (v >= HIGH) high.push(SWOT.item(SCORE_SHORT[key], formatScore(v)));
    else if (v < LOW) low.push(SWOT.item(SCORE_SHORT[key], formatScore(v)));
  }
  if (high.length) s.strengths.push(SWOT.highScores(high));
  if (low.length) s.weaknesses.push(SWOT.lowScores(low));
  if (all.continueShare !== null && all.continueShare >= 0.8)
    s.strengths.push(SWOT.continueHigh(formatPercent(all.continueShare)));
  const notContinue = all.continueAnswered - all.continueYes;
  if (notContinue > 0) s.threats.push(SWOT.continueLow(notContinue));
  if (all.continueYes > 0) s.opportunities.push(SWOT.willContinue(all.continueYes));
  if (stats.school.expected > 0 && stats.school.rate < 0.7)
    s.threats.push(SWOT.lowParticipation(formatPercent(stats.school.rate)));

  // Stage 1: the curator.
  if (curator && curator.assessed > 0) {
    if (curator.overall !== null && curator.overall >= HIGH)
      s.strengths.push(SWOT.curatorHigh(formatScore(curator.overall)));
    const weak = CURATOR_KEYS.filter((k) => (curator.byCriterion[k] ?? LOW) < LOW).map((k) =>
      SWOT.item(CURATOR_SHORT[k], formatScore(curator.byCriterion[k])),
    );
    if (weak.length) s.weaknesses.push(SWOT.curatorLow(weak));
    const goOn = curator.recommendations
      .filter((r) => recommendsContinuing(r.text))
      .reduce((n, r) => n + r.count, 0);
    if (goOn > 0) s.opportunities.push(SWOT.recommendedContinue(goOn));
  }
  if (curator && curator.expected > curator.assessed)
    s.threats.push(SWOT.noCurator(curator.expected - curator.assessed));

  // The plan.
  if (plan && plan.planned > 0) {
    const share = plan.done / plan.planned;
    if (share >= 0.8) s.strengths.push(SWOT.planHigh(formatPercent(share)));
    else if (share < 0.6) s.weaknesses.push(SWOT.planLow(formatPercent(share)));
    if (plan.behind.length) s.weaknesses.push(SWOT.behind(plan.behind.join(', ')));
    if (plan.overdue > 0) s.threats.push(SWOT.overdue(plan.overdue));
  }

  // Stage 2: growth.
  if (growth && growth.complete > 0) {
    const grown: string[] = [];
    const flat: string[] = [];
    for (const key of COMPETENCE_KEYS) {
      const g = growth.byCompetence[key].growth;
      if (g === null) continue;
      if (g >= NOTABLE_GROWTH) grown.push(SWOT.item(COMPETENCE_SHORT[key], formatGrowth(g)));
      else if (g <= 0) flat.push(SWOT.item(COMPETENCE_SHORT[key], formatGrowth(g)));
    }
    if (grown.length) s.strengths.push(SWOT.growthHigh(grown));
    if (flat.length) s.weaknesses.push(SWOT.growthNone(flat));
    const weakest = COMPETENCE_KEYS.filter((k) => (growth.byCompetence[k].end ?? WEAK_END) < WEAK_END)
      .sort((a, b) => (growth.byCompetence[a].end as number) - (growth.byCompetence[b].end as number))
      .slice(0, 2);
    if (weakest.length)
      s.opportunities.push(
        SWOT.lowEnd(
          weakest.map((k) => SWOT.item(COMPETENCE_SHORT[k], formatScore(growth.byCompetence[k].end))),
        ),
      );
    if (growth.grew / growth.complete >= 0.7)
      s.strengths.push(
        SWOT.grewMost(growth.grew, growth.complete, formatPercent(growth.grew / growth.complete)),
      );
    if (growth.fell > 0) s.threats.push(SWOT.fell(growth.fell));
  }
  if (growth && growth.missing.length > 0) s.threats.push(SWOT.noPair(growth.missing.length));

  // The pairs worth showing others: rated high by their participants, and their people grew.
  const best = stats.byPair
    .filter((p) => p.averages.overall !== null && (p.averages.overall as number) >= BEST)
    .filter((p) => {
      const g = growth?.byPair.find((x) => x.pairId === p.pairId);
      return !growth || !g || g.growth === null || g.growth > 0;
    })
    .map((p) => p.pairId);
  if (best.length) s.opportunities.push(SWOT.bestPairs(`${SWOT.pairsWord(best.length)} ${best.join(', ')}`));

  for (const b of input.better ?? []) s.strengths.push(SWOT.better(b));
  for (const w of input.worse ?? []) s.threats.push(SWOT.worse(w));
  return s;
}

export function swotBlocks(draft: Swot): NoteBlock[] {
  const blocks: NoteBlock[] = [
    { kind: 'heading', text: SWOT.heading },
    { kind: 'paragraph', text: SWOT.draft },
  ];
  const parts: Array<[string, string[]]> = [
    [SWOT.strengths, draft.strengths],
    [SWOT.weaknesses, draft.weaknesses],
    [SWOT.opportunities, draft.opportunities],
    [SWOT.threats, draft.threats],
  ];
  for (const [title, items] of parts) {
    blocks.push({ kind: 'paragraph', text: `${title}:` });
    blocks.push({ kind: 'list', items: items.length ? items : [SWOT.none] });
  }
  return blocks;
}
