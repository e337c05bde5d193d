// The element classes of DocumentApp (Body, Paragraph, ListItem, Table, TableRow, TableCell, Text,
// …) over the stored tree of model.ts. Each wrapper is an `emulated()` proxy; chainable methods
// return that proxy (`_self`), never the raw object.
import { emulated, notEmulated, type CallLog } from '../core';
import {
  type AnyNode,
  type Attrs,
  type BlockNode,
  type DocContent,
  type Inline,
  type ParagraphNode,
  type SectionNode,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
  type TextRun,
  TEXT_ATTRS,
  childrenOf,
  clone,
  paragraph,
  parentOf,
  table,
  textOf,
  textRuns,
} from './model';
import { ENUM_ATTRS, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { enumMember, type EnumValue } from '../script/enums';
import { re2ToRegExp, replaceAllIn } from './regex';

/** One open Document object: saveAndClose() closes it, and every element obtained through it. */
export interface DocSession {
  closed: boolean;
}

export interface DocCtx {
  log: CallLog;
  session: DocSession;
  content(): DocContent;
  touch(): void;
}

// Google's message after saveAndClose() (check: the reference only says the document is closed).
export const CLOSED_MESSAGE = 'Document is closed, its content cannot be updated.';

type Wrapped = { _node: AnyNode; _ctx: DocCtx };

const CLASS_OF: Record<string, new (ctx: DocCtx, node: never) => BaseElement> = {};

/** The wrapper proxy of a stored node. */
export function wrapNode(ctx: DocCtx, node: AnyNode): unknown {
  const Ctor = CLASS_OF[node.type];
  const inst = new Ctor(ctx, node as never);
  const proxy = emulated(inst._className(), inst, ctx.log);
  inst._self = proxy;
  return proxy;
}

function isWrapped(value: unknown): value is Wrapped {
  return typeof value === 'object' && value !== null && '_node' in value && '_ctx' in value;
}

function sectionRoots(ctx: DocCtx): SectionNode[] {
  const c = ctx.content();
  return [c.body, c.header, c.footer].filter((s): s is SectionNode => s !== null);
}

function findParent(ctx: DocCtx, node: AnyNode): AnyNode | null {
  for (const root of sectionRoots(ctx)) {
    const p = parentOf(root, node);
    if (p) return p;
  }
  return null;
}

function isAttached(ctx: DocCtx, node: AnyNode): boolean {
  return sectionRoots(ctx).includes(node as SectionNode) || findParent(ctx, node) !== null;
}

/** A detached copy of an element passed to an append or insert method (Google: "Element must be detached."). */
function detachedCopy<T extends AnyNode>(value: unknown, type: string[]): T {
  if (!isWrapped(value) || !type.includes(value._node.type)) {
    throw new Error(`Invalid argument: expected ${type.join(' or ')}`);
  }
  if (isAttached(value._ctx, value._node)) throw new Error('Element must be detached.');
  return clone(value._node as T);
}

function toAttrValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const e = ENUM_ATTRS[key];
  if (e) return String(value);
  return value;
}

function fromAttrValue(key: string, value: unknown): unknown {
  const e = ENUM_ATTRS[key];
  if (e && typeof value === 'string') return e[value];
  return value;
}

function checkIndex(index: number, max: number): void {
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new Error(`Index (${index}) must be less than or equal to the number of child elements (${max}).`);
  }
}

abstract class BaseElement {
  _self: unknown = null;

  constructor(
    readonly _ctx: DocCtx,
    readonly _node: AnyNode,
  ) {}

  abstract _className(): string;

  _guard(): void {
    if (this._ctx.session.closed) throw new Error(CLOSED_MESSAGE);
    this._ctx.touch();
  }

  getType(): EnumValue {
    return ElementType[this._node.type as keyof typeof ElementType];
  }

  getParent(): unknown {
    const p = findParent(this._ctx, this._node);
    return p ? wrapNode(this._ctx, p) : null;
  }

  copy(): unknown {
    return wrapNode(this._ctx, clone(this._node));
  }

  removeFromParent(): unknown {
    this._guard();
    const p = findParent(this._ctx, this._node);
    if (p) removeChildNode(p, this._node);
    return this._self;
  }

  isAtDocumentEnd(): boolean {
    const body = this._ctx.content().body;
    let node: AnyNode = this._node;
    for (;;) {
      const p = findParent(this._ctx, node);
      if (!p) return false;
      const kids = childrenOf(p) ?? [];
      if (kids[kids.length - 1] !== node) return false;
      if (p === body) return true;
      node = p;
    }
  }

