// Conformance of the emulated Charts service (a data table, a bar chart, its PNG) and of inline
// images in Docs, each behaviour pinned to the reference page it follows. "(check)" in
// dev/emulator/charts.ts marks where the reference is silent.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { DATA_TABLE_KEY } from 'apps-script-emulator/charts';
import { readPng, PNG_SIGNATURE } from 'apps-script-emulator/charts/png';
import { SCOPE_PREFIX, scopesFor } from 'apps-script-emulator/scopes';
import { callCost } from 'apps-script-emulator/latency';

interface G {
  Charts: GoogleAppsScript.Charts.Charts;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
}

function setup(options: { oauthScopes?: string[] } = {}): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', ...options });
  return { ws, g: ws.globals() as unknown as G };
}

const bytesOf = (blob: GoogleAppsScript.Base.Blob) => Uint8Array.from(blob.getBytes(), (b) => b & 0xff);

/** The example of reference/charts/data-table-builder, as a builder. */
function sales(g: G): GoogleAppsScript.Charts.DataTableBuilder {
  return g.Charts.newDataTable()
    .addColumn(g.Charts.ColumnType.STRING, 'Month')
    .addColumn(g.Charts.ColumnType.NUMBER, 'In Store')
    .addColumn(g.Charts.ColumnType.NUMBER, 'Online')
    .addRow(['January', 10, 1])
    .addRow(['February', 12, 1])
    .addRow(['March', 20, 2]);
}

function chart(g: G, table: GoogleAppsScript.Charts.DataTableBuilder = sales(g)) {
  return g.Charts.newBarChart()
    .setDataTable(table)
    .setTitle('Sales')
    .setDimensions(600, 400)
    .setColors(['#3366cc', '#ff9900'])
    .setLegendPosition(g.Charts.Position.BOTTOM)
    .build();
}

/** How many pixels have exactly this colour. */
function pixels(rgb: Uint8Array, hex: string): number {
  const [r, gr, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < rgb.length; i += 3) if (rgb[i] === r && rgb[i + 1] === gr && rgb[i + 2] === b) n++;
  return n;
}

describe('Charts: the data table', () => {
  test('columns then rows, one at a time, as the reference example builds it', () => {
    // developers.google.com/apps-script/reference/charts/data-table-builder
    const { g } = setup();
    const png = readPng(bytesOf(chart(g).getAs('image/png')));
    expect(JSON.parse(png.text[DATA_TABLE_KEY])).toEqual({
      columns: [
        { type: 'STRING', label: 'Month' },
        { type: 'NUMBER', label: 'In Store' },
        { type: 'NUMBER', label: 'Online' },
      ],
      rows: [
        ['January', 10, 1],
        ['February', 12, 1],
        ['March', 20, 2],
      ],
    });
  });

  test('a missing value is null', () => {
    // developers.google.com/apps-script/reference/charts/data-table-builder#setValue(Integer,Integer,Object):
    // «Not all column values need to be filled in. Missing values will be treated as null.»
    const { g } = setup();
    const table = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, 'Вопрос')
      .addColumn(g.Charts.ColumnType.NUMBER, 'Наставники')
      .addRow(['Польза', null])
      .addRow(['Комфорт']);
    const png = readPng(bytesOf(chart(g, table).getBlob()));
    expect(JSON.parse(png.text[DATA_TABLE_KEY]).rows).toEqual([
      ['Польза', null],
      ['Комфорт', null],
    ]);
  });

  test('build() throws for an empty or malformed table', () => {
    // developers.google.com/apps-script/reference/charts/data-table-builder#build():
    // «Throws Error — if the data table is empty or otherwise malformed»
    const { g } = setup();
    expect(() => g.Charts.newDataTable().build()).toThrow(/no columns/);
    const wrongType = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, 'Month')
      .addColumn(g.Charts.ColumnType.NUMBER, 'Sales')
      .addRow(['January', 'ten']);
    expect(() => wrongType.build()).toThrow(/row 0, column 1 is not of type number/);
    const tooLong = g.Charts.newDataTable().addColumn(g.Charts.ColumnType.STRING, 'Month').addRow(['a', 1]);
    expect(() => tooLong.build()).toThrow(/row 0 has 2 values, the table has 1 columns/);
    // A chart over a malformed builder fails the same way when it is built.
    expect(() => chart(g, wrongType)).toThrow(/not of type number/);
    expect(() => g.Charts.newDataTable().addColumn('TEXT' as never, 'x')).toThrow('Invalid argument: type');
  });
});

