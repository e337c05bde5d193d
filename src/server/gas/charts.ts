// The Charts service: a chart of the note drawn as a PNG (reference/charts/bar-chart-builder,
// /chart#getAs). The Charts pages list no authorization scope. The builders live in the script's
// process; only getAs renders. The data table has one row per category (the five questions of the
// questionnaire), so its addRow calls are a small constant, not a loop over the sheets' rows.
import type { NoteChart } from '../monitoring/chart';

/** Rendered size in pixels; the document shows it at DOC_CHART_SIZE. */
const RENDER = { width: 640, height: 400 };

/**
 * Its size in the document: 450 px wide fits an A4 portrait page with 2 cm margins (17 cm, about
 * 480 pt) whether Docs counts a pixel as a point or as 0.75 pt; the height keeps the proportions.
 */
export const DOC_CHART_SIZE = { width: 450, height: Math.round((450 * RENDER.height) / RENDER.width) };

/** Blue and orange (Google Charts' palette), told apart also with red-green colour blindness. */
const SERIES_COLORS = ['#3366cc', '#ff9900', '#109618', '#990099'];

/** A horizontal bar chart: the categories down the side, one bar per series, the legend below. */
export function chartImage(chart: NoteChart): GoogleAppsScript.Base.Blob {
  const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, chart.categoryLabel);
  for (const series of chart.series) table.addColumn(Charts.ColumnType.NUMBER, series.name);
  chart.categories.forEach((category, i) =>
    table.addRow([category, ...chart.series.map((series) => series.values[i])]),
  );
  return Charts.newBarChart()
    .setDataTable(table)
    .setTitle(chart.title)
    .setXAxisTitle(chart.valueLabel)
    .setRange(chart.min, chart.max)
    .setColors(SERIES_COLORS.slice(0, chart.series.length))
    .setLegendPosition(Charts.Position.BOTTOM)
    .setDimensions(RENDER.width, RENDER.height)
    .build()
    .getAs('image/png');
}
