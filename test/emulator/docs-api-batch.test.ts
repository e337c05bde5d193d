// The Docs API emulation keeps one layout per batchUpdate and moves it in place (dev/emulator/docs/
// api.ts, shiftKept) so an order of thousands of rows is not quadratic. Google applies a batch's
// requests in order, each seeing the document the previous ones left
// (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request is
// validated before being applied … the requests are applied in the order they are specified"), so
// one batch must give exactly what the same requests give one batch each (no layout kept between).
import { applyRequests, toApiDocument } from 'apps-script-emulator/docs/api';
import { paragraph, table, type DocContent } from 'apps-script-emulator/docs/model';
import { seededRandom as random } from '../../dev/random';

type Request = GoogleAppsScript.Docs.Schema.Request;

function start(): DocContent {
  return {
    body: {
      type: 'BODY_SECTION',
      children: [
        paragraph('Приказ'),
        table([
          ['№', 'Наставник', 'Наставляемый'],
          ['1', 'Иванова А. А.', 'Петров П. П.'],
        ]),
        paragraph('С приказом ознакомлены:'),
        table([['{{ознакомлен}}', '____', 'дата']]),
        paragraph(''),
      ],
    },
    header: null,
    footer: null,
  };
}

/** A table by its start index, nested ones included. */
function findTable(
  list: GoogleAppsScript.Docs.Schema.StructuralElement[],
  start: number,
): GoogleAppsScript.Docs.Schema.StructuralElement | undefined {
  for (const el of list) {
    if (el.table && el.startIndex === start) return el;
    for (const row of el.table?.tableRows ?? [])
      for (const c of row.tableCells ?? []) {
        const found = findTable(c.content ?? [], start);
        if (found) return found;
      }
  }
  return undefined;
}

interface Span {
  start: number;
  end: number;
}

/** The paragraphs' spans and the tables' starts of the document as the API reports it. */
function spans(content: DocContent): { paras: Span[]; top: Span[]; tables: number[] } {
  const api = toApiDocument('d', 't', content);
  const paras: Span[] = [];
  const top: Span[] = [];
  const tables: number[] = [];
  const walk = (list: GoogleAppsScript.Docs.Schema.StructuralElement[], depth: number) => {
    for (const el of list) {
      if (el.paragraph) {
        paras.push({ start: el.startIndex ?? 0, end: el.endIndex ?? 0 });
        if (depth === 0) top.push({ start: el.startIndex ?? 0, end: el.endIndex ?? 0 });
      }
      if (el.table) {
        tables.push(el.startIndex ?? 0);
        for (const row of el.table.tableRows ?? [])
          for (const c of row.tableCells ?? []) walk(c.content ?? [], depth + 1);
      }
    }
  };
  walk(api.body?.content ?? [], 0);
  return { paras, top, tables };
}

/**
 * A random request valid against `content`: text (one line or several), table rows in and out,
 * tables, page breaks, styles, bullets, deletes inside one paragraph.
 */
function nextRequest(content: DocContent, rnd: () => number): Request {
  const { paras, top, tables } = spans(content);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const r = rnd();
  if (r < 0.3) {
    const p = pick(paras);
    const index = p.start + Math.floor(rnd() * (p.end - p.start));
    const text = pick(['а', 'Наставник ', '12.09.2026', 'ё', 'строка\nещё', '\n']);
    return { insertText: { location: { index }, text } };
  }
  if (r < 0.45 && tables.length > 0) {
    const api = toApiDocument('d', 't', content);
    const t = pick(tables);
    const el = findTable(api.body!.content!, t)!;
    const rows = el.table!.rows ?? 1;
    const rowIndex = Math.floor(rnd() * rows);
    const tableCellLocation = { tableStartLocation: { index: t }, rowIndex, columnIndex: 0 };
    if (rows > 1 && rnd() < 0.25) return { deleteTableRow: { tableCellLocation } };
    return { insertTableRow: { tableCellLocation, insertBelow: rnd() < 0.5 } };
  }
  if (r < 0.5) {
    const p = pick(top);
    const index = p.start + Math.floor(rnd() * (p.end - p.start));
    return rnd() < 0.5
      ? { insertTable: { location: { index }, rows: 1 + Math.floor(rnd() * 2), columns: 2 } }
      : { insertPageBreak: { location: { index } } };
  }
  if (r < 0.55) {
    const p = pick(paras);
    return rnd() < 0.5
      ? {
          createParagraphBullets: {
            range: { startIndex: p.start, endIndex: p.end },
            bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
          },
        }
      : { deleteParagraphBullets: { range: { startIndex: p.start, endIndex: p.end } } };
  }
  if (r < 0.7) {
    const p = pick(paras.filter((x) => x.end - x.start > 2)) ?? paras[0];
    if (p.end - p.start > 2) {
      const from = p.start + Math.floor(rnd() * (p.end - p.start - 2));
      return { deleteContentRange: { range: { startIndex: from, endIndex: from + 1 } } };
    }
  }
  if (r < 0.85) {
    const a = pick(paras);
    const b = pick(paras.filter((x) => x.start >= a.start));
    return {
      updateTextStyle: {
        range: { startIndex: a.start, endIndex: Math.max(a.start + 1, b.end - 1) },
        textStyle: { bold: rnd() < 0.5 },
        fields: 'bold',
      },
    };
  }
  const p = pick(paras);
  return {
    updateParagraphStyle: {
      range: { startIndex: p.start, endIndex: p.end },
      paragraphStyle: { alignment: pick(['START', 'CENTER', 'END', 'JUSTIFIED']) },
      fields: 'alignment',
    },
  };
}

describe('Docs.Documents.batchUpdate: one batch equals the same requests one by one', () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))('random batch, seed %i', (seed) => {
    const rnd = random(seed);
    // Requests made one at a time against the document as it stands (so each is valid then).
    let stepwise = start();
    const requests: Request[] = [];
    for (let i = 0; i < 200; i++) {
      const request = nextRequest(stepwise, rnd);
      requests.push(request);
      stepwise = applyRequests(stepwise, [request]).content;
    }
    const batched = applyRequests(start(), requests).content;
    expect(toApiDocument('d', 't', batched)).toEqual(toApiDocument('d', 't', stepwise));
    // The batch did something structural, or the test proves nothing.
    expect(requests.some((q) => q.insertTableRow)).toBe(true);
    expect(requests.some((q) => q.insertText)).toBe(true);
    expect(requests.some((q) => q.deleteContentRange)).toBe(true);
    expect(requests.some((q) => q.insertTable || q.insertPageBreak)).toBe(true);
  });
});