  getNextSibling(): unknown {
    return this._sibling(1);
  }

  getPreviousSibling(): unknown {
    return this._sibling(-1);
  }

  _sibling(delta: number): unknown {
    const p = findParent(this._ctx, this._node);
    if (!p) return null;
    const kids = childrenOf(p) ?? [];
    const next = kids[kids.indexOf(this._node) + delta];
    return next ? wrapNode(this._ctx, next) : null;
  }

  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const attrs = 'attrs' in this._node ? this._node.attrs : {};
    for (const [key, value] of Object.entries(attrs)) out[key] = fromAttrValue(key, value);
    return out;
  }

  setAttributes(attributes: Record<string, unknown>): unknown {
    this._guard();
    for (const [key, value] of Object.entries(attributes)) {
      if (TEXT_ATTRS.has(key)) {
        for (const run of textRuns(this._node)) run.attrs[key] = toAttrValue(key, value);
      } else if ('attrs' in this._node) {
        this._node.attrs[key] = toAttrValue(key, value);
      }
    }
    return this._self;
  }

  _as(type: string, what: string): unknown {
    if (this._node.type !== type) throw new Error(`Cannot convert ${this._node.type} to ${what}.`);
    return this._self;
  }

  asParagraph(): unknown {
    return this._as('PARAGRAPH', 'Paragraph');
  }

  asListItem(): unknown {
    return this._as('LIST_ITEM', 'ListItem');
  }

  asTable(): unknown {
    return this._as('TABLE', 'Table');
  }

  asTableRow(): unknown {
    return this._as('TABLE_ROW', 'TableRow');
  }

  asTableCell(): unknown {
    return this._as('TABLE_CELL', 'TableCell');
  }

  asText(): unknown {
    return this._as('TEXT', 'Text');
  }

  asBody(): unknown {
    return this._as('BODY_SECTION', 'Body');
  }
}

/** Removes `child` from `parent`; a section or cell keeps its last paragraph, as Docs does. */
function removeChildNode(parent: AnyNode, child: AnyNode): void {
  const kids = childrenOf(parent);
  if (!kids) return;
  const index = kids.indexOf(child);
  if (index < 0) throw new Error('Element is not a child of this element.');
  if (parent.type.endsWith('_SECTION') || parent.type === 'TABLE_CELL') {
    const paragraphs = kids.filter((k) => k.type === 'PARAGRAPH' || k.type === 'LIST_ITEM');
    if (paragraphs.length === 1 && paragraphs[0] === child) {
      // (check) Google's wording for removing a section's last paragraph.
      throw new Error("Can't remove the last paragraph in a document section.");
    }
  }
  kids.splice(index, 1);
}

/** Inserts a block; a table never ends a section or cell: Docs adds an empty paragraph after it (check). */
function insertBlock(list: BlockNode[], index: number, node: BlockNode): void {
  list.splice(index, 0, node);
  if (node.type === 'TABLE' && list[list.length - 1] === node) list.push(paragraph(''));
}

/** Text search shared by containers and Text: RangeElement results that continue from a previous one. */
function findIn(ctx: DocCtx, scope: AnyNode, pattern: string, from?: unknown): unknown {
  const regex = re2ToRegExp(pattern);
  const runs = textRuns(scope);
  let startRun = 0;
  let startOffset = 0;
  if (from !== undefined && from !== null) {
    const prev = from as { _run: TextRun; _end: number };
    startRun = runs.indexOf(prev._run);
    if (startRun < 0) throw new Error('Invalid argument: from');
    startOffset = prev._end + 1;
  }
  for (let i = startRun; i < runs.length; i++) {
    regex.lastIndex = i === startRun ? startOffset : 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(runs[i].text)) !== null) {
      if (m[0].length > 0) return rangeElement(ctx, runs[i], m.index, m.index + m[0].length - 1);
      regex.lastIndex += 1;
    }
  }
  return null;
}

class RangeElementImpl {
  constructor(
    private readonly _ctx: DocCtx,
    readonly _run: TextRun,
    readonly _start: number,
    readonly _end: number,
  ) {}

  getElement(): unknown {
    return wrapNode(this._ctx, this._run);
  }

  getStartOffset(): number {
    return this._start;
  }

