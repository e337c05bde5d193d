// DocumentApp and DriveApp for the documents: the templates the school edits, and the orders,
// programmes and consent forms filled from them. All wording and data come from
// src/server/documents; this file only copies, fills and exports.
//
// Filling is literal: Body.replaceText takes an RE2 pattern and a replacement in which `$n` and `\`
// are special (reference/document/body#replaceText), so placeholder names are regex-escaped and
// `\`/`$` in data are backslash-escaped. A `{` in data is written as a private-use character
// until every placeholder is filled, so `{{…}}` typed in a name is never taken for a placeholder.
import { findPlaceholders, placeholderKey, unknownPlaceholders } from '../documents/placeholders';
import { TEMPLATES, type TemplateParagraph, type TemplateTable } from '../documents/templates';
import { ERRORS, FOLDER_ROOT } from '../documents/texts';
import type { DocContent, DocKind, PlaceholderValues, RowSet } from '../documents/types';
import { UserError, messageOf } from '../shared/errors';

type Folder = GoogleAppsScript.Drive.Folder;
type Doc = GoogleAppsScript.Document.Document;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

const PDF = 'application/pdf';
const BRACE_STAND_IN = '\uE000';
const FONT = 'Times New Roman';

export interface GeneratedDoc {
  docId: string;
  url: string;
  pdfId: string;
  pdfUrl: string;
  name: string;
}

export interface TemplateDoc {
  kind: DocKind;
  docId: string;
  url: string;
  name: string;
}

/** The school's documents folder «Наставничество — документы», created on setup. */
export function createDocumentsRoot(): Folder {
  return DriveApp.createFolder(FOLDER_ROOT);
}

/** The folder of one school year («2026/2027») inside the documents folder, created when missing. */
export function yearFolder(root: Folder, schoolYear: string): Folder {
  const found = root.getFoldersByName(schoolYear);
  return found.hasNext() ? found.next() : root.createFolder(schoolYear);
}

/** Creates one editable template from its default content (templates.ts) in `folder`. */
export function createTemplateDoc(kind: DocKind, folder: Folder): TemplateDoc {
  const spec = TEMPLATES[kind];
  const doc = DocumentApp.create(spec.title);
  const body = doc.getBody();
  spec.blocks.forEach((block, i) => {
    if (block.type === 'paragraph') appendParagraph(body, block, i === 0);
    else appendTable(body, block);
  });
  body.editAsText().setFontFamily(FONT);
  const docId = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  DriveApp.getFileById(docId).moveTo(folder);
  return { kind, docId, url, name: spec.title };
}

/** All four templates, keyed by kind (their links go to Настройки). */
export function createTemplateDocs(folder: Folder): Record<DocKind, TemplateDoc> {
  const kinds = Object.keys(TEMPLATES) as DocKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, createTemplateDoc(kind, folder)])) as Record<
    DocKind,
    TemplateDoc
  >;
}

function appendParagraph(
  body: GoogleAppsScript.Document.Body,
  block: TemplateParagraph,
  first: boolean,
): void {
  // A new document starts with one empty paragraph: the first block takes it over.
  let paragraph: GoogleAppsScript.Document.Paragraph;
  if (first) {
    paragraph = body.getChild(0).asParagraph();
    paragraph.setText(block.text);
  } else {
    paragraph = body.appendParagraph(block.text);
  }
  paragraph.setAlignment(ALIGNMENTS[block.align ?? 'left']());
  const text = paragraph.editAsText();
  if (block.text !== '') text.setBold(!!block.bold);
  if (block.style === 'title' && block.text !== '') text.setFontSize(14);
}

function appendTable(body: GoogleAppsScript.Document.Body, block: TemplateTable): void {
  const cells = [...(block.header ? [block.header] : []), ...block.rows.map((r) => r.cells)];
  const table = body.appendTable(cells);
  if (block.header) table.getRow(0).editAsText().setBold(true);
  if (!block.borders) table.setBorderWidth(0);
}

const ALIGNMENTS: Record<string, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  left: () => DocumentApp.HorizontalAlignment.LEFT,
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
  justify: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

