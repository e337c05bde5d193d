// «Соглашения»: mentoring as the Labour Code requires (issue #18). Supplementary agreements (made
// from the school's template, the date each came back signed), what each pair still lacks for the
// order by person, the early end of a pair by three working days' notice with its order, and the
// month's pay report for the accountant. Compact: one line per pair, the rest folded.
import { runAction } from '../actions';
import { call, type ActionResult, type LabourOverviewDto, type LabourPairDto } from '../api';
import { button, details, field, h, input, link, muted, section, select } from '../dom';
import { ruDate, todayIso } from '../format';
import type { Tab, TabContext } from './tab';

const INITIATORS = [
  { value: 'mentee', text: 'Наставляемый' },
  { value: 'mentor', text: 'Наставник' },
  { value: 'school', text: 'Школа (работодатель)' },
];

/** Calls again while the server says more remains (documents made over several calls). */
async function untilDone(
  start: () => Promise<ActionResult>,
  progress: (text: string) => void,
): Promise<ActionResult> {
  let result = await start();
  while (result.more) {
    progress(result.progress?.label ?? result.message);
    if (result.retryAfterMs) await new Promise((r) => setTimeout(r, result.retryAfterMs));
    result = await start();
  }
  return result;
}

function act(
  ctx: TabContext,
  key: string,
  buttons: HTMLButtonElement[],
  progress: string,
  run: () => Promise<ActionResult>,
) {
  return runAction({
    key: `labour-${key}`,
    buttons,
    status: ctx.status,
    progress,
    run: () => untilDone(run, (text) => ctx.status.show('progress', text)),
    message: (r) => r.message,
    after: () => ctx.changed(),
  });
}

function conditions(d: LabourOverviewDto): HTMLElement {
  const lines: HTMLElement[] = d.problems.map((p) => h('p', { class: 'warning' }, p));
  if (!d.agreementsDecided)
    lines.push(
      h(
        'p',
        { class: 'warning' },
        'Решите, нужны ли дополнительные соглашения: «Настройки» → «Дополнительные соглашения нужны» (да / нет; нет — если наставничество входит в должностные обязанности, письмо Роструда от 02.10.2025 № ТЗ/7300-6-1).',
      ),
    );
  else
    lines.push(
      muted(
        d.agreementsNeeded
          ? 'Пара входит в приказ только с подписанным соглашением.'
          : 'Соглашения не требуются.',
      ),
    );
  lines.push(
    muted(d.pay ? `Оплата: ${d.pay}.` : 'Оплата не задана («Настройки» → «Оплата наставничества»).'),
  );
  lines.push(
    muted(
      d.regulation
        ? `Положение о наставничестве${d.regulation}.`
        : 'Не указаны дата и номер Положения о наставничестве («Настройки»).',
    ),
  );
  if (d.calendarNote) lines.push(muted(d.calendarNote));
  return section('Условия', ...lines);
}

function agreementRow(ctx: TabContext, p: LabourPairDto): HTMLElement {
  const date = input({ type: 'date', value: todayIso(), 'aria-label': `Дата подписания соглашения ${p.id}` });
  const signed = button('Подписано');
  signed.addEventListener('click', () => {
    void act(ctx, `sign-${p.id}`, [signed], 'Отмечаю…', () =>
      call('recordAgreementSigned', p.id, date.value),
    );
  });
  return h(
    'li',
    {},
    h('span', {}, p.title),
    ' ',
    p.agreementUrl ? link(p.agreementUrl, 'соглашение') : muted('соглашение не создано'),
    p.agreementSigned
      ? h('span', { class: 'ok' }, ` подписано ${ruDate(p.agreementSigned)}`)
      : h('span', { class: 'inline' }, date, signed),
    p.missingForOrder.length ? muted(`Для приказа нет: ${p.missingForOrder.join(', ')}.`) : '',
  );
}

function agreements(ctx: TabContext, d: LabourOverviewDto): HTMLElement {
  const active = d.pairs.filter((p) => !p.notice);
  const make = button('Создать соглашения');
  make.addEventListener('click', () => {
    void act(ctx, 'agreements', [make], 'Создаю соглашения…', () => call('generateAgreements', []));
  });
  return section(
    'Дополнительные соглашения',
    active.length
      ? h('ul', { class: 'list' }, ...active.map((p) => agreementRow(ctx, p)))
      : muted('Нет действующих пар.'),
    make,
  );
}

function earlyEnd(ctx: TabContext, d: LabourOverviewDto): HTMLElement {
  const active = d.pairs.filter((p) => !p.notice);
  const ended = d.pairs.filter((p) => p.notice);
  const pair = select(active.map((p) => ({ value: p.id, text: p.title })));
  const who = select(INITIATORS);
  const notice = input({ type: 'date', value: todayIso() });
  const number = input({ autocomplete: 'off' });
  const orderDate = input({ type: 'date', value: todayIso() });
  const end = button('Прекратить досрочно');
  end.disabled = active.length === 0;
  end.addEventListener('click', () => {
    void act(ctx, 'end', [end], 'Прекращаю наставничество…', () =>
      call('endPairEarly', {
        id: pair.value,
        initiator: who.value as 'mentor' | 'mentee' | 'school',
        notice: notice.value,
        orderNumber: number.value,
        orderDate: orderDate.value,
      }),
    );
  });
  const endedList = ended.map((p) => {
    const again = button('Создать приказ');
    again.addEventListener('click', () => {
      void act(ctx, `order-${p.id}`, [again], 'Создаю приказ…', () => call('generateTerminationOrder', p.id));
    });
    return h(
      'li',
      {},
      `${p.title}: окончание ${ruDate(p.end)} (уведомление ${ruDate(p.notice)})`,
      ' ',
      p.terminationUrl ? link(p.terminationUrl, `приказ ${p.terminationOrder}`) : again,
    );
  });
  return details(
    'Досрочное прекращение',
    ended.length > 0,
    muted(
      'Окончание — через три рабочих дня после уведомления по производственному календарю (ст. 351.8 ТК РФ).',
    ),
    field('Пара или группа', pair),
    field('Кто просит прекратить', who),
    field('Дата уведомления', notice),
    field('Номер приказа', number),
    field('Дата приказа', orderDate),
    end,
    endedList.length ? h('ul', { class: 'list' }, ...endedList) : '',
  );
}

function payReport(ctx: TabContext, d: LabourOverviewDto): HTMLElement {
  const month = input({ type: 'month', value: d.month });
  const run = button('Рассчитать');
  run.addEventListener('click', () => {
    void act(ctx, 'pay', [run], 'Считаю оплату…', () => call('generatePayReport', month.value));
  });
  return details('Оплата за месяц', false, field('Месяц', month), run);
}

export const labourTab: Tab = {
  id: 'labour',
  title: 'Соглашения',
  async load(ctx) {
    const d = await call('getLabourOverview');
    ctx.content.replaceChildren(conditions(d), agreements(ctx, d), earlyEnd(ctx, d), payReport(ctx, d));
  },
};
