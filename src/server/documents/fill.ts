// Filling a template as one Docs API batchUpdate: pure code from the template as `documents.get`
// returns it (read once per execution) and the document's data to the list of requests that turn a
// copy of the template into the document. So a document costs a copy and one call whatever its size.
//
// Every edit is placed by index (docs/api/concepts/structure) in the template's coordinates, and the
// edits are sent from the end of each segment to its start, so an edit never moves the text an
// edit after it in the list refers to. The data is inserted as typed (insertText is literal: no
// pattern, no `$1`), and never searched again, so a `{{…}}` typed in a name stays as typed.
//
// - A placeholder: its range deleted, the value inserted there and given the placeholder's text
//   style (the first character's), so a bold or 14 pt field stays bold or 14 pt.
// - A table row holding a row set's fields (a «repeating row»): for N data rows, N − 1 empty rows
//   inserted below it (InsertTableRowRequest), each cell's text (the row's text filled from its data
//   row) inserted into them with the template cell's paragraph and text style, then the row itself
//   filled from the first data row like any other text. With no data rows the row is deleted, and a
//   table whose every row repeats with no data goes as a whole.
import { findPlaceholders, placeholderKey } from './placeholders';
import type { PlaceholderValues, RowSet } from './types';

type ApiDocument = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type Paragraph = GoogleAppsScript.Docs.Schema.Paragraph;
type Table = GoogleAppsScript.Docs.Schema.Table;
type TableRow = GoogleAppsScript.Docs.Schema.TableRow;
type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;
type Location = GoogleAppsScript.Docs.Schema.Location;
/**
 * A batchUpdate request. The typings predate two requests the Docs API documents
 * (reference/rest/v1/documents/request#UpdateTableCellStyleRequest,
 * #UpdateTableColumnPropertiesRequest), added here.
 */
export type DocsRequest = GoogleAppsScript.Docs.Schema.Request & {
  updateTableCellStyle?: {
    tableStartLocation: Location;
    tableCellStyle: GoogleAppsScript.Docs.Schema.TableCellStyle;
    fields: string;
  };
  updateTableColumnProperties?: {
    tableStartLocation: Location;
    columnIndices: number[];
    tableColumnProperties: GoogleAppsScript.Docs.Schema.TableColumnProperties;
    fields: string;
  };
};

const BRACES = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

/** Characters the Docs API strips from inserted text (InsertTextRequest.text). */
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/** The text style fields copied onto filled text: every one a template may set on a run. */
const TEXT_FIELDS =
  'bold,italic,underline,strikethrough,fontSize,weightedFontFamily,foregroundColor,backgroundColor,link';
/** The paragraph style fields copied onto the paragraphs of an inserted row's cells. */
const PARAGRAPH_FIELDS = 'alignment,namedStyleType';

/** One segment of the template: the body, or a header or footer by its id. */
interface Segment {
  segmentId: string;
  content: StructuralElement[];
}

function segments(doc: ApiDocument): Segment[] {
  const out: Segment[] = [{ segmentId: '', content: doc.body?.content ?? [] }];
  for (const [id, h] of Object.entries(doc.headers ?? {}))
    out.push({ segmentId: id, content: h.content ?? [] });
  for (const [id, f] of Object.entries(doc.footers ?? {}))
    out.push({ segmentId: id, content: f.content ?? [] });
  return out;
}

/** A paragraph's text with its start index; non-text elements stand as NULs of their length. */
function paragraphText(p: Paragraph): { start: number; text: string } {
  const elements = p.elements ?? [];
  const start = elements[0]?.startIndex ?? 0;
  let text = '';
  for (const e of elements) {
    const len = (e.endIndex ?? 0) - (e.startIndex ?? 0);
    text += e.textRun ? (e.textRun.content ?? '') : '\u0000'.repeat(Math.max(0, len));
  }
  // Without its closing newline.
  return { start, text: text.endsWith('\n') ? text.slice(0, -1) : text };
}

