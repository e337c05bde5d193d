// «Анкеты и мероприятия»: send the request form, the mentor questionnaire and the monitoring
// questionnaires with their response rates; record events, prepare and record publications, and
// add practices to the Методическая копилка.
import { isRunning, linkedText, runAction, type StatusLine } from '../actions';
import {
  call,
  type ActionResult,
  type EventDto,
  type FormsOverviewDto,
  type MailingKind,
  type MailingPreviewDto,
  type PublicationDraftDto,
  type WorkKind,
} from '../api';
import { button, clear, details, field, h, input, link, muted, section, select, textarea } from '../dom';
import { plural, ruDate, todayIso } from '../format';
import { untilDone, WorkPanel } from '../work';
import type { Tab, TabContext } from './tab';
import { unknownAnswersSection } from './review';
import { EVENT_TYPES, PUBLICATION_CHANNELS } from '../../server/schema';

// The fixed lists come from the sheets' schema: one source for the sheet's validation and the form.
const CHANNELS = PUBLICATION_CHANNELS;

type SendAction = 'sendRequestForm' | 'sendMentorForm' | 'sendQuestionnaires';

const SEND: Record<FormsOverviewDto['forms'][number]['kind'], { action: SendAction; label: string }> = {
  requests: { action: 'sendRequestForm', label: 'Разослать форму запросов' },
  mentors: { action: 'sendMentorForm', label: 'Разослать анкету наставника' },
  monitoringMentee: { action: 'sendQuestionnaires', label: 'Разослать анкеты мониторинга' },
  monitoringMentor: { action: 'sendQuestionnaires', label: 'Разослать анкеты мониторинга' },
};

function percent(answered: number, expected: number): string {
  return expected > 0
    ? `${answered} из ${expected} (${Math.round((answered / expected) * 100)}%)`
    : `${answered}`;
}

/** The mailings: long work on the server, called again while the result says `more`. */
const MAILINGS: Partial<Record<SendAction, WorkKind>> = {
  sendRequestForm: 'requests',
  sendMentorForm: 'mentors',
  sendQuestionnaires: 'questionnaires',
};

const PREVIEW: Record<SendAction, MailingKind> = {
  sendRequestForm: 'requests',
  sendMentorForm: 'mentors',
  sendQuestionnaires: 'questionnaires',
};

/** One letter as it would go: address, subject and text, all as text. */
export function letterView(sample: NonNullable<MailingPreviewDto['sample']>): HTMLElement {
  return h(
    'div',
    { class: 'letter', 'aria-label': 'Пример письма' },
    h('p', {}, h('strong', {}, 'Кому: '), sample.to),
    h('p', {}, h('strong', {}, 'Тема: '), sample.subject),
    h('div', { class: 'letter-body' }, ...linkedText(sample.body, false)),
  );
}

/**
 * Before a mass mailing: how many people get a letter, one letter as it goes, then «Отправить» or
 * «Отмена». Resolves true when the curator confirms; false when nobody is left or they cancel.
 */
async function confirmMailing(status: StatusLine, kind: MailingKind, b: HTMLButtonElement): Promise<boolean> {
  const preview = await runAction<MailingPreviewDto>({
    key: `preview:${kind}`,
    buttons: [b],
    status,
    progress: 'Готовлю список получателей…',
    run: () => call('previewMailing', kind),
    message: (p) => p.message,
  });
  if (!preview || !preview.sample) return false;
  const people = `${preview.people} ${plural(preview.people, 'человек', 'человека', 'человек')}`;
  const letters = `${preview.letters} ${plural(preview.letters, 'письмо', 'письма', 'писем')}`;
  return status.ask(
    `Письмо получат ${people}.`,
    [
      preview.letters !== preview.people ? h('p', {}, `Всего ${letters}.`) : null,
      h('p', { class: 'muted' }, 'Так выглядит одно из писем:'),
      letterView(preview.sample),
    ].filter((x): x is HTMLElement => x !== null),
    `Отправить ${letters}`,
  );
}

