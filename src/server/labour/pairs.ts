// The labour columns of «Пары и группы» (art. 351.8 ТК РФ): when the supplementary agreement came
// back signed, who asked to end the mentoring early and when, and the order that ended it; and what
// a pair still lacks to go into an order, by person.
import { isActive, missingConsents, type PairRecord, type PersonRef } from '../pairs/model';
import type { Store } from '../store/store';
import type { IsoDate } from '../store/dates';
import type { ColumnKey } from '../schema';
import type { Table } from '../store/table';
import type { Initiator } from './documents';
import { readLabourSettings } from './settings';
import { AGREEMENT_TEXTS } from './texts';

export const LABOUR_PAIR_COLUMNS = ['agreementSigned', 'endInitiator', 'endNotice', 'endOrder'] as const;

const INITIATOR_BY_TEXT: Record<string, Initiator> = {
  наставник: 'mentor',
  наставляемый: 'mentee',
  школа: 'school',
};

export interface LabourFacts {
  agreementSigned: IsoDate | '';
  initiator: Initiator | '';
  notice: IsoDate | '';
  terminationOrder: string;
}

/** The pair's labour columns ('' where the sheet has no such column yet). */
export function labourFacts(table: Table<'pairs'>, pair: PairRecord): LabourFacts {
  const text = (key: ColumnKey<'pairs'>) => (table.has(key) ? table.text(pair.row, key) : '');
  const date = (key: ColumnKey<'pairs'>) => (table.has(key) ? table.date(pair.row, key) : '');
  return {
    agreementSigned: date('agreementSigned'),
    initiator: INITIATOR_BY_TEXT[text('endInitiator').toLowerCase()] ?? '',
    notice: date('endNotice'),
    terminationOrder: text('endOrder'),
  };
}

/** Whether a pair is ended early (its «Окончание» is then the end by three working days' notice). */
export function endedEarly(facts: LabourFacts): boolean {
  return !!facts.notice;
}

/**
 * What a pair lacks to go into an order, by person: each consent not back, and (where «Настройки»
 * say agreements are needed) the mentor's signed agreement.
 */
export function missingForOrder(store: Store): (pair: PairRecord) => PersonRef[] {
  // A bad payment cell is the data check's and the agreements' business, not the order's.
  const settings = readLabourSettings(store.table('settings', ['param', 'value']), []);
  const pairs = store.table('pairs', ['id']);
  return (pair) => {
    const missing = missingConsents(pair);
    if (settings.agreementsNeeded && !labourFacts(pairs, pair).agreementSigned)
      missing.push({ name: AGREEMENT_TEXTS.missing(pair.mentor.name || pair.mentor.email), email: '' });
    return missing;
  };
}

/** Pairs that need a supplementary agreement: active, with no signed one yet. */
export function needsAgreement(table: Table<'pairs'>, pair: PairRecord): boolean {
  return isActive(pair) && !labourFacts(table, pair).agreementSigned;
}
