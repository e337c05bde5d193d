// «Аналитическая справка по итогам мониторинга» as plain blocks; a Docs adapter lays them out.
// Conclusions come from the numbers only, so the note can be regenerated at any time.
import { normalizeKey } from '../shared/text';
import { averagesChart, type ChartBlock } from './chart';
import { countedRecords, formatPercent, formatScore, type MonitoringStats } from './stats';
import { NOTE, ROLE_NAMES, ROLE_NAMES_PLURAL, SCORE_SHORT } from './texts';
import {
  MONITORING_ROLES,
  SCORE_KEYS,
  type MonitoringPair,
  type MonitoringRecord,
  type ScoreKey,
} from './types';

export type NoteBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | ChartBlock;

export interface MonitoringNote {
  title: string;
  subtitle: string;
  blocks: NoteBlock[];
}

export interface NoteInput {
  schoolName: string;
  schoolYear: string;
  /** yyyy-mm-dd, printed as dd.mm.yyyy */
  dateIso: string;
  pairs: readonly MonitoringPair[];
  records: readonly MonitoringRecord[];
  stats: MonitoringStats;
  /** A pair whose mean is below this is named in the conclusions (default 7). */
  threshold?: number;
  /** Participation below this share is flagged (default 0.7). */
  minParticipation?: number;
}

export function monitoringNote(input: NoteInput): MonitoringNote {
  const { stats } = input;
  const blocks: NoteBlock[] = [{ kind: 'paragraph', text: NOTE.date(ruDate(input.dateIso)) }];

  blocks.push({ kind: 'heading', text: NOTE.participation });
  blocks.push({
    kind: 'paragraph',
    text: NOTE.participationText(
      stats.school.responded,
      stats.school.expected,
      formatPercent(stats.school.rate),
    ),
  });
  blocks.push({
    kind: 'list',
    items: MONITORING_ROLES.map((role) =>
      NOTE.participationRole(
        ROLE_NAMES_PLURAL[role],
        stats.byRole[role].responded,
        stats.byRole[role].expected,
        formatPercent(stats.byRole[role].rate),
      ),
    ),
  });

  blocks.push({ kind: 'heading', text: NOTE.averages });
  blocks.push({
    kind: 'table',
    header: [NOTE.question, ...MONITORING_ROLES.map((r) => ROLE_NAMES_PLURAL[r]), NOTE.all],
    rows: [
      ...SCORE_KEYS.map((key) => [
        capitalize(SCORE_SHORT[key]),
        ...MONITORING_ROLES.map((r) => formatScore(stats.byRole[r].averages.byQuestion[key])),
        formatScore(stats.school.averages.byQuestion[key]),
      ]),
      [
        NOTE.average,
        ...MONITORING_ROLES.map((r) => formatScore(stats.byRole[r].averages.overall)),
        formatScore(stats.school.averages.overall),
      ],
    ],
  });
  // The same averages drawn, under the table that gives their figures (issue #17, item 13).
  const chart = averagesChart(stats);
  if (chart) blocks.push(chart);

  // Five columns fit a portrait A4 page; the per-question averages are in the table above, and for
  // each pair the question it rated lowest is named.
  blocks.push({ kind: 'heading', text: NOTE.pairs });
  blocks.push({
    kind: 'table',
    header: [NOTE.pair, NOTE.answered, NOTE.average, NOTE.lowest, NOTE.wouldContinue],
    rows: stats.byPair.map((p) => [
      NOTE.pairCell(p.pairId, p.mentor),
      `${p.responded} из ${p.expected}`,
      formatScore(p.averages.overall),
      lowestQuestion(p.averages.byQuestion),
      formatPercent(p.averages.continueShare),
    ]),
  });

  blocks.push({ kind: 'heading', text: NOTE.continueTitle });
  const all = stats.school.averages;
  blocks.push({
    kind: 'paragraph',
    text: all.continueAnswered
      ? NOTE.continueText(all.continueYes, all.continueAnswered, formatPercent(all.continueShare))
      : NOTE.continueNone,
  });

  blocks.push({ kind: 'heading', text: NOTE.openAnswers });
  blocks.push(...openAnswers(input.pairs, countedRecords(input.pairs, input.records)));

  blocks.push({ kind: 'heading', text: NOTE.conclusions });
  blocks.push({ kind: 'list', items: conclusions(input) });

  return { title: NOTE.title, subtitle: NOTE.subtitle(input.schoolName, input.schoolYear), blocks };
}

