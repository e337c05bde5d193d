// Users and access: who may open and change each Drive item, as Google decides it.
//
// A user's role on an item (`roleOf`) is the highest of:
// - owner: the item's owner;
// - the people and Google Groups the item is shared with one by one (editors, commenters,
//   viewers); a group gives its role to its members, and to the members of groups inside it;
// - general access (DriveApp.Access with a DriveApp.Permission): ANYONE and ANYONE_WITH_LINK give
//   the permission to everyone, DOMAIN and DOMAIN_WITH_LINK to the users of the owner's domain
//   (reference/drive/access). Having an id counts as having the link;
// - the role on each parent folder: a file in a folder shared with a user is shared with that user
//   (the folder's owner becomes an editor of what others put in it).
//
// What is enforced, and only inside executions (test set-up and inspection outside executions
// see everything, as an administrator would):
// - opening: DriveApp.getFileById/getFolderById, SpreadsheetApp.openById/openByUrl,
//   DocumentApp.openById/openByUrl need at least view access; FormApp.openById/openByUrl needs edit
//   access (a form's viewers are its respondents);
// - every call on an opened item needs at least view access, and a call that changes it edit
//   access: the objects are wrapped by `guarded`, which sorts each method into read, write or share;
// - sharing (addEditor, addViewer, setSharing…) needs the owner, or an editor while the item is
//   shareable by editors (reference/drive/permission#EDIT: «Unless File.setShareableByEditors is
//   set to false, users can also change the sharing settings»).
import type { DriveEntry } from './core';
import type { Workspace } from './index';
import { EnumValue, enumMember, makeEnum } from './script/enums';
import { userObject } from './session';

export type Role = 'owner' | 'editor' | 'commenter' | 'viewer' | null;
/** A role given to a person or a group one by one. */
export type GrantRole = 'editor' | 'commenter' | 'viewer';
export type AccessName = NonNullable<DriveEntry['sharingAccess']>;
export type PermissionName =
  NonNullable<DriveEntry['sharingPermission']> | 'OWNER' | 'ORGANIZER' | 'FILE_ORGANIZER';

/** reference/drive/access */
export const Access = makeEnum('Access', [
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
  'PRIVATE',
] as const satisfies readonly AccessName[]);
/** reference/drive/permission */
export const Permission = makeEnum('Permission', [
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
] as const satisfies readonly PermissionName[]);

// Google's messages. The reference gives none of them; each is the wording users report for the
// service, or the stricter plausible one (check).
/** A Drive change or share refused to a user who may only view (check). */
export const DRIVE_DENIED = 'Access denied: DriveApp.';
/** A spreadsheet the user may not open, and any change by a viewer (check). */
export const SHEETS_NO_ACCESS = 'You do not have permission to access the requested document.';
/** A change to a document by a viewer (check). */
export const DOCS_DENIED = 'Access denied: DocumentApp.';
/** addEditor and the like with something that is not an address (check). */
export const INVALID_EMAIL = (email: string) => `Invalid email: ${email}`;

/** Consumer accounts: DOMAIN sharing is for Google Workspace domains only (reference/drive/access). */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

const RANK: Record<NonNullable<Role>, number> = { viewer: 1, commenter: 2, editor: 3, owner: 4 };

/** Whether `role` is `need` or higher. */
export function atLeast(role: Role, need: NonNullable<Role>): boolean {
  return role !== null && RANK[role] >= RANK[need];
}

