// «Обзор» at a glance: the next deadline; the counts as small bars; the warnings grouped by kind,
// each one link to its row, long groups folded; the roadmap as its seven stages, each a line of
// coloured marks (one per item) with its next deadline, folded unless something in it is due or
// overdue. One server call (getDashboard) loads it.
import { runAction, type StatusLine } from '../actions';
import { call, type DashboardDto, type RoadmapItemDto, type Warning } from '../api';
import { button, clear, h, muted, section } from '../dom';
import { daysLeftText, placeText, ruDate, statusClass } from '../format';
import type { Tab, TabContext } from './tab';

/** A button that selects the cell a warning or a problem points at. */
export function cellButton(
  status: StatusLine,
  text: string,
  link: { sheet: string; row: number; column?: string },
): HTMLButtonElement {
  const b = button(text, { class: 'link-button cell-link', title: `Перейти: ${placeText(link)}` });
  b.appendChild(h('span', { class: 'place' }, ` (${placeText(link)})`));
  b.addEventListener('click', () => selectPlace(status, link));
  return b;
}

/** The setup offer, shown first while the spreadsheet has no sheets of the add-on. */
export function setupButton(ctx: TabContext, text = 'Первоначальная настройка'): HTMLButtonElement {
  const b = button(text, { class: 'primary' });
  b.addEventListener('click', () => {
    void runAction({
      key: 'setupWorkbook',
      buttons: [b],
      status: ctx.status,
      progress: 'Создаю листы, формы и шаблоны… Это может занять минуту.',
      run: () => call('setupWorkbook'),
      message: (summary) => summary,
      after: () => ctx.changed(),
    });
  });
  return b;
}

/** The counts as small bars, each against the number of teachers (the largest). */
function counts(d: DashboardDto): HTMLElement {
  const rows: Array<[string, number, string]> = [
    ['Педагоги', d.counts.teachers, ''],
    ['Наставники', d.counts.mentors, ''],
    ['Наставляемые', d.counts.mentees, ''],
    ['Пары и группы', d.counts.pairs, ''],
    ['Без пары', d.counts.unmatched, d.counts.unmatched > 0 ? 'bar-warn' : ''],
  ];
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const list = h('dl', { class: 'counts' });
  for (const [name, n, cls] of rows) {
    const bar = h('span', { class: `bar ${cls}`.trim(), 'aria-hidden': 'true' });
    bar.style.width = `${Math.round((n / max) * 100)}%`;
    list.append(
      h(
        'div',
        { class: 'count' },
        h('dt', {}, name),
        h('dd', {}, h('span', { class: 'count-n' }, n), h('span', { class: 'track' }, bar)),
      ),
    );
  }
  return list;
}

/** The programmes' plans (issue #19): done of planned in the school, and the pairs behind. */
function programmes(p: NonNullable<DashboardDto['programmes']>): HTMLElement {
  const behind = p.pairs.filter((x) => x.attention);
  return h(
    'div',
    { class: 'programmes' },
    h(
      'p',
      {},
      `Выполнено ${p.done} из ${p.planned} запланированных мероприятий` +
        (p.overdue > 0 ? ` · просрочено ${p.overdue}` : ''),
    ),
    behind.length === 0
      ? muted('Все пары идут по плану.')
      : h(
          'ul',
          { class: 'plain' },
          ...behind.map((x) => h('li', {}, `${x.id} (${x.mentor}): ${x.done} из ${x.planned} — ${x.note}`)),
        ),
  );
}

/** This year against the archived previous one (issue #19): a small table, or one line without it. */
function yearOnYear(y: NonNullable<DashboardDto['yearOnYear']>): HTMLElement {
  if (y.none) return muted(y.none);
  return h(
    'table',
    { class: 'compare' },
    h(
      'tr',
      {},
      h('th', {}, 'Показатель'),
      h('th', {}, y.previousYear),
      h('th', {}, 'Сейчас'),
      h('th', {}, '±'),
    ),
    ...y.rows.map((r) =>
      h(
        'tr',
        {},
        h('td', {}, r.label),
        h('td', {}, r.previous),
        h('td', {}, r.current),
        h('td', {}, r.change),
      ),
    ),
  );
}

