// Ui (developers.google.com/apps-script/reference/base/ui), reached through SpreadsheetApp.getUi():
// menus, the sidebar, dialogs, alerts and prompts. Everything shown is recorded here so tests can
// read it; a person's answers to alerts and prompts come from a queue tests fill.
import { emulated } from './core';
import { htmlData, type HtmlOutputData } from './html';
import type { Workspace, ServiceModule } from './index';
import { conform } from './surface';

type Button = GoogleAppsScript.Base.Button;
type Menu = GoogleAppsScript.Base.Menu;

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  /** 'addon': createAddonMenu (under Extensions, titled with the add-on's name); 'menu': createMenu. */
  kind: 'addon' | 'menu';
  caption: string;
  items: MenuEntry[];
}

export interface ShownHtml extends HtmlOutputData {
  at: number;
}

export interface DialogRecord extends ShownHtml {
  modal: boolean;
  dialogTitle: string;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttonSet: string;
  /** What the emulated person answered. */
  button: string;
  text?: string;
}

/** A queued answer: a button name ('OK', 'YES', …) or, for prompts, text and a button. */
export type UiAnswer = string | { button?: string; text?: string };

export interface UiState {
  menus: MenuRecord[];
  sidebar: ShownHtml | null;
  dialogs: DialogRecord[];
  alerts: AlertRecord[];
  answers: UiAnswer[];
}

export class UiService implements ServiceModule {
  /** The add-on's name, which Google uses as the add-on menu's title (`WorkspaceOptions.addonName`). */
  get addonName(): string {
    return this.ws.options.addonName;
  }
  menus: MenuRecord[] = [];
  sidebar: ShownHtml | null = null;
  dialogs: DialogRecord[] = [];
  alerts: AlertRecord[] = [];
  private answers: UiAnswer[] = [];

  constructor(readonly ws: Workspace) {}

  /** Queues what the person will click (and type) at the next alert or prompt. */
  queueAnswer(...answers: UiAnswer[]): void {
    this.answers.push(...answers);
  }

  /** Node-side: a menu by caption (the add-on menu's caption is the add-on's name). */
  menu(caption = this.addonName): MenuRecord | undefined {
    return this.menus.find((m) => m.caption === caption);
  }

  /** Node-side: the function names of a menu's items, flattened through submenus. */
  menuFunctions(caption = this.addonName): string[] {
    const walk = (items: MenuEntry[]): string[] =>
      items.flatMap((i) =>
        i.kind === 'item' ? [i.functionName] : i.kind === 'submenu' ? walk(i.items) : [],
      );
    return walk(this.menu(caption)?.items ?? []);
  }

  private answer(buttonSet: string, prompt: boolean): { button: string; text: string } {
    const allowed = BUTTONS_OF[buttonSet] ?? ['OK'];
    const next = this.answers.shift();
    const queued = typeof next === 'string' ? { button: next } : (next ?? {});
    // The dialog's close box answers CLOSE, whatever the buttons are.
    const button = queued.button ?? allowed[0];
    if (button !== 'CLOSE' && !allowed.includes(button)) {
      throw new Error(`UiService: queued answer ${button} is not a button of ${buttonSet}`);
    }
    return { button, text: prompt ? (queued.text ?? '') : '' };
  }

  private menuBuilder(record: MenuRecord, top: MenuRecord): Menu {
    const log = this.ws.calls;
    const menu = emulated(
      'Menu',
      conform<Menu>()({
        addItem(caption: string, functionName: string) {
          record.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
          return menu;
        },
        addSeparator() {
          record.items.push({ kind: 'separator' });
          return menu;
        },
        addSubMenu(sub: Menu) {
          const inner = (sub as { _record?: { caption: string; items: MenuEntry[] } } | null)?._record;
          if (!inner) throw new Error('Invalid argument: menu');
          record.items.push({ kind: 'submenu', caption: inner.caption, items: inner.items });
          return menu;
        },
        addToUi: (): void => {
          // Adding a menu again replaces it, as a reload does.
          this.menus = this.menus.filter((m) => !(m.kind === top.kind && m.caption === top.caption));
          this.menus.push(top);
        },
        _record: record,
      }),
      log,
    ) as unknown as Menu;
    return menu;
  }

  /** The Ui object SpreadsheetApp.getUi() returns. */
  ui(): GoogleAppsScript.Base.Ui {
    const log = this.ws.calls;
    const shown = (html: unknown): ShownHtml => ({ ...htmlData(html), at: this.ws.clock.nowMillis() });
    const alert = (kind: 'alert' | 'prompt', args: unknown[]) => {
      const [a, b, c] = args.map((x) => (x === undefined ? undefined : String(x)));
      // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); prompt() likewise.
      let title = '';
      let prompt = a ?? '';
      let buttonSet = 'OK';
      if (args.length === 2) buttonSet = b ?? 'OK';
      if (args.length >= 3) {
        title = a ?? '';
        prompt = b ?? '';
        buttonSet = c ?? 'OK';
      }
      if (!BUTTONS_OF[buttonSet]) throw new Error('Invalid argument: buttons');
      const { button, text } = this.answer(buttonSet, kind === 'prompt');
      this.alerts.push({ kind, title, prompt, buttonSet, button, ...(kind === 'prompt' ? { text } : {}) });
      return { button, text };
    };
    const ui = conform<GoogleAppsScript.Base.Ui>()({
      Button,
      ButtonSet,
      createAddonMenu: () => {
        const record: MenuRecord = { kind: 'addon', caption: this.addonName, items: [] };
        return this.menuBuilder(record, record);
      },
      createMenu: (caption: string) => {
        const record: MenuRecord = { kind: 'menu', caption: String(caption), items: [] };
        return this.menuBuilder(record, record);
      },
      showSidebar: (html: unknown): void => {
        this.sidebar = shown(html);
      },
      showModalDialog: (html: unknown, title: string): void => {
        this.dialogs.push({ ...shown(html), modal: true, dialogTitle: String(title) });
      },
      showModelessDialog: (html: unknown, title: string): void => {
        this.dialogs.push({ ...shown(html), modal: false, dialogTitle: String(title) });
      },
      // Buttons are the names of Button's members, as Ui.Button holds them.
      alert: (...args: unknown[]) => alert('alert', args).button as unknown as Button,
      prompt: (...args: unknown[]) => {
        const { button, text } = alert('prompt', args);
        const response = conform<GoogleAppsScript.Base.PromptResponse>()({
          getResponseText: () => text,
          getSelectedButton: () => button as unknown as Button,
        });
        return emulated('PromptResponse', response, log);
      },
    });
    return emulated('Ui', ui, log) as unknown as GoogleAppsScript.Base.Ui;
  }

  globals(): Record<string, unknown> {
    return {};
  }

  toState(): UiState {
    return JSON.parse(
      JSON.stringify({
        menus: this.menus,
        sidebar: this.sidebar,
        dialogs: this.dialogs,
        alerts: this.alerts,
        answers: this.answers,
      }),
    ) as UiState;
  }

  loadState(state: unknown): void {
    const s = state as Partial<UiState>;
    this.menus = s.menus ?? [];
    this.sidebar = s.sidebar ?? null;
    this.dialogs = s.dialogs ?? [];
    this.alerts = s.alerts ?? [];
    this.answers = s.answers ?? [];
  }
}