function higher(a: Role, b: Role): Role {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

const lc = (email: string) => email.trim().toLowerCase();
const domainOf = (email: string) => lc(email).split('@')[1] ?? '';

function permissionRole(permission: DriveEntry['sharingPermission']): Role {
  if (permission === 'EDIT') return 'editor';
  if (permission === 'COMMENT') return 'commenter';
  if (permission === 'VIEW') return 'viewer';
  return null;
}

/** The addresses that stand for `user`: the user and every group the user is in, nested or not. */
export function principalsOf(user: string, groups: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set([lc(user)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [group, members] of groups) {
      if (!out.has(group) && members.some((m) => out.has(lc(m)))) {
        out.add(group);
        grew = true;
      }
    }
  }
  return out;
}

/**
 * The role `user` has on `entry`: owner, editor, commenter, viewer or null (no access). `listing`:
 * only what makes the item show up in the user's Drive searches, i.e. not access through a link
 * (ANYONE_WITH_LINK, DOMAIN_WITH_LINK; reference/drive/access: «can find and access» versus «who
 * have the link can access»).
 */
export function roleOf(
  drive: ReadonlyMap<string, DriveEntry>,
  groups: ReadonlyMap<string, readonly string[]>,
  entry: DriveEntry,
  user: string,
  listing = false,
): Role {
  const me = lc(user);
  let principals: Set<string> | null = null;
  const visit = (e: DriveEntry, seen: Set<string>): Role => {
    if (lc(e.owner) === me) return 'owner';
    principals ??= principalsOf(me, groups);
    const p = principals;
    const has = (list: readonly string[] | undefined) => !!list && list.some((x) => p.has(lc(x)));
    let role: Role = has(e.editors)
      ? 'editor'
      : has(e.commenters)
        ? 'commenter'
        : has(e.viewers)
          ? 'viewer'
          : null;
    const general = permissionRole(e.sharingPermission);
    switch (e.sharingAccess) {
      case 'ANYONE':
        role = higher(role, general);
        break;
      case 'ANYONE_WITH_LINK':
        if (!listing) role = higher(role, general);
        break;
      case 'DOMAIN':
        if (domainOf(e.owner) === domainOf(me)) role = higher(role, general);
        break;
      case 'DOMAIN_WITH_LINK':
        if (!listing && domainOf(e.owner) === domainOf(me)) role = higher(role, general);
        break;
      default:
        break;
    }
    for (const parentId of e.parents) {
      if (role === 'editor') break;
      if (seen.has(parentId)) continue;
      const parent = drive.get(parentId);
      if (!parent || parent.kind !== 'folder') continue;
      const inherited = visit(parent, new Set([...seen, parentId]));
      // What others put in the owner's folder, the owner may edit, not own.
      role = higher(role, inherited === 'owner' ? 'editor' : inherited);
    }
    return role;
  };
  return visit(entry, new Set([entry.id]));
}

/** How a wrapped method is checked: reads need view access, writes edit access, shares their own. */
export type MethodKind = 'read' | 'write' | 'share';

/** Sharing methods: the method itself checks who may share (`AccessControl.requireShare`). */
const SHARING = new Set([
  'addEditor',
  'addEditors',
  'addViewer',
  'addViewers',
  'addCommenter',
  'addCommenters',
  'removeEditor',
  'removeViewer',
  'removeCommenter',
  'setSharing',
  'setShareableByEditors',
  'setOwner',
]);
const READ_PREFIX = /^(get|is|has|can)[A-Z]/;
// A viewer may select cells, switch sheets and see a toast: none of it changes the file (check).
const SHEETS_VIEW = new Set([
  'activate',
  'setActiveSheet',
  'setActiveRange',
  'setActiveSelection',
  'toast',
  'offset',
  'canEdit',
]);
const DOCS_READ = new Set(['editAsText', 'copy', 'saveAndClose']);

/** Spreadsheet, Sheet, Range and Protection methods. */
export function sheetsMethodKind(className: string, name: string): MethodKind {
  if (READ_PREFIX.test(name) || SHEETS_VIEW.has(name)) return 'read';
  // Protection.addEditor and the like change the spreadsheet's protections, not its sharing.
  if (SHARING.has(name) && className === 'Spreadsheet') return 'share';
  return 'write';
}

/** File and Folder methods: makeCopy only reads its source (reference/drive/permission#VIEW). */
export function driveMethodKind(name: string): MethodKind {
  if (READ_PREFIX.test(name) || name === 'makeCopy') return 'read';
  if (SHARING.has(name)) return 'share';
  return 'write';
}

/** Document and element methods. */
export function docsMethodKind(name: string): MethodKind {
  if (/^(get|is|has|find|as)[A-Z]/.test(name) || DOCS_READ.has(name)) return 'read';
  if (SHARING.has(name)) return 'share';
  return 'write';
}

/** Results handed out as they are by a deep guard: blobs and plain data. */
const LEAF_RESULTS = new Set(['getAs', 'getBlob', 'getAttributes']);
const originals = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (originals.get(value) ?? value) : value;
}

