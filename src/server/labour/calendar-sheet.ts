// «Производственный календарь» as a sheet: setup fills a year that has no rows yet from the shipped
// table; staff correct it; the working-day arithmetic reads it. A cell that is not a date or not a
// kind of day stops the action with the sheet, row and column named, before anything is changed.
import { UserError } from '../shared/errors';
import { normalizeKey } from '../shared/text';
import { problemText, type Problem, type Table } from '../store/table';
import { decreeKnown, yearDays, WorkCalendar, type CalendarDay, type DayKind } from './calendar';
import { CALENDAR_TEXTS } from './texts';

const KIND_BY_TEXT = new Map<string, DayKind>(
  (Object.entries(CALENDAR_TEXTS.kinds) as Array<[DayKind, string]>).map(([k, text]) => [
    normalizeKey(text),
    k,
  ]),
);

/** The listed days; throws a UserError naming the first bad cell. */
export function readCalendarDays(table: Table<'calendar'>): CalendarDay[] {
  const days: CalendarDay[] = [];
  const before = table.problems.length;
  for (const row of table.rows) {
    const date = table.date(row, 'date');
    const kindText = table.text(row, 'kind');
    const kind = KIND_BY_TEXT.get(normalizeKey(kindText));
    if (table.problems.length > before)
      throw new UserError(`${problemText(table.problems[before])}. Ничего не изменено.`);
    if (!date) continue;
    if (!kind)
      throw new UserError(
        `${problemText({ sheet: table.name, row, column: table.headerOf('kind'), message: CALENDAR_TEXTS.badKind(kindText) })}. Ничего не изменено.`,
      );
    days.push({ date, kind, basis: table.text(row, 'basis') });
  }
  return days;
}

/** Every bad cell of the sheet, for the data check. */
export function calendarProblems(table: Table<'calendar'>): Problem[] {
  const out: Problem[] = [];
  const before = table.problems.length;
  for (const row of table.rows) {
    table.date(row, 'date');
    const kindText = table.text(row, 'kind');
    if (!KIND_BY_TEXT.get(normalizeKey(kindText)))
      out.push({
        sheet: table.name,
        row,
        column: table.headerOf('kind'),
        message: CALENDAR_TEXTS.badKind(kindText),
      });
  }
  return [...table.problems.slice(before), ...out];
}

export function calendarOf(table: Table<'calendar'> | null): WorkCalendar {
  return new WorkCalendar(table ? readCalendarDays(table) : []);
}

/** Appends the shipped days of each year the sheet has no rows for; returns the years filled. */
export function fillCalendar(
  table: Table<'calendar'>,
  years: number[],
): { filled: number[]; unknown: number[] } {
  const listed = new Set(readCalendarDays(table).map((d) => Number(d.date.slice(0, 4))));
  const filled: number[] = [];
  for (const year of years) {
    if (listed.has(year)) continue;
    for (const day of yearDays(year))
      table.append({ date: day.date, kind: CALENDAR_TEXTS.kinds[day.kind], basis: day.basis });
    filled.push(year);
  }
  return { filled, unknown: filled.filter((y) => !decreeKnown(y)) };
}
