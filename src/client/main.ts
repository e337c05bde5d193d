// The sidebar's entry point: a tablist of the curator's tabs. Each tab loads its data every time
// it is opened (form answers and staff's edits arrive while the panel is open), again after any
// action changed the spreadsheet, and on «Обновить». Each tab's results, errors and questions
// appear at its top, above the content.
import { StatusLine } from './actions';
import { button, clear, h } from './dom';
import type { Tab, TabContext } from './tabs/tab';
import { overviewTab } from './tabs/overview';
import { matchingTab } from './tabs/matching';
import { pairsTab } from './tabs/pairs';
import { documentsTab } from './tabs/documents';
import { formsTab } from './tabs/forms';
import { settingsTab } from './tabs/settings';
import { labourTab } from './tabs/labour';

const TABS: Tab[] = [overviewTab, matchingTab, pairsTab, documentsTab, labourTab, formsTab, settingsTab];

interface Mounted {
  tab: Tab;
  button: HTMLButtonElement;
  panel: HTMLElement;
  ctx: TabContext;
  loading: Promise<void> | null;
  /** «Обновлено в 10:42»: when the tab last loaded. */
  loadedAt?: HTMLElement;
}

function clockText(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `Обновлено в ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

function start(root: HTMLElement): void {
  clear(root);
  const list = h('div', { class: 'tablist', role: 'tablist', 'aria-label': 'Разделы' });
  const panels = h('div', { class: 'panels' });
  const mounted: Mounted[] = [];

  /** `again`: after an action or «Обновить», a load already under way may predate the change. */
  const load = (m: Mounted, again = false): Promise<void> => {
    if (m.loading) return again ? m.loading.then(() => load(m)) : m.loading;
    m.panel.setAttribute('aria-busy', 'true');
    const task = m.tab
      .load(m.ctx)
      .then(() => {
        if (m.loadedAt) m.loadedAt.textContent = clockText();
      })
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
    // Opening a tab always shows the spreadsheet as it is now.
    void load(m);
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
    const refresh = button('Обновить', {
      class: 'refresh',
      'aria-label': `Обновить вкладку «${tab.title}»`,
      title: 'Загрузить данные из таблицы заново',
    });
    const loaded = h('span', { class: 'loaded muted', 'aria-live': 'off' });
    const panel = h(
      'section',
      {
        role: 'tabpanel',
        id: `panel-${tab.id}`,
        'aria-labelledby': `tab-${tab.id}`,
        tabindex: 0,
        hidden: true,
      },
      h('div', { class: 'panel-bar' }, loaded, refresh),
      status.el,
      content,
    );
    const m: Mounted = {
      tab,
      button: tabButton,
      panel,
      loading: null,
      ctx: {
        content,
        status,
        // The other tabs load again when opened.
        changed: () => load(m, true),
      },
    };
    mounted.push(m);
    refresh.addEventListener('click', () => {
      refresh.disabled = true;
      void load(m, true).finally(() => (refresh.disabled = false));
    });
    m.loadedAt = loaded;
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
