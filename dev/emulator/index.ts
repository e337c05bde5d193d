// The offline Workspace: an emulator of the Apps Script services the add-on uses, on which
// `npm start`, the bundle tests and the bench run the real build/Code.js.
//
//   const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00' });
//   const ss = ws.createSpreadsheet('Наставничество — СОШ №2');   // becomes the active spreadsheet
//   const app = loadBundle(ws);                                   // test/helpers/bundle.ts
//   app.onOpen({ authMode: ws.AuthMode.FULL });
//
// Each service is a module that owns its part of the state (plain JSON) and exposes the Apps Script
// API through `emulated()` proxies, which record every call and throw "Not emulated: X.y" for
// anything the module does not implement.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CallLog, Clock, IdSource, clockDate, type DriveEntry, type DriveKind, MIME } from './core';
import { SheetsService } from './sheets';
import { UiService } from './ui';
import { FormsService } from './forms';
import { DocsService } from './docs';
import { DriveService } from './drive';
import { MailService } from './mail';
import { ScriptService } from './script';
import { PropertiesServiceEmu } from './properties';
import { LockServiceEmu } from './lock';
import { SessionService } from './session';
import { UtilitiesService } from './utilities';
import { HtmlServiceEmu } from './html';
import { LoggerService } from './logger';
import { ChartsService } from './charts';
import {
  Executions,
  ExecutionTimeoutError,
  MAX_EXECUTION_MS,
  type Execution,
  type ExecutionKind,
} from './execution';
import { callCost, LATENCY, type LatencyRule } from './latency';

/** guides/services/quotas: simultaneous executions per user. */
export const MAX_SIMULTANEOUS = 30;
// The wording is Google's for this limit as users report it (check).
export const TOO_MANY_SIMULTANEOUS =
  'There are too many scripts running simultaneously for this Google user account.';
import { permissionMessage, scopesFor } from './scopes';

/**
 * The defaults of a new Workspace: no project's in particular. A fixed start (so runs repeat), UTC,
 * an en_US spreadsheet, and the name Google gives a new script project («Untitled project»). A project
 * passes its own through `WorkspaceOptions` (this repository's product does so in dev/workspace.ts).
 */
export const DEFAULTS = {
  now: '2026-01-05T09:00:00Z',
  timeZone: 'UTC',
  user: 'user@example.com',
  locale: 'en_US',
  addonName: 'Untitled project',
};

export interface WorkspaceOptions {
  /** The emulated time at start. */
  now?: Date | string | number;
  /** The script's time zone (appsscript.json). */
  timeZone?: string;
  /** The account running the add-on. */
  user?: string;
  /** MailApp recipients per day (consumer accounts: 100). */
  mailQuota?: number;
  /** Documents created per day (consumer accounts: 250). */
  docsQuota?: number;
  /** Where HtmlService finds `Sidebar.html` (default: build/). */
  bundleDir?: string;
  /** Editor add-on trigger restrictions (one per type per user per document, own file, hourly at most). */
  addonRestrictions?: boolean;
  /**
   * Google's strictness inside executions (on by default): the scopes each method needs, the
   * execution clock moved by each call's latency, and the time limit. Off, executions still have
   * users, locks and saved documents, but calls cost no time and need no scope.
   */
  strict?: boolean;
  /**
   * The scopes the user granted (the manifest's oauthScopes). Null: taken from the bundle's
   * appsscript.json when a bundle is loaded (dev/bundle.ts).
   */
  oauthScopes?: string[] | null;
  /** The execution time limit in ms (Google: 6 minutes). */
  maxExecutionMs?: number;
  /** The latency table (latency.ts). */
  latency?: Record<string, LatencyRule>;
  /** Total runtime of a user's triggers per day in ms (consumer accounts: 90 min; Workspace: 6 h). */
  triggerRuntimeQuotaMs?: number;
  /** The locale of new spreadsheets (their sheet names, number and date formats), e.g. `ru_RU`. */
  locale?: string;
  /** The add-on's name: Google titles the add-on menu with it. */
  addonName?: string;
}

/** A hook that runs once, just before a matching service call of an execution (see `duringCall`). */
interface CallHook {
  matches: (name: string, execution: Execution) => boolean;
  run: () => void;
}

/** What starts an execution; anything left out comes from the Workspace (its user, active file). */
export interface ExecutionInit {
  kind: ExecutionKind;
  handler: string;
  user?: string;
  activeSpreadsheetId?: string | null;
  authMode?: string;
  triggerUid?: string;
}