const DONE: string[] = ['Выполнено', 'В норме'];

/**
 * The nearest deadline not met yet, or null: the nearest to come, or (`overdueFirst`, and when
 * nothing is to come) the latest missed.
 */
export function nextDeadline(items: RoadmapItemDto[], overdueFirst = false): RoadmapItemDto | null {
  const open = items.filter((i) => i.deadline && i.daysLeft !== null && !DONE.includes(i.status));
  const by = (a: RoadmapItemDto, b: RoadmapItemDto) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0);
  const overdue = open.filter((i) => (i.daysLeft ?? 0) < 0).sort(by);
  const coming = open.filter((i) => (i.daysLeft ?? 0) >= 0).sort(by);
  const late = overdue[overdue.length - 1] ?? null;
  return overdueFirst ? (late ?? coming[0] ?? null) : (coming[0] ?? late);
}

function deadlineLine(item: RoadmapItemDto): HTMLElement {
  const days = DONE.includes(item.status) ? '' : daysLeftText(item.daysLeft);
  const deadline = item.deadline ? `до ${ruDate(item.deadline)}` : item.deadlineText;
  return h(
    'p',
    { class: 'item-deadline' },
    deadline,
    days
      ? h('span', { class: item.daysLeft !== null && item.daysLeft < 0 ? 'days late' : 'days' }, ` · ${days}`)
      : null,
  );
}

function nextCard(item: RoadmapItemDto | null): HTMLElement {
  if (!item) return h('div', { class: 'next-deadline st-ok' }, h('p', {}, 'Ближайших сроков нет.'));
  return h(
    'div',
    { class: `next-deadline ${statusClass(item.status)}` },
    h(
      'p',
      { class: 'item-head' },
      h('strong', {}, (item.daysLeft ?? 0) < 0 ? 'Просрочено' : 'Ближайший срок'),
      h('span', { class: 'badge' }, item.status),
    ),
    h('p', { class: 'item-title' }, `${item.id}. ${item.title}`),
    deadlineLine(item),
  );
}

function roadmapItem(item: RoadmapItemDto): HTMLElement {
  return h(
    'li',
    { class: `roadmap-item ${statusClass(item.status)}`, 'data-id': item.id },
    h(
      'div',
      { class: 'item-head' },
      h('span', { class: 'item-id' }, item.id),
      h('span', { class: 'badge' }, item.status),
    ),
    h('p', { class: 'item-title' }, item.title),
    deadlineLine(item),
    item.evidence ? h('p', { class: 'item-evidence' }, item.evidence) : null,
    item.responsible ? h('p', { class: 'muted' }, `Ответственный: ${item.responsible}`) : null,
  );
}

/** The roadmap as its stages: each a line of coloured marks, one per item, and its next deadline. */
function roadmap(items: RoadmapItemDto[], next: RoadmapItemDto | null): HTMLElement {
  const wrap = h('div', { class: 'roadmap' });
  const stages: string[] = [];
  for (const item of items) if (!stages.includes(item.stage)) stages.push(item.stage);
  for (const stage of stages) {
    const own = items.filter((i) => i.stage === stage);
    const stageNext = nextDeadline(own, true);
    const late = stageNext !== null && (stageNext.daysLeft ?? 0) < 0;
    const marks = h(
      'span',
      { class: 'marks' },
      ...own.map((i) =>
        h(
          'span',
          { class: `mark ${statusClass(i.status)}`, title: `${i.id}: ${i.status}` },
          h('span', { class: 'mark-id' }, i.id),
          h('span', { class: 'sr-only' }, ` ${i.status};`),
        ),
      ),
    );
    const summary = h(
      'summary',
      {},
      h('span', { class: 'stage-title' }, stage),
      h(
        'span',
        { class: 'stage-line' },
        marks,
        stageNext?.deadline
          ? h(
              'span',
              { class: `stage-next${late ? ' late' : ''}` },
              `${late ? 'просрочен срок' : 'срок'} ${ruDate(stageNext.deadline)}`,
            )
          : h(
              'span',
              { class: 'stage-next muted' },
              own.every((i) => DONE.includes(i.status)) ? 'готово' : '',
            ),
      ),
    );
    // Open the stages that need the curator now: something overdue, or the next deadline.
    const open = late || (next !== null && own.includes(next));
    wrap.append(
      h(
        'details',
        { class: 'stage', 'data-stage': stage.split('.')[0], open },
        summary,
        h('ul', { class: 'plain' }, ...own.map(roadmapItem)),
      ),
    );
  }
  return wrap;
}