function formsSection(ctx: TabContext, d: FormsOverviewDto, panel: WorkPanel): HTMLElement {
  const items: HTMLElement[] = [];
  const made = new Set<SendAction>();
  for (const f of d.forms) {
    const send = SEND[f.kind];
    let sendButton: HTMLButtonElement | null = null;
    // Both monitoring questionnaires go out in one mailing: one button for them.
    if (!made.has(send.action)) {
      made.add(send.action);
      const b = button(send.label);
      sendButton = b;
      b.addEventListener('click', () => {
        if (isRunning(send.action) || isRunning(`preview:${PREVIEW[send.action]}`)) return;
        void confirmMailing(ctx.status, PREVIEW[send.action], b).then((yes) => {
          if (yes) sendMailing(b);
        });
      });
      const sendMailing = (b: HTMLButtonElement) => {
        const kind = MAILINGS[send.action];
        void runAction<ActionResult>({
          key: send.action,
          buttons: [b],
          status: ctx.status,
          progress: 'Отправляю письма…',
          // A mailing goes on over several calls (and days, within the mail quota).
          run: () =>
            kind
              ? untilDone(
                  kind,
                  () => call(send.action),
                  (r) => {
                    const label = r.progress?.label ?? r.message;
                    ctx.status.show('progress', label);
                    panel.progress(label);
                  },
                )
              : call(send.action),
          message: (r) => r.message,
          after: () => ctx.changed(),
        });
      };
    }
    items.push(
      h(
        'li',
        { class: 'card', 'data-kind': f.kind },
        h('p', { class: 'card-title' }, f.url ? link(f.url, f.title) : f.title),
        h('p', {}, `Ответили: ${percent(f.answered, f.expected)}`),
        sendButton,
      ),
    );
  }
  return section('Формы и анкеты', h('ul', { class: 'plain' }, ...items));
}

function avg(v: number | null): string {
  return v === null ? '—' : v.toFixed(1).replace('.', ',');
}

function monitoringSection(d: FormsOverviewDto): HTMLElement {
  const m = d.monitoring;
  const school = Object.entries(m.school);
  return details(
    `Мониторинг: ответили ${percent(m.rate.answered, m.rate.expected)}`,
    false,
    ...m.byRole.map((r) =>
      h(
        'div',
        { class: 'role' },
        h('p', { class: 'card-title' }, `${r.role}: ${percent(r.answered, r.expected)}`),
        h(
          'dl',
          { class: 'averages' },
          ...Object.entries(r.averages).flatMap(([name, v]) => [h('dt', {}, name), h('dd', {}, avg(v))]),
        ),
      ),
    ),
    school.length ? h('p', { class: 'card-title' }, 'По школе') : null,
    school.length
      ? h(
          'dl',
          { class: 'averages' },
          ...school.flatMap(([name, v]) => [h('dt', {}, name), h('dd', {}, avg(v))]),
        )
      : null,
    m.byPair.length
      ? h(
          'ul',
          { class: 'compact' },
          ...m.byPair.map((p) =>
            h('li', {}, `${p.id}: ${p.answered} из ${p.expected}, средняя ${avg(p.average)}`),
          ),
        )
      : null,
  );
}

/**
 * Two-stage monitoring (issue #19): the self-assessment at the start and the end of the year (a
 * mailing each, previewed first) and the curator's questionnaire, a link per pair.
 */
function stagesSection(ctx: TabContext, d: FormsOverviewDto, panel: WorkPanel): HTMLElement | null {
  const s = d.stages;
  if (!s) return null;
  const stageButton = (stage: 'start' | 'end', label: string) => {
    const kind: MailingKind & WorkKind = stage === 'start' ? 'selfStart' : 'selfEnd';
    const b = button(label);
    b.addEventListener('click', () => {
      if (isRunning(kind) || isRunning(`preview:${kind}`)) return;
      void confirmMailing(ctx.status, kind, b).then((yes) => {
        if (!yes) return;
        void runAction<ActionResult>({
          key: kind,
          buttons: [b],
          status: ctx.status,
          progress: 'Отправляю письма…',
          run: () =>
            untilDone(
              kind,
              () => call('sendSelfAssessments', stage),
              (r) => {
                const text = r.progress?.label ?? r.message;
                ctx.status.show('progress', text);
                panel.progress(text);
              },
            ),
          message: (r) => r.message,
          after: () => ctx.changed(),
        });
      });
    });
    return b;
  };
  const assessed = s.curator.filter((p) => p.assessed).length;
  return section(
    'Мониторинг в два этапа',
    h('p', { class: 'card-title' }, `Этап 1. Оценка куратора: ${assessed} из ${s.curator.length}`),
    s.curator.length
      ? h(
          'ul',
          { class: 'compact' },
          ...s.curator.map((p) =>
            h(
              'li',
              {},
              `${p.id}${p.mentor ? `, наставник ${p.mentor}` : ''}: `,
              link(p.link, p.assessed ? 'оценена — изменить' : 'оценить'),
            ),
          ),
        )
      : muted('Действующих пар пока нет.'),
    h('p', { class: 'card-title' }, 'Этап 2. Самооценка участников'),
    h(
      'p',
      {},
      `В начале года: ${percent(s.self.start, s.self.expected)}; в конце года: ${percent(s.self.end, s.self.expected)}; обе самооценки: ${s.self.both}.`,
    ),
    h(
      'div',
      { class: 'row' },
      stageButton('start', 'Разослать самооценку (начало года)'),
      stageButton('end', 'Разослать самооценку (конец года)'),
    ),
  );
}