/** A function of the loaded bundle, called by triggers the emulator fires. */
export type BundleRunner = (functionName: string, event: unknown) => unknown;

export interface WorkspaceState {
  version: 1;
  now: number;
  ids: number;
  user: string;
  timeZone: string;
  activeSpreadsheetId: string | null;
  drive: DriveEntry[];
  services: Record<string, unknown>;
}

/** What every service module provides to the Workspace. */
export interface ServiceModule {
  /** Global names this module defines (e.g. ['SpreadsheetApp']). */
  globals(): Record<string, unknown>;
  toState(): unknown;
  loadState(state: unknown): void;
}

export class Workspace {
  readonly calls = new CallLog();
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly drive = new Map<string, DriveEntry>();
  readonly options: Required<WorkspaceOptions>;
  user: string;
  timeZone: string;
  /** The spreadsheet the add-on is open in; null while a time-driven trigger runs (add-on model). */
  activeSpreadsheetId: string | null = null;
  /** The authorization mode of the current execution (see ScriptApp.AuthMode). */
  authMode = 'FULL';
  /** The executions running and finished (execution.ts). */
  readonly executions = new Executions();
  /** Every `Class.method` called inside an execution (the scope walk of the conformance tests). */
  readonly calledInExecutions = new Set<string>();
  /** The scopes granted to the add-on; null = not known yet (no check). */
  grantedScopes: Set<string> | null;
  private runner: BundleRunner | null = null;

  readonly sheets: SheetsService;
  readonly ui: UiService;
  readonly forms: FormsService;
  readonly docs: DocsService;
  readonly driveApp: DriveService;
  readonly mail: MailService;
  readonly script: ScriptService;
  readonly properties: PropertiesServiceEmu;
  readonly lock: LockServiceEmu;
  readonly session: SessionService;
  readonly utilities: UtilitiesService;
  readonly html: HtmlServiceEmu;
  readonly logger: LoggerService;
  readonly charts: ChartsService;
  private readonly modules: Record<string, ServiceModule>;

  constructor(options: WorkspaceOptions = {}) {
    this.options = {
      now: options.now ?? DEFAULTS.now,
      timeZone: options.timeZone ?? DEFAULTS.timeZone,
      user: options.user ?? DEFAULTS.user,
      mailQuota: options.mailQuota ?? 100,
      docsQuota: options.docsQuota ?? 250,
      bundleDir: options.bundleDir ?? 'build',
      addonRestrictions: options.addonRestrictions ?? true,
      strict: options.strict ?? true,
      oauthScopes: options.oauthScopes ?? null,
      maxExecutionMs: options.maxExecutionMs ?? MAX_EXECUTION_MS,
      latency: options.latency ?? LATENCY,
      triggerRuntimeQuotaMs: options.triggerRuntimeQuotaMs ?? 90 * 60 * 1000,
      locale: options.locale ?? DEFAULTS.locale,
      addonName: options.addonName ?? DEFAULTS.addonName,
    };
    this.grantedScopes = this.options.oauthScopes ? new Set(this.options.oauthScopes) : null;
    this.calls.listener = (name, args, target) => this.beforeCall(name, args, target);
    this.clock = new Clock(this.options.now);
    this.ids = new IdSource();
    this.user = this.options.user;
    this.timeZone = this.options.timeZone;
    this.sheets = new SheetsService(this);
    this.ui = new UiService(this);
    this.forms = new FormsService(this);
    this.docs = new DocsService(this);
    this.driveApp = new DriveService(this);
    this.mail = new MailService(this);
    this.script = new ScriptService(this);
    this.properties = new PropertiesServiceEmu(this);
    this.lock = new LockServiceEmu(this);
    this.session = new SessionService(this);
    this.utilities = new UtilitiesService(this);
    this.html = new HtmlServiceEmu(this);
    this.logger = new LoggerService(this);
    this.charts = new ChartsService(this);
    this.modules = {
      sheets: this.sheets,
      ui: this.ui,
      forms: this.forms,
      docs: this.docs,
      drive: this.driveApp,
      mail: this.mail,
      script: this.script,
      properties: this.properties,
      lock: this.lock,
      session: this.session,
      utilities: this.utilities,
      html: this.html,
      logger: this.logger,
      charts: this.charts,
    };
  }

