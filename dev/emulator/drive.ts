// DriveApp and MimeType over the Workspace's Drive registry (ws.drive): folders, files, copies of
// docs/sheets/forms through their own services, blobs kept as base64, and the daily quota of
// documents created.
import { emulated, notEmulated, urlFor, type DriveEntry } from './core';
import type { Workspace, ServiceModule } from './index';
import { blobParts, newBlob } from './blob';
import { dayKey } from './script/time';
import { PDF_MIME } from './docs';

/** MimeType's members are plain strings (developers.google.com/apps-script/reference/base/mime-type). */
export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});

// Google's message for an id that is unknown or not accessible (check: also used for trashed items).
export const NO_ITEM =
  'No item with the given ID could be found. Or you do not have permission to access it.';
// The quota error's wording follows Google's "Service invoked too many times for one day: X." (check).
export const DOCS_QUOTA_MESSAGE = 'Service invoked too many times for one day: docs create.';
const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

interface DriveState {
  rootId: string | null;
  docsCreated: { day: string; count: number };
}

export class DriveService implements ServiceModule {
  private root: string | null = null;
  private docsCreated = { day: '', count: 0 };

  constructor(private readonly ws: Workspace) {}

  globals(): Record<string, unknown> {
    const app = {
      getFileById: (id: string) => this.file(this.entry(String(id), false)),
      getFolderById: (id: string) => this.folder(this.entry(String(id), true)),
      getRootFolder: () => this.folder(this.entry(this.rootId(), true)),
      createFolder: (name: string) =>
        this.folder(this.ws.addDriveEntry('folder', String(name), [this.rootId()])),
      createFile: (...args: unknown[]) => this.createFile(this.rootId(), args),
      getFilesByName: (name: string) => this.iterator('FileIterator', this.search(false, String(name))),
      getFoldersByName: (name: string) => this.iterator('FolderIterator', this.search(true, String(name))),
      getFiles: () => this.iterator('FileIterator', this.search(false)),
      getFolders: () => this.iterator('FolderIterator', this.search(true)),
    };
    return { DriveApp: emulated('DriveApp', app, this.ws.calls), MimeType };
  }

  /** The user's "My Drive" folder, created on first use. */
  rootId(): string {
    if (!this.root || !this.ws.drive.has(this.root)) {
      const entry = this.ws.addDriveEntry('folder', 'My Drive', []);
      this.root = entry.id;
    }
    return this.root;
  }

  /** Counts a created Google Doc against the daily quota; the count restarts each day (check). */
  countCreatedDocument(): void {
    const day = dayKey(this.ws.clock.nowMillis(), this.ws.timeZone);
    if (this.docsCreated.day !== day) this.docsCreated = { day, count: 0 };
    if (this.docsCreated.count >= this.ws.options.docsQuota) throw new Error(DOCS_QUOTA_MESSAGE);
    this.docsCreated.count += 1;
  }

  /** A Blob in the emulator's realm. */
  newBlob(bytes: Uint8Array, contentType: string | null, name: string | null): GoogleAppsScript.Base.Blob {
    return newBlob(this.ws.calls, bytes, contentType, name);
  }

  /** An existing, non-trashed entry of the right kind, or Google's error. */
  entry(id: string, folder: boolean): DriveEntry {
    const entry = this.ws.drive.get(id);
    if (!entry || entry.trashed || (entry.kind === 'folder') !== folder) throw new Error(NO_ITEM);
    return entry;
  }

  private search(folders: boolean, name?: string): DriveEntry[] {
    this.rootId();
    return [...this.ws.drive.values()].filter(
      (e) =>
        !e.trashed &&
        (e.kind === 'folder') === folders &&
        e.id !== this.root &&
        (name === undefined || e.name === name),
    );
  }

  private iterator(className: 'FileIterator' | 'FolderIterator', entries: DriveEntry[]): unknown {
    let index = 0;
    const it = {
      hasNext: () => index < entries.length,
      next: () => {
        if (index >= entries.length) throw new Error(ITERATOR_END);
        const entry = entries[index++];
        return entry.kind === 'folder' ? this.folder(entry) : this.file(entry);
      },
      getContinuationToken: () =>
        Buffer.from(JSON.stringify(entries.slice(index).map((e) => e.id))).toString('base64'),
    };
    return emulated(className, it, this.ws.calls);
  }

