// Long work in the sidebar: documents and mailings the server makes over several calls. The first
// call starts the work; while its result says `more`, the sidebar calls continueWork again and
// shows how far it got («Создано 48 из 110 программ…»). Closing the sidebar stops nothing: the
// add-on's hourly run finishes the work.
import { call, type ActionResult, type WorkItemDto, type WorkKind } from './api';
import { button, clear, h } from './dom';

/** Calls without progress in a row after which the sidebar stops asking and leaves it to the hourly run. */
const STALLED_CALLS = 3;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `start`, then continueWork(kind) while the result says `more`, reporting each result to
 * `progress`. Resolves with the last result.
 */
export async function untilDone(
  kind: WorkKind,
  start: () => Promise<ActionResult>,
  progress: (r: ActionResult) => void,
): Promise<ActionResult> {
  let result = await start();
  let stalled = 0;
  let last = -1;
  while (result.more) {
    progress(result);
    const done = result.progress?.done ?? -1;
    stalled = result.retryAfterMs || done > last ? 0 : stalled + 1;
    last = Math.max(last, done);
    if (stalled >= STALLED_CALLS) return { ...result, more: false, message: `${result.message} ${LATER}` };
    if (result.retryAfterMs) await wait(result.retryAfterMs);
    result = await call('continueWork', kind);
  }
  return result;
}

const LATER = 'Остальное надстройка доделает сама в течение часа.';

/**
 * The top of a tab: work not finished yet, each with its progress and what happens next, and
 * «Продолжить сейчас» for work that is not waiting for a daily quota.
 */
export class WorkPanel {
  readonly el: HTMLElement;

  constructor(private readonly resume?: (kind: WorkKind) => void) {
    this.el = h('div', { class: 'work', role: 'status', 'aria-live': 'polite', hidden: true });
  }

  /** The work as the server listed it. */
  show(items: WorkItemDto[]): void {
    clear(this.el);
    this.el.hidden = items.length === 0;
    for (const item of items) {
      const go = this.resume && !item.waiting ? button('Продолжить сейчас', { class: 'link-button' }) : null;
      go?.addEventListener('click', () => this.resume?.(item.kind));
      this.el.append(
        h(
          'div',
          { class: 'work-item', 'data-kind': item.kind },
          h('p', { class: 'work-label' }, item.label),
          item.note ? h('p', { class: 'muted' }, item.note) : null,
          go,
        ),
      );
    }
  }

  /** Progress of the work running from this sidebar now. */
  progress(label: string): void {
    clear(this.el);
    this.el.hidden = false;
    this.el.append(h('div', { class: 'work-item' }, h('p', { class: 'work-label' }, label)));
  }
}