  getEndOffsetInclusive(): number {
    return this._end;
  }

  isPartial(): boolean {
    return !(this._start === 0 && this._end === this._run.text.length - 1);
  }
}

function rangeElement(ctx: DocCtx, run: TextRun, start: number, end: number): unknown {
  return emulated('RangeElement', new RangeElementImpl(ctx, run, start, end), ctx.log);
}

/** Elements with children and text: sections, paragraphs, tables, rows, cells. */
abstract class ContainerElement extends BaseElement {
  _kids(): AnyNode[] {
    return childrenOf(this._node) ?? [];
  }

  getNumChildren(): number {
    return this._kids().length;
  }

  getChild(index: number): unknown {
    const kid = this._kids()[index];
    if (!kid)
      throw new Error(
        `Child index (${index}) must be less than the number of child elements (${this._kids().length}).`,
      );
    return wrapNode(this._ctx, kid);
  }

  getChildIndex(child: unknown): number {
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    const index = this._kids().indexOf(child._node);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }

  getText(): string {
    return textOf(this._node);
  }

  replaceText(searchPattern: string, replacement: string): unknown {
    this._guard();
    const regex = re2ToRegExp(String(searchPattern));
    for (const run of textRuns(this._node)) run.text = replaceAllIn(run.text, regex, String(replacement));
    return this._self;
  }

  findText(searchPattern: string, from?: unknown): unknown {
    return findIn(this._ctx, this._node, String(searchPattern), from);
  }

  editAsText(): unknown {
    const inst = new TextElement(this._ctx, this._node);
    const proxy = emulated('Text', inst, this._ctx.log);
    inst._self = proxy;
    return proxy;
  }
}

/** Body, HeaderSection, FooterSection and TableCell: containers of paragraphs and tables. */
abstract class BlockContainer extends ContainerElement {
  _blocks(): BlockNode[] {
    return (this._node as SectionNode | TableCellNode).children;
  }

  _insert(index: number, node: BlockNode): unknown {
    this._guard();
    checkIndex(index, this._blocks().length);
    insertBlock(this._blocks(), index, node);
    return wrapNode(this._ctx, node);
  }

  _paragraphArg(value: unknown, type: ParagraphNode['type']): ParagraphNode {
    if (typeof value === 'object' && value !== null) return detachedCopy<ParagraphNode>(value, [type]);
    return paragraph(value === undefined ? '' : String(value), type);
  }

  _tableArg(value: unknown): TableNode {
    if (value === undefined) return table([]);
    if (Array.isArray(value)) {
      const width = value.reduce((max: number, row: unknown[]) => Math.max(max, row.length), 0);
      if (value.some((row: unknown[]) => row.length !== width)) {
        // (check) Docs rejects a ragged cell array.
        throw new Error('All rows in a table must have the same number of cells.');
      }
      return table(value.map((row: unknown[]) => row.map((c) => String(c))));
    }
    return detachedCopy<TableNode>(value, ['TABLE']);
  }

  appendParagraph(textOrParagraph: unknown): unknown {
    return this._insert(this._blocks().length, this._paragraphArg(textOrParagraph, 'PARAGRAPH'));
  }

  insertParagraph(childIndex: number, textOrParagraph: unknown): unknown {
    return this._insert(childIndex, this._paragraphArg(textOrParagraph, 'PARAGRAPH'));
  }

  appendListItem(textOrItem: unknown): unknown {
    return this._insert(this._blocks().length, this._paragraphArg(textOrItem, 'LIST_ITEM'));
  }

  insertListItem(childIndex: number, textOrItem: unknown): unknown {
    return this._insert(childIndex, this._paragraphArg(textOrItem, 'LIST_ITEM'));
  }

  appendTable(cellsOrTable?: unknown): unknown {
    return this._insert(this._blocks().length, this._tableArg(cellsOrTable));
  }

  insertTable(childIndex: number, cellsOrTable?: unknown): unknown {
    return this._insert(childIndex, this._tableArg(cellsOrTable));
  }

  appendHorizontalRule(): unknown {
    const p = paragraph('');
    p.inline.push({ type: 'HORIZONTAL_RULE' });
    this._insert(this._blocks().length, p);
    return wrapNode(this._ctx, p.inline[0]);
  }

  removeChild(child: unknown): unknown {
    this._guard();
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    removeChildNode(this._node, child._node);
    return this._self;
  }

