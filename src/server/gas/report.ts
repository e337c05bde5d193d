// A report written straight into a new Doc (the analytical note, the pay report): headings,
// paragraphs, lists and tables, made by Docs.Documents.create and one batchUpdate
// (documents/fill.ts, contentRequests), then moved into the folder, with a PDF beside it if asked.
// Each file's id is reported as soon as it exists, so a run killed half-way leaves a record of what
// to clean up (src/server/jobs/documents.ts).
import { contentRequests } from '../documents/fill';
import type { NoteBlock } from '../monitoring';

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
    else {
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
  const file = DriveApp.getFileById(docId);
  file.moveTo(folder);
  const url = `https://docs.google.com/document/d/${docId}/edit`;
  if (!options.pdf) return { docId, url, pdfId: '', pdfUrl: '', name };
  // The blob is named «<name>.pdf» (reference/drive/file#getAs).
  const pdfId = folder.createFile(file.getAs('application/pdf')).getId();
  onFile(pdfId);
  return { docId, url, pdfId, pdfUrl: `https://drive.google.com/file/d/${pdfId}/view`, name };
}

/** The id inside a Docs/Drive link (or the id itself). */
export function idFromUrl(url: string): string {
  const m = /\/(?:d|folders)\/([-\w]{10,})/.exec(url) ?? /[?&]id=([-\w]{10,})/.exec(url);
  if (m) return m[1];
  return /^[-\w]{10,}$/.test(url.trim()) ? url.trim() : '';
}