/** The document's content built by order.ts, programme.ts or consent.ts, as a new Doc and PDF. */
export function generateDocument(templateId: string, folder: Folder, content: DocContent): GeneratedDoc {
  return fillTemplate(templateId, folder, content.name, content.values, content.rowSets);
}

/**
 * Copies the template into `folder` as `name`, fills every placeholder in body, header and footer,
 * repeats each marked table row per data row, saves, and puts a PDF beside it. Refuses, before
 * copying, a template with placeholders nobody fills.
 */
export function fillTemplate(
  templateId: string,
  folder: Folder,
  name: string,
  values: PlaceholderValues,
  rowSets: RowSet[],
): GeneratedDoc {
  return makeFromTemplate(prepareTemplate(templateId), folder, { name, values, rowSets }, { pdf: true });
}

/** A template opened and read once per execution, for every document made from it. */
export interface PreparedTemplate {
  id: string;
  file: GoogleAppsScript.Drive.File;
  /** The text of body, header and footer. */
  text: string;
  /** Placeholder names as written in it. */
  names: string[];
  title: string;
}

export function prepareTemplate(templateId: string): PreparedTemplate {
  const template = openTemplate(templateId);
  const text = templateText(template);
  return {
    id: templateId,
    file: DriveApp.getFileById(templateId),
    text,
    names: findPlaceholders(text),
    title: template.getName(),
  };
}

export interface MakeOptions {
  /** Put a PDF beside the document. */
  pdf: boolean;
  /** Called with each file's id as soon as it exists (the copy, then the PDF): the write-ahead record. */
  onFile?: (id: string) => void;
}

/**
 * One document from a prepared template: copied into `folder` under the content's name, filled,
 * saved (and a PDF beside it if asked). Refuses, before copying, content that leaves placeholders
 * of the template unfilled.
 */
export function makeFromTemplate(
  template: PreparedTemplate,
  folder: Folder,
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>,
  options: MakeOptions,
): GeneratedDoc {
  const { name, values, rowSets } = content;
  const unknown = unknownPlaceholders(template.text, [
    ...Object.keys(values),
    ...rowSets.flatMap((s) => s.keys),
  ]);
  if (unknown.length > 0) throw new UserError(ERRORS.unknownPlaceholders(template.title, unknown));
  const copy = template.file.makeCopy(name, folder);
  const docId = copy.getId();
  options.onFile?.(docId);
  const doc = DocumentApp.openById(docId);
  const url = doc.getUrl();
  fillOpenDoc(doc, template.names, values, rowSets, () => copy.setTrashed(true));
  doc.saveAndClose();
  if (!options.pdf) return { docId, url, pdfId: '', pdfUrl: '', name };
  const pdf = folder.createFile(copy.getAs(PDF)).setName(`${name}.pdf`);
  const pdfId = pdf.getId();
  options.onFile?.(pdfId);
  return { docId, url, pdfId, pdfUrl: pdf.getUrl(), name };
}

/**
 * Regenerates a document the curator asked to redo: its content is replaced by the template's,
 * filled with fresh data, under the same id and link; the old PDF (if given) goes to the bin and a
 * new one is made.
 */
export function regenerateInPlace(
  docId: string,
  templateId: string,
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>,
  oldPdfId = '',
): GeneratedDoc {
  const { template, names } = checkedTemplate(templateId, content.values, content.rowSets);
  const doc = DocumentApp.openById(docId);
  copySection(template.getBody(), doc.getBody());
  doc.setName(content.name);
  fillOpenDoc(doc, names, content.values, content.rowSets, () => undefined);
  doc.saveAndClose();
  const file = DriveApp.getFileById(docId);
  const folder = file.getParents();
  if (oldPdfId) DriveApp.getFileById(oldPdfId).setTrashed(true);
  const blob = file.getAs(PDF);
  const pdf = (folder.hasNext() ? folder.next().createFile(blob) : DriveApp.createFile(blob)).setName(
    `${content.name}.pdf`,
  );
  return { docId, url: file.getUrl(), pdfId: pdf.getId(), pdfUrl: pdf.getUrl(), name: content.name };
}

