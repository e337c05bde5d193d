// Reading the Дорожная карта rows staff may have edited: the deadline and the responsible person.
// A bad cell is reported and the roadmap's default is used, so reminders keep going.
import { isDate, localDateOf } from '../shared/dates';
import { isEmail, normalizeEmail } from '../shared/text';
import { parseDeadline } from './calendar';
import { ROADMAP_ITEMS, itemDef, itemTitle } from './items';
import { COL, PROBLEM, SHEET_NAME } from './texts';
import type { Deadline, RoadmapItemDef, RoadmapProblem, RoadmapRow, RoadmapSettings } from './types';

export interface RoadmapEntry {
  def: RoadmapItemDef;
  /** The sheet row, or null when the item has no row (defaults apply). */
  row: number | null;
  title: string;
  deadline: Deadline;
  /** Resolved emails, lower case, without repeats. */
  responsible: string[];
  responsibleText: string;
}

/**
 * The ID cell as Sheets may have turned it: «1.1» typed may come back as the number 1.1, or with a
 * Russian locale as a date (1 January). Every roadmap id is «stage.item» with item < 10.
 */
export function parseItemId(value: unknown, tzOffsetMinutes = 0): string {
  if (isDate(value)) {
    const d = localDateOf(value, tzOffsetMinutes);
    return `${d.d}.${d.m}`;
  }
  if (typeof value === 'number') return String(value);
  return value === null || value === undefined
    ? ''
    : String(value).trim().replace(',', '.').replace(/\.$/, '');
}

/** «куратор», «директор», an email, or several of them separated by commas. */
export function resolveResponsible(
  text: string,
  settings: RoadmapSettings,
): { emails: string[]; problems: string[] } {
  const emails: string[] = [];
  const problems: string[] = [];
  const add = (email: string) => {
    const e = normalizeEmail(email);
    if (!emails.includes(e)) emails.push(e);
  };
  const role = (name: 'куратор' | 'директор', email: string) => {
    if (email.trim()) add(email);
    else problems.push(PROBLEM.noRoleEmail(name));
  };
  for (const part of text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s)) {
    const lower = part.toLowerCase();
    const inner = /<([^<>]+)>/.exec(part);
    if (isEmail(part)) add(part);
    else if (inner && isEmail(inner[1])) add(inner[1]);
    // A deputy head is the usual curator; «заместитель директора» is not the director.
    else if (/куратор|заместител|зам\.|завуч/.test(lower)) role('куратор', settings.curatorEmail);
    else if (/директор|руководител/.test(lower)) role('директор', settings.directorEmail);
    else problems.push(PROBLEM.badResponsible(part));
  }
  return { emails, problems };
}

export function readRoadmap(
  rows: readonly RoadmapRow[],
  settings: RoadmapSettings,
  options: { tzOffsetMinutes?: number; schoolShortName?: string } = {},
): { entries: RoadmapEntry[]; problems: RoadmapProblem[] } {
  const tz = options.tzOffsetMinutes ?? 0;
  const problems: RoadmapProblem[] = [];
  const bad = (row: number, column: string, message: string) =>
    problems.push({ sheet: SHEET_NAME, row, column, message });
  const byId = new Map<string, RoadmapRow>();
  for (const r of rows) {
    const id = parseItemId(r.id, tz);
    if (!itemDef(id)) continue; // the school's own rows are kept and ignored
    const first = byId.get(id);
    if (first) bad(r.row, COL.id, PROBLEM.duplicateItem(id, first.row));
    else byId.set(id, r);
  }

  const entries = ROADMAP_ITEMS.map((def): RoadmapEntry => {
    const r = byId.get(def.id);
    const defaultTitle = itemTitle(def, options.schoolShortName ?? '');
    if (!r) {
      bad(0, COL.id, PROBLEM.missingItem(def.id));
      const who = resolveResponsible(def.responsible, settings);
      for (const m of who.problems) bad(0, COL.responsible, m);
      return {
        def,
        row: null,
        title: defaultTitle,
        deadline: def.deadline,
        responsible: who.emails,
        responsibleText: def.responsible,
      };
    }
    let deadline = def.deadline;
    const parsed = parseDeadline(r.deadline, tz);
    if (parsed.ok) deadline = parsed.deadline;
    else bad(r.row, COL.deadline, parsed.message || PROBLEM.emptyDeadline(def.deadlineText));

    const text = r.responsible === null || r.responsible === undefined ? '' : String(r.responsible).trim();
    let who = resolveResponsible(text || def.responsible, settings);
    for (const m of who.problems) bad(r.row, COL.responsible, m);
    if (who.emails.length === 0 && text) {
      // Nobody could be resolved from the cell: the role by the roadmap answers instead.
      who = resolveResponsible(def.responsible, settings);
    }
    const title = r.title === null || r.title === undefined ? '' : String(r.title).trim();
    return {
      def,
      row: r.row,
      title: title || defaultTitle,
      deadline,
      responsible: who.emails,
      responsibleText: text || def.responsible,
    };
  });
  return { entries, problems };
}
