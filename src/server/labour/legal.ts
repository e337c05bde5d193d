// The legal basis the documents cite (issue #18): the school's Положение о наставничестве with its
// date and number, and a check that a template cites art. 351.8 ТК РФ and not a mistyped article
// («ст. 358.1», «статьи 315.8»). Pure.
import { parseDateText, ruDate } from '../store/dates';

/** « от 29.08.2025 № 112-о» from «Настройки» (a date cell, «29.08.2025» or ISO; the number as typed). */
export function regulationOf(dateText: string, number: string): string {
  const iso = parseDateText(dateText.trim());
  const n = number.trim().replace(/^№\s*/, '');
  return `${iso ? ` от ${ruDate(iso)}` : ''}${n ? ` № ${n}` : ''}`;
}

const ARTICLE = 351.8;

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/**
 * Citations of the Labour Code's article on mentoring with a wrong number: an article near 351.8 by
 * its digits (358.1, 351.1, 315.8, 351) — the usual slips. Other articles a school cites on purpose
 * (ст. 60.2, ст. 151 ТК РФ) are left alone.
 */
export function wrongArticles(text: string): string[] {
  const found: string[] = [];
  const re =
    /(ст\.|стать[а-яё]*)\s*(\d{2,3}(?:\.\d{1,2})?)(?=[\s,.;:)»]|$)(?:\s*(?:Трудового\s+кодекса|ТК))?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const number = m[2];
    if (Number(number) === ARTICLE) continue;
    if (distance(number, String(ARTICLE)) > 2) continue;
    found.push(m[0].trim());
  }
  return [...new Set(found)];
}