/** Copies a read-only textarea's text; falls back to selecting it for Ctrl+C. */
function copyButton(status: StatusLine, area: HTMLTextAreaElement, what: string): HTMLButtonElement {
  const b = button(`Копировать ${what}`);
  b.addEventListener('click', () => {
    area.focus();
    area.select();
    const done = () => status.show('ok', `Текст (${what}) скопирован.`);
    const manual = () => status.show('ok', 'Текст выделен: нажмите Ctrl+C, чтобы скопировать.');
    if (navigator.clipboard && window.isSecureContext)
      navigator.clipboard.writeText(area.value).then(done, manual);
    else manual();
  });
  return b;
}

function draftBlock(status: StatusLine, draft: PublicationDraftDto): HTMLElement {
  const site = textarea({ readonly: true, rows: 8, class: 'wide' });
  site.value = `${draft.site.title}\n\n${draft.site.text}`;
  const social = textarea({ readonly: true, rows: 6, class: 'wide' });
  social.value = draft.social;
  return h(
    'div',
    { class: 'draft' },
    field('Текст для сайта', site),
    copyButton(status, site, 'для сайта'),
    field('Текст для соцсетей', social),
    copyButton(status, social, 'для соцсетей'),
  );
}

function publicationForm(ctx: TabContext, event: EventDto): HTMLElement {
  const date = input({ type: 'date', value: todayIso(), required: true });
  const channel = select(CHANNELS.map((c) => ({ value: c, text: c })));
  const url = input({ type: 'url', placeholder: 'https://' });
  const text = textarea({ rows: 3, class: 'wide' });
  const save = button('Сохранить публикацию', { class: 'primary' });
  save.addEventListener('click', () => {
    if (!date.value) {
      ctx.status.show('error', 'Укажите дату публикации.');
      date.focus();
      return;
    }
    void runAction({
      key: `publication:${event.row}`,
      buttons: [save],
      status: ctx.status,
      progress: 'Записываю публикацию…',
      run: () =>
        call('recordPublication', {
          date: date.value,
          eventTitle: event.title,
          channel: channel.value,
          url: url.value.trim(),
          text: text.value,
        }),
      message: (r) => r.message,
      after: () => ctx.changed(),
    });
  });
  return h(
    'div',
    { class: 'subform' },
    field('Дата публикации', date),
    field('Канал', channel),
    field('Ссылка на публикацию', url),
    field('Текст', text),
    save,
  );
}

function eventCard(ctx: TabContext, event: EventDto): HTMLElement {
  const allowNames = input({ type: 'checkbox' });
  const draftButton = button('Подготовить публикацию');
  const markButton = button('Отметить публикацию');
  const draftArea = h('div');
  const markArea = h('div');
  draftButton.addEventListener('click', () => {
    if (event.row === undefined) return;
    const row = event.row;
    void runAction({
      key: `draft:${row}`,
      buttons: [draftButton],
      status: ctx.status,
      progress: 'Готовлю текст…',
      run: () => call('draftPublication', row, allowNames.checked),
      message: () => 'Тексты готовы: скопируйте их на сайт и в соцсети.',
      after: (draft) => {
        clear(draftArea);
        draftArea.append(draftBlock(ctx.status, draft));
      },
    });
  });
  markButton.addEventListener('click', () => {
    if (markArea.firstChild) {
      clear(markArea);
      markButton.setAttribute('aria-expanded', 'false');
      return;
    }
    markArea.append(publicationForm(ctx, event));
    markButton.setAttribute('aria-expanded', 'true');
  });
  markButton.setAttribute('aria-expanded', 'false');
  return h(
    'li',
    { class: 'card event' },
    h('p', { class: 'card-title' }, `${ruDate(event.date)} · ${event.type}`),
    h('p', {}, event.title),
    event.participants ? h('p', { class: 'muted' }, `Участники: ${event.participants}`) : null,
    event.responsible ? h('p', { class: 'muted' }, `Ответственный: ${event.responsible}`) : null,
    event.result ? h('p', {}, `Итог: ${event.result}`) : null,
    event.materials ? h('p', {}, 'Материалы: ', link(event.materials)) : null,
    h(
      'p',
      { class: event.publication ? 'ok-text' : 'warn-text' },
      event.publication ? `Публикация: ${event.publication}` : 'Публикации нет',
    ),
    event.row !== undefined ? field('Называть участников по именам', allowNames) : null,
    h('div', { class: 'row' }, event.row !== undefined ? draftButton : null, markButton),
    draftArea,
    markArea,
  );
}

