// Reminders of unanswered forms (issue #17, item 10): one letter a day per person naming every form
// they owe — a mentor of three pairs gets one letter with the three questionnaires and their pairs —
// and a person who gets the roadmap digest that day (the curator is often a teacher too) finds
// their own forms in it instead of hearing nothing about them.
import { keys, planDay, type PlanInput, type TeacherTask } from '../../../src/server/deadlines/plan';

const MENTOR = 'mentor@x.ru';

function questionnaire(pair: string, email = MENTOR): TeacherTask {
  return {
    itemId: '6.1',
    deadline: '2027-06-01',
    email,
    name: 'Петрова Анна Сергеевна',
    formTitle: 'Мониторинг: анкета наставника',
    link: `https://docs.google.com/forms/d/e/x/viewform?entry.1=${pair}`,
    pair,
  };
}

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    today: '2027-05-25',
    items: [],
    reminderDays: [14, 7, 1],
    directorEmail: 'director@x.ru',
    curatorEmail: 'curator@x.ru',
    school: 'СОШ №2',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
    sent: new Set(),
    teachers: [],
    unpublished: [],
    ...over,
  };
}

describe('reminders of unanswered forms', () => {
  it('a mentor of three pairs gets one letter naming the three pairs, each with its link', () => {
    const teachers = ['НП-2026-01', 'НП-2026-02', 'НП-2026-03'].map((p) => questionnaire(p));
    const plan = planDay(input({ teachers }));
    expect(plan).toHaveLength(1);
    const [mail] = plan;
    expect(mail.to).toEqual([MENTOR]);
    expect(mail.subject).toBe('Напоминание: 3 анкеты ждут вашего ответа');
    for (const t of teachers) {
      expect(mail.body).toContain(`пара ${t.pair}`);
      expect(mail.body).toContain(t.link);
    }
    expect(mail.body).toContain('до 01.06.2027 (через 7 дней)');
    expect(mail.keys).toEqual([keys.teacher('6.1', '2027-06-01', 7, MENTOR), keys.day('2027-05-25', MENTOR)]);
    // The next day nothing more: the stage's key is logged for all three.
    expect(planDay(input({ teachers, today: '2027-05-26', sent: new Set(mail.keys) }))).toEqual([]);
  });

  it('one form owed: the letter as before, naming that form', () => {
    const plan = planDay(input({ teachers: [questionnaire('НП-2026-01')] }));
    expect(plan).toHaveLength(1);
    expect(plan[0].subject).toBe('Напоминание: «Мониторинг: анкета наставника»');
    expect(plan[0].body).toContain(questionnaire('НП-2026-01').link);
  });

  it('the curator who owes a questionnaire and gets the digest that day finds it in the digest', () => {
    const plan = planDay(
      input({
        items: [
          {
            id: '6.1',
            title: 'Мониторинг',
            deadline: '2027-06-01',
            done: false,
            evidence: 'ответили 3 из 8',
            responsible: 'curator@x.ru',
          },
        ],
        teachers: [questionnaire('НП-2026-04', 'curator@x.ru'), questionnaire('НП-2026-01')],
      }),
    );
    const curator = plan.filter((m) => m.to.includes('curator@x.ru'));
    expect(curator).toHaveLength(1);
    expect(curator[0].subject).toBe('Наставничество: 1 срок дорожной карты и 1 напоминание — СОШ №2');
    expect(curator[0].body).toContain('• Анкета «Мониторинг: анкета наставника» — пара НП-2026-04');
    expect(curator[0].body).toContain(questionnaire('НП-2026-04').link);
    expect(curator[0].keys).toContain(keys.teacher('6.1', '2027-06-01', 7, 'curator@x.ru'));
    // The mentor still gets their own letter.
    expect(plan.filter((m) => m.to.includes(MENTOR))).toHaveLength(1);
  });
});