describe('Charts: a bar chart as an image', () => {
  test('getAs("image/png") is a PNG of setDimensions’ size, with a bar of each series in its colour', () => {
    // developers.google.com/apps-script/reference/charts/chart#getAs(String): «For images in BMP,
    // GIF, JPEG, or PNG format, any of 'image/bmp', 'image/gif', 'image/jpeg', or 'image/png' are
    // also valid»; /bar-chart-builder#setDimensions(Integer,Integer), #setColors(String).
    const { g } = setup();
    const blob = chart(g).getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    const bytes = bytesOf(blob);
    expect(Array.from(bytes.subarray(0, 8))).toEqual(Array.from(PNG_SIGNATURE));
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([600, 400]);
    // Bars of both series (blue for «In Store», orange for «Online»), the legend's squares too.
    expect(pixels(png.rgb!, '#3366cc')).toBeGreaterThan(1000);
    expect(pixels(png.rgb!, '#ff9900')).toBeGreaterThan(100);
    // Text is drawn: dark pixels beyond the axes' two lines.
    expect(pixels(png.rgb!, '#222222')).toBeGreaterThan(50);
  });

  test('the bars grow with the values: a larger value, a longer bar', () => {
    // developers.google.com/apps-script/reference/charts/bar-chart-builder#setRange(Number,Number)
    const { g } = setup();
    const one = (value: number) => {
      const table = g.Charts.newDataTable()
        .addColumn(g.Charts.ColumnType.STRING, 'Вопрос')
        .addColumn(g.Charts.ColumnType.NUMBER, 'Оценка')
        .addRow(['Польза', value]);
      const c = g.Charts.newBarChart()
        .setDataTable(table)
        .setDimensions(400, 200)
        .setRange(0, 10)
        .setLegendPosition(g.Charts.Position.NONE)
        .build();
      return pixels(readPng(bytesOf(c.getAs('image/png'))).rgb!, '#3366cc');
    };
    expect(one(8)).toBeGreaterThan(one(4) * 1.8);
    expect(one(8)).toBeLessThan(one(4) * 2.2);
    expect(() => g.Charts.newBarChart().setRange(10, 0)).toThrow(/Invalid argument/);
  });

  test('other content types: the valid ones are not emulated, anything else is refused', () => {
    // developers.google.com/apps-script/reference/charts/chart#getAs(String)
    const { g } = setup();
    const c = chart(g);
    expect(() => c.getAs('image/jpeg')).toThrow('Not emulated: Chart.getAs(image/jpeg)');
    expect(() => c.getAs('text/plain')).toThrow(/not supported/);
  });

  test('a chart needs a data table and a size; other members are not emulated', () => {
    // developers.google.com/apps-script/reference/charts/bar-chart-builder
    const { g } = setup();
    expect(() => g.Charts.newBarChart().setDimensions(600, 400).build()).toThrow(/no data table/);
    expect(() => g.Charts.newBarChart().setDataTable(sales(g)).build()).toThrow(
      'Not emulated: BarChartBuilder.build without setDimensions',
    );
    expect(() => g.Charts.newBarChart().setDimensions(0, 400)).toThrow('Invalid argument: width');
    expect(() => g.Charts.newBarChart().setStacked()).toThrow('Not emulated: BarChartBuilder.setStacked');
    expect(() => g.Charts.newPieChart()).toThrow('Not emulated: Charts.newPieChart');
    expect(() => chart(g).getOptions()).toThrow('Not emulated: Chart.getOptions');
  });

  test('a built data table serves as well as its builder', () => {
    // developers.google.com/apps-script/reference/charts/bar-chart-builder#setDataTable(DataTableSource)
    const { g } = setup();
    const built = sales(g).build();
    const c = g.Charts.newBarChart()
      .setDataTable(built as unknown as GoogleAppsScript.Charts.DataTableSource)
      .setDimensions(300, 200)
      .build();
    expect(JSON.parse(readPng(bytesOf(c.getBlob())).text[DATA_TABLE_KEY]).rows).toHaveLength(3);
  });

  test('Charts needs no scope: the pages list no Authorization; rendering takes time, building none', () => {
    // developers.google.com/apps-script/reference/charts/charts, /chart, /bar-chart-builder,
    // /data-table-builder: no «Authorization» section.
    const { ws, g } = setup({ oauthScopes: [`${SCOPE_PREFIX}spreadsheets.currentonly`] });
    const before = ws.clock.nowMillis();
    const bytes = ws.execute({ kind: 'editor', handler: 'test' }, () => bytesOf(chart(g).getAs('image/png')));
    expect(readPng(bytes).width).toBe(600);
    // latency.ts: builders are local, the render is the one slow call.
    expect(ws.clock.nowMillis() - before).toBe(callCost('Chart.getAs', [], {}));
    expect(callCost('BarChartBuilder.setTitle', [], {})).toBe(0);
  });
});

