// Each mentor's own payment from «Банк наставников» (art. 351.8 ТК РФ): a sum or a percentage that
// overrides the school's rule, and the rate a percentage is taken of. A payment cell that is neither
// names its sheet, row and column.
import type { MentorRecord } from '../banks';
import { UserError, cellRef } from '../shared/errors';
import type { Problem, Table } from '../store/table';
import { payRuleOfCell } from './payment';
import type { PayMentor } from './report';
import { PAY_TEXTS } from './texts';

/** Payment cells of «Банк наставников» that are neither a sum nor a percentage (the data check). */
export function mentorPayProblems(table: Table<'mentors'>, mentors: readonly MentorRecord[]): Problem[] {
  const out: Problem[] = [];
  if (!table.has('payRule')) return out;
  for (const m of mentors) {
    const text = table.text(m.row, 'payRule');
    if (payRuleOfCell(table.raw(m.row, 'payRule'), text) === undefined)
      out.push({
        sheet: table.name,
        row: m.row,
        column: table.headerOf('payRule'),
        message: PAY_TEXTS.notRule(text),
      });
  }
  return out;
}

/** The pay facts of the mentors with these emails (all when `only` is absent). */
export function mentorPay(
  table: Table<'mentors'>,
  mentors: readonly MentorRecord[],
  only?: Set<string>,
): PayMentor[] {
  const out: PayMentor[] = [];
  for (const m of mentors) {
    if (only && !only.has(m.email)) continue;
    const text = table.has('payRule') ? table.text(m.row, 'payRule') : '';
    const rule = payRuleOfCell(table.has('payRule') ? table.raw(m.row, 'payRule') : '', text);
    if (rule === undefined)
      throw new UserError(
        `${cellRef(table.name, m.row, table.headerOf('payRule'))}: ${PAY_TEXTS.notRule(text)}. Ничего не изменено.`,
      );
    const rate = table.has('salary') ? table.number(m.row, 'salary') : null;
    out.push({ email: m.email, name: m.name, row: m.row, rule, rate });
  }
  return out;
}