/**
 * `target` with every method call checked first: `check(kind, name)` may throw, and then the call
 * does not happen. Members starting with `_` (the emulator's internals) pass unchecked. `deep`:
 * objects a read returns (a document's body, its paragraphs…) are guarded the same way, and
 * guarded objects passed as arguments reach the target unwrapped.
 */
export function guarded<T extends object>(
  target: T,
  kindOf: (name: string) => MethodKind,
  check: (kind: MethodKind, name: string) => void,
  deep = false,
): T {
  const wrapResult = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(wrapResult);
    if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof EnumValue)
      return value;
    return guarded(value, kindOf, check, true);
  };
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop);
      if (typeof prop === 'symbol' || typeof value !== 'function' || prop.startsWith('_')) return value;
      const kind = kindOf(prop);
      const fn = value as (...a: unknown[]) => unknown;
      return function (...args: unknown[]) {
        check(kind, prop);
        if (!deep) return fn.apply(obj, args);
        const result = fn.apply(obj, args.map(unwrap));
        return kind === 'read' && !LEAF_RESULTS.has(prop) ? wrapResult(result) : result;
      };
    },
  });
  originals.set(proxy, target);
  return proxy;
}

/** The address in an email-or-User argument. */
export function emailOf(emailOrUser: unknown): string {
  const email =
    emailOrUser !== null && typeof emailOrUser === 'object' && 'getEmail' in emailOrUser
      ? String((emailOrUser as { getEmail(): string }).getEmail())
      : String(emailOrUser);
  if (!/^[^@\s]+@[^@\s]+$/.test(email.trim())) throw new Error(INVALID_EMAIL(email));
  return email.trim();
}

/** The Workspace's access rules: its groups, roles, checks and sharing. Kept by DriveService. */
export class AccessControl {
  /** Google Groups: group address → member addresses (lower case). */
  readonly groups = new Map<string, string[]>();

  constructor(private readonly ws: Workspace) {}

  addGroup(groupEmail: string, members: readonly string[]): void {
    this.groups.set(lc(groupEmail), members.map(lc));
  }

  isGroup(email: string): boolean {
    return this.groups.has(lc(email));
  }

  /** Whether access is checked now: inside an execution, on a recorded call. */
  enforcing(): boolean {
    return this.ws.calls.recording && this.ws.currentExecution() !== null;
  }

  /** The role of `user` (default: the current one) on a Drive item; null for an unknown id. */
  role(id: string, user: string = this.ws.user, listing = false): Role {
    const entry = this.ws.drive.get(id);
    return entry ? roleOf(this.ws.drive, this.groups, entry, user, listing) : null;
  }

  /** Whether the current user may see the item now (always, outside executions). */
  visible(id: string, listing = false): boolean {
    return !this.enforcing() || this.role(id, this.ws.user, listing) !== null;
  }

  /** Throws `message` unless the current user has `need` on the item (inside executions). */
  require(id: string, need: NonNullable<Role>, message: string): void {
    if (this.enforcing() && !atLeast(this.role(id), need)) throw new Error(message);
  }

  /** Throws unless the current user may change the item's sharing. */
  requireShare(id: string, owner = false): void {
    if (!this.enforcing()) return;
    const role = this.role(id);
    const entry = this.ws.drive.get(id);
    const ok = role === 'owner' || (!owner && role === 'editor' && entry?.shareableByEditors !== false);
    if (!ok) throw new Error(DRIVE_DENIED);
  }

