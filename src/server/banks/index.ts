// The mentor and mentee banks as typed records. Rows a read cannot use are kept (with their row
// number) and their problems stay on the table for «Проверить данные».
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

export const MENTOR_COLUMNS = ['ФИО', 'Email', 'Компетенции', 'Статус'];
export const MENTEE_COLUMNS = ['ФИО', 'Email', 'Запрос (темы)', 'Статус'];

export function readMentors(table: Table): MentorRecord[] {
  return table.rows.map((row) => ({
    row,
    name: table.text(row, 'ФИО'),
    email: table.email(row, 'Email'),
    position: table.text(row, 'Должность'),
    subject: table.text(row, 'Предмет'),
    experience: table.number(row, 'Стаж (лет)'),
    category: table.choice(row, 'Категория'),
    competencies: table.list(row, 'Компетенции'),
    achievements: table.text(row, 'Достижения'),
    capacity: table.number(row, 'Макс. наставляемых'),
    consent: table.date(row, 'Согласие (дата)'),
    training: table.date(row, 'Обучение (дата)'),
    status: table.choice(row, 'Статус') || 'Активен',
  }));
}

export function readMentees(table: Table): MenteeRecord[] {
  return table.rows.map((row) => ({
    row,
    name: table.text(row, 'ФИО'),
    email: table.email(row, 'Email'),
    position: table.text(row, 'Должность'),
    subject: table.text(row, 'Предмет'),
    experience: table.number(row, 'Стаж (лет)'),
    category: table.choice(row, 'Категория наставляемого'),
    topics: table.list(row, 'Запрос (темы)'),
    description: table.text(row, 'Запрос (описание)'),
    form: table.choice(row, 'Форма'),
    requestTime: table.time(row, 'Дата запроса'),
    status: table.choice(row, 'Статус') || 'Новый',
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
