// «Подбор»: the proposed mentor for every mentee with its explanation; accept, reject or change the
// mentor of each proposal, or accept them all at once (refused whole by the server if the banks
// changed since the proposals were made).
import { runAction } from '../actions';
import { call, type MentorOptionDto, type ProposalDto, type ProposalsDto } from '../api';
import { button, clear, field, h, muted, section, select } from '../dom';
import { cellButton } from './overview';
import type { Tab, TabContext } from './tab';

/** The proposals of the last run, kept while the sidebar is open so a reload shows them again. */
let last: ProposalsDto | null = null;
/** Another mentor the curator picked, by proposal key. */
const choices = new Map<string, string>();

function names(people: Array<{ name: string; email: string }>): string {
  return people.map((p) => p.name || p.email).join(', ');
}

async function propose(): Promise<ProposalsDto> {
  last = await call('proposePairs');
  choices.clear();
  return last;
}

function optionText(o: MentorOptionDto): string {
  const topics = o.sharedTopics.length ? `; общие темы: ${o.sharedTopics.join(', ')}` : '';
  const subject = o.subject ? `${o.subject}; ` : '';
  return `${o.name || o.email} — ${subject}свободно мест: ${o.freePlaces}; баллов: ${o.score}${topics}`;
}

function proposalCard(ctx: TabContext, data: ProposalsDto, p: ProposalDto): HTMLElement {
  const chosen = choices.get(p.key);
  const accept = button('Принять', { class: 'primary' });
  const reject = button('Отклонить');
  const change = button('Другой наставник');
  const picker = h('div', { class: 'picker' });
  const all = [accept, reject, change];

  accept.addEventListener('click', () => {
    const mentorEmail = choices.get(p.key);
    void runAction({
      key: `accept:${p.key}`,
      buttons: all,
      status: ctx.status,
      progress: 'Создаю пару…',
      run: () =>
        call('acceptProposals', data.fingerprint, [
          mentorEmail ? { key: p.key, mentorEmail } : { key: p.key },
        ]),
      message: (r) => r.message,
      // The tab's reload proposes again from the changed banks.
      after: () => ctx.changed(),
    });
  });

  reject.addEventListener('click', () => {
    void runAction({
      key: `reject:${p.key}`,
      buttons: all,
      status: ctx.status,
      progress: 'Отклоняю предложение…',
      run: async () => {
        const messages: string[] = [];
        for (const mentee of p.mentees)
          messages.push((await call('rejectProposal', p.mentor.email, mentee.email)).message);
        return messages.join(' ');
      },
      message: (text) => text,
      // The tab's reload proposes again from the changed banks.
      after: () => ctx.changed(),
    });
  });

  change.addEventListener('click', () => {
    void runAction({
      key: `options:${p.key}`,
      buttons: all,
      status: ctx.status,
      progress: 'Ищу наставников со свободными местами…',
      run: () =>
        call(
          'mentorOptions',
          p.mentees[0].email,
          data.fingerprint,
          data.proposals.map((x) => x.key),
        ),
      message: (options) =>
        options.length
          ? `Наставников со свободными местами: ${options.length}.`
          : 'Других наставников со свободными местами нет.',
      after: (options) => {
        clear(picker);
        if (options.length === 0) return;
        const list = select(
          [
            { value: '', text: `Как предложено: ${p.mentor.name || p.mentor.email}` },
            ...options
              .filter((o) => o.email !== p.mentor.email)
              .map((o) => ({ value: o.email, text: optionText(o) })),
          ],
          { class: 'wide' },
        );
        list.value = choices.get(p.key) ?? '';
        list.addEventListener('change', () => {
          if (list.value) choices.set(p.key, list.value);
          else choices.delete(p.key);
        });
        picker.append(field('Наставник для этого предложения', list));
        list.focus();
      },
    });
  });

  return h(
    'li',
    { class: 'card proposal', 'data-key': p.key },
    h(
      'p',
      { class: 'card-title' },
      `${p.form === 'Групповая' ? 'Группа' : 'Пара'}: ${p.mentor.name || p.mentor.email}`,
    ),
    h('p', {}, `Наставляем${p.mentees.length > 1 ? 'ые' : 'ый'}: ${names(p.mentees)}`),
    p.topics.length ? h('p', { class: 'muted' }, `Темы: ${p.topics.join(', ')}`) : null,
    h('p', { class: 'explanation' }, p.explanation),
    p.mentorWithoutConsent
      ? h('p', { class: 'warn-text' }, 'Согласие наставника на включение в банк не отмечено.')
      : null,
    chosen ? h('p', { class: 'muted' }, `Выбран другой наставник: ${chosen}`) : null,
    picker,
    h('div', { class: 'row' }, accept, reject, change),
  );
}

function render(ctx: TabContext, proposeButton: HTMLButtonElement): void {
  clear(ctx.content);
  proposeButton.textContent = last ? 'Подобрать заново' : 'Подобрать наставников';
  ctx.content.append(
    section(
      'Подбор наставников',
      muted(
        'Надстройка подбирает наставника каждому наставляемому из банка: общие темы, предмет, опыт и свободные места.',
      ),
      proposeButton,
    ),
  );
  if (!last) return;
  const data = last;
  if (data.proposals.length === 0) ctx.content.append(muted('Новых предложений нет.'));
  else {
    const acceptAll = button(`Принять все (${data.proposals.length})`, { class: 'primary' });
    acceptAll.addEventListener('click', () => {
      void runAction({
        key: 'acceptAll',
        buttons: [acceptAll, proposeButton],
        status: ctx.status,
        progress: 'Создаю пары…',
        run: () =>
          call(
            'acceptProposals',
            data.fingerprint,
            data.proposals.map((p) => {
              const mentorEmail = choices.get(p.key);
              return mentorEmail ? { key: p.key, mentorEmail } : { key: p.key };
            }),
          ),
        message: (r) => r.message,
        after: async () => {
          await propose();
          await ctx.changed();
        },
      });
    });
    ctx.content.append(
      section(
        `Предложения (${data.proposals.length})`,
        h('ul', { class: 'plain' }, ...data.proposals.map((p) => proposalCard(ctx, data, p))),
        acceptAll,
      ),
    );
  }
  if (data.unmatched.length > 0) {
    ctx.content.append(
      section(
        `Без наставника (${data.unmatched.length})`,
        h(
          'ul',
          { class: 'plain unmatched' },
          ...data.unmatched.map((u) =>
            h(
              'li',
              { class: 'card' },
              h('p', { class: 'card-title' }, u.name || u.email),
              h('p', { class: 'muted' }, u.reason),
              u.sheet && u.row
                ? cellButton(ctx.status, 'Строка в таблице', { sheet: u.sheet, row: u.row, column: u.column })
                : null,
            ),
          ),
        ),
      ),
    );
  }
}

export const matchingTab: Tab = {
  id: 'matching',
  title: 'Подбор',
  async load(ctx) {
    // Proposals shown earlier may be stale after the banks changed: make them again.
    if (last) await propose();
    const proposeButton = button('Подобрать наставников', { class: 'primary' });
    proposeButton.addEventListener('click', () => {
      void runAction({
        key: 'proposePairs',
        buttons: [proposeButton],
        status: ctx.status,
        progress: 'Подбираю наставников…',
        run: propose,
        message: (r) => `Предложений: ${r.proposals.length}; без наставника: ${r.unmatched.length}.`,
        after: () => render(ctx, proposeButton),
      });
    });
    render(ctx, proposeButton);
  },
};
