// The Charts service (developers.google.com/apps-script/reference/charts): a data table built row by
// row, a bar chart over it, and the chart as a static PNG (charts/render.ts draws it). Only what is
// listed here is emulated; any other member (other chart types, setValue, getOptions, data source
// URLs, text styles) throws «Not emulated: X.y». The Charts pages have no «Authorization» section:
// no scope (scopes.ts). Builders run in the script's process; getAs renders (latency.ts).
import { emulated, notEmulated, type CallLog } from './core';
import { newBlob } from './blob';
import { conform, type Conformant } from './surface';
import { enumMember, makeEnum } from './script/enums';
import { parseColor } from './charts/raster';
import { renderBarChart, type BarChartSpec, type CellValue, type DataTableData } from './charts/render';
import type { Workspace, ServiceModule } from './index';

export { DATA_TABLE_KEY } from './charts/render';
export type { DataTableData } from './charts/render';

type DataTable = GoogleAppsScript.Charts.DataTable;
type DataTableBuilder = GoogleAppsScript.Charts.DataTableBuilder;
type BarChartBuilder = GoogleAppsScript.Charts.BarChartBuilder;
type Chart = GoogleAppsScript.Charts.Chart;
type Blob = GoogleAppsScript.Base.Blob;

/** reference/charts/column-type */
export const ColumnType = makeEnum('ColumnType', ['DATE', 'NUMBER', 'STRING'] as const);
/** reference/charts/position */
export const Position = makeEnum('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const);

const PNG = 'image/png';
/** reference/charts/chart#getAs(String): the content types a chart converts to besides PNG. */
const OTHER_TYPES = ['application/pdf', 'image/bmp', 'image/gif', 'image/jpeg'];

function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell as the table keeps it; a value of the wrong type for its column makes the table malformed. */
function cell(type: DataTableData['columns'][number]['type'], value: unknown, where: string): CellValue {
  // reference/charts/data-table-builder#setValue: «Missing values will be treated as null».
  if (value === null || value === undefined) return null;
  const ok =
    (type === 'NUMBER' && typeof value === 'number' && Number.isFinite(value)) ||
    (type === 'STRING' && typeof value === 'string') ||
    (type === 'DATE' && isDate(value));
  // reference/charts/data-table-builder#build: throws «if the data table is empty or otherwise
  // malformed»; the wording is ours (check).
  if (!ok) throw new Error(`Invalid data table: ${where} is not of type ${type.toLowerCase()}.`);
  return isDate(value) ? new Date((value as Date).getTime()) : (value as CellValue);
}

export class DataTableImpl implements Conformant<DataTableImpl, DataTable> {
  constructor(readonly _data: DataTableData) {}
}

export class DataTableBuilderImpl implements Conformant<DataTableBuilderImpl, DataTableBuilder> {
  _self!: DataTableBuilder;
  _columns: DataTableData['columns'] = [];
  _rows: unknown[][] = [];

  constructor(private readonly _log: CallLog) {}

  addColumn(type: unknown, label: string): DataTableBuilder {
    const member = enumMember(ColumnType, type);
    if (!member) throw new Error('Invalid argument: type');
    this._columns.push({ type: member.name() as 'STRING' | 'NUMBER' | 'DATE', label: String(label) });
    return this._self;
  }

  addRow(values: unknown[]): DataTableBuilder {
    if (!Array.isArray(values)) throw new Error('Invalid argument: values');
    this._rows.push([...values]);
    return this._self;
  }

  /** The table as build() checks it (reference/charts/data-table-builder#build). */
  _table(): DataTableData {
    if (!this._columns.length) throw new Error('Invalid data table: the table has no columns.');
    const rows = this._rows.map((row, r) => {
      if (row.length > this._columns.length) {
        throw new Error(
          `Invalid data table: row ${r} has ${row.length} values, the table has ${this._columns.length} columns.`,
        );
      }
      return this._columns.map((column, c) => cell(column.type, row[c], `row ${r}, column ${c}`));
    });
    return { columns: this._columns.map((c) => ({ ...c })), rows };
  }

  build(): DataTable {
    const inst = new DataTableImpl(this._table());
    return emulated('DataTable', inst, this._log) as unknown as DataTable;
  }
}

export class BarChartBuilderImpl implements Conformant<BarChartBuilderImpl, BarChartBuilder> {
  _self!: BarChartBuilder;
  _table: DataTableData | DataTableBuilderImpl | null = null;
  _width = 0;
  _height = 0;
  _title = '';
  _xAxisTitle = '';
  _yAxisTitle = '';
  _colors: string[] = [];
  _legend: BarChartSpec['legend'] = 'RIGHT';
  _range: BarChartSpec['range'] = null;

  constructor(private readonly _log: CallLog) {}

  setDataTable(table: unknown): BarChartBuilder {
    // A builder is built when the chart is (the reference's setDataTable(tableBuilder)); a Range or
    // another DataTableSource is not emulated.
    const raw = typeof table === 'object' && table !== null ? table : null;
    if (raw && '_columns' in raw) this._table = table as DataTableBuilderImpl;
    else if (raw && '_data' in raw) this._table = (table as DataTableImpl)._data;
    else notEmulated('BarChartBuilder.setDataTable(DataTableSource)');
    return this._self;
  }

  setDimensions(width: number, height: number): BarChartBuilder {
    // The reference types both as Integer; a size that is no positive integer is refused (check).
    for (const [name, value] of [
      ['width', width],
      ['height', height],
    ] as const) {
      if (!Number.isInteger(value) || value <= 0) throw new Error(`Invalid argument: ${name}`);
    }
    this._width = width;
    this._height = height;
    return this._self;
  }

  setTitle(chartTitle: string): BarChartBuilder {
    this._title = String(chartTitle ?? '');
    return this._self;
  }

  setXAxisTitle(title: string): BarChartBuilder {
    this._xAxisTitle = String(title ?? '');
    return this._self;
  }

  setYAxisTitle(title: string): BarChartBuilder {
    this._yAxisTitle = String(title ?? '');
    return this._self;
  }

  setColors(cssValues: string[]): BarChartBuilder {
    if (!Array.isArray(cssValues)) throw new Error('Invalid argument: cssValues');
    for (const value of cssValues) {
      if (!parseColor(String(value))) notEmulated(`BarChartBuilder.setColors(${String(value)})`);
    }
    this._colors = cssValues.map(String);
    return this._self;
  }

  setLegendPosition(position: unknown): BarChartBuilder {
    const member = enumMember(Position, position);
    if (!member) throw new Error('Invalid argument: position');
    this._legend = member.name() as BarChartSpec['legend'];
    return this._self;
  }

  /** reference/charts/bar-chart-builder#setRange(Number,Number): the value axis' start and end. */
  setRange(start: number, end: number): BarChartBuilder {
    if (typeof start !== 'number' || typeof end !== 'number' || !(start < end)) {
      throw new Error('Invalid argument: the range must start below its end.');
    }
    this._range = { start, end };
    return this._self;
  }

  build(): Chart {
    if (this._table === null) throw new Error('Invalid chart: no data table was set.');
    // Google's default size is not documented: the emulator asks for setDimensions (check).
    if (!this._width) notEmulated('BarChartBuilder.build without setDimensions');
    const table = this._table instanceof DataTableBuilderImpl ? this._table._table() : this._table;
    const spec: BarChartSpec = {
      width: this._width,
      height: this._height,
      title: this._title,
      xAxisTitle: this._xAxisTitle,
      yAxisTitle: this._yAxisTitle,
      colors: [...this._colors],
      legend: this._legend,
      range: this._range,
      table: JSON.parse(JSON.stringify(table)) as DataTableData,
    };
    const inst = new ChartImpl(spec, this._log);
    inst._self = emulated('Chart', inst, this._log) as unknown as Chart;
    return inst._self;
  }
}

export class ChartImpl implements Conformant<ChartImpl, Chart> {
  _self!: Chart;
  private _png: Uint8Array | null = null;

  constructor(
    readonly _spec: BarChartSpec,
    private readonly _log: CallLog,
  ) {}

  _bytes(): Uint8Array {
    this._png ??= renderBarChart(this._spec);
    return this._png;
  }

  /** reference/charts/chart#getAs(String). The blob has no name (check). */
  getAs(contentType: string): Blob {
    const type = String(contentType);
    if (type === PNG) return newBlob(this._log, Uint8Array.from(this._bytes()), PNG, null);
    if (OTHER_TYPES.includes(type)) return notEmulated(`Chart.getAs(${type})`);
    // Wording of Blob conversions' refusal (check).
    throw new Error(`Converting from ${PNG} to ${type} is not supported.`);
  }

  /** reference/charts/chart#getBlob(): the chart as an image (PNG, as getAs('image/png')) (check). */
  getBlob(): Blob {
    return this.getAs(PNG);
  }
}

export class ChartsService implements ServiceModule {
  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    const log = this.ws.calls;
    const charts = conform<GoogleAppsScript.Charts.Charts>()({
      ColumnType,
      Position,
      newDataTable: (): DataTableBuilder => {
        const inst = new DataTableBuilderImpl(log);
        inst._self = emulated('DataTableBuilder', inst, log) as unknown as DataTableBuilder;
        return inst._self;
      },
      newBarChart: (): BarChartBuilder => {
        const inst = new BarChartBuilderImpl(log);
        inst._self = emulated('BarChartBuilder', inst, log) as unknown as BarChartBuilder;
        return inst._self;
      },
    });
    return { Charts: emulated('Charts', charts, log) };
  }

  // Charts keep nothing between executions.
  toState(): Record<string, never> {
    return {};
  }

  loadState(): void {}
}
