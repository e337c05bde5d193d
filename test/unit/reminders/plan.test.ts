import {
  planReminders,
  type PlanInput,
  type PlanItem,
  type PlannedEmail,
} from '../../../src/server/reminders';
import { fromIso } from '../../../src/server/shared/dates';

const d = (iso: string) => fromIso(iso)!;
const SETTINGS = {
  reminderDays: [14, 7, 1],
  directorEmail: 'director@school.ru',
  curatorEmail: 'curator@school.ru',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc',
  schoolShortName: 'МБОУ «СОШ №2»',
};

function item(id: string, over: Partial<PlanItem> = {}): PlanItem {
  return {
    id,
    short: `Пункт ${id}`,
    deadline: { kind: 'annual', m: 10, d: 1 },
    status: 'Не начато',
    explanation: `пояснение ${id}`,
    responsible: ['curator@school.ru'],
    ...over,
  };
}

function plan(today: string, items: PlanItem[], over: Partial<PlanInput> = {}) {
  return planReminders({ today: d(today), items, settings: SETTINGS, sent: [], quota: 100, ...over });
}

const who = (emails: PlannedEmail[]) => emails.map((e) => [e.to.join(), e.cc.join(), e.keys]);

describe('reminders before a deadline', () => {
  test('on each reminder day and on the day itself, one digest per person', () => {
    const items = [item('2.2'), item('4.1'), item('1.1', { responsible: ['director@school.ru'] })];
    const sent: string[] = [];
    for (const [today, kind] of [
      ['2026-09-17', 'before-14'],
      ['2026-09-24', 'before-7'],
      ['2026-09-30', 'before-1'],
      ['2026-10-01', 'day'],
    ]) {
      const emails = plan(today, items, { sent }).emails;
      expect(who(emails)).toEqual([
        [
          'curator@school.ru',
          '',
          [`2.2|2026-10-01|curator@school.ru|${kind}`, `4.1|2026-10-01|curator@school.ru|${kind}`],
        ],
        ['director@school.ru', '', [`1.1|2026-10-01|director@school.ru|${kind}`]],
      ]);
      sent.push(...emails.flatMap((e) => e.keys));
      if (today === '2026-09-17') {
        expect(plan('2026-09-16', items, { sent }).emails).toEqual([]);
        expect(plan('2026-09-18', items, { sent }).emails).toEqual([]);
      }
    }
  });

  test('the digest reads as one Russian email with what is missing and the link', () => {
    const items = [
      item('2.1', {
        deadline: { kind: 'annual', m: 9, d: 15 },
        short: 'Сбор профессиональных запросов педагогов',
        explanation: 'ответили 31 из 38 педагогов; нет ответа: Иванова М. П.',
      }),
      item('3.1', {
        deadline: { kind: 'annual', m: 9, d: 15 },
        short: 'Банк данных наставников',
        explanation: 'в банке 12 наставников, 2 без согласия: Петров П. П., Сидоров С. С.',
      }),
    ];
    const [email] = plan('2026-09-08', items).emails;
    expect(email.subject).toBe('Наставничество: 2 срока на этой неделе — МБОУ «СОШ №2»');
    expect(email.body).toBe(
      [
        'Здравствуйте!',
        '',
        'Приближаются сроки дорожной карты наставничества (МБОУ «СОШ №2»):',
        '• 2.1. Сбор профессиональных запросов педагогов',
        '  Срок: 15.09.2026 (через 7 дней)',
        '  Что не сделано: ответили 31 из 38 педагогов; нет ответа: Иванова М. П.',
        '• 3.1. Банк данных наставников',
        '  Срок: 15.09.2026 (через 7 дней)',
        '  Что не сделано: в банке 12 наставников, 2 без согласия: Петров П. П., Сидоров С. С.',
        '',
        'Таблица «Наставничество»: https://docs.google.com/spreadsheets/d/abc',
        '',
        'Письмо отправлено надстройкой «Наставничество» автоматически. Отвечать на него не нужно.',
      ].join('\n'),
    );
    expect(plan('2026-09-14', items).emails[0].subject).toBe(
      'Наставничество: 2 срока завтра — МБОУ «СОШ №2»',
    );
    expect(plan('2026-09-15', items).emails[0].subject).toBe(
      'Наставничество: 2 срока сегодня — МБОУ «СОШ №2»',
    );
    expect(plan('2026-09-01', items).emails[0].subject).toBe(
      'Наставничество: 2 срока в ближайшие 14 дней — МБОУ «СОШ №2»',
    );
  });

  test('a done item gets no reminder; undated and standing items never do', () => {
    const items = [
      item('2.2', { status: 'Выполнено' }),
      item('4.2', { deadline: { kind: 'yearly' } }),
      item('5.3', { deadline: { kind: 'constant' }, status: 'Требует внимания' }),
    ];
    expect(plan('2026-09-17', items).emails).toEqual([]);
    expect(plan('2026-10-02', items).emails).toEqual([]);
  });

  test('a deadline edited to a full date is reminded on its own days', () => {
    const items = [item('1.1', { deadline: { kind: 'date', date: d('2026-10-20') } })];
    expect(plan('2026-10-06', items).emails[0].keys).toEqual(['1.1|2026-10-20|curator@school.ru|before-14']);
    expect(plan('2026-09-17', items).emails).toEqual([]);
  });

  test('custom reminder days from Настройки', () => {
    const settings = { ...SETTINGS, reminderDays: [3] };
    const items = [item('2.2')];
    expect(plan('2026-09-28', items, { settings }).emails[0].keys).toEqual([
      '2.2|2026-10-01|curator@school.ru|before-3',
    ]);
    expect(plan('2026-09-24', items, { settings }).emails).toEqual([]);
  });
});