/** Placeholders a template has that the add-on does not fill for this document (for the sidebar). */
export function templateUnknownPlaceholders(templateId: string, known: Iterable<string>): string[] {
  return unknownPlaceholders(templateText(DocumentApp.openById(templateId)), known);
}

function openTemplate(templateId: string): Doc {
  try {
    return DocumentApp.openById(templateId);
  } catch (e) {
    throw new UserError(ERRORS.templateMissing(messageOf(e)));
  }
}

function templateText(doc: Doc): string {
  const header = doc.getHeader();
  const footer = doc.getFooter();
  return [doc.getBody().getText(), header ? header.getText() : '', footer ? footer.getText() : ''].join('\n');
}

/** The template and the placeholder names it uses, as written; throws when some are unknown. */
function checkedTemplate(
  templateId: string,
  values: PlaceholderValues,
  rowSets: RowSet[],
): { template: Doc; names: string[] } {
  const template = openTemplate(templateId);
  const text = templateText(template);
  const unknown = unknownPlaceholders(text, [...Object.keys(values), ...rowSets.flatMap((s) => s.keys)]);
  if (unknown.length > 0) throw new UserError(ERRORS.unknownPlaceholders(template.getName(), unknown));
  return { template, names: findPlaceholders(text) };
}

function fillOpenDoc(
  doc: Doc,
  names: string[],
  values: PlaceholderValues,
  rowSets: RowSet[],
  discard: () => void,
): void {
  const body = doc.getBody();
  const header = doc.getHeader();
  const footer = doc.getFooter();
  const sections: Section[] = [body, ...(header ? [header] : []), ...(footer ? [footer] : [])];
  let bracesInData = repeatRows(body, rowSets);
  const byKey = new Map(Object.entries(values).map(([k, v]) => [placeholderKey(k), v]));
  for (const name of names) {
    const value = byKey.get(placeholderKey(name));
    if (value === undefined) continue; // a row field: filled in its rows above
    if (value.includes('{')) bracesInData = true;
    for (const section of sections) section.replaceText(pattern(name), replacement(value));
  }
  // A row field outside a repeating table row is left unfilled: refuse rather than print «{{…}}».
  const left = findPlaceholders(sections.map((s) => s.getText()).join('\n'));
  if (left.length > 0) {
    doc.saveAndClose();
    discard();
    throw new UserError(ERRORS.misplacedPlaceholders(doc.getName(), left));
  }
  if (bracesInData) for (const section of sections) section.replaceText(BRACE_STAND_IN, '{');
}

type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;

/** A template row holding a row set's fields: repeated once per data row of the set. */
interface Marker {
  row: TableRow;
  index: number;
  set: RowSet;
  names: string[];
}

/** Table attributes carried over when a table is rebuilt (borders: the rest are per cell or text). */
const TABLE_ATTRIBUTES = ['BORDER_COLOR', 'BORDER_WIDTH'];

/**
 * Docs calls a rebuilt table costs besides its cells and columns (see `rebuildTable`): parent,
 * index, insert, remove, table attributes, and the text style read off the marker row and set on
 * the new rows. Only used to pick the cheaper way for a table; an estimate, not a contract.
 */
const REBUILD_CALLS = 20;

/**
 * Repeats every table row holding a row set's fields once per data row; true when data had `{`.
 *
 * A table whose repeated rows are plain (each cell one paragraph) is rebuilt in one call, as
 * Google's reference advises for tables of many rows (reference/document/table): the rows' text is
 * filled here, `insertTable(index, cells)` makes all the rows at once, and the template table's
 * other rows (copied as they are), borders, column widths and the repeated row's font are carried
 * over in a constant number of calls. A small table, or one whose repeated row holds more than
 * plain text, has its row copied and filled once per data row instead, which keeps every detail.
 */
function repeatRows(body: GoogleAppsScript.Document.Body, rowSets: RowSet[]): boolean {
  if (rowSets.length === 0) return false;
  const setOf = new Map<string, RowSet>();
  for (const set of rowSets) for (const key of set.keys) setOf.set(placeholderKey(key), set);
  let braces = false;
  // Last table first: a table nested in a row is filled before that row is copied.
  for (const table of body.getTables().reverse()) {
    if (repeatInTable(body, table, setOf)) braces = true;
  }
  return braces;
}

