// DocumentApp: Google Docs as a tree of elements (docs/elements.ts) stored as JSON (docs/model.ts).
// A doc keeps its live content and the content as last saved: edits are saved by saveAndClose() or
// at the end of the execution (`flush()`), and a PDF export shows only the saved content.
// DocumentApp and Document are checked against the official interfaces (surface.ts), the elements
// in docs/elements.ts.
import { emulated, notEmulated, urlFor } from './core';
import { renderPdf } from './pdf';
import { conform, type Conformant } from './surface';
import type { Workspace, ServiceModule } from './index';
import {
  type AnyNode,
  type BlockNode,
  type DocContent,
  type DocData,
  type SectionNode,
  clone,
  emptyContent,
  textOf,
  textRuns,
} from './docs/model';
import { type DocCtx, type DocSession, CLOSED_MESSAGE, wrapNode } from './docs/elements';
import { DocsApiError, applyRequests, toApiDocument } from './docs/api';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  VerticalAlignment,
} from './docs/enums';

export { CLOSED_MESSAGE } from './docs/elements';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;
type Blob = GoogleAppsScript.Base.Blob;
type User = GoogleAppsScript.Base.User;
type AnyElement = GoogleAppsScript.Document.Element;

/** Google's message for an id that is not a document it can open (check). */
const MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

export const PDF_MIME = 'application/pdf';

/** A rendered block, for tests and the playground. */
export type RenderedBlock =
  | {
      type: 'paragraph' | 'listItem';
      text: string;
      heading: string;
      alignment: string | null;
      bold: boolean;
      italic: boolean;
      pageBreak: boolean;
      horizontalRule: boolean;
      nestingLevel?: number;
      /** The paragraph's inline images, when it has any. */
      images?: RenderedImage[];
    }
  | { type: 'table'; rows: string[][] };

/** An inline image: PNG bytes and its size in the document (pixels, as InlineImage gives them). */
export interface RenderedImage {
  contentType: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  altTitle: string;
  altDescription: string;
  /** The image as a data: URL (for a page to show). */
  dataUrl: string;
}

export interface RenderedDoc {
  id: string;
  name: string;
  header: RenderedBlock[] | null;
  body: RenderedBlock[];
  footer: RenderedBlock[] | null;
}

interface DocsState {
  docs: DocData[];
}

