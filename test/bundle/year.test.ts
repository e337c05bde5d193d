// A whole school year on the emulator's clock, day by day from 1 August to 31 August of the next
// year, with some work done late: exactly who gets which reminder on which day.
import {
  CURATOR,
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
} from '../helpers/school';

const DIRECTOR = 'director@school2.example';
const TEACHERS = [
  { name: 'Алексеева Ольга Ивановна', email: 't1@school2.example' },
  { name: 'Борисов Павел Андреевич', email: 't2@school2.example' },
  { name: 'Васильева Нина Петровна', email: 't3@school2.example' },
  { name: 'Григорьева Елена Сергеевна', email: 't4@school2.example', mentor: true },
];
const MENTOR2 = { name: 'Дмитриева Анна Викторовна', email: 'm2@school2.example' };

interface Seen {
  day: string;
  to: string;
  cc: string;
  kind: 'digest' | 'escalation' | 'teacher' | 'plan';
  items: string;
}

function day(ws: School['ws']): string {
  return ws.clock.now().toISOString().slice(0, 10);
}

/** The add-on's scheduled emails (not the campaign or invitations the curator sends by hand). */
function scheduled(school: School, from: number): Seen[] {
  return school.ws.mail.outbox.slice(from).flatMap((m): Seen[] => {
    const subject = m.subject;
    let kind: Seen['kind'];
    // The programmes' plan (issue #19) has letters of its own: programme-plan.test.ts checks them.
    if (/мероприяти[а-я]* программы|без отметок о выполнении программы/.test(subject)) kind = 'plan';
    else if (/просрочен/.test(subject)) kind = 'escalation';
    else if (/^Наставничество:/.test(subject)) kind = 'digest';
    else if (/^Напоминание:/.test(subject)) kind = 'teacher';
    else return [];
    const items = [...new Set([...m.body.matchAll(/п\. (\d\.\d) /g)].map((x) => x[1]))].join(',');
    return [
      {
        day: m.sentAt.slice(0, 10),
        to: [m.to].flat().join(','),
        cc: [m.cc ?? []].flat().join(','),
        kind,
        items,
      },
    ];
  });
}

type Action = (school: School) => void;

const roadmapInJune = new Map<School, Array<Record<string, unknown>>>();

function storyline(): Record<string, Action> {
  const submitRequest = (s: School, t: (typeof TEACHERS)[number]) =>
    s.ws.forms.submit(formIds(s).requests.formId, requestAnswers(t, ['Методика урока'], 'Индивидуальная'));
  return {
    '2026-08-01': (s) => {
      setUp(s);
      s.app.saveSettings({
        directorEmail: DIRECTOR,
        schoolShortName: 'МБОУ «СОШ №2»',
        schoolFullName: 'МБОУ «Средняя общеобразовательная школа №2»',
        city: 'Сосногорск',
        directorName: 'Кузнецов Игорь Викторович',
        curatorName: 'Петрова Анна Сергеевна',
      });
      const teachers = s.ss.getSheetByName('Педагоги')!;
      s.ws.calls.quietly(() =>
        teachers.getRange(2, 1, TEACHERS.length, 2).setValues(TEACHERS.map((t) => [t.name, t.email])),
      );
    },
    '2026-09-02': (s) => void s.app.sendRequestForm(),
    '2026-09-05': (s) => {
      submitRequest(s, TEACHERS[0]);
      submitRequest(s, TEACHERS[1]);
    },
    '2026-09-10': (s) => {
      const { mentors } = formIds(s);
      s.ws.forms.submit(mentors.formId, mentorAnswers(TEACHERS[3], ['Методика урока'], '2'));
      s.ws.forms.submit(mentors.formId, mentorAnswers(MENTOR2, ['Методика урока'], '2'));
    },
    // 2.1 is done two days late.
    '2026-09-17': (s) => void submitRequest(s, TEACHERS[2]),
    '2026-09-20': (s) => {
      const p = s.app.proposePairs() as { fingerprint: string; proposals: Array<{ key: string }> };
      s.app.acceptProposals(
        p.fingerprint,
        p.proposals.map((x) => ({ key: x.key })),
      );
    },
    '2026-09-25': (s) => {
      for (const pair of sheetRecords(s, 'Пары и группы')) {
        const emails = [String(pair['Наставник']), ...String(pair['Наставляемые']).split(';')].map(
          (c) => /<(.+)>/.exec(c)![1],
        );
        for (const e of emails) s.app.recordConsent(pair['ID'], e, '2026-09-25');
      }
    },
    // The order comes a day late.
    '2026-10-02': (s) => void s.app.generateOrder({ number: '45-о', date: '2026-10-02' }),
    '2026-10-20': (s) => void s.app.generateProgrammes([]),
    '2026-11-10': (s) =>
      void s.app.addEvent({
        date: '2026-11-10',
        type: 'Обучение наставников',
        title: 'Семинар для наставников',
        participants: '2 педагога',
        responsible: '',
        result: '',
        materials: '',
        publication: '',
      }),
    '2026-11-12': (s) =>
      void s.app.recordPublication({
        date: '2026-11-12',
        eventTitle: 'Семинар для наставников',
        channel: 'Сайт',
        url: 'https://school2.example/news/1',
        text: '',
      }),
    '2027-05-10': (s) => void s.app.sendQuestionnaires(),
    '2027-06-02': (s) => {
      roadmapInJune.set(s, sheetRecords(s, 'Дорожная карта'));
    },
    '2027-05-26': (s) => {
      // Everyone answers the questionnaire; the mentees only after two reminders.
      const forms = formIds(s);
      for (const pair of sheetRecords(s, 'Пары и группы')) {
        const mentor = /<(.+)>/.exec(String(pair['Наставник']))![1];
        const mentees = String(pair['Наставляемые'])
          .split(';')
          .map((c) => /<(.+)>/.exec(c)![1]);
        const answer = (formId: string, email: string) => {
          const form = s.ws.calls.quietly(() => s.gas.FormApp.openById(formId));
          const titles = form.getItems().map((i) => i.getTitle());
          const answers: Record<string, string> = { [titles[0]]: String(pair['ID']), [titles[1]]: email };
          for (const item of form.getItems())
            if (item.getType() === s.gas.FormApp.ItemType.SCALE) answers[item.getTitle()] = '8';
          answers['Хотели бы вы продолжить работу в паре?'] = 'Да';
          s.ws.forms.submit(formId, answers);
        };
        answer(forms.monitoringMentor.formId, mentor);
        for (const m of mentees) answer(forms.monitoringMentee.formId, m);
      }
    },
  };
}