/** The text style at `index` of a paragraph (the run holding it). */
function styleAt(p: Paragraph, index: number): TextStyle {
  const run = (p.elements ?? []).find((e) => (e.startIndex ?? 0) <= index && index < (e.endIndex ?? 0));
  return run?.textRun?.textStyle ?? {};
}

/** Every paragraph under some structural elements, tables' cells included. */
function allParagraphs(content: StructuralElement[], out: Paragraph[] = []): Paragraph[] {
  for (const e of content) {
    if (e.paragraph) out.push(e.paragraph);
    else if (e.table)
      for (const row of e.table.tableRows ?? [])
        for (const cell of row.tableCells ?? []) allParagraphs(cell.content ?? [], out);
  }
  return out;
}

/** All the template's text, paragraph by paragraph (for the check of its placeholders). */
export function apiDocumentText(doc: ApiDocument): string {
  return segments(doc)
    .flatMap((s) => allParagraphs(s.content).map((p) => paragraphText(p).text))
    .join('\n');
}

/** The text inserted for a value: what the Docs API would strip, stripped here, so lengths agree. */
function insertable(value: string): string {
  return value.replace(STRIPPED, '');
}

/** A group of requests acting at and after `at` in one segment. */
interface Edit {
  segmentId: string;
  at: number;
  requests: DocsRequest[];
}

export interface FillPlan {
  requests: DocsRequest[];
  /** Row fields found outside a repeating row, as written: the document cannot be made. */
  misplaced: string[];
}

/**
 * The requests that fill a copy of `template` with `values` and `rowSets`. Placeholders the data
 * does not know are the caller's check (unknownPlaceholders) and are left as they are here.
 */