export class DocsService implements ServiceModule {
  private docs = new Map<string, DocData>();

  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    // Viewers may open a document; their changes throw (access.ts).
    const openById = (id: string): Document =>
      this.ws.driveApp.access.openChecked(String(id), 'viewer', MISSING, (i) => this.open(i));
    const app = conform<GoogleAppsScript.Document.DocumentApp>()({
      ParagraphHeading,
      HorizontalAlignment,
      VerticalAlignment,
      GlyphType,
      ElementType,
      Attribute,
      create: (name: string) => this.create(String(name)),
      openById,
      openByUrl: (url: string) => openById(idFromUrl(String(url))),
      getActiveDocument: (): Document | null => null,
    });
    const documents = conform<GoogleAppsScript.Docs.Collection.DocumentsCollection>()({
      get: (documentId: string, _optionalArgs?: object) => this.apiGet(String(documentId)),
      create: (resource: GoogleAppsScript.Docs.Schema.Document) => this.apiCreate(resource),
      batchUpdate: (resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string) =>
        this.apiBatchUpdate(resource, String(documentId)),
    });
    // The advanced Docs service (apps-script/advanced/docs): the Docs API v1 under the user symbol
    // `Docs`, its methods as `Docs.Documents.<method>`.
    const docsApi = emulated(
      'Docs',
      { Documents: emulated('Docs.Documents', documents, this.ws.calls) },
      this.ws.calls,
    );
    return { DocumentApp: emulated('DocumentApp', app, this.ws.calls), Docs: docsApi };
  }

  /**
   * The document for the Docs API: it must exist and the user must have `need` on it. The API sees
   * the saved content, as a second editor would (DocumentApp's unsaved edits are its own) (check).
   */
  private apiData(method: string, id: string, need: 'viewer' | 'editor'): DocData {
    const data = this.docs.get(id);
    if (!data || !this.ws.drive.has(id)) throw new DocsApiError(method, 'Requested entity was not found.');
    this.ws.driveApp.access.require(
      id,
      need,
      new DocsApiError(method, 'The caller does not have permission').message,
    );
    return data;
  }

  /** Docs.Documents.get (docs/api/reference/rest/v1/documents/get). */
  apiGet(id: string): GoogleAppsScript.Docs.Schema.Document {
    const data = this.apiData('get', id, 'viewer');
    return toApiDocument(id, this._name(id), clone(data.saved));
  }

  /**
   * Docs.Documents.create (documents/create): a blank document with the title in My Drive; other
   * fields of the request are ignored. Counted against the daily quota of documents created.
   */
  apiCreate(resource: GoogleAppsScript.Docs.Schema.Document): GoogleAppsScript.Docs.Schema.Document {
    const title = String(resource?.title ?? '') || 'Untitled document';
    this.ws.driveApp.countCreatedDocument();
    const entry = this.ws.addDriveEntry('document', title, [this.ws.driveApp.rootId()]);
    this.docs.set(entry.id, { id: entry.id, live: emptyContent(), saved: emptyContent() });
    return toApiDocument(entry.id, title, emptyContent());
  }

  /**
   * Docs.Documents.batchUpdate (documents/batchUpdate): every request applied in order, atomically;
   * the change is saved at once (a PDF export right after shows it), and a DocumentApp view of the
   * document opened later sees it.
   */
  apiBatchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    id: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const data = this.apiData('batchUpdate', id, 'editor');
    if (resource?.writeControl) notEmulated('Docs.Documents.batchUpdate(writeControl)');
    const { content, replies } = applyRequests(data.saved, resource?.requests ?? []);
    data.saved = content;
    data.live = clone(content);
    const entry = this.ws.drive.get(id);
    if (entry) entry.updated = this.ws.clock.nowMillis();
    return { documentId: id, replies, writeControl: {} };
  }

  /** DocumentApp.create: a new doc in the root folder, counted against the daily quota. */
  create(name: string): Document {
    this.ws.driveApp.countCreatedDocument();
    const entry = this.ws.addDriveEntry('document', name, [this.ws.driveApp.rootId()]);
    this.docs.set(entry.id, { id: entry.id, live: emptyContent(), saved: emptyContent() });
    return this.open(entry.id);
  }

  /** A new Document object (its own open/closed state) on an existing doc. */
  open(id: string): Document {
    const data = this.docs.get(id);
    if (!data || !this.ws.drive.has(id)) throw new Error(MISSING);
    const session: DocSession = { closed: false };
    const doc = new DocumentObject(this, id, session);
    const proxy = emulated('Document', doc, this.ws.calls) as unknown as Document;
    doc._self = proxy;
    return proxy;
  }

  _data(id: string): DocData {
    const data = this.docs.get(id);
    if (!data) throw new Error(MISSING);
    return data;
  }

  _ctx(id: string, session: DocSession): DocCtx {
    return {
      log: this.ws.calls,
      session,
      content: () => this._data(id).live,
      touch: () => {
        const entry = this.ws.drive.get(id);
        if (entry) entry.updated = this.ws.clock.nowMillis();
      },
    };
  }

  /** The sharing methods of a Document (access.ts). */
  _sharing(id: string, self: () => Document) {
    return this.ws.driveApp.access.sharingMethods('Document', id, self);
  }

  _name(id: string): string {
    return this.ws.drive.get(id)?.name ?? '';
  }

  _setName(id: string, name: string): void {
    const entry = this.ws.drive.get(id);
    if (entry) entry.name = name;
  }

  /** Saves one doc: what a PDF export or a Drive copy sees from now on. */
  save(id: string): void {
    const data = this._data(id);
    data.saved = clone(data.live);
  }

  /** The end of an execution: Apps Script saves every doc the script changed. */
  flush(): void {
    for (const id of this.docs.keys()) this.save(id);
  }

  /** A copy for DriveApp's makeCopy: an independent doc with the source's saved content (check). */
  copyInto(sourceId: string, targetId: string): void {
    const source = this._data(sourceId);
    this.docs.set(targetId, { id: targetId, live: clone(source.saved), saved: clone(source.saved) });
  }

  /** The PDF export as a Blob named '<doc name>.pdf'. */
  _pdfBlob(id: string): GoogleAppsScript.Base.Blob {
    return this.ws.driveApp.newBlob(this.pdfBytes(id), PDF_MIME, `${this._name(id)}.pdf`);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /**
   * The PDF export of the saved content: a real PDF (pdf.ts) a viewer opens, A4, with the saved
   * text (header, body, footer) also inside as an uncompressed attachment.
   */
  pdfBytes(id: string): Uint8Array {
    const saved = this._data(id).saved;
    const parts = [saved.header, saved.body, saved.footer].filter((s): s is SectionNode => s !== null);
    const text = parts.map((s) => textOf(s)).join('\n');
    const { header, body, footer } = this.render(id, { saved: true });
    return renderPdf({ name: this._name(id), header, body, footer, text });
  }

  /** The doc's text as getBody().getText() gives it (live content; `saved` for the last save). */
  text(id: string, opts: { saved?: boolean } = {}): string {
    const data = this._data(id);
    return textOf((opts.saved ? data.saved : data.live).body);
  }

  /** The doc as plain data: what a reader sees, block by block. */
  render(id: string, opts: { saved?: boolean } = {}): RenderedDoc {
    const data = this._data(id);
    const content = opts.saved ? data.saved : data.live;
    const section = (s: SectionNode | null) => (s ? s.children.map(renderBlock) : null);
    return {
      id,
      name: this._name(id),
      header: section(content.header),
      body: section(content.body) ?? [],
      footer: section(content.footer),
    };
  }

  toState(): DocsState {
    return { docs: [...this.docs.values()] };
  }

  loadState(state: unknown): void {
    this.docs.clear();
    for (const doc of (state as DocsState).docs ?? []) this.docs.set(doc.id, doc);
  }
}

