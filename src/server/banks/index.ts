// The mentor and mentee banks as typed records. Rows a read cannot use are kept (with their row
// number) and their problems stay on the table for «Проверить данные».
import { MENTEE_STATUS, MENTOR_STATUS, type ColumnKey } from '../schema';
import type { Table } from '../store/table';
import type { IsoDate } from '../store/dates';

export interface MentorRecord {
  row: number;
  name: string;
  email: string;
  position: string;
  subject: string;
  experience: number | null;
  category: string;
  competencies: string[];
  achievements: string;
  capacity: number | null;
  consent: IsoDate | '';
  training: IsoDate | '';
  status: string;
}

export interface MenteeRecord {
  row: number;
  name: string;
  email: string;
  position: string;
  subject: string;
  experience: number | null;
  category: string;
  topics: string[];
  description: string;
  form: string;
  requestTime: number;
  status: string;
}

export const MENTOR_COLUMNS: ReadonlyArray<ColumnKey<'mentors'>> = ['name', 'email', 'competences', 'status'];
export const MENTEE_COLUMNS: ReadonlyArray<ColumnKey<'mentees'>> = ['name', 'email', 'topics', 'status'];

export function readMentors(table: Table<'mentors'>): MentorRecord[] {
  return table.rows.map((row) => ({
    row,
    name: table.text(row, 'name'),
    email: table.email(row, 'email'),
    position: table.text(row, 'position'),
    subject: table.text(row, 'subject'),
    experience: table.number(row, 'experience'),
    category: table.choice(row, 'category'),
    competencies: table.list(row, 'competences'),
    achievements: table.text(row, 'achievements'),
    capacity: table.number(row, 'maxMentees'),
    consent: table.date(row, 'consentDate'),
    training: table.date(row, 'trainingDate'),
    status: table.choice(row, 'status') || MENTOR_STATUS.active,
  }));
}

export function readMentees(table: Table<'mentees'>): MenteeRecord[] {
  return table.rows.map((row) => ({
    row,
    name: table.text(row, 'name'),
    email: table.email(row, 'email'),
    position: table.text(row, 'position'),
    subject: table.text(row, 'subject'),
    experience: table.number(row, 'experience'),
    category: table.choice(row, 'category'),
    topics: table.list(row, 'topics'),
    description: table.text(row, 'request'),
    form: table.choice(row, 'form'),
    requestTime: table.time(row, 'requestDate'),
    status: table.choice(row, 'status') || MENTEE_STATUS.new,
  }));
}

/** ФИО (normalised) → email over both banks and Педагоги, for pair cells typed with a name only. */
export function namesToEmails(...lists: Array<Array<{ name: string; email: string }>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) {
    for (const p of list) {
      const key = p.name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
      if (key && p.email && !map.has(key)) map.set(key, p.email);
    }
  }
  return map;
}
