// DriveApp and MimeType over the Workspace's Drive registry (ws.drive): folders, files, copies of
// docs/sheets/forms through their own services, blobs kept as base64, and the daily quota of
// documents created. Each user has a My Drive of their own; who may open, change and share each
// item is access.ts's (checked inside executions). DriveApp, File, Folder, the iterators and User
// are checked against the official interfaces (surface.ts).
import { emulated, notEmulated, urlFor, type DriveEntry } from './core';
import {
  Access,
  AccessControl,
  DRIVE_DENIED,
  Permission,
  atLeast,
  driveMethodKind,
  emailOf,
  guarded,
  type GrantRole,
} from './access';
import type { Workspace, ServiceModule } from './index';
import { blobParts, newBlob } from './blob';
import { dayKey } from './script/time';
import { PDF_MIME } from './docs';
import type { EnumValue } from './script/enums';
import { conform, type Conformant } from './surface';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type FileIterator = GoogleAppsScript.Drive.FileIterator;
type FolderIterator = GoogleAppsScript.Drive.FolderIterator;
type DriveUser = GoogleAppsScript.Drive.User;
type Blob = GoogleAppsScript.Base.Blob;
type EmailOrUser = string | GoogleAppsScript.Base.User;

/** An emulated enum member (an EnumValue) as the official enum type it stands for. */
function officialEnum<T>(value: EnumValue): T {
  return value as unknown as T;
}

/** MimeType's members are plain strings (developers.google.com/apps-script/reference/base/mime-type). */
export const MimeType = Object.freeze(
  conform<GoogleAppsScript.Base.MimeType>()({
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
  }),
);

// Google's message for an id that is unknown or not accessible (check: also used for trashed items).
export const NO_ITEM =
  'No item with the given ID could be found. Or you do not have permission to access it.';
// The quota error's wording follows Google's "Service invoked too many times for one day: X." (check).
export const DOCS_QUOTA_MESSAGE = 'Service invoked too many times for one day: docs create.';
const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

interface DriveState {
  /** Each user's My Drive folder. */
  roots?: Record<string, string>;
  /** Saved before each user had a My Drive: the one root, its owner's. */
  rootId?: string | null;
  docsCreated: { day: string; count: number };
  /** Google Groups: group address → member addresses (access.ts). */
  groups?: Record<string, string[]>;
}

export class DriveService implements ServiceModule {
  private roots: Record<string, string> = {};
  private docsCreated = { day: '', count: 0 };
  /** Who may open, change and share each item; the Workspace's groups (access.ts). */
  readonly access: AccessControl;

  constructor(private readonly ws: Workspace) {
    this.access = new AccessControl(ws);
  }

  globals(): Record<string, unknown> {
    // reference/drive/permission lists FILE_ORGANIZER, which the typings lack.
    const app = conform<GoogleAppsScript.Drive.DriveApp, 'Permission.FILE_ORGANIZER'>()({
      Access,
      Permission,
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
    });
    return { DriveApp: emulated('DriveApp', app, this.ws.calls), MimeType };
  }

  /** The user's "My Drive" folder (default: the current user's), created on first use. */
  rootId(user: string = this.ws.user): string {
    const id = this.roots[user];
    if (id && this.ws.drive.has(id)) return id;
    const entry = this.ws.addDriveEntry('folder', 'My Drive', []);
    entry.owner = user;
    this.roots[user] = entry.id;
    return entry.id;
  }

  /** Whether `id` is someone's My Drive. */
  isRoot(id: string): boolean {
    return Object.values(this.roots).includes(id);
  }