export function fillRequests(template: ApiDocument, values: PlaceholderValues, rowSets: RowSet[]): FillPlan {
  const setOf = new Map<string, RowSet>();
  for (const set of rowSets) for (const key of set.keys) setOf.set(placeholderKey(key), set);
  const scalar = new Map(Object.entries(values).map(([k, v]) => [placeholderKey(k), v]));
  const edits: Edit[] = [];
  const misplaced = new Set<string>();

  const range = (segmentId: string, startIndex: number, endIndex: number) =>
    segmentId ? { segmentId, startIndex, endIndex } : { startIndex, endIndex };
  const location = (segmentId: string, index: number) => (segmentId ? { segmentId, index } : { index });

  /** Requests that replace each placeholder of a paragraph, last first; `row` fills row fields. */
  const fillParagraph = (segmentId: string, p: Paragraph, row: PlaceholderValues | null): Edit[] => {
    const { start, text } = paragraphText(p);
    const rowValues = row ? new Map(Object.entries(row).map(([k, v]) => [placeholderKey(k), v])) : null;
    const out: Edit[] = [];
    for (const m of text.matchAll(BRACES)) {
      const key = placeholderKey(m[1]);
      let value: string | undefined;
      if (setOf.has(key)) {
        if (!rowValues) {
          misplaced.add(m[1]);
          continue;
        }
        value = rowValues.get(key) ?? '';
      } else value = scalar.get(key);
      if (value === undefined) continue;
      const s = start + (m.index ?? 0);
      const e = s + m[0].length;
      const insert = insertable(value);
      const requests: DocsRequest[] = [{ deleteContentRange: { range: range(segmentId, s, e) } }];
      if (insert !== '') {
        requests.push(
          { insertText: { location: location(segmentId, s), text: insert } },
          {
            updateTextStyle: {
              range: range(segmentId, s, s + insert.length),
              textStyle: styleAt(p, s),
              fields: TEXT_FIELDS,
            },
          },
        );
      }
      out.push({ segmentId, at: s, requests });
    }
    return out;
  };

  /** The text of a cell filled for one data row: its paragraphs' text joined by newlines. */
  const cellText = (paragraphs: Paragraph[], row: PlaceholderValues): string => {
    const rowValues = new Map(Object.entries(row).map(([k, v]) => [placeholderKey(k), v]));
    return paragraphs
      .map((p) =>
        insertable(
          paragraphText(p).text.replace(BRACES, (whole, name: string) => {
            const key = placeholderKey(name);
            const value = setOf.has(key) ? (rowValues.get(key) ?? '') : scalar.get(key);
            return value === undefined ? whole : value;
          }),
        )
          .split('\u0000')
          .join(''),
      )
      .join('\n');
  };

  /** The requests for a repeating row with its data rows (at least one). */
  const repeatRow = (
    segmentId: string,
    tableStart: number,
    rowIndex: number,
    row: TableRow,
    data: PlaceholderValues[],
  ): DocsRequest[] => {
    const requests: DocsRequest[] = [];
    const cells = row.tableCells ?? [];
    const tableStartLocation = location(segmentId, tableStart);
    for (let j = 1; j < data.length; j++) {
      requests.push({
        insertTableRow: {
          tableCellLocation: { tableStartLocation, rowIndex, columnIndex: 0 },
          insertBelow: true,
        },
      });
    }
    // An empty row: 1 for the row, and per cell 1 for the cell and 1 for its empty paragraph.
    const emptyRow = 1 + 2 * cells.length;
    const rowEnd = row.endIndex ?? 0;
    const cellParagraphs = cells.map((c) =>
      (c.content ?? []).filter((e) => e.paragraph).map((e) => e.paragraph!),
    );
    for (let j = data.length - 1; j >= 1; j--) {
      const newRowStart = rowEnd + (j - 1) * emptyRow;
      for (let c = cells.length - 1; c >= 0; c--) {
        const at = newRowStart + 1 + 2 * c + 1;
        const paragraphs = cellParagraphs[c];
        const text = cellText(paragraphs, data[j]);
        if (text !== '') requests.push({ insertText: { location: location(segmentId, at), text } });
        // Each paragraph of the new cell takes its template paragraph's style, and its text the
        // style of that paragraph's first character.
        let pos = at;
        text.split('\n').forEach((line, k) => {
          const model = paragraphs[Math.min(k, paragraphs.length - 1)];
          if (model) {
            requests.push({
              updateParagraphStyle: {
                range: range(segmentId, pos, pos + line.length + 1),
                paragraphStyle: paragraphStyleOf(model),
                fields: PARAGRAPH_FIELDS,
              },
            });
            if (line !== '')
              requests.push({
                updateTextStyle: {
                  range: range(segmentId, pos, pos + line.length),
                  textStyle: model.elements?.[0]?.textRun?.textStyle ?? {},
                  fields: TEXT_FIELDS,
                },
              });
          }
          pos += line.length + 1;
        });
      }
    }
    // The row itself, from the first data row.
    const own: Edit[] = [];
    for (const cell of cells)
      for (const p of allParagraphs(cell.content ?? [])) own.push(...fillParagraph(segmentId, p, data[0]));
    own.sort((a, b) => b.at - a.at);
    for (const e of own) requests.push(...e.requests);
    return requests;
  };

  const isRepeating = (row: TableRow): RowSet | null => {
    const text = (row.tableCells ?? [])
      .flatMap((c) => allParagraphs(c.content ?? []).map((p) => paragraphText(p).text))
      .join('\n');
    for (const name of findPlaceholders(text)) {
      const set = setOf.get(placeholderKey(name));
      if (set) return set;
    }
    return null;
  };

  const walk = (segmentId: string, content: StructuralElement[]) => {
    for (const e of content) {
      if (e.paragraph) edits.push(...fillParagraph(segmentId, e.paragraph, null));
      else if (e.table) walkTable(segmentId, e, e.table);
    }
  };

  const walkTable = (segmentId: string, element: StructuralElement, table: Table) => {
    const rows = table.tableRows ?? [];
    const sets = rows.map(isRepeating);
    const tableStart = element.startIndex ?? 0;
    if (sets.every((s) => s !== null && s.rows.length === 0)) {
      edits.push({
        segmentId,
        at: tableStart,
        requests: [{ deleteContentRange: { range: range(segmentId, tableStart, element.endIndex ?? 0) } }],
      });
      return;
    }
    rows.forEach((row, rowIndex) => {
      const set = sets[rowIndex];
      if (!set) {
        for (const cell of row.tableCells ?? []) walk(segmentId, cell.content ?? []);
        return;
      }
      const at = row.startIndex ?? 0;
      if (set.rows.length === 0) {
        const tableStartLocation = location(segmentId, tableStart);
        edits.push({
          segmentId,
          at,
          requests: [
            { deleteTableRow: { tableCellLocation: { tableStartLocation, rowIndex, columnIndex: 0 } } },
          ],
        });
      } else
        edits.push({ segmentId, at, requests: repeatRow(segmentId, tableStart, rowIndex, row, set.rows) });
    });
  };

  for (const segment of segments(template)) walk(segment.segmentId, segment.content);
  // Segments are independent; within one, from the end to the start.
  edits.sort((a, b) => (a.segmentId === b.segmentId ? b.at - a.at : a.segmentId < b.segmentId ? -1 : 1));
  return { requests: edits.flatMap((e) => e.requests), misplaced: [...misplaced] };
}

