// The playground's state: one emulated Workspace with the real build/Code.js loaded on it, and the
// actions a person takes on the page — a sidebar call, a menu item, a cell edit, a form answer, a
// move of the clock. Each action is one execution of the bundle, and the state is saved after it.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createWorkspace, Workspace } from '../workspace';
import type { AlertRecord } from 'apps-script-emulator/ui';
import { AuthMode } from 'apps-script-emulator/script';
import { instantOfWallTime } from 'apps-script-emulator/utilities';
import { BUILD_DIR, loadBundle, type Bundle } from '../bundle';
import { runCall, type RunReply } from '../bridge';
import { buildDemo } from '../demo/build';
import { DEMO_START, SCHOOL } from '../demo/school';

export interface PlaygroundOptions {
  /** Where the state is kept between runs (.playground/state.json). */
  statePath: string;
  buildDir?: string;
}

/** What an action reports back to the page. */
export interface ActionReport {
  ok: boolean;
  /** The error a person should see when the action failed. */
  error?: string;
  /** Alerts and prompts the bundle showed during the action, in order. */
  alerts: AlertRecord[];
  /** Dialog or sidebar HTML the bundle opened (titles only: the sidebar is always on the page). */
  opened: string[];
  /** Trigger runs the action caused (form submit, the daily run). */
  runs: Array<{ handler: string; at: string; ok: boolean; error?: string }>;
  /** Emails sent during the action. */
  mailSent: number;
}

export class Playground {
  ws: Workspace;
  bundle: Bundle;
  readonly buildDir: string;

  private constructor(
    private readonly options: PlaygroundOptions,
    ws: Workspace,
  ) {
    this.buildDir = options.buildDir ?? BUILD_DIR;
    this.ws = ws;
    this.bundle = this.attach(ws);
  }

  /** The saved state if there is one, else the demo school. */
  static open(options: PlaygroundOptions): Playground {
    const buildDir = options.buildDir ?? BUILD_DIR;
    if (existsSync(options.statePath)) {
      const ws = Workspace.load(options.statePath, { bundleDir: buildDir });
      const playground = new Playground(options, ws);
      // Opening the spreadsheet again builds the menu, as Sheets does.
      playground.openSpreadsheet();
      return playground;
    }
    const playground = new Playground(options, buildDemo({ buildDir }).ws);
    playground.openSpreadsheet();
    playground.save();
    return playground;
  }

  private attach(ws: Workspace): Bundle {
    return loadBundle(ws, this.buildDir);
  }

  /** Why the last onOpen failed, shown on the page instead of the menu. */
  menuError: string | null = null;

  /** Opening the spreadsheet runs the bundle's onOpen, which builds the menu. */
  private openSpreadsheet(): void {
    if (!this.ws.activeSpreadsheetId) return;
    this.ws.authMode = 'LIMITED';
    try {
      this.bundle.onOpen({ authMode: AuthMode.LIMITED });
      this.menuError = null;
    } catch (e) {
      this.menuError = e instanceof Error ? e.message : String(e);
    } finally {
      this.ws.authMode = 'FULL';
    }
  }

  /** Writes the state atomically, so a crash never leaves half a file. */
  save(): void {
    const tmp = `${this.options.statePath}.tmp`;
    this.ws.save(tmp);
    renameSync(tmp, this.options.statePath);
  }

  /** «Загрузить демо»: the demo school from scratch. */
  loadDemo(): void {
    const { ws, bundle } = buildDemo({ buildDir: this.buildDir });
    this.ws = ws;
    this.bundle = bundle;
    this.openSpreadsheet();
    this.save();
  }

  /** «Сбросить»: a fresh, empty spreadsheet and nothing else. */
  reset(): void {
    const ws = createWorkspace({ now: DEMO_START, user: SCHOOL.curatorEmail, bundleDir: this.buildDir });
    ws.createSpreadsheet('Наставничество');
    this.ws = ws;
    this.bundle = this.attach(ws);
    this.openSpreadsheet();
    this.save();
  }

  forget(): void {
    rmSync(this.options.statePath, { force: true });
  }

  /** Runs `fn` as one action of the curator in the open spreadsheet and reports what it caused. */
  private action(fn: () => void): ActionReport {
    const alerts = this.ws.ui.alerts.length;
    const dialogs = this.ws.ui.dialogs.length;
    const sidebar = this.ws.ui.sidebar?.at ?? null;
    const runs = this.ws.script.runLog.length;
    const mail = this.ws.mail.outbox.length;
    let error: string | undefined;
    try {
      fn();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const opened = this.ws.ui.dialogs.slice(dialogs).map((d) => d.dialogTitle || d.title);
    const shown = this.ws.ui.sidebar;
    if (shown && shown.at !== sidebar) opened.push(shown.title || 'Боковая панель');
    this.save();
    return {
      ok: error === undefined,
      ...(error === undefined ? {} : { error }),
      alerts: this.ws.ui.alerts.slice(alerts),
      opened,
      runs: this.ws.script.runLog.slice(runs).map((r) => ({
        handler: r.handler,
        at: r.at,
        ok: r.ok,
        ...(r.error ? { error: r.error } : {}),
      })),
      mailSent: this.ws.mail.outbox.length - mail,
    };
  }

  /** A google.script.run call from the sidebar. */
  run(fn: string, args: unknown[]): RunReply {
    const reply = runCall(this.bundle, fn, args);
    this.save();
    return reply;
  }

  /** A click on an item of the add-on's menu. */
  menu(functionName: string): ActionReport {
    const known = this.ws.ui.menuFunctions();
    if (!known.includes(functionName)) {
      return {
        ok: false,
        error: `В меню нет пункта ${functionName}`,
        alerts: [],
        opened: [],
        runs: [],
        mailSent: 0,
      };
    }
    return this.action(() => {
      this.bundle[functionName]();
    });
  }

  /** A staff member types `text` into a cell (row and column 1-based), as in the Sheets grid. */
  editCell(sheetName: string, row: number, column: number, text: string): ActionReport {
    return this.action(() => {
      const id = this.ws.activeSpreadsheetId;
      if (!id) throw new Error('Нет открытой таблицы');
      if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) {
        throw new Error('Неверный адрес ячейки');
      }
      this.ws.calls.quietly(() => this.ws.sheets.editCell(id, sheetName, row, column, text));
    });
  }

  /** A teacher answers a form; the add-on's onFormSubmit trigger runs. */
  submitForm(formId: string, answers: Record<string, string | string[]>, email: string): ActionReport {
    return this.action(() => {
      // A form that records verified addresses takes the signed-in account; a typed one, the email.
      this.ws.forms.submit(formId, answers, email ? { email, account: email } : {});
    });
  }

  /** Moves the emulated clock, firing the time-driven triggers that fall due on the way. */
  advance(to: { days: number } | { date: string }): ActionReport {
    return this.action(() => {
      if ('days' in to) {
        if (!Number.isFinite(to.days) || to.days <= 0) throw new Error('Укажите число дней больше нуля');
        this.ws.script.advanceDays(to.days);
        return;
      }
      const target = dateAtNine(to.date, this.ws.timeZone);
      if (target <= this.ws.clock.nowMillis()) throw new Error('Время можно передвинуть только вперёд');
      this.ws.script.advanceTo(target);
    });
  }
}

/** 09:00 on `yyyy-mm-dd` in `timeZone`: the start of a school day. */
export function dateAtNine(date: string, timeZone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error('Дата должна быть в формате ГГГГ-ММ-ДД');
  return instantOfWallTime(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9, 0), timeZone);
}
