// The labour settings of «Настройки» (art. 351.8 ТК РФ): whether agreements are needed, the
// school's payment rule, the school's Положение and the two templates. Read by parameter name like
// every setting; a payment that is neither a sum nor a percentage names its cell.
import { paramByKey, type SettingKey } from '../settings/params';
import { UserError, cellRef } from '../shared/errors';
import { normalizeKey } from '../shared/text';
import type { IsoDate } from '../store/dates';
import type { Problem, Table } from '../store/table';
import { payRuleOfCell, type PayRule } from './payment';
import { PAY_TEXTS } from './texts';

export interface LabourSettings {
  agreementsNeeded: boolean;
  /** The school answered «да» or «нет» (until then the sidebar asks). */
  agreementsDecided: boolean;
  /** The school's payment rule, null when not set. */
  pay: PayRule | null;
  payText: string;
  regulationDate: IsoDate | '';
  regulationNumber: string;
  templateAgreement: string;
  templateTermination: string;
  rows: Partial<Record<SettingKey, number>>;
}

const KEYS: SettingKey[] = [
  'agreementsNeeded',
  'mentoringPay',
  'regulationDate',
  'regulationNumber',
  'templateAgreement',
  'templateTermination',
];

/**
 * Reads the labour settings; a payment text that is not a sum or a percentage throws, or is added
 * to `problems` when given (the data check).
 */
export function readLabourSettings(table: Table<'settings'>, problems?: Problem[]): LabourSettings {
  const byName = new Map(KEYS.map((k) => [normalizeKey(paramByKey(k).name), k]));
  const rows: Partial<Record<SettingKey, number>> = {};
  const raw = new Map<SettingKey, string>();
  let payCell: unknown = '';
  for (const row of table.rows) {
    const key = byName.get(normalizeKey(table.text(row, 'param')));
    if (!key || rows[key]) continue;
    rows[key] = row;
    if (key === 'mentoringPay') payCell = table.raw(row, 'value');
    raw.set(key, key === 'regulationDate' ? table.date(row, 'value') : table.text(row, 'value'));
  }
  const get = (key: SettingKey) => (raw.get(key) ?? paramByKey(key).value).trim();
  const payText = get('mentoringPay');
  const pay = payRuleOfCell(payCell, payText);
  if (pay === undefined) {
    if (!problems)
      throw new UserError(
        `${cellRef(table.name, rows.mentoringPay, table.headerOf('value'))}: ${PAY_TEXTS.notRule(payText)}.`,
      );
    const message = `${paramByKey('mentoringPay').name}: ${PAY_TEXTS.notRule(payText)}`;
    problems.push({
      sheet: table.name,
      row: rows.mentoringPay ?? 0,
      column: table.headerOf('value'),
      message,
    });
  }
  return {
    agreementsNeeded: /^(да|yes|true|истина|1|нужн)/i.test(get('agreementsNeeded')),
    agreementsDecided: get('agreementsNeeded') !== '',
    pay: pay ?? null,
    payText,
    regulationDate: get('regulationDate'),
    regulationNumber: get('regulationNumber').replace(/^№\s*/, ''),
    templateAgreement: get('templateAgreement'),
    templateTermination: get('templateTermination'),
    rows,
  };
}
