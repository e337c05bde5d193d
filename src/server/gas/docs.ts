// DocumentApp, the advanced Docs service and DriveApp for the documents: the templates the school
// edits, and the orders, programmes and consent forms filled from them. All wording and data come
// from src/server/documents; this file only copies, fills and exports.
//
// A document is a Drive copy of its template filled by one Docs API batchUpdate
// (apps-script/advanced/docs; docs/api/reference/rest/v1/documents/batchUpdate): the template is
// read once per execution with Documents.get, and documents/fill.ts turns it and the data into
// index-based requests. So a document costs the same few calls whatever its size, and data is
// inserted literally (insertText takes no pattern).
import {
  apiDocumentText,
  contentRequests,
  fillRequests,
  filledContent,
  type DocsRequest,
} from '../documents/fill';
import { PACK_TEXTS } from '../documents/pack-texts';
import { findPlaceholders, unknownPlaceholders } from '../documents/placeholders';
import { TEMPLATES, type TemplateParagraph, type TemplateTable } from '../documents/templates';
import { ERRORS, FOLDER_ROOT } from '../documents/texts';
import type { DocContent, DocKind, PlaceholderValues, RowSet } from '../documents/types';
import { UserError, messageOf } from '../shared/errors';

type Folder = GoogleAppsScript.Drive.Folder;
type Doc = GoogleAppsScript.Document.Document;

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
 * repeats each marked table row per data row, and puts a PDF beside it. Refuses, before copying, a
 * template with placeholders nobody fills.
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

/** A template read once per execution (one Docs API call), for every document made from it. */
export interface PreparedTemplate {
  id: string;
  file: GoogleAppsScript.Drive.File;
  /** The text of body, header and footer. */
  text: string;
  /** Placeholder names as written in it. */
  names: string[];
  title: string;
  /** The template as the Docs API returns it: where every placeholder and table row stands. */
  doc: GoogleAppsScript.Docs.Schema.Document;
}

export function prepareTemplate(templateId: string): PreparedTemplate {
  let doc: GoogleAppsScript.Docs.Schema.Document;
  try {
    doc = Docs!.Documents!.get(templateId);
  } catch (e) {
    throw new UserError(ERRORS.templateMissing(messageOf(e)));
  }
  const text = apiDocumentText(doc);
  return {
    id: templateId,
    file: DriveApp.getFileById(templateId),
    text,
    names: findPlaceholders(text),
    title: doc.title ?? '',
    doc,
  };
}

export interface MakeOptions {
  /** Put a PDF beside the document. */
  pdf: boolean;
  /** Called with each file's id as soon as it exists (the copy, then the PDF): the write-ahead record. */
  onFile?: (id: string) => void;
}

/**
 * The links of a Docs document and of a Drive file, from their ids. File#getUrl would cost a call
 * each for a link of this form (reference/drive/file#getUrl: «the URL that can be used to open the
 * File in a Google App like Drive or Docs»).
 */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

export function fileUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

/**
 * The requests filling `template` with the content, or a refusal before anything is made: a
 * placeholder nobody fills, or a row field outside its repeating row.
 */
function planFor(
  template: Pick<PreparedTemplate, 'text' | 'title' | 'doc'>,
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>,
): DocsRequest[] {
  const { name, values, rowSets } = content;
  const unknown = unknownPlaceholders(template.text, [
    ...Object.keys(values),
    ...rowSets.flatMap((s) => s.keys),
  ]);
  if (unknown.length > 0) throw new UserError(ERRORS.unknownPlaceholders(template.title, unknown));
  const plan = fillRequests(template.doc, values, rowSets);
  if (plan.misplaced.length > 0) throw new UserError(ERRORS.misplacedPlaceholders(name, plan.misplaced));
  return plan.requests;
}

/**
 * One document from a prepared template: copied into `folder` under the content's name and filled
 * in one Docs API batchUpdate (and a PDF beside it if asked). Three service calls (the copy, its
 * id, the batch), three more for a PDF (the export, the file, its id), whatever the size. Refuses,
 * before copying, content that leaves placeholders of the template unfilled.
 */
export function makeFromTemplate(
  template: PreparedTemplate,
  folder: Folder,
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>,
  options: MakeOptions,
): GeneratedDoc {
  const { name } = content;
  const requests = planFor(template, content);
  const copy = template.file.makeCopy(name, folder);
  const docId = copy.getId();
  options.onFile?.(docId);
  fill(docId, requests, () => copy.setTrashed(true));
  const url = documentUrl(docId);
  if (!options.pdf) return { docId, url, pdfId: '', pdfUrl: '', name };
  // A Docs API change is saved as it is made: the export sees it. The blob is named «<name>.pdf»
  // (reference/drive/file#getAs).
  const pdfId = folder.createFile(copy.getAs(PDF)).getId();
  options.onFile?.(pdfId);
  return { docId, url, pdfId, pdfUrl: fileUrl(pdfId), name };
}

/**
 * Requests one step of a long fill sends in its batchUpdate (a district's order of thousands of
 * pairs is some 90,000): about 20 s on the latency model's 5 ms a request, so a step fits any
 * execution's budget and the fill goes on in the next execution (estimate).
 */
