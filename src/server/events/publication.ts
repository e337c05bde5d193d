// Draft announcements of an event for the website and social networks (roadmap 7.1). The curator
// copies and edits them; participants are named only if the school allows it, else counted.
import { parseParticipants, ruDate } from './format';
import { DRAFT, EVENT_LEAD } from './texts';
import type { MentoringEvent } from './types';

export interface DraftOptions {
  /** The school as it should appear in the text, e.g. МБОУ «СОШ №2». */
  schoolName: string;
  /** Whether participants' and the responsible person's names may be published. */
  allowNames: boolean;
}

export interface PublicationDraft {
  site: { title: string; paragraphs: string[]; text: string };
  social: { text: string; hashtags: string[] };
}

export function draftPublication(event: MentoringEvent, options: DraftOptions): PublicationDraft {
  const date = ruDate(event.date);
  const people = parseParticipants(event.participants);
  const who: string[] = [];
  if (options.allowNames && people.names.length) who.push(DRAFT.names(people.names.join(', ')));
  else if (people.count !== null && people.count > 0) who.push(DRAFT.count(people.count));
  if (options.allowNames && event.responsible) who.push(DRAFT.responsible(event.responsible));

  const title = DRAFT.siteTitle(event.type, event.title);
  const paragraphs = [
    [DRAFT.lead(date, options.schoolName, event.type), ...who].join(' '),
    ...(event.result ? [DRAFT.result(event.result)] : []),
    ...(event.materials ? [DRAFT.materials(event.materials)] : []),
    DRAFT.basis,
  ];

  const hashtags = [...DRAFT.hashtags, `#${EVENT_LEAD[event.type].tag}`, ...schoolTag(options.schoolName)];
  const socialLines = [
    DRAFT.socialLead(date, event.type, event.title),
    ...(people.count !== null && people.count > 0 && !(options.allowNames && people.names.length)
      ? [DRAFT.socialCount(people.count)]
      : options.allowNames && people.names.length
        ? [DRAFT.names(people.names.join(', '))]
        : []),
    ...(event.result ? [shorten(event.result, 280)] : []),
  ];
  return {
    site: { title, paragraphs, text: [title, ...paragraphs].join('\n\n') },
    social: { text: `${socialLines.join(' ')}\n\n${hashtags.join(' ')}`, hashtags },
  };
}

/** «МБОУ «СОШ №2»» → #МБОУСОШ2: hashtags take letters and digits only. */
function schoolTag(name: string): string[] {
  const tag = name.replace(/[^0-9A-Za-zА-Яа-яЁё]/g, '');
  return tag ? [`#${tag}`] : [];
}

/** The first sentences of a long result, up to `max` characters, for a short post. */
function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > max / 3 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' ')).trim()}…`;
}
