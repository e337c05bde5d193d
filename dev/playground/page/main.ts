// The playground page: the emulated spreadsheet, forms, mail, Drive and clock beside the real
// sidebar. All data is put on the page as text nodes (never as HTML).
import type { RenderedBlock, RenderedDoc } from 'apps-script-emulator/docs';
import type { ItemData } from 'apps-script-emulator/forms/items';
import type { MenuEntry } from 'apps-script-emulator/ui';
import type { ActionReport } from '../app';
import type { DriveItemView, ExecutionView, FormView, MailView, PageState, SheetView } from '../views';

type Tab = 'sheet' | 'forms' | 'mail' | 'drive' | 'clock';

const ui = {
  tab: 'sheet' as Tab,
  sheet: '',
  cell: null as { row: number; col: number } | null,
  form: '',
  mail: 0,
  doc: '',
  state: null as PageState | null,
  view: null as SheetView | null,
  /** The outcome of the last answer sent, shown under its form until another form is chosen. */
  formResult: null as { formId: string; ok: boolean; text: string } | null,
  clockResult: '',
  /** Increases with every sheet render, so a slower, older one never overwrites a newer one. */
  sheetRender: 0,
  /** The form on screen with its item count: it is redrawn only when that changes, so typing survives a refresh. */
  drawnForm: '',
  /** The add-on's last selection (sheet!A1) seen: a new one moves the grid there. */
  active: '',
  /** Scroll the selected cell into view after the next grid render. */
  reveal: false,
};

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

/** An element with text content and optional class and attributes. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { text?: string; cls?: string; attrs?: Record<string, string> } = {},
  ...children: Array<Node | null>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.text !== undefined) el.textContent = props.text;
  if (props.cls) el.className = props.cls;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const child of children) if (child) el.append(child);
  return el;
}

async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return (await r.json()) as T;
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const reply = (await r.json()) as T & { error?: string };
  if (!r.ok) throw new Error(reply.error ?? `${url}: ${r.status}`);
  return reply;
}

let toastTimer = 0;
function toast(text: string): void {
  const el = $('toast');
  el.textContent = text;
  el.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (el.hidden = true), 4000);
}

function showAlert(title: string, body: string): void {
  $('alert-title').textContent = title;
  $('alert-body').textContent = body;
  const dialog = $('alert-dialog') as HTMLDialogElement;
  if (!dialog.open) dialog.showModal();
}

/** Shows what an action caused: its alerts as dialogs, its error, trigger failures. */
function report(r: ActionReport, done?: string): void {
  const failures = r.runs.filter((x) => !x.ok);
  const lines: string[] = [];
  if (r.error) lines.push(r.error);
  for (const f of failures) lines.push(`Триггер ${f.handler} завершился ошибкой: ${f.error ?? ''}`);
  if (r.alerts.length > 0) {
    const last = r.alerts[r.alerts.length - 1];
    const earlier = r.alerts.slice(0, -1).map((a) => [a.title, a.prompt].filter(Boolean).join('\n'));
    showAlert(last.title || 'Наставничество', [...earlier, last.prompt, ...lines].join('\n\n'));
  } else if (lines.length > 0) {
    showAlert('Ошибка', lines.join('\n\n'));
  } else if (done) {
    toast(done);
  }
}

// ---- State ----

async function refresh(): Promise<void> {
  const first = ui.state === null;
  ui.state = await getJson<PageState>('/api/state');
  followSelection(first);
  renderHeader();
  renderMenu();
  await renderTab();
}

