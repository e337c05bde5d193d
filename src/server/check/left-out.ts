// Who «Подобрать наставников» cannot consider at all, and why: a row of a bank whose email is
// missing or malformed. Such a mentee used to vanish from the proposals («без наставника:
// 0») while the roadmap counted them; now each is listed with the reason and a link to the row.
import { CLOSED_MENTEE_STATUSES, MENTOR_STATUS } from '../schema';
import type { MenteeRecord, MentorRecord } from '../banks';
import type { Table } from '../store/table';
import { LEFT_OUT } from './texts';

export interface LeftOut {
  name: string;
  email: string;
  reason: string;
  sheet: string;
  row: number;
  column: string;
}

function scan(
  table: Table<'mentors' | 'mentees'>,
  people: Array<{ row: number; name: string; email: string }>,
  role: 'mentee' | 'mentor',
): LeftOut[] {
  const out: LeftOut[] = [];
  for (const p of people) {
    const typed = table.text(p.row, 'email').trim();
    const name = p.name || typed;
    const at = { name, email: typed, sheet: table.name, row: p.row, column: table.headerOf('email') };
    if (!p.email)
      out.push({ ...at, reason: typed ? LEFT_OUT.badEmail(typed, role) : LEFT_OUT.noEmail(role) });
  }
  return out;
}

/** Mentees (open requests) and mentors the matching leaves out, in the order of the sheets. */
export function leftOutOfMatching(
  mentees: Table<'mentees'>,
  menteeList: MenteeRecord[],
  mentors: Table<'mentors'>,
  mentorList: MentorRecord[],
): LeftOut[] {
  return [
    ...scan(
      mentees,
      menteeList.filter((m) => !CLOSED_MENTEE_STATUSES.includes(m.status)),
      'mentee',
    ),
    ...scan(
      mentors,
      mentorList.filter((m) => m.status === MENTOR_STATUS.active),
      'mentor',
    ),
  ];
}
