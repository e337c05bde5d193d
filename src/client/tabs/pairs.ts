// «Пары»: each pair or group with its status, the consents still missing (a date and «Отметить»),
// fix/unfix, dissolve after a confirmation, the order and the programme; a pair made by hand.
import { runAction, type StatusLine } from '../actions';
import { call, type PairDto } from '../api';
import { button, clear, field, h, input, isWebUrl, link, muted, section, select } from '../dom';
import { isEmail, ruDate, todayIso } from '../format';
import { cellButton } from './overview';
import type { Tab, TabContext } from './tab';

const CLOSED = ['Расторгнута', 'Завершена'];

let createSection: HTMLElement | null = null;

function personLine(role: string, p: { name: string; email: string; consent: string }): HTMLElement {
  return h(
    'li',
    {},
    `${role}: ${p.name || p.email}`,
    h(
      'span',
      { class: p.consent ? 'ok-text' : 'warn-text' },
      p.consent ? ` — согласие ${ruDate(p.consent)}` : ' — согласия нет',
    ),
  );
}

function consentRow(ctx: TabContext, pair: PairDto, person: { name: string; email: string }): HTMLElement {
  const date = input({ type: 'date', value: todayIso(), required: true });
  const record = button('Отметить');
  record.addEventListener('click', () => {
    if (!date.value) {
      ctx.status.show('error', 'Укажите дату, когда вернулось подписанное согласие.');
      date.focus();
      return;
    }
    void runAction({
      key: `consent:${pair.id}:${person.email}`,
      buttons: [record],
      status: ctx.status,
      progress: 'Записываю согласие…',
      run: () => call('recordConsent', pair.id, person.email, date.value),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  return h(
    'div',
    { class: 'consent' },
    field(`Согласие получено: ${person.name || person.email}`, date),
    record,
  );
}

function dissolveControls(ctx: TabContext, pair: PairDto): HTMLElement {
  const wrap = h('div', { class: 'confirm-wrap' });
  const start = button('Расторгнуть', { class: 'danger' });
  start.addEventListener('click', () => {
    const yes = button('Да, расторгнуть', { class: 'danger' });
    const no = button('Отмена');
    const box = h(
      'div',
      { class: 'confirm', role: 'group', 'aria-label': 'Подтверждение' },
      h(
        'p',
        {},
        `Расторгнуть ${pair.form === 'Групповая' ? 'группу' : 'пару'} ${pair.id}? Наставляемые вернутся в подбор.`,
      ),
      h('div', { class: 'row' }, yes, no),
    );
    no.addEventListener('click', () => {
      box.remove();
      start.hidden = false;
      start.focus();
    });
    yes.addEventListener('click', () => {
      void runAction({
        key: `dissolve:${pair.id}`,
        buttons: [yes, no],
        status: ctx.status,
        progress: 'Расторгаю…',
        run: () => call('dissolvePair', pair.id),
        message: (r) => r.message,
        after: () => ctx.changed(),
      });
    });
    start.hidden = true;
    wrap.appendChild(box);
    yes.focus();
  });
  wrap.appendChild(start);
  return wrap;
}

function fixButton(ctx: TabContext, pair: PairDto): HTMLButtonElement {
  const b = button(pair.fixed ? 'Разрешить менять при подборе' : 'Не менять при подборе', {
    title: pair.fixed ? 'Подбор сможет менять эту пару' : 'Подбор не будет менять эту пару',
  });
  b.addEventListener('click', () => {
    void runAction({
      key: `fix:${pair.id}`,
      buttons: [b],
      status: ctx.status,
      progress: 'Сохраняю…',
      run: () => call('setPairFixed', pair.id, !pair.fixed),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  return b;
}

function pairCard(ctx: TabContext, pair: PairDto): HTMLElement {
  const closed = CLOSED.includes(pair.status);
  const term =
    pair.start || pair.end
      ? `Срок: ${pair.start ? ruDate(pair.start) : 'с даты приказа'} — ${ruDate(pair.end)}`
      : '';
  return h(
    'li',
    { class: `card pair${closed ? ' closed' : ''}`, 'data-id': pair.id },
    h(
      'div',
      { class: 'item-head' },
      h('span', { class: 'card-title' }, `${pair.id} · ${pair.form || 'форма не указана'}`),
      h('span', { class: 'badge' }, pair.status),
    ),
    pair.fixed ? h('p', { class: 'muted' }, 'Отмечена «Не менять при подборе»: подбор её не меняет.') : null,
    h(
      'ul',
      { class: 'plain people' },
      personLine('Наставник', pair.mentor),
      ...pair.mentees.map((m) => personLine('Наставляемый', m)),
    ),
    pair.topics.length ? h('p', { class: 'muted' }, `Темы: ${pair.topics.join(', ')}`) : null,
    term ? h('p', { class: 'muted' }, term) : null,
    h(
      'p',
      {},
      'Приказ: ',
      pair.order ? (isWebUrl(pair.order) ? link(pair.order, 'открыть') : pair.order) : 'нет',
    ),
    h('p', {}, 'Программа: ', pair.programmeUrl ? link(pair.programmeUrl, 'открыть') : 'нет'),
    !closed && pair.missingConsents.length
      ? h(
          'div',
          { class: 'missing' },
          h('p', { class: 'warn-text' }, `Не хватает согласий: ${pair.missingConsents.length}`),
          ...pair.missingConsents.map((p) => consentRow(ctx, pair, p)),
        )
      : null,
    h(
      'div',
      { class: 'row' },
      closed ? null : fixButton(ctx, pair),
      cellButton(ctx.status, 'Строка в таблице', { sheet: 'Пары и группы', row: pair.row }),
    ),
    closed ? null : dissolveControls(ctx, pair),
  );
}

/**
 * Consents in bulk: every participant of the ticked pairs at one date, or the dates staff typed into
 * «Пары и группы» (the server checks both as it checks one «Отметить»).
 */
function bulkConsents(ctx: TabContext, waiting: PairDto[]): HTMLElement {
  const date = input({ type: 'date', value: todayIso(), required: true });
  const boxes = waiting.map((p) => {
    const box = input({ type: 'checkbox', value: p.id });
    const names = p.missingConsents.map((m) => m.name || m.email).join(', ');
    return { box, row: h('label', { class: 'check' }, box, ` ${p.id}: нет согласия — ${names}`) };
  });
  const all = button('Отметить всех выбранных');
  all.addEventListener('click', () => {
    const ids = boxes.filter((b) => b.box.checked).map((b) => b.box.value);
    if (ids.length === 0) {
      ctx.status.show('error', 'Отметьте пары, по которым вернулись подписанные согласия.');
      return;
    }
    void runAction({
      key: 'consents:bulk',
      buttons: [all],
      status: ctx.status,
      progress: 'Записываю согласия…',
      run: () => call('recordConsents', { ids, date: date.value }),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  const typed = button('Принять даты из таблицы');
  typed.addEventListener('click', () => {
    void runAction({
      key: 'consents:sheet',
      buttons: [typed],
      status: ctx.status,
      progress: 'Проверяю даты согласий в таблице…',
      run: () => call('recordConsents', { fromSheet: true }),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  return section(
    'Согласия списком',
    ...boxes.map((b) => b.row),
    field('Дата получения подписанных согласий', date),
    all,
    muted('Если даты уже вписаны в столбцы согласий на листе «Пары и группы»:'),
    typed,
  );
}

function createForm(status: StatusLine, ctx: TabContext): HTMLElement {
  const mentor = input({ type: 'email', autocomplete: 'off' });
  const mentees = input({ autocomplete: 'off' });
  const form = select([
    { value: '', text: 'По числу наставляемых' },
    { value: 'Индивидуальная', text: 'Индивидуальная' },
    { value: 'Групповая', text: 'Групповая' },
  ]);
  const create = button('Создать пару', { class: 'primary' });
  create.addEventListener('click', () => {
    const menteeEmails = mentees.value
      .split(/[,;\s]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (!isEmail(mentor.value)) {
      status.show('error', 'Укажите email наставника, например ivanova@school.ru.');
      mentor.focus();
      return;
    }
    const bad = menteeEmails.filter((e) => !isEmail(e));
    if (menteeEmails.length === 0 || bad.length > 0) {
      status.show(
        'error',
        bad.length ? `Не похоже на email: ${bad.join(', ')}.` : 'Укажите email хотя бы одного наставляемого.',
      );
      mentees.focus();
      return;
    }
    const chosen = form.value as '' | 'Индивидуальная' | 'Групповая';
    void runAction({
      key: 'createPair',
      buttons: [create],
      status,
      progress: 'Создаю пару…',
      run: () =>
        call(
          'createPair',
          chosen
            ? { mentorEmail: mentor.value.trim(), menteeEmails, form: chosen }
            : { mentorEmail: mentor.value.trim(), menteeEmails },
        ),
      message: (r) => r.message,
      after: () => {
        mentor.value = '';
        mentees.value = '';
        form.value = '';
        return ctx.changed();
      },
    });
  });
  return section(
    'Создать пару вручную',
    field('Email наставника', mentor),
    field('Email наставляемых', mentees, 'Через запятую; несколько адресов — группа'),
    field('Форма', form),
    create,
  );
}

export const pairsTab: Tab = {
  id: 'pairs',
  title: 'Пары',
  async load(ctx) {
    const pairs = await call('listPairs');
    clear(ctx.content);
    const open = pairs.filter((p) => !CLOSED.includes(p.status));
    const closed = pairs.filter((p) => CLOSED.includes(p.status));
    ctx.content.append(
      section(
        `Пары и группы (${open.length})`,
        open.length
          ? h('ul', { class: 'plain' }, ...open.map((p) => pairCard(ctx, p)))
          : muted('Пар пока нет. Подберите наставников на вкладке «Подбор» или создайте пару ниже.'),
      ),
    );
    const waiting = open.filter((p) => p.missingConsents.length > 0);
    if (waiting.length) ctx.content.append(bulkConsents(ctx, waiting));
    if (closed.length) {
      ctx.content.append(
        h(
          'details',
          { class: 'block' },
          h('summary', {}, `Завершённые и расторгнутые (${closed.length})`),
          h('ul', { class: 'plain' }, ...closed.map((p) => pairCard(ctx, p))),
        ),
      );
    }
    // Built once, so a reload after another action keeps what the curator has typed here.
    createSection ??= createForm(ctx.status, ctx);
    ctx.content.append(createSection);
  },
};
