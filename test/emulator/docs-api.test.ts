// Conformance of the advanced Docs service (the Docs API v1 under `Docs`), each behaviour pinned to
// the reference page it follows: developers.google.com/apps-script/advanced/docs, and
// developers.google.com/docs/api/… (concepts/structure, reference/rest/v1/documents/get, /create,
// /batchUpdate, /request). "(check)" in the emulator marks where the reference is silent.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { SCOPE_PREFIX } from 'apps-script-emulator/scopes';
import { callCost } from 'apps-script-emulator/latency';

type G = {
  Docs: GoogleAppsScript.Docs;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
};
type Request = GoogleAppsScript.Docs.Schema.Request;

function setup(options: Parameters<typeof createWorkspace>[0] = {}): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', ...options });
  return { ws, g: ws.globals() as unknown as G };
}

/** «Привет» / a 2×2 table / «Конец», saved. */
function sample(g: G): string {
  const doc = g.DocumentApp.create('Образец');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Привет');
  body.appendTable([
    ['а', 'бв'],
    ['{{x}}', ''],
  ]);
  body.appendParagraph('Конец').editAsText().setBold(true);
  doc.saveAndClose();
  return doc.getId();
}

const update = (g: G, id: string, requests: Request[]) => g.Docs.Documents!.batchUpdate({ requests }, id);

describe('Documents.get: the structure with indexes', () => {
  test('body: a section break [0,1), each paragraph its text and newline, a table 1 + rows + cells + 1', () => {
    // docs/api/concepts/structure: «The body starts with a section break»; start and end indexes in
    // UTF-16 code units; a table's rows and cells each take an index of their own.
    const { g } = setup();
    const id = sample(g);
    const doc = g.Docs.Documents!.get(id);
    expect(doc.documentId).toBe(id);
    expect(doc.title).toBe('Образец');
    // DocumentApp's appendTable leaves an empty paragraph after the table, as in Google Docs.
    const [section, hello, table, empty, end] = doc.body!.content!;
    expect(section).toMatchObject({ endIndex: 1, sectionBreak: {} });
    expect(hello).toMatchObject({ startIndex: 1, endIndex: 8 });
    expect(hello.paragraph!.elements![0].textRun!.content).toBe('Привет\n');
    expect(table.startIndex).toBe(8);
    const rows = table.table!.tableRows!;
    expect([table.table!.rows, table.table!.columns]).toEqual([2, 2]);
    // Row 0 at 9; cell «а» at 10, its paragraph [11,13); cell «бв» at 13, paragraph [14,17).
    expect(rows[0]).toMatchObject({ startIndex: 9, endIndex: 17 });
    expect(rows[0].tableCells!.map((c) => [c.startIndex, c.endIndex])).toEqual([
      [10, 13],
      [13, 17],
    ]);
    expect(rows[1].tableCells![0].content![0]).toMatchObject({ startIndex: 19, endIndex: 25 });
    expect(table.endIndex).toBe(28);
    expect(empty).toMatchObject({ startIndex: 28, endIndex: 29 });
    expect(end).toMatchObject({ startIndex: 29, endIndex: 35 });
    expect(end.paragraph!.elements![0].textRun!.textStyle).toEqual({ bold: true });
  });

  test('a table last in the body is followed by an empty paragraph; headers are segments from 0', () => {
    // docs/api/concepts/structure: a segment ends with a paragraph; headers, footers and footnotes
    // are segments with their own indexes, starting at 0.
    const { g } = setup();
    const doc = g.DocumentApp.create('Т');
    doc.getBody().appendTable([['x']]);
    doc.addHeader().getChild(0).asParagraph().setText('Шапка');
    doc.saveAndClose();
    const got = g.Docs.Documents!.get(doc.getId());
    const content = got.body!.content!;
    expect(content[content.length - 1].paragraph).toBeDefined();
    const headerId = got.documentStyle!.defaultHeaderId!;
    const headers = got.headers as Record<string, GoogleAppsScript.Docs.Schema.Header>;
    expect(headers[headerId].content![0]).toMatchObject({ startIndex: 0, endIndex: 6 });
  });

  test('an unknown id is not found; the API reads what was saved', () => {
    // reference/rest/v1/documents/get: 404 for a missing document.
    const { g } = setup();
    expect(() => g.Docs.Documents!.get('nope')).toThrow(
      'API call to docs.documents.get failed with error: Requested entity was not found.',
    );
  });
});