/** A1 («B12», «C3:D4») → the top-left cell, 1-based. */
export function cellOfA1(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)/.exec(a1.replace(/\$/g, '').toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * When the add-on selected a cell (a warning's link in the sidebar), the grid goes to that sheet
 * and row, as Sheets does. What was selected before the page opened is not followed.
 */
function followSelection(first: boolean): void {
  const active = ui.state?.spreadsheet?.active;
  const key = active && active.selection ? `${active.sheet}!${active.selection}` : '';
  if (key === ui.active) return;
  ui.active = key;
  if (first || !active || !key) return;
  const cell = cellOfA1(active.selection);
  if (!cell) return;
  ui.sheet = active.sheet;
  ui.cell = cell;
  ui.reveal = true;
  if (ui.tab !== 'sheet') selectTab('sheet');
}

function renderHeader(): void {
  const s = ui.state;
  if (!s) return;
  $('doc-title').textContent = s.spreadsheet ? s.spreadsheet.name : 'Нет таблицы';
  $('clock-chip').textContent = s.clock.text;
  renderExecutions(s.executions);
}

const OUTCOME: Record<ExecutionView['outcome'], string> = {
  ok: '',
  error: ' — ошибка',
  timeout: ' — прервано по лимиту 6 минут',
};

/** The last execution and its time on Google's clock; the hint lists the ten latest. */
function renderExecutions(list: ExecutionView[]): void {
  const chip = $('exec-chip');
  const last = list[0];
  chip.hidden = !last;
  if (!last) return;
  chip.textContent = `${last.handler}: ${last.seconds} с на Google${OUTCOME[last.outcome]}`;
  chip.title = [
    'Время по модели задержек Google (dev/emulator/latency.ts):',
    ...list.map((e) => `${e.handler} (${e.user}): ${e.seconds} с, вызовов ${e.calls}${OUTCOME[e.outcome]}`),
  ].join('\n');
}

function renderMenu(): void {
  const popup = $('menu-popup');
  const button = $('menu-button');
  popup.replaceChildren();
  const menu = ui.state?.menu;
  button.textContent = `${menu?.caption ?? 'Наставничество'} ▾`;
  if (!menu) {
    const why = ui.state?.menuError;
    popup.append(
      h('div', {
        cls: 'menu-caption',
        text: why ? `onOpen не построил меню: ${why}` : 'Меню ещё не построено (onOpen)',
      }),
    );
    return;
  }
  const add = (items: MenuEntry[]) => {
    for (const item of items) {
      if (item.kind === 'separator') popup.append(h('hr'));
      else if (item.kind === 'submenu') {
        popup.append(h('div', { cls: 'menu-caption', text: item.caption }));
        add(item.items);
      } else {
        const b = h('button', { text: item.caption, attrs: { type: 'button', role: 'menuitem' } });
        b.addEventListener('click', () => {
          closeMenu();
          void runMenu(item.functionName, item.caption);
        });
        popup.append(b);
      }
    }
  };
  add(menu.items);
}

function closeMenu(): void {
  $('menu-popup').hidden = true;
  $('menu-button').setAttribute('aria-expanded', 'false');
}

async function runMenu(functionName: string, caption: string): Promise<void> {
  const r = await post<ActionReport>('/api/menu', { fn: functionName });
  if (r.opened.length > 0) reloadSidebar();
  report(r, `«${caption}» выполнено`);
  await refresh();
}

function reloadSidebar(): void {
  const frame = $('sidebar') as HTMLIFrameElement;
  frame.src = '/sidebar';
}

// ---- Tabs ----

function selectTab(tab: Tab): void {
  ui.tab = tab;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.tabs button'))) {
    b.setAttribute('aria-selected', String(b.dataset.tab === tab));
  }
  for (const name of ['sheet', 'forms', 'mail', 'drive', 'clock'] as Tab[]) {
    $(`pane-${name}`).hidden = name !== tab;
  }
  void renderTab();
}

async function renderTab(): Promise<void> {
  switch (ui.tab) {
    case 'sheet':
      return renderSheet();
    case 'forms':
      return renderForms();
    case 'mail':
      return renderMail();
    case 'drive':
      return renderDrive();
    case 'clock':
      return renderClock();
  }
}

// ---- The spreadsheet ----

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

async function renderSheet(): Promise<void> {
  const token = ++ui.sheetRender;
  const ss = ui.state?.spreadsheet;
  if (!ss) {
    $('sheet-tabs').replaceChildren();
    $('grid-wrap').replaceChildren(h('p', { cls: 'empty', text: 'Нет открытой таблицы.' }));
    return;
  }
  if (!ss.sheets.some((s) => s.name === ui.sheet)) ui.sheet = ss.sheets[0]?.name ?? '';
  const view = ui.sheet
    ? await getJson<SheetView | null>(`/api/sheet?name=${encodeURIComponent(ui.sheet)}`)
    : null;
  if (token !== ui.sheetRender) return;
  ui.view = view;
  const tabs = ss.sheets.map((s) => {
    const b = h('button', { text: s.name, attrs: { type: 'button', role: 'tab' } });
    b.setAttribute('aria-selected', String(s.name === ui.sheet));
    b.addEventListener('click', () => {
      ui.sheet = s.name;
      ui.cell = null;
      void renderSheet();
    });
    return b;
  });
  $('sheet-tabs').replaceChildren(...tabs);
  drawGrid();
}

/** The least of the grid an empty sheet shows. */
const MIN_COLS = 10;
const MIN_ROWS = 30;

function drawGrid(): void {
  const view = ui.view;
  const wrap = $('grid-wrap');
  if (!view) {
    wrap.replaceChildren(h('p', { cls: 'empty', text: 'Лист пуст.' }));
    return;
  }
  // As Sheets: the data and a screenful beyond it (an empty sheet is a grid, not two cells), within
  // the sheet's size, and always the selected cell.
  const dataCols = view.display[0]?.length ?? 0;
  const dataRows = view.display.filter((r) => r.some((v) => v !== '')).length ? view.display.length : 0;
  const cols = Math.max(
    Math.min(Math.max(dataCols + 1, MIN_COLS), view.maxColumns || MIN_COLS),
    ui.cell?.col ?? 0,
  );
  const rows = Math.max(
    Math.min(Math.max(dataRows + 3, MIN_ROWS), view.maxRows || MIN_ROWS),
    ui.cell?.row ?? 0,
  );
  const table = h('table', { cls: 'grid', attrs: { 'aria-label': view.name } });
  const head = h('tr', {}, h('th', { text: '' }));
  for (let c = 0; c < cols; c++) head.append(h('th', { text: columnName(c) }));
  table.append(h('thead', {}, head));
  const body = h('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = h('tr', {}, h('th', { text: String(r + 1) }));
    for (let c = 0; c < cols; c++) {
      const formula = view.formulas[r]?.[c] ?? '';
      const td = h('td', { text: view.display[r]?.[c] ?? '' });
      td.dataset.row = String(r + 1);
      td.dataset.col = String(c + 1);
      if (r < Math.max(1, view.frozenRows)) td.classList.add('header-row');
      if (formula) {
        td.classList.add('formula');
        td.title = formula;
      }
      if (ui.cell && ui.cell.row === r + 1 && ui.cell.col === c + 1) td.classList.add('selected');
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  table.addEventListener('click', (e) => {
    const td = (e.target as HTMLElement).closest('td');
    if (td) selectCell(Number(td.dataset.row), Number(td.dataset.col));
  });
  table.addEventListener('dblclick', () => ($('cell-input') as HTMLInputElement).focus());
  wrap.replaceChildren(table);
  updateFormulaBar();
  if (ui.reveal) {
    ui.reveal = false;
    table.querySelector('td.selected')?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}

function selectCell(row: number, col: number): void {
  ui.cell = { row, col };
  for (const td of Array.from(document.querySelectorAll('table.grid td.selected')))
    td.classList.remove('selected');
  document.querySelector(`table.grid td[data-row="${row}"][data-col="${col}"]`)?.classList.add('selected');
  updateFormulaBar();
}

function updateFormulaBar(): void {
  const input = $('cell-input') as HTMLInputElement;
  const apply = $('cell-apply') as HTMLButtonElement;
  const cell = ui.cell;
  if (!cell || !ui.view) {
    $('cell-name').textContent = '—';
    input.value = '';
    input.disabled = apply.disabled = true;
    return;
  }
  $('cell-name').textContent = `${columnName(cell.col - 1)}${cell.row}`;
  const formula = ui.view.formulas[cell.row - 1]?.[cell.col - 1] ?? '';
  input.value = formula || (ui.view.display[cell.row - 1]?.[cell.col - 1] ?? '');
  input.disabled = apply.disabled = false;
}

async function applyCell(): Promise<void> {
  const cell = ui.cell;
  if (!cell) return;
  const text = ($('cell-input') as HTMLInputElement).value;
  const r = await post<ActionReport>('/api/edit', { sheet: ui.sheet, row: cell.row, col: cell.col, text });
  report(r);
  await refresh();
}

// ---- Forms ----

function renderForms(): void {
  const forms = ui.state?.forms ?? [];
  const list = $('forms-list');
  list.replaceChildren();
  if (forms.length === 0) {
    list.append(h('li', { cls: 'empty', text: 'Надстройка ещё не создала ни одной формы.' }));
    $('form-view').replaceChildren();
    return;
  }
  if (!forms.some((f) => f.id === ui.form)) ui.form = forms[0].id;
  for (const f of forms) {
    const b = h(
      'button',
      { attrs: { type: 'button' } },
      document.createTextNode(f.title),
      h('span', { cls: 'sub', text: `ответов: ${f.responses}` }),
    );
    if (f.id === ui.form) b.setAttribute('aria-current', 'true');
    b.addEventListener('click', () => {
      if (ui.form !== f.id) ui.formResult = null;
      ui.form = f.id;
      renderForms();
    });
    list.append(h('li', {}, b));
  }
  const form = forms.find((f) => f.id === ui.form);
  if (!form) return;
  const key = `${form.id}:${form.items.length}:${form.items.map((i) => (i.choices ?? []).length).join(',')}`;
  if (key === ui.drawnForm && $('form-view').firstChild) return;
  ui.drawnForm = key;
  drawForm(form);
}

/** One question of the form, named `q<item id>` so its answer can be collected. */
function drawItem(item: ItemData): HTMLElement {
  const name = `q${item.id}`;
  const card = h('div', { cls: 'card' });
  if (item.type === 'SECTION_HEADER') {
    card.append(h('h3', { text: item.title }));
    if (item.helpText) card.append(h('div', { cls: 'help', text: item.helpText }));
    return card;
  }
  const title = h('div', { cls: 'q-title', text: item.title });
  if (item.required) title.append(h('span', { cls: 'required', text: ' *' }));
  card.append(title);
  if (item.helpText) card.append(h('div', { cls: 'help', text: item.helpText }));
  const label = { 'aria-label': item.title };
  switch (item.type) {
    case 'TEXT':
      card.append(h('input', { attrs: { type: 'text', name, ...label } }));
      break;
    case 'PARAGRAPH_TEXT':
      card.append(h('textarea', { attrs: { name, ...label } }));
      break;
    case 'DATE':
      card.append(h('input', { attrs: { type: 'date', name, ...label } }));
      break;
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX':
      for (const choice of item.choices ?? []) {
        const input = h('input', {
          attrs: { type: item.type === 'CHECKBOX' ? 'checkbox' : 'radio', name, value: choice },
        });
        card.append(h('label', { cls: 'option' }, input, document.createTextNode(` ${choice}`)));
      }
      break;
    case 'LIST': {
      const select = h(
        'select',
        { attrs: { name, ...label } },
        h('option', { text: 'Выбрать', attrs: { value: '' } }),
      );
      for (const choice of item.choices ?? [])
        select.append(h('option', { text: choice, attrs: { value: choice } }));
      card.append(select);
      break;
    }
    case 'SCALE': {
      const scale = h('div', { cls: 'scale' });
      if (item.leftLabel) scale.append(h('span', { text: item.leftLabel }));
      for (let n = item.lower ?? 1; n <= (item.upper ?? 5); n++) {
        const input = h('input', { attrs: { type: 'radio', name, value: String(n) } });
        scale.append(h('label', {}, h('span', { text: String(n) }), input));
      }
      if (item.rightLabel) scale.append(h('span', { text: item.rightLabel }));
      card.append(scale);
      break;
    }
  }
  return card;
}

function drawForm(form: FormView): void {
  const el = h('form', { cls: 'gform', attrs: { 'aria-label': form.title } });
  const head = h('div', { cls: 'card head' }, h('h2', { text: form.title }));
  if (form.description) head.append(h('p', { text: form.description }));
  head.append(h('p', { cls: 'muted', text: 'Заполните форму так, как её заполнил бы педагог.' }));
  el.append(head);
  if (form.verified) {
    // Google shows a verified form's respondent their signed-in account; here the person says
    // which teacher's account they are signed in with.
    const id = `account-${form.id}`;
    el.append(
      h(
        'div',
        { cls: 'card' },
        h('label', { text: 'Адрес электронной почты', attrs: { for: id } }),
        h('p', { cls: 'muted', text: 'Форма записывает адрес аккаунта Google, в который вошёл педагог.' }),
        h('input', { attrs: { id, name: 'account', type: 'email', required: 'required' } }),
      ),
    );
  }
  for (const item of form.items) el.append(drawItem(item));
  const result = h('div', { attrs: { role: 'status' } });
  const last = ui.formResult;
  if (last && last.formId === form.id) {
    result.className = `result ${last.ok ? 'ok' : 'bad'}`;
    result.textContent = last.text;
  }
  el.append(h('button', { text: 'Отправить', attrs: { type: 'submit' } }), result);
  el.addEventListener('submit', (e) => {
    e.preventDefault();
    void submitForm(form, el);
  });
  $('form-view').replaceChildren(el);
}

async function submitForm(form: FormView, el: HTMLFormElement): Promise<void> {
  const data = new FormData(el);
  const answers: Record<string, string | string[]> = {};
  for (const item of form.items) {
    if (item.type === 'SECTION_HEADER') continue;
    const values = data
      .getAll(`q${item.id}`)
      .map(String)
      .filter((v) => v.trim() !== '');
    if (values.length === 0) continue;
    answers[item.title] = item.type === 'CHECKBOX' ? values : values[0];
  }
  const account = String(data.get('account') ?? '').trim();
  const r = await post<ActionReport>('/api/submit', { formId: form.id, answers, email: account });
  if (r.ok) {
    const ran = r.runs.map((x) => `${x.handler}: ${x.ok ? 'выполнено' : `ошибка — ${x.error ?? ''}`}`);
    const text = [form.confirmation || 'Ответ записан.', ...ran].join('\n');
    ui.formResult = { formId: form.id, ok: r.runs.every((x) => x.ok), text };
  } else {
    // Nothing was recorded: keep what the person typed and say why.
    const status = el.querySelector('[role="status"]');
    if (status) {
      status.className = 'result bad';
      status.textContent = r.error ?? 'Ответ не отправлен';
    }
    return;
  }
  // The form is drawn again, empty, with the outcome under it.
  ui.drawnForm = '';
  await refresh();
}

// ---- Mail ----

function renderMail(): void {
  const mail = ui.state?.mail ?? [];
  const list = $('mail-list');
  list.replaceChildren();
  if (mail.length === 0) {
    list.append(h('li', { cls: 'empty', text: 'Писем пока нет.' }));
    $('mail-view').replaceChildren();
    return;
  }
  if (ui.mail >= mail.length) ui.mail = 0;
  mail.forEach((m, i) => {
    const b = h(
      'button',
      { attrs: { type: 'button' } },
      document.createTextNode(m.subject || '(без темы)'),
      h('span', { cls: 'sub', text: `${m.to} · ${shortTime(m.sentAt)}` }),
    );
    if (i === ui.mail) b.setAttribute('aria-current', 'true');
    b.addEventListener('click', () => {
      ui.mail = i;
      renderMail();
    });
    list.append(h('li', {}, b));
  });
  drawMail(mail[ui.mail]);
}

function shortTime(iso: string): string {
  const tz = ui.state?.clock.timeZone ?? 'Europe/Moscow';
  return new Date(iso).toLocaleString('ru-RU', { timeZone: tz, dateStyle: 'short', timeStyle: 'short' });
}

function drawMail(m: MailView): void {
  const meta = h(
    'div',
    { cls: 'meta' },
    h('div', { text: `От: ${m.from}` }),
    h('div', { text: `Кому: ${m.to}` }),
    m.cc ? h('div', { text: `Копия: ${m.cc}` }) : null,
    h('div', { text: `Отправлено: ${shortTime(m.sentAt)}` }),
    m.attachments.length ? h('div', { text: `Вложения: ${m.attachments.join(', ')}` }) : null,
  );
  $('mail-view').replaceChildren(
    h(
      'article',
      { cls: 'mail' },
      h('h2', { text: m.subject || '(без темы)' }),
      meta,
      h('div', { cls: 'body' }, ...linked(m.body)),
    ),
  );
}

const URL_IN_TEXT = /https?:\/\/[^\s«»"<>]+[^\s«»"<>.,;:!?)]/g;

/** Text with its web addresses as links (text nodes and <a>, never HTML). */
function linked(text: string): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const index = m.index ?? 0;
    if (index > at) out.push(document.createTextNode(text.slice(at, index)));
    out.push(h('a', { text: m[0], attrs: { href: m[0], target: '_blank', rel: 'noopener noreferrer' } }));
    at = index + m[0].length;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

// ---- Drive ----

const KIND_NAMES: Record<string, string> = {
  folder: 'папка',
  document: 'документ',
  spreadsheet: 'таблица',
  form: 'форма',
  blob: 'файл',
};

function renderDrive(): void {
  const items = ui.state?.drive ?? [];
  const tree = $('drive-tree');
  tree.replaceChildren();
  const children = (parent: string | null) =>
    items
      .filter((i) => i.parent === parent)
      .sort(
        (a, b) =>
          Number(b.kind === 'folder') - Number(a.kind === 'folder') || a.name.localeCompare(b.name, 'ru'),
      );
  const add = (parent: string | null, into: HTMLElement) => {
    for (const item of children(parent)) {
      if (item.kind === 'folder') {
        const box = h('div', { cls: 'indent' });
        into.append(h('div', { cls: 'folder', text: `📁 ${item.name}` }), box);
        add(item.id, box);
      } else into.append(driveButton(item));
    }
  };
  add(null, tree);
  if (items.length === 0) tree.append(h('p', { cls: 'empty', text: 'Диск пуст.' }));
  void drawDoc();
}

function driveButton(item: DriveItemView): HTMLElement {
  const b = h(
    'button',
    { attrs: { type: 'button' } },
    document.createTextNode(item.name),
    h('span', { cls: 'file-kind sub', text: KIND_NAMES[item.kind] ?? item.kind }),
  );
  if (item.id === ui.doc) b.setAttribute('aria-current', 'true');
  b.addEventListener('click', () => {
    if (item.kind === 'document') {
      ui.doc = item.id;
      renderDrive();
    } else if (item.kind === 'blob') {
      window.open(`/api/file?id=${encodeURIComponent(item.id)}`, '_blank', 'noopener');
    } else if (item.kind === 'form') {
      ui.form = item.id;
      selectTab('forms');
    } else if (item.kind === 'spreadsheet') selectTab('sheet');
  });
  return b;
}

function blockClasses(b: RenderedBlock): string {
  if (b.type === 'table') return '';
  const cls: string[] = [];
  if (b.alignment === 'CENTER') cls.push('center');
  if (b.alignment === 'RIGHT') cls.push('right');
  if (b.alignment === 'JUSTIFY') cls.push('justify');
  if (b.bold) cls.push('bold');
  if (b.italic) cls.push('italic');
  return cls.join(' ');
}

const HEADINGS: Record<string, keyof HTMLElementTagNameMap> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  SUBTITLE: 'h2',
};

function drawBlocks(blocks: RenderedBlock[], into: HTMLElement): void {
  let list: HTMLElement | null = null;
  for (const b of blocks) {
    if (b.type === 'table') {
      list = null;
      const table = h('table');
      for (const row of b.rows) table.append(h('tr', {}, ...row.map((cell) => h('td', { text: cell }))));
      into.append(table);
      continue;
    }
    if (b.type === 'listItem') {
      if (!list) {
        list = h('ul');
        into.append(list);
      }
      list.append(h('li', { text: b.text, cls: blockClasses(b) }));
      continue;
    }
    list = null;
    const tag = HEADINGS[b.heading] ?? 'p';
    // An inline image (a chart of the analytical note) at its size in the document, never wider than the page.
    for (const image of b.images ?? []) {
      const attrs = {
        src: image.dataUrl,
        alt: image.altDescription,
        width: String(image.width),
        style: 'max-width: 100%; height: auto',
      };
      into.append(h('p', { cls: blockClasses(b) }, h('img', { attrs })));
    }
    if (b.images?.length && !b.text) continue;
    into.append(h(tag, { text: b.text, cls: blockClasses(b) }) as HTMLElement);
    if (b.pageBreak) into.append(h('div', { cls: 'page-break', attrs: { 'aria-hidden': 'true' } }));
  }
}

async function drawDoc(): Promise<void> {
  const view = $('doc-view');
  if (!ui.doc) {
    view.replaceChildren(h('p', { cls: 'empty', text: 'Выберите документ слева.' }));
    return;
  }
  const doc = await getJson<RenderedDoc | null>(`/api/doc?id=${encodeURIComponent(ui.doc)}`);
  if (!doc) {
    view.replaceChildren(h('p', { cls: 'empty', text: 'Документ не найден.' }));
    return;
  }
  const page = h('div', { cls: 'doc', attrs: { 'aria-label': doc.name } });
  if (doc.header) drawBlocks(doc.header, page);
  drawBlocks(doc.body, page);
  if (doc.footer) drawBlocks(doc.footer, page);
  const pdf = h('a', {
    text: 'PDF',
    attrs: { href: `/api/pdf?id=${encodeURIComponent(doc.id)}`, target: '_blank', rel: 'noopener' },
  });
  view.replaceChildren(h('div', { cls: 'doc-toolbar' }, h('strong', { text: doc.name }), pdf), page);
}

// ---- Clock ----

function renderClock(): void {
  const clock = ui.state?.clock;
  if (!clock) return;
  $('clock-now').textContent = clock.text;
  $('clock-result').textContent = ui.clockResult;
  const triggers = $('trigger-table');
  triggers.replaceChildren(
    h(
      'tr',
      {},
      h('th', { text: 'Функция' }),
      h('th', { text: 'Когда' }),
      h('th', { text: 'Следующий запуск' }),
    ),
  );
  for (const t of clock.triggers) {
    triggers.append(
      h('tr', {}, h('td', { text: t.handler }), h('td', { text: t.kind }), h('td', { text: t.next ?? '—' })),
    );
  }
  if (clock.triggers.length === 0)
    triggers.append(h('tr', {}, h('td', { text: 'Триггеров нет (запустите настройку).' })));
  const runs = $('run-table');
  runs.replaceChildren(
    h('tr', {}, h('th', { text: 'Время' }), h('th', { text: 'Функция' }), h('th', { text: 'Итог' })),
  );
  for (const r of clock.runs) {
    runs.append(
      h(
        'tr',
        {},
        h('td', { text: r.at }),
        h('td', { text: r.handler }),
        h('td', { text: r.ok ? 'выполнено' : `ошибка: ${r.error ?? ''}`, cls: r.ok ? '' : 'error-text' }),
      ),
    );
  }
}

async function advance(body: { days: number } | { date: string }): Promise<void> {
  const r = await post<ActionReport>('/api/clock', body);
  const failed = r.runs.filter((x) => !x.ok).length;
  ui.clockResult = r.ok
    ? `Запусков по расписанию: ${r.runs.length}${failed ? ` (с ошибкой: ${failed})` : ''}. Отправлено писем: ${r.mailSent}.`
    : (r.error ?? '');
  if (!r.ok) report(r);
  // The sidebar's date fields follow the clock: it loads again with the new date.
  if (r.ok) reloadSidebar();
  await refresh();
}

// ---- Wiring ----

function wire(): void {
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.tabs button'))) {
    b.addEventListener('click', () => selectTab(b.dataset.tab as Tab));
  }
  $('menu-button').addEventListener('click', (e) => {
    e.stopPropagation();
    const popup = $('menu-popup');
    popup.hidden = !popup.hidden;
    $('menu-button').setAttribute('aria-expanded', String(!popup.hidden));
  });
  document.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('.menu')) closeMenu();
  });
  $('cell-apply').addEventListener('click', () => void applyCell());
  $('cell-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void applyCell();
    if (e.key === 'Escape') updateFormulaBar();
  });
  $('plus-day').addEventListener('click', () => void advance({ days: 1 }));
  $('plus-week').addEventListener('click', () => void advance({ days: 7 }));
  $('clock-go').addEventListener('click', () => {
    const date = ($('clock-date') as HTMLInputElement).value;
    if (date) void advance({ date });
  });
  $('load-demo').addEventListener('click', () => {
    if (!window.confirm('Заменить всё демо-школой? Текущие данные будут потеряны.')) return;
    void post<ActionReport>('/api/demo', {}).then((r) => {
      report(r, 'Загружена демо-школа');
      reloadSidebar();
      return refresh();
    });
  });
  $('reset').addEventListener('click', () => {
    if (!window.confirm('Начать с пустой таблицы? Текущие данные будут потеряны.')) return;
    void post<ActionReport>('/api/reset', {}).then((r) => {
      report(r, 'Создана пустая таблица');
      reloadSidebar();
      return refresh();
    });
  });
  // Every google.script.run call of the sidebar may change the sheets: refresh after it.
  const frame = $('sidebar') as HTMLIFrameElement;
  frame.addEventListener('load', () => {
    frame.contentWindow?.addEventListener('gas:done', () => void refresh());
    const title = frame.contentDocument?.title;
    if (title) $('sidebar-title').textContent = title;
  });
}

wire();
void refresh();
