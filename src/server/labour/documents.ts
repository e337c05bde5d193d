// The content of the two labour documents (art. 351.8 ТК РФ): the supplementary agreement with a
// mentor for one pair or group, and the order ending a pair's mentoring early. Plain data for
// gas/docs.ts to fill, like documents/order.ts.
import { cityName, pairValues, schoolValues } from '../documents/common';
import { acquaintedPeople } from '../documents/order';
import {
  dateLong,
  dateNumeric,
  declineName,
  declinePosition,
  genderOf,
  initialsSurname,
  surnameInitials,
} from '../documents/russian';
import { PAIR_OR_GROUP, ROW_SET_TITLES } from '../documents/texts';
import type { DocContent, IsoDate, PairForDocs, PlaceholderValues, SchoolInfo } from '../documents/types';
import { UserError } from '../shared/errors';
import { payRuleText, type PayRule } from './payment';
import { regulationOf } from './legal';
import { AGREEMENT_TEXTS, END_TEXTS, PAY_TEXTS } from './texts';

export type Initiator = 'mentor' | 'mentee' | 'school';

/** « от 29.08.2025 № 112-о» after «Положением о … школы», or '' when «Настройки» do not say. */
export function regulationText(date: IsoDate | '', number: string): string {
  return regulationOf(date, number);
}

function directorValues(school: SchoolInfo): PlaceholderValues {
  return {
    директор_род: declineName(school.directorName, 'genitive'),
    должность_директора_род: declinePosition(
      school.directorPosition.trim().toLowerCase() || 'директор',
      'genitive',
    ),
  };
}

/** The supplementary agreement with the pair's mentor. `requests`: each mentee's request, by email. */
export function buildAgreement(
  school: SchoolInfo,
  pair: PairForDocs,
  terms: { pay: PayRule; requests: Record<string, string>; regulation: string },
): DocContent {
  if (pair.mentees.length === 0) throw new UserError(`${pair.id}: нет наставляемых.`);
  const values: PlaceholderValues = {
    ...schoolValues(school),
    ...pairValues(pair),
    ...directorValues(school),
    город: cityName(school.city),
    положение: terms.regulation,
    пара: pair.id,
    пара_или_группа:
      pair.mentees.length > 1 || pair.form === 'Групповая' ? PAIR_OR_GROUP.group : PAIR_OR_GROUP.pair,
    наставник_подпись: initialsSurname(pair.mentor.name),
    действующего: genderOf(school.directorName) === 'female' ? 'действующей' : 'действующего',
    именуемый:
      { female: 'именуемая', male: 'именуемый' }[genderOf(pair.mentor.name) ?? 'male'] ?? 'именуемый(ая)',
    оплата: payRuleText(terms.pay),
    условия_оплаты: PAY_TEXTS.conditions,
  };
  return {
    kind: 'agreement',
    name: AGREEMENT_TEXTS.name(pair.id, surnameInitials(pair.mentor.name)),
    values,
    rowSets: [
      {
        title: ROW_SET_TITLES.mentees,
        keys: ['наставляемый', 'должность_наставляемого', 'запрос_наставляемого'],
        rows: pair.mentees.map((m) => ({
          наставляемый: m.name.trim(),
          должность_наставляемого: m.position.trim(),
          запрос_наставляемого: terms.requests[m.email] || pair.topics.join(', ') || '—',
        })),
      },
    ],
  };
}

export interface TerminationDetails {
  number: string;
  date: IsoDate;
  initiator: Initiator;
  /** Who of the mentees asked (a group), else the first. */
  menteeEmail?: string;
  notice: IsoDate;
  end: IsoDate;
  /** Whether the pair's mentoring was paid by an agreement (its payment stops). */
  paid: boolean;
  regulation: string;
  /** The order that fixed the pair: «№ 45-о от 01.10.2026» ('' when none). */
  fixedBy: string;
}

function basis(pair: PairForDocs, d: TerminationDetails): string {
  const on = dateNumeric(d.notice);
  if (d.initiator === 'mentor')
    return `заявления наставника ${surnameInitials(pair.mentor.name, 'genitive')} от ${on}`;
  if (d.initiator === 'mentee') {
    const who = pair.mentees.find((m) => m.email === d.menteeEmail) ?? pair.mentees[0];
    return `заявления наставляемого ${surnameInitials(who?.name ?? '', 'genitive')} от ${on}`;
  }
  return `уведомления работодателя о досрочном прекращении наставничества от ${on}`;
}

/** The order «О прекращении наставничества» for one pair or group. */
export function buildTermination(school: SchoolInfo, pair: PairForDocs, d: TerminationDetails): DocContent {
  const number = d.number.replace(/^№\s*/, '').trim();
  if (!number) throw new UserError(END_TEXTS.noOrderNumber);
  if (!dateNumeric(d.date)) throw new UserError(END_TEXTS.badOrderDate(d.date));
  const values: PlaceholderValues = {
    ...schoolValues(school),
    ...pairValues(pair),
    город: cityName(school.city),
    номер_приказа: number,
    дата_приказа: dateLong(d.date),
    положение: d.regulation,
    основание: `${basis(pair, d)}.`,
    инициатива: END_TEXTS.initiatorWords[d.initiator],
    пара: pair.id,
    пара_или_группа:
      pair.mentees.length > 1 || pair.form === 'Групповая' ? PAIR_OR_GROUP.group : PAIR_OR_GROUP.pair,
    приказ_о_закреплении: d.fixedBy
      ? `приказом ${d.fixedBy}`
      : 'приказом о закреплении наставнических пар/групп',
    дата_прекращения: dateNumeric(d.end),
    куратор_дат: declineName(school.curatorName, 'dative'),
    наставляемые: `${pair.mentees.length > 1 ? 'наставляемые' : 'наставляемый'} — ${pairValues(pair).наставляемые}`,
    о_доплате: d.paid
      ? `Бухгалтерии выплачивать доплату за наставничество, установленную дополнительным соглашением к трудовому договору, ${declinePosition(pair.mentor.position.trim() || 'педагог', 'dative').toLowerCase()} ${surnameInitials(pair.mentor.name, 'dative')} по ${dateNumeric(d.end)} включительно.`
      : `Наставнику ${surnameInitials(pair.mentor.name, 'dative')} передать куратору наставничества материалы работы наставнической ${pair.mentees.length > 1 ? PAIR_OR_GROUP.group : PAIR_OR_GROUP.pair}.`,
  };
  const acquainted = acquaintedPeople(school, [pair]).map((p) => ({
    ознакомлен: surnameInitials(p.name),
    должность_ознакомленного: p.position,
  }));
  return {
    kind: 'termination',
    name: END_TEXTS.orderName(number, dateNumeric(d.date), pair.id),
    values,
    rowSets: [
      {
        title: ROW_SET_TITLES.acquainted,
        keys: ['ознакомлен', 'должность_ознакомленного'],
        rows: acquainted,
      },
    ],
  };
}
