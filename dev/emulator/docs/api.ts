// The Google Docs API (v1) over the emulator's document model (model.ts): what the advanced Docs
// service (`Docs.Documents.get`, `.create`, `.batchUpdate`) sees and changes.
//
// Indexes follow the Docs API's structure guide (developers.google.com/docs/api/concepts/structure):
// offsets in UTF-16 code units; the body starts with a section break [0, 1); a paragraph takes its
// elements (a text run its length, a page break or a horizontal rule 1) plus its closing newline; a
// table takes 1 at its start, 1 per row, 1 per cell, the cells' content, and 1 at its end. Headers
// and footers are segments of their own, starting at 0.
//
// batchUpdate (reference/rest/v1/documents/batchUpdate) applies its requests in order, each seeing
// the document the previous ones left, and atomically: a request Google would refuse (a 400) leaves
// the document as it was. The request types the add-on uses are emulated; any other throws
// `Not emulated: Docs.Documents.batchUpdate(<type>)`.
import { notEmulated } from '../core';
import {
  type Attrs,
  type BlockNode,
  type DocContent,
  type Inline,
  type ParagraphNode,
  type SectionNode,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
  clone,
  paragraph,
} from './model';

type ApiDocument = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;
type Request = GoogleAppsScript.Docs.Schema.Request;
type Response = GoogleAppsScript.Docs.Schema.Response;

/** Ids of the default header and footer segments (Google's look like «kix.…»). */
export const HEADER_ID = 'kix.header0';
export const FOOTER_ID = 'kix.footer0';

