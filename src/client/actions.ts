// Running a curator's action: the button disables, the status line at the top of the tab shows
// progress, the result or the server's Russian message follows, with links to what was made. A
// second click while the action runs does nothing (one guard per action), and a failure leaves
// every field as it was.
import { append, button, clear, h, isWebUrl, link } from './dom';

export type StatusKind = 'progress' | 'ok' | 'error' | 'ask';

/** A link to something an action made (a document, a form, a sheet). */
export interface MadeLink {
  text: string;
  url: string;
}

/** http(s) addresses inside a message. */
const URL_IN_TEXT = /https?:\/\/[^\s«»"<>]+[^\s«»"<>.,;:!?)]/g;

/** A long address as its site and «…» (the whole address is the link's target). */
export function shortUrl(url: string): string {
  if (url.length <= 40) return url;
  const host = /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] ?? '';
  return host ? `${host}/…` : url;
}

/**
 * The message as text nodes, with every web address in it made a link (never HTML); `short` shows
 * a long address as its site (a status line), otherwise in full (a letter as it will read).
 */
export function linkedText(text: string, short = true): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const index = m.index ?? 0;
    if (index > at) out.push(document.createTextNode(text.slice(at, index)));
    out.push(link(m[0], short ? shortUrl(m[0]) : m[0]));
    at = index + m[0].length;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/**
 * The live region at the top of a tab where progress, results, errors and confirmations appear. It
 * stays in view while the curator scrolls (sticky), so a click near the bottom of a long tab shows
 * its outcome where the eye is.
 */
export class StatusLine {
  readonly el: HTMLElement;

  constructor() {
    this.el = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', hidden: true });
  }

  private open(kind: StatusKind): void {
    clear(this.el);
    this.el.hidden = false;
    this.el.className = `status status-${kind}`;
    this.el.setAttribute('aria-busy', kind === 'progress' ? 'true' : 'false');
  }

  /** Brings the line into view when the page was scrolled above it (it is sticky below that). */
  private reveal(): void {
    const top = this.el.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 40) this.el.scrollIntoView({ block: 'start' });
  }

  show(kind: Exclude<StatusKind, 'ask'>, text: string, links: MadeLink[] = []): void {
    this.open(kind);
    const message = h('p', { class: 'status-text', role: kind === 'error' ? 'alert' : undefined });
    append(message, ...linkedText(text));
    const body = h('div', { class: 'status-body' }, message);
    const made = links.filter((l) => isWebUrl(l.url));
    if (made.length)
      body.append(h('ul', { class: 'made' }, ...made.map((l) => h('li', {}, link(l.url, l.text)))));
    this.el.appendChild(body);
    if (kind !== 'progress') {
      const close = button('Скрыть', { class: 'link-button', 'aria-label': 'Скрыть сообщение' });
      close.addEventListener('click', () => this.hide());
      this.el.appendChild(close);
    }
    this.reveal();
  }

  /**
   * A question before something that cannot be undone (a mailing): what will happen, then `yes`
   * or «Отмена». Resolves true when the curator confirms.
   */
  ask(title: string, body: Node[], yes: string): Promise<boolean> {
    this.open('ask');
    this.el.setAttribute('role', 'group');
    this.el.setAttribute('aria-label', title);
    const yesButton = button(yes, { class: 'primary' });
    const noButton = button('Отмена');
    this.el.append(
      h(
        'div',
        { class: 'status-body' },
        h('p', { class: 'status-text ask-title' }, title),
        ...body,
        h('div', { class: 'row' }, yesButton, noButton),
      ),
    );
    this.reveal();
    yesButton.focus();
    return new Promise((resolve) => {
      const done = (answer: boolean) => {
        this.el.setAttribute('role', 'status');
        this.el.removeAttribute('aria-label');
        this.hide();
        resolve(answer);
      };
      yesButton.addEventListener('click', () => done(true));
      noButton.addEventListener('click', () => done(false));
    });
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
  /** Links to what the action made, shown under its message (read after `after`). */
  links?: (value: T) => MadeLink[];
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
    options.status.show('ok', text, options.links ? options.links(value) : []);
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
