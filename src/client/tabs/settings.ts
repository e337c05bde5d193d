// «Настройки»: the school's settings with the server's checks repeated here, setup again, the
// reminders switch and the last daily run, «Проверить данные», and the new school year behind a
// typed confirmation.
import { CONFIRMATION } from '../../server/year/texts';
import { runAction } from '../actions';
import { call, type CheckDto, type DashboardDto, type SettingDto } from '../api';
import { button, clear, details, field, h, input, isWebUrl, link, muted, section } from '../dom';
import { settingProblem } from '../format';
import { cellButton, setupButton } from './overview';
import type { Tab, TabContext } from './tab';

/** Kept by the reminders switch, not typed in. */
const SWITCHED = ['remindersEnabled', 'remindersOwner'];
/** Filled by setup: links to the folder, templates and forms. */
const LINKS = [
  'documentsFolder',
  'templateOrder',
  'templateProgramme',
  'templateConsentMentor',
  'templateConsentMentee',
  'formRequests',
  'formMentors',
  'formMonitoringMentee',
  'formMonitoringMentor',
];

let lastCheck: CheckDto | null = null;

function settingsForm(ctx: TabContext, settings: SettingDto[]): HTMLElement {
  const editable = settings.filter((s) => !SWITCHED.includes(s.key));
  const inputs = new Map<string, { setting: SettingDto; el: HTMLInputElement; error: HTMLElement }>();
  const main = editable.filter((s) => !LINKS.includes(s.key));
  const links = editable.filter((s) => LINKS.includes(s.key));
  const row = (s: SettingDto) => {
    const el = input({ value: s.value, name: s.key, type: /Email$|Owner$/.test(s.key) ? 'email' : 'text' });
    const error = h('p', { class: 'field-error', id: `err-${s.key}`, hidden: true });
    inputs.set(s.key, { setting: s, el, error });
    const wrap = field(s.name, el, s.note);
    wrap.appendChild(error);
    if (LINKS.includes(s.key) && isWebUrl(s.value)) wrap.appendChild(link(s.value, 'Открыть'));
    return wrap;
  };
  const save = button('Сохранить настройки', { class: 'primary' });
  save.addEventListener('click', () => {
    const changed: Record<string, string> = {};
    let firstBad: HTMLInputElement | null = null;
    for (const [key, { setting, el, error }] of inputs) {
      const problem = settingProblem(key, el.value);
      error.textContent = problem;
      error.hidden = !problem;
      if (problem) {
        el.setAttribute('aria-invalid', 'true');
        el.setAttribute('aria-errormessage', error.id);
        firstBad ??= el;
      } else {
        el.removeAttribute('aria-invalid');
        el.removeAttribute('aria-errormessage');
      }
      if (el.value.trim() !== setting.value.trim()) changed[key] = el.value.trim();
    }
    if (firstBad) {
      ctx.status.show('error', 'Исправьте отмеченные поля.');
      firstBad.focus();
      return;
    }
    if (Object.keys(changed).length === 0) {
      ctx.status.show('ok', 'Изменений нет.');
      return;
    }
    void runAction({
      key: 'saveSettings',
      buttons: [save],
      status: ctx.status,
      progress: 'Сохраняю настройки…',
      run: () => call('saveSettings', changed),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  return section(
    'Параметры школы',
    h(
      'form',
      { class: 'settings', novalidate: true },
      ...main.map(row),
      details('Папка, шаблоны и формы', false, ...links.map(row)),
      save,
    ),
  );
}

function remindersSection(ctx: TabContext, dashboard: DashboardDto | null, failure: string): HTMLElement {
  if (!dashboard) return section('Напоминания', h('p', { class: 'error' }, failure));
  const r = dashboard.reminders;
  const toggle = button(r.enabled ? 'Выключить напоминания' : 'Включить напоминания', {
    class: r.enabled ? '' : 'primary',
  });
  toggle.addEventListener('click', () => {
    void runAction({
      key: 'setReminders',
      buttons: [toggle],
      status: ctx.status,
      progress: 'Сохраняю…',
      run: () => call('setReminders', !r.enabled),
      message: (res) => res.message,
      after: () => ctx.changed(),
    });
  });
  return section(
    'Напоминания',
    h('p', {}, r.enabled ? `Включены${r.owner ? `, отправляет ${r.owner}` : ''}.` : 'Выключены.'),
    r.enabled && !r.isOwner
      ? muted(
          'Напоминания уходят от имени другого пользователя. Если включить их здесь, отправлять будете вы.',
        )
      : null,
    h('p', {}, 'Последний запуск: ', r.lastRun || 'ещё не было'),
    toggle,
  );
}

function checkResult(ctx: TabContext, result: CheckDto): HTMLElement {
  if (result.problems.length === 0 && result.lines.length === 0) return muted('Ошибок в данных не найдено.');
  const other = result.lines.filter((line) => !result.problems.some((p) => line.includes(p.message)));
  return h(
    'div',
    { class: 'check' },
    h('p', {}, `Найдено проблем: ${result.problems.length || result.lines.length}`),
    h(
      'ul',
      { class: 'plain warnings' },
      ...result.problems.map((p) => h('li', {}, cellButton(ctx.status, p.message, p))),
    ),
    other.length ? h('ul', { class: 'compact' }, ...other.map((line) => h('li', {}, line))) : null,
  );
}

function checkSection(ctx: TabContext): HTMLElement {
  const area = h('div', { class: 'check-area' }, lastCheck ? checkResult(ctx, lastCheck) : null);
  const run = button('Проверить данные');
  run.addEventListener('click', () => {
    void runAction({
      key: 'checkWorkbook',
      buttons: [run],
      status: ctx.status,
      progress: 'Проверяю листы…',
      run: () => call('checkWorkbook'),
      message: (r) => {
        const n = Math.max(r.problems.length, r.lines.length);
        return n
          ? `Проверка закончена: замечаний — ${n}. Список со ссылками на строки — ниже, в разделе «Проверка данных».`
          : 'Проверка закончена: ошибок нет.';
      },
      after: (r) => {
        lastCheck = r;
        clear(area);
        area.append(checkResult(ctx, r));
      },
    });
  });
  return section('Проверка данных', muted('Ищет ошибки в строках, которые правили вручную.'), run, area);
}

function nextYear(schoolYear: string): string {
  const m = /^(\d{4})\/(\d{4})$/.exec(schoolYear.trim());
  return m ? `${Number(m[1]) + 1}/${Number(m[2]) + 1}` : '';
}

function newYearSection(ctx: TabContext, settings: SettingDto[]): HTMLElement {
  const year = settings.find((s) => s.key === 'schoolYear')?.value ?? '';
  const next = nextYear(year);
  const phrase = next || 'новый год';
  const confirmInput = input({ autocomplete: 'off' });
  const start = button('Начать новый учебный год', { class: 'danger', disabled: true });
  confirmInput.addEventListener('input', () => {
    start.disabled = confirmInput.value.trim() !== phrase;
  });
  start.addEventListener('click', () => {
    if (confirmInput.value.trim() !== phrase) return;
    void runAction({
      key: 'startNewSchoolYear',
      buttons: [start],
      status: ctx.status,
      progress: 'Переношу год в архив и начинаю новый… Это может занять минуту.',
      run: () => call('startNewSchoolYear'),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  // The numbers of this spreadsheet: how many rows of each sheet go and stay, asked when opened.
  const numbers = h('ul', { class: 'compact rollover-preview' });
  const box = details(
    'Новый учебный год',
    false,
    // The server's own wording of the rollover's rules (year/texts.ts), so the two never disagree.
    h('p', {}, CONFIRMATION.archived(year || 'этого года')),
    h('p', {}, CONFIRMATION.kept),
    numbers,
    h('p', {}, CONFIRMATION.calendar(next || 'следующий')),
    field(`Чтобы подтвердить, введите «${phrase}»`, confirmInput),
    start,
  );
  box.addEventListener('toggle', () => {
    if (!box.open) return;
    call('previewNewSchoolYear').then(
      (p) => {
        clear(numbers);
        for (const line of p.refusal ? [p.refusal] : p.lines) numbers.append(h('li', {}, line));
      },
      () => clear(numbers),
    );
  });
  return box;
}

export const settingsTab: Tab = {
  id: 'settings',
  title: 'Настройки',
  async load(ctx) {
    const settled = <T>(p: Promise<T>) =>
      p.then(
        (value) => ({ value, failure: '' }),
        (e: unknown) => ({ value: null, failure: e instanceof Error ? e.message : String(e) }),
      );
    // Each part fails on its own: the setup button must stay reachable when the sheets are missing.
    const [settings, dashboard] = await Promise.all([
      settled(call('getSettings')),
      settled(call('getDashboard')),
    ]);
    clear(ctx.content);
    ctx.content.append(
      settings.value
        ? settingsForm(ctx, settings.value)
        : section('Параметры школы', h('p', { class: 'error' }, settings.failure)),
      remindersSection(ctx, dashboard.value, dashboard.failure),
      checkSection(ctx),
      section(
        'Первоначальная настройка',
        muted('Восстановит удалённые листы, формы и шаблоны; данные останутся.'),
        setupButton(ctx, 'Запустить настройку ещё раз'),
      ),
      newYearSection(ctx, settings.value ?? []),
    );
  },
};
