// The stored shape of a Google Doc: a JSON tree (section → paragraphs, list items and tables →
// text runs), so a Workspace can be saved and a test can read back what a reader would see.

export type Attrs = Record<string, unknown>;

export interface TextRun {
  type: 'TEXT';
  text: string;
  attrs: Attrs;
}

export interface InlineMark {
  type: 'PAGE_BREAK' | 'HORIZONTAL_RULE';
}

/**
 * An inline image (DocumentApp's InlineImage, the Docs API's inline object): its bytes (base64, so
 * a Workspace saves as JSON), type and size in the document, in pixels as DocumentApp gives them.
 */
export interface ImageInline {
  type: 'INLINE_IMAGE';
  contentType: string;
  data: string;
  width: number;
  height: number;
  attrs: Attrs;
}

export type Inline = TextRun | InlineMark | ImageInline;

export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  inline: Inline[];
  attrs: Attrs;
}

export interface TableCellNode {
  type: 'TABLE_CELL';
  children: BlockNode[];
  attrs: Attrs;
}

export interface TableRowNode {
  type: 'TABLE_ROW';
  cells: TableCellNode[];
  attrs: Attrs;
}

export interface TableNode {
  type: 'TABLE';
  rows: TableRowNode[];
  attrs: Attrs;
}

export type BlockNode = ParagraphNode | TableNode;

export interface SectionNode {
  type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  children: BlockNode[];
}

export type AnyNode = SectionNode | BlockNode | TableRowNode | TableCellNode | Inline;

export interface DocContent {
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
}

export interface DocData {
  id: string;
  /**
   * The content DocumentApp edits. It may be the very object `saved` is (after a save, a
   * batchUpdate or a copy): copy-on-write, the first DocumentApp edit after that gives `saved` a
   * copy of its own (docs.ts, `touch`), so no change reaches `saved` unsaved.
   */
  live: DocContent;
  /** The content as of the last save: what a PDF export shows. */
  saved: DocContent;
  /** `live` changed (a DocumentApp edit) since the last save. */
  dirty?: boolean;
  /** The revision of the saved document (content and title); 1 when made. */
  revision?: number;
  /** The title the current revision has: a rename, from anywhere, makes a new revision. */
  revisionTitle?: string;
  /** The revision ids returned for the current revision: id → when it was last returned (ms). */
  issued?: Record<string, number>;
}

/** Text attributes (apply to runs); the rest are paragraph or table attributes. */
export const TEXT_ATTRS = new Set([
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_SIZE',
  'FONT_FAMILY',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
  'CODE',
]);

export function paragraph(text: string, type: ParagraphNode['type'] = 'PARAGRAPH'): ParagraphNode {
  return { type, inline: text === '' ? [] : [{ type: 'TEXT', text, attrs: {} }], attrs: {} };
}

export function cell(text: string): TableCellNode {
  return { type: 'TABLE_CELL', children: [paragraph(text)], attrs: {} };
}

export function table(cells: string[][]): TableNode {
  return {
    type: 'TABLE',
    rows: cells.map((row) => ({ type: 'TABLE_ROW', cells: row.map((t) => cell(String(t))), attrs: {} })),
    attrs: {},
  };
}

export function emptyContent(): DocContent {
  return { body: { type: 'BODY_SECTION', children: [paragraph('')] }, header: null, footer: null };
}

/**
 * A deep copy of JSON data, as a JSON round trip gives it (keys whose value is undefined dropped,
 * undefined in an array and non-finite numbers as null) but without the whole document as one
 * string in between, and sharing the (immutable) strings: a document of a million characters
 * costs its nodes once more, not its text twice more.
 */
export function clone<T>(value: T): T {
  return copyJson(value) as T;
}

function copyJson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return JSON.parse(JSON.stringify(value)) as unknown;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as unknown;
      out[i] = v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : copyJson(v);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    out[key] = copyJson(v);
  }
  return out;
}

/** The child list of a node, or null for leaves. */
export function childrenOf(node: AnyNode): AnyNode[] | null {
  switch (node.type) {
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
    case 'TABLE_CELL':
      return node.children;
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return node.inline;
    case 'TABLE':
      return node.rows;
    case 'TABLE_ROW':
      return node.cells;
    default:
      return null;
  }
}

/** Every text run under `node`, in document order. */
export function textRuns(node: AnyNode, out: TextRun[] = []): TextRun[] {
  if (node.type === 'TEXT') {
    out.push(node);
    return out;
  }
  for (const child of childrenOf(node) ?? []) textRuns(child, out);
  return out;
}

/** Finds the parent of `target` under `root`. */
export function parentOf(root: AnyNode, target: AnyNode): AnyNode | null {
  const kids = childrenOf(root);
  if (!kids) return null;
  for (const kid of kids) {
    if (kid === target) return root;
    const found = parentOf(kid, target);
    if (found) return found;
  }
  return null;
}

/** The text of a node as getText() returns it. */
export function textOf(node: AnyNode): string {
  switch (node.type) {
    case 'TEXT':
      return node.text;
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return node.inline.map(textOf).join('');
    case 'TABLE_ROW':
      // Cells of a row joined by tabs (check).
      return node.cells.map(textOf).join('\t');
    case 'TABLE':
      return node.rows.map(textOf).join('\n');
    default:
      return node.children.map(textOf).join('\n');
  }
}
