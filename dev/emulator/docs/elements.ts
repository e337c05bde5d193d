// The element classes of DocumentApp (Body, Paragraph, ListItem, Table, TableRow, TableCell, Text,
// …) over the stored tree of model.ts. Each wrapper is an `emulated()` proxy; chainable methods
// return that proxy (`_self`), never the raw object. Each concrete class is checked against its
// official interface (surface.ts); the shared base classes take the official type they return
// from chainable methods (`Self`).
import { emulated, notEmulated, type CallLog } from '../core';
import { blobParts, newBlob } from '../blob';
import { readPng } from '../charts/png';
import {
  type AnyNode,
  type Attrs,
  type BlockNode,
  type DocContent,
  type ImageInline,
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
import type { Conformant } from '../surface';

type AnyElement = GoogleAppsScript.Document.Element;
type AnyContainer = GoogleAppsScript.Document.ContainerElement;
type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type RangeElement = GoogleAppsScript.Document.RangeElement;
type PageBreak = GoogleAppsScript.Document.PageBreak;
type HorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type InlineImage = GoogleAppsScript.Document.InlineImage;

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

const CLASS_OF: Record<string, new (ctx: DocCtx, node: never) => BaseElement<unknown>> = {};

/** The wrapper proxy of a stored node. */
export function wrapNode(ctx: DocCtx, node: AnyNode): AnyElement {
  const Ctor = CLASS_OF[node.type];
  const inst = new Ctor(ctx, node as never);
  const proxy = emulated(inst._className(), inst, ctx.log) as unknown as AnyElement;
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

/**
 * The image an append/insert image method was given: a Blob, or anything with getBlob() (a Chart).
 * Docs takes PNG, JPEG and GIF up to 25 megapixels (support.google.com/docs/answer/97447); the
 * emulator reads PNG only. The image keeps its own size in pixels until setWidth/setHeight.
 */
function imageFrom(value: unknown, where: string): ImageInline {
  if (isWrapped(value)) notEmulated(`${where}(InlineImage)`);
  // `in`, not a read: an emulated object throws «Not emulated» for a member it lacks.
  let source: unknown = value;
  if (typeof value === 'object' && value !== null && !('getBytes' in value) && 'getBlob' in value) {
    source = (value as { getBlob(): unknown }).getBlob();
  }
  const { bytes, contentType } = blobParts(source);
  const isPng = bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e;
  if (!isPng) {
    if (contentType === 'image/jpeg' || contentType === 'image/gif') notEmulated(`${where}(${contentType})`);
    // (check) Google's wording for a blob that is not an image.
    throw new Error('Invalid image data.');
  }
  const { width, height } = readPng(bytes);
  if (width * height > 25_000_000) throw new Error('The image is larger than 25 megapixels.');
  return {
    type: 'INLINE_IMAGE',
    contentType: 'image/png',
    data: Buffer.from(bytes).toString('base64'),
    width,
    height,
    attrs: {},
  };
}

/** `Self`: the official type of the element, which chainable methods return. */
abstract class BaseElement<Self> {
  _self: Self = null as unknown as Self;

  constructor(
    readonly _ctx: DocCtx,
    readonly _node: AnyNode,
  ) {}

  abstract _className(): string;

  _guard(): void {
    if (this._ctx.session.closed) throw new Error(CLOSED_MESSAGE);
    this._ctx.touch();
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return officialEnum(ElementType[this._node.type as keyof typeof ElementType]);
  }

  getParent(): AnyContainer | null {
    const p = findParent(this._ctx, this._node);
    return p ? (wrapNode(this._ctx, p) as AnyContainer) : null;
  }

  copy(): Self {
    return wrapNode(this._ctx, clone(this._node)) as unknown as Self;
  }

  removeFromParent(): Self {
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

  getNextSibling(): AnyElement | null {
    return this._sibling(1);
  }

  getPreviousSibling(): AnyElement | null {
    return this._sibling(-1);
  }

  _sibling(delta: number): AnyElement | null {
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

  setAttributes(attributes: Record<string, unknown>): Self {
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

  _as<T>(type: string, what: string): T {
    if (this._node.type !== type) throw new Error(`Cannot convert ${this._node.type} to ${what}.`);
    return this._self as unknown as T;
  }

  asParagraph(): Paragraph {
    return this._as('PARAGRAPH', 'Paragraph');
  }

  asListItem(): ListItem {
    return this._as('LIST_ITEM', 'ListItem');
  }

  asTable(): Table {
    return this._as('TABLE', 'Table');
  }

  asTableRow(): TableRow {
    return this._as('TABLE_ROW', 'TableRow');
  }

  asTableCell(): TableCell {
    return this._as('TABLE_CELL', 'TableCell');
  }

  asText(): Text {
    return this._as('TEXT', 'Text');
  }

  asBody(): Body {
    return this._as('BODY_SECTION', 'Body');
  }
}

/** An emulated enum member (an EnumValue object) as the official enum type it stands for. */
function officialEnum<T>(value: EnumValue): T {
  return value as unknown as T;
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
function findIn(ctx: DocCtx, scope: AnyNode, pattern: string, from?: unknown): RangeElement | null {
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

class RangeElementImpl implements Conformant<RangeElementImpl, RangeElement> {
  constructor(
    private readonly _ctx: DocCtx,
    readonly _run: TextRun,
    readonly _start: number,
    readonly _end: number,
  ) {}

  getElement(): AnyElement {
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

function rangeElement(ctx: DocCtx, run: TextRun, start: number, end: number): RangeElement {
  return emulated('RangeElement', new RangeElementImpl(ctx, run, start, end), ctx.log);
}

/** Elements with children and text: sections, paragraphs, tables, rows, cells. */
abstract class ContainerElement<Self> extends BaseElement<Self> {
  _kids(): AnyNode[] {
    return childrenOf(this._node) ?? [];
  }

  getNumChildren(): number {
    return this._kids().length;
  }

  getChild(index: number): AnyElement {
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

  replaceText(searchPattern: string, replacement: string): Self {
    this._guard();
    const regex = re2ToRegExp(String(searchPattern));
    for (const run of textRuns(this._node)) run.text = replaceAllIn(run.text, regex, String(replacement));
    return this._self;
  }

  findText(searchPattern: string, from?: unknown): RangeElement | null {
    return findIn(this._ctx, this._node, String(searchPattern), from);
  }

  editAsText(): Text {
    const inst = new TextElement(this._ctx, this._node);
    inst._self = emulated('Text', inst, this._ctx.log) as unknown as Text;
    return inst._self;
  }
}

/** Body, HeaderSection, FooterSection and TableCell: containers of paragraphs and tables. */
abstract class BlockContainer<Self> extends ContainerElement<Self> {
  _blocks(): BlockNode[] {
    return (this._node as SectionNode | TableCellNode).children;
  }

  _insert(index: number, node: BlockNode): AnyElement {
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

  appendParagraph(textOrParagraph: unknown): Paragraph {
    return this._insert(this._blocks().length, this._paragraphArg(textOrParagraph, 'PARAGRAPH')) as Paragraph;
  }

  insertParagraph(childIndex: number, textOrParagraph: unknown): Paragraph {
    return this._insert(childIndex, this._paragraphArg(textOrParagraph, 'PARAGRAPH')) as Paragraph;
  }

  appendListItem(textOrItem: unknown): ListItem {
    return this._insert(this._blocks().length, this._paragraphArg(textOrItem, 'LIST_ITEM')) as ListItem;
  }

  insertListItem(childIndex: number, textOrItem: unknown): ListItem {
    return this._insert(childIndex, this._paragraphArg(textOrItem, 'LIST_ITEM')) as ListItem;
  }

  appendTable(cellsOrTable?: unknown): Table {
    return this._insert(this._blocks().length, this._tableArg(cellsOrTable)) as Table;
  }

  insertTable(childIndex: number, cellsOrTable?: unknown): Table {
    return this._insert(childIndex, this._tableArg(cellsOrTable)) as Table;
  }

  appendHorizontalRule(): HorizontalRule {
    const p = paragraph('');
    p.inline.push({ type: 'HORIZONTAL_RULE' });
    this._insert(this._blocks().length, p);
    return wrapNode(this._ctx, p.inline[0]) as HorizontalRule;
  }

  /** reference/document/body#insertImage(Integer,BlobSource): the image in a new paragraph. */
  insertImage(childIndex: number, image: unknown): InlineImage {
    this._guard();
    checkIndex(childIndex, this._blocks().length);
    const node = imageFrom(image, `${this._className()}.insertImage`);
    const p = paragraph('');
    p.inline.push(node);
    this._insert(childIndex, p);
    return wrapNode(this._ctx, node) as InlineImage;
  }

  appendImage(image: unknown): InlineImage {
    return this.insertImage(this._blocks().length, image);
  }

  removeChild(child: unknown): Self {
    this._guard();
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    removeChildNode(this._node, child._node);
    return this._self;
  }

  clear(): Self {
    this._guard();
    this._blocks().splice(0, this._blocks().length, paragraph(''));
    return this._self;
  }

  setText(text: string): Self {
    this._guard();
    // Each line becomes a paragraph (check).
    const lines = String(text).split('\n');
    this._blocks().splice(0, this._blocks().length, ...lines.map((line) => paragraph(line)));
    return this._self;
  }
}

/** Body, HeaderSection and FooterSection (a TableCell has no getParagraphs, getTables, getListItems). */
abstract class SectionElement<Self> extends BlockContainer<Self> {
  _collect<T>(type: string): T[] {
    const out: T[] = [];
    const walk = (node: AnyNode): void => {
      if (node.type === type) out.push(wrapNode(this._ctx, node) as T);
      for (const kid of childrenOf(node) ?? []) walk(kid);
    };
    for (const kid of this._blocks()) walk(kid);
    return out;
  }

  getParagraphs(): Paragraph[] {
    // Google counts list items as paragraphs here too.
    const out: Paragraph[] = [];
    const walk = (node: AnyNode): void => {
      if (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM') {
        out.push(wrapNode(this._ctx, node) as Paragraph);
      }
      for (const kid of childrenOf(node) ?? []) walk(kid);
    };
    for (const kid of this._blocks()) walk(kid);
    return out;
  }

  getTables(): Table[] {
    return this._collect('TABLE');
  }

  getListItems(): ListItem[] {
    return this._collect('LIST_ITEM');
  }

  override getParent(): null {
    return null;
  }

  override removeFromParent(): never {
    return notEmulated(`${this._className()}.removeFromParent`);
  }
}

class BodyElement extends SectionElement<Body> implements Conformant<BodyElement, Body> {
  _className(): string {
    return 'Body';
  }

  appendPageBreak(pageBreak?: unknown): PageBreak {
    if (pageBreak !== undefined && pageBreak !== null) notEmulated('Body.appendPageBreak(pageBreak)');
    const p = paragraph('');
    p.inline.push({ type: 'PAGE_BREAK' });
    this._insert(this._blocks().length, p);
    return wrapNode(this._ctx, p.inline[0]) as PageBreak;
  }
}

// A header or footer has no appendPageBreak (reference/document/header-section, /footer-section).
class HeaderElement
  extends SectionElement<HeaderSection>
  implements Conformant<HeaderElement, HeaderSection>
{
  _className(): string {
    return 'HeaderSection';
  }
}

class FooterElement
  extends SectionElement<FooterSection>
  implements Conformant<FooterElement, FooterSection>
{
  _className(): string {
    return 'FooterSection';
  }
}

class TableCellElement extends BlockContainer<TableCell> implements Conformant<TableCellElement, TableCell> {
  _className(): string {
    return 'TableCell';
  }

  getParentRow(): TableRow | null {
    return this.getParent() as TableRow | null;
  }

  getParentTable(): Table | null {
    const row = findParent(this._ctx, this._node);
    const t = row && findParent(this._ctx, row);
    return t ? (wrapNode(this._ctx, t) as Table) : null;
  }

  setWidth(width: number): TableCell {
    this._guard();
    (this._node as TableCellNode).attrs.WIDTH = width;
    return this._self;
  }

  getWidth(): number | null {
    return ((this._node as TableCellNode).attrs.WIDTH as number | undefined) ?? null;
  }

  setBackgroundColor(color: string): TableCell {
    this._guard();
    (this._node as TableCellNode).attrs.BACKGROUND_COLOR = color;
    return this._self;
  }

  getBackgroundColor(): string | null {
    return ((this._node as TableCellNode).attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }

  setVerticalAlignment(alignment: unknown): TableCell {
    this._guard();
    (this._node as TableCellNode).attrs.VERTICAL_ALIGNMENT = String(alignment);
    return this._self;
  }
}

/** Paragraph and ListItem. */
abstract class ParagraphLike<Self> extends ContainerElement<Self> {
  _p(): ParagraphNode {
    return this._node as ParagraphNode;
  }

  /** Returns nothing, as Google's does (reference/document/paragraph#setText(String)). */
  setText(text: string): void {
    this._guard();
    const first = this._p().inline.find((i): i is TextRun => i.type === 'TEXT');
    const attrs = first ? first.attrs : {};
    this._p().inline = String(text) === '' ? [] : [{ type: 'TEXT', text: String(text), attrs: { ...attrs } }];
  }

  appendText(text: string | Text): Text {
    if (typeof text === 'object' && text !== null) notEmulated(`${this._className()}.appendText(Text)`);
    this._guard();
    const inline = this._p().inline;
    const last = inline[inline.length - 1];
    if (last && last.type === 'TEXT') {
      last.text += String(text);
      return wrapNode(this._ctx, last) as Text;
    }
    const prev = [...inline].reverse().find((i): i is TextRun => i.type === 'TEXT');
    const run: TextRun = { type: 'TEXT', text: String(text), attrs: prev ? { ...prev.attrs } : {} };
    inline.push(run);
    return wrapNode(this._ctx, run) as Text;
  }

  appendPageBreak(pageBreak?: unknown): PageBreak {
    if (pageBreak !== undefined && pageBreak !== null) {
      notEmulated(`${this._className()}.appendPageBreak(pageBreak)`);
    }
    this._guard();
    const mark: Inline = { type: 'PAGE_BREAK' };
    this._p().inline.push(mark);
    return wrapNode(this._ctx, mark) as PageBreak;
  }

  appendHorizontalRule(): HorizontalRule {
    this._guard();
    const mark: Inline = { type: 'HORIZONTAL_RULE' };
    this._p().inline.push(mark);
    return wrapNode(this._ctx, mark) as HorizontalRule;
  }

  /** reference/document/paragraph#insertInlineImage(Integer,BlobSource): at a child index. */
  insertInlineImage(childIndex: number, image: unknown): InlineImage {
    this._guard();
    checkIndex(childIndex, this._p().inline.length);
    const node = imageFrom(image, `${this._className()}.insertInlineImage`);
    this._p().inline.splice(childIndex, 0, node);
    return wrapNode(this._ctx, node) as InlineImage;
  }

  appendInlineImage(image: unknown): InlineImage {
    return this.insertInlineImage(this._p().inline.length, image);
  }

  clear(): Self {
    this._guard();
    this._p().inline = [];
    return this._self;
  }

  removeChild(child: unknown): Self {
    this._guard();
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    removeChildNode(this._node, child._node);
    return this._self;
  }

  _setAttr(key: string, value: unknown): Self {
    this._guard();
    this._p().attrs[key] = value;
    return this._self;
  }

  _getAttr(key: string): unknown {
    return this._p().attrs[key] ?? null;
  }

  setHeading(heading: unknown): Self {
    const member = enumMember(ParagraphHeading, heading);
    if (!member) throw new Error('Invalid argument: heading');
    return this._setAttr('HEADING', member.name());
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    const name = (this._getAttr('HEADING') as keyof typeof ParagraphHeading | null) ?? 'NORMAL';
    return officialEnum(ParagraphHeading[name]);
  }

  setAlignment(alignment: unknown): Self {
    const member = enumMember(HorizontalAlignment, alignment);
    if (!member) throw new Error('Invalid argument: alignment');
    return this._setAttr('HORIZONTAL_ALIGNMENT', member.name());
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment | null {
    // Unset alignment reads as null (inherited from the style) (check).
    const name = this._getAttr('HORIZONTAL_ALIGNMENT') as keyof typeof HorizontalAlignment | null;
    return name ? officialEnum(HorizontalAlignment[name]) : null;
  }

  setSpacingBefore(spacing: number): Self {
    return this._setAttr('SPACING_BEFORE', spacing);
  }

  getSpacingBefore(): number | null {
    return this._getAttr('SPACING_BEFORE') as number | null;
  }

  setSpacingAfter(spacing: number): Self {
    return this._setAttr('SPACING_AFTER', spacing);
  }

  getSpacingAfter(): number | null {
    return this._getAttr('SPACING_AFTER') as number | null;
  }

  setLineSpacing(multiplier: number): Self {
    return this._setAttr('LINE_SPACING', multiplier);
  }

  getLineSpacing(): number | null {
    return this._getAttr('LINE_SPACING') as number | null;
  }

  setIndentStart(indent: number): Self {
    return this._setAttr('INDENT_START', indent);
  }

  getIndentStart(): number | null {
    return this._getAttr('INDENT_START') as number | null;
  }

  setIndentEnd(indent: number): Self {
    return this._setAttr('INDENT_END', indent);
  }

  getIndentEnd(): number | null {
    return this._getAttr('INDENT_END') as number | null;
  }

  setIndentFirstLine(indent: number): Self {
    return this._setAttr('INDENT_FIRST_LINE', indent);
  }

  getIndentFirstLine(): number | null {
    return this._getAttr('INDENT_FIRST_LINE') as number | null;
  }
}

class ParagraphElement extends ParagraphLike<Paragraph> implements Conformant<ParagraphElement, Paragraph> {
  _className(): string {
    return 'Paragraph';
  }
}

class ListItemElement extends ParagraphLike<ListItem> implements Conformant<ListItemElement, ListItem> {
  _className(): string {
    return 'ListItem';
  }

  setGlyphType(glyphType: unknown): ListItem {
    const member = enumMember(GlyphType, glyphType);
    if (!member) throw new Error('Invalid argument: glyphType');
    return this._setAttr('GLYPH_TYPE', member.name());
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return officialEnum(
      GlyphType[(this._getAttr('GLYPH_TYPE') as keyof typeof GlyphType | null) ?? 'BULLET'],
    );
  }

  setNestingLevel(level: number): ListItem {
    return this._setAttr('NESTING_LEVEL', level);
  }

  getNestingLevel(): number {
    return (this._getAttr('NESTING_LEVEL') as number | null) ?? 0;
  }
}

class TableElement extends ContainerElement<Table> implements Conformant<TableElement, Table> {
  _className(): string {
    return 'Table';
  }

  _t(): TableNode {
    return this._node as TableNode;
  }

  getNumRows(): number {
    return this._t().rows.length;
  }

  getRow(rowIndex: number): TableRow {
    const row = this._t().rows[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    return wrapNode(this._ctx, row) as TableRow;
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    const row = this._t().rows[rowIndex];
    const c = row?.cells[cellIndex];
    if (!c) throw new Error(`Cell (${rowIndex}, ${cellIndex}) out of range.`);
    return wrapNode(this._ctx, c) as TableCell;
  }

  _rowArg(row: unknown): TableRowNode {
    if (row === undefined) return { type: 'TABLE_ROW', cells: [], attrs: {} };
    return detachedCopy<TableRowNode>(row, ['TABLE_ROW']);
  }

  appendTableRow(row?: unknown): TableRow {
    return this.insertTableRow(this._t().rows.length, row);
  }

  insertTableRow(rowIndex: number, row?: unknown): TableRow {
    this._guard();
    checkIndex(rowIndex, this._t().rows.length);
    const node = this._rowArg(row);
    this._t().rows.splice(rowIndex, 0, node);
    return wrapNode(this._ctx, node) as TableRow;
  }

  removeRow(rowIndex: number): TableRow {
    this._guard();
    const row = this._t().rows[rowIndex];
    if (!row) throw new Error(`Row index (${rowIndex}) out of range.`);
    this._t().rows.splice(rowIndex, 1);
    return wrapNode(this._ctx, row) as TableRow;
  }

  removeChild(child: unknown): Table {
    this._guard();
    if (!isWrapped(child)) throw new Error('Invalid argument: child');
    removeChildNode(this._node, child._node);
    return this._self;
  }

  setBorderWidth(width: number): Table {
    this._guard();
    this._t().attrs.BORDER_WIDTH = width;
    return this._self;
  }

  getBorderWidth(): number | null {
    return (this._t().attrs.BORDER_WIDTH as number | undefined) ?? null;
  }

  setBorderColor(color: string): Table {
    this._guard();
    this._t().attrs.BORDER_COLOR = color;
    return this._self;
  }

  setColumnWidth(columnIndex: number, width: number): Table {
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

class TableRowElement extends ContainerElement<TableRow> implements Conformant<TableRowElement, TableRow> {
  _className(): string {
    return 'TableRow';
  }

  _r(): TableRowNode {
    return this._node as TableRowNode;
  }

  getNumCells(): number {
    return this._r().cells.length;
  }

  getCell(cellIndex: number): TableCell {
    const c = this._r().cells[cellIndex];
    if (!c) throw new Error(`Cell index (${cellIndex}) out of range.`);
    return wrapNode(this._ctx, c) as TableCell;
  }

  _cellArg(value: unknown): TableCellNode {
    if (typeof value === 'object' && value !== null)
      return detachedCopy<TableCellNode>(value, ['TABLE_CELL']);
    return { type: 'TABLE_CELL', children: [paragraph(value === undefined ? '' : String(value))], attrs: {} };
  }

  appendTableCell(textOrCell?: unknown): TableCell {
    return this.insertTableCell(this._r().cells.length, textOrCell);
  }

  insertTableCell(cellIndex: number, textOrCell?: unknown): TableCell {
    this._guard();
    checkIndex(cellIndex, this._r().cells.length);
    const node = this._cellArg(textOrCell);
    this._r().cells.splice(cellIndex, 0, node);
    return wrapNode(this._ctx, node) as TableCell;
  }

  removeCell(cellIndex: number): TableCell {
    this._guard();
    const c = this._r().cells[cellIndex];
    if (!c) throw new Error(`Cell index (${cellIndex}) out of range.`);
    this._r().cells.splice(cellIndex, 1);
    return wrapNode(this._ctx, c) as TableCell;
  }

  getParentTable(): Table | null {
    return this.getParent() as Table | null;
  }

  setMinimumHeight(height: number): TableRow {
    this._guard();
    this._r().attrs.MINIMUM_HEIGHT = height;
    return this._self;
  }
}

/**
 * A Text element. Wraps either one text run, or (from editAsText) a whole container, in which case
 * it edits every run in it.
 */
class TextElement extends BaseElement<Text> implements Conformant<TextElement, Text> {
  _className(): string {
    return 'Text';
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    return officialEnum(ElementType.TEXT);
  }

  _runs(): TextRun[] {
    return textRuns(this._node);
  }

  getText(): string {
    return textOf(this._node);
  }

  setText(text: string): Text {
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

  appendText(text: string): Text {
    this._guard();
    const runs = this._runs();
    const last = runs[runs.length - 1];
    if (!last) return this.setText(text);
    last.text += String(text);
    return this._self;
  }

  insertText(offset: number, text: string): Text {
    this._guard();
    const run = this._single('insertText');
    if (offset < 0 || offset > run.text.length) throw new Error(`Offset (${offset}) out of range.`);
    run.text = run.text.slice(0, offset) + String(text) + run.text.slice(offset);
    return this._self;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
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

  replaceText(searchPattern: string, replacement: string): Text {
    this._guard();
    const regex = re2ToRegExp(String(searchPattern));
    for (const run of this._runs()) run.text = replaceAllIn(run.text, regex, String(replacement));
    return this._self;
  }

  findText(searchPattern: string, from?: unknown): RangeElement | null {
    return findIn(this._ctx, this._node, String(searchPattern), from);
  }

  editAsText(): Text {
    return this._self;
  }

  /** The whole text only: `startOffset` must be 0 and `endOffsetInclusive` the last offset. */
  _whole(method: string, start: unknown, end: unknown): void {
    const length = this.getText().length;
    if (!(start === 0 && end === length - 1)) notEmulated(`Text.${method} on part of a text`);
  }

  /** setX(value) styles the whole text; setX(start, endInclusive, value) only a range (whole only). */
  _style(method: string, key: string, args: unknown[]): Text {
    this._guard();
    let value: unknown;
    if (args.length >= 3) {
      this._whole(method, args[0], args[1]);
      value = args[2];
    } else {
      value = args[0];
    }
    for (const run of this._runs()) run.attrs[key] = value;
    return this._self;
  }

  /** An attribute of the whole text (null when runs differ); at one offset is not emulated. */
  _read(key: string, method: string, offset: number | null | undefined): unknown {
    if (offset !== undefined && offset !== null) notEmulated(`Text.${method} at an offset`);
    const values = new Set(this._runs().map((r) => r.attrs[key] ?? null));
    return values.size === 1 ? [...values][0] : null;
  }

  override getAttributes(offset?: number | null): Record<string, unknown> {
    if (offset !== undefined && offset !== null) notEmulated('Text.getAttributes at an offset');
    return super.getAttributes();
  }

  /** setAttributes(attributes) or setAttributes(startOffset, endOffsetInclusive, attributes). */
  override setAttributes(...args: unknown[]): Text {
    if (args.length >= 3) {
      this._guard();
      this._whole('setAttributes', args[0], args[1]);
      return super.setAttributes(args[2] as Record<string, unknown>);
    }
    return super.setAttributes(args[0] as Record<string, unknown>);
  }

  setBold(...args: unknown[]): Text {
    return this._style('setBold', 'BOLD', args);
  }

  isBold(offset?: number | null): boolean | null {
    return this._read('BOLD', 'isBold', offset) as boolean | null;
  }

  setItalic(...args: unknown[]): Text {
    return this._style('setItalic', 'ITALIC', args);
  }

  isItalic(offset?: number | null): boolean | null {
    return this._read('ITALIC', 'isItalic', offset) as boolean | null;
  }

  setUnderline(...args: unknown[]): Text {
    return this._style('setUnderline', 'UNDERLINE', args);
  }

  isUnderline(offset?: number | null): boolean | null {
    return this._read('UNDERLINE', 'isUnderline', offset) as boolean | null;
  }

  setFontSize(...args: unknown[]): Text {
    return this._style('setFontSize', 'FONT_SIZE', args);
  }

  getFontSize(offset?: number | null): number | null {
    return this._read('FONT_SIZE', 'getFontSize', offset) as number | null;
  }

  setFontFamily(...args: unknown[]): Text {
    return this._style('setFontFamily', 'FONT_FAMILY', args);
  }

  getFontFamily(offset?: number | null): string | null {
    return this._read('FONT_FAMILY', 'getFontFamily', offset) as string | null;
  }

  setForegroundColor(...args: unknown[]): Text {
    return this._style('setForegroundColor', 'FOREGROUND_COLOR', args);
  }

  setLinkUrl(...args: unknown[]): Text {
    return this._style('setLinkUrl', 'LINK_URL', args);
  }
}

/** reference/document/inline-image: size in pixels, alt text, the image's bytes. */
class InlineImageElement
  extends BaseElement<InlineImage>
  implements Conformant<InlineImageElement, InlineImage>
{
  _className(): string {
    return 'InlineImage';
  }

  _img(): ImageInline {
    return this._node as ImageInline;
  }

  _size(key: 'width' | 'height', value: number): InlineImage {
    this._guard();
    // The reference types the size as Integer (pixels); a negative or fractional one is refused (check).
    if (!Number.isInteger(value) || value < 0) throw new Error(`Invalid argument: ${key}`);
    this._img()[key] = value;
    return this._self;
  }

  getWidth(): number {
    return this._img().width;
  }

  getHeight(): number {
    return this._img().height;
  }

  setWidth(width: number): InlineImage {
    return this._size('width', width);
  }

  setHeight(height: number): InlineImage {
    return this._size('height', height);
  }

  getAltTitle(): string {
    return (this._img().attrs.ALT_TITLE as string | undefined) ?? '';
  }

  setAltTitle(title: string): InlineImage {
    this._guard();
    this._img().attrs.ALT_TITLE = String(title);
    return this._self;
  }

  getAltDescription(): string {
    return (this._img().attrs.ALT_DESCRIPTION as string | undefined) ?? '';
  }

  setAltDescription(description: string): InlineImage {
    this._guard();
    this._img().attrs.ALT_DESCRIPTION = String(description);
    return this._self;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    return newBlob(this._ctx.log, Buffer.from(this._img().data, 'base64'), this._img().contentType, null);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (String(contentType) !== this._img().contentType)
      notEmulated(`InlineImage.getAs(${String(contentType)})`);
    return this.getBlob();
  }
}

class PageBreakElement extends BaseElement<PageBreak> implements Conformant<PageBreakElement, PageBreak> {
  _className(): string {
    return 'PageBreak';
  }
}

class HorizontalRuleElement
  extends BaseElement<HorizontalRule>
  implements Conformant<HorizontalRuleElement, HorizontalRule>
{
  _className(): string {
    return 'HorizontalRule';
  }
}

Object.assign(CLASS_OF, {
  BODY_SECTION: BodyElement,
  HEADER_SECTION: HeaderElement,
  FOOTER_SECTION: FooterElement,
  PARAGRAPH: ParagraphElement,
  LIST_ITEM: ListItemElement,
  TABLE: TableElement,
  TABLE_ROW: TableRowElement,
  TABLE_CELL: TableCellElement,
  TEXT: TextElement,
  PAGE_BREAK: PageBreakElement,
  HORIZONTAL_RULE: HorizontalRuleElement,
  INLINE_IMAGE: InlineImageElement,
});
