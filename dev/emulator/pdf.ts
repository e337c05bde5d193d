// The PDF export of a Google Doc as a real PDF (issue #17): what File.getAs('application/pdf') and
// Document.getAs give. Drawn with pdfkit (a library made for it) on A4 in DejaVu Serif (Cyrillic),
// paragraph by paragraph as the doc renders: headings, alignment, bold and italic, lists, tables,
// page breaks, inline images (PNG, at their size in the document, one pixel taken as one point
// (check), scaled down to the text width), the header and footer on every page. The document's
// text also travels inside the file as an attachment («text.txt»), uncompressed, so a test can
// still find a phrase in the bytes.
// Synchronous, as getAs is: pdfkit writes into its stream's buffer, read out after end().
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { RenderedBlock } from './docs';

export interface PdfSource {
  name: string;
  header: RenderedBlock[] | null;
  body: RenderedBlock[];
  footer: RenderedBlock[] | null;
  /** The saved text (header, body, footer), carried as an attachment. */
  text: string;
}

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: Record<'regular' | 'bold' | 'italic' | 'boldItalic', Buffer> | null = null;

function loadFonts(): NonNullable<typeof fonts> {
  fonts ??= {
    regular: readFileSync(join(FONT_DIR, 'DejaVuSerif.ttf')),
    bold: readFileSync(join(FONT_DIR, 'DejaVuSerif-Bold.ttf')),
    italic: readFileSync(join(FONT_DIR, 'DejaVuSerif-Italic.ttf')),
    boldItalic: readFileSync(join(FONT_DIR, 'DejaVuSerif-BoldItalic.ttf')),
  };
  return fonts;
}

/** Points: A4 with the margins of a Russian order (left 3 cm, right 1.5 cm, top and bottom 2 cm). */
const MARGINS = { top: 57, bottom: 57, left: 85, right: 43 };
const SIZES: Record<string, number> = {
  TITLE: 16,
  SUBTITLE: 13,
  HEADING1: 14,
  HEADING2: 13,
  HEADING3: 12,
  HEADING4: 11,
  HEADING5: 11,
  HEADING6: 11,
  NORMAL: 11,
};
const ALIGN: Record<string, 'left' | 'center' | 'right' | 'justify'> = {
  CENTER: 'center',
  RIGHT: 'right',
  JUSTIFY: 'justify',
};

type Doc = PDFKit.PDFDocument;
type Paragraph = Extract<RenderedBlock, { type: 'paragraph' | 'listItem' }>;

function font(doc: Doc, bold: boolean, italic: boolean): void {
  doc.font(bold && italic ? 'boldItalic' : bold ? 'bold' : italic ? 'italic' : 'regular');
}

/** A paragraph's images, one under another, aligned as the paragraph; a new page if one does not fit. */
function images(doc: Doc, b: Paragraph, width: number): void {
  for (const image of b.images ?? []) {
    const scale = Math.min(1, width / image.width);
    const w = image.width * scale;
    const h = image.height * scale;
    if (doc.y + h > doc.page.height - MARGINS.bottom) doc.addPage();
    const align = ALIGN[b.alignment ?? ''];
    const x = MARGINS.left + (align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0);
    const top = doc.y;
    doc.image(Buffer.from(image.bytes), x, top, { width: w, height: h });
    doc.x = MARGINS.left;
    doc.y = top + h + 3;
  }
}

function paragraph(doc: Doc, b: Paragraph, width: number): void {
  if (b.images?.length) {
    images(doc, b, width);
    // A paragraph that holds only its image adds no empty line under it.
    if (!b.text) return;
  }
  const heading = b.heading in SIZES ? b.heading : 'NORMAL';
  font(doc, b.bold || (heading !== 'NORMAL' && heading !== 'SUBTITLE'), b.italic);
  doc.fontSize(SIZES[heading]);
  const indent = b.type === 'listItem' ? 18 * (1 + (b.nestingLevel ?? 0)) : 0;
  const text = b.type === 'listItem' ? `•  ${b.text}` : b.text;
  doc.text(text || ' ', MARGINS.left + indent, doc.y, {
    width: width - indent,
    align: ALIGN[b.alignment ?? ''] ?? 'left',
    paragraphGap: heading === 'NORMAL' ? 3 : 6,
    lineGap: 1,
  });
  if (b.horizontalRule) {
    doc
      .moveTo(MARGINS.left, doc.y + 2)
      .lineTo(MARGINS.left + width, doc.y + 2)
      .stroke();
    doc.moveDown(0.5);
  }
  if (b.pageBreak) doc.addPage();
}

function table(doc: Doc, rows: string[][], width: number): void {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const cellWidth = width / columns;
  const pad = 3;
  const size = columns > 6 ? 8 : columns > 4 ? 9 : 10;
  doc.moveDown(0.3);
  rows.forEach((row, i) => {
    font(doc, i === 0, false);
    doc.fontSize(size);
    const height =
      Math.max(...row.map((cell) => doc.heightOfString(cell || ' ', { width: cellWidth - 2 * pad })), size) +
      2 * pad;
    if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
    const top = doc.y;
    for (let c = 0; c < columns; c++) {
      const x = MARGINS.left + c * cellWidth;
      doc.rect(x, top, cellWidth, height).stroke();
      doc.text(row[c] ?? '', x + pad, top + pad, { width: cellWidth - 2 * pad });
    }
    doc.x = MARGINS.left;
    doc.y = top + height;
  });
  doc.moveDown(0.5);
}

function blocks(doc: Doc, list: RenderedBlock[], width: number): void {
  for (const b of list) {
    if (b.type === 'table') table(doc, b.rows, width);
    else paragraph(doc, b, width);
  }
}

/** A small section (header or footer) at `y`, in 9 pt, without moving the page on. */
function band(doc: Doc, list: RenderedBlock[], y: number, width: number): void {
  const text = list
    .map((b) => (b.type === 'table' ? b.rows.map((r) => r.join('  ')).join('\n') : b.text))
    .join('\n')
    .trim();
  if (!text) return;
  const first = list.find((b): b is Paragraph => b.type !== 'table');
  font(doc, false, false);
  doc.fontSize(9).text(text, MARGINS.left, y, {
    width,
    align: ALIGN[first?.alignment ?? ''] ?? 'left',
    lineBreak: true,
    height: MARGINS.top - 20,
    ellipsis: true,
  });
}

export function renderPdf(source: PdfSource): Uint8Array {
  const f = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    compress: false,
    bufferPages: true,
    pdfVersion: '1.4',
    info: { Title: source.name, Creator: 'Google Docs (offline emulator)', Producer: 'pdfkit' },
    lang: 'ru-RU',
  });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  doc.registerFont('italic', f.italic);
  doc.registerFont('boldItalic', f.boldItalic);
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  blocks(doc, source.body, width);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Drawing in the margins must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (source.header) band(doc, source.header, 20, width);
    if (source.footer) band(doc, source.footer, doc.page.height - MARGINS.bottom + 12, width);
    doc.page.margins.bottom = bottom;
  }
  doc.file(Buffer.from(source.text, 'utf8'), {
    name: 'text.txt',
    type: 'text/plain',
    description: 'Текст документа',
  });
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null)
    chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  if (!bytes.subarray(0, 8).toString('latin1').startsWith('%PDF-') || !bytes.includes('%%EOF'))
    throw new Error('pdfkit did not finish the PDF synchronously');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
