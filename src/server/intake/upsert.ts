// A form response into its bank: one row per teacher (by normalised email). A newer response
// updates the row; the same event again, or an older one arriving late, changes nothing.
import { FORMS_OF_WORK, MENTEE_CATEGORIES, TEACHER_CATEGORIES } from '../schema';
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

export function indexByEmail(table: Table): Map<string, number> {
  const index = new Map<string, number>();
  for (const row of table.rows) {
    const email = normalizeEmail(table.text(row, 'Email'));
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

function upsert(
  bank: Table,
  email: string,
  time: number,
  timeColumn: string,
  values: Record<string, unknown>,
  name: string,
  onNew: Record<string, unknown>,
): IntakeResult {
  const row = indexByEmail(bank).get(email);
  if (row === undefined) {
    const added = bank.append({ ...values, ...onNew, [timeColumn]: time });
    return { action: 'added', email, name, row: added };
  }
  // An older response delivered late never overwrites a newer one; the same event again finds
  // nothing to change.
  const seen = bank.time(row, timeColumn);
  if (seen && seen > time) return { action: 'unchanged', email, name, row };
  let changed = false;
  for (const [header, value] of Object.entries(values)) changed = bank.set(row, header, value) || changed;
  changed = bank.set(row, timeColumn, time) || changed;
  return { action: changed ? 'updated' : 'unchanged', email, name, row };
}

export function takeRequest(bank: Table, answers: Answers, time: number, topicNames: string[]): IntakeResult {
  const who = identify(answers, REQUEST_ITEMS);
  if (who.error) return { action: 'rejected', email: who.email, name: who.name, reason: who.error };
  const values = {
    ФИО: who.name,
    Email: who.email,
    Должность: answer(answers, REQUEST_ITEMS.position),
    Предмет: answer(answers, REQUEST_ITEMS.subject),
    'Стаж (лет)': years(answer(answers, REQUEST_ITEMS.experience)),
    'Категория наставляемого': canonical(answer(answers, REQUEST_ITEMS.category), MENTEE_CATEGORIES),
    'Запрос (темы)': topicsText(answer(answers, REQUEST_ITEMS.topics), topicNames),
    'Запрос (описание)': answer(answers, REQUEST_ITEMS.description),
    Форма: canonical(answer(answers, REQUEST_ITEMS.form), FORMS_OF_WORK),
  };
  const result = upsert(bank, who.email, time, 'Дата запроса', values, who.name, { Статус: 'Новый' });
  // A teacher who had finished or left and asks again is a new request.
  if (
    result.action === 'updated' &&
    result.row &&
    ['Завершил', 'Выбыл'].includes(bank.text(result.row, 'Статус'))
  ) {
    bank.set(result.row, 'Статус', 'Новый');
  }
  return result;
}

export function takeMentor(
  bank: Table,
  answers: Answers,
  time: number,
  topicNames: string[],
  todayIso: string,
): IntakeResult {
  const who = identify(answers, MENTOR_ITEMS);
  if (who.error) return { action: 'rejected', email: who.email, name: who.name, reason: who.error };
  const capacity = Number(answer(answers, MENTOR_ITEMS.capacity));
  const values: Record<string, unknown> = {
    ФИО: who.name,
    Email: who.email,
    Должность: answer(answers, MENTOR_ITEMS.position),
    Предмет: answer(answers, MENTOR_ITEMS.subject),
    'Стаж (лет)': years(answer(answers, MENTOR_ITEMS.experience)),
    Категория: canonical(answer(answers, MENTOR_ITEMS.category), TEACHER_CATEGORIES),
    Компетенции: topicsText(answer(answers, MENTOR_ITEMS.competencies), topicNames),
    Достижения: answer(answers, MENTOR_ITEMS.achievements),
  };
  if (Number.isInteger(capacity) && capacity > 0) values['Макс. наставляемых'] = capacity;
  const consented = normalizeKey(answer(answers, MENTOR_ITEMS.consent)).includes(
    normalizeKey(CONSENT_CHOICE).slice(0, 20),
  );
  const row = indexByEmail(bank).get(who.email);
  // A ticked consent is dated once; a later answer without it does not erase the recorded date.
  if (consented && (row === undefined || !bank.date(row, 'Согласие (дата)')))
    values['Согласие (дата)'] = todayIso;
  return upsert(bank, who.email, time, 'Дата анкеты', values, who.name, { Статус: 'Активен' });
}

/** Links the teacher to Педагоги: unknown emails are added, known rows only get their blanks filled. */
export function linkTeacher(
  teachers: Table,
  values: {
    ФИО: string;
    Email: string;
    Должность: string;
    Предмет: string;
    'Стаж (лет)': unknown;
    Категория?: string;
  },
): 'added' | 'known' {
  const row = indexByEmail(teachers).get(normalizeEmail(values.Email));
  if (row === undefined) {
    teachers.append(values);
    return 'added';
  }
  for (const [header, value] of Object.entries(values)) {
    if (teachers.has(header) && teachers.text(row, header) === '' && value !== '' && value !== undefined)
      teachers.set(row, header, value);
  }
  return 'known';
}