  /** The globals a bundle sees: every service, plus a Date that reads the emulated clock. */
  globals(): Record<string, unknown> {
    const all: Record<string, unknown> = { Date: clockDate(this.clock) };
    for (const module of Object.values(this.modules)) Object.assign(all, module.globals());
    return all;
  }

  /**
   * Every recorded service call passes here first. Inside an execution: the call is refused if the
   * execution is over, or if no granted scope authorizes it; else the clock moves by its latency,
   * and a call that ends past the time limit kills the execution instead of happening.
   */
  private beforeCall(name: string, args: readonly unknown[], target: object): void {
    const execution = this.executions.current();
    if (!execution) return;
    const hook = this.hooks.find((h) => h.matches(name, execution));
    if (hook) {
      this.hooks.splice(this.hooks.indexOf(hook), 1);
      hook.run();
    }
    execution.calls += 1;
    this.calledInExecutions.add(name);
    if (!this.options.strict) return;
    if (execution.killed) throw new ExecutionTimeoutError();
    if (this.grantedScopes) {
      const needed = scopesFor(name);
      if (needed === undefined) throw new Error(`Not emulated: the scopes of ${name}`);
      if (needed.length > 0 && !needed.some((scope) => this.grantedScopes?.has(scope))) {
        throw new Error(permissionMessage(name, needed));
      }
    }
    const cost = callCost(name, args, target, this.options.latency);
    this.clock.tick(cost);
    execution.busyMs += cost;
    if (this.clock.nowMillis() - execution.start > this.options.maxExecutionMs) {
      execution.killed = true;
      throw new ExecutionTimeoutError();
    }
  }

  /** The execution running now, if any. */
  currentExecution(): Execution | null {
    return this.executions.current();
  }

  private hooks: CallHook[] = [];

  /**
   * Overlapping executions and edits made meanwhile: `run` happens once, just before the first
   * service call named `name` (`Class.method`) of an execution (of the handler `handler`, if
   * given). `run` may start another execution through the bundle — it then runs to its end while
   * the first one waits at that call, holding whatever locks it holds — or edit cells as a person
   * would, with `asPerson`.
   */
  duringCall(name: string, run: () => void, options: { handler?: string; nth?: number } = {}): void {
    let seen = 0;
    this.hooks.push({
      matches: (called, execution) =>
        called === name &&
        (options.handler === undefined || execution.handler === options.handler) &&
        ++seen >= (options.nth ?? 1),
      run,
    });
  }

  /** Drops hooks that never fired (call at the end of a test that set some). */
  clearHooks(): number {
    const left = this.hooks.length;
    this.hooks = [];
    return left;
  }

  /**
   * Runs `fn` as a person working in the spreadsheet (or as test set-up) while an execution is
   * suspended: its calls belong to no execution, cost no execution time and need no scope.
   */
  asPerson<T>(fn: () => T, user?: string): T {
    const saved = this.user;
    if (user) this.user = user;
    try {
      return this.executions.suspended(fn);
    } finally {
      this.user = saved;
    }
  }

  /**
   * Runs `fn` as one execution: as `user` (default: the Workspace's user), with its active file and
   * authorization mode. At its end its locks are released and its open documents saved, and the
   * Workspace's user and active file are what they were. An execution killed at the time limit
   * throws Google's error even if the code caught it.
   */
  execute<T>(init: ExecutionInit, fn: () => T): T {
    const saved = { user: this.user, active: this.activeSpreadsheetId, authMode: this.authMode };
    const user = init.user ?? this.user;
    // guides/services/quotas: «Simultaneous executions per user: 30».
    if (this.executions.running().filter((e) => e.user === user).length >= MAX_SIMULTANEOUS) {
      throw new Error(TOO_MANY_SIMULTANEOUS);
    }
    const execution = this.executions.begin({
      kind: init.kind,
      handler: init.handler,
      user,
      activeSpreadsheetId:
        init.activeSpreadsheetId === undefined ? this.activeSpreadsheetId : init.activeSpreadsheetId,
      authMode: init.authMode ?? this.authMode,
      start: this.clock.nowMillis(),
      triggerUid: init.triggerUid,
    });
    this.user = execution.user;
    this.activeSpreadsheetId = execution.activeSpreadsheetId;
    this.authMode = execution.authMode;
    let error: unknown;
    try {
      const result = fn();
      if (execution.killed) throw new ExecutionTimeoutError();
      return result;
    } catch (e) {
      error = execution.killed && !(e instanceof ExecutionTimeoutError) ? new ExecutionTimeoutError() : e;
      throw error;
    } finally {
      const saves = this.docs.failedSaves.length;
      this.calls.quietly(() => {
        this.lock.releaseAll(execution.id);
        this.docs.flush();
      });
      // A document the end of the execution could not save (over Docs' size limit) fails it, unless
      // it failed already (strict: Google does not document this case).
      const unsaved = this.docs.failedSaves.slice(saves);
      const saveError = error === undefined && unsaved.length > 0 ? new Error(unsaved[0].message) : undefined;
      this.executions.end(execution, this.clock.nowMillis(), error ?? saveError);
      this.user = saved.user;
      this.activeSpreadsheetId = saved.active;
      this.authMode = saved.authMode;
      // eslint-disable-next-line no-unsafe-finally
      if (saveError) throw saveError;
    }
  }