describe('DocumentApp: inline images', () => {
  test('Body.insertImage puts the image in a new paragraph at the index, at its own size', () => {
    // developers.google.com/apps-script/reference/document/body#insertImage(Integer,BlobSource)
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('Справка');
    const body = doc.getBody();
    body.appendParagraph('Подпись');
    const image = body.insertImage(1, chart(g).getAs('image/png'));
    expect(image.getType()).toBe(g.DocumentApp.ElementType.INLINE_IMAGE);
    expect([image.getWidth(), image.getHeight()]).toEqual([600, 400]);
    expect(image.getParent().getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).asParagraph().getNumChildren()).toBe(1);
    // An image has no text.
    expect(body.getText()).toBe('\n\nПодпись');
    const rendered = ws.docs.render(doc.getId()).body;
    expect(rendered[1]).toMatchObject({ type: 'paragraph', text: '', images: [{ width: 600, height: 400 }] });
  });

  test('Paragraph.appendInlineImage takes a Blob or a chart; setWidth/setHeight resize it; alt text', () => {
    // developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource),
    // /inline-image#setWidth(Integer), #setHeight(Integer), #setAltDescription(String)
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('Справка');
    const p = doc.getBody().appendParagraph('');
    const image = p
      .appendInlineImage(chart(g))
      .setWidth(450)
      .setHeight(300)
      .setAltTitle('Средние оценки')
      .setAltDescription('Рисунок 1');
    expect([image.getWidth(), image.getHeight(), image.getAltTitle(), image.getAltDescription()]).toEqual([
      450,
      300,
      'Средние оценки',
      'Рисунок 1',
    ]);
    // The image keeps its bytes: getBlob gives the PNG back.
    expect(readPng(bytesOf(image.getBlob())).width).toBe(600);
    expect(() => image.setWidth(-1)).toThrow('Invalid argument: width');
    const [img] = (ws.docs.render(doc.getId()).body[1] as { images: unknown[] }).images;
    expect(img).toMatchObject({
      contentType: 'image/png',
      width: 450,
      height: 300,
      altDescription: 'Рисунок 1',
    });
  });

  test('a blob that is no image is refused', () => {
    // developers.google.com/apps-script/reference/document/body#appendImage(BlobSource): the image data.
    const { g } = setup();
    const doc = g.DocumentApp.create('Справка');
    const text = g.Utilities.newBlob('not an image', 'text/plain', 'a.txt');
    expect(() => doc.getBody().appendImage(text)).toThrow('Invalid image data.');
  });

  test('the PDF export draws the image of the saved document', () => {
    // developers.google.com/apps-script/reference/document/document#saveAndClose(),
    // /drive/file#getAs(String)
    const { g } = setup();
    const doc = g.DocumentApp.create('Справка');
    doc.getBody().appendImage(chart(g)).setWidth(450).setHeight(300);
    const id = doc.getId();
    const unsaved = Buffer.from(bytesOf(g.DriveApp.getFileById(id).getAs('application/pdf')));
    expect(unsaved.includes('/Subtype /Image')).toBe(false);
    doc.saveAndClose();
    const pdf = Buffer.from(bytesOf(g.DriveApp.getFileById(id).getAs('application/pdf')));
    expect(pdf.includes('/Subtype /Image')).toBe(true);
    expect(pdf.includes('/Width 600')).toBe(true);
  });

  test('inline images need the documents scopes', () => {
    // developers.google.com/apps-script/reference/document/inline-image: Authorization lists
    // documents.currentonly and documents.
    const { ws, g } = setup({ oauthScopes: [`${SCOPE_PREFIX}documents`] });
    const id = ws.asPerson(() => g.DocumentApp.create('Справка').getId());
    const width = ws.execute({ kind: 'editor', handler: 'test' }, () =>
      g.DocumentApp.openById(id).getBody().appendImage(chart(g)).setWidth(450).getWidth(),
    );
    expect(width).toBe(450);
    for (const name of ['InlineImage.setWidth', 'Paragraph.appendInlineImage', 'Body.insertImage'])
      expect(scopesFor(name)).toEqual([`${SCOPE_PREFIX}documents.currentonly`, `${SCOPE_PREFIX}documents`]);
    for (const name of [
      'Charts.newBarChart',
      'BarChartBuilder.build',
      'Chart.getAs',
      'DataTableBuilder.addRow',
    ])
      expect(scopesFor(name)).toEqual([]);
  });
});
