// A mass mailing's preview (issue #17, item 10): how many people would get a letter and one letter
// as it would go, with nothing sent and nothing written; after the mailing, nobody is left.
import {
  consentEveryone,
  formIds,
  listTeacher,
  mentorAnswers,
  newSchool,
  requestAnswers,
  SCHOOL_SETTINGS,
  setUp,
  sheetValues,
  type School,
} from '../helpers/school';

interface Preview {
  kind: string;
  people: number;
  letters: number;
  sample: { to: string; subject: string; body: string } | null;
  message: string;
}

function school(): School {
  const s = newSchool();
  setUp(s);
  for (let i = 1; i <= 5; i++) listTeacher(s, `Учителева${i} Мария Ивановна`, `t${i}@school2.example`);
  return s;
}

describe('a mailing preview', () => {
  test('the request form: every listed teacher without a request, one letter with the form, nothing sent', () => {
    const s = school();
    const log = sheetValues(s, 'Журнал рассылок').length;
    const preview = s.app.previewMailing('requests') as Preview;
    expect(preview.people).toBe(5);
    expect(preview.letters).toBe(5);
    expect(preview.message).toBe('');
    expect(preview.sample?.to).toMatch(/^t\d@school2\.example$/);
    expect(preview.sample?.body).toContain(formIds(s).requests.publishedUrl);
    expect(s.ws.mail.outbox).toHaveLength(0);
    expect(sheetValues(s, 'Журнал рассылок')).toHaveLength(log);

    s.app.sendRequestForm();
    expect(s.ws.mail.outbox).toHaveLength(5);
    const after = s.app.previewMailing('requests') as Preview;
    expect(after.people).toBe(0);
    expect(after.sample).toBeNull();
    expect(after.message).toMatch(/уже отправлена всем/);
  });

  test('a teacher who answered is not counted', () => {
    const s = school();
    s.ws.forms.submit(
      formIds(s).requests.formId,
      requestAnswers({ name: 'Учителева1 Мария Ивановна', email: 't1@school2.example' }, ['Методика урока']),
      { account: 't1@school2.example' },
    );
    const preview = s.app.previewMailing('requests') as Preview;
    expect(preview.people).toBe(4);
    expect(preview.sample?.to).not.toBe('t1@school2.example');
  });

  test('the questionnaires: a letter per person not answered, naming each of their pairs with its link', () => {
    const s = school();
    const { mentors, requests } = formIds(s);
    const mentor = { name: 'Наставникова Анна Петровна', email: 'm1@school2.example' };
    s.ws.forms.submit(mentors.formId, mentorAnswers(mentor, ['Методика урока'], '3'), {
      account: mentor.email,
    });
    for (const i of [1, 2]) {
      const email = `t${i}@school2.example`;
      s.ws.forms.submit(
        requests.formId,
        requestAnswers({ name: `Учителева${i} Мария Ивановна`, email }, ['Методика урока']),
        { account: email },
      );
      s.app.createPair({ mentorEmail: mentor.email, menteeEmails: [email] });
    }
    // Questionnaires go to the pairs an order fixed.
    expect(() => s.app.previewMailing('questionnaires')).toThrow(/Нет пар, закреплённых приказом/);
    s.app.saveSettings(SCHOOL_SETTINGS);
    consentEveryone(s, '2026-09-01');
    s.app.generateOrder({ number: '1-о', date: '2026-09-01' });
    const preview = s.app.previewMailing('questionnaires') as Preview;
    // Two pairs: two mentees and the mentor of both, who gets one letter naming both pairs.
    expect(preview.people).toBe(3);
    expect(preview.letters).toBe(3);
    expect(preview.sample?.body).toMatch(/НП-\d{4}-\d+/);
    expect(s.ws.mail.outbox).toHaveLength(0);
    s.app.sendQuestionnaires();
    const toMentor = s.ws.mail.outbox.filter((m) => [m.to].flat().join(',') === mentor.email);
    expect(toMentor).toHaveLength(1);
    const links = [...toMentor[0].body.matchAll(/Пара (НП-\d{4}-\d+): (https:\S+)/g)];
    expect(links.map((l) => l[1]).sort()).toEqual(['НП-2026-01', 'НП-2026-02']);
    expect(new Set(links.map((l) => l[2])).size).toBe(2);
    expect(s.ws.mail.outbox).toHaveLength(3);
  });

  test('an unknown mailing is refused in Russian', () => {
    const s = school();
    expect(() => s.app.previewMailing('everyone')).toThrow('Неизвестная рассылка.');
  });
});