  /** A check for `guarded`: no access → `noAccess`; a write without edit access → `denied`. */
  checker(id: string, noAccess: string, denied: string): (kind: MethodKind) => void {
    return (kind) => {
      if (!this.enforcing() || !this.ws.drive.has(id)) return;
      const role = this.role(id);
      if (role === null) throw new Error(noAccess);
      if (kind === 'write' && !atLeast(role, 'editor')) throw new Error(denied);
    };
  }

  /**
   * FormApp/DocumentApp.openById: `open(id)` once the user has `need` (else `message`). A document
   * opened by a viewer comes wrapped: its changes throw DOCS_DENIED.
   */
  openChecked<T extends object>(
    id: string,
    need: NonNullable<Role>,
    message: string,
    open: (id: string) => T,
  ): T {
    this.require(id, need, message);
    const opened = open(id);
    const entry = this.ws.drive.get(id);
    if (entry?.kind !== 'document' || !this.enforcing() || atLeast(this.role(id), 'editor')) return opened;
    return guarded(opened, docsMethodKind, this.checker(id, message, DOCS_DENIED), true);
  }

  // --- sharing ---

  private entry(id: string): DriveEntry {
    const entry = this.ws.drive.get(id);
    if (!entry) throw new Error(`AccessControl: no Drive item ${id}`);
    return entry;
  }

  /**
   * Gives `email` (a person or a group) a role one by one, as the sharing dialog does: an editor
   * added comes off the viewers' and commenters' lists; adding a viewer or commenter to someone who
   * already has more has no effect (reference/drive/file#addEditor, #addViewer, #addCommenter).
   */
  grant(id: string, email: string, role: GrantRole): void {
    const entry = this.entry(id);
    const me = lc(email);
    const on = (list: readonly string[] | undefined) => !!list && list.some((x) => lc(x) === me);
    if (lc(entry.owner) === me) return;
    if (role === 'editor') {
      entry.viewers = entry.viewers.filter((x) => lc(x) !== me);
      if (entry.commenters) entry.commenters = entry.commenters.filter((x) => lc(x) !== me);
      if (!on(entry.editors)) entry.editors.push(email);
    } else if (role === 'commenter') {
      if (on(entry.editors) || on(entry.commenters)) return;
      entry.viewers = entry.viewers.filter((x) => lc(x) !== me);
      (entry.commenters ??= []).push(email);
    } else if (!on(entry.editors) && !on(entry.commenters) && !on(entry.viewers)) {
      entry.viewers.push(email);
    }
  }

  /**
   * Takes away a role given one by one: removeEditor takes the user off the editors' list,
   * removeViewer off the viewers' and commenters' lists and «has no effect if the user is an
   * editor»; neither blocks access the user has through a group, the domain, a link or a folder
   * (reference/drive/file#removeEditor, #removeViewer).
   */
  revoke(id: string, email: string, role: 'editor' | 'viewer'): void {
    const entry = this.entry(id);
    const me = lc(email);
    if (role === 'editor') entry.editors = entry.editors.filter((x) => lc(x) !== me);
    else {
      entry.viewers = entry.viewers.filter((x) => lc(x) !== me);
      if (entry.commenters) entry.commenters = entry.commenters.filter((x) => lc(x) !== me);
    }
  }

  /**
   * The people added one by one as editors (not groups, the domain or a link). Empty for a user
   * without edit access (reference/drive/file#getEditors: «If the user who executes the script does
   * not have edit access to the File, this method returns an empty array»).
   */
  editors(id: string, withOwner: boolean): string[] {
    const entry = this.entry(id);
    if (this.enforcing() && !atLeast(this.role(id), 'editor')) return [];
    const people = entry.editors.filter((e) => !this.isGroup(e) && lc(e) !== lc(entry.owner));
    return withOwner ? [entry.owner, ...people] : people;
  }

  /** The viewers and commenters added one by one; empty without edit access (file#getViewers). */
  viewers(id: string): string[] {
    const entry = this.entry(id);
    if (this.enforcing() && !atLeast(this.role(id), 'editor')) return [];
    return [...(entry.commenters ?? []), ...entry.viewers].filter((e) => !this.isGroup(e));
  }

