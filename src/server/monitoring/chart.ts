// The note's chart: the averages by question (categories) and role (one series each), drawn by a
// Docs adapter (gas/charts.ts, gas/report.ts). The figures are also in the note's table just above
// it, so the chart is never the only place they are given.
import type { MonitoringStats } from './stats';
import { SCALE_HIGH } from './questionnaires';
import { NOTE_CHART, ROLE_NAMES_PLURAL, SCORE_COLUMNS } from './texts';
import { MONITORING_ROLES, SCORE_KEYS } from './types';

export interface ChartSeries {
  name: string;
  /** One per category; null where nobody in the role answered that question. */
  values: Array<number | null>;
}

/** A bar chart as plain data: what to draw, not how. */
export interface NoteChart {
  title: string;
  categoryLabel: string;
  valueLabel: string;
  categories: string[];
  series: ChartSeries[];
  /** The value axis. */
  min: number;
  max: number;
}

export interface ChartBlock {
  kind: 'chart';
  chart: NoteChart;
  /** Printed under the chart; also its alt text. */
  caption: string;
}

/**
 * The averages by question and role, one series per role that has answers; null when nobody has
 * answered yet (no chart of nothing). The axis runs from 0 so a score of 1 still shows a bar.
 */
export function averagesChart(stats: MonitoringStats): ChartBlock | null {
  const roles = MONITORING_ROLES.filter((role) =>
    SCORE_KEYS.some((key) => stats.byRole[role].averages.byQuestion[key] !== null),
  );
  if (!roles.length) return null;
  return {
    kind: 'chart',
    chart: {
      title: NOTE_CHART.title,
      categoryLabel: NOTE_CHART.question,
      valueLabel: NOTE_CHART.axis,
      categories: SCORE_KEYS.map((key) => SCORE_COLUMNS[key]),
      series: roles.map((role) => ({
        name: ROLE_NAMES_PLURAL[role],
        values: SCORE_KEYS.map((key) => stats.byRole[role].averages.byQuestion[key]),
      })),
      min: 0,
      max: SCALE_HIGH,
    },
    caption: NOTE_CHART.caption(roles.map((role) => NOTE_CHART.rolesGenitive[role]).join(' и ')),
  };
}
