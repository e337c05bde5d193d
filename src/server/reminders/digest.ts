// One email per person per day: every line due for them, in one digest.
import { formatRuDate } from '../shared/dates';
import { TEXT } from './texts';
import type { DigestLine, ReminderSettings } from './types';

export function digestSubject(lines: readonly DigestLine[], settings: ReminderSettings): string {
  const parts: string[] = [];
  const escalations = lines.filter((l) => l.type === 'escalation');
  const deadlines = lines.flatMap((l) => (l.type === 'deadline' ? [l] : []));
  const forms = lines.flatMap((l) => (l.type === 'form' ? [l] : []));
  const unpublished = lines.filter((l) => l.type === 'unpublished');
  if (escalations.length) parts.push(TEXT.overdue(escalations.length));
  if (deadlines.length) {
    const left = deadlines.map((l) => l.daysLeft);
    parts.push(TEXT.upcoming(deadlines.length, Math.min(...left), Math.max(...left)));
  }
  if (forms.length) parts.push(TEXT.forms(forms.map((f) => f.formTitle)));
  if (unpublished.length) parts.push(TEXT.unpublished(unpublished.length));
  const school = settings.schoolShortName.trim();
  return `${TEXT.subjectPrefix}: ${parts.join(', ')}${school ? ` — ${school}` : ''}`;
}

/** The body in plain text: greeting, sections (overdue, upcoming, forms, publications), the link. */
export function digestBody(lines: readonly DigestLine[], settings: ReminderSettings, name = ''): string {
  const out: string[] = [TEXT.hello(name), ''];
  const section = (head: string, rows: string[]) => {
    if (rows.length === 0) return;
    out.push(head, ...rows, '');
  };
  const school = settings.schoolShortName;
  section(
    TEXT.overdueHead(school),
    lines.flatMap((l) =>
      l.type === 'escalation'
        ? [
            TEXT.item(l.itemId, l.short),
            TEXT.overdueLine(formatRuDate(l.deadline), l.daysOverdue, l.responsible),
            TEXT.missing(l.explanation),
          ]
        : [],
    ),
  );
  section(
    TEXT.upcomingHead(school),
    lines.flatMap((l) =>
      l.type === 'deadline'
        ? [
            TEXT.item(l.itemId, l.short),
            TEXT.deadlineLine(formatRuDate(l.deadline), l.daysLeft),
            TEXT.missing(l.explanation),
          ]
        : [],
    ),
  );
  section(
    TEXT.formsHead,
    lines.flatMap((l) =>
      l.type === 'form' ? [TEXT.form(l.formTitle, formatRuDate(l.deadline), l.daysLeft, l.formUrl)] : [],
    ),
  );
  section(
    TEXT.unpublishedHead,
    lines.flatMap((l) => (l.type === 'unpublished' ? [TEXT.unpublishedLine(l.label, l.daysSince)] : [])),
  );
  // Teachers who only have a form to fill need no link to the spreadsheet.
  if (settings.spreadsheetUrl && lines.some((l) => l.type !== 'form'))
    out.push(TEXT.link(settings.spreadsheetUrl), '');
  out.push(TEXT.footer);
  return out.join('\n');
}