export function runYear(
  twiceADay: boolean,
  mailQuota = 100,
  until = '2027-08-31',
): { school: School; seen: Seen[] } {
  const school = newSchool({ now: '2026-08-01T06:00:00+03:00', mailQuota });
  const actions = storyline();
  const seen: Seen[] = [];
  let cursor = 0;
  let today = day(school.ws);
  while (today <= until) {
    // The daily trigger fires at 8:xx Moscow time; people act in the afternoon.
    school.ws.script.advanceTo(`${today}T12:00:00+03:00`);
    // A second trigger firing the same day (another account's, or a retry) must change nothing.
    const daily = school.ws.calls.quietly(() =>
      school.gas.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'dailyRunTrigger'),
    );
    if (twiceADay && daily) school.app.dailyRunTrigger({ triggerUid: daily.getUniqueId() });
    seen.push(...scheduled(school, cursor));
    cursor = school.ws.mail.outbox.length;
    actions[today]?.(school);
    cursor = Math.max(cursor, 0);
    seen.push(...scheduled(school, cursor));
    cursor = school.ws.mail.outbox.length;
    school.ws.script.advanceTo(`${today}T23:00:00+03:00`);
    const next = new Date(`${today}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    today = next.toISOString().slice(0, 10);
  }
  return { school, seen };
}

const EXPECTED: Seen[] = [
  { day: '2026-09-01', to: CURATOR, cc: '', kind: 'digest', items: '2.1,3.1' },
  { day: '2026-09-08', to: CURATOR, cc: '', kind: 'digest', items: '2.1,3.1' },
  { day: '2026-09-08', to: 't3@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2026-09-08', to: 't4@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2026-09-14', to: CURATOR, cc: '', kind: 'digest', items: '2.1' },
  { day: '2026-09-14', to: 't3@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2026-09-15', to: CURATOR, cc: '', kind: 'digest', items: '2.1' },
  { day: '2026-09-15', to: 't3@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2026-09-16', to: DIRECTOR, cc: CURATOR, kind: 'escalation', items: '2.1' },
  // 2.2 is not done while 2.1 still waits for a teacher's answer (issue #17, item 12).
  { day: '2026-09-17', to: CURATOR, cc: '', kind: 'digest', items: '1.1,2.2,4.1,5.1' },
  { day: '2026-09-24', to: CURATOR, cc: '', kind: 'digest', items: '1.1' },
  { day: '2026-09-30', to: CURATOR, cc: '', kind: 'digest', items: '1.1' },
  { day: '2026-10-01', to: CURATOR, cc: '', kind: 'digest', items: '1.1' },
  { day: '2026-10-02', to: DIRECTOR, cc: CURATOR, kind: 'escalation', items: '1.1' },
  { day: '2026-10-18', to: CURATOR, cc: '', kind: 'digest', items: '1.2,5.2' },
  { day: '2027-05-18', to: CURATOR, cc: '', kind: 'digest', items: '6.1' },
  { day: '2027-05-18', to: 'm2@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-18', to: 't1@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-18', to: 't2@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-18', to: 't3@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-18', to: 't4@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-25', to: CURATOR, cc: '', kind: 'digest', items: '6.1' },
  { day: '2027-05-25', to: 'm2@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-25', to: 't1@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-25', to: 't2@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-25', to: 't3@school2.example', cc: '', kind: 'teacher', items: '' },
  { day: '2027-05-25', to: 't4@school2.example', cc: '', kind: 'teacher', items: '' },
];

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const sortSeen = (list: Seen[]) =>
  [...list].sort(
    (a, b) => a.day.localeCompare(b.day) || a.to.localeCompare(b.to) || a.kind.localeCompare(b.kind),
  );

// A simulated year fires the hourly trigger about 8,760 times: minutes on a busy 2-core machine.
const YEAR_MS = 40 * 60 * 1000;

describe('a school year of reminders', () => {
  let once: { school: School; seen: Seen[] };
  beforeAll(() => {
    once = runYear(false);
  }, YEAR_MS);

  it('sends exactly the expected digests, teacher reminders and escalations, and nothing else', () => {
    expect(sortSeen(once.seen.filter((s) => s.kind !== 'plan'))).toEqual(sortSeen(EXPECTED));
    // The plan's letters go to the mentors and the curator only, at most one a day each.
    const plan = once.seen.filter((s) => s.kind === 'plan');
    expect(plan.length).toBeGreaterThan(0);
    for (const s of plan) expect([CURATOR, MENTOR2.email, TEACHERS[3].email]).toContain(s.to);
    expect(new Set(once.seen.map((s) => `${s.day}|${s.to}`)).size).toBe(once.seen.length);
  });

  it('the roadmap ends the school year (checked on 2 June) with every dated item done', () => {
    const roadmap = roadmapInJune.get(once.school)!;
    const status = (id: string) => roadmap.find((r) => r['ID'] === id)?.['Статус'];
    for (const id of ['1.1', '1.2', '2.1', '2.2', '3.1', '4.1', '5.1', '5.2', '6.1'])
      expect(status(id)).toBe('Выполнено');
    expect(status('4.2')).toBe('Выполнено');
    expect(status('7.1')).toBe('В норме');
  });

  it(
    'the same year with the daily trigger firing twice a day sends exactly the same emails',
    () => {
      const twice = runYear(true);
      expect(sortSeen(twice.seen)).toEqual(sortSeen(once.seen));
    },
    YEAR_MS,
  );

  it(
    'a quota of 5 recipients a day delays reminders without losing any',
    () => {
      const tight = runYear(false, 5);
      const key = (s: Seen) => `${s.to}|${s.kind}|${s.items}`;
      // The curator's digests and the director's escalations all arrive, once each, some a day late.
      const staff = (list: Seen[]) =>
        list
          .filter((s) => s.kind !== 'teacher' && s.kind !== 'plan')
          .map(key)
          .sort();
      expect(staff(tight.seen)).toEqual(staff(EXPECTED));
      const late = tight.seen.filter((s) => !EXPECTED.some((e) => e.day === s.day && key(e) === key(s)));
      expect(late.length).toBeGreaterThan(0);
      // Every teacher due a reminder gets one in that reminder's week; a reminder that could not go
      // before the next one was due is superseded by it, never sent twice in one day.
      for (const e of EXPECTED.filter((x) => x.kind === 'teacher')) {
        const got = tight.seen.filter(
          (s) => s.to === e.to && s.kind === 'teacher' && s.day >= e.day && s.day <= shift(e.day, 7),
        );
        expect(got.length).toBeGreaterThan(0);
      }
      const perDay = new Map<string, number>();
      for (const s of tight.seen) {
        const k = `${s.day}|${s.to}`;
        perDay.set(k, (perDay.get(k) ?? 0) + 1);
      }
      expect(Math.max(...perDay.values())).toBe(1);
      const journal = sheetRecords(tight.school, 'Журнал').map((r) => String(r['Подробности']));
      expect(journal.some((l) => l.includes('Не отправлено из-за дневного лимита почты'))).toBe(true);
    },
    YEAR_MS,
  );
});