describe('Documents.batchUpdate', () => {
  test('requests apply in order, each on what the previous left; replies in the same order', () => {
    // reference/rest/v1/documents/batchUpdate: «The order of replies matches that of the requests»;
    // concepts/request-response: requests are applied in the order given.
    const { ws, g } = setup();
    const id = sample(g);
    const reply = update(g, id, [
      { insertText: { location: { index: 1 }, text: 'Ну, ' } },
      { insertText: { location: { index: 5 }, text: 'п' } },
      { replaceAllText: { containsText: { text: 'ПРИВЕТ', matchCase: false }, replaceText: 'здравствуй' } },
    ]);
    expect(reply.documentId).toBe(id);
    expect(reply.replies).toEqual([{}, {}, { replaceAllText: { occurrencesChanged: 1 } }]);
    expect(ws.docs.text(id).split('\n')[0]).toBe('Ну, пздравствуй');
  });

  test('atomic: one invalid request and nothing is applied', () => {
    // reference/rest/v1/documents/batchUpdate: «If any request is not valid, then the entire request
    // will fail and nothing will be applied.»
    const { ws, g } = setup();
    const id = sample(g);
    const before = ws.docs.render(id);
    expect(() =>
      update(g, id, [
        { insertText: { location: { index: 1 }, text: 'X' } },
        { insertText: { location: { index: 500 }, text: 'Y' } },
      ]),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 500 must be less than the end index of the referenced segment, 36.',
    );
    expect(ws.docs.render(id)).toEqual(before);
  });

  test('insertText: inside a paragraph only, literal, styled like the text before, newline makes a paragraph', () => {
    // reference/rest/v1/documents/request#InsertTextRequest: «Text must be inserted inside the bounds
    // of an existing Paragraph … cannot be inserted at a table's start index»; «Inserting a newline
    // character will implicitly create a new Paragraph … paragraph style … copied»; «the text style
    // for the inserted text will match the text immediately before the insertion index»; private
    // use area characters are stripped.
    const { ws, g } = setup();
    const id = sample(g);
    expect(() => update(g, id, [{ insertText: { location: { index: 8 }, text: 'X' } }])).toThrow(
      'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
    update(g, id, [
      { insertText: { location: { index: 34 }, text: ' $1 \\d {{x}}\uE000' } },
      { insertText: { location: { index: 4 }, text: '\n' } },
    ]);
    const body = ws.docs.render(id).body;
    expect(body[0]).toMatchObject({ type: 'paragraph', text: 'При' });
    expect(body[1]).toMatchObject({ type: 'paragraph', text: 'вет' });
    expect(body[4]).toMatchObject({ text: 'Конец $1 \\d {{x}}', bold: true });
  });

  test('deleteContentRange: text within a paragraph, or a whole table; never the last newline', () => {
    // reference/rest/v1/documents/request#DeleteContentRangeRequest.
    const { ws, g } = setup();
    const id = sample(g);
    expect(() => update(g, id, [{ deleteContentRange: { range: { startIndex: 3, endIndex: 3 } } }])).toThrow(
      /The range cannot be empty/,
    );
    expect(() =>
      update(g, id, [{ deleteContentRange: { range: { startIndex: 31, endIndex: 35 } } }]),
    ).toThrow(/cannot include the newline character at the end of the segment/);
    update(g, id, [
      { deleteContentRange: { range: { startIndex: 8, endIndex: 28 } } },
      { deleteContentRange: { range: { startIndex: 1, endIndex: 4 } } },
    ]);
    expect(ws.docs.render(id).body.map((b) => (b.type === 'paragraph' ? b.text : 'table'))).toEqual([
      'вет',
      '',
      'Конец',
    ]);
  });

  test('insertTableRow: an empty row above or below the cell’s row; the table found by its start index', () => {
    // reference/rest/v1/documents/request#InsertTableRowRequest: «Inserts an empty row into a
    // table»; tableCellLocation.tableStartLocation is the table's start index.
    const { ws, g } = setup();
    const id = sample(g);
    expect(() =>
      update(g, id, [
        {
          insertTableRow: {
            tableCellLocation: { tableStartLocation: { index: 9 }, rowIndex: 0, columnIndex: 0 },
            insertBelow: true,
          },
        },
      ]),
    ).toThrow(/Invalid requests\[0\]\.insertTableRow: Invalid table start location/);
    update(g, id, [
      {
        insertTableRow: {
          tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 1, columnIndex: 1 },
          insertBelow: true,
        },
      },
      // The new row [27, 32): row 27, cells at 28 and 30, their paragraphs at 29 and 31.
      { insertText: { location: { index: 31 }, text: 'г' } },
      { insertText: { location: { index: 29 }, text: 'в' } },
      {
        deleteTableRow: {
          tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 0, columnIndex: 0 },
        },
      },
    ]);
    const table = ws.docs.render(id).body[1] as { rows: string[][] };
    expect(table.rows).toEqual([
      ['{{x}}', ''],
      ['в', 'г'],
    ]);
  });

  test('updateTextStyle and updateParagraphStyle set the fields named, and clear those named but unset', () => {
    // reference/rest/v1/documents/request#UpdateTextStyleRequest, #UpdateParagraphStyleRequest:
    // «fields»: the fields to update; a field named but not set in the style is reset.
    const { ws, g } = setup();
    const id = sample(g);
    update(g, id, [
      {
        updateTextStyle: {
          range: { startIndex: 1, endIndex: 4 },
          textStyle: { italic: true, fontSize: { magnitude: 14, unit: 'PT' } },
          fields: 'italic,fontSize',
        },
      },
      { updateTextStyle: { range: { startIndex: 29, endIndex: 34 }, textStyle: {}, fields: 'bold' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { alignment: 'CENTER', namedStyleType: 'HEADING_2' },
          fields: 'alignment,namedStyleType',
        },
      },
    ]);
    const runs = g.Docs.Documents!.get(id).body!.content![1].paragraph!.elements!;
    expect(runs.map((r) => [r.textRun!.content, r.textRun!.textStyle])).toEqual([
      ['При', { italic: true, fontSize: { magnitude: 14, unit: 'PT' } }],
      ['вет\n', {}],
    ]);
    expect(ws.docs.render(id).body[0]).toMatchObject({ alignment: 'CENTER', heading: 'HEADING2' });
    expect(ws.docs.render(id).body[3]).toMatchObject({ text: 'Конец', bold: false });
    expect(() =>
      update(g, id, [
        { updateTextStyle: { range: { startIndex: 1, endIndex: 2 }, textStyle: {}, fields: 'nonsense' } },
      ]),
    ).toThrow(/Invalid field: nonsense/);
  });

  test('replaceAllText replaces in body, header and footer, literally, and counts', () => {
    // reference/rest/v1/documents/request#ReplaceAllTextRequest; ReplaceAllTextResponse.occurrencesChanged.
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('Ш');
    doc.getBody().getChild(0).asParagraph().setText('{{школа}} и {{школа}}');
    doc.addFooter().getChild(0).asParagraph().setText('{{ШКОЛА}}');
    doc.saveAndClose();
    const reply = update(g, doc.getId(), [
      { replaceAllText: { containsText: { text: '{{школа}}', matchCase: true }, replaceText: '$1 «Школа»' } },
    ]);
    expect(reply.replies![0].replaceAllText!.occurrencesChanged).toBe(2);
    expect(ws.docs.text(doc.getId())).toBe('$1 «Школа» и $1 «Школа»');
    expect(ws.docs.render(doc.getId()).footer![0]).toMatchObject({ text: '{{ШКОЛА}}' });
  });

  test('what is not emulated says so; a viewer may read but not change', () => {
    // reference/rest/v1/documents/batchUpdate needs edit access; get needs read access.
    const { g, ws } = setup();
    const id = sample(g);
    expect(() =>
      update(g, id, [{ insertInlineImage: { location: { index: 1 }, uri: 'https://x' } }]),
    ).toThrow('Not emulated: Docs.Documents.batchUpdate(insertInlineImage)');
    g.DriveApp.getFileById(id).addViewer('viewer@school.example');
    ws.execute({ kind: 'editor', handler: 't', user: 'viewer@school.example' }, () => {
      expect(g.Docs.Documents!.get(id).title).toBe('Образец');
      expect(() => update(g, id, [{ insertText: { location: { index: 1 }, text: 'x' } }])).toThrow(
        'API call to docs.documents.batchUpdate failed with error: The caller does not have permission',
      );
    });
  });
});

