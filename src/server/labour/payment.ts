// The payment for mentoring (art. 351.8 ТК РФ): a fixed sum a month or a percentage of the mentor's
// rate, school-wide in «Настройки» with a per-mentor override in «Банк наставников»; and the share of
// a month a pair was mentored, by working days of the production calendar. Pure.
import { monthBounds, type WorkCalendar } from './calendar';
import { PAY_TEXTS } from './texts';
import type { IsoDate } from '../store/dates';

export type PayRule = { kind: 'sum'; amount: number } | { kind: 'percent'; percent: number };

/**
 * «5000», «5 000 руб.», «5000,50 ₽ в месяц» → a sum; «15%», «15 % оклада» → a percentage; '' → null;
 * anything else → undefined (the caller names the cell).
 */
export function parsePayRule(text: string): PayRule | null | undefined {
  const t = text
    .replace(/\u00a0/g, ' ')
    .trim()
    .toLowerCase();
  if (t === '') return null;
  const percent =
    /^(\d+(?:[.,]\d+)?)\s*%(?:\s*(?:от\s+)?(?:должностного\s+)?(?:оклада|ставки|оклада\s*\(ставки\)))?\.?$/.exec(
      t,
    );
  if (percent) {
    const n = Number(percent[1].replace(',', '.'));
    return n > 0 && n <= 100 ? { kind: 'percent', percent: n } : undefined;
  }
  const sum =
    /^(\d{1,3}(?:[ ]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(?:руб\.?|рублей|р\.?|₽)?(?:\s*(?:в|\/)\s*(?:месяц|мес\.?))?$/.exec(
      t,
    );
  if (sum) {
    const n = Number(`${sum[1].replace(/ /g, '')}.${sum[2] ?? '0'}`);
    return n > 0 ? { kind: 'sum', amount: n } : undefined;
  }
  return undefined;
}

/**
 * A cell's payment: Sheets turns «15%» typed into a cell into the number 0.15 (shown as a percent),
 * so a number up to 1 is a percentage and a larger one a sum; text is read by parsePayRule.
 */
export function payRuleOfCell(value: unknown, text: string): PayRule | null | undefined {
  if (typeof value === 'number') {
    if (value > 0 && value <= 1) return { kind: 'percent', percent: Math.round(value * 1e6) / 1e4 };
    if (value > 1) return { kind: 'sum', amount: value };
    return undefined;
  }
  return parsePayRule(text);
}

/** «5 000,00» */
export function formatRub(amount: number): string {
  const [int, frac] = amount.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${frac}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

/** The payment as the agreement prints it. */
export function payRuleText(rule: PayRule): string {
  return rule.kind === 'sum'
    ? PAY_TEXTS.sum(formatRub(rule.amount))
    : PAY_TEXTS.percent(formatNumber(rule.percent));
}

/** The mentor's own rule if set, else the school's. */
export function effectiveRule(school: PayRule | null, own: PayRule | null): PayRule | null {
  return own ?? school;
}

/** The full monthly sum of a rule; null for a percentage without the mentor's rate. */
export function monthlyAmount(rule: PayRule, rate: number | null): number | null {
  if (rule.kind === 'sum') return rule.amount;
  if (rate === null || !(rate > 0)) return null;
  return round2((rate * rule.percent) / 100);
}

export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

export interface MonthShare {
  /** Working days of the month the pair was mentored (its term within the month). */
  days: number;
  /** Working days of the whole month. */
  monthDays: number;
  /** The term's first and last day within the month ('' when none). */
  from: IsoDate | '';
  to: IsoDate | '';
}

/** The part of `month` («2027-03») within the term [start, end], in working days. */
export function monthShare(calendar: WorkCalendar, month: string, start: IsoDate, end: IsoDate): MonthShare {
  const { first, last } = monthBounds(month);
  const monthDays = calendar.workingDaysBetween(first, last);
  const from = start > first ? start : first;
  const to = end < last ? end : last;
  if (to < from) return { days: 0, monthDays, from: '', to: '' };
  return { days: calendar.workingDaysBetween(from, to), monthDays, from, to };
}

/** The month's pay: the monthly sum in proportion to the working days mentored. */
export function monthPay(monthly: number, share: MonthShare): number {
  if (share.monthDays === 0 || share.days === 0) return 0;
  return round2((monthly * share.days) / share.monthDays);
}
