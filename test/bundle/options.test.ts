// «Другой наставник» through the real build/Code.js: the sidebar passes the fingerprint and keys of
// the proposals it shows, and the server ranks the mentors against them without solving again; an
// older sidebar (no fingerprint) or banks changed since get the same answer a fresh solve gives.
import { formIds, mentorAnswers, newSchool, requestAnswers, setUp, type School } from '../helpers/school';

const TOPICS = ['Методика урока', 'Оценивание', 'Классное руководство', 'Работа с родителями'];
const SUBJECTS = ['математика', 'русский язык', 'история'];

interface ProposalsDto {
  fingerprint: string;
  proposals: Array<{ key: string; mentor: { email: string }; mentees: Array<{ email: string }> }>;
}
interface OptionDto {
  email: string;
  freePlaces: number;
  score: number;
  sharedTopics: string[];
}

function school(): School {
  const s = newSchool();
  setUp(s);
  const { requests, mentors } = formIds(s);
  for (let i = 0; i < 6; i++)
    s.ws.forms.submit(
      mentors.formId,
      mentorAnswers(
        {
          name: `Наставникова${i} Анна Петровна`,
          email: `mentor${i}@school2.example`,
          subject: SUBJECTS[i % 3],
          experience: 12 + i,
        },
        [TOPICS[i % 4], TOPICS[(i + 1) % 4]],
        String(1 + (i % 2)),
        true,
      ),
    );
  for (let i = 0; i < 10; i++)
    s.ws.forms.submit(
      requests.formId,
      requestAnswers(
        {
          name: `Учителева${i} Мария Ивановна`,
          email: `mentee${i}@school2.example`,
          subject: SUBJECTS[i % 3],
          experience: i % 3,
        },
        [TOPICS[i % 4]],
        'Индивидуальная',
      ),
    );
  return s;
}

describe('«Другой наставник»', () => {
  it('ranked against the proposals shown equals a fresh solve, for every proposed mentee', () => {
    const s = school();
    const shown = s.app.proposePairs() as ProposalsDto;
    const keys = shown.proposals.map((p) => p.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const p of shown.proposals) {
      const email = p.mentees[0].email;
      const fast = s.app.mentorOptions(email, shown.fingerprint, keys) as OptionDto[];
      const solved = s.app.mentorOptions(email) as OptionDto[];
      expect(fast).toEqual(solved);
      // The mentor proposed to this mentee has a place for them.
      expect(fast.map((o) => o.email)).toContain(p.mentor.email);
    }
  });

  it('places held by the other proposals shown are not offered', () => {
    const s = school();
    const shown = s.app.proposePairs() as ProposalsDto;
    const keys = shown.proposals.map((p) => p.key);
    const email = shown.proposals[0].mentees[0].email;
    const withKeys = s.app.mentorOptions(email, shown.fingerprint, keys) as OptionDto[];
    const withoutOthers = s.app.mentorOptions(email, shown.fingerprint, [keys[0]]) as OptionDto[];
    const places = (list: OptionDto[]) => list.reduce((sum, o) => sum + o.freePlaces, 0);
    expect(places(withoutOthers)).toBeGreaterThan(places(withKeys));
  });

  it('after the banks changed, a stale fingerprint gets the fresh solve’s answer', () => {
    const s = school();
    const shown = s.app.proposePairs() as ProposalsDto;
    const keys = shown.proposals.map((p) => p.key);
    const email = shown.proposals[0].mentees[0].email;
    // A new mentor answers: the proposals shown are stale.
    s.ws.forms.submit(
      formIds(s).mentors.formId,
      mentorAnswers(
        {
          name: 'Новикова Ольга Игоревна',
          email: 'mentor9@school2.example',
          subject: 'математика',
          experience: 30,
        },
        TOPICS,
        '3',
        true,
      ),
    );
    const stale = s.app.mentorOptions(email, shown.fingerprint, keys) as OptionDto[];
    expect(stale).toEqual(s.app.mentorOptions(email));
    expect(stale.map((o) => o.email)).toContain('mentor9@school2.example');
  });
});