describe('Documents.batchUpdate: building content', () => {
  test('insertTable: a newline before it, then a table of empty cells from index + 1', () => {
    // reference/rest/v1/documents/request#InsertTableRequest: «Inserts a table at the specified
    // location. A newline character will be inserted before the inserted table.»
    const { ws, g } = setup();
    const made = g.Docs.Documents!.create({ title: 'Т' });
    const id = made.documentId!;
    update(g, id, [
      { insertText: { location: { index: 1 }, text: 'До' } },
      { insertTable: { rows: 2, columns: 2, location: { index: 3 } } },
    ]);
    const content = g.Docs.Documents!.get(id).body!.content!;
    expect(content.map((e) => [e.startIndex ?? 0, e.endIndex, e.table ? 'table' : 'p'])).toEqual([
      [0, 1, 'p'],
      [1, 4, 'p'],
      [4, 16, 'table'],
      [16, 17, 'p'],
    ]);
    // Cells of an empty 2×2 table: row 5, cells 6 and 8, row 10, cells 11 and 13.
    update(g, id, [{ insertText: { location: { index: 14 }, text: 'г' } }]);
    expect((ws.docs.render(id).body[1] as { rows: string[][] }).rows).toEqual([
      ['', ''],
      ['', 'г'],
    ]);
  });

  test('insertPageBreak: a page break and a newline, in the body only', () => {
    // reference/rest/v1/documents/request#InsertPageBreakRequest: «Inserts a page break followed by
    // a newline at the specified location»; not inside a table, header or footer.
    const { ws, g } = setup();
    const id = sample(g);
    expect(() => update(g, id, [{ insertPageBreak: { location: { index: 11 } } }])).toThrow(
      /Page breaks cannot be inserted inside a table/,
    );
    update(g, id, [{ insertPageBreak: { location: { index: 1 } } }]);
    expect(ws.docs.render(id).body[0]).toMatchObject({ type: 'paragraph', text: '', pageBreak: true });
    expect(ws.docs.render(id).body[1]).toMatchObject({ text: 'Привет' });
  });

  test('createParagraphBullets and deleteParagraphBullets: list items and back', () => {
    // reference/rest/v1/documents/request#CreateParagraphBulletsRequest, #DeleteParagraphBulletsRequest.
    const { ws, g } = setup();
    const id = sample(g);
    update(g, id, [
      {
        createParagraphBullets: {
          range: { startIndex: 1, endIndex: 8 },
          bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
        },
      },
    ]);
    expect(ws.docs.render(id).body[0]).toMatchObject({ type: 'listItem', text: 'Привет' });
    expect(g.Docs.Documents!.get(id).body!.content![1].paragraph!.bullet).toBeDefined();
    update(g, id, [{ deleteParagraphBullets: { range: { startIndex: 1, endIndex: 8 } } }]);
    expect(ws.docs.render(id).body[0]).toMatchObject({ type: 'paragraph' });
  });

  test('a table’s borders and column widths, as updateTableCellStyle and updateTableColumnProperties set them', () => {
    // reference/rest/v1/documents/request#UpdateTableCellStyleRequest (tableStartLocation: the whole
    // table), #UpdateTableColumnPropertiesRequest; documents.get shows them as each cell's
    // tableCellStyle and the table's tableColumnProperties.
    const { g } = setup();
    const id = sample(g);
    const none = {
      width: { magnitude: 0, unit: 'PT' },
      dashStyle: 'SOLID',
      color: { color: { rgbColor: {} } },
    };
    update(g, id, [
      {
        updateTableCellStyle: {
          tableStartLocation: { index: 8 },
          tableCellStyle: { borderTop: none, borderBottom: none, borderLeft: none, borderRight: none },
          fields: 'borderTop,borderBottom,borderLeft,borderRight',
        },
      } as Request,
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 8 },
          columnIndices: [1],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 120, unit: 'PT' } },
          fields: 'width,widthType',
        },
      } as Request,
    ]);
    const table = g.DocumentApp.openById(id).getBody().getTables()[0];
    expect(table.getBorderWidth()).toBe(0);
    expect(table.getColumnWidth(1)).toBe(120);
    const got = g.Docs.Documents!.get(id).body!.content![2].table!;
    expect(got.tableRows![0].tableCells![0].tableCellStyle!.borderLeft!.width!.magnitude).toBe(0);
    expect(got.tableStyle!.tableColumnProperties![1]).toEqual({
      widthType: 'FIXED_WIDTH',
      width: { magnitude: 120, unit: 'PT' },
    });
  });
});

