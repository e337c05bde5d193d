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
export function mentorPayProblems(table: Table, mentors: readonly MentorRecord[]): Problem[] {
  const out: Problem[] = [];
  if (!table.has('Оплата наставничества')) return out;
  for (const m of mentors) {
    const text = table.text(m.row, 'Оплата наставничества');
    if (payRuleOfCell(table.raw(m.row, 'Оплата наставничества'), text) === undefined)
      out.push({
        sheet: table.name,
        row: m.row,
        column: 'Оплата наставничества',
        message: PAY_TEXTS.notRule(text),
      });
  }
  return out;
}

/** The pay facts of the mentors with these emails (all when `only` is absent). */
export function mentorPay(table: Table, mentors: readonly MentorRecord[], only?: Set<string>): PayMentor[] {
  const out: PayMentor[] = [];
  for (const m of mentors) {
    if (only && !only.has(m.email)) continue;
    const text = table.has('Оплата наставничества') ? table.text(m.row, 'Оплата наставничества') : '';
    const rule = payRuleOfCell(
      table.has('Оплата наставничества') ? table.raw(m.row, 'Оплата наставничества') : '',
      text,
    );
    if (rule === undefined)
      throw new UserError(
        `${cellRef(table.name, m.row, 'Оплата наставничества')}: ${PAY_TEXTS.notRule(text)}. Ничего не изменено.`,
      );
    const rate = table.has('Оклад (ставка), руб.') ? table.number(m.row, 'Оклад (ставка), руб.') : null;
    out.push({ email: m.email, name: m.name, row: m.row, rule, rate });
  }
  return out;
}
