// A form event's answers, by item title. Google sends `namedValues` ({ title: [answer] }); blank
// events (reported by the community) carry no answers and are ignored.
import { normalizeKey } from '../shared/text';

export type Answers = Map<string, string>;

export function answersOf(namedValues: Record<string, unknown> | undefined): Answers {
  const answers: Answers = new Map();
  if (!namedValues) return answers;
  for (const [title, value] of Object.entries(namedValues)) {
    const text = Array.isArray(value) ? value.map((v) => String(v ?? '')).join(', ') : String(value ?? '');
    answers.set(normalizeKey(title), text.trim());
  }
  return answers;
}

export function answer(answers: Answers, title: string): string {
  return answers.get(normalizeKey(title)) ?? '';
}

/** Whether an event carries anything besides the timestamp. */
export function isBlank(answers: Answers): boolean {
  for (const [title, value] of answers) {
    if (value !== '' && !TIMESTAMP_TITLES.includes(title)) return false;
  }
  return true;
}

export const TIMESTAMP_TITLES = ['отметка времени', 'timestamp'];

/**
 * The response's time from its timestamp answer («24.11.2026 15:30:00» in a Russian spreadsheet,
 * «11/24/2026 15:30:00» in an English one), in ms; null when absent or unreadable.
 */
export function responseTime(answers: Answers, tzOffsetMinutes: number): number | null {
  const text = TIMESTAMP_TITLES.map((t) => answers.get(t)).find((v) => v) ?? '';
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
    if (!m) {
      m = /^(\d{4})-(\d{2})-(\d{2})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
      if (!m) return null;
      [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  return Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) - tzOffsetMinutes * 60000;
}