describe('the day after an undone deadline', () => {
  test('one escalation to the director with the curator in copy, with what is missing', () => {
    const items = [
      item('2.2', { status: 'Просрочено', explanation: 'в банке 3 наставляемых; ошибки в строке 5' }),
    ];
    const [email] = plan('2026-10-02', items).emails;
    expect(who([email])).toEqual([
      ['director@school.ru', 'curator@school.ru', ['2.2|2026-10-01|director@school.ru|escalation']],
    ]);
    expect(email.subject).toBe('Наставничество: просрочен 1 срок — МБОУ «СОШ №2»');
    expect(email.body).toContain(
      [
        'Просрочены сроки дорожной карты наставничества (МБОУ «СОШ №2»):',
        '• 2.2. Пункт 2.2',
        '  Срок: 01.10.2026 (просрочено на 1 день). Ответственный: curator@school.ru',
        '  Что не сделано: в банке 3 наставляемых; ошибки в строке 5',
      ].join('\n'),
    );
    const sent = email.keys;
    expect(plan('2026-10-02', items, { sent }).emails).toEqual([]);
    expect(plan('2026-10-03', items, { sent }).emails).toEqual([]);
  });

  test('work finished before the day after means no escalation', () => {
    expect(plan('2026-10-02', [item('2.2', { status: 'Выполнено' })]).emails).toEqual([]);
  });

  test('without a director email the curator gets it; the same person is not copied to themself', () => {
    const settings = { ...SETTINGS, directorEmail: '' };
    expect(who(plan('2026-10-02', [item('2.2')], { settings }).emails)).toEqual([
      ['curator@school.ru', '', ['2.2|2026-10-01|curator@school.ru|escalation']],
    ]);
  });

  test('escalations and the director’s own reminders share one email', () => {
    const items = [
      item('2.2'),
      item('1.2', { deadline: { kind: 'annual', m: 10, d: 16 }, responsible: ['director@school.ru'] }),
    ];
    const emails = plan('2026-10-02', items).emails;
    expect(who(emails)).toEqual([
      [
        'director@school.ru',
        'curator@school.ru',
        ['2.2|2026-10-01|director@school.ru|escalation', '1.2|2026-10-16|director@school.ru|before-14'],
      ],
    ]);
    expect(emails[0].subject).toBe(
      'Наставничество: просрочен 1 срок, 1 срок в ближайшие 14 дней — МБОУ «СОШ №2»',
    );
  });
});

describe('never twice, never lost', () => {
  test('a missed reminder day goes out late, merged with the next one', () => {
    const items = [item('2.2')];
    // No run from 17 to 26 September: on the 27th both reminders are due in one line.
    const [email] = plan('2026-09-27', items).emails;
    expect(email.keys).toEqual([
      '2.2|2026-10-01|curator@school.ru|before-14',
      '2.2|2026-10-01|curator@school.ru|before-7',
    ]);
    expect(email.lines).toHaveLength(1);
    expect(email.body).toContain('Срок: 01.10.2026 (через 4 дня)');
  });

  test('a «через 7 дней» reminder is not sent after the deadline: the escalation goes instead', () => {
    expect(who(plan('2026-10-02', [item('2.2')]).emails)).toEqual([
      ['director@school.ru', 'curator@school.ru', ['2.2|2026-10-01|director@school.ru|escalation']],
    ]);
  });

  test('a fresh install does not dig up deadlines long gone', () => {
    expect(
      plan('2026-08-01', [item('6.1', { deadline: { kind: 'annual', m: 6, d: 1 }, status: 'Просрочено' })])
        .emails,
    ).toEqual([]);
    // The escalation may be up to two weeks late, not more.
    expect(plan('2026-10-16', [item('2.2')]).emails).toHaveLength(1);
    expect(plan('2026-10-17', [item('2.2')]).emails).toEqual([]);
  });

  test('keys already in the log are skipped, so a second run the same day sends nothing', () => {
    const items = [item('2.2'), item('4.1')];
    const first = plan('2026-09-17', items);
    const sent = first.emails.flatMap((e) => e.keys);
    expect(plan('2026-09-17', items, { sent: new Set(sent) }).emails).toEqual([]);
    // Only part of an email logged (one key of two): the rest is still due.
    expect(plan('2026-09-17', items, { sent: sent.slice(0, 1) }).emails[0].keys).toEqual([sent[1]]);
  });
});

