// The month's mentoring pay for the accountant (art. 351.8 ТК РФ): for each mentor, each pair in an
// order (with its agreement signed, where agreements are needed), the working days of the month
// within the pair's term (an early end shortens it), and the amount by the agreement's rule. Pure.
import { PAIR_STATUS } from '../schema';
import { monthText } from '../documents/russian';
import { ruDate, type IsoDate } from '../store/dates';
import type { WorkCalendar } from './calendar';
import {
  effectiveRule,
  formatRub,
  monthlyAmount,
  monthPay,
  monthShare,
  payRuleText,
  round2,
  type PayRule,
} from './payment';
import { PAY_TEXTS, REPORT_TEXTS } from './texts';

export interface PayPair {
  id: string;
  mentor: { name: string; email: string };
  start: IsoDate | '';
  end: IsoDate | '';
  status: string;
  /** The order that fixed the pair ('' when none). */
  order: string;
  agreementSigned: IsoDate | '';
  /** The notice of an early end ('' when none): the end date is then `end`. */
  earlyNotice: IsoDate | '';
}

export interface PayMentor {
  email: string;
  name: string;
  row: number;
  /** The mentor's own rule from «Банк наставников», null when not set. */
  rule: PayRule | null;
  rate: number | null;
}

export interface PayRow {
  month: string;
  mentor: string;
  email: string;
  pairId: string;
  term: string;
  monthDays: number;
  days: number;
  rule: string;
  /** null: cannot be computed (a percentage without the rate). */
  amount: number | null;
  note: string;
}

export interface MonthReport {
  /** «март 2027 г.» */
  label: string;
  rows: PayRow[];
  total: number;
  problems: string[];
}

const PAID_STATUSES: readonly string[] = [PAIR_STATUS.locked, PAIR_STATUS.finished, PAIR_STATUS.terminated];

/** `month` is «2027-03». */
export function isMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
}

export function payablePair(pair: PayPair, agreementsNeeded: boolean): boolean {
  if (!pair.order || !PAID_STATUSES.includes(pair.status)) return false;
  // A pair dissolved by hand (not ended early under art. 351.8) has no term to pay by.
  if (pair.status === PAIR_STATUS.terminated && !pair.earlyNotice) return false;
  if (agreementsNeeded && !pair.agreementSigned) return false;
  return !!pair.start && !!pair.end;
}

export function monthReport(input: {
  month: string;
  calendar: WorkCalendar;
  pairs: readonly PayPair[];
  mentors: readonly PayMentor[];
  schoolRule: PayRule | null;
  agreementsNeeded: boolean;
}): MonthReport {
  const [y, m] = input.month.split('-').map(Number);
  const label = monthText(y, m);
  const rows: PayRow[] = [];
  const problems: string[] = [];
  const mentorByEmail = new Map(input.mentors.map((x) => [x.email, x]));
  const pairs = input.pairs
    .filter((p) => payablePair(p, input.agreementsNeeded))
    .slice()
    .sort((a, b) => a.mentor.name.localeCompare(b.mentor.name, 'ru') || a.id.localeCompare(b.id));
  for (const pair of pairs) {
    const share = monthShare(input.calendar, input.month, pair.start as IsoDate, pair.end as IsoDate);
    if (share.days === 0) continue;
    const mentor = mentorByEmail.get(pair.mentor.email);
    const name = mentor?.name || pair.mentor.name;
    const rule = effectiveRule(input.schoolRule, mentor?.rule ?? null);
    const notes: string[] = [];
    let amount: number | null = null;
    if (!rule) notes.push(PAY_TEXTS.noRule);
    else {
      const monthly = monthlyAmount(rule, mentor?.rate ?? null);
      if (monthly === null) notes.push(PAY_TEXTS.noRate(name, mentor?.row ?? 0));
      else amount = monthPay(monthly, share);
    }
    if (pair.earlyNotice) notes.push(REPORT_TEXTS.endedEarly(pair.end as IsoDate));
    if (amount === null) problems.push(`${pair.id}: ${notes[0]}`);
    rows.push({
      month: label,
      mentor: name,
      email: pair.mentor.email,
      pairId: pair.id,
      term: `с ${ruDate(share.from as IsoDate)} по ${ruDate(share.to as IsoDate)}`,
      monthDays: share.monthDays,
      days: share.days,
      rule: rule ? payRuleText(rule) : '',
      amount,
      note: notes.join('; '),
    });
  }
  const total = round2(rows.reduce((sum, r) => sum + (r.amount ?? 0), 0));
  return { label, rows, total, problems };
}

/** «12 345,67» */
export const totalText = (report: MonthReport): string => formatRub(report.total);