function repeatInTable(
  body: GoogleAppsScript.Document.Body,
  table: Table,
  setOf: Map<string, RowSet>,
): boolean {
  const rows: TableRow[] = [];
  const markers: Marker[] = [];
  const count = table.getNumRows();
  for (let index = 0; index < count; index++) {
    const row = table.getRow(index);
    rows.push(row);
    const names = findPlaceholders(row.getText()).filter((n) => setOf.has(placeholderKey(n)));
    if (names.length > 0) markers.push({ row, index, set: setOf.get(placeholderKey(names[0]))!, names });
  }
  if (markers.length === 0) return false;
  const dataRows = markers.reduce((sum, m) => sum + m.set.rows.length, 0);
  if (dataRows === 0) {
    if (markers.length === count) table.removeFromParent();
    else for (const marker of markers.reverse()) marker.row.removeFromParent();
    return false;
  }
  // Copying costs a few calls per data row; rebuilding, a constant for the table (its cells read,
  // the fixed rows copied, the columns set). The width is read only when rebuilding may pay.
  const perRow = markers.reduce((sum, m) => sum + m.set.rows.length * (2 + m.names.length), 0);
  const rebuildCost = (cells: number) =>
    REBUILD_CALLS + 2 * (count - markers.length) + markers.length * (1 + 4 * cells) + 2 * cells;
  if (perRow > rebuildCost(1)) {
    const width = markers[0].row.getNumCells();
    const cells = perRow > rebuildCost(width) ? markerCells(markers, width) : null;
    if (cells) return rebuildTable(body, table, rows, markers, cells, width);
  }
  return copyRows(table, markers);
}

/** Copies each marker row once per data row and fills the copy (every detail of the row kept). */
function copyRows(table: Table, markers: Marker[]): boolean {
  let braces = false;
  // From the bottom up, so the indices of rows above stay valid.
  for (const marker of [...markers].reverse()) {
    marker.set.rows.forEach((data, i) => {
      const byKey = new Map(Object.entries(data).map(([k, v]) => [placeholderKey(k), v]));
      const copy = marker.row.copy();
      for (const name of marker.names) {
        const value = byKey.get(placeholderKey(name)) ?? '';
        if (value.includes('{')) braces = true;
        copy.replaceText(pattern(name), replacement(value));
      }
      table.insertTableRow(marker.index + i, copy);
    });
    marker.row.removeFromParent();
  }
  return braces;
}

/**
 * The text of each marker row's cells, or null when a row cannot be made from text alone: a cell
 * with several paragraphs, a list item or anything but one paragraph, or rows of unequal width.
 */
function markerCells(markers: Marker[], width: number): string[][] | null {
  const out: string[][] = [];
  for (const [i, marker] of markers.entries()) {
    if (i > 0 && marker.row.getNumCells() !== width) return null;
    const texts: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = marker.row.getCell(c);
      const text = cell.getText();
      if (text.includes('\n')) return null;
      if (cell.getChild(0).getType() !== DocumentApp.ElementType.PARAGRAPH) return null;
      texts.push(text);
    }
    out.push(texts);
  }
  return out;
}