function renderBlock(block: BlockNode): RenderedBlock {
  if (block.type === 'TABLE') {
    return { type: 'table', rows: block.rows.map((row) => row.cells.map((c) => textOf(c))) };
  }
  const runs = textRuns(block);
  const all = (key: string) => runs.length > 0 && runs.every((r) => r.attrs[key] === true);
  const images = block.inline.flatMap((i): RenderedImage[] =>
    i.type === 'INLINE_IMAGE'
      ? [
          {
            contentType: i.contentType,
            bytes: new Uint8Array(Buffer.from(i.data, 'base64')),
            width: i.width,
            height: i.height,
            altTitle: (i.attrs.ALT_TITLE as string | undefined) ?? '',
            altDescription: (i.attrs.ALT_DESCRIPTION as string | undefined) ?? '',
            dataUrl: `data:${i.contentType};base64,${i.data}`,
          },
        ]
      : [],
  );
  return {
    type: block.type === 'LIST_ITEM' ? 'listItem' : 'paragraph',
    text: textOf(block),
    heading: (block.attrs.HEADING as string | undefined) ?? 'NORMAL',
    alignment: (block.attrs.HORIZONTAL_ALIGNMENT as string | undefined) ?? null,
    bold: all('BOLD'),
    italic: all('ITALIC'),
    pageBreak: block.inline.some((i) => i.type === 'PAGE_BREAK'),
    horizontalRule: block.inline.some((i) => i.type === 'HORIZONTAL_RULE'),
    ...(block.type === 'LIST_ITEM'
      ? { nestingLevel: (block.attrs.NESTING_LEVEL as number | undefined) ?? 0 }
      : {}),
    ...(images.length ? { images } : {}),
  };
}

