// The Docs API emulation keeps one layout per batchUpdate and moves it in place (dev/emulator/docs/
// api.ts, shiftKept) so an order of thousands of rows is not quadratic. Google applies a batch's
// requests in order, each seeing the document the previous ones left
// (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request is
// validated before being applied … the requests are applied in the order they are specified"), so
// one batch must give exactly what the same requests give one batch each (no layout kept between).
import { applyRequests, toApiDocument } from 'apps-script-emulator/docs/api';
import { paragraph, table, type DocContent } from 'apps-script-emulator/docs/model';

type Request = GoogleAppsScript.Docs.Schema.Request;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

interface Span {
  start: number;
  end: number;
}

/** The paragraphs' spans and the tables' starts of the document as the API reports it. */
function spans(content: DocContent): { paras: Span[]; tables: number[] } {
  const api = toApiDocument('d', 't', content);
  const paras: Span[] = [];
  const tables: number[] = [];
  const walk = (list: GoogleAppsScript.Docs.Schema.StructuralElement[]) => {
    for (const el of list) {
      if (el.paragraph) paras.push({ start: el.startIndex ?? 0, end: el.endIndex ?? 0 });
      if (el.table) {
        tables.push(el.startIndex ?? 0);
        for (const row of el.table.tableRows ?? []) for (const c of row.tableCells ?? []) walk(c.content ?? []);
      }
    }
  };
  walk(api.body?.content ?? []);
  return { paras, tables };
}

/** A random request valid against `content` (text, rows, styles, deletes inside one paragraph). */
function nextRequest(content: DocContent, rnd: () => number): Request {
  const { paras, tables } = spans(content);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const r = rnd();
  if (r < 0.35) {
    const p = pick(paras);
    const index = p.start + Math.floor(rnd() * (p.end - p.start));
    return { insertText: { location: { index }, text: pick(['а', 'Наставник ', '12.09.2026', 'ё']) } };
  }
  if (r < 0.55 && tables.length > 0) {
    const api = toApiDocument('d', 't', content);
    const t = pick(tables);
    const el = api.body!.content!.find((e) => e.startIndex === t)!;
    const rowIndex = Math.floor(rnd() * (el.table!.rows ?? 1));
    return {
      insertTableRow: {
        tableCellLocation: { tableStartLocation: { index: t }, rowIndex, columnIndex: 0 },
        insertBelow: rnd() < 0.5,
      },
    };
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
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random batch, seed %i', (seed) => {
    const rnd = random(seed);
    // Requests made one at a time against the document as it stands (so each is valid then).
    let stepwise = start();
    const requests: Request[] = [];
    for (let i = 0; i < 150; i++) {
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
  });
});