  /**
   * File/Folder.setSharing (reference/drive/file#setSharing, /access, /permission): OWNER,
   * ORGANIZER and FILE_ORGANIZER throw; NONE throws unless with ANYONE (and, as scripts commonly
   * do, PRIVATE (check)); DOMAIN and DOMAIN_WITH_LINK throw for a consumer account's file. A private
   * item keeps NONE as its permission (check).
   */
  setSharing(id: string, accessType: unknown, permissionType: unknown): void {
    const entry = this.entry(id);
    const access = enumMember(Access, accessType)?.name() as AccessName | undefined;
    const permission = enumMember(Permission, permissionType)?.name() as PermissionName | undefined;
    // (check) the wording of these argument errors.
    if (!access) throw new Error('Invalid argument: accessType');
    if (
      !permission ||
      permission === 'OWNER' ||
      permission === 'ORGANIZER' ||
      permission === 'FILE_ORGANIZER'
    )
      throw new Error('Invalid argument: permissionType');
    if (permission === 'NONE' && access !== 'ANYONE' && access !== 'PRIVATE')
      throw new Error('Invalid argument: permissionType');
    if ((access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') && CONSUMER_DOMAINS.has(domainOf(entry.owner)))
      throw new Error('Invalid argument: accessType');
    entry.sharingAccess = access;
    entry.sharingPermission = access === 'PRIVATE' ? 'NONE' : permission;
  }

  sharingAccess(id: string): EnumValue {
    return Access[this.entry(id).sharingAccess ?? 'PRIVATE'];
  }

  sharingPermission(id: string): EnumValue {
    return Permission[this.entry(id).sharingPermission ?? 'NONE'];
  }

  /** File#getAccess(user): the permission a given user has. */
  accessOf(id: string, email: string): EnumValue {
    const role = this.role(id, email);
    if (role === 'owner') return Permission.OWNER;
    if (role === 'editor') return Permission.EDIT;
    if (role === 'commenter') return Permission.COMMENT;
    if (role === 'viewer') return Permission.VIEW;
    return Permission.NONE;
  }

  /**
   * The sharing methods of Spreadsheet, Document and Form (reference/spreadsheet/spreadsheet,
   * /document/document, /forms/form): their getEditors list the owner first (check), as
   * Spreadsheet#getEditors always has here. Forms have no viewers.
   */
  sharingMethods(
    className: 'Spreadsheet' | 'Document' | 'Form',
    id: string,
    self: () => unknown,
  ): Record<string, (...args: never[]) => unknown> {
    const log = this.ws.calls;
    const share = (emailOrUser: unknown, role: GrantRole) => {
      const email = emailOf(emailOrUser);
      this.requireShare(id);
      this.grant(id, email, role);
      return self();
    };
    const methods: Record<string, (...args: never[]) => unknown> = {
      addEditor: (emailOrUser: unknown) => share(emailOrUser, 'editor'),
      addEditors: (emails: string[]) => {
        for (const email of emails) share(email, 'editor');
        return self();
      },
      removeEditor: (emailOrUser: unknown) => {
        const email = emailOf(emailOrUser);
        this.requireShare(id);
        this.revoke(id, email, 'editor');
        return self();
      },
      getEditors: () => this.editors(id, true).map((e) => userObject(e, log)),
    };
    if (className === 'Form') return methods;
    return {
      ...methods,
      addViewer: (emailOrUser: unknown) => share(emailOrUser, 'viewer'),
      addViewers: (emails: string[]) => {
        for (const email of emails) share(email, 'viewer');
        return self();
      },
      removeViewer: (emailOrUser: unknown) => {
        const email = emailOf(emailOrUser);
        this.requireShare(id);
        this.revoke(id, email, 'viewer');
        return self();
      },
      getViewers: () => this.viewers(id).map((e) => userObject(e, log)),
    };
  }

  toState(): Record<string, string[]> {
    return Object.fromEntries(this.groups);
  }

  loadState(groups: Record<string, string[]> | undefined): void {
    this.groups.clear();
    for (const [group, members] of Object.entries(groups ?? {})) this.addGroup(group, members);
  }
}
