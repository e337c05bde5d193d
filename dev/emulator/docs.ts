// DocumentApp: Google Docs as a tree of elements (docs/elements.ts) stored as JSON (docs/model.ts).
// A doc keeps its live content and the content as last saved: edits are saved by saveAndClose() or
// at the end of the execution (`flush()`), and a PDF export shows only the saved content.
// DocumentApp and Document are checked against the official interfaces (surface.ts), the elements
// in docs/elements.ts.
//
// Revisions (the Docs API's `revisionId`, WriteControl.requiredRevisionId): every saved change
// makes a new revision — a batchUpdate, a DocumentApp save of changed content, a rename (the title
// is part of the document) — and a read never does. A revision id is opaque, one per document,
// revision and user; it is valid while its revision is the latest, for 24 hours after it was last
// returned, and only to the user it was returned to.
//
// Size: a Google Doc holds at most 1.02 million characters (docs/api.ts, MAX_DOCUMENT_SIZE); a
// batchUpdate or a DocumentApp save that would make more is refused.
import { createHash } from 'node:crypto';
import { atLeast } from './access';
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
import {
  DocsApiError,
  MAX_DOCUMENT_SIZE,
  applyRequests,
  documentSize,
  toApiDocument,
  tooLargeMessage,
} from './docs/api';
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

/**
 * documents#Document.FIELDS.revision_id: «A returned revision ID is only guaranteed to be valid for
 * 24 hours after it has been returned and cannot be shared across users.»
 */
const REVISION_ID_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A requiredRevisionId that is not the latest revision (documents/batchUpdate, WriteControl: «the
 * request is not processed and returns a 400 bad request error»). Strict: not documented — Google
 * publishes no wording; an id older than 24 hours or returned to another user counts as not the
 * latest.
 */
export function staleRevisionMessage(requiredRevisionId: string): string {
  return `Invalid writeControl.requiredRevisionId: ${requiredRevisionId} is not the latest revision of the document.`;
}