let eventForm: HTMLElement | null = null;
let practiceForm: HTMLElement | null = null;

function buildEventForm(ctx: TabContext): HTMLElement {
  const date = input({ type: 'date', value: todayIso(), required: true });
  const type = select(
    [{ value: '', text: 'Выберите тип' }, ...EVENT_TYPES.map((t) => ({ value: t, text: t }))],
    { required: true },
  );
  const title = input({ required: true });
  const participants = input();
  const responsible = input();
  const result = textarea({ rows: 2, class: 'wide' });
  const materials = input({ type: 'url', placeholder: 'https://' });
  const add = button('Добавить мероприятие', { class: 'primary' });
  add.addEventListener('click', () => {
    const missing = [!date.value && date, !type.value && type, !title.value.trim() && title].filter(
      Boolean,
    ) as HTMLElement[];
    if (missing.length) {
      ctx.status.show('error', 'Укажите дату, тип и название мероприятия.');
      missing[0].focus();
      return;
    }
    void runAction({
      key: 'addEvent',
      buttons: [add],
      status: ctx.status,
      progress: 'Записываю мероприятие…',
      run: () =>
        call('addEvent', {
          date: date.value,
          type: type.value,
          title: title.value.trim(),
          participants: participants.value.trim(),
          responsible: responsible.value.trim(),
          result: result.value.trim(),
          materials: materials.value.trim(),
          publication: '',
        }),
      message: (r) => r.message,
      after: () => {
        for (const el of [title, participants, responsible, result, materials]) el.value = '';
        type.value = '';
        return ctx.changed();
      },
    });
  });
  return details(
    'Добавить мероприятие',
    false,
    field('Дата', date),
    field('Тип', type),
    field('Название', title),
    field('Участники', participants, 'ФИО через запятую или число участников'),
    field('Ответственный', responsible),
    field('Итог', result),
    field('Материалы (ссылка)', materials),
    add,
  );
}

function buildPracticeForm(ctx: TabContext): HTMLElement {
  const date = input({ type: 'date', value: todayIso(), required: true });
  const title = input({ required: true });
  const authors = input();
  const pair = input({ placeholder: 'Например: П-001' });
  const description = textarea({ rows: 3, class: 'wide' });
  const url = input({ type: 'url', placeholder: 'https://' });
  const source = input({ value: 'Круглый стол' });
  const add = button('Добавить в копилку', { class: 'primary' });
  add.addEventListener('click', () => {
    if (!date.value || !title.value.trim()) {
      ctx.status.show('error', 'Укажите дату и название практики.');
      (date.value ? title : date).focus();
      return;
    }
    void runAction({
      key: 'addPractice',
      buttons: [add],
      status: ctx.status,
      progress: 'Добавляю практику…',
      run: () =>
        call('addPractice', {
          date: date.value,
          title: title.value.trim(),
          authors: authors.value.trim(),
          pair: pair.value.trim(),
          description: description.value.trim(),
          url: url.value.trim(),
          source: source.value.trim(),
        }),
      message: (r) => r.message,
      after: () => {
        for (const el of [title, authors, pair, description, url]) el.value = '';
        return ctx.changed();
      },
    });
  });
  return details(
    'Методическая копилка: добавить практику',
    false,
    field('Дата', date),
    field('Название практики', title),
    field('Авторы', authors),
    field('Пара/группа', pair),
    field('Описание', description),
    field('Ссылка', url),
    field('Источник', source),
    add,
  );
}

export const formsTab: Tab = {
  id: 'forms',
  title: 'Анкеты и мероприятия',
  async load(ctx) {
    const [overview, events, work, unknown] = await Promise.all([
      call('getFormsOverview'),
      call('listEvents'),
      call('getWork'),
      unknownAnswersSection(ctx),
    ]);
    clear(ctx.content);
    eventForm ??= buildEventForm(ctx);
    practiceForm ??= buildPracticeForm(ctx);
    // Mailings still going: how many went, and when the rest go.
    const panel = new WorkPanel();
    panel.show(
      work.filter(
        (w) =>
          w.kind === 'requests' || w.kind === 'mentors' || w.kind === 'selfStart' || w.kind === 'selfEnd',
      ),
    );
    ctx.content.append(
      panel.el,
      ...(unknown ? [unknown] : []),
      formsSection(ctx, overview, panel),
      monitoringSection(overview),
      ...[stagesSection(ctx, overview, panel)].filter((x): x is HTMLElement => x !== null),
      section(
        `Мероприятия (${events.length})`,
        events.length
          ? h('ul', { class: 'plain' }, ...events.map((e) => eventCard(ctx, e)))
          : muted('Мероприятий пока нет.'),
        eventForm,
      ),
      section('Методическая копилка', practiceForm),
    );
  },
};
