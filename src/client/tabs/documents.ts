// «Документы»: consent forms, the order (number and date, the next number suggested, «Пересоздать»
// when that order exists), programmes for pairs that lack one, the analytical note; the register
// of generated documents; the placeholders staff may use in templates. Documents made over several
// calls show their progress at the top of the tab («Создано 48 из 110 программ…»).
import { runAction, type MadeLink } from '../actions';
import {
  call,
  codeOf,
  type ActionResult,
  type DocumentDto,
  type DocumentsOverviewDto,
  type WorkKind,
} from '../api';
import { button, clear, details, field, h, input, link, muted, section } from '../dom';
import { ruDate, todayIso } from '../format';
import { untilDone, WorkPanel } from '../work';
import type { Tab, TabContext } from './tab';

/** The register as the tab last loaded it: what an action made is what appears in it afterwards. */
let register: DocumentDto[] = [];

function documentTitle(doc: DocumentDto): string {
  return [doc.type, doc.number ? `№ ${doc.number}` : '', doc.date ? `от ${ruDate(doc.date)}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Links to the documents in the register now that were not there before (the first ten). */
export function madeLinks(before: DocumentDto[], after: DocumentDto[]): MadeLink[] {
  const known = new Set(before.map((d) => `${d.url}|${d.pdfUrl}`));
  const made = after.filter((d) => d.url && !known.has(`${d.url}|${d.pdfUrl}`));
  const links: MadeLink[] = [];
  for (const d of made.slice(0, 10)) {
    const title = [documentTitle(d), d.pairs].filter(Boolean).join(' — ');
    links.push({ text: title || d.name, url: d.url });
    if (d.pdfUrl) links.push({ text: `PDF: ${title || d.name}`, url: d.pdfUrl });
  }
  return links;
}

/** Runs a document action to its end, calling again while the server says more remains. */
function longAction(
  ctx: TabContext,
  panel: WorkPanel,
  kind: WorkKind,
  buttons: HTMLButtonElement[],
  progress: string,
  start: () => Promise<ActionResult>,
): Promise<ActionResult | undefined> {
  const before = register;
  return runAction({
    key: `work-${kind}`,
    buttons,
    status: ctx.status,
    progress,
    run: () =>
      untilDone(kind, start, (r) => {
        const label = r.progress?.label ?? r.message;
        ctx.status.show('progress', label);
        panel.progress(label);
      }),
    message: (r) => r.message,
    after: () => ctx.changed(),
    links: () => madeLinks(before, register),
  });
}

const ORDER_TYPE = 'Приказ';

/** Checkboxes of pairs (all ticked), returning the ticked ids on demand. */
function pairChecklist(
  legend: string,
  items: Array<{ id: string; text: string; checked?: boolean }>,
): { el: HTMLElement; ids: () => string[] } {
  const boxes = items.map((item) => {
    const box = input({ type: 'checkbox', checked: item.checked ?? true, value: item.id });
    return { box, el: field(item.text, box) };
  });
  const el = h('fieldset', { class: 'checklist' }, h('legend', {}, legend), ...boxes.map((b) => b.el));
  return { el, ids: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value) };
}

function orderSection(ctx: TabContext, d: DocumentsOverviewDto, panel: WorkPanel): HTMLElement {
  const number = input({ value: d.nextOrderNumber, required: true, inputmode: 'text', autocomplete: 'off' });
  const date = input({ type: 'date', value: todayIso(), required: true });
  const regenerate = input({ type: 'checkbox' });
  const orders = d.documents.filter((doc) => doc.type === ORDER_TYPE);
  const regenerateField = field(
    'Пересоздать приказ с этим номером',
    regenerate,
    'Документ будет заполнен заново для тех же пар',
  );
  const showRegenerate = (force = false) => {
    const exists = orders.some((o) => o.number === number.value.replace(/^№\s*/, '').trim());
    regenerateField.hidden = !(exists || force);
    if (regenerateField.hidden) regenerate.checked = false;
  };
  number.addEventListener('input', () => showRegenerate());
  showRegenerate();
  const create = button('Создать приказ', { class: 'primary' });
  create.addEventListener('click', () => {
    if (!number.value.trim() || !date.value) {
      ctx.status.show('error', 'Укажите номер и дату приказа.');
      (number.value.trim() ? date : number).focus();
      return;
    }
    let refused: string | undefined;
    void longAction(ctx, panel, 'order', [create], 'Создаю приказ… Это может занять до минуты.', () =>
      call(
        'generateOrder',
        regenerate.checked
          ? { number: number.value.trim(), date: date.value, regenerate: true }
          : { number: number.value.trim(), date: date.value },
      ).catch((e: unknown) => {
        refused = codeOf(e);
        throw e;
      }),
    ).then((value) => {
      // The server refuses an existing number unless «Пересоздать» is ticked: offer it.
      if (value === undefined && refused === 'orderExists') showRegenerate(true);
    });
  });
  return section(
    'Приказ о закреплении пар',
    d.readyForOrder.length
      ? h(
          'div',
          {},
          h('p', {}, `Готовы к приказу (все согласия есть): ${d.readyForOrder.length}`),
          h('ul', { class: 'compact' }, ...d.readyForOrder.map((p) => h('li', {}, `${p.id} — ${p.title}`))),
        )
      : muted('Нет согласованных пар без приказа.'),
    field(
      'Номер приказа',
      number,
      d.nextOrderNumber ? `Следующий свободный номер: ${d.nextOrderNumber}` : undefined,
    ),
    field('Дата приказа', date),
    regenerateField,
    create,
  );
}

/** A list of pairs to tick and a button that makes documents for the ticked ones. */
function pairsDocumentsSection(
  ctx: TabContext,
  panel: WorkPanel,
  o: {
    title: string;
    listTitle: string;
    items: Array<{ id: string; text: string; checked?: boolean }>;
    button: string;
    action: 'generateConsentForms' | 'generateProgrammes';
    kind: WorkKind;
    progress: string;
  },
): HTMLElement {
  const list = pairChecklist(o.listTitle, o.items);
  const make = button(o.button);
  make.addEventListener('click', () => {
    const ids = list.ids();
    if (ids.length === 0) {
      ctx.status.show('error', 'Отметьте хотя бы одну пару.');
      return;
    }
    void longAction(ctx, panel, o.kind, [make], o.progress, () => call(o.action, ids));
  });
  return section(o.title, list.el, make);
}

function waitingSection(ctx: TabContext, d: DocumentsOverviewDto, panel: WorkPanel): HTMLElement {
  if (d.waitingForConsent.length === 0) return section('Согласия', muted('Все пары со всеми согласиями.'));
  return pairsDocumentsSection(ctx, panel, {
    title: `Ждут согласий (${d.waitingForConsent.length})`,
    listTitle: 'Бланки согласий для пар',
    items: d.waitingForConsent.map((p) => ({
      id: p.id,
      text: `${p.id}: нет согласия — ${p.missing.join(', ')}`,
    })),
    button: 'Создать бланки согласий',
    action: 'generateConsentForms',
    kind: 'consents',
    progress: 'Создаю бланки согласий…',
  });
}

function programmesSection(ctx: TabContext, d: DocumentsOverviewDto, panel: WorkPanel): HTMLElement {
  if (d.withoutProgramme.length === 0)
    return section('Программы наставничества', muted('У всех пар есть программы.'));
  return pairsDocumentsSection(ctx, panel, {
    title: `Программы наставничества (нет у ${d.withoutProgramme.length})`,
    listTitle: 'Пары без программы',
    // Programmes follow the order: a pair without one is offered unticked (issue #17, item 4).
    items: d.withoutProgramme.map((p) => ({
      id: p.id,
      text: `${p.id} — ${p.title}${p.inOrder === false ? ' (приказа ещё нет)' : ''}`,
      checked: p.inOrder !== false,
    })),
    button: 'Создать программы',
    action: 'generateProgrammes',
    kind: 'programmes',
    progress: 'Создаю программы… Каждую минуту здесь будет видно, сколько готово.',
  });
}

function noteSection(ctx: TabContext, panel: WorkPanel): HTMLElement {
  const make = button('Создать аналитическую справку');
  make.addEventListener('click', () => {
    void longAction(ctx, panel, 'note', [make], 'Создаю справку по итогам мониторинга…', () =>
      call('generateAnalyticalNote'),
    );
  });
  return section(
    'Аналитическая справка',
    muted('По ответам на анкеты мониторинга (лист «Мониторинг»).'),
    make,
  );
}

function documentItem(doc: DocumentDto): HTMLElement {
  const title = documentTitle(doc);
  return h(
    'li',
    { class: 'doc' },
    h('p', { class: 'card-title' }, title),
    doc.name ? h('p', {}, doc.name) : null,
    doc.pairs ? h('p', { class: 'muted' }, `Пары: ${doc.pairs}`) : null,
    h(
      'p',
      { class: 'row' },
      doc.url ? link(doc.url, 'Документ') : null,
      doc.pdfUrl ? link(doc.pdfUrl, 'PDF') : null,
    ),
  );
}

export const documentsTab: Tab = {
  id: 'documents',
  title: 'Документы',
  async load(ctx) {
    const d = await call('getDocumentsOverview');
    register = d.documents;
    clear(ctx.content);
    const panel: WorkPanel = new WorkPanel((kind) => {
      void longAction(ctx, panel, kind, [], 'Продолжаю…', () => call('continueWork', kind));
    });
    panel.show(d.work ?? []);
    ctx.content.append(
      panel.el,
      waitingSection(ctx, d, panel),
      orderSection(ctx, d, panel),
      programmesSection(ctx, d, panel),
      noteSection(ctx, panel),
      section(
        `Созданные документы (${d.documents.length})`,
        d.documents.length
          ? h('ul', { class: 'plain docs' }, ...d.documents.map(documentItem))
          : muted('Документов пока нет.'),
      ),
      details(
        'Поля для шаблонов',
        false,
        muted('Эти обозначения можно вставлять в шаблоны документов: надстройка заменит их данными.'),
        h(
          'dl',
          { class: 'placeholders' },
          ...d.placeholders.flatMap((p) => [h('dt', {}, p.name), h('dd', {}, p.description)]),
        ),
      ),
    );
  },
};
