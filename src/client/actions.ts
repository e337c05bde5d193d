// Running a curator's action: the button disables, the status line shows progress, the result or
// the server's Russian message follows. A second click while the action runs does nothing (one
// guard per action), and a failure leaves every field as it was.
import { button, clear, h } from './dom';

export type StatusKind = 'progress' | 'ok' | 'error';

/** The live region at the bottom of a tab where progress and results appear. */
export class StatusLine {
  readonly el: HTMLElement;

  constructor() {
    this.el = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', hidden: true });
  }

  show(kind: StatusKind, text: string): void {
    clear(this.el);
    this.el.hidden = false;
    this.el.className = `status status-${kind}`;
    this.el.setAttribute('aria-busy', kind === 'progress' ? 'true' : 'false');
    const message = h('p', { class: 'status-text', role: kind === 'error' ? 'alert' : undefined }, text);
    this.el.appendChild(message);
    if (kind !== 'progress') {
      const close = button('Скрыть', { class: 'link-button', 'aria-label': 'Скрыть сообщение' });
      close.addEventListener('click', () => this.hide());
      this.el.appendChild(close);
    }
  }

  hide(): void {
    clear(this.el);
    this.el.hidden = true;
  }
}

const running = new Set<string>();

/** True while the action with this key runs. */
export function isRunning(key: string): boolean {
  return running.has(key);
}

export interface ActionOptions<T> {
  /** One key per action: a second start while it runs is ignored. */
  key: string;
  /** The buttons to disable while it runs. */
  buttons: HTMLButtonElement[];
  status: StatusLine;
  /** «Создаю приказ…» */
  progress: string;
  run: () => Promise<T>;
  /** The success message from the result. */
  message: (value: T) => string;
  /** After success (e.g. refresh the tab). Not called on failure. */
  after?: (value: T) => void | Promise<void>;
}

/** Runs an action once at a time; resolves with the result, or undefined on failure or a repeat click. */
export async function runAction<T>(options: ActionOptions<T>): Promise<T | undefined> {
  if (running.has(options.key)) return undefined;
  running.add(options.key);
  const states = options.buttons.map((b) => b.disabled);
  for (const b of options.buttons) {
    b.disabled = true;
    b.setAttribute('aria-busy', 'true');
  }
  options.status.show('progress', options.progress);
  try {
    const value = await options.run();
    const text = options.message(value);
    if (options.after) await options.after(value);
    options.status.show('ok', text);
    return value;
  } catch (e) {
    options.status.show('error', e instanceof Error ? e.message : String(e));
    return undefined;
  } finally {
    running.delete(options.key);
    options.buttons.forEach((b, i) => {
      b.disabled = states[i];
      b.removeAttribute('aria-busy');
    });
  }
}