  clear(): unknown {
    this._guard();
    this._blocks().splice(0, this._blocks().length, paragraph(''));
    return this._self;
  }

  setText(text: string): unknown {
    this._guard();
    // Each line becomes a paragraph (check).
    const lines = String(text).split('\n');
    this._blocks().splice(0, this._blocks().length, ...lines.map((line) => paragraph(line)));
    return this._self;
  }

  _collect(type: string): unknown[] {
    const out: unknown[] = [];
    const walk = (node: AnyNode): void => {
      if (node.type === type) out.push(wrapNode(this._ctx, node));
      for (const kid of childrenOf(node) ?? []) walk(kid);
    };
    for (const kid of this._blocks()) walk(kid);
    return out;
  }

  getParagraphs(): unknown[] {
    // Google counts list items as paragraphs here too.
    const out: unknown[] = [];
    const walk = (node: AnyNode): void => {
      if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') out.push(wrapNode(this._ctx, node));
      for (const kid of childrenOf(node) ?? []) walk(kid);
    };
    for (const kid of this._blocks()) walk(kid);
    return out;
  }

  getTables(): unknown[] {
    return this._collect('TABLE');
  }

  getListItems(): unknown[] {
    return this._collect('LIST_ITEM');
  }
}

class SectionElement extends BlockContainer {
  _className(): string {
    const names: Record<string, string> = {
      BODY_SECTION: 'Body',
      HEADER_SECTION: 'HeaderSection',
      FOOTER_SECTION: 'FooterSection',
    };
    return names[this._node.type];
  }

  appendPageBreak(): unknown {
    if (this._node.type !== 'BODY_SECTION') notEmulated(`${this._className()}.appendPageBreak`);
    const p = paragraph('');
    p.inline.push({ type: 'PAGE_BREAK' });
    this._insert(this._blocks().length, p);
    return wrapNode(this._ctx, p.inline[0]);
  }

  override getParent(): unknown {
    return null;
  }

  override removeFromParent(): unknown {
    return notEmulated(`${this._className()}.removeFromParent`);
  }
}

class TableCellElement extends BlockContainer {
  _className(): string {
    return 'TableCell';
  }

  getParentRow(): unknown {
    return this.getParent();
  }

  getParentTable(): unknown {
    const row = findParent(this._ctx, this._node);
    const t = row && findParent(this._ctx, row);
    return t ? wrapNode(this._ctx, t) : null;
  }

  setWidth(width: number): unknown {
    this._guard();
    (this._node as TableCellNode).attrs.WIDTH = width;
    return this._self;
  }

  getWidth(): number | null {
    return ((this._node as TableCellNode).attrs.WIDTH as number | undefined) ?? null;
  }

  setBackgroundColor(color: string): unknown {
    this._guard();
    (this._node as TableCellNode).attrs.BACKGROUND_COLOR = color;
    return this._self;
  }

  getBackgroundColor(): string | null {
    return ((this._node as TableCellNode).attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }

  setVerticalAlignment(alignment: unknown): unknown {
    this._guard();
    (this._node as TableCellNode).attrs.VERTICAL_ALIGNMENT = String(alignment);
    return this._self;
  }
}

class ParagraphElement extends ContainerElement {
  _className(): string {
    return 'Paragraph';
  }

  _p(): ParagraphNode {
    return this._node as ParagraphNode;
  }

  setText(text: string): unknown {
    this._guard();
    const first = this._p().inline.find((i): i is TextRun => i.type === 'TEXT');
    const attrs = first ? first.attrs : {};
    this._p().inline = String(text) === '' ? [] : [{ type: 'TEXT', text: String(text), attrs: { ...attrs } }];
    return this._self;
  }

  appendText(text: string): unknown {
    this._guard();
    const inline = this._p().inline;
    const last = inline[inline.length - 1];
    if (last && last.type === 'TEXT') {
      last.text += String(text);
      return wrapNode(this._ctx, last);
    }
    const prev = [...inline].reverse().find((i): i is TextRun => i.type === 'TEXT');
    const run: TextRun = { type: 'TEXT', text: String(text), attrs: prev ? { ...prev.attrs } : {} };
    inline.push(run);
    return wrapNode(this._ctx, run);
  }

  appendPageBreak(): unknown {
    this._guard();
    const mark: Inline = { type: 'PAGE_BREAK' };
    this._p().inline.push(mark);
    return wrapNode(this._ctx, mark);
  }

