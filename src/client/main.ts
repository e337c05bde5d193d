// The sidebar's entry point: a tablist of the curator's six tabs. Each tab loads its data when
// first shown and again after any action changed the spreadsheet.
import { StatusLine } from './actions';
import { button, clear, h } from './dom';
import type { Tab, TabContext } from './tabs/tab';
import { overviewTab } from './tabs/overview';
import { matchingTab } from './tabs/matching';
import { pairsTab } from './tabs/pairs';
import { documentsTab } from './tabs/documents';
import { formsTab } from './tabs/forms';
import { settingsTab } from './tabs/settings';

const TABS: Tab[] = [overviewTab, matchingTab, pairsTab, documentsTab, formsTab, settingsTab];

interface Mounted {
  tab: Tab;
  button: HTMLButtonElement;
  panel: HTMLElement;
  ctx: TabContext;
  stale: boolean;
  loading: Promise<void> | null;
}

function start(root: HTMLElement): void {
  clear(root);
  const list = h('div', { class: 'tablist', role: 'tablist', 'aria-label': 'Разделы' });
  const panels = h('div', { class: 'panels' });
  const mounted: Mounted[] = [];

  const load = (m: Mounted): Promise<void> => {
    if (m.loading) return m.loading;
    m.stale = false;
    m.panel.setAttribute('aria-busy', 'true');
    const task = m.tab
      .load(m.ctx)
      .catch((e: unknown) => {
        clear(m.ctx.content);
        const retry = button('Повторить');
        retry.addEventListener('click', () => void load(m));
        m.ctx.content.append(
          h('p', { class: 'error', role: 'alert' }, e instanceof Error ? e.message : String(e)),
          retry,
        );
      })
      .finally(() => {
        m.loading = null;
        m.panel.removeAttribute('aria-busy');
      });
    m.loading = task;
    return task;
  };

  const select = (index: number, focus: boolean) => {
    mounted.forEach((m, i) => {
      const on = i === index;
      m.button.setAttribute('aria-selected', String(on));
      m.button.tabIndex = on ? 0 : -1;
      m.panel.hidden = !on;
    });
    const m = mounted[index];
    if (focus) m.button.focus();
    if (m.stale) void load(m);
  };

  TABS.forEach((tab, index) => {
    const tabButton = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${tab.id}`,
        'aria-controls': `panel-${tab.id}`,
        'aria-selected': 'false',
      },
      tab.title,
    );
    const content = h('div', { class: 'content' }, h('p', { class: 'muted' }, 'Загрузка…'));
    const status = new StatusLine();
    const panel = h(
      'section',
      {
        role: 'tabpanel',
        id: `panel-${tab.id}`,
        'aria-labelledby': `tab-${tab.id}`,
        tabindex: 0,
        hidden: true,
      },
      content,
      status.el,
    );
    const m: Mounted = {
      tab,
      button: tabButton,
      panel,
      stale: true,
      loading: null,
      ctx: {
        content,
        status,
        changed: async () => {
          for (const other of mounted) other.stale = true;
          await load(m);
        },
      },
    };
    mounted.push(m);
    tabButton.addEventListener('click', () => select(index, false));
    tabButton.addEventListener('keydown', (e) => {
      const last = TABS.length - 1;
      const next =
        e.key === 'ArrowRight' || e.key === 'ArrowDown'
          ? index === last
            ? 0
            : index + 1
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
            ? index === 0
              ? last
              : index - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? last
                : -1;
      if (next < 0) return;
      e.preventDefault();
      select(next, true);
    });
    list.appendChild(tabButton);
    panels.appendChild(panel);
  });

  root.append(h('h1', { class: 'title' }, 'Наставничество'), list, panels);
  root.removeAttribute('aria-live');
  select(0, false);
}

const app = document.getElementById('app');
if (app) start(app);