/** What a warning is about, so the same kind is listed together. */
function warningKind(w: Warning): string {
  if (w.sheet === 'Дорожная карта' && w.column === 'Статус') return 'Просроченные пункты дорожной карты';
  if (w.sheet === 'Мероприятия' && w.column === 'Публикация') return 'Мероприятия без публикации';
  if (w.sheet === 'Мониторинг') return 'Анкеты мониторинга не от участников пар';
  if (w.sheet === 'План программ' && w.column === 'Отметил')
    return 'Отметки о выполнении не от наставников пар';
  return `Данные: лист «${w.sheet}»`;
}

/** The warning's own words, without the sheet its group already names. */
function warningText(w: Warning): string {
  const prefix = `${w.sheet}, `;
  return w.text.startsWith(prefix) ? w.text.slice(prefix.length) : w.text;
}

/** A warning as one link that selects its cell; the place is in the link's title. */
export function warningLink(status: StatusLine, w: Warning): HTMLButtonElement {
  const b = button(warningText(w), {
    class: 'link-button cell-link',
    title: `Перейти: ${placeText(w)}`,
  });
  b.addEventListener('click', () => selectPlace(status, w));
  return b;
}

function selectPlace(status: StatusLine, link: { sheet: string; row: number; column?: string }): void {
  void runAction({
    key: `select:${link.sheet}:${link.row}:${link.column ?? ''}`,
    buttons: [],
    status,
    progress: 'Открываю строку…',
    run: () => call('selectCell', { sheet: link.sheet, row: link.row, column: link.column }),
    message: () => `Выделено: ${placeText(link)}.`,
  });
}

/** Groups longer than this are folded. */
const FOLD = 3;

function warnings(ctx: TabContext, list: Warning[]): HTMLElement {
  if (list.length === 0) return muted('Замечаний нет.');
  const groups = new Map<string, Warning[]>();
  for (const w of list) {
    const kind = warningKind(w);
    groups.set(kind, [...(groups.get(kind) ?? []), w]);
  }
  const wrap = h('div', { class: 'warning-groups' });
  for (const [kind, items] of groups) {
    wrap.append(
      h(
        'details',
        { class: 'warning-group', open: items.length <= FOLD },
        h('summary', {}, `${kind} (${items.length})`),
        h('ul', { class: 'plain warnings' }, ...items.map((w) => h('li', {}, warningLink(ctx.status, w)))),
      ),
    );
  }
  return wrap;
}

export const overviewTab: Tab = {
  id: 'overview',
  title: 'Обзор',
  async load(ctx) {
    const d = await call('getDashboard');
    clear(ctx.content);
    if (d.setupNeeded) {
      ctx.content.append(
        section(
          'Начало работы',
          h(
            'p',
            {},
            'В таблице ещё нет листов надстройки. Первоначальная настройка создаст листы, формы, папку документов и шаблоны.',
          ),
          setupButton(ctx),
        ),
      );
      return;
    }
    ctx.content.append(
      h(
        'p',
        { class: 'school' },
        d.school || 'Школа не указана',
        h('br'),
        `Учебный год ${d.schoolYear} · сегодня ${ruDate(d.today)}`,
      ),
      nextCard(nextDeadline(d.roadmap)),
      counts(d),
      ...(d.programmes && d.programmes.pairs.length > 0
        ? [section('Программы наставничества', programmes(d.programmes))]
        : []),
      ...(d.yearOnYear ? [section('Сравнение с прошлым годом', yearOnYear(d.yearOnYear))] : []),
      section(`Замечания (${d.warnings.length})`, warnings(ctx, d.warnings)),
      section('Дорожная карта', roadmap(d.roadmap, nextDeadline(d.roadmap))),
    );
  },
};