export const FILL_STEP_REQUESTS = 4000;

/** Where a fill over several steps stands: requests applied, and the revision they left. */
export interface FillProgress {
  done: number;
  /** The document's revision after the last step ('' before the first). */
  revision: string;
}

/** A document made from a template over several steps, each its own call. */
export interface StagedDoc {
  /** A fingerprint of every request: a run that computes others (the data changed) starts again. */
  hash: string;
  /** Requests in all. */
  total: number;
  /** Copies the template under the content's name, reporting the copy's id; returns it. */
  copy(onFile: (id: string) => void): string;
  /**
   * Applies the next requests, at most FILL_STEP_REQUESTS, in one batchUpdate that must find the
   * document at `progress.revision` (writeControl.requiredRevisionId, docs/api/reference/rest/v1/
   * documents/batchUpdate: «If this is not the latest revision of the document, the request is not
   * processed»). So a step an execution applied and was killed before recording, or anyone's edit
   * meanwhile, is seen and nothing is applied twice. Returns the new progress, or null when the
   * document is not at that revision (the caller starts again from a new copy).
   */
  step(docId: string, progress: FillProgress): FillProgress | null;
  /** The finished document's links, and its PDF beside it when asked (reported as it is made). */
  finish(docId: string, onFile: (id: string) => void): { url: string; pdfUrl: string };
}

/**
 * A document from a prepared template filled in steps (StagedDoc): the same requests as
 * makeFromTemplate, refused before anything is copied when the content leaves placeholders
 * unfilled. A short document takes one step: the copy, its only batch and the PDF.
 */
export function stagedFromTemplate(
  template: PreparedTemplate,
  folder: Folder,
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>,
  options: { pdf: boolean },
): StagedDoc {
  const requests = planFor(template, content);
  /** The copy made in this execution (its PDF then costs no lookup). */
  let copied: { id: string; file: GoogleAppsScript.Drive.File } | null = null;
  return {
    hash: fingerprint(JSON.stringify(requests)),
    total: requests.length,
    copy(onFile) {
      const file = template.file.makeCopy(content.name, folder);
      copied = { id: file.getId(), file };
      onFile(copied.id);
      return copied.id;
    },
    step(docId, progress) {
      const batch = requests.slice(progress.done, progress.done + FILL_STEP_REQUESTS);
      if (batch.length === 0) return progress;
      const resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest = { requests: batch };
      if (progress.revision) resource.writeControl = { requiredRevisionId: progress.revision };
      let response: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
      try {
        response = Docs!.Documents!.batchUpdate(resource, docId);
      } catch (e) {
        // Google's message for a stale revision is not documented: the revision itself tells.
        if (progress.revision && Docs!.Documents!.get(docId).revisionId !== progress.revision) return null;
        throw e;
      }
      return {
        done: progress.done + batch.length,
        revision: response.writeControl?.requiredRevisionId ?? '',
      };
    },
    finish(docId, onFile) {
      const url = documentUrl(docId);
      if (!options.pdf) return { url, pdfUrl: '' };
      // The blob is named «<name>.pdf» (reference/drive/file#getAs).
      const file = copied?.id === docId ? copied.file : DriveApp.getFileById(docId);
      const pdfId = folder.createFile(file.getAs(PDF)).getId();
      onFile(pdfId);
      return { url, pdfUrl: fileUrl(pdfId) };
    },
  };
}

/** FNV-1a of a string, as 8 hex digits: cheap, and enough to tell two fills apart. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** One batchUpdate with every request; a refusal bins the half-made copy (`discard`) and is thrown. */
function fill(docId: string, requests: DocsRequest[], discard: () => void): void {
  if (requests.length === 0) return;
  try {
    Docs!.Documents!.batchUpdate({ requests }, docId);
  } catch (e) {
    discard();
    throw e;
  }
}

/** A print pack's file name, from when its run was asked for (the script's time zone). */
export function packName(kind: 'programmes' | 'consents', since: number): string {
  return PACK_TEXTS.name(
    kind,
    Utilities.formatDate(new Date(since), Session.getScriptTimeZone(), 'dd.MM.yyyy HH:mm'),
  );
}

/** One document of a print pack: its template and its data. */
export interface PackItem {
  template: PreparedTemplate;
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>;
}

/**
 * The most characters a part of a print pack is cut to: a Google Doc holds at most 1.02 million
 * (Google Drive Help, «Files you can store in Google Drive»), and the estimate of a document's share
 * (actions/print-pack.ts) leaves out the pack's header and footer, so a fifth is kept spare. About
 * 500 pages of consent forms.
 */
export const PACK_PART_CHARS = 800_000;

/**
 * Requests one step of a print pack sends in its batchUpdate: about 20 s on the latency model's
 * 5 ms a request, so a step fits any execution's budget (estimate).
 */
export const PACK_STEP_REQUESTS = 4000;

