// «Неизвестные ответы» on the forms tab (issue #16): answers from addresses the intake did not
// accept wait here; «Принять» adds the person to «Педагоги» and takes the answer, «Отклонить»
// drops it for good.
import { runAction } from '../actions';
import { call, type ActionResult, type UnknownAnswerDto } from '../api';
import { button, h, muted, section } from '../dom';
import { ruDate } from '../format';
import type { TabContext } from './tab';

function card(ctx: TabContext, a: UnknownAnswerDto): HTMLElement {
  const accept = button('Принять', { 'data-action': 'accept' });
  const reject = button('Отклонить', { 'data-action': 'reject' });
  const act = (b: HTMLButtonElement, kind: 'acceptUnknownAnswer' | 'rejectUnknownAnswer') =>
    b.addEventListener('click', () => {
      void runAction<ActionResult>({
        key: `${kind}:${a.id}`,
        buttons: [accept, reject],
        status: ctx.status,
        progress: kind === 'acceptUnknownAnswer' ? 'Вношу ответ…' : 'Отклоняю ответ…',
        run: () => call(kind, a.id),
        message: (r) => r.message,
        after: () => ctx.changed(),
      });
    });
  act(accept, 'acceptUnknownAnswer');
  act(reject, 'rejectUnknownAnswer');
  return h(
    'li',
    { class: 'card', 'data-unknown': a.email },
    h('p', { class: 'card-title' }, a.name ? `${a.name} <${a.email}>` : a.email || '(без адреса)'),
    h('p', {}, `«${a.form}»${a.date ? `, ${ruDate(a.date)}` : ''}: лист «${a.sheet}», строка ${a.row}`),
    muted(a.reason),
    h('p', {}, accept, ' ', reject),
  );
}

/** The section, or null when nothing waits. */
export async function unknownAnswersSection(ctx: TabContext): Promise<HTMLElement | null> {
  const answers = await call('listUnknownAnswers');
  if (answers.length === 0) return null;
  return section(
    `Неизвестные ответы (${answers.length})`,
    muted(
      'Эти ответы пришли с адресов, которых нет на листе «Педагоги» (или с чужого адреса), и никуда не внесены. «Принять» добавит человека на лист «Педагоги» и внесёт ответ; «Отклонить» уберёт его из списка навсегда.',
    ),
    h('ul', { class: 'plain' }, ...answers.map((a) => card(ctx, a))),
  );
}
