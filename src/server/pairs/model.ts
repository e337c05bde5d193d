// Pairs and groups as the Пары и группы sheet holds them. People are written «ФИО <email>» so the
// sheet reads well and still identifies everyone; a cell with only a name is matched by name.
import type { Table } from '../store/table';
import { normalizeEmail, normalizeKey } from '../shared/text';
import type { IsoDate } from '../store/dates';
import { PAIR_STATUS } from '../schema';
import { TEXTS } from './texts';

export interface PersonRef {
  name: string;
  email: string;
}

export interface PairRecord {
  row: number;
  id: string;
  mentor: PersonRef;
  mentees: PersonRef[];
  form: string;
  kind: string;
  topics: string[];
  start: IsoDate | '';
  end: IsoDate | '';
  mentorConsent: IsoDate | '';
  /** One entry per mentee, in the order of `mentees`. */
  menteeConsents: Array<IsoDate | ''>;
  order: string;
  programme: string;
  status: string;
  reason: string;
  fixed: boolean;
}

export const ACTIVE_PAIR_STATUSES: readonly string[] = [
  PAIR_STATUS.proposed,
  PAIR_STATUS.agreed,
  PAIR_STATUS.locked,
];

export function isActive(pair: PairRecord): boolean {
  return ACTIVE_PAIR_STATUSES.includes(pair.status);
}

export function formatPerson(p: PersonRef): string {
  return p.email ? `${p.name} <${p.email}>` : p.name;
}

export function parsePeople(text: string, names: Map<string, string>): PersonRef[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^(.*?)<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(part);
      if (m) return { name: m[1].trim(), email: normalizeEmail(m[2]) };
      if (/^[^\s@]+@[^\s@]+$/.test(part)) return { name: '', email: normalizeEmail(part) };
      return { name: part, email: names.get(normalizeKey(part)) ?? '' };
    });
}

/** «05.09.2026; ; 07.09.2026» → ISO dates in mentee order ('' where not yet back). */
export function parseConsents(text: string, count: number): Array<IsoDate | ''> {
  const parts = text.split(';').map((s) => s.trim());
  const out: Array<IsoDate | ''> = [];
  for (let i = 0; i < count; i++) {
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(parts[i] ?? '');
    out.push(m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '');
  }
  return out;
}

export function formatConsents(dates: Array<IsoDate | ''>): string {
  if (dates.every((d) => d === '')) return '';
  return dates.map((d) => (d ? `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}` : '')).join('; ');
}

/** Reads every pair; `names` maps a normalised ФИО to an email for cells typed with a name only. */
export function readPairs(table: Table<'pairs'>, names: Map<string, string>): PairRecord[] {
  return table.rows.map((row) => {
    const mentees = parsePeople(table.text(row, 'mentees'), names);
    const consentCell = table.raw(row, 'menteeConsent');
    const consentText = typeof consentCell === 'string' ? consentCell : table.text(row, 'menteeConsent');
    return {
      row,
      id: table.text(row, 'id'),
      mentor: parsePeople(table.text(row, 'mentor'), names)[0] ?? { name: '', email: '' },
      mentees,
      form: table.choice(row, 'form') || (mentees.length > 1 ? 'Групповая' : 'Индивидуальная'),
      kind: table.text(row, 'kind'),
      topics: table.list(row, 'topics'),
      start: table.date(row, 'start'),
      end: table.date(row, 'end'),
      mentorConsent: table.date(row, 'mentorConsent'),
      menteeConsents: parseConsents(consentText, mentees.length),
      order: table.text(row, 'order'),
      programme: table.text(row, 'programme'),
      status: table.choice(row, 'status'),
      reason: table.text(row, 'reason'),
      fixed: table.has('fixed') ? table.bool(row, 'fixed') : false,
    };
  });
}

/** «№ 45-о от 30.11.2026» (the «Приказ» cell) → 2026-11-30; '' when there is no date. */
export function orderDate(orderCell: string): IsoDate | '' {
  const m = /от\s+(\d{2})\.(\d{2})\.(\d{4})/.exec(orderCell);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

/** Whether the director's order has fixed the pair (its «Приказ» is filled in). */
export function inOrder(pair: Pick<PairRecord, 'order'>): boolean {
  return pair.order.trim() !== '';
}

/** When the pair's term starts: the date the curator typed in «Начало», else the order's date. */
export function termStart(pair: Pick<PairRecord, 'start' | 'order'>): IsoDate | '' {
  return pair.start || orderDate(pair.order);
}

/**
 * The pairs the monitoring questionnaires go to and whose answers the roadmap expects: those the
 * order fixed (a pair still waiting for consents has no programme to judge).
 */
export function surveyedPairs(pairs: PairRecord[]): PairRecord[] {
  return pairs.filter((p) => isActive(p) && inOrder(p));
}

/** Why «Создать программы» finds nothing to do by itself (programmes follow the order). */
export function programmesRefusal(pairs: PairRecord[]): string {
  const waiting = pairs.filter((p) => isActive(p) && !p.programme && !inOrder(p)).map((p) => p.id);
  return waiting.length ? TEXTS.programmesWaitForOrder(waiting) : TEXTS.allHaveProgrammes;
}

/** Names of the participants whose written consent has not come back. */
export function missingConsents(pair: PairRecord): PersonRef[] {
  const missing: PersonRef[] = [];
  if (!pair.mentorConsent) missing.push(pair.mentor);
  pair.mentees.forEach((m, i) => {
    if (!pair.menteeConsents[i]) missing.push(m);
  });
  return missing;
}
