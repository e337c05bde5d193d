// A report written straight into a new Doc (the analytical note): headings, paragraphs, lists and
// tables, then a PDF beside it. Each file's id is reported as soon as it exists, so a run killed
// half-way leaves a record of what to clean up (src/server/jobs/documents.ts).
import type { NoteBlock } from '../monitoring';

type Folder = GoogleAppsScript.Drive.Folder;

export function writeReport(
  folder: Folder,
  name: string,
  title: string,
  subtitle: string,
  blocks: NoteBlock[],
  /** Called with each file's id as soon as it exists (the document, then its PDF). */
  onFile: (id: string) => void = () => undefined,
) {
  const doc = DocumentApp.create(name);
  const docId = doc.getId();
  onFile(docId);
  const body = doc.getBody();
  const head = body.getChild(0).asParagraph();
  head.setText(title);
  head.setHeading(DocumentApp.ParagraphHeading.TITLE).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendParagraph(subtitle).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  for (const block of blocks) {
    if (block.kind === 'heading')
      body.appendParagraph(block.text).setHeading(DocumentApp.ParagraphHeading.HEADING2);
    else if (block.kind === 'paragraph')
      body.appendParagraph(block.text).setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
    else if (block.kind === 'list') for (const item of block.items) body.appendListItem(item);
    else {
      const table = body.appendTable([block.header, ...block.rows]);
      table.getRow(0).editAsText().setBold(true);
    }
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  const file = DriveApp.getFileById(docId);
  file.moveTo(folder);
  const pdf = folder.createFile(file.getAs('application/pdf')).setName(`${name}.pdf`);
  const pdfId = pdf.getId();
  onFile(pdfId);
  return { docId, url, pdfId, pdfUrl: pdf.getUrl(), name };
}

/** The id inside a Docs/Drive link (or the id itself). */
export function idFromUrl(url: string): string {
  const m = /\/(?:d|folders)\/([-\w]{10,})/.exec(url) ?? /[?&]id=([-\w]{10,})/.exec(url);
  if (m) return m[1];
  return /^[-\w]{10,}$/.test(url.trim()) ? url.trim() : '';
}