describe('Documents.create', () => {
  test('a blank document in My Drive with the title, counted as a document created', () => {
    // reference/rest/v1/documents/create: «Creates a blank document using the title given in the
    // request. Other fields in the request, including any provided content, are ignored.»
    const { ws, g } = setup();
    const made = g.Docs.Documents!.create({ title: 'Справка', body: { content: [] } });
    expect(made.title).toBe('Справка');
    expect(ws.drive.get(made.documentId!)).toMatchObject({ kind: 'document', name: 'Справка' });
    expect(made.body!.content!.map((e) => [e.startIndex ?? 0, e.endIndex])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});

describe('in an execution: scopes and the clock', () => {
  test('get takes documents or a Drive scope; batchUpdate costs a round trip plus each request', () => {
    // reference/rest/v1/documents/get and /batchUpdate «Authorization scopes»; dev/emulator/latency.ts.
    const { ws, g } = setup({ oauthScopes: [`${SCOPE_PREFIX}drive.file`] });
    const id = ws.calls.quietly(() => sample(g));
    ws.execute({ kind: 'editor', handler: 't' }, () => {
      expect(g.Docs.Documents!.get(id).documentId).toBe(id);
      const start = ws.clock.nowMillis();
      const requests: Request[] = Array.from({ length: 10 }, () => ({
        insertText: { location: { index: 1 }, text: 'x' },
      }));
      update(g, id, requests);
      expect(ws.clock.nowMillis() - start).toBe(callCost('Docs.Documents.batchUpdate', [{ requests }], {}));
      expect(callCost('Docs.Documents.batchUpdate', [{ requests }], {})).toBe(450);
    });
    const bare = setup({ oauthScopes: [`${SCOPE_PREFIX}spreadsheets`] });
    const other = bare.ws.calls.quietly(() => sample(bare.g));
    expect(() =>
      bare.ws.execute({ kind: 'editor', handler: 't' }, () => bare.g.Docs.Documents!.get(other)),
    ).toThrow(/You do not have permission to call Docs\.Documents\.get/);
  });
});