  /** createFile(blob) or createFile(name, content[, mimeType]) in `parentId`. */
  createFile(parentId: string, args: unknown[]): unknown {
    let bytes: Uint8Array;
    let mime: string;
    let name: string;
    if (args.length === 1) {
      const parts = blobParts(args[0]);
      bytes = parts.bytes;
      mime = parts.contentType ?? 'application/octet-stream';
      name = parts.name ?? 'Untitled';
    } else {
      name = String(args[0]);
      bytes = new TextEncoder().encode(String(args[1] ?? ''));
      mime = args[2] === undefined ? MimeType.PLAIN_TEXT : String(args[2]);
      if (mime.startsWith('application/vnd.google-apps.')) {
        // (check) Google refuses to create a Google-type file from content this way.
        throw new Error(`Invalid argument: mimeType (${mime})`);
      }
    }
    const entry = this.ws.addDriveEntry('blob', name, [parentId]);
    entry.mimeType = mime;
    entry.data = Buffer.from(bytes).toString('base64');
    return this.file(entry);
  }

  file(entry: DriveEntry): GoogleAppsScript.Drive.File {
    const inst = new FileObject(this.ws, this, entry.id);
    const proxy = emulated('File', inst, this.ws.calls);
    inst._self = proxy;
    return proxy as unknown as GoogleAppsScript.Drive.File;
  }

  folder(entry: DriveEntry): GoogleAppsScript.Drive.Folder {
    const inst = new FolderObject(this.ws, this, entry.id);
    const proxy = emulated('Folder', inst, this.ws.calls);
    inst._self = proxy;
    return proxy as unknown as GoogleAppsScript.Drive.Folder;
  }

  user(email: string): unknown {
    return emulated(
      'User',
      {
        getEmail: () => email,
        getName: () => email.split('@')[0],
        getDomain: () => email.split('@')[1] ?? '',
      },
      this.ws.calls,
    );
  }

  /** The content of a file as a Blob: a doc's PDF, a stored file's bytes. */
  blobOf(entry: DriveEntry, contentType?: string): unknown {
    if (entry.kind === 'document') {
      if (contentType !== undefined && contentType !== PDF_MIME) notEmulated(`File.getAs(${contentType})`);
      return this.ws.docs._pdfBlob(entry.id);
    }
    if (entry.kind === 'blob') {
      if (contentType !== undefined && contentType !== entry.mimeType)
        notEmulated(`File.getAs(${contentType})`);
      return this.newBlob(Buffer.from(entry.data ?? '', 'base64'), entry.mimeType, entry.name);
    }
    return notEmulated(`File.getAs for a ${entry.kind}`);
  }

  toState(): DriveState {
    return { rootId: this.root, docsCreated: this.docsCreated };
  }

  loadState(state: unknown): void {
    const s = state as Partial<DriveState>;
    this.root = s.rootId ?? null;
    this.docsCreated = s.docsCreated ?? { day: '', count: 0 };
  }
}

/** What File and Folder share. */
abstract class DriveItem {
  _self: unknown = null;

  constructor(
    protected readonly _ws: Workspace,
    protected readonly _svc: DriveService,
    readonly _id: string,
  ) {}

  _entry(): DriveEntry {
    const entry = this._ws.drive.get(this._id);
    if (!entry) throw new Error(NO_ITEM);
    return entry;
  }

  _touch(): void {
    this._entry().updated = this._ws.clock.nowMillis();
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._entry().name;
  }

  setName(name: string): unknown {
    this._entry().name = String(name);
    this._touch();
    return this._self;
  }

  getUrl(): string {
    return urlFor(this._entry().kind, this._id);
  }

  getDescription(): string | null {
    return this._entry().description ?? null;
  }

  setDescription(description: string): unknown {
    this._entry().description = String(description);
    return this._self;
  }

  getDateCreated(): Date {
    return new Date(this._entry().created);
  }

  getLastUpdated(): Date {
    return new Date(this._entry().updated);
  }

  isTrashed(): boolean {
    return this._entry().trashed;
  }

  setTrashed(trashed: boolean): unknown {
    this._entry().trashed = Boolean(trashed);
    return this._self;
  }

  getParents(): unknown {
    const parents = this._entry().parents.length > 0 ? this._entry().parents : [this._svc.rootId()];
    const entries =
      this._id === this._svc.rootId()
        ? []
        : parents.map((id) => this._ws.drive.get(id)).filter((e): e is DriveEntry => !!e);
    let index = 0;
    return emulated(
      'FolderIterator',
      {
        hasNext: () => index < entries.length,
        next: () => {
          if (index >= entries.length) throw new Error(ITERATOR_END);
          return this._svc.folder(entries[index++]);
        },
        getContinuationToken: () => String(index),
      },
      this._ws.calls,
    );
  }

  moveTo(destination: unknown): unknown {
    const target = (destination as { getId(): string }).getId();
    this._svc.entry(target, true);
    this._entry().parents = [target];
    return this._self;
  }

  addEditor(emailOrUser: unknown): unknown {
    const email =
      typeof emailOrUser === 'string' ? emailOrUser : (emailOrUser as { getEmail(): string }).getEmail();
    const entry = this._entry();
    if (!entry.editors.includes(email) && entry.owner !== email) entry.editors.push(email);
    return this._self;
  }

