// Small DOM helpers. Everything that comes from the spreadsheet is put in the page as text nodes
// (textContent), never as HTML, so a teacher's name like `<img onerror=…>` shows literally.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

let idCounter = 0;
/** A unique id for label/input pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Only http(s) addresses become links; anything else (javascript:, data:) stays plain text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}

/** A link that opens in a new tab, or the text itself when the address is not http(s). */
export function link(url: string, text?: string): HTMLElement {
  const label = text ?? url;
  if (!isWebUrl(url)) return h('span', {}, label);
  return h('a', { href: url.trim(), target: '_blank', rel: 'noopener noreferrer' }, label);
}

export function button(text: string, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs }, text);
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A labelled control: the label names the control (for= id), with an optional hint. */
export function field(label: string, control: Control, hint?: string): HTMLElement {
  if (!control.id) control.id = uid('f');
  const hintEl = hint ? h('span', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  const wrap = h('div', {
    class: control instanceof HTMLInputElement && control.type === 'checkbox' ? 'field check' : 'field',
  });
  const labelEl = h('label', { for: control.id }, label);
  if (control instanceof HTMLInputElement && control.type === 'checkbox')
    append(wrap, control, labelEl, hintEl);
  else append(wrap, labelEl, control, hintEl);
  return wrap;
}

export function input(attrs: Attrs = {}): HTMLInputElement {
  return h('input', { type: 'text', ...attrs });
}

export function select(
  options: Array<{ value: string; text: string }>,
  attrs: Attrs = {},
): HTMLSelectElement {
  const el = h('select', attrs);
  for (const o of options) el.appendChild(h('option', { value: o.value }, o.text));
  return el;
}

export function textarea(attrs: Attrs = {}): HTMLTextAreaElement {
  return h('textarea', attrs);
}

/** A section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'block' }, h('h2', {}, title), ...children);
}

/** A collapsible block (native <details>, keyboard-accessible). */
export function details(title: string, open: boolean, ...children: Child[]): HTMLDetailsElement {
  return h('details', { class: 'block', open }, h('summary', {}, title), ...children);
}

export function muted(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}
