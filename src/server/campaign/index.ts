// «Разослать форму запросов» (roadmap 2.1): the request form's link to every teacher who has not
// answered this school year. One email each; a teacher already emailed today is not emailed again.
import type { Table } from '../store/table';
import { normalizeEmail, isEmail } from '../shared/text';
import { TEXTS } from './texts';

export interface Teacher {
  name: string;
  email: string;
}

/** Teachers in Педагоги without a request in the mentee bank since `sinceMs` (the school year's start). */
export function teachersWithoutRequest(
  teachers: Table<'teachers'>,
  mentees: Table<'mentees'>,
  sinceMs: number,
): Teacher[] {
  const answered = new Set<string>();
  for (const row of mentees.rows) {
    const time = mentees.time(row, 'requestDate');
    if (time >= sinceMs) answered.add(normalizeEmail(mentees.text(row, 'email')));
  }
  const seen = new Set<string>();
  const missing: Teacher[] = [];
  for (const row of teachers.rows) {
    const email = normalizeEmail(teachers.text(row, 'email'));
    if (!isEmail(email) || answered.has(email) || seen.has(email)) continue;
    seen.add(email);
    missing.push({ name: teachers.text(row, 'name'), email });
  }
  return missing;
}

export interface CampaignEmail {
  to: string;
  subject: string;
  body: string;
  key: string;
}

export function requestEmails(
  teachers: Teacher[],
  formUrl: string,
  deadline: string,
  school: string,
  schoolYear: string,
): CampaignEmail[] {
  return teachers.map((t) => ({
    to: t.email,
    subject: TEXTS.subject(school),
    body: TEXTS.body(t.name, formUrl, deadline, school),
    key: `campaign|2.1|${schoolYear}|${t.email}`,
  }));
}

/** Whom the mentor questionnaire goes to: experienced teachers (5+ years, or the higher categories) not yet in the mentor bank. */
export function candidateMentors(teachers: Table<'teachers'>, mentors: Table<'mentors'>): Teacher[] {
  const inBank = new Set(mentors.rows.map((r) => normalizeEmail(mentors.text(r, 'email'))));
  const out: Teacher[] = [];
  const seen = new Set<string>();
  for (const row of teachers.rows) {
    const email = normalizeEmail(teachers.text(row, 'email'));
    if (!isEmail(email) || inBank.has(email) || seen.has(email)) continue;
    const years = teachers.number(row, 'experience') ?? 0;
    const category = teachers.text(row, 'category').toLowerCase();
    if (years < 5 && !['высшая', 'первая'].includes(category)) continue;
    seen.add(email);
    out.push({ name: teachers.text(row, 'name'), email });
  }
  return out;
}

export function mentorEmails(
  teachers: Teacher[],
  formUrl: string,
  deadline: string,
  school: string,
  schoolYear: string,
): CampaignEmail[] {
  return teachers.map((t) => ({
    to: t.email,
    subject: TEXTS.mentorSubject(school),
    body: TEXTS.mentorBody(t.name, formUrl, deadline, school),
    key: `campaign|3.1|${schoolYear}|${t.email}`,
  }));
}
