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
  private readonly modules: Record<string, ServiceModule>;

  constructor(options: WorkspaceOptions = {}) {
    this.options = {
      now: options.now ?? '2026-09-01T09:00:00+03:00',
      timeZone: options.timeZone ?? 'Europe/Moscow',
      user: options.user ?? 'curator@school.example',
      mailQuota: options.mailQuota ?? 100,
      docsQuota: options.docsQuota ?? 250,
      bundleDir: options.bundleDir ?? 'build',
      addonRestrictions: options.addonRestrictions ?? true,
    };
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
    };
  }

  /** The globals a bundle sees: every service, plus a Date that reads the emulated clock. */
  globals(): Record<string, unknown> {
    const all: Record<string, unknown> = { Date: clockDate(this.clock) };
    for (const module of Object.values(this.modules)) Object.assign(all, module.globals());
    return all;
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