  /** The folders an item is in: a parentless item is in its owner's My Drive (if it exists yet). */
  parentsOf(entry: DriveEntry): string[] {
    if (entry.parents.length > 0) return entry.parents;
    if (this.isRoot(entry.id)) return [];
    if (entry.owner === this.ws.user) return [this.rootId()];
    const root = this.roots[entry.owner];
    return root ? [root] : [];
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

  /**
   * An existing, non-trashed entry of the right kind that the user may see, or Google's error (the
   * same for an item that is not shared with the user: reference/drive/drive-app#getFileById(String)).
   */
  entry(id: string, folder: boolean): DriveEntry {
    const entry = this.ws.drive.get(id);
    if (!entry || entry.trashed || (entry.kind === 'folder') !== folder) throw new Error(NO_ITEM);
    this.access.require(id, 'viewer', NO_ITEM);
    return entry;
  }

  /** A folder the user may add to (moveTo, makeCopy, create in): at least an editor of it. */
  writableFolder(id: string): DriveEntry {
    const entry = this.entry(id, true);
    this.access.require(id, 'editor', DRIVE_DENIED);
    return entry;
  }

  /**
   * The items a search finds: those the user may find, i.e. not ones open to them only through a
   * link (reference/drive/access: ANYONE_WITH_LINK, DOMAIN_WITH_LINK) (check).
   */
  private search(folders: boolean, name?: string): DriveEntry[] {
    this.rootId();
    return [...this.ws.drive.values()].filter(
      (e) =>
        !e.trashed &&
        (e.kind === 'folder') === folders &&
        !this.isRoot(e.id) &&
        (name === undefined || e.name === name) &&
        this.access.visible(e.id, true),
    );
  }

  private iterator(className: 'FileIterator', entries: DriveEntry[]): FileIterator;
  private iterator(className: 'FolderIterator', entries: DriveEntry[]): FolderIterator;
  private iterator(className: 'FileIterator' | 'FolderIterator', entries: DriveEntry[]): unknown {
    return this.iteratorOf(className, entries, (index) =>
      Buffer.from(JSON.stringify(entries.slice(index).map((e) => e.id))).toString('base64'),
    );
  }

  /** A FileIterator or FolderIterator over `entries`; `token` gives the continuation token. */
  iteratorOf(
    className: 'FileIterator' | 'FolderIterator',
    entries: DriveEntry[],
    token: (index: number) => string,
  ): FileIterator | FolderIterator {
    let index = 0;
    const next = () => {
      if (index >= entries.length) throw new Error(ITERATOR_END);
      return entries[index++];
    };
    const common = {
      hasNext: () => index < entries.length,
      getContinuationToken: () => token(index),
    };
    const it =
      className === 'FileIterator'
        ? conform<FileIterator>()({ ...common, next: () => this.file(next()) })
        : conform<FolderIterator>()({ ...common, next: () => this.folder(next()) });
    return emulated(className, it, this.ws.calls) as unknown as FileIterator | FolderIterator;
  }

  /** createFile(blob) or createFile(name, content[, mimeType]) in `parentId`. */
  createFile(parentId: string, args: unknown[]): File {
    let bytes: Uint8Array;
    let mime: string;
    let name: string;
    if (args.length === 1) {
      // The emulator reading the blob it was given is no call of the script's (not counted, no time).
      const parts = this.ws.calls.quietly(() => blobParts(args[0]));
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

  /**
   * A File or Folder object: each call needs view access to the item (else NO_ITEM, as if it were
   * gone) and a change edit access (else DRIVE_DENIED) (check: Google's wording for the latter).
   */
  private guard<T extends DriveItem<unknown>>(inst: T): T {
    return guarded(inst, driveMethodKind, this.access.checker(inst._id, NO_ITEM, DRIVE_DENIED));
  }

  file(entry: DriveEntry): File {
    const inst = new FileObject(this.ws, this, entry.id);
    const proxy = emulated('File', this.guard(inst), this.ws.calls) as unknown as File;
    inst._self = proxy;
    return proxy;
  }

  folder(entry: DriveEntry): Folder {
    const inst = new FolderObject(this.ws, this, entry.id);
    const proxy = emulated('Folder', this.guard(inst), this.ws.calls) as unknown as Folder;
    inst._self = proxy;
    return proxy;
  }

  /** Drive's User (reference/drive/user). */
  user(email: string): DriveUser {
    const user = conform<DriveUser>()({
      getEmail: () => email,
      getName: () => email.split('@')[0],
      getDomain: () => email.split('@')[1] ?? '',
    });
    return emulated('User', user, this.ws.calls) as unknown as DriveUser;
  }

  /** The content of a file as a Blob: a doc's PDF, a stored file's bytes. */
  blobOf(entry: DriveEntry, contentType?: string): Blob {
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
    return { roots: { ...this.roots }, docsCreated: this.docsCreated, groups: this.access.toState() };
  }

  loadState(state: unknown): void {
    const s = state as Partial<DriveState>;
    this.roots = { ...s.roots };
    const legacy = s.rootId ? this.ws.drive.get(s.rootId) : undefined;
    if (legacy && !this.roots[legacy.owner]) this.roots[legacy.owner] = legacy.id;
    this.docsCreated = s.docsCreated ?? { day: '', count: 0 };
    this.access.loadState(s.groups);
  }
}

/** What File and Folder share; `Self` is the official type chainable methods return. */
abstract class DriveItem<Self> {
  _self: Self = null as unknown as Self;

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

  setName(name: string): Self {
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

  setDescription(description: string): Self {
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

  setTrashed(trashed: boolean): Self {
    // Only the owner may trash an item of My Drive (developers.google.com/workspace/drive/api/guides/
    // delete: «Only the file owner can trash a file») (check: DriveApp's wording).
    if (this._svc.access.enforcing() && this._svc.access.role(this._id) !== 'owner') {
      throw new Error(DRIVE_DENIED);
    }
    this._entry().trashed = Boolean(trashed);
    return this._self;
  }

  getParents(): FolderIterator {
    // Folders the user may not see are left out (check).
    const entries = this._svc
      .parentsOf(this._entry())
      .filter((id) => this._svc.access.visible(id))
      .map((id) => this._ws.drive.get(id))
      .filter((e): e is DriveEntry => !!e);
    return this._svc.iteratorOf('FolderIterator', entries, String) as FolderIterator;
  }

  moveTo(destination: Folder): Self {
    const target = this._ws.calls.quietly(() => destination.getId());
    // (check) the user must be able to add to the destination.
    this._svc.writableFolder(target);
    this._entry().parents = [target];
    return this._self;
  }

  // Sharing (reference/drive/file, /folder): the owner, or an editor while the item is shareable
  // by editors (reference/drive/permission#EDIT), may share.

  _share(emailOrUser: unknown, role: GrantRole): Self {
    const email = emailOf(emailOrUser);
    this._svc.access.requireShare(this._id);
    this._svc.access.grant(this._id, email, role);
    return this._self;
  }

  addEditor(emailOrUser: EmailOrUser): Self {
    return this._share(emailOrUser, 'editor');
  }

  addEditors(emails: string[]): Self {
    for (const email of emails) this._share(email, 'editor');
    return this._self;
  }

  addViewer(emailOrUser: EmailOrUser): Self {
    return this._share(emailOrUser, 'viewer');
  }

  addViewers(emails: string[]): Self {
    for (const email of emails) this._share(email, 'viewer');
    return this._self;
  }

  removeEditor(emailOrUser: EmailOrUser): Self {
    const email = emailOf(emailOrUser);
    this._svc.access.requireShare(this._id);
    this._svc.access.revoke(this._id, email, 'editor');
    return this._self;
  }

  removeViewer(emailOrUser: EmailOrUser): Self {
    const email = emailOf(emailOrUser);
    this._svc.access.requireShare(this._id);
    this._svc.access.revoke(this._id, email, 'viewer');
    return this._self;
  }

  /** The people added one by one as editors, not the owner (check); empty without edit access. */
  getEditors(): DriveUser[] {
    return this._svc.access.editors(this._id, false).map((email) => this._svc.user(email));
  }

  /** The viewers and commenters added one by one; empty without edit access. */
  getViewers(): DriveUser[] {
    return this._svc.access.viewers(this._id).map((email) => this._svc.user(email));
  }

  getOwner(): DriveUser {
    return this._svc.user(this._entry().owner);
  }

  getAccess(emailOrUser: EmailOrUser): GoogleAppsScript.Drive.Permission {
    return officialEnum(this._svc.access.accessOf(this._id, emailOf(emailOrUser)));
  }

  setSharing(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): Self {
    this._svc.access.requireShare(this._id);
    this._svc.access.setSharing(this._id, accessType, permissionType);
    return this._self;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return officialEnum(this._svc.access.sharingAccess(this._id));
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return officialEnum(this._svc.access.sharingPermission(this._id));
  }

  isShareableByEditors(): boolean {
    return this._entry().shareableByEditors !== false;
  }

  setShareableByEditors(shareable: boolean): Self {
    // (check) only the owner may change who may share.
    this._svc.access.requireShare(this._id, true);
    this._entry().shareableByEditors = Boolean(shareable);
    return this._self;
  }
}

class FileObject extends DriveItem<File> implements Conformant<FileObject, File> {
  getMimeType(): string {
    return this._entry().mimeType;
  }

  getSize(): number {
    // Google-type files (docs, sheets, forms) take no storage and report 0 (check).
    const entry = this._entry();
    return entry.kind === 'blob' ? Buffer.from(entry.data ?? '', 'base64').length : 0;
  }

  getAs(contentType: string): Blob {
    return this._svc.blobOf(this._entry(), String(contentType));
  }

  getBlob(): Blob {
    return this._svc.blobOf(this._entry());
  }

  addCommenter(emailOrUser: EmailOrUser): File {
    return this._share(emailOrUser, 'commenter');
  }

  addCommenters(emails: string[]): File {
    for (const email of emails) this._share(email, 'commenter');
    return this._self;
  }

  removeCommenter(emailOrUser: EmailOrUser): File {
    return this.removeViewer(emailOrUser);
  }

  /**
   * A copy owned by the user who makes it, with none of the source's sharing: viewers may copy
   * (reference/drive/permission#VIEW: «able only to view it or copy it»). It goes where the
   * source is, in the folders the user may add to, else into the user's My Drive (check).
   */
  makeCopy(...args: unknown[]): File {
    const source = this._entry();
    let name = `Copy of ${source.name}`;
    let parents = this._svc
      .parentsOf(source)
      .filter((id) => !this._svc.access.enforcing() || atLeast(this._svc.access.role(id), 'editor'));
    if (parents.length === 0) parents = [this._svc.rootId()];
    for (const arg of args) {
      if (typeof arg === 'string') name = arg;
      else if (arg && typeof (arg as { getId?: unknown }).getId === 'function') {
        const folderId = this._ws.calls.quietly(() => (arg as { getId(): string }).getId());
        this._svc.writableFolder(folderId);
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
        const entry = this._ws.addDriveEntry('spreadsheet', name, parents);
        this._ws.sheets.copyContent(source.id, entry.id);
        copyId = entry.id;
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

class FolderObject extends DriveItem<Folder> implements Conformant<FolderObject, Folder> {
  /** The items in this folder that the user may see. */
  _children(folders: boolean, name?: string): DriveEntry[] {
    return [...this._ws.drive.values()].filter(
      (e) =>
        !e.trashed &&
        (e.kind === 'folder') === folders &&
        (name === undefined || e.name === name) &&
        this._svc.parentsOf(e).includes(this._id) &&
        this._svc.access.visible(e.id),
    );
  }

  createFolder(name: string): Folder {
    return this._svc.folder(this._ws.addDriveEntry('folder', String(name), [this._id]));
  }

  createFile(...args: unknown[]): File {
    return this._svc.createFile(this._id, args);
  }

  getFiles(): FileIterator {
    return this._svc.iteratorOf('FileIterator', this._children(false), String) as FileIterator;
  }

  getFolders(): FolderIterator {
    return this._svc.iteratorOf('FolderIterator', this._children(true), String) as FolderIterator;
  }

  getFilesByName(name: string): FileIterator {
    return this._svc.iteratorOf('FileIterator', this._children(false, String(name)), String) as FileIterator;
  }

  getFoldersByName(name: string): FolderIterator {
    return this._svc.iteratorOf(
      'FolderIterator',
      this._children(true, String(name)),
      String,
    ) as FolderIterator;
  }
}