describe('the daily mail quota', () => {
  test('the most urgent go first; the rest wait with a note for Журнал', () => {
    const items = [
      item('2.2', { responsible: ['a@school.ru'] }),
      item('2.1', { deadline: { kind: 'annual', m: 9, d: 15 } }),
      item('4.1', { deadline: { kind: 'annual', m: 9, d: 25 }, responsible: ['b@school.ru'] }),
      item('5.1', { deadline: { kind: 'annual', m: 9, d: 24 }, responsible: ['c@school.ru'] }),
    ];
    const p = plan('2026-09-17', items, { quota: 3 });
    // The escalation (2 recipients) first, then 5.1 due in 7 days; 4.1 and 2.2 wait.
    expect(p.emails.map((e) => [e.to[0], e.urgency])).toEqual([
      ['director@school.ru', -2],
      ['c@school.ru', 7],
    ]);
    expect(p.deferred.map((e) => [e.to[0], e.urgency])).toEqual([
      ['b@school.ru', 8],
      ['a@school.ru', 14],
    ]);
    expect(p.shortfall).toBe('Не отправлено из-за лимита почты: 2 письма, будут отправлены завтра');
    expect(plan('2026-09-17', items, { quota: 0 }).shortfall).toBe(
      'Не отправлено из-за лимита почты: 4 письма, будут отправлены завтра',
    );
    expect(plan('2026-09-17', items).shortfall).toBe('');
  });
});

describe('teachers and forms, publications', () => {
  const form = {
    formTitle: 'Профессиональные запросы педагогов',
    formUrl: 'https://docs.google.com/forms/d/e/x/viewform',
    itemId: '2.1',
    deadline: d('2026-09-15'),
  };

  test('a teacher who has not answered gets a short reminder with the link on the reminder days', () => {
    const forms = [{ ...form, email: 'Ivanova@School.ru', name: 'Мария Петровна' }];
    const [email] = plan('2026-09-08', [], {
      forms,
      sent: ['2.1|2026-09-15|ivanova@school.ru|form-14'],
    }).emails;
    expect(email.to).toEqual(['ivanova@school.ru']);
    expect(email.keys).toEqual(['2.1|2026-09-15|ivanova@school.ru|form-7']);
    expect(email.subject).toBe(
      'Наставничество: ответьте на анкету «Профессиональные запросы педагогов» — МБОУ «СОШ №2»',
    );
    expect(email.body).toBe(
      [
        'Здравствуйте, Мария Петровна!',
        '',
        'Пожалуйста, заполните анкету — это займёт несколько минут:',
        '• «Профессиональные запросы педагогов» — ответьте до 15.09.2026 (через 7 дней): https://docs.google.com/forms/d/e/x/viewform',
        '',
        'Письмо отправлено надстройкой «Наставничество» автоматически. Отвечать на него не нужно.',
      ].join('\n'),
    );
    const sent = ['2.1|2026-09-15|ivanova@school.ru|form-14', ...email.keys];
    expect(plan('2026-09-09', [], { forms, sent }).emails).toEqual([]);
    // No run on the 14th: on the day both the «завтра» and the «сегодня» reminders are settled.
    expect(plan('2026-09-15', [], { forms, sent }).emails[0].keys).toEqual([
      '2.1|2026-09-15|ivanova@school.ru|form-1',
      '2.1|2026-09-15|ivanova@school.ru|form-day',
    ]);
    // After the deadline a teacher is not chased any more.
    expect(plan('2026-09-16', [], { forms }).emails).toEqual([]);
  });

  test('two open forms for one teacher make one email', () => {
    const forms = [
      { ...form, email: 'p@school.ru', name: '' },
      { ...form, email: 'p@school.ru', name: '', formTitle: 'Анкета наставника', itemId: '3.1' },
    ];
    const emails = plan('2026-09-14', [], { forms }).emails;
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe('Наставничество: 2 анкеты ждут ответа — МБОУ «СОШ №2»');
  });

  test('events without a publication go once into the curator’s digest', () => {
    const unpublished = [{ label: 'Семинар наставников (10.11.2026)', daysSince: 9 }];
    const sent = ['1.2|2026-11-20|curator@school.ru|before-14', '1.2|2026-11-20|curator@school.ru|before-7'];
    const p = plan('2026-11-19', [item('1.2', { deadline: { kind: 'annual', m: 11, d: 20 } })], {
      unpublished,
      sent,
    });
    expect(p.emails).toHaveLength(1);
    expect(p.emails[0].keys).toEqual([
      '1.2|2026-11-20|curator@school.ru|before-1',
      '7.1|Семинар наставников (10.11.2026)|curator@school.ru|unpublished',
    ]);
    expect(p.emails[0].subject).toBe(
      'Наставничество: 1 срок завтра, 1 мероприятие без публикации — МБОУ «СОШ №2»',
    );
    expect(p.emails[0].body).toContain(
      'Мероприятия без публикации на сайте или в социальных сетях (п. 7.1):\n• «Семинар наставников (10.11.2026)» — 9 дней без публикации',
    );
    expect(plan('2026-11-20', [], { unpublished, sent: p.emails[0].keys }).emails).toEqual([]);
  });
});