function openAnswers(pairs: readonly MonitoringPair[], records: readonly MonitoringRecord[]): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  for (const pair of pairs) {
    const items: string[] = [];
    for (const role of MONITORING_ROLES) {
      for (const r of records.filter(
        (x) => normalizeKey(x.pairId) === normalizeKey(pair.id) && x.role === role,
      )) {
        if (r.valuable) items.push(NOTE.openLine(ROLE_NAMES[role], NOTE.valuable, r.valuable));
        if (r.missing) items.push(NOTE.openLine(ROLE_NAMES[role], NOTE.missing, r.missing));
        if (r.comment) items.push(NOTE.openLine(ROLE_NAMES[role], NOTE.comment, r.comment));
      }
    }
    if (!items.length) continue;
    blocks.push({ kind: 'paragraph', text: NOTE.openPair(pair.id, pair.mentor.name) });
    blocks.push({ kind: 'list', items });
  }
  return blocks.length ? blocks : [{ kind: 'paragraph', text: NOTE.noOpenAnswers }];
}

/** Plain-Russian conclusions drawn from the numbers. */
export function conclusions(input: NoteInput): string[] {
  const { stats } = input;
  const threshold = input.threshold ?? 7;
  const minParticipation = input.minParticipation ?? 0.7;
  const all = stats.school.averages;
  if (all.answers === 0) return [NOTE.noAnswers];
  const out: string[] = [];
  if (all.overall !== null) out.push(NOTE.schoolAverage(formatScore(all.overall)));

  const scored = SCORE_KEYS.map((k) => [k, all.byQuestion[k]] as [ScoreKey, number | null]).filter(
    (e): e is [ScoreKey, number] => e[1] !== null,
  );
  if (scored.length) {
    const strongest = scored.reduce((a, b) => (b[1] > a[1] ? b : a));
    const weakest = scored.reduce((a, b) => (b[1] < a[1] ? b : a));
    if (formatScore(strongest[1]) === formatScore(weakest[1]))
      out.push(NOTE.evenScores(formatScore(strongest[1])));
    else {
      out.push(NOTE.strongest(SCORE_SHORT[strongest[0]], formatScore(strongest[1])));
      out.push(NOTE.weakest(SCORE_SHORT[weakest[0]], formatScore(weakest[1])));
    }
  }

  const gaps = SCORE_KEYS.map((k) => {
    const a = stats.byRole.mentee.averages.byQuestion[k];
    const b = stats.byRole.mentor.averages.byQuestion[k];
    return { k, a, b, gap: a !== null && b !== null ? Math.abs(a - b) : -1 };
  }).filter((g) => g.gap >= 1.5);
  if (gaps.length) {
    const g = gaps.reduce((x, y) => (y.gap > x.gap ? y : x));
    out.push(NOTE.rolesGap(SCORE_SHORT[g.k], formatScore(g.a), formatScore(g.b)));
  }

  const low = stats.byPair.filter(
    (p) => p.averages.overall !== null && (p.averages.overall as number) < threshold,
  );
  const t = formatScore(threshold).replace(/,0$/, '');
  if (low.length) {
    const list = low.map((p) => `${p.pairId} (${formatScore(p.averages.overall)})`).join(', ');
    out.push(NOTE.lowPairs(`${NOTE.pairWord(low.length)} ${list}`, t));
  } else out.push(NOTE.noLowPairs(t));

  if (all.continueShare !== null) out.push(NOTE.continueConclusion(formatPercent(all.continueShare)));
  if (stats.school.rate < minParticipation) out.push(NOTE.lowParticipation(formatPercent(stats.school.rate)));
  return out;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ruDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The question a pair rated lowest, with its score; «—» when it has no scores. */
function lowestQuestion(byQuestion: Record<ScoreKey, number | null>): string {
  let lowest: ScoreKey | null = null;
  for (const key of SCORE_KEYS) {
    const v = byQuestion[key];
    if (v === null || v === undefined) continue;
    const current = lowest === null ? null : byQuestion[lowest];
    if (current === null || current === undefined || v < current) lowest = key;
  }
  return lowest === null ? '—' : NOTE.lowestCell(SCORE_SHORT[lowest], formatScore(byQuestion[lowest]));
}