function paragraphStyleOf(p: Paragraph): ParagraphStyle {
  const style = p.paragraphStyle ?? {};
  const out: ParagraphStyle = {};
  if (style.alignment) out.alignment = style.alignment;
  if (style.namedStyleType) out.namedStyleType = style.namedStyleType;
  return out;
}

// ---- Content built by requests: the analytical note, and the copies of a print pack ----

/** A paragraph's text runs (text elements only), without its closing newline. */
function runsOf(p: Paragraph): Array<{ text: string; style: TextStyle }> {
  const runs: Array<{ text: string; style: TextStyle }> = [];
  for (const e of p.elements ?? []) {
    if (!e.textRun) continue;
    const text = insertable(e.textRun.content ?? '').replace(/\n/g, '');
    if (text !== '') runs.push({ text, style: e.textRun.textStyle ?? {} });
  }
  return runs;
}

const BULLET_PRESET = 'BULLET_DISC_CIRCLE_SQUARE';
const BORDER_FIELDS = 'borderTop,borderBottom,borderLeft,borderRight';

/**
 * Requests that insert `blocks` (paragraphs and tables, as documents.get gives them) before the
 * paragraph starting at `at`, in order, with their paragraph and text styles, tables with their
 * borders and column widths. Blocks are inserted last first, each at `at`, so no index moves under
 * a later request. A table is inserted with the newline InsertTableRequest puts before it; the
 * paragraph before the table fills that newline's paragraph, so the content comes out element for
 * element (a table with no paragraph before it keeps an empty one). Images, footnotes, page breaks
 * and tables inside cells are not carried over. Returns how many structural elements it makes.
 */
