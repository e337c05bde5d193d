// The static image of a bar chart (Charts.newBarChart()…build().getAs('image/png')), drawn the way
// Google Charts lays out a horizontal bar chart: the title on top, categories down the left, one bar
// per series in each category, vertical gridlines with their values below, the legend. The data
// table goes into the PNG too (iTXt «apps-script-emulator:data-table»), for tests.
import { Canvas, parseColor, type Rgb } from './raster';
import { encodePng } from './png';

export const DATA_TABLE_KEY = 'apps-script-emulator:data-table';

export type CellValue = string | number | Date | null;

export interface DataTableData {
  columns: Array<{ type: 'STRING' | 'NUMBER' | 'DATE'; label: string }>;
  rows: CellValue[][];
}

export interface BarChartSpec {
  width: number;
  height: number;
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  colors: string[];
  legend: 'TOP' | 'RIGHT' | 'BOTTOM' | 'NONE';
  range: { start: number; end: number } | null;
  table: DataTableData;
}

/** Google Charts' default series colours (developers.google.com/chart/interactive/docs/gallery/barchart). */
export const DEFAULT_COLORS = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099', '#0099c6'];

const TEXT: Rgb = [34, 34, 34];
const MUTED: Rgb = [68, 68, 68];
const GRID: Rgb = [204, 204, 204];
const AXIS: Rgb = [51, 51, 51];

/** A step of 1, 2 or 5 × 10ⁿ giving about five gridlines over [min, max]. */
function niceStep(min: number, max: number): number {
  const raw = (max - min) / 5 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function formatTick(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export function renderBarChart(spec: BarChartSpec): Uint8Array {
  const { width, height, table } = spec;
  const canvas = new Canvas(width, height);
  const categories = table.rows.map((row) => String(row[0] ?? ''));
  const series = table.columns.slice(1).map((column, i) => ({
    label: column.label,
    color: parseColor(spec.colors[i] ?? DEFAULT_COLORS[i % DEFAULT_COLORS.length]) ?? [51, 102, 204],
    values: table.rows.map((row) => (typeof row[i + 1] === 'number' ? (row[i + 1] as number) : null)),
  }));
  const numbers = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  let min = spec.range ? spec.range.start : Math.min(0, ...numbers);
  let max = spec.range ? spec.range.end : Math.max(0, ...numbers);
  if (max <= min) max = min + 1;
  const step = niceStep(min, max);
  if (!spec.range) {
    min = Math.floor(min / step) * step;
    max = Math.ceil(max / step) * step;
  }

  const size = Math.max(10, Math.round(Math.min(width, height) / 30));
  let top = 12;
  if (spec.title) {
    canvas.text(spec.title, width / 2, top + size + 3, size + 3, TEXT, {
      bold: true,
      align: 'center',
      maxWidth: width - 20,
    });
    top += size + 16;
  }
  const legendHeight = spec.legend === 'NONE' || !series.length ? 0 : size + 14;
  if (spec.legend === 'TOP') top += legendHeight;
  let bottom = height - 10 - (spec.legend === 'BOTTOM' ? legendHeight : 0) - (size + 8);
  if (spec.xAxisTitle) bottom -= size + 8;
  const labelWidth = Math.min(
    width * 0.4,
    Math.max(0, ...categories.map((c) => canvas.measure(c, size))) + 12,
  );
  const left = 10 + (spec.yAxisTitle ? size + 8 : 0) + labelWidth;
  const legendRight = spec.legend === 'RIGHT' ? Math.min(width * 0.3, 160) : 0;
  const right = width - 16 - legendRight;
  const plotWidth = Math.max(1, right - left);
  const x = (v: number) => left + ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * plotWidth;

  // Gridlines and their values.
  for (let v = min; v <= max + step / 1000; v += step) {
    canvas.fillRect(Math.round(x(v)), top, 1, bottom - top, GRID);
    canvas.text(formatTick(v), x(v), bottom + size + 4, size, MUTED, { align: 'center' });
  }
  if (spec.xAxisTitle) {
    canvas.text(spec.xAxisTitle, left + plotWidth / 2, bottom + 2 * size + 12, size, MUTED, {
      align: 'center',
      maxWidth: plotWidth,
    });
  }

  // Bars: each category a band, the series side by side in the middle 60 % of it.
  const band = (bottom - top) / Math.max(1, categories.length);
  const barHeight = (band * 0.6) / Math.max(1, series.length);
  categories.forEach((category, c) => {
    const bandTop = top + c * band;
    canvas.text(category, left - 8, bandTop + band / 2 + size / 3, size, TEXT, {
      align: 'right',
      maxWidth: labelWidth - 8,
    });
    series.forEach((s, i) => {
      const value = s.values[c];
      if (value === null) return;
      const y = bandTop + band * 0.2 + i * barHeight;
      const from = x(Math.max(min, Math.min(0, max)));
      const to = x(value);
      canvas.fillRect(
        Math.min(from, to),
        y,
        Math.max(1, Math.abs(to - from)),
        Math.max(1, barHeight - 1),
        s.color,
      );
    });
  });
  canvas.fillRect(Math.round(x(Math.max(min, Math.min(0, max)))), top, 1, bottom - top, AXIS);
  canvas.fillRect(left, bottom, plotWidth + 1, 1, AXIS);
  if (spec.yAxisTitle) {
    // Google writes it vertically; here it stands across the top of the labels (check).
    canvas.text(spec.yAxisTitle, 10, top - 4, size, MUTED, { maxWidth: labelWidth });
  }

  // The legend: a square of each series' colour and its label.
  if (legendHeight) {
    const items = series.map((s) => ({ ...s, w: size + 6 + canvas.measure(s.label, size) }));
    if (spec.legend === 'RIGHT') {
      items.forEach((item, i) => {
        const y = top + i * (size + 10);
        canvas.fillRect(right + 16, y, size, size, item.color);
        canvas.text(item.label, right + 22 + size, y + size - 1, size, TEXT, {
          maxWidth: legendRight - size - 10,
        });
      });
    } else {
      const total = items.reduce((n, item) => n + item.w, 0) + 18 * (items.length - 1);
      let lx = Math.max(10, (width - total) / 2);
      const ly = spec.legend === 'TOP' ? top - legendHeight : height - 10 - size;
      for (const item of items) {
        canvas.fillRect(lx, ly, size, size, item.color);
        canvas.text(item.label, lx + size + 6, ly + size - 1, size, TEXT);
        lx += item.w + 18;
      }
    }
  }
  return encodePng(width, height, canvas.rgb, { [DATA_TABLE_KEY]: JSON.stringify(table) });
}
