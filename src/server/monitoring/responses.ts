// A questionnaire response → a Мониторинг record; a repeat answer by the same person for the same
// pair replaces their row (Forms may also deliver one submission twice).
import { isEmail, normalizeEmail, normalizeKey } from '../shared/text';
import type { ColumnKey } from '../schema';
import { COLLECTED_EMAIL_TITLES, FORM, NO, PROBLEMS, ROLE_NAMES, YES } from './texts';
import { SCALE_HIGH, SCALE_LOW } from './questionnaires';
import {
  SCORE_KEYS,
  type MonitoringPair,
  type MonitoringRecord,
  type MonitoringRole,
  type Scores,
} from './types';

export type ParsedResponse =
  { ok: true; record: MonitoringRecord; warnings: string[] } | { ok: false; problem: string };

/** namedValues of an onFormSubmit event (title → answers). */
export type NamedValues = Record<string, readonly string[] | string>;

/** The same as namedValues from a response sheet's header row and one data row. */
export function namedValuesFromRow(header: readonly unknown[], row: readonly unknown[]): NamedValues {
  const out: Record<string, string[]> = {};
  header.forEach((h, i) => {
    const title = String(h ?? '').trim();
    if (title && !(title in out))
      out[title] = [row[i] === null || row[i] === undefined ? '' : String(row[i])];
  });
  return out;
}

/**
 * Reads one response of the `role` questionnaire. `pairs` are the active pairs (an unknown code
 * cannot be attributed); `dateIso` is the day the response came in.
 */
export function parseResponse(
  role: MonitoringRole,
  values: NamedValues,
  pairs: readonly MonitoringPair[],
  dateIso: string,
): ParsedResponse {
  const lookup = new Map<string, string>();
  for (const [title, v] of Object.entries(values)) {
    const text = (Array.isArray(v) ? v.join(', ') : String(v ?? '')).trim();
    const key = normalizeKey(title);
    if (!lookup.has(key) || lookup.get(key) === '') lookup.set(key, text);
  }
  const get = (title: string) => lookup.get(normalizeKey(title)) ?? '';
  if ([...lookup.values()].every((v) => v === '')) return { ok: false, problem: PROBLEMS.blank };

  const code = get(FORM.pairCode);
  if (!code) return { ok: false, problem: PROBLEMS.noPairCode };
  const pair = pairs.find((p) => normalizeKey(p.id) === normalizeKey(code));
  if (!pair) return { ok: false, problem: PROBLEMS.unknownPair(code) };

  const emailText = get(FORM.email) || COLLECTED_EMAIL_TITLES.map(get).find((v) => v !== '') || '';
  if (!emailText) return { ok: false, problem: PROBLEMS.noEmail };
  if (!isEmail(emailText)) return { ok: false, problem: PROBLEMS.badEmail(emailText) };
  const email = normalizeEmail(emailText);

  const warnings: string[] = [];
  const people = role === 'mentor' ? [pair.mentor] : pair.mentees;
  if (!people.some((p) => normalizeEmail(p.email) === email))
    warnings.push(PROBLEMS.notParticipant(email, pair.id, role));

  const scores = {} as Scores;
  for (const key of SCORE_KEYS) {
    const title = FORM.scales[role][key];
    const text = get(title);
    scores[key] = text === '' ? null : parseScore(text);
    if (text !== '' && scores[key] === null) warnings.push(PROBLEMS.badScore(title, text));
  }
  return {
    ok: true,
    warnings,
    record: {
      pairId: pair.id,
      role,
      email,
      date: dateIso,
      scores,
      wouldContinue: parseYesNo(get(FORM.continue)),
      valuable: get(FORM.valuable),
      missing: get(FORM.missing),
      comment: get(FORM.comment),
    },
  };
}

function parseScore(text: string): number | null {
  const n = Number(text.replace(',', '.'));
  return Number.isInteger(n) && n >= SCALE_LOW && n <= SCALE_HIGH ? n : null;
}

function parseYesNo(text: string): boolean | null {
  if (/^(да|yes|true|1)$/i.test(text.trim())) return true;
  if (/^(нет|no|false|0)$/i.test(text.trim())) return false;
  return null;
}

export function roleFromText(text: string): MonitoringRole | null {
  const key = normalizeKey(text);
  if (key === normalizeKey(ROLE_NAMES.mentor)) return 'mentor';
  if (key === normalizeKey(ROLE_NAMES.mentee)) return 'mentee';
  return null;
}

/** The cells of a Мониторинг row by column; dates as yyyy-mm-dd (the store makes them dates). */
export function monitoringCells(record: MonitoringRecord): {
  [C in ColumnKey<'monitoring'>]?: string | number;
} {
  const cells: { [C in ColumnKey<'monitoring'>]?: string | number } = {
    pairId: record.pairId,
    role: ROLE_NAMES[record.role],
    email: record.email,
    date: record.date,
    continue: record.wouldContinue === null ? '' : record.wouldContinue ? YES : NO,
    valuable: record.valuable,
    missing: record.missing,
    comment: record.comment,
  };
  for (const key of SCORE_KEYS) cells[key] = record.scores[key] ?? '';
  return cells;
}

/** A Мониторинг row as the sheet holds it (cell values by column) → a record, or a problem. */
export function recordFromCells(
  get: (key: ColumnKey<'monitoring'>) => unknown,
): { ok: true; record: MonitoringRecord } | { ok: false; problem: string } {
  const text = (key: ColumnKey<'monitoring'>) => {
    const v = get(key);
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const role = roleFromText(text('role'));
  if (!role) return { ok: false, problem: PROBLEMS.badRole(text('role')) };
  const scores = {} as Scores;
  for (const key of SCORE_KEYS) {
    const v = get(key);
    scores[key] =
      typeof v === 'number' ? (v >= SCALE_LOW && v <= SCALE_HIGH ? v : null) : parseScore(String(v ?? ''));
  }
  return {
    ok: true,
    record: {
      pairId: text('pairId'),
      role,
      email: normalizeEmail(text('email')),
      date: text('date'),
      scores,
      wouldContinue: parseYesNo(text('continue')),
      valuable: text('valuable'),
      missing: text('missing'),
      comment: text('comment'),
    },
  };
}

/** A row already in Мониторинг: its sheet row and its key. */
export interface MonitoringRowKey {
  row: number;
  pairId: string;
  role: MonitoringRole | null;
  email: string;
}

/**
 * Where a record goes: the sheet row of the same (pair, role, email) to overwrite, or null to
 * append. Never a second row for the same person and pair.
 */
export function upsertTarget(existing: readonly MonitoringRowKey[], record: MonitoringRecord): number | null {
  const found = existing.find(
    (r) =>
      normalizeKey(r.pairId) === normalizeKey(record.pairId) &&
      r.role === record.role &&
      normalizeEmail(r.email) === record.email,
  );
  return found ? found.row : null;
}

/** Upsert over plain records (for stats and tests): the new list, and whether a row was replaced. */
export function upsertRecord(
  records: readonly MonitoringRecord[],
  record: MonitoringRecord,
): { records: MonitoringRecord[]; replaced: boolean } {
  const keys = records.map((r, i) => ({ row: i, pairId: r.pairId, role: r.role, email: r.email }));
  const at = upsertTarget(keys, record);
  if (at === null) return { records: [...records, record], replaced: false };
  return { records: records.map((r, i) => (i === at ? record : r)), replaced: true };
}
