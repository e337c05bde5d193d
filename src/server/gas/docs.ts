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
  const { names } = checkedTemplate(templateId, values, rowSets);
  const copy = DriveApp.getFileById(templateId).makeCopy(name, folder);
  const docId = copy.getId();
  const doc = DocumentApp.openById(docId);
  fillOpenDoc(doc, names, values, rowSets, () => copy.setTrashed(true));
  doc.saveAndClose();
  const pdf = folder.createFile(copy.getAs(PDF)).setName(`${name}.pdf`);
  return { docId, url: copy.getUrl(), pdfId: pdf.getId(), pdfUrl: pdf.getUrl(), name };
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

/** Repeats every table row holding a row set's fields once per data row; true when data had `{`. */
function repeatRows(body: GoogleAppsScript.Document.Body, rowSets: RowSet[]): boolean {
  if (rowSets.length === 0) return false;
  const setOf = new Map<string, RowSet>();
  for (const set of rowSets) for (const key of set.keys) setOf.set(placeholderKey(key), set);
  let braces = false;
  for (const table of body.getTables()) {
    const markers: Array<{
      row: GoogleAppsScript.Document.TableRow;
      index: number;
      set: RowSet;
      names: string[];
    }> = [];
    const count = table.getNumRows();
    for (let index = 0; index < count; index++) {
      const row = table.getRow(index);
      const names = findPlaceholders(row.getText()).filter((n) => setOf.has(placeholderKey(n)));
      if (names.length > 0) markers.push({ row, index, set: setOf.get(placeholderKey(names[0]))!, names });
    }
    // From the bottom up, so the indices of rows above stay valid.
    for (const marker of markers.reverse()) {
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
      if (marker.set.rows.length === 0 && count === 1) table.removeFromParent();
      else marker.row.removeFromParent();
    }
  }
  return braces;
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
  const stale = to.getNumChildren();
  const count = from.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) to.appendTable(child.asTable().copy());
    else if (type === DocumentApp.ElementType.LIST_ITEM) to.appendListItem(child.asListItem().copy());
    else if (type === DocumentApp.ElementType.PARAGRAPH) to.appendParagraph(child.asParagraph().copy());
  }
  // The old content goes after the new is in: a body must always keep one paragraph.
  for (let i = stale - 1; i >= 0; i--) to.getChild(i).removeFromParent();
}