  addEditors(emails: string[]): unknown {
    for (const email of emails) this.addEditor(email);
    return this._self;
  }

  removeEditor(emailOrUser: unknown): unknown {
    const email =
      typeof emailOrUser === 'string' ? emailOrUser : (emailOrUser as { getEmail(): string }).getEmail();
    const entry = this._entry();
    entry.editors = entry.editors.filter((e) => e !== email);
    return this._self;
  }

  getEditors(): unknown[] {
    return this._entry().editors.map((email) => this._svc.user(email));
  }

  getOwner(): unknown {
    return this._svc.user(this._entry().owner);
  }
}

class FileObject extends DriveItem {
  getMimeType(): string {
    return this._entry().mimeType;
  }

  getSize(): number {
    // Google-type files (docs, sheets, forms) take no storage and report 0 (check).
    const entry = this._entry();
    return entry.kind === 'blob' ? Buffer.from(entry.data ?? '', 'base64').length : 0;
  }

  getAs(contentType: string): unknown {
    return this._svc.blobOf(this._entry(), String(contentType));
  }

  getBlob(): unknown {
    return this._svc.blobOf(this._entry());
  }

  makeCopy(...args: unknown[]): unknown {
    const source = this._entry();
    let name = `Copy of ${source.name}`;
    let parents = source.parents.length > 0 ? [...source.parents] : [this._svc.rootId()];
    for (const arg of args) {
      if (typeof arg === 'string') name = arg;
      else if (arg && typeof (arg as { getId?: unknown }).getId === 'function') {
        const folderId = (arg as { getId(): string }).getId();
        this._svc.entry(folderId, true);
        parents = [folderId];
      }
    }
    let copyId: string;
    switch (source.kind) {
      case 'document': {
        this._svc.countCreatedDocument();
        const entry = this._ws.addDriveEntry('document', name, parents);
        this._ws.docs.copyInto(source.id, entry.id);
        copyId = entry.id;
        break;
      }
      case 'form': {
        const entry = this._ws.addDriveEntry('form', name, parents);
        this._ws.forms.copyInto(source.id, entry.id);
        copyId = entry.id;
        break;
      }
      case 'spreadsheet': {
        // Through SpreadsheetApp's own copy(name), so the sheets module owns the content.
        const app = this._ws.sheets.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
        copyId = this._ws.calls.quietly(() => app.openById(source.id).copy(name).getId());
        const entry = this._ws.drive.get(copyId);
        if (entry) entry.parents = parents;
        break;
      }
      case 'blob': {
        const entry = this._ws.addDriveEntry('blob', name, parents);
        entry.mimeType = source.mimeType;
        entry.data = source.data;
        copyId = entry.id;
        break;
      }
      default:
        return notEmulated(`File.makeCopy of a ${source.kind}`);
    }
    const copy = this._ws.drive.get(copyId) as DriveEntry;
    copy.owner = this._ws.user;
    return this._svc.file(copy);
  }
}

class FolderObject extends DriveItem {
  _children(folders: boolean, name?: string): DriveEntry[] {
    const rootId = this._svc.rootId();
    return [...this._ws.drive.values()].filter((e) => {
      const parents = e.parents.length > 0 ? e.parents : e.id === rootId ? [] : [rootId];
      return (
        !e.trashed &&
        (e.kind === 'folder') === folders &&
        parents.includes(this._id) &&
        (name === undefined || e.name === name)
      );
    });
  }

  _iterator(className: 'FileIterator' | 'FolderIterator', entries: DriveEntry[]): unknown {
    let index = 0;
    return emulated(
      className,
      {
        hasNext: () => index < entries.length,
        next: () => {
          if (index >= entries.length) throw new Error(ITERATOR_END);
          const entry = entries[index++];
          return entry.kind === 'folder' ? this._svc.folder(entry) : this._svc.file(entry);
        },
        getContinuationToken: () => String(index),
      },
      this._ws.calls,
    );
  }

  createFolder(name: string): unknown {
    return this._svc.folder(this._ws.addDriveEntry('folder', String(name), [this._id]));
  }

  createFile(...args: unknown[]): unknown {
    return this._svc.createFile(this._id, args);
  }

  getFiles(): unknown {
    return this._iterator('FileIterator', this._children(false));
  }

  getFolders(): unknown {
    return this._iterator('FolderIterator', this._children(true));
  }

  getFilesByName(name: string): unknown {
    return this._iterator('FileIterator', this._children(false, String(name)));
  }

  getFoldersByName(name: string): unknown {
    return this._iterator('FolderIterator', this._children(true, String(name)));
  }
}