/**
 * A print pack: one document holding every item, each from a new page, and one PDF of it, made in
 * steps so that no execution runs long and a kill between steps loses nothing:
 *
 *   start   the last item's template copied (its page setup, header and footer are the pack's) and
 *           filled as a document is — a unit of its own, recorded like any document;
 *   extend  the items before it, their content filled in pure code (filledContent), inserted in
 *           front with a page break after each, as many as PACK_STEP_REQUESTS allow, in one
 *           batchUpdate (atomic: all or nothing); how many the pack holds is read back from it;
 *   pdf     the PDF, found again by its name if a kill came after it was made.
 *
 * Refuses, before copying, an item whose template it cannot fill or that starts with a table.
 */
export function startPrintPack(
  items: PackItem[],
  folder: Folder,
  name: string,
  onFile: (id: string) => void = () => undefined,
): GeneratedDoc {
  const last = items[items.length - 1];
  for (const item of items) planFor(item.template, item.content);
  if (!last.template.doc.body?.content?.[1]?.paragraph)
    throw new UserError(PACK_TEXTS.tableFirst(last.template.title));
  const requests = planFor(last.template, last.content);
  const copy = last.template.file.makeCopy(name, folder);
  const docId = copy.getId();
  onFile(docId);
  fill(docId, requests, () => copy.setTrashed(true));
  return { docId, url: documentUrl(docId), pdfId: '', pdfUrl: '', name };
}

/** Page breaks in a body's top level: the pack's separators, and any the template has. */
function pageBreaks(doc: GoogleAppsScript.Docs.Schema.Document): number {
  return (doc.body?.content ?? []).reduce(
    (n, e) => n + (e.paragraph?.elements ?? []).filter((x) => x.pageBreak).length,
    0,
  );
}

/**
 * How many of `items` the pack holds (one call): a page break separates each item inserted, and
 * inserted items carry none of their template's own (contentRequests), while the last item, the
 * template's copy, keeps its `pageBreaks`.
 */
export function printPackHolds(docId: string, last: PackItem): number {
  return pageBreaks(Docs!.Documents!.get(docId)) - pageBreaks(last.template.doc) + 1;
}

/**
 * One step: the items before those the pack holds, as many as fit PACK_STEP_REQUESTS (at least
 * one), in one batchUpdate. Returns how many it added.
 */
export function extendPrintPack(docId: string, items: PackItem[], holds: number): number {
  const requests: DocsRequest[] = [];
  let added = 0;
  for (let i = items.length - 1 - holds; i >= 0; i--) {
    const { template, content } = items[i];
    const more: DocsRequest[] = [
      { insertPageBreak: { location: { index: 1 } } },
      ...contentRequests(filledContent(template.doc, content.values, content.rowSets), 1).requests,
    ];
    if (added > 0 && requests.length + more.length > PACK_STEP_REQUESTS) break;
    requests.push(...more);
    added++;
  }
  if (added > 0) Docs!.Documents!.batchUpdate({ requests }, docId);
  return added;
}

/** The pack's PDF beside it: one already made under its name (a kill after it was made) is kept. */
export function printPackPdf(docId: string, folder: Folder, name: string): { pdfId: string; pdfUrl: string } {
  const found = folder.getFilesByName(`${name}.pdf`);
  const pdfId = found.hasNext()
    ? found.next().getId()
    : folder.createFile(DriveApp.getFileById(docId).getAs(PDF)).getId();
  return { pdfId, pdfUrl: fileUrl(pdfId) };
}

/** A whole print pack in one go (tests, small runs): start, extend until it holds every item, PDF. */
export function makePrintPack(
  items: PackItem[],
  folder: Folder,
  name: string,
  onFile: (id: string) => void = () => undefined,
): GeneratedDoc {
  const made = startPrintPack(items, folder, name, onFile);
  let holds = 1;
  while (holds < items.length) holds += extendPrintPack(made.docId, items, holds);
  const pdf = printPackPdf(made.docId, folder, name);
  onFile(pdf.pdfId);
  return { ...made, ...pdf };
}

/**
 * Regenerates a document the curator asked to redo: its content is replaced by the template's,
 * filled with fresh data, under the same id and link; the old PDF (if given) goes to the bin and a
 * new one is made. Rare (one order at a time), so the body is copied element by element with
 * DocumentApp, then filled like any document.
 */
export function regenerateInPlace(
  docId: string,
  templateId: string,
  content: Pick<DocContent, 'name' | 'values' | 'rowSets'>,
  oldPdfId = '',
): GeneratedDoc {
  const template = prepareTemplate(templateId);
  planFor(template, content);
  const doc = DocumentApp.openById(docId);
  copySection(openTemplate(templateId).getBody(), doc.getBody());
  doc.setName(content.name);
  doc.saveAndClose();
  const requests = planFor({ ...template, doc: Docs!.Documents!.get(docId) }, content);
  fill(docId, requests, () => undefined);
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

// DocumentApp's replaceText takes an RE2 pattern and a replacement in which `$n` and `\` are special
// (reference/document/body#replaceText): these two make a placeholder and a value literal there,
// for code that fills a document with DocumentApp.

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
