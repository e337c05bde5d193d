// Year on year (issue #19, item 6): the figures of a school year, and this year's against the
// archived previous one, for «Аналитическая справка» and the dashboard. Pure: the shell reads the
// archive «Архив 2025/2026 — …» that «Новый учебный год» made and hands plain figures in.
import type { NoteBlock } from '../monitoring/note';
import { formatGrowth } from '../monitoring/stages';
import { formatPercent, formatScore } from '../monitoring/stats';
import { COMPARE } from './texts';

export interface YearFigures {
  year: string;
  /** Pairs and groups of the year. */
  pairs: number;
  /** Planned activities of the programmes, and how many of them were done. */
  planned: number;
  done: number;
  /** The participants' mean score (1–10), the curator's, and the mean growth of the self-assessment (1–5). */
  average: number | null;
  curator: number | null;
  growth: number | null;
  /** Share of the participants with both self-assessments whose score grew. */
  grewShare: number | null;
}

/** «2026/2027» → «2025/2026»; null for a year that is not of that form. */
export function previousSchoolYear(year: string): string | null {
  const m = /^(\d{4})\/(\d{4})$/.exec(year.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return `${Number(m[1]) - 1}/${Number(m[1])}`;
}

type Metric = 'pairs' | 'completion' | 'average' | 'curator' | 'growth' | 'grew';

export interface ComparisonRow {
  metric: Metric;
  label: string;
  previous: string;
  current: string;
  change: string;
  /** Whether the change is better (true), worse (false), or neither / not known (null). */
  better: boolean | null;
}

/** Changes smaller than these are «no change» for the words (the table shows every number). */
const NOTABLE: Record<Exclude<Metric, 'pairs'>, number> = {
  completion: 0.05,
  average: 0.3,
  curator: 0.3,
  growth: 0.2,
  grew: 0.1,
};

function completion(f: YearFigures): number | null {
  return f.planned > 0 ? f.done / f.planned : null;
}

function value(f: YearFigures, m: Metric): number | null {
  switch (m) {
    case 'pairs':
      return f.pairs;
    case 'completion':
      return completion(f);
    case 'average':
      return f.average;
    case 'curator':
      return f.curator;
    case 'growth':
      return f.growth;
    case 'grew':
      return f.grewShare;
  }
}

function show(m: Metric, v: number | null): string {
  if (v === null) return '—';
  if (m === 'pairs') return String(v);
  if (m === 'completion' || m === 'grew') return formatPercent(v);
  if (m === 'growth') return formatGrowth(v);
  return formatScore(v);
}

function change(m: Metric, a: number | null, b: number | null): string {
  if (a === null || b === null) return '—';
  const d = b - a;
  if (m === 'pairs') return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
  if (m === 'completion' || m === 'grew') {
    const points = Math.round(d * 100);
    return COMPARE.points(points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0');
  }
  return formatGrowth(d);
}

const METRICS: readonly Metric[] = ['pairs', 'completion', 'average', 'curator', 'growth', 'grew'];

export function compareYears(previous: YearFigures, current: YearFigures): ComparisonRow[] {
  return METRICS.map((m) => {
    const a = value(previous, m);
    const b = value(current, m);
    const d = a === null || b === null ? null : b - a;
    return {
      metric: m,
      label: COMPARE[m],
      previous: show(m, a),
      current: show(m, b),
      change: change(m, a, b),
      better: m === 'pairs' || d === null || Math.abs(d) < NOTABLE[m] - 1e-9 ? null : d > 0,
    };
  });
}

/** What is notably better and worse than last year, in words for the SWOT draft. */
export function changesInWords(rows: readonly ComparisonRow[]): { better: string[]; worse: string[] } {
  const words = (r: ComparisonRow) =>
    `${COMPARE.better[r.metric as Exclude<Metric, 'pairs'>]} (${r.previous} → ${r.current})`;
  return {
    better: rows.filter((r) => r.better === true).map(words),
    worse: rows.filter((r) => r.better === false).map(words),
  };
}

/** The note's section: the table, or one line when the previous year is not in the spreadsheet. */
export function comparisonBlocks(
  previousYear: string,
  previous: YearFigures | null,
  current: YearFigures,
): NoteBlock[] {
  const blocks: NoteBlock[] = [{ kind: 'heading', text: COMPARE.heading }];
  if (!previous) return [...blocks, { kind: 'paragraph', text: COMPARE.none(previousYear) }];
  const rows = compareYears(previous, current);
  blocks.push({ kind: 'paragraph', text: COMPARE.intro(previousYear, current.year) });
  blocks.push({
    kind: 'table',
    header: COMPARE.header(previousYear, current.year),
    rows: rows.map((r) => [r.label, r.previous, r.current, r.change]),
  });
  return blocks;
}
