// Selecting mentors, forming pairs and tracking consent (roadmap 4.1, 5.1, 5.3, 1.1) through the
// real build/Code.js: setup → form responses → propose → accept → consents.
import {
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
} from '../helpers/school';

const TOPICS = [
  'Методика урока',
  'Оценивание',
  'Классное руководство',
  'Работа с родителями',
  'Цифровые инструменты',
  'Подготовка к ГИА',
];
const SUBJECTS = ['математика', 'русский язык', 'история', 'биология'];

interface ProposalsDto {
  fingerprint: string;
  proposals: Array<{
    key: string;
    mentor: { email: string; name: string };
    mentees: Array<{ email: string }>;
    explanation: string;
    form: string;
  }>;
  unmatched: Array<{ email: string; reason: string }>;
}

function school30x12(): School {
  const school = newSchool();
  setUp(school);
  const { requests, mentors } = formIds(school);
  for (let i = 0; i < 12; i++) {
    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers(
        {
          name: `Наставникова${i} Анна Петровна`,
          email: `mentor${i}@school2.example`,
          subject: SUBJECTS[i % 4],
          experience: 15 + i,
        },
        [TOPICS[i % 6], TOPICS[(i + 1) % 6]],
        String(1 + (i % 3)),
        i !== 11,
      ),
    );
  }
  for (let i = 0; i < 30; i++) {
    school.ws.forms.submit(
      requests.formId,
      requestAnswers(
        {
          name: `Учителева${i} Мария Ивановна`,
          email: `mentee${i}@school2.example`,
          subject: SUBJECTS[i % 4],
          experience: i % 3,
        },
        [TOPICS[i % 6]],
        i % 5 === 0 ? 'Групповая' : 'Индивидуальная',
      ),
    );
  }
  return school;
}

describe('selecting mentors and forming pairs', () => {
  it('setup → 30 requests and 12 mentors → propose → accept → consents: pairs «Согласована», bank statuses right', () => {
    const school = school30x12();
    const result = school.app.proposePairs() as ProposalsDto;
    expect(result.proposals.length).toBeGreaterThan(5);
    // Mentors take 1, 2 or 3 mentees each (their own «Макс. наставляемых»): 24 places in all.
    const assigned = result.proposals.reduce((n, p) => n + p.mentees.length, 0);
    expect(assigned + result.unmatched.length).toBe(30);
    expect(assigned).toBeLessThanOrEqual(24);
    const load = new Map<string, number>();
    for (const p of result.proposals)
      load.set(p.mentor.email, (load.get(p.mentor.email) ?? 0) + p.mentees.length);
    for (const [email, n] of load)
      expect(n).toBeLessThanOrEqual(1 + (Number(/mentor(\d+)@/.exec(email)?.[1]) % 3));
    for (const p of result.proposals) expect(p.explanation).toMatch(/\S/);
    for (const u of result.unmatched) expect(u.reason).toMatch(/\S/);

    const accepted = school.app.acceptProposals(
      result.fingerprint,
      result.proposals.map((p) => ({ key: p.key })),
    ) as { message: string };
    expect(accepted.message).toMatch(/Созданы пары: НП-2026-01/);
    const pairs = sheetRecords(school, 'Пары и группы');
    expect(pairs).toHaveLength(result.proposals.length);
    expect(pairs.every((p) => p['Статус'] === 'Предложена')).toBe(true);

    const mentees = sheetRecords(school, 'Банк наставляемых');
    const paired = new Set(result.proposals.flatMap((p) => p.mentees.map((m) => m.email)));
    for (const m of mentees) {
      expect(m['Статус']).toBe(paired.has(String(m['Email'])) ? 'В паре' : 'Сопровождение');
    }

    // Record every consent of the first pair: it becomes «Согласована»; the others stay.
    const first = result.proposals[0];
    const pairId = String(pairs[0]['ID']);
    school.app.recordConsent(pairId, first.mentor.email, '2026-09-01');
    for (const m of first.mentees) school.app.recordConsent(pairId, m.email, '2026-09-01');
    const after = sheetRecords(school, 'Пары и группы');
    expect(after[0]['Статус']).toBe('Согласована');
    expect(after.slice(1).every((p) => p['Статус'] === 'Предложена')).toBe(true);
  });

  it('accepting proposals computed before the bank changed is refused and writes nothing', () => {
    const school = school30x12();
    const result = school.app.proposePairs() as ProposalsDto;
    const { mentors } = formIds(school);
    school.ws.clock.tick(60_000);
    school.ws.forms.submit(
      mentors.formId,
      mentorAnswers({ name: 'Новикова Ольга Павловна', email: 'novikova@school2.example' }, ['Инклюзия']),
    );
    expect(() =>
      school.app.acceptProposals(
        result.fingerprint,
        result.proposals.map((p) => ({ key: p.key })),
      ),
    ).toThrow(/устарели/);
    expect(sheetRecords(school, 'Пары и группы')).toHaveLength(0);
  });

  it('a rejected proposal is not proposed again; a dissolved pair returns its mentee to the bank', () => {
    const school = school30x12();
    const first = (school.app.proposePairs() as ProposalsDto).proposals.find((p) => p.mentees.length === 1)!;
    school.app.rejectProposal(first.mentor.email, first.mentees[0].email);
    const again = school.app.proposePairs() as ProposalsDto;
    expect(
      again.proposals.some(
        (p) =>
          p.mentor.email === first.mentor.email && p.mentees.some((m) => m.email === first.mentees[0].email),
      ),
    ).toBe(false);

    school.app.acceptProposals(again.fingerprint, [{ key: again.proposals[0].key }]);
    const id = String(sheetRecords(school, 'Пары и группы')[0]['ID']);
    school.app.dissolvePair(id);
    expect(sheetRecords(school, 'Пары и группы')[0]['Статус']).toBe('Расторгнута');
    const back = again.proposals[0].mentees.map((m) => m.email);
    for (const m of sheetRecords(school, 'Банк наставляемых'))
      if (back.includes(String(m['Email']))) expect(m['Статус']).toBe('Новый');
  });

  it('a pair made by hand is refused for a mentor mentoring themself or over capacity, with a Russian message', () => {
    const school = school30x12();
    const { requests } = formIds(school);
    school.ws.forms.submit(
      requests.formId,
      requestAnswers({ name: 'Наставникова0 Анна Петровна', email: 'mentor0@school2.example' }, [
        'Оценивание',
      ]),
    );
    expect(() =>
      school.app.createPair({
        mentorEmail: 'mentor0@school2.example',
        menteeEmails: ['mentor0@school2.example'],
      }),
    ).toThrow(/не может быть наставником самому/);
    expect(() =>
      school.app.createPair({
        mentorEmail: 'mentor0@school2.example',
        menteeEmails: ['mentee1@school2.example', 'mentee2@school2.example'],
      }),
    ).toThrow(/максимум — 1/);
    const ok = school.app.createPair({
      mentorEmail: 'mentor1@school2.example',
      menteeEmails: ['mentee1@school2.example'],
    }) as { message: string };
    expect(ok.message).toMatch(/НП-2026-01/);
  });
});