  appendHorizontalRule(): unknown {
    this._guard();
    const mark: Inline = { type: 'HORIZONTAL_RULE' };
    this._p().inline.push(mark);
    return wrapNode(this._ctx, mark);
  }

  clear(): unknown {
    this._guard();
    this._p().inline = [];
    return this._self;
  }

  removeChild(child: unknown): unknown {
    this._guard();
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    removeChildNode(this._node, child._node);
    return this._self;
  }

  _setAttr(key: string, value: unknown): unknown {
    this._guard();
    this._p().attrs[key] = value;
    return this._self;
  }

  _getAttr(key: string): unknown {
    return this._p().attrs[key] ?? null;
  }

  setHeading(heading: unknown): unknown {
    const member = enumMember(ParagraphHeading, heading);
    if (!member) throw new Error('Invalid argument: heading');
    return this._setAttr('HEADING', member.name());
  }

  getHeading(): EnumValue {
    return ParagraphHeading[(this._getAttr('HEADING') as keyof typeof ParagraphHeading | null) ?? 'NORMAL'];
  }

  setAlignment(alignment: unknown): unknown {
    const member = enumMember(HorizontalAlignment, alignment);
    if (!member) throw new Error('Invalid argument: alignment');
    return this._setAttr('HORIZONTAL_ALIGNMENT', member.name());
  }

  getAlignment(): EnumValue | null {
    // Unset alignment reads as null (inherited from the style) (check).
    const name = this._getAttr('HORIZONTAL_ALIGNMENT') as keyof typeof HorizontalAlignment | null;
    return name ? HorizontalAlignment[name] : null;
  }

  setSpacingBefore(spacing: number): unknown {
    return this._setAttr('SPACING_BEFORE', spacing);
  }

  getSpacingBefore(): number | null {
    return this._getAttr('SPACING_BEFORE') as number | null;
  }

  setSpacingAfter(spacing: number): unknown {
    return this._setAttr('SPACING_AFTER', spacing);
  }

  getSpacingAfter(): number | null {
    return this._getAttr('SPACING_AFTER') as number | null;
  }

  setLineSpacing(multiplier: number): unknown {
    return this._setAttr('LINE_SPACING', multiplier);
  }

  getLineSpacing(): number | null {
    return this._getAttr('LINE_SPACING') as number | null;
  }

  setIndentStart(indent: number): unknown {
    return this._setAttr('INDENT_START', indent);
  }

  getIndentStart(): number | null {
    return this._getAttr('INDENT_START') as number | null;
  }

  setIndentEnd(indent: number): unknown {
    return this._setAttr('INDENT_END', indent);
  }

  getIndentEnd(): number | null {
    return this._getAttr('INDENT_END') as number | null;
  }

  setIndentFirstLine(indent: number): unknown {
    return this._setAttr('INDENT_FIRST_LINE', indent);
  }

  getIndentFirstLine(): number | null {
    return this._getAttr('INDENT_FIRST_LINE') as number | null;
  }
}

class ListItemElement extends ParagraphElement {
  override _className(): string {
    return 'ListItem';
  }

  setGlyphType(glyphType: unknown): unknown {
    const member = enumMember(GlyphType, glyphType);
    if (!member) throw new Error('Invalid argument: glyphType');
    return this._setAttr('GLYPH_TYPE', member.name());
  }

  getGlyphType(): EnumValue {
    return GlyphType[(this._getAttr('GLYPH_TYPE') as keyof typeof GlyphType | null) ?? 'BULLET'];
  }

  setNestingLevel(level: number): unknown {
    return this._setAttr('NESTING_LEVEL', level);
  }

  getNestingLevel(): number {
    return (this._getAttr('NESTING_LEVEL') as number | null) ?? 0;
  }
}

class TableElement extends ContainerElement {
  _className(): string {
    return 'Table';
  }

  _t(): TableNode {
    return this._node as TableNode;
  }

  getNumRows(): number {
    return this._t().rows.length;
  }