/** The marker rows' text filled from the data, in JS: `{` in data stood in for, as in replaceText. */
function filledRows(marker: Marker, texts: string[]): { cells: string[][]; braces: boolean } {
  let braces = false;
  const patterns = marker.names.map((name) => ({
    key: placeholderKey(name),
    re: new RegExp(pattern(name), 'g'),
  }));
  const cells = marker.set.rows.map((data) => {
    const byKey = new Map(Object.entries(data).map(([k, v]) => [placeholderKey(k), v]));
    return texts.map((text) =>
      patterns.reduce((t, { key, re }) => {
        const value = byKey.get(key) ?? '';
        if (value.includes('{')) braces = true;
        return t.replace(re, () => value.replace(/\{/g, BRACE_STAND_IN));
      }, text),
    );
  });
  return { cells, braces };
}

/**
 * Replaces `table` by a new one made in one call from the filled rows, with the template table's
 * other rows copied in place, and its borders, column widths and the repeated rows' font.
 */
function rebuildTable(
  body: GoogleAppsScript.Document.Body,
  table: Table,
  rows: TableRow[],
  markers: Marker[],
  texts: string[][],
  width: number,
): boolean {
  const parent = table.getParent();
  const type = parent.getType();
  let container: GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;
  if (type === DocumentApp.ElementType.BODY_SECTION) container = body;
  else if (type === DocumentApp.ElementType.TABLE_CELL) container = parent.asTableCell();
  else return copyRows(table, markers);

  let braces = false;
  const filled = markers.map((marker, i) => {
    const made = filledRows(marker, texts[i]);
    if (made.braces) braces = true;
    return made.cells;
  });
  const fixed = rows.filter((_, i) => !markers.some((m) => m.index === i));
  const copies = fixed.map((row) => row.copy());
  const attributes = table.getAttributes() as Record<string, unknown>;
  const kept = Object.fromEntries(
    TABLE_ATTRIBUTES.filter((k) => attributes[k] !== null && attributes[k] !== undefined).map((k) => [
      k,
      attributes[k],
    ]),
  );
  const widths = Array.from({ length: width }, (_, c) => table.getColumnWidth(c));
  const style = textStyle(markers[0].row.editAsText());

  // The old table goes first, so the new one takes its place without touching another table.
  const index = container.getChildIndex(table);
  table.removeFromParent();
  const made = container.insertTable(index, filled.flat());
  if (Object.keys(kept).length > 0) made.setAttributes(kept);
  applyTextStyle(made.editAsText(), style);
  // The template's other rows (a header, a fixed first or last row), each where it stood.
  let at = 0;
  let next = 0;
  for (let i = 0; i < rows.length; i++) {
    const m = markers.findIndex((marker) => marker.index === i);
    if (m >= 0) at += filled[m].length;
    else made.insertTableRow(at++, copies[next++]);
  }
  widths.forEach((w, c) => {
    if (w) made.setColumnWidth(c, w);
  });
  return braces;
}

interface TextStyle {
  fontFamily: string | null;
  fontSize: number | null;
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
}

/** The font of a text, where it is the same throughout (null where it varies). */
function textStyle(text: GoogleAppsScript.Document.Text): TextStyle {
  return {
    fontFamily: text.getFontFamily(),
    fontSize: text.getFontSize(),
    bold: text.isBold(),
    italic: text.isItalic(),
    underline: text.isUnderline(),
  };
}

function applyTextStyle(text: GoogleAppsScript.Document.Text, style: TextStyle): void {
  if (style.fontFamily !== null) text.setFontFamily(style.fontFamily);
  if (style.fontSize !== null) text.setFontSize(style.fontSize);
  if (style.bold !== null) text.setBold(style.bold);
  if (style.italic !== null) text.setItalic(style.italic);
  if (style.underline !== null) text.setUnderline(style.underline);
}

/** An RE2 pattern matching `{{name}}` as written, spaces inside the braces allowed. */
export function pattern(name: string): string {
  return `\\{\\{\\s*${name.replace(/[\\^$.|?*+()[\]{}-]/g, '\\$&')}\\s*\\}\\}`;
}

/** A replacement inserted literally: `{` stood in for, then `\` and `$` escaped. */
export function replacement(value: string): string {
  return value.replace(/\{/g, BRACE_STAND_IN).replace(/[\\$]/g, '\\$&');
}

/** Replaces the content of `to` with copies of the elements of `from`. */
function copySection(from: GoogleAppsScript.Document.Body, to: GoogleAppsScript.Document.Body): void {
  // A cleared body keeps one empty paragraph (a body always has one): it goes once the new
  // content is in.
  to.clear();
  const count = from.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) to.appendTable(child.asTable().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) to.appendListItem(child.asListItem().copy());
    else if (type === DocumentApp.ElementType.PARAGRAPH) to.appendParagraph(child.asParagraph().copy());
  }
  if (to.getNumChildren() > 1) to.getChild(0).removeFromParent();
}
