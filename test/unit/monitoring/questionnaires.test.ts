import {
  MONITORING_EMAILS,
  invitations,
  personalLink,
  PREFILL_EMAIL,
  PREFILL_PAIR,
  questionnaire,
} from '../../../src/server/monitoring';
import { PAIRS } from './fixtures';

describe('monitoring questionnaires (6.1)', () => {
  test('each form has the pair code, five 1–10 scales, a yes/no and the open questions', () => {
    for (const role of ['mentee', 'mentor'] as const) {
      const form = questionnaire(role);
      expect(form.title).toBe(
        role === 'mentee' ? 'Мониторинг: анкета наставляемого' : 'Мониторинг: анкета наставника',
      );
      expect(form.items[0]).toMatchObject({ kind: 'text', title: 'Код пары', required: true });
      const scales = form.items.filter((i) => i.kind === 'scale');
      expect(scales).toHaveLength(5);
      for (const s of scales) expect(s).toMatchObject({ low: 1, high: 10, required: true });
      expect(form.items).toContainEqual(
        expect.objectContaining({
          kind: 'choice',
          title: 'Хотели бы вы продолжить работу в паре?',
          choices: ['Да', 'Нет'],
        }),
      );
      const titles = form.items.map((i) => i.title);
      expect(titles).toEqual(expect.arrayContaining(['Что было наиболее ценным?', 'Чего не хватило?']));
    }
  });

  test('the mentee rates the mentor’s competence, the mentor the mentee’s engagement', () => {
    const mentee = questionnaire('mentee')
      .items.map((i) => i.title)
      .join('\n');
    const mentor = questionnaire('mentor')
      .items.map((i) => i.title)
      .join('\n');
    expect(mentee).toMatch(/компетентность наставника/);
    expect(mentor).toMatch(/вовлечённость наставляемого/);
  });

  test('a personal link carries the pair and the email, URL-encoded', () => {
    const template = `https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.1=${PREFILL_PAIR}&entry.2=${PREFILL_EMAIL}`;
    expect(personalLink(template, 'П-1', 'a+b@school.ru')).toBe(
      'https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.1=%D0%9F-1&entry.2=a%2Bb%40school.ru',
    );
  });

  test('every participant of every active pair gets their role’s questionnaire', () => {
    const list = invitations(PAIRS, { mentee: `m?p=${PREFILL_PAIR}`, mentor: `t?p=${PREFILL_PAIR}` });
    expect(list.map((i) => [i.pairId, i.role, i.email])).toEqual([
      ['П-1', 'mentor', 'petrova@school.ru'],
      ['П-1', 'mentee', 'ivanov@school.ru'],
      ['Г-2', 'mentor', 'sidorova@school.ru'],
      ['Г-2', 'mentee', 'orlova@school.ru'],
      ['Г-2', 'mentee', 'kim@school.ru'],
    ]);
    expect(list[0].link).toBe(`t?p=${encodeURIComponent('П-1')}`);
    expect(list[1].link).toBe(`m?p=${encodeURIComponent('П-1')}`);
  });
});

describe('invitation and reminder emails', () => {
  test('name the pair, the link and the deadline in Russian', () => {
    const body = MONITORING_EMAILS.invitationBody(
      'Анна Сергеевна',
      'П-1',
      'https://forms.gle/x',
      '01.06.2027',
    );
    expect(body).toContain('Уважаемая Анна Сергеевна!');
    expect(body).toContain('(пара П-1)');
    expect(body).toContain('Анкета: https://forms.gle/x');
    expect(body).toContain('до 01.06.2027');
    const reminder = MONITORING_EMAILS.reminderBody(
      'Анна Сергеевна',
      'П-1',
      'https://forms.gle/x',
      '01.06.2027',
    );
    expect(reminder).toMatch(/ещё не получили ваших ответов/);
    expect(MONITORING_EMAILS.reminderSubject).toBe('Напоминание: анкета мониторинга наставничества');
  });
});