  /** Connects the loaded bundle, so triggers can call its top-level functions. */
  attachBundle(runner: BundleRunner): void {
    this.runner = runner;
  }

  /** Calls a top-level function of the bundle, as a trigger does. */
  runFunction(functionName: string, event: unknown): unknown {
    if (!this.runner) throw new Error(`Workspace: no bundle attached to run ${functionName}`);
    return this.runner(functionName, event);
  }

  /** Registers a Drive item; services call this when they create a file. */
  addDriveEntry(kind: DriveKind, name: string, parents: string[] = [], id?: string): DriveEntry {
    const now = this.clock.nowMillis();
    const entry: DriveEntry = {
      id: id ?? this.ids.id(kind === 'folder' ? '0B' : '1'),
      kind,
      name,
      mimeType: MIME[kind],
      parents,
      owner: this.user,
      editors: [],
      viewers: [],
      created: now,
      updated: now,
      trashed: false,
    };
    this.drive.set(entry.id, entry);
    return entry;
  }

  /** Creates a spreadsheet and makes it the active one (a helper for tests and the playground). */
  createSpreadsheet(name: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const ss = this.calls.quietly(() => this.sheets.create(name));
    this.activeSpreadsheetId = ss.getId();
    return ss;
  }

  // Users and access (access.ts): Node-side helpers for tests, not recorded as calls.

  /** Registers a Google Group: its address and its members' (people or groups). */
  addGroup(groupEmail: string, members: string[]): void {
    this.driveApp.access.addGroup(groupEmail, members);
  }

  /** Shares a Drive item with a person or a group, as its owner would in Drive's sharing dialog. */
  share(fileId: string, email: string, role: import('./access').GrantRole): void {
    this.driveApp.access.grant(fileId, email, role);
  }

  /** Sets who else may open a Drive item, by DriveApp.Access and DriveApp.Permission names. */
  setSharing(
    fileId: string,
    access: import('./access').AccessName,
    permission: 'VIEW' | 'COMMENT' | 'EDIT',
  ): void {
    this.driveApp.access.setSharing(fileId, access, permission);
  }

  /** The role `user` (default: the Workspace's user) has on a Drive item; null: no access. */
  roleOf(fileId: string, user: string = this.user): import('./access').Role {
    return this.driveApp.access.role(fileId, user);
  }

  toState(): WorkspaceState {
    const services: Record<string, unknown> = {};
    for (const [name, module] of Object.entries(this.modules)) services[name] = module.toState();
    return {
      version: 1,
      now: this.clock.nowMillis(),
      ids: this.ids.state(),
      user: this.user,
      timeZone: this.timeZone,
      activeSpreadsheetId: this.activeSpreadsheetId,
      drive: [...this.drive.values()],
      services,
    };
  }

  static fromState(state: WorkspaceState, options: WorkspaceOptions = {}): Workspace {
    if (state.version !== 1) throw new Error(`Workspace: unknown state version ${String(state.version)}`);
    const ws = new Workspace({ ...options, now: state.now, user: state.user, timeZone: state.timeZone });
    (ws as { ids: IdSource }).ids = new IdSource(state.ids);
    ws.activeSpreadsheetId = state.activeSpreadsheetId;
    for (const entry of state.drive) ws.drive.set(entry.id, entry);
    for (const [name, module] of Object.entries(ws.modules)) {
      if (state.services[name] !== undefined) module.loadState(state.services[name]);
    }
    return ws;
  }

  save(path: string): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(this.toState()));
  }

  static load(path: string, options: WorkspaceOptions = {}): Workspace {
    return Workspace.fromState(JSON.parse(readFileSync(path, 'utf8')) as WorkspaceState, options);
  }
}

export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  return new Workspace(options);
}
