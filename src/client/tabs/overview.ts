// «Обзор»: the roadmap's 14 items by stage with deadlines, status and evidence; the counts; the
// warnings that lead to the exact row. One server call (getDashboard) loads it.
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
  b.addEventListener('click', () => {
    void runAction({
      key: `select:${link.sheet}:${link.row}:${link.column ?? ''}`,
      buttons: [],
      status,
      progress: 'Открываю строку…',
      run: () => call('selectCell', { sheet: link.sheet, row: link.row, column: link.column }),
      message: () => `Выделено: ${placeText(link)}.`,
    });
  });
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

function counts(d: DashboardDto): HTMLElement {
  const rows: Array<[string, number]> = [
    ['Педагоги', d.counts.teachers],
    ['Наставники', d.counts.mentors],
    ['Наставляемые', d.counts.mentees],
    ['Пары и группы', d.counts.pairs],
    ['Без пары', d.counts.unmatched],
  ];
  const list = h('dl', { class: 'counts' });
  for (const [name, n] of rows) list.append(h('div', {}, h('dt', {}, name), h('dd', {}, n)));
  return list;
}

function roadmapItem(item: RoadmapItemDto): HTMLElement {
  const days = item.status === 'Выполнено' ? '' : daysLeftText(item.daysLeft);
  const deadline = item.deadline ? `до ${ruDate(item.deadline)}` : item.deadlineText;
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
    h(
      'p',
      { class: 'item-deadline' },
      deadline,
      days
        ? h(
            'span',
            { class: item.daysLeft !== null && item.daysLeft < 0 ? 'days late' : 'days' },
            ` · ${days}`,
          )
        : null,
    ),
    item.evidence ? h('p', { class: 'item-evidence' }, item.evidence) : null,
    item.responsible ? h('p', { class: 'muted' }, `Ответственный: ${item.responsible}`) : null,
  );
}

function roadmap(items: RoadmapItemDto[]): HTMLElement {
  const wrap = h('div', { class: 'roadmap' });
  const stages: string[] = [];
  for (const item of items) if (!stages.includes(item.stage)) stages.push(item.stage);
  for (const stage of stages) {
    wrap.append(
      h('h3', { class: 'stage' }, stage),
      h('ul', { class: 'plain' }, ...items.filter((i) => i.stage === stage).map(roadmapItem)),
    );
  }
  return wrap;
}

function warnings(ctx: TabContext, list: Warning[]): HTMLElement {
  if (list.length === 0) return muted('Замечаний нет.');
  return h(
    'ul',
    { class: 'plain warnings' },
    ...list.map((w) => h('li', {}, cellButton(ctx.status, w.text, w))),
  );
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
      counts(d),
      section(`Замечания (${d.warnings.length})`, warnings(ctx, d.warnings)),
      section('Дорожная карта', roadmap(d.roadmap)),
    );
  },
};