  getRow(rowIndex: number): unknown {
    const row = this._t().rows[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    return wrapNode(this._ctx, row);
  }

  getCell(rowIndex: number, cellIndex: number): unknown {
    const row = this._t().rows[rowIndex];
    const c = row?.cells[cellIndex];
    if (!c) throw new Error(`Cell (${rowIndex}, ${cellIndex}) out of range.`);
    return wrapNode(this._ctx, c);
  }

  _rowArg(row: unknown): TableRowNode {
    if (row === undefined) return { type: 'TABLE_ROW', cells: [], attrs: {} };
    return detachedCopy<TableRowNode>(row, ['TABLE_ROW']);
  }

  appendTableRow(row?: unknown): unknown {
    return this.insertTableRow(this._t().rows.length, row);
  }

  insertTableRow(rowIndex: number, row?: unknown): unknown {
    this._guard();
    checkIndex(rowIndex, this._t().rows.length);
    const node = this._rowArg(row);
    this._t().rows.splice(rowIndex, 0, node);
    return wrapNode(this._ctx, node);
  }

  removeRow(rowIndex: number): unknown {
    this._guard();
    const row = this._t().rows[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    this._t().rows.splice(rowIndex, 1);
    return wrapNode(this._ctx, row);
  }

  removeChild(child: unknown): unknown {
    this._guard();
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    removeChildNode(this._node, child._node);
    return this._self;
  }

  setBorderWidth(width: number): unknown {
    this._guard();
    this._t().attrs.BORDER_WIDTH = width;
    return this._self;
  }

  getBorderWidth(): number | null {
    return (this._t().attrs.BORDER_WIDTH as number | undefined) ?? null;
  }

  setBorderColor(color: string): unknown {
    this._guard();
    this._t().attrs.BORDER_COLOR = color;
    return this._self;
  }

  setColumnWidth(columnIndex: number, width: number): unknown {
    this._guard();
    const widths = ((this._t().attrs.COLUMN_WIDTHS as Attrs | undefined) ?? {}) as Attrs;
    widths[String(columnIndex)] = width;
    this._t().attrs.COLUMN_WIDTHS = widths;
    return this._self;
  }

  getColumnWidth(columnIndex: number): number | null {
    const widths = (this._t().attrs.COLUMN_WIDTHS as Attrs | undefined) ?? {};
    return (widths[String(columnIndex)] as number | undefined) ?? null;
  }
}

class TableRowElement extends ContainerElement {
  _className(): string {
    return 'TableRow';
  }

  _r(): TableRowNode {
    return this._node as TableRowNode;
  }

  getNumCells(): number {
    return this._r().cells.length;
  }

  getCell(cellIndex: number): unknown {
    const c = this._r().cells[cellIndex];
    if (!c) throw new Error(`Cell index (${cellIndex}) out of range.`);
    return wrapNode(this._ctx, c);
  }

  _cellArg(value: unknown): TableCellNode {
    if (typeof value === 'object' && value !== null)
      return detachedCopy<TableCellNode>(value, ['TABLE_CELL']);
    return { type: 'TABLE_CELL', children: [paragraph(value === undefined ? '' : String(value))], attrs: {} };
  }

  appendTableCell(textOrCell?: unknown): unknown {
    return this.insertTableCell(this._r().cells.length, textOrCell);
  }

  insertTableCell(cellIndex: number, textOrCell?: unknown): unknown {
    this._guard();
    checkIndex(cellIndex, this._r().cells.length);
    const node = this._cellArg(textOrCell);
    this._r().cells.splice(cellIndex, 0, node);
    return wrapNode(this._ctx, node);
  }

  removeCell(cellIndex: number): unknown {
    this._guard();
    const c = this._r().cells[cellIndex];
    if (!c) throw new Error(`Cell index (${cellIndex}) out of range.`);
    this._r().cells.splice(cellIndex, 1);
    return wrapNode(this._ctx, c);
  }

  getParentTable(): unknown {
    return this.getParent();
  }

  setMinimumHeight(height: number): unknown {
    this._guard();
    this._r().attrs.MINIMUM_HEIGHT = height;
    return this._self;
  }
}

/**
 * A Text element. Wraps either one text run, or (from editAsText) a whole container, in which case
 * it edits every run in it.
 */
class TextElement extends BaseElement {
  _className(): string {
    return 'Text';
  }

  override getType(): EnumValue {
    return ElementType.TEXT;
  }

  _runs(): TextRun[] {
    return textRuns(this._node);
  }

  getText(): string {
    return textOf(this._node);
  }

  setText(text: string): unknown {
    this._guard();
    const node = this._node;
    const value = String(text);
    if (node.type === 'TEXT') {
      node.text = value;
    } else if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') {
      const attrs = this._runs()[0]?.attrs ?? {};
      node.inline = value === '' ? [] : [{ type: 'TEXT', text: value, attrs: { ...attrs } }];
    } else if ('children' in node) {
      node.children.splice(0, node.children.length, ...value.split('\n').map((line) => paragraph(line)));
    } else {
      notEmulated('Text.setText on a table');
    }
    return this._self;
  }

  appendText(text: string): unknown {
    this._guard();
    const runs = this._runs();
    const last = runs[runs.length - 1];
    if (!last) return this.setText(text);
    last.text += String(text);
    return this._self;
  }

  insertText(offset: number, text: string): unknown {
    this._guard();
    const run = this._single('insertText');
    if (offset < 0 || offset > run.text.length) throw new Error(`Offset (${offset}) out of range.`);
    run.text = run.text.slice(0, offset) + String(text) + run.text.slice(offset);
    return this._self;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): unknown {
    this._guard();
    const run = this._single('deleteText');
    if (startOffset < 0 || endOffsetInclusive >= run.text.length || startOffset > endOffsetInclusive) {
      throw new Error(`Offsets (${startOffset}, ${endOffsetInclusive}) out of range.`);
    }
    run.text = run.text.slice(0, startOffset) + run.text.slice(endOffsetInclusive + 1);
    return this._self;
  }

  _single(what: string): TextRun {
    const runs = this._runs();
    if (runs.length !== 1) notEmulated(`Text.${what} across several text runs`);
    return runs[0];
  }

  replaceText(searchPattern: string, replacement: string): unknown {
    this._guard();
    const regex = re2ToRegExp(String(searchPattern));
    for (const run of this._runs()) run.text = replaceAllIn(run.text, regex, String(replacement));
    return this._self;
  }

  findText(searchPattern: string, from?: unknown): unknown {
    return findIn(this._ctx, this._node, String(searchPattern), from);
  }

  editAsText(): unknown {
    return this._self;
  }

  /** setX(value) styles the whole text; setX(start, endInclusive, value) only a range (whole only). */
  _style(key: string, args: unknown[]): unknown {
    this._guard();
    let value: unknown;
    if (args.length >= 3) {
      const [start, end] = args as number[];
      const length = this.getText().length;
      if (!(start === 0 && end === length - 1)) notEmulated(`Text.set${key} on part of a text`);
      value = args[2];
    } else {
      value = args[0];
    }
    for (const run of this._runs()) run.attrs[key] = value;
    return this._self;
  }

  _read(key: string): unknown {
    const values = new Set(this._runs().map((r) => r.attrs[key] ?? null));
    return values.size === 1 ? [...values][0] : null;
  }

  setBold(...args: unknown[]): unknown {
    return this._style('BOLD', args);
  }

  isBold(): boolean | null {
    return this._read('BOLD') as boolean | null;
  }

  setItalic(...args: unknown[]): unknown {
    return this._style('ITALIC', args);
  }

  isItalic(): boolean | null {
    return this._read('ITALIC') as boolean | null;
  }

  setUnderline(...args: unknown[]): unknown {
    return this._style('UNDERLINE', args);
  }

  isUnderline(): boolean | null {
    return this._read('UNDERLINE') as boolean | null;
  }

  setFontSize(...args: unknown[]): unknown {
    return this._style('FONT_SIZE', args);
  }

  getFontSize(): number | null {
    return this._read('FONT_SIZE') as number | null;
  }

  setFontFamily(...args: unknown[]): unknown {
    return this._style('FONT_FAMILY', args);
  }

  getFontFamily(): string | null {
    return this._read('FONT_FAMILY') as string | null;
  }

  setForegroundColor(...args: unknown[]): unknown {
    return this._style('FOREGROUND_COLOR', args);
  }

  setLinkUrl(...args: unknown[]): unknown {
    return this._style('LINK_URL', args);
  }
}

class MarkElement extends BaseElement {
  _className(): string {
    return this._node.type === 'PAGE_BREAK' ? 'PageBreak' : 'HorizontalRule';
  }
}

Object.assign(CLASS_OF, {
  BODY_SECTION: SectionElement,
  HEADER_SECTION: SectionElement,
  FOOTER_SECTION: SectionElement,
  PARAGRAPH: ParagraphElement,
  LIST_ITEM: ListItemElement,
  TABLE: TableElement,
  TABLE_ROW: TableRowElement,
  TABLE_CELL: TableCellElement,
  TEXT: TextElement,
  PAGE_BREAK: MarkElement,
  HORIZONTAL_RULE: MarkElement,
});