export function contentRequests(
  blocks: StructuralElement[],
  at: number,
): { requests: DocsRequest[]; elements: number } {
  const requests: DocsRequest[] = [];
  let elements = 0;
  /** Styles one paragraph whose text starts at `pos` (its runs) and ends with a newline. */
  /**
   * Styles one paragraph whose text starts at `pos`. In a new table's cell (`fresh`) a paragraph
   * starts as normal text aligned to the start, so a paragraph styled so needs no request.
   */
  const styleParagraph = (p: Paragraph, pos: number, bulletNext: boolean, fresh = false) => {
    const runs = runsOf(p);
    const length = runs.reduce((n, r) => n + r.text.length, 0);
    const range = { startIndex: pos, endIndex: pos + length + 1 };
    const style = paragraphStyleOf(p);
    const plain =
      (style.namedStyleType ?? 'NORMAL_TEXT') === 'NORMAL_TEXT' && (style.alignment ?? 'START') === 'START';
    if (!(fresh && plain))
      requests.push({ updateParagraphStyle: { range, paragraphStyle: style, fields: PARAGRAPH_FIELDS } });
    if (p.bullet) requests.push({ createParagraphBullets: { range, bulletPreset: BULLET_PRESET } });
    // A paragraph inserted before a list item takes its bullet (InsertTextRequest.text).
    else if (bulletNext) requests.push({ deleteParagraphBullets: { range } });
    let off = pos;
    for (const run of runs) {
      requests.push({
        updateTextStyle: {
          range: { startIndex: off, endIndex: off + run.text.length },
          textStyle: run.style,
          fields: TEXT_FIELDS,
        },
      });
      off += run.text.length;
    }
    return length;
  };
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.paragraph) {
      const text = runsOf(block.paragraph)
        .map((r) => r.text)
        .join('');
      const insert = next?.table ? text : `${text}\n`;
      if (insert !== '') requests.push({ insertText: { location: { index: at }, text: insert } });
      styleParagraph(block.paragraph, at, !next?.table && !!next?.paragraph?.bullet);
      elements += 1;
    } else if (block.table) {
      const rows = block.table.tableRows ?? [];
      const columns = Math.max(1, ...rows.map((r) => (r.tableCells ?? []).length));
      requests.push({ insertTable: { rows: rows.length, columns, location: { index: at } } });
      const start = at + 1;
      const tableStartLocation = { index: start };
      const border = rows[0]?.tableCells?.[0]?.tableCellStyle?.borderTop;
      if (border?.width) {
        requests.push({
          updateTableCellStyle: {
            tableStartLocation,
            tableCellStyle: {
              borderTop: border,
              borderBottom: border,
              borderLeft: border,
              borderRight: border,
            },
            fields: BORDER_FIELDS,
          },
        });
      }
      (block.table.tableStyle?.tableColumnProperties ?? []).forEach((props, c) => {
        if (props.widthType !== 'FIXED_WIDTH' || !props.width) return;
        requests.push({
          updateTableColumnProperties: {
            tableStartLocation,
            columnIndices: [c],
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: props.width },
            fields: 'width,widthType',
          },
        });
      });
      // An empty row: 1 for the row, and per cell 1 for the cell and 1 for its empty paragraph.
      const rowLength = 1 + 2 * columns;
      for (let r = rows.length - 1; r >= 0; r--) {
        const cells = rows[r].tableCells ?? [];
        for (let c = cells.length - 1; c >= 0; c--) {
          const pos = start + 1 + r * rowLength + 1 + 2 * c + 1;
          const paragraphs = (cells[c].content ?? []).filter((e) => e.paragraph).map((e) => e.paragraph!);
          const text = paragraphs
            .map((p) =>
              runsOf(p)
                .map((run) => run.text)
                .join(''),
            )
            .join('\n');
          if (text !== '') requests.push({ insertText: { location: { index: pos }, text } });
          let off = pos;
          paragraphs.forEach((p, k) => {
            off += styleParagraph(p, off, !!paragraphs[k + 1]?.bullet && !p.bullet, k === 0) + 1;
          });
        }
      }
      elements += i > 0 && blocks[i - 1].paragraph ? 1 : 2;
    }
  }
  return { requests, elements };
}

// ---- A filled copy of a template as content (for a print pack) ----