/** A request Google answers with 400 INVALID_ARGUMENT: the message as the advanced service throws it. */
export class DocsApiError extends Error {
  constructor(method: string, message: string) {
    super(`API call to docs.documents.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
  }
}

// ---- Layout: the index of every structural element ----

interface ParagraphAt {
  kind: 'paragraph';
  node: ParagraphNode;
  start: number;
  end: number;
  /** The block list holding it (a section's or a cell's). */
  list: BlockNode[];
}

interface CellAt {
  node: TableCellNode;
  start: number;
  end: number;
  content: Array<ParagraphAt | TableAt>;
}

interface RowAt {
  node: TableRowNode;
  start: number;
  end: number;
  cells: CellAt[];
}

interface TableAt {
  kind: 'table';
  node: TableNode;
  start: number;
  end: number;
  list: BlockNode[];
  rows: RowAt[];
}

type BlockAt = ParagraphAt | TableAt;

function inlineLength(item: Inline): number {
  return item.type === 'TEXT' ? item.text.length : 1;
}

function paragraphLength(p: ParagraphNode): number {
  return p.inline.reduce((n, item) => n + inlineLength(item), 0) + 1;
}

/**
 * The blocks of a list with their positions. A list that ends with a table (or is empty) gets the
 * empty paragraph a Google Doc has there (`normalize`) as a paragraph of the view only, not added
 * to the list: Documents.get lays the stored content out without copying it. (applyRequests works
 * on normalized content, where no such paragraph is ever added.)
 */
function layoutBlocks(list: BlockNode[], start: number): BlockAt[] {
  const out: BlockAt[] = [];
  let at = start;
  for (const node of list) {
    if (node.type === 'TABLE') {
      const table = layoutTable(node, list, at);
      out.push(table);
      at = table.end;
    } else {
      const end = at + paragraphLength(node);
      out.push({ kind: 'paragraph', node, start: at, end, list });
      at = end;
    }
  }
  if (needsClosingParagraph(list))
    out.push({ kind: 'paragraph', node: paragraph(''), start: at, end: at + 1, list });
  return out;
}

/** A segment or cell must end with a paragraph (structure guide); `normalize` adds one where it does not. */
function needsClosingParagraph(list: readonly BlockNode[]): boolean {
  return list.length === 0 || list[list.length - 1].type === 'TABLE';
}

/** The length of a block list in index units, with the closing paragraph `normalize` would add. */
function blocksLength(list: readonly BlockNode[]): number {
  let n = needsClosingParagraph(list) ? 1 : 0;
  for (const node of list) {
    if (node.type !== 'TABLE') {
      n += paragraphLength(node);
      continue;
    }
    n += 2; // the table's start and end
    for (const row of node.rows) {
      n += 1;
      for (const c of row.cells) n += 1 + blocksLength(c.children);
    }
  }
  return n;
}

/**
 * The size of a document in the Docs API's index units: the end index of each segment (the body's
 * section break included) summed over the body, the header and the footer (the model holds no
 * footnotes). One pass over the nodes, nothing allocated.
 */
export function documentSize(content: DocContent): number {
  let n = 1 + blocksLength(content.body.children);
  if (content.header) n += blocksLength(content.header.children);
  if (content.footer) n += blocksLength(content.footer.children);
  return n;
}

function layoutTable(node: TableNode, list: BlockNode[], start: number): TableAt {
  let at = start + 1;
  const rows: RowAt[] = node.rows.map((row) => {
    const rowStart = at;
    at += 1;
    const cells: CellAt[] = row.cells.map((cell) => {
      const cellStart = at;
      const content = layoutBlocks(cell.children, cellStart + 1);
      at = content.length > 0 ? content[content.length - 1].end : cellStart + 1;
      return { node: cell, start: cellStart, end: at, content };
    });
    return { node: row, start: rowStart, end: at, cells };
  });
  return { kind: 'table', node, start, end: at + 1, list, rows };
}

/** Where a segment's content starts: after the body's section break, or at 0. */
function segmentStart(section: SectionNode): number {
  return section.type === 'BODY_SECTION' ? 1 : 0;
}

function layout(section: SectionNode): BlockAt[] {
  return layoutBlocks(section.children, segmentStart(section));
}

// ---- The walk: positions laid out lazily, kept for one batchUpdate ----
//
// A batch of thousands of requests (an order for a district's pairs, a print pack of hundreds of
// programmes) laid the whole document out again for each request: quadratic. Within one
// applyRequests each segment keeps a walk: the structural elements in document order with their
// positions, laid out only as far as a request needs. An edit cuts the walk at the first element
// it changes (`cut`), so positions before it stay and those after are laid out again on demand:
// a request costs what lies between the last edit and its index, not the whole document.
//
// An element's path: [block] in the segment; a table's block then [row] (a row's start), [row,
// cell] (a cell's start), [row, cell, block] inside the cell, and so on; [TABLE_END] is the
// table's end. Paths in lexicographic order are document order.

const TABLE_END = Number.MAX_SAFE_INTEGER;
type Path = number[];

interface Entry {
  kind: 'paragraph' | 'table' | 'row' | 'cell' | 'tableEnd';
  start: number;
  end: number;
  path: Path;
}
type ParagraphEntry = ParagraphAt & { path: Path };
interface TableEntry extends Entry {
  kind: 'table';
  node: TableNode;
  list: BlockNode[];
}
type AnyEntry = ParagraphEntry | TableEntry | (Entry & { kind: 'row' | 'cell' | 'tableEnd' });

interface Walk {
  entries: AnyEntry[];
  /** The path of the next element to lay out; null when the segment is laid out to its end. */
  next: Path | null;
  /** Where the next element starts (the segment's end once `next` is null). */
  pos: number;
}
let walks: Map<SectionNode, Walk> | null = null;

function walkOf(section: SectionNode): Walk {
  let w = walks?.get(section);
  if (!w) {
    w = { entries: [], next: section.children.length > 0 ? [0] : null, pos: segmentStart(section) };
    walks?.set(section, w);
  }
  return w;
}

/** The block list holding the block whose index is path[k]. */
function blockList(section: SectionNode, path: Path, k: number): BlockNode[] {
  let list = section.children;
  for (let i = 0; i + 3 <= k; i += 3) {
    const table = list[path[i]] as TableNode;
    list = table.rows[path[i + 1]].cells[path[i + 2]].children;
  }
  return list;
}

function tableOf(section: SectionNode, tablePath: Path): TableNode {
  return blockList(section, tablePath, tablePath.length - 1)[tablePath[tablePath.length - 1]] as TableNode;
}

/** The element after a cell's content: the next cell, the next row, or the table's end. */
function afterCell(section: SectionNode, cellPath: Path): Path {
  const tablePath = cellPath.slice(0, -2);
  const table = tableOf(section, tablePath);
  const r = cellPath[cellPath.length - 2];
  const c = cellPath[cellPath.length - 1];
  if (c + 1 < table.rows[r].cells.length) return [...tablePath, r, c + 1];
  if (r + 1 < table.rows.length) return [...tablePath, r + 1];
  return [...tablePath, TABLE_END];
}

/** The element after a block and all it holds. */
function afterBlock(section: SectionNode, blockPath: Path): Path | null {
  const k = blockPath.length - 1;
  if (blockPath[k] + 1 < blockList(section, blockPath, k).length)
    return [...blockPath.slice(0, k), blockPath[k] + 1];
  return k === 0 ? null : afterCell(section, blockPath.slice(0, k));
}

/** Lays out the next element. */
function step(section: SectionNode, w: Walk): void {
  const path = w.next!;
  const start = w.pos;
  let entry: AnyEntry;
  switch (path.length % 3) {
    case 1: {
      const list = blockList(section, path, path.length - 1);
      const node = list[path[path.length - 1]];
      if (node.type === 'TABLE') {
        entry = { kind: 'table', start, end: start + 1, path, node, list };
        w.next = [...path, node.rows.length > 0 ? 0 : TABLE_END];
      } else {
        entry = { kind: 'paragraph', start, end: start + paragraphLength(node), path, node, list };
        w.next = afterBlock(section, path);
      }
      break;
    }
    case 2:
      if (path[path.length - 1] === TABLE_END) {
        entry = { kind: 'tableEnd', start, end: start + 1, path };
        w.next = afterBlock(section, path.slice(0, -1));
      } else {
        entry = { kind: 'row', start, end: start + 1, path };
        w.next = [...path, 0];
      }
      break;
    default: {
      entry = { kind: 'cell', start, end: start + 1, path };
      const cell = tableOf(section, path.slice(0, -2)).rows[path[path.length - 2]].cells[
        path[path.length - 1]
      ];
      w.next = cell.children.length > 0 ? [...path, 0] : afterCell(section, path);
    }
  }
  w.entries.push(entry);
  w.pos = entry.end;
}

/** Lays out until the element holding `index` is laid out (or the segment ends). */
function reach(section: SectionNode, index: number): Walk {
  const w = walkOf(section);
  while (w.next && w.pos <= index) step(section, w);
  return w;
}

/** The first laid-out entry that ends after `index`. */
function firstEndingAfter(entries: readonly Entry[], index: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The element holding `index`, if the segment reaches it. */
function entryAt(section: SectionNode, index: number): AnyEntry | undefined {
  const w = reach(section, index);
  const e = w.entries[firstEndingAfter(w.entries, index)];
  return e && e.start <= index ? e : undefined;
}

/** The paragraphs the range [start, end) touches, in order. */
function paragraphsIn(section: SectionNode, start: number, end: number): ParagraphEntry[] {
  const w = reach(section, end - 1);
  const out: ParagraphEntry[] = [];
  for (let k = firstEndingAfter(w.entries, start); k < w.entries.length; k++) {
    const e = w.entries[k];
    if (e.start >= end) break;
    if (e.kind === 'paragraph') out.push(e);
  }
  return out;
}

/** Every paragraph of a segment, tables' cells included. */
function allParagraphs(section: SectionNode): ParagraphEntry[] {
  return paragraphsIn(section, segmentStart(section), Number.MAX_SAFE_INTEGER);
}

function tableStartingAt(section: SectionNode, index: unknown): TableEntry | undefined {
  if (typeof index !== 'number') return undefined;
  const e = entryAt(section, index);
  return e?.kind === 'table' && e.start === index ? e : undefined;
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * An edit changed the element at `path` and may have moved everything after it: the walk keeps
 * what lies before and lays out the rest again when asked, from `resume` (the element now at
 * `path`, or the next one when `path`'s element is gone).
 */
function cut(section: SectionNode, path: Path, resume: Path = path): void {
  const w = walks?.get(section);
  if (!w) return;
  let lo = 0;
  let hi = w.entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePaths(w.entries[mid].path, path) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo === w.entries.length) {
    // Nothing at or after `path` is laid out: the walk goes on from where it stopped, unless it
    // was to go on past `path` (an element made before it, as a row above the next one to lay out).
    if (!w.next || comparePaths(w.next, path) >= 0) w.next = resume;
    return;
  }
  // The element at `path` starts where the first element cut away did (a new row's path may be
  // laid out for the first time).
  w.next = resume;
  w.pos = w.entries[lo].start;
  w.entries.length = lo;
}

/** Every walk laid out again from the start (an edit the walk cannot place). */
function forget(): void {
  walks?.clear();
}

// ---- Styles: the model's attributes as the API's TextStyle and ParagraphStyle ----

const ALIGN_TO_API: Record<string, string> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};
const ALIGN_FROM_API = Object.fromEntries(Object.entries(ALIGN_TO_API).map(([k, v]) => [v, k]));
const HEADING_TO_API: Record<string, string> = {
  NORMAL: 'NORMAL_TEXT',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};
const HEADING_FROM_API = Object.fromEntries(Object.entries(HEADING_TO_API).map(([k, v]) => [v, k]));

function hexToRgb(hex: string): GoogleAppsScript.Docs.Schema.OptionalColor {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return {};
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return { color: { rgbColor: { red: r, green: g, blue: b } } };
}

function rgbToHex(color: GoogleAppsScript.Docs.Schema.OptionalColor | undefined): string | null {
  const rgb = color?.color?.rgbColor;
  if (!rgb) return null;
  const h = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${h(rgb.red)}${h(rgb.green)}${h(rgb.blue)}`;
}

/** The TextStyle fields the model holds, by API name → model attribute. */
const TEXT_FIELDS: Record<string, string> = {
  bold: 'BOLD',
  italic: 'ITALIC',
  underline: 'UNDERLINE',
  strikethrough: 'STRIKETHROUGH',
  fontSize: 'FONT_SIZE',
  weightedFontFamily: 'FONT_FAMILY',
  foregroundColor: 'FOREGROUND_COLOR',
  backgroundColor: 'BACKGROUND_COLOR',
  link: 'LINK_URL',
};
/** TextStyle fields the model cannot hold: `*` resets them (nothing to do), naming one is not emulated. */
const TEXT_FIELDS_OTHER = new Set(['smallCaps', 'baselineOffset']);

const PARAGRAPH_FIELDS: Record<string, string> = {
  alignment: 'HORIZONTAL_ALIGNMENT',
  namedStyleType: 'HEADING',
};

export function textStyleOf(attrs: Attrs): TextStyle {
  const s: TextStyle = {};
  const set = (v: unknown) => v !== null && v !== undefined;
  if (set(attrs.BOLD)) s.bold = Boolean(attrs.BOLD);
  if (set(attrs.ITALIC)) s.italic = Boolean(attrs.ITALIC);
  if (set(attrs.UNDERLINE)) s.underline = Boolean(attrs.UNDERLINE);
  if (set(attrs.STRIKETHROUGH)) s.strikethrough = Boolean(attrs.STRIKETHROUGH);
  if (set(attrs.FONT_SIZE)) s.fontSize = { magnitude: Number(attrs.FONT_SIZE), unit: 'PT' };
  if (set(attrs.FONT_FAMILY)) s.weightedFontFamily = { fontFamily: String(attrs.FONT_FAMILY), weight: 400 };
  if (set(attrs.FOREGROUND_COLOR)) s.foregroundColor = hexToRgb(String(attrs.FOREGROUND_COLOR));
  if (set(attrs.BACKGROUND_COLOR)) s.backgroundColor = hexToRgb(String(attrs.BACKGROUND_COLOR));
  if (set(attrs.LINK_URL)) s.link = { url: String(attrs.LINK_URL) };
  return s;
}

function textAttrFromApi(field: string, style: TextStyle): unknown {
  switch (field) {
    case 'fontSize':
      return style.fontSize?.magnitude ?? null;
    case 'weightedFontFamily':
      return style.weightedFontFamily?.fontFamily ?? null;
    case 'foregroundColor':
      return rgbToHex(style.foregroundColor);
    case 'backgroundColor':
      return rgbToHex(style.backgroundColor);
    case 'link':
      return style.link?.url ?? null;
    default: {
      const v = (style as Record<string, unknown>)[field];
      return v === undefined || v === null ? null : Boolean(v);
    }
  }
}

export function paragraphStyleOf(attrs: Attrs): ParagraphStyle {
  const heading = (attrs.HEADING as string | undefined) ?? 'NORMAL';
  const s: ParagraphStyle = { namedStyleType: HEADING_TO_API[heading] ?? 'NORMAL_TEXT' };
  const align = attrs.HORIZONTAL_ALIGNMENT as string | undefined;
  if (align) s.alignment = ALIGN_TO_API[align];
  return s;
}

/** The `fields` mask: '*' or a comma-separated list of top-level names. */
function fieldList(
  fields: unknown,
  known: Record<string, string>,
  other: Set<string>,
  what: string,
  where: string,
): string[] {
  if (typeof fields !== 'string' || fields.trim() === '')
    throw new DocsApiError('batchUpdate', `Invalid ${where}: fields must be specified.`);
  if (fields.trim() === '*') return Object.keys(known);
  const names = fields.split(',').map((f) => f.trim());
  for (const name of names) {
    if (known[name]) continue;
    if (other.has(name)) notEmulated(`${what} field ${name}`);
    throw new DocsApiError('batchUpdate', `Invalid ${where}: Invalid field: ${name}`);
  }
  return names;
}

// ---- Documents.get ----

function inlineToApi(p: ParagraphAt): GoogleAppsScript.Docs.Schema.ParagraphElement[] {
  const out: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
  let at = p.start;
  for (const item of p.node.inline) {
    const len = inlineLength(item);
    if (item.type === 'TEXT') {
      if (len === 0) continue;
      out.push({
        startIndex: at,
        endIndex: at + len,
        textRun: { content: item.text, textStyle: textStyleOf(item.attrs) },
      });
    } else if (item.type === 'PAGE_BREAK') {
      out.push({ startIndex: at, endIndex: at + 1, pageBreak: { textStyle: {} } });
    } else if (item.type === 'INLINE_IMAGE') {
      // One index, as every inline object (docs/api/concepts/structure); the document's
      // inlineObjects map (size, content URI) is not emulated (check).
      out.push({
        startIndex: at,
        endIndex: at + 1,
        inlineObjectElement: { inlineObjectId: `kix.image${at}`, textStyle: {} },
      });
    } else {
      out.push({ startIndex: at, endIndex: at + 1, horizontalRule: { textStyle: {} } });
    }
    at += len;
  }
  // The closing newline belongs to the last text run (or is a run of its own), with its style.
  const last = out[out.length - 1];
  if (last?.textRun) {
    last.textRun.content += '\n';
    last.endIndex! += 1;
  } else {
    const lastText = [...p.node.inline].reverse().find((i) => i.type === 'TEXT') as
      { attrs: Attrs } | undefined;
    out.push({
      startIndex: at,
      endIndex: at + 1,
      textRun: { content: '\n', textStyle: textStyleOf(lastText?.attrs ?? {}) },
    });
  }
  return out;
}

function blocksToApi(blocks: BlockAt[]): StructuralElement[] {
  return blocks.map((b) => {
    if (b.kind === 'paragraph') {
      const para: GoogleAppsScript.Docs.Schema.Paragraph = {
        elements: inlineToApi(b),
        paragraphStyle: paragraphStyleOf(b.node.attrs),
      };
      if (b.node.type === 'LIST_ITEM')
        para.bullet = { listId: 'kix.list0', nestingLevel: Number(b.node.attrs.NESTING_LEVEL ?? 0) };
      return { startIndex: b.start, endIndex: b.end, paragraph: para };
    }
    const columns = Math.max(0, ...b.rows.map((r) => r.cells.length));
    const cellStyle = tableCellStyleOf(b.node.attrs);
    const widths = (b.node.attrs.COLUMN_WIDTHS ?? {}) as Record<string, number>;
    return {
      startIndex: b.start,
      endIndex: b.end,
      table: {
        rows: b.rows.length,
        columns,
        tableStyle: {
          tableColumnProperties: Array.from({ length: columns }, (_, c) =>
            widths[c]
              ? { widthType: 'FIXED_WIDTH', width: { magnitude: widths[c], unit: 'PT' } }
              : { widthType: 'EVENLY_DISTRIBUTED' },
          ),
        },
        tableRows: b.rows.map((r) => ({
          startIndex: r.start,
          endIndex: r.end,
          tableCells: r.cells.map((c) => ({
            startIndex: c.start,
            endIndex: c.end,
            content: blocksToApi(c.content),
            tableCellStyle: clone(cellStyle),
          })),
        })),
      },
    };
  });
}

/**
 * In a Google Doc a segment and a table cell always end with a paragraph: a table appended at the
 * end (DocumentApp's appendTable) is followed by an empty one. The model may lack it; the API's view
 * adds it, so indexes agree with Google's (structure guide: «the last element of a body, header,
 * footer or cell is a paragraph») (check).
 */
export function normalize(content: DocContent): DocContent {
  const fix = (list: BlockNode[]) => {
    for (const b of list)
      if (b.type === 'TABLE') for (const r of b.rows) for (const c of r.cells) fix(c.children);
    if (list.length === 0 || list[list.length - 1].type === 'TABLE') list.push(paragraph(''));
  };
  for (const section of [content.body, content.header, content.footer]) if (section) fix(section.children);
  return content;
}

/**
 * Documents.get: the document as the API returns it (the parts the model holds), with the revision
 * id when one is given. Built of new objects only (the stored content's strings aside, which cannot
 * change): a caller changing what it got changes nothing stored, so `content` is read, not copied.
 */
export function toApiDocument(
  id: string,
  title: string,
  content: DocContent,
  revisionId?: string,
): ApiDocument {
  const doc: ApiDocument = {
    documentId: id,
    title,
    ...(revisionId === undefined ? {} : { revisionId }),
    body: {
      content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...blocksToApi(layout(content.body))],
    },
    documentStyle: {},
  };
  if (content.header) {
    doc.headers = { [HEADER_ID]: { headerId: HEADER_ID, content: blocksToApi(layout(content.header)) } };
    doc.documentStyle!.defaultHeaderId = HEADER_ID;
  }
  if (content.footer) {
    doc.footers = { [FOOTER_ID]: { footerId: FOOTER_ID, content: blocksToApi(layout(content.footer)) } };
    doc.documentStyle!.defaultFooterId = FOOTER_ID;
  }
  return doc;
}

// ---- Documents.batchUpdate ----

/** Characters insertText strips (InsertTextRequest.text): some controls and the BMP private use area. */
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

const EMULATED_REQUESTS = [
  'replaceAllText',
  'insertText',
  'deleteContentRange',
  'insertTableRow',
  'deleteTableRow',
  'updateTextStyle',
  'updateParagraphStyle',
  'insertTable',
  'insertPageBreak',
  'createParagraphBullets',
  'deleteParagraphBullets',
  'updateTableCellStyle',
  'updateTableColumnProperties',
] as const;

/**
 * The most a Google Doc holds: «Documents: Up to 1.02 million characters» (Google Drive Help, «Files
 * you can store in Google Drive», support.google.com/drive/answer/37603). Counted as the Docs API
 * counts: the segments' end indexes (`documentSize`), so a table's cells and rows, page breaks and
 * the closing newlines count too (strict: not documented how Google counts).
 */
export const MAX_DOCUMENT_SIZE = 1_020_000;

/** The message for a document over MAX_DOCUMENT_SIZE (strict: not documented, Google's wording unknown). */
export function tooLargeMessage(size: number): string {
  return `The document would have ${size} characters; a Google Doc holds at most ${MAX_DOCUMENT_SIZE}.`;
}

/**
 * Applies `requests` to a copy of `content` and returns it with the replies; throws (leaving
 * `content` untouched) at the first request Google would refuse, or when the result would be
 * larger than a Google Doc holds (MAX_DOCUMENT_SIZE, checked once for the whole batch).
 */
export function applyRequests(
  content: DocContent,
  requests: readonly Request[],
): { content: DocContent; replies: Response[] } {
  if (!Array.isArray(requests) || requests.length === 0)
    throw new DocsApiError('batchUpdate', 'Invalid JSON payload: requests must not be empty.');
  const doc = normalize(clone(content));
  const replies: Response[] = [];
  walks = new Map();
  try {
    requests.forEach((request, i) => {
      const kinds = Object.keys(request ?? {}).filter((k) => (request as Record<string, unknown>)[k] != null);
      if (kinds.length !== 1)
        throw new DocsApiError(
          'batchUpdate',
          `Invalid requests[${i}]: exactly one request kind must be set.`,
        );
      const kind = kinds[0];
      if (!(EMULATED_REQUESTS as readonly string[]).includes(kind))
        notEmulated(`Docs.Documents.batchUpdate(${kind})`);
      const where = `requests[${i}].${kind}`;
      const body = (request as Record<string, unknown>)[kind] as Record<string, unknown>;
      replies.push(apply(doc, kind as (typeof EMULATED_REQUESTS)[number], body, where));
      if (!KEEPS_WALK.has(kind)) forget();
    });
  } finally {
    walks = null;
  }
  const size = documentSize(doc);
  if (size > MAX_DOCUMENT_SIZE)
    throw new DocsApiError('batchUpdate', `Invalid requests: ${tooLargeMessage(size)}`);
  return { content: doc, replies };
}

/** Requests that move no position, or cut the walk where they change it (`cut`). */
const KEEPS_WALK: ReadonlySet<string> = new Set([
  'updateTextStyle',
  'updateParagraphStyle',
  'updateTableCellStyle',
  'updateTableColumnProperties',
  'createParagraphBullets',
  'deleteParagraphBullets',
  'insertText',
  'deleteContentRange',
  'insertTableRow',
  'deleteTableRow',
  'insertTable',
  'insertPageBreak',
]);

function bad(where: string, message: string): never {
  throw new DocsApiError('batchUpdate', `Invalid ${where}: ${message}`);
}

function segmentOf(doc: DocContent, segmentId: unknown, where: string): SectionNode {
  if (segmentId === undefined || segmentId === null || segmentId === '') return doc.body;
  if (segmentId === HEADER_ID && doc.header) return doc.header;
  if (segmentId === FOOTER_ID && doc.footer) return doc.footer;
  return bad(where, `Segment with ID ${String(segmentId)} was not found.`);
}

function checkIndex(section: SectionNode, index: unknown, where: string, inclusiveEnd = false): number {
  if (typeof index !== 'number' || !Number.isInteger(index))
    bad(where, 'The index must be set and must be an integer.');
  const min = segmentStart(section);
  if (index < min) bad(where, `Index ${index} must be greater than or equal to ${min}.`);
  // Laid out up to the index: while the walk goes on, the segment ends after it.
  const w = reach(section, inclusiveEnd ? index - 1 : index);
  const end = w.next ? Infinity : w.pos;
  if (inclusiveEnd ? index > end : index >= end)
    bad(where, `Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  return index;
}

function apply(
  doc: DocContent,
  kind: (typeof EMULATED_REQUESTS)[number],
  body: Record<string, unknown>,
  where: string,
): Response {
  switch (kind) {
    case 'insertText':
      return insertText(doc, body, where);
    case 'deleteContentRange':
      return deleteContentRange(doc, body, where);
    case 'insertTableRow':
      return insertTableRow(doc, body, where);
    case 'deleteTableRow':
      return deleteTableRow(doc, body, where);
    case 'updateTextStyle':
      return updateTextStyle(doc, body, where);
    case 'updateParagraphStyle':
      return updateParagraphStyle(doc, body, where);
    case 'replaceAllText':
      return replaceAllText(doc, body, where);
    case 'insertTable':
      return insertTable(doc, body, where);
    case 'insertPageBreak':
      return insertPageBreak(doc, body, where);
    case 'createParagraphBullets':
      return createParagraphBullets(doc, body, where);
    case 'deleteParagraphBullets':
      return deleteParagraphBullets(doc, body, where);
    case 'updateTableCellStyle':
      return updateTableCellStyle(doc, body, where);
    case 'updateTableColumnProperties':
      return updateTableColumnProperties(doc, body, where);
  }
}

// -- inline editing --

/** Splits a paragraph's inline elements at a text offset: [before, after]. */
function splitInline(inline: Inline[], offset: number): [Inline[], Inline[]] {
  const before: Inline[] = [];
  const after: Inline[] = [];
  let at = 0;
  for (const item of inline) {
    const len = inlineLength(item);
    if (at + len <= offset) before.push(item);
    else if (at >= offset) after.push(item);
    else {
      const t = item as Extract<Inline, { type: 'TEXT' }>;
      before.push({ type: 'TEXT', text: t.text.slice(0, offset - at), attrs: clone(t.attrs) });
      after.push({ type: 'TEXT', text: t.text.slice(offset - at), attrs: clone(t.attrs) });
    }
    at += len;
  }
  return [before, after];
}

function merged(inline: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of inline) {
    if (item.type === 'TEXT' && item.text === '') continue;
    const last = out[out.length - 1];
    if (
      item.type === 'TEXT' &&
      last?.type === 'TEXT' &&
      JSON.stringify(last.attrs) === JSON.stringify(item.attrs)
    ) {
      last.text += item.text;
    } else out.push(item);
  }
  return out;
}

function textAttrsAround(before: Inline[], after: Inline[]): Attrs {
  const prev = [...before].reverse().find((i) => i.type === 'TEXT') as { attrs: Attrs } | undefined;
  if (prev) return clone(prev.attrs);
  const next = after.find((i) => i.type === 'TEXT') as { attrs: Attrs } | undefined;
  return next ? clone(next.attrs) : {};
}

function paragraphAt(section: SectionNode, index: number): ParagraphEntry | undefined {
  const e = entryAt(section, index);
  return e?.kind === 'paragraph' ? e : undefined;
}

/** `index` is the segment's end (where its last newline ends). */
function isSegmentEnd(section: SectionNode, index: number): boolean {
  const w = reach(section, index);
  return !w.next && w.pos === index;
}

function insertText(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  if (body.endOfSegmentLocation) notEmulated('Docs.Documents.batchUpdate(insertText.endOfSegmentLocation)');
  const location = body.location as { index?: number; segmentId?: string } | undefined;
  if (!location) bad(where, 'A location must be specified.');
  if (typeof body.text !== 'string') bad(where, 'Text must be specified.');
  const section = segmentOf(doc, location.segmentId, where);
  const index = checkIndex(section, location.index, where);
  const p = paragraphAt(section, index);
  if (!p)
    bad(
      where,
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  const text = body.text.replace(STRIPPED, '');
  if (text === '') return {};
  const [before, after] = splitInline(p.node.inline, index - p.start);
  const attrs = textAttrsAround(before, after);
  const lines = text.split('\n');
  const run = (t: string): Inline[] => (t === '' ? [] : [{ type: 'TEXT', text: t, attrs: clone(attrs) }]);
  if (lines.length === 1) {
    p.node.inline = merged([...before, ...run(text), ...after]);
    cut(section, p.path);
    return {};
  }
  // A newline ends the paragraph there: each new paragraph takes the paragraph's style.
  const made: ParagraphNode[] = lines.map((line, i) => {
    const inline = [...(i === 0 ? before : []), ...run(line), ...(i === lines.length - 1 ? after : [])];
    return { type: p.node.type, inline: merged(inline), attrs: clone(p.node.attrs) };
  });
  p.list.splice(p.list.indexOf(p.node), 1, ...made);
  cut(section, p.path);
  return {};
}

function rangeOf(body: Record<string, unknown>, where: string) {
  const range = body.range as { startIndex?: number; endIndex?: number; segmentId?: string } | undefined;
  if (!range) bad(where, 'A range must be specified.');
  return range;
}

function deleteContentRange(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const range = rangeOf(body, where);
  const section = segmentOf(doc, range.segmentId, where);
  const start = checkIndex(section, range.startIndex, where);
  const end = checkIndex(section, range.endIndex, where, true);
  if (end <= start) bad(where, 'The range cannot be empty.');
  if (isSegmentEnd(section, end))
    bad(where, 'The range cannot include the newline character at the end of the segment.');
  const p = paragraphAt(section, start);
  if (p && end <= p.end - 1) {
    const [before, rest] = splitInline(p.node.inline, start - p.start);
    const [, after] = splitInline(rest, end - start);
    p.node.inline = merged([...before, ...after]);
    cut(section, p.path);
    return {};
  }
  // Whole tables: the walk starts again (rare: a template's table removed).
  forget();
  // Whole tables (with nothing else) go as a unit.
  const blocks = layout(section);
  const all: BlockAt[] = [];
  const collect = (list: BlockAt[]) => {
    for (const b of list) {
      all.push(b);
      if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) collect(c.content);
    }
  };
  collect(blocks);
  const first = all.find((b) => b.start === start && b.kind === 'table');
  if (first) {
    const run: BlockAt[] = [];
    let at = start;
    let i = first.list.indexOf(first.node);
    const siblings = all.filter((b) => b.list === first.list);
    while (at < end && i < first.list.length) {
      const b = siblings.find((s) => s.node === first.list[i])!;
      if (b.kind !== 'table') break;
      run.push(b);
      at = b.end;
      i++;
    }
    if (at === end) {
      for (const b of run) first.list.splice(first.list.indexOf(b.node), 1);
      return {};
    }
  }
  if (p) notEmulated('Docs.Documents.batchUpdate(deleteContentRange across paragraphs)');
  return bad(where, 'Invalid deletion range. Cannot delete the requested range.');
}

// -- tables --

function tableCell(doc: DocContent, body: Record<string, unknown>, where: string) {
  const loc = body.tableCellLocation as
    | { tableStartLocation?: { index?: number; segmentId?: string }; rowIndex?: number; columnIndex?: number }
    | undefined;
  if (!loc?.tableStartLocation) bad(where, 'A table cell location must be specified.');
  const section = segmentOf(doc, loc.tableStartLocation.segmentId, where);
  const index = loc.tableStartLocation.index;
  const table = tableStartingAt(section, index);
  if (!table) bad(where, `Invalid table start location. There is no table at index ${String(index)}.`);
  const rowIndex = loc.rowIndex ?? 0;
  const columnIndex = loc.columnIndex ?? 0;
  const row = table.node.rows[rowIndex];
  if (!Number.isInteger(rowIndex) || !row) bad(where, `Invalid row index ${rowIndex}.`);
  if (!Number.isInteger(columnIndex) || !row.cells[columnIndex])
    bad(where, `Invalid column index ${columnIndex}.`);
  return { table, rowIndex, section };
}

function insertTableRow(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const { table, rowIndex, section } = tableCell(doc, body, where);
  const ref = table.node.rows[rowIndex];
  // An empty row: one empty paragraph per cell; the cells keep the reference row's cell style
  // (as «Insert row» does in the editor) (check).
  const row: TableRowNode = {
    type: 'TABLE_ROW',
    attrs: clone(ref.attrs),
    cells: ref.cells.map((c) => ({ type: 'TABLE_CELL', children: [paragraph('')], attrs: clone(c.attrs) })),
  };
  const at = rowIndex + (body.insertBelow ? 1 : 0);
  table.node.rows.splice(at, 0, row);
  cut(section, [...table.path, at]);
  return {};
}

function deleteTableRow(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const { table, rowIndex, section } = tableCell(doc, body, where);
  // Google deletes the table with its last row (check): the add-on deletes a whole table by its range.
  if (table.node.rows.length === 1) notEmulated('Docs.Documents.batchUpdate(deleteTableRow of the last row)');
  table.node.rows.splice(rowIndex, 1);
  const gone = [...table.path, rowIndex];
  cut(section, gone, rowIndex < table.node.rows.length ? gone : [...table.path, TABLE_END]);
  return {};
}

// -- styles --

function updateTextStyle(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const range = rangeOf(body, where);
  const section = segmentOf(doc, range.segmentId, where);
  const start = checkIndex(section, range.startIndex, where);
  const end = checkIndex(section, range.endIndex, where, true);
  if (end <= start) bad(where, 'The range cannot be empty.');
  const style = (body.textStyle ?? {}) as TextStyle;
  const fields = fieldList(body.fields, TEXT_FIELDS, TEXT_FIELDS_OTHER, 'TextStyle', where);
  for (const p of paragraphsIn(section, start, end)) {
    const from = Math.max(start, p.start) - p.start;
    const to = Math.min(end, p.end - 1) - p.start;
    if (to <= from) continue;
    const [before, rest] = splitInline(p.node.inline, from);
    const [middle, after] = splitInline(rest, to - from);
    for (const item of middle) {
      if (item.type !== 'TEXT') continue;
      for (const field of fields) {
        const value = textAttrFromApi(field, style);
        if (value === null) delete item.attrs[TEXT_FIELDS[field]];
        else item.attrs[TEXT_FIELDS[field]] = value;
      }
    }
    p.node.inline = merged([...before, ...middle, ...after]);
  }
  return {};
}

function updateParagraphStyle(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const range = rangeOf(body, where);
  const section = segmentOf(doc, range.segmentId, where);
  const start = checkIndex(section, range.startIndex, where);
  const end = checkIndex(section, range.endIndex, where, true);
  if (end <= start) bad(where, 'The range cannot be empty.');
  const style = (body.paragraphStyle ?? {}) as ParagraphStyle;
  const fields = fieldList(body.fields, PARAGRAPH_FIELDS, new Set(), 'ParagraphStyle', where);
  for (const p of paragraphsIn(section, start, end)) {
    if (p.end <= start || p.start >= end) continue;
    for (const field of fields) {
      const attr = PARAGRAPH_FIELDS[field];
      if (field === 'alignment') {
        const v = style.alignment;
        if (v === undefined || v === null) delete p.node.attrs[attr];
        else if (ALIGN_FROM_API[v]) p.node.attrs[attr] = ALIGN_FROM_API[v];
        else bad(where, `Invalid value for alignment: ${v}`);
      } else {
        const v = style.namedStyleType;
        if (v === undefined || v === null || v === 'NORMAL_TEXT') delete p.node.attrs[attr];
        else if (HEADING_FROM_API[v]) p.node.attrs[attr] = HEADING_FROM_API[v];
        else bad(where, `Invalid value for namedStyleType: ${v}`);
      }
    }
  }
  return {};
}

// -- replaceAllText --

function replaceAllText(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const criteria = body.containsText as { text?: string; matchCase?: boolean; searchByRegex?: boolean };
  if (!criteria || typeof criteria.text !== 'string' || criteria.text === '')
    bad(where, 'The text to search for must not be empty.');
  if (criteria.searchByRegex) notEmulated('Docs.Documents.batchUpdate(replaceAllText.searchByRegex)');
  if (body.tabsCriteria) notEmulated('Docs.Documents.batchUpdate(replaceAllText.tabsCriteria)');
  const replacement = String(body.replaceText ?? '');
  const needle = criteria.matchCase ? criteria.text : criteria.text.toLowerCase();
  let changed = 0;
  for (const section of [doc.body, doc.header, doc.footer]) {
    if (!section) continue;
    for (const p of allParagraphs(section)) {
      // Text of the paragraph with its marks as placeholders that never match.
      const flat = p.node.inline.map((i) => (i.type === 'TEXT' ? i.text : '\u0000')).join('');
      const hay = criteria.matchCase ? flat : flat.toLowerCase();
      const hits: number[] = [];
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) hits.push(at);
      // From the end, so earlier offsets hold; the replacement takes the style of the match's start.
      for (const at of hits.reverse()) {
        const [before, rest] = splitInline(p.node.inline, at);
        const [match, after] = splitInline(rest, needle.length);
        const first = match.find((i) => i.type === 'TEXT') as { attrs: Attrs } | undefined;
        const run: Inline[] =
          replacement === '' ? [] : [{ type: 'TEXT', text: replacement, attrs: clone(first?.attrs ?? {}) }];
        p.node.inline = merged([...before, ...run, ...after]);
      }
      changed += hits.length;
    }
  }
  return { replaceAllText: { occurrencesChanged: changed } };
}

// -- building content: tables, page breaks, lists, table styles --

const BORDERS = ['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const;

/** A table's borders as each cell's style: the model keeps one width and colour per table. */
function tableCellStyleOf(attrs: Attrs): GoogleAppsScript.Docs.Schema.TableCellStyle {
  const style: Record<string, unknown> = {};
  if (attrs.BORDER_WIDTH === undefined && attrs.BORDER_COLOR === undefined) return style;
  const border = {
    width: { magnitude: Number(attrs.BORDER_WIDTH ?? 1), unit: 'PT' },
    dashStyle: 'SOLID',
    color: hexToRgb(String(attrs.BORDER_COLOR ?? '#000000')),
  };
  for (const b of BORDERS) style[b] = clone(border);
  return style;
}

function locationIn(doc: DocContent, body: Record<string, unknown>, where: string) {
  if (body.endOfSegmentLocation)
    notEmulated(`Docs.Documents.batchUpdate(${where.split('.').pop()}.endOfSegmentLocation)`);
  const location = body.location as { index?: number; segmentId?: string } | undefined;
  if (!location) bad(where, 'A location must be specified.');
  const section = segmentOf(doc, location.segmentId, where);
  const index = checkIndex(section, location.index, where);
  const p = paragraphAt(section, index);
  if (!p)
    bad(
      where,
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  return { section, index, p };
}

/** Splits the paragraph at `index`: [before, after] as two paragraphs with its style, in its list. */
function splitParagraph(p: ParagraphAt, index: number): [ParagraphNode, ParagraphNode] {
  const [before, after] = splitInline(p.node.inline, index - p.start);
  const first: ParagraphNode = { type: p.node.type, inline: merged(before), attrs: clone(p.node.attrs) };
  const second: ParagraphNode = { type: p.node.type, inline: merged(after), attrs: clone(p.node.attrs) };
  p.list.splice(p.list.indexOf(p.node), 1, first, second);
  return [first, second];
}

/**
 * InsertTableRequest: «Inserts a table at the specified location. A newline character will be
 * inserted before the inserted table.» The table, of empty cells, starts at index + 1.
 */
function insertTable(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const rows = body.rows;
  const columns = body.columns;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 1)
    bad(where, 'The number of rows must be at least 1.');
  if (typeof columns !== 'number' || !Number.isInteger(columns) || columns < 1)
    bad(where, 'The number of columns must be at least 1.');
  const { p, index, section } = locationIn(doc, body, where);
  if (!isSectionList(doc, p.list)) notEmulated('Docs.Documents.batchUpdate(insertTable inside a table)');
  const [first] = splitParagraph(p, index);
  const table: TableNode = {
    type: 'TABLE',
    attrs: {},
    rows: Array.from({ length: rows }, () => ({
      type: 'TABLE_ROW' as const,
      attrs: {},
      cells: Array.from({ length: columns }, () => ({
        type: 'TABLE_CELL' as const,
        children: [paragraph('')],
        attrs: {},
      })),
    })),
  };
  p.list.splice(p.list.indexOf(first) + 1, 0, table);
  cut(section, p.path);
  return {};
}

function isSectionList(doc: DocContent, list: BlockNode[]): boolean {
  return [doc.body, doc.header, doc.footer].some((s) => s?.children === list);
}

/**
 * InsertPageBreakRequest: «Inserts a page break followed by a newline at the specified location»;
 * not inside a table, header or footer.
 */
function insertPageBreak(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const { p, index, section } = locationIn(doc, body, where);
  if (p.list !== doc.body.children)
    bad(where, 'Page breaks cannot be inserted inside a table, equation, footnote, header or footer.');
  const [first] = splitParagraph(p, index);
  first.inline = merged([...first.inline, { type: 'PAGE_BREAK' }]);
  cut(section, p.path);
  return {};
}

/** The presets the model can show (as DocumentApp's glyph types); others are not emulated. */
const BULLET_PRESETS: Record<string, string> = {
  BULLET_DISC_CIRCLE_SQUARE: 'BULLET',
  NUMBERED_DECIMAL_ALPHA_ROMAN: 'NUMBER',
};

/** CreateParagraphBulletsRequest: every paragraph the range touches becomes a list item. */
function createParagraphBullets(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const range = rangeOf(body, where);
  const section = segmentOf(doc, range.segmentId, where);
  const start = checkIndex(section, range.startIndex, where);
  const end = checkIndex(section, range.endIndex, where, true);
  if (end <= start) bad(where, 'The range cannot be empty.');
  const glyph = BULLET_PRESETS[String(body.bulletPreset)];
  if (!glyph) notEmulated(`Docs.Documents.batchUpdate(createParagraphBullets ${String(body.bulletPreset)})`);
  for (const p of paragraphsIn(section, start, end)) {
    p.node.type = 'LIST_ITEM';
    p.node.attrs.GLYPH_TYPE = glyph;
    p.node.attrs.NESTING_LEVEL = 0;
  }
  return {};
}

/** DeleteParagraphBulletsRequest: the list items the range touches become plain paragraphs. */
function deleteParagraphBullets(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const range = rangeOf(body, where);
  const section = segmentOf(doc, range.segmentId, where);
  const start = checkIndex(section, range.startIndex, where);
  const end = checkIndex(section, range.endIndex, where, true);
  if (end <= start) bad(where, 'The range cannot be empty.');
  for (const p of paragraphsIn(section, start, end)) {
    if (p.node.type !== 'LIST_ITEM') continue;
    p.node.type = 'PARAGRAPH';
    delete p.node.attrs.GLYPH_TYPE;
    delete p.node.attrs.NESTING_LEVEL;
    delete p.node.attrs.LIST_ID;
  }
  return {};
}

function tableAt(doc: DocContent, body: Record<string, unknown>, where: string): TableEntry {
  const loc = body.tableStartLocation as { index?: number; segmentId?: string } | undefined;
  if (!loc) {
    if (body.tableRange) notEmulated(`Docs.Documents.batchUpdate(${where.split('.').pop()}.tableRange)`);
    bad(where, 'A table start location must be specified.');
  }
  const section = segmentOf(doc, loc.segmentId, where);
  const table = tableStartingAt(section, loc.index);
  if (!table) bad(where, `Invalid table start location. There is no table at index ${String(loc.index)}.`);
  return table;
}

/**
 * UpdateTableCellStyleRequest over a whole table (tableStartLocation): its borders, all four the
 * same (the model keeps one border per table); other fields are not emulated.
 */
function updateTableCellStyle(doc: DocContent, body: Record<string, unknown>, where: string): Response {
  const table = tableAt(doc, body, where);
  const fields = String(body.fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f);
  if (fields.length === 0) bad(where, 'fields must be specified.');
  if (fields.some((f) => !(BORDERS as readonly string[]).includes(f)) || fields.length !== 4)
    notEmulated(`Docs.Documents.batchUpdate(updateTableCellStyle ${fields.join(',')})`);
  const style = (body.tableCellStyle ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.TableCellBorder>;
  const key = (b: GoogleAppsScript.Docs.Schema.TableCellBorder | undefined) =>
    JSON.stringify([b?.width?.magnitude ?? null, rgbToHex(b?.color)]);
  if (new Set(BORDERS.map((b) => key(style[b]))).size !== 1)
    notEmulated('Docs.Documents.batchUpdate(updateTableCellStyle with different borders)');
  const border = style.borderTop;
  if (border?.width?.magnitude === undefined) delete table.node.attrs.BORDER_WIDTH;
  else table.node.attrs.BORDER_WIDTH = border.width.magnitude;
  const color = rgbToHex(border?.color);
  if (color) table.node.attrs.BORDER_COLOR = color;
  return {};
}

/** UpdateTableColumnPropertiesRequest: the width of the columns named (all when none are). */
function updateTableColumnProperties(
  doc: DocContent,
  body: Record<string, unknown>,
  where: string,
): Response {
  const table = tableAt(doc, body, where);
  const columns = Math.max(0, ...table.node.rows.map((r) => r.cells.length));
  const indices =
    (body.columnIndices as number[] | undefined) ?? Array.from({ length: columns }, (_, i) => i);
  const props = (body.tableColumnProperties ?? {}) as GoogleAppsScript.Docs.Schema.TableColumnProperties;
  const fields = String(body.fields ?? '')
    .split(',')
    .map((f) => f.trim());
  if (fields.some((f) => f !== 'width' && f !== 'widthType' && f !== '*'))
    notEmulated(`Docs.Documents.batchUpdate(updateTableColumnProperties ${fields.join(',')})`);
  const widths = { ...((table.node.attrs.COLUMN_WIDTHS ?? {}) as Record<string, number>) };
  for (const c of indices) {
    if (!Number.isInteger(c) || c < 0 || c >= columns) bad(where, `Invalid column index ${c}.`);
    const w = props.width?.magnitude;
    if (props.widthType === 'EVENLY_DISTRIBUTED' || w === undefined) delete widths[c];
    else widths[c] = w;
  }
  table.node.attrs.COLUMN_WIDTHS = widths;
  return {};
}
