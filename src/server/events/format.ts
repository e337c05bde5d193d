// Small pure helpers of this folder: dates as typed by people, links, participants.
import { splitList } from '../shared/text';

/** 2027-05-20, 20.05.2027 or 20/05/2027 → yyyy-mm-dd; null for anything else or an impossible date. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** yyyy-mm-dd → dd.mm.yyyy */
export function ruDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Whole days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86400000);
}

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(text.trim());
}

// «Петрова А. С.», «Петрова Анна Сергеевна», «Ким П.А.»
const NAME =
  /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?|\s+[А-ЯЁ]\.|(?:\s+[А-ЯЁ][а-яё]+){1,2})$/;

export interface Participants {
  /** How many took part, when it can be told. */
  count: number | null;
  /** Names, when the cell lists people. */
  names: string[];
}

/** «12 педагогов» → 12; «Петрова А. С., Ким П. А.» → 2 names; other text → unknown. */
export function parseParticipants(text: string): Participants {
  const t = text.trim();
  const n = /^(\d+)(?:\s|$)/.exec(t);
  if (n) return { count: Number(n[1]), names: [] };
  const items = splitList(t);
  if (items.length && items.every((i) => NAME.test(i))) return { count: items.length, names: items };
  return { count: null, names: [] };
}