/** A paragraph with each placeholder replaced, the value in the placeholder's first character's style. */
function filledParagraph(p: Paragraph, value: (name: string) => string | undefined): Paragraph {
  const chars: Array<{ ch: string; style: TextStyle }> = [];
  for (const e of p.elements ?? []) {
    if (!e.textRun) continue;
    const style = e.textRun.textStyle ?? {};
    for (const ch of (e.textRun.content ?? '').replace(/\n$/, '')) chars.push({ ch, style });
  }
  const text = chars.map((c) => c.ch).join('');
  const out: Array<{ ch: string; style: TextStyle }> = [];
  let last = 0;
  for (const m of text.matchAll(BRACES)) {
    const at = m.index ?? 0;
    const v = value(m[1]);
    if (v === undefined) continue;
    out.push(...chars.slice(last, at));
    const style = chars[at]?.style ?? {};
    for (const ch of insertable(v)) out.push({ ch, style });
    last = at + m[0].length;
  }
  out.push(...chars.slice(last));
  // Runs of one style, as documents.get would give them.
  const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
  for (const c of out) {
    const prev = elements[elements.length - 1];
    if (prev && prev.textRun!.textStyle === c.style) prev.textRun!.content += c.ch;
    else elements.push({ textRun: { content: c.ch, textStyle: c.style } });
  }
  return { ...p, elements };
}

/**
 * The length of content in the Docs API's index units, which is near enough what Google's limit of
 * 1.02 million characters a document counts: a paragraph's text with its newline; a table 1 at its
 * start and end, 1 per row and per cell, and the cells' content.
 */
export function contentLength(blocks: StructuralElement[]): number {
  let n = 0;
  for (const e of blocks) {
    if (e.paragraph) for (const el of e.paragraph.elements ?? []) n += el.textRun?.content?.length ?? 1;
    else if (e.table) {
      n += 2;
      for (const row of e.table.tableRows ?? []) {
        n += 1;
        for (const cell of row.tableCells ?? []) n += 1 + contentLength(cell.content ?? []);
      }
    }
  }
  return n;
}

/**
 * The template's body filled with the data, as content for contentRequests: placeholders replaced,
 * each repeating row once per data row (none: the row goes; a table whose every row repeats with no
 * data goes). What a document made from the template holds, without making it.
 */
export function filledContent(
  template: ApiDocument,
  values: PlaceholderValues,
  rowSets: RowSet[],
): StructuralElement[] {
  const setOf = new Map<string, RowSet>();
  for (const set of rowSets) for (const key of set.keys) setOf.set(placeholderKey(key), set);
  const scalar = new Map(Object.entries(values).map(([k, v]) => [placeholderKey(k), v]));
  const valueOf = (row: PlaceholderValues | null) => {
    const rowValues = row ? new Map(Object.entries(row).map(([k, v]) => [placeholderKey(k), v])) : null;
    return (name: string) => {
      const key = placeholderKey(name);
      if (setOf.has(key)) return rowValues ? (rowValues.get(key) ?? '') : undefined;
      return scalar.get(key);
    };
  };
  const fill = (content: StructuralElement[], row: PlaceholderValues | null): StructuralElement[] =>
    content.flatMap((e): StructuralElement[] => {
      if (e.paragraph) return [{ paragraph: filledParagraph(e.paragraph, valueOf(row)) }];
      if (!e.table) return [];
      const rows: TableRow[] = [];
      for (const r of e.table.tableRows ?? []) {
        const text = (r.tableCells ?? [])
          .flatMap((c) => allParagraphs(c.content ?? []).map((p) => paragraphText(p).text))
          .join('\n');
        const set = findPlaceholders(text)
          .map((n) => setOf.get(placeholderKey(n)))
          .find((s) => s);
        const data = set ? set.rows : [row];
        for (const d of data)
          rows.push({
            ...r,
            tableCells: (r.tableCells ?? []).map((c) => ({ ...c, content: fill(c.content ?? [], d) })),
          });
      }
      return rows.length === 0 ? [] : [{ table: { ...e.table, tableRows: rows } }];
    });
  return fill(
    (template.body?.content ?? []).filter((e) => !e.sectionBreak),
    null,
  );
}
