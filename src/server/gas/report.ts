// A report written straight into a new Doc (the analytical note, the pay report): headings,
// paragraphs, lists and tables, made by Docs.Documents.create and one batchUpdate
// (documents/fill.ts, contentRequests), then moved into the folder, with a PDF beside it if asked.
// A chart is an image, which the Docs API inserts only from a public URL: the batchUpdate leaves an
// empty centred paragraph above the chart's caption, and DocumentApp puts the PNG the Charts
// service drew into it (a dozen calls per chart, and a note has one).
// Each file's id is reported as soon as it exists, so a run killed half-way leaves a record of what
// to clean up (src/server/jobs/documents.ts).
import { contentRequests } from '../documents/fill';
import type { NoteBlock } from '../monitoring';
import type { ChartBlock } from '../monitoring/chart';
import { chartImage, DOC_CHART_SIZE } from './charts';

type Folder = GoogleAppsScript.Drive.Folder;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;

const para = (text: string, style: ParagraphStyle = {}, bold = false, bullet = false): StructuralElement => ({
  paragraph: {
    elements: [{ textRun: { content: text, textStyle: bold ? { bold: true } : {} } }],
    paragraphStyle: { namedStyleType: 'NORMAL_TEXT', ...style },
    ...(bullet ? { bullet: {} } : {}),
  },
});

/** The report as the structural elements documents.get would give for it. */
export function reportContent(title: string, subtitle: string, blocks: NoteBlock[]): StructuralElement[] {
  const out: StructuralElement[] = [para(title, { namedStyleType: 'TITLE', alignment: 'CENTER' })];
  if (subtitle) out.push(para(subtitle, { alignment: 'CENTER' }));
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(para(block.text, { namedStyleType: 'HEADING_2' }));
    else if (block.kind === 'paragraph') out.push(para(block.text, { alignment: 'JUSTIFIED' }));
    else if (block.kind === 'list') for (const item of block.items) out.push(para(item, {}, false, true));
    else if (block.kind === 'chart') {
      // The image's place (placeCharts), then the caption under it.
      out.push(para('', { alignment: 'CENTER' }));
      out.push(para(block.caption, { alignment: 'CENTER' }));
    } else {
      out.push({
        table: {
          tableRows: [block.header, ...block.rows].map((cells, r) => ({
            tableCells: cells.map((cell) => ({ content: [para(cell, {}, r === 0)] })),
          })),
        },
      });
    }
  }
  return out;
}

export function writeReport(
  folder: Folder,
  name: string,
  title: string,
  subtitle: string,
  blocks: NoteBlock[],
  /** Called with each file's id as soon as it exists (the document, then its PDF). */
  onFile: (id: string) => void = () => undefined,
  options: { pdf: boolean } = { pdf: true },
) {
  const docId = Docs!.Documents!.create({ title: name }).documentId!;
  onFile(docId);
  // A new document holds one empty paragraph, from index 1: the report goes before it.
  Docs!.Documents!.batchUpdate(
    { requests: contentRequests(reportContent(title, subtitle, blocks), 1).requests },
    docId,
  );
  placeCharts(
    docId,
    blocks.filter((b): b is ChartBlock => b.kind === 'chart'),
  );
  const file = DriveApp.getFileById(docId);
  file.moveTo(folder);
  const url = `https://docs.google.com/document/d/${docId}/edit`;
  if (!options.pdf) return { docId, url, pdfId: '', pdfUrl: '', name };
  // The blob is named «<name>.pdf» (reference/drive/file#getAs).
  const pdfId = folder.createFile(file.getAs('application/pdf')).getId();
  onFile(pdfId);
  return { docId, url, pdfId, pdfUrl: `https://drive.google.com/file/d/${pdfId}/view`, name };
}

/**
 * Each chart's image into the empty paragraph above its caption (found by the caption's text, which
 * the note has once), sized to the page, with the caption as its alt text; saved before the PDF.
 */
function placeCharts(docId: string, charts: ChartBlock[]): void {
  if (!charts.length) return;
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  for (const block of charts) {
    const found = body.findText(re2Literal(block.caption));
    if (!found) throw new Error(`The chart's caption is missing from the document: ${block.caption}`);
    found
      .getElement()
      .getParent()
      .getPreviousSibling()
      .asParagraph()
      .appendInlineImage(chartImage(block.chart))
      .setWidth(DOC_CHART_SIZE.width)
      .setHeight(DOC_CHART_SIZE.height)
      .setAltTitle(block.chart.title)
      .setAltDescription(block.caption);
  }
  doc.saveAndClose();
}

/** `text` as an RE2 pattern matching itself (findText takes a regular expression). */
function re2Literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The id inside a Docs/Drive link (or the id itself). */
export function idFromUrl(url: string): string {
  const m = /\/(?:d|folders)\/([-\w]{10,})/.exec(url) ?? /[?&]id=([-\w]{10,})/.exec(url);
  if (m) return m[1];
  return /^[-\w]{10,}$/.test(url.trim()) ? url.trim() : '';
}
