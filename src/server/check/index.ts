// «Проверить данные»: every problem in every sheet, with sheet, row and column, so staff can fix
// what they typed. Nothing in the sheets is changed (an unpublished form of the add-on is published:
// forms.ts).
import { PAIR_STATUS, SHEETS, headerMap, type ColumnKey } from '../schema';
import { readMentees, readMentors, namesToEmails, type MenteeRecord, type MentorRecord } from '../banks';
import { isActive, missingConsents, readPairs, type PairRecord } from '../pairs/model';
import { problemText, type Problem, type Table } from '../store/table';
import { normalizeEmail, normalizeKey } from '../shared/text';
import { TEXTS } from './texts';

export interface CheckInput {
  teachers: Table<'teachers'>;
  mentors: Table<'mentors'>;
  mentees: Table<'mentees'>;
  pairs: Table<'pairs'>;
  topics: Table<'topics'>;
  defaultCapacity: number;
  /** Problems found elsewhere (settings, roadmap). */
  extra?: Problem[];
}

export interface CheckResult {
  problems: Problem[];
  lines: string[];
}

function duplicates(table: Table<'teachers' | 'mentors' | 'mentees'>, problems: Problem[]): void {
  const first = new Map<string, number>();
  for (const row of table.rows) {
    const email = normalizeEmail(table.text(row, 'email'));
    if (!email) continue;
    const seen = first.get(email);
    if (seen)
      problems.push({
        sheet: table.name,
        row,
        column: table.headerOf('email'),
        message: TEXTS.duplicate(email, seen),
      });
    else first.set(email, row);
  }
}

function unknownTopics<K extends 'mentors' | 'mentees'>(
  table: Table<K>,
  key: ColumnKey<K>,
  known: Set<string>,
  problems: Problem[],
): void {
  for (const row of table.rows) {
    const unknown = table.list(row, key).filter((t) => !known.has(normalizeKey(t)));
    if (unknown.length > 0)
      problems.push({
        sheet: table.name,
        row,
        column: table.headerOf(key),
        message: TEXTS.unknownTopics(unknown),
      });
  }
}

export function checkData(input: CheckInput): CheckResult {
  const problems: Problem[] = [...(input.extra ?? [])];
  for (const row of input.teachers.rows) {
    input.teachers.email(row, 'email');
    input.teachers.number(row, 'experience');
    input.teachers.choice(row, 'category');
  }
  const mentors: MentorRecord[] = readMentors(input.mentors);
  const mentees: MenteeRecord[] = readMentees(input.mentees);
  const pairs: PairRecord[] = readPairs(input.pairs, namesToEmails(mentors, mentees));
  for (const t of [input.teachers, input.mentors, input.mentees]) duplicates(t, problems);

  const known = new Set(
    input.topics.rows.map((r) => normalizeKey(input.topics.text(r, 'topic'))).filter((t) => t),
  );
  unknownTopics(input.mentors, 'competences', known, problems);
  unknownTopics(input.mentees, 'topics', known, problems);

  const load = new Map<string, number>();
  const pairSheet = SHEETS.pairs.name;
  const column = headerMap('pairs');
  const ids = new Map<string, number>();
  for (const pair of pairs) {
    if (!pair.id) problems.push({ sheet: pairSheet, row: pair.row, column: column.id, message: TEXTS.noId });
    else if (ids.has(pair.id))
      problems.push({
        sheet: pairSheet,
        row: pair.row,
        column: column.id,
        message: TEXTS.duplicateId(pair.id, ids.get(pair.id) as number),
      });
    else ids.set(pair.id, pair.row);
    if (!pair.mentor.email)
      problems.push({
        sheet: pairSheet,
        row: pair.row,
        column: column.mentor,
        message: TEXTS.unknownPerson(pair.mentor.name),
      });
    pair.mentees.forEach((m) => {
      if (!m.email)
        problems.push({
          sheet: pairSheet,
          row: pair.row,
          column: column.mentees,
          message: TEXTS.unknownPerson(m.name),
        });
      if (m.email && m.email === pair.mentor.email)
        problems.push({
          sheet: pairSheet,
          row: pair.row,
          column: column.mentees,
          message: TEXTS.selfMentoring(m.name || m.email),
        });
    });
    if (!isActive(pair)) continue;
    load.set(pair.mentor.email, (load.get(pair.mentor.email) ?? 0) + pair.mentees.length);
    if (([PAIR_STATUS.agreed, PAIR_STATUS.locked] as string[]).includes(pair.status)) {
      const missing = missingConsents(pair);
      if (missing.length > 0) {
        problems.push({
          sheet: pairSheet,
          row: pair.row,
          column: missing[0] === pair.mentor ? column.mentorConsent : column.menteeConsent,
          message: TEXTS.agreedWithoutConsent(
            pair.status,
            missing.map((p) => p.name || p.email),
          ),
        });
      }
    }
    if (pair.start && pair.end && pair.start > pair.end)
      problems.push({ sheet: pairSheet, row: pair.row, column: column.end, message: TEXTS.endBeforeStart });
  }
  for (const mentor of mentors) {
    const capacity = mentor.capacity ?? input.defaultCapacity;
    const current = load.get(mentor.email) ?? 0;
    if (mentor.email && current > capacity) {
      problems.push({
        sheet: input.mentors.name,
        row: mentor.row,
        column: input.mentors.headerOf('maxMentees'),
        message: TEXTS.overloaded(capacity, current),
      });
    }
  }
  for (const t of [input.teachers, input.mentors, input.mentees, input.pairs]) problems.push(...t.problems);
  const unique = new Map<string, Problem>();
  for (const p of problems) unique.set(`${p.sheet}|${p.row}|${p.column}|${p.message}`, p);
  const sorted = [...unique.values()].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column.localeCompare(b.column),
  );
  return { problems: sorted, lines: sorted.map(problemText) };
}
