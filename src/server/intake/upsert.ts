// A form response into its bank: one row per teacher (by normalised email). A newer response
// updates the row; the same event again, or an older one arriving late, changes nothing.
import {
  FORMS_OF_WORK,
  MENTEE_CATEGORIES,
  MENTEE_STATUS,
  MENTOR_STATUS,
  TEACHER_CATEGORIES,
  type ColumnKey,
  type RowValues,
} from '../schema';
import type { Table } from '../store/table';
import { isEmail, normalizeEmail, normalizeKey, splitList } from '../shared/text';
import { answer, type Answers } from './answers';
import { CONSENT_CHOICE, MENTOR_ITEMS, REQUEST_ITEMS } from './forms';

export interface IntakeResult {
  action: 'added' | 'updated' | 'unchanged' | 'rejected';
  email: string;
  name: string;
  row?: number;
  /** Why a response was not taken into the bank (it stays on the response sheet). */
  reason?: string;
}

/** The banks a form fills, and Педагоги: each has a person's columns (name, email, …). */
type PersonSheet = 'teachers' | 'mentors' | 'mentees';

export function indexByEmail(table: Table<PersonSheet>): Map<string, number> {
  const index = new Map<string, number>();
  for (const row of table.rows) {
    const email = normalizeEmail(table.text(row, 'email'));
    if (email && !index.has(email)) index.set(email, row);
  }
  return index;
}

function canonical(value: string, values: readonly string[]): string {
  return values.find((v) => normalizeKey(v) === normalizeKey(value)) ?? value;
}

function years(text: string): number | string {
  const n = Number(text.replace(',', '.').replace(/[^\d.]/g, ''));
  return text.trim() !== '' && Number.isFinite(n) ? Math.floor(n) : text;
}

/** Topics in the Темы spelling where they match; free text kept beside them. */
function topicsText(text: string, topicNames: string[]): string {
  return splitList(text)
    .map((t) => topicNames.find((n) => normalizeKey(n) === normalizeKey(t)) ?? t)
    .join(', ');
}

function identify(
  answers: Answers,
  items: { name: string; email: string },
): { email: string; name: string; error?: string } {
  const email = normalizeEmail(answer(answers, items.email));
  const name = answer(answers, items.name).replace(/\s+/g, ' ');
  if (!isEmail(email)) return { email, name, error: `адрес «${email}» не похож на адрес электронной почты` };
  if (!name) return { email, name, error: 'не указаны ФИО' };
  return { email, name };
}

function upsert<K extends 'mentors' | 'mentees'>(
  bank: Table<K>,
  email: string,
  time: number,
  timeColumn: ColumnKey<K>,
  values: RowValues<K>,
  name: string,
  onNew: RowValues<K>,
): IntakeResult {
  const row = indexByEmail(bank).get(email);
  if (row === undefined) {
    const added = bank.append({ ...values, ...onNew, [timeColumn]: time } as RowValues<K>);
    return { action: 'added', email, name, row: added };
  }
  // An older response delivered late never overwrites a newer one; the same event again finds
  // nothing to change.
  const seen = bank.time(row, timeColumn);
  if (seen && seen > time) return { action: 'unchanged', email, name, row };
  let changed = false;
  for (const [key, value] of Object.entries(values))
    changed = bank.set(row, key as ColumnKey<K>, value) || changed;
  changed = bank.set(row, timeColumn, time) || changed;
  return { action: changed ? 'updated' : 'unchanged', email, name, row };
}

export function takeRequest(
  bank: Table<'mentees'>,
  answers: Answers,
  time: number,
  topicNames: string[],
): IntakeResult {
  const who = identify(answers, REQUEST_ITEMS);
  if (who.error) return { action: 'rejected', email: who.email, name: who.name, reason: who.error };
  const values: RowValues<'mentees'> = {
    name: who.name,
    email: who.email,
    position: answer(answers, REQUEST_ITEMS.position),
    subject: answer(answers, REQUEST_ITEMS.subject),
    experience: years(answer(answers, REQUEST_ITEMS.experience)),
    category: canonical(answer(answers, REQUEST_ITEMS.category), MENTEE_CATEGORIES),
    topics: topicsText(answer(answers, REQUEST_ITEMS.topics), topicNames),
    request: answer(answers, REQUEST_ITEMS.description),
    form: canonical(answer(answers, REQUEST_ITEMS.form), FORMS_OF_WORK),
  };
  const result = upsert(bank, who.email, time, 'requestDate', values, who.name, {
    status: MENTEE_STATUS.new,
  });
  // A teacher who had finished or left and asks again is a new request.
  if (
    result.action === 'updated' &&
    result.row &&
    ([MENTEE_STATUS.finished, MENTEE_STATUS.left] as string[]).includes(bank.text(result.row, 'status'))
  ) {
    bank.set(result.row, 'status', MENTEE_STATUS.new);
  }
  return result;
}

export function takeMentor(
  bank: Table<'mentors'>,
  answers: Answers,
  time: number,
  topicNames: string[],
  todayIso: string,
): IntakeResult {
  const who = identify(answers, MENTOR_ITEMS);
  if (who.error) return { action: 'rejected', email: who.email, name: who.name, reason: who.error };
  const capacity = Number(answer(answers, MENTOR_ITEMS.capacity));
  const values: RowValues<'mentors'> = {
    name: who.name,
    email: who.email,
    position: answer(answers, MENTOR_ITEMS.position),
    subject: answer(answers, MENTOR_ITEMS.subject),
    experience: years(answer(answers, MENTOR_ITEMS.experience)),
    category: canonical(answer(answers, MENTOR_ITEMS.category), TEACHER_CATEGORIES),
    competences: topicsText(answer(answers, MENTOR_ITEMS.competencies), topicNames),
    achievements: answer(answers, MENTOR_ITEMS.achievements),
  };
  if (Number.isInteger(capacity) && capacity > 0) values.maxMentees = capacity;
  const consented = normalizeKey(answer(answers, MENTOR_ITEMS.consent)).includes(
    normalizeKey(CONSENT_CHOICE).slice(0, 20),
  );
  const row = indexByEmail(bank).get(who.email);
  // A ticked consent is dated once; a later answer without it does not erase the recorded date.
  if (consented && (row === undefined || !bank.date(row, 'consentDate'))) values.consentDate = todayIso;
  return upsert(bank, who.email, time, 'formDate', values, who.name, { status: MENTOR_STATUS.active });
}

/** Links the teacher to Педагоги: unknown emails are added, known rows only get their blanks filled. */
export function linkTeacher(
  teachers: Table<'teachers'>,
  values: {
    name: string;
    email: string;
    position: string;
    subject: string;
    experience: unknown;
    category?: string;
  },
): 'added' | 'known' {
  const row = indexByEmail(teachers).get(normalizeEmail(values.email));
  if (row === undefined) {
    teachers.append(values);
    return 'added';
  }
  for (const [name, value] of Object.entries(values)) {
    const key = name as keyof typeof values;
    if (teachers.has(key) && teachers.text(row, key) === '' && value !== '' && value !== undefined)
      teachers.set(row, key, value);
  }
  return 'known';
}