/** The id in a Docs/Drive URL (…/d/<id>/…). */
export function idFromUrl(url: string): string {
  const m = /\/d\/([A-Za-z0-9_-]+)/.exec(url) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url);
  if (!m) throw new Error(`Invalid argument: url`);
  return m[1];
}

class DocumentObject implements Conformant<DocumentObject, Document> {
  _self: Document = null as unknown as Document;

  constructor(
    private readonly _svc: DocsService,
    private readonly _id: string,
    private readonly _session: DocSession,
  ) {}

  // Sharing (reference/document/document#addEditor…): access.ts, as for spreadsheets and forms.
  _sharing() {
    return this._svc._sharing(this._id, () => this._self);
  }

  addEditor(emailOrUser: string | User): Document {
    return this._sharing().addEditor(emailOrUser as never) as Document;
  }

  addEditors(emails: string[]): Document {
    return this._sharing().addEditors(emails as never) as Document;
  }

  removeEditor(emailOrUser: string | User): Document {
    return this._sharing().removeEditor(emailOrUser as never) as Document;
  }

  getEditors(): User[] {
    return this._sharing().getEditors() as User[];
  }

  addViewer(emailOrUser: string | User): Document {
    return this._sharing().addViewer(emailOrUser as never) as Document;
  }

  addViewers(emails: string[]): Document {
    return this._sharing().addViewers(emails as never) as Document;
  }

  removeViewer(emailOrUser: string | User): Document {
    return this._sharing().removeViewer(emailOrUser as never) as Document;
  }

  getViewers(): User[] {
    return this._sharing().getViewers() as User[];
  }

  _ctx(): DocCtx {
    return this._svc._ctx(this._id, this._session);
  }

  _guard(): void {
    if (this._session.closed) throw new Error(CLOSED_MESSAGE);
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._svc._name(this._id);
  }

  setName(name: string): Document {
    this._guard();
    this._svc._setName(this._id, String(name));
    return this._self;
  }

  getUrl(): string {
    return urlFor('document', this._id);
  }

  getBody(): Body {
    return wrapNode(this._ctx(), this._svc._data(this._id).live.body) as Body;
  }

  _section(key: 'header' | 'footer'): AnyNode | null {
    return this._svc._data(this._id).live[key];
  }

  getHeader(): HeaderSection | null {
    const s = this._section('header');
    return s ? (wrapNode(this._ctx(), s) as HeaderSection) : null;
  }

  getFooter(): FooterSection | null {
    const s = this._section('footer');
    return s ? (wrapNode(this._ctx(), s) as FooterSection) : null;
  }

  _add(key: 'header' | 'footer'): AnyElement {
    this._guard();
    const live: DocContent = this._svc._data(this._id).live;
    // Google: "Adds a document header section, if none exists." (check: throws if one exists).
    if (live[key]) throw new Error(`Document already contains a ${key}.`);
    live[key] = {
      type: key === 'header' ? 'HEADER_SECTION' : 'FOOTER_SECTION',
      children: [emptyContent().body.children[0]],
    };
    return wrapNode(this._ctx(), live[key] as SectionNode);
  }

  addHeader(): HeaderSection {
    return this._add('header') as HeaderSection;
  }

  addFooter(): FooterSection {
    return this._add('footer') as FooterSection;
  }

  saveAndClose(): void {
    this._guard();
    this._svc.save(this._id);
    this._session.closed = true;
  }

  getAs(contentType: string): Blob {
    if (String(contentType) !== PDF_MIME) notEmulated(`Document.getAs(${String(contentType)})`);
    return this._svc._pdfBlob(this._id);
  }

  getBlob(): Blob {
    return this.getAs(PDF_MIME);
  }
}