/** DocumentApp's save of content over the size limit (strict: not documented). */
export function tooLargeToSaveMessage(size: number): string {
  return `Document is too large to save: ${tooLargeMessage(size)}`;
}

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

  /**
   * Docs.Documents.get (docs/api/reference/rest/v1/documents/get), with the revision id: «Only
   * populated if the user has edit access to the document» (documents#Document.FIELDS.revision_id).
   * The saved content is read, not copied (toApiDocument builds new objects).
   */
  apiGet(id: string): GoogleAppsScript.Docs.Schema.Document {
    const data = this.apiData('get', id, 'viewer');
    return toApiDocument(id, this._name(id), data.saved, this.revisionIdFor(data));
  }

  /**
   * Docs.Documents.create (documents/create): a blank document with the title in My Drive; other
   * fields of the request are ignored. Counted against the daily quota of documents created.
   */
  apiCreate(resource: GoogleAppsScript.Docs.Schema.Document): GoogleAppsScript.Docs.Schema.Document {
    const title = String(resource?.title ?? '') || 'Untitled document';
    this.ws.driveApp.countCreatedDocument();
    const entry = this.ws.addDriveEntry('document', title, [this.ws.driveApp.rootId()]);
    const data = this.newDoc(entry.id, emptyContent());
    return toApiDocument(entry.id, title, data.saved, this.revisionIdFor(data));
  }

  /**
   * Docs.Documents.batchUpdate (documents/batchUpdate): every request applied in order, atomically;
   * the change is saved at once (a PDF export right after shows it), and a DocumentApp view of the
   * document opened later sees it. WriteControl: a requiredRevisionId must be the latest revision
   * (`checkRevision`); the response's requiredRevisionId is the revision after the write.
   */
  apiBatchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    id: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const data = this.apiData('batchUpdate', id, 'editor');
    const required = this.writeControl(resource?.writeControl);
    if (required !== null) this.checkRevision(data, required);
    // applyRequests works on a copy: the only copy a batchUpdate makes. The result is both the saved
    // and the live content (copy-on-write, see `touch`).
    const { content, replies } = applyRequests(data.saved, resource?.requests ?? []);
    data.saved = content;
    data.live = content;
    data.dirty = false;
    this.newRevision(data);
    const entry = this.ws.drive.get(id);
    if (entry) entry.updated = this.ws.clock.nowMillis();
    return { documentId: id, replies, writeControl: { requiredRevisionId: this.revisionIdFor(data) } };
  }

  /**
   * BatchUpdateDocumentRequest.writeControl: its requiredRevisionId, or null. targetRevisionId
   * (collaborator changes merged by the Docs server) is not emulated; an unknown field is refused as
   * the API refuses one (strict: Google's usual wording for an unknown field).
   */
  private writeControl(control: GoogleAppsScript.Docs.Schema.WriteControl | undefined): string | null {
    if (control === undefined || control === null) return null;
    for (const key of Object.keys(control)) {
      if (key !== 'requiredRevisionId' && key !== 'targetRevisionId')
        throw new DocsApiError(
          'batchUpdate',
          `Invalid JSON payload received. Unknown name "${key}" at 'write_control': Cannot find field.`,
        );
    }
    const target = control.targetRevisionId;
    if (target !== undefined && target !== null && target !== '')
      notEmulated('Docs.Documents.batchUpdate(writeControl.targetRevisionId)');
    const required = control.requiredRevisionId;
    // An empty string is the field's default: not set (proto3).
    return required === undefined || required === null || required === '' ? null : String(required);
  }

  /**
   * WriteControl.requiredRevisionId: «If this is not the latest revision of the document, the
   * request is not processed and returns a 400 bad request error.» Strict: an id returned more than
   * 24 hours ago, or returned to another user, counts as not the latest (documents#Document: «only
   * guaranteed to be valid for 24 hours after it has been returned and cannot be shared across
   * users»).
   */
  private checkRevision(data: DocData, required: string): void {
    const current = this.currentRevisionId(data, this.ws.user);
    const returnedAt = data.issued?.[current];
    const fresh = returnedAt !== undefined && this.ws.clock.nowMillis() - returnedAt < REVISION_ID_TTL_MS;
    if (required !== current || !fresh) throw new DocsApiError('batchUpdate', staleRevisionMessage(required));
  }

  /** The document's current revision, a new one first if it was renamed (by DriveApp too) since. */
  private revision(data: DocData): number {
    const name = this._name(data.id);
    if (data.revision === undefined || data.revisionTitle === undefined) {
      data.revision ??= 1;
      data.revisionTitle = name;
    } else if (data.revisionTitle !== name) this.newRevision(data);
    return data.revision;
  }

  /** A saved change: a new revision, and every id returned before is not the latest any more. */
  private newRevision(data: DocData): void {
    data.revision = (data.revision ?? 1) + 1;
    data.revisionTitle = this._name(data.id);
    data.issued = {};
  }

  /** The opaque id of the current revision as `user` gets it (not recorded as returned). */
  private currentRevisionId(data: DocData, user: string): string {
    const revision = this.revision(data);
    const digest = createHash('sha256')
      .update(`${data.id}\u0000${revision}\u0000${user.toLowerCase()}`)
      .digest('base64url');
    return `ALBJ4L${digest.slice(0, 40)}`;
  }

  /**
   * The revision id returned to the current user now (recorded: valid for 24 hours from now), or
   * undefined for a user without edit access (documents#Document.FIELDS.revision_id: «Only
   * populated if the user has edit access to the document»).
   */
  private revisionIdFor(data: DocData): string | undefined {
    const access = this.ws.driveApp.access;
    if (access.enforcing() && !atLeast(access.role(data.id), 'editor')) return undefined;
    const id = this.currentRevisionId(data, this.ws.user);
    (data.issued ??= {})[id] = this.ws.clock.nowMillis();
    return id;
  }

  /** A new doc's data: `content` both live and saved, the first revision. */
  private newDoc(id: string, content: DocContent): DocData {
    const data: DocData = { id, live: content, saved: content, dirty: false };
    this.docs.set(id, data);
    this.revision(data);
    return data;
  }

  /** DocumentApp.create: a new doc in the root folder, counted against the daily quota. */
  create(name: string): Document {
    this.ws.driveApp.countCreatedDocument();
    const entry = this.ws.addDriveEntry('document', name, [this.ws.driveApp.rootId()]);
    this.newDoc(entry.id, emptyContent());
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
      touch: () => this.touch(id),
    };
  }

  /**
   * Every DocumentApp change calls this first: the doc is changed since its last save, and when
   * `live` is still the saved content itself (copy-on-write), `saved` gets a copy of its own first.
   * Elements keep pointing at `live`'s nodes, which stay where they are.
   */
  touch(id: string): void {
    const data = this._data(id);
    if (data.live === data.saved) data.saved = clone(data.live);
    data.dirty = true;
    const entry = this.ws.drive.get(id);
    if (entry) entry.updated = this.ws.clock.nowMillis();
  }

  /** The sharing methods of a Document (access.ts). */
  _sharing(id: string, self: () => Document) {
    return this.ws.driveApp.access.sharingMethods('Document', id, self);
  }

  _name(id: string): string {
    return this.ws.drive.get(id)?.name ?? '';
  }

  /** A rename: the title is part of the document, so a new revision (the id returned before is stale). */
  _setName(id: string, name: string): void {
    const entry = this.ws.drive.get(id);
    const data = this.docs.get(id);
    if (data) this.revision(data);
    if (entry) entry.name = name;
    if (data) this.revision(data);
  }

  /**
   * Saves one doc: what a PDF export or a Drive copy sees from now on. Only a doc changed since its
   * last save is saved (a new revision); the saved content is then `live` itself (copy-on-write).
   * Content over MAX_DOCUMENT_SIZE is not saved: it throws (strict: not documented).
   */
  save(id: string): void {
    const data = this._data(id);
    if (!data.dirty) return;
    const size = documentSize(data.live);
    if (size > MAX_DOCUMENT_SIZE) throw new Error(tooLargeToSaveMessage(size));
    data.saved = data.live;
    data.dirty = false;
    this.newRevision(data);
  }

  /**
   * The end of an execution: Apps Script saves every doc the script changed. It cannot throw here
   * (the execution's bookkeeping runs after it): a doc over the size limit is not saved, its unsaved
   * changes are dropped, and the error is kept in `failedSaves` (Node-side).
   */
  flush(): void {
    for (const [id, data] of this.docs) {
      if (!data.dirty) continue;
      try {
        this.save(id);
      } catch (e) {
        data.live = data.saved;
        data.dirty = false;
        this.failedSaves.push({ id, message: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  /** Saves the end of an execution could not make (Node-side, for tests). */
  readonly failedSaves: Array<{ id: string; message: string }> = [];

  /**
   * A copy for DriveApp's makeCopy: an independent doc with the source's saved content (check), a
   * new document with revisions of its own. The saved content is within the size limit already.
   */
  copyInto(sourceId: string, targetId: string): void {
    const source = this._data(sourceId);
    this.newDoc(targetId, clone(source.saved));
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
    for (const doc of (state as DocsState).docs ?? []) {
      // A state saved before `dirty` was kept: its live content may hold unsaved changes.
      doc.dirty ??= true;
      this.docs.set(doc.id, doc);
    }
    this.failedSaves.length = 0;
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
    // Google: "Adds a document header section, if none exists." (check: throws if one exists).
    if (this._svc._data(this._id).live[key]) throw new Error(`Document already contains a ${key}.`);
    this._svc.touch(this._id);
    const live: DocContent = this._svc._data(this._id).live;
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
