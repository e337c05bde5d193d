// Everything a person reads from the roadmap feature: problems in the sheet and the evidence texts.
import { countOf, type PluralForms } from '../shared/plural';

export const SHEET_NAME = 'Дорожная карта';
export const COL = { id: 'ID', deadline: 'Срок', responsible: 'Ответственный' } as const;

const W = {
  teacher: ['педагога', 'педагогов', 'педагогов'],
  mentee: ['наставляемый', 'наставляемых', 'наставляемых'],
  menteeGen: ['наставляемого', 'наставляемых', 'наставляемых'],
  mentor: ['наставник', 'наставника', 'наставников'],
  pair: ['пара', 'пары', 'пар'],
  programme: ['программы', 'программ', 'программ'],
  participant: ['участника', 'участников', 'участников'],
  event: ['мероприятие', 'мероприятия', 'мероприятий'],
  practice: ['практика', 'практики', 'практик'],
} satisfies Record<string, PluralForms>;

/** «Иванова М. П., Петров П. П. и ещё 3»: at most `max` names, then how many more. */
export function nameList(names: readonly string[], max = 5): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} и ещё ${names.length - max}`;
}

export const PROBLEM = {
  noSuchDate: (text: string) => `«${text}» — такой даты нет`,
  badDeadline: (text: string) =>
    `«${text}» — не понятен срок: нужна дата («01.10», «1 октября», «01.10.2026»), «Ежегодно» или «Постоянно»`,
  emptyDeadline: (fallback: string) => `срок не указан; действует срок по дорожной карте: «${fallback}»`,
  badResponsible: (text: string) => `«${text}» — нужен email или роль («куратор», «директор»)`,
  noRoleEmail: (role: string) =>
    `${role}: в листе Настройки не указан email (${role === 'директор' ? 'Директор (email)' : 'Куратор (email)'})`,
  missingItem: (id: string) => `нет строки пункта ${id}; действуют срок и ответственный по дорожной карте`,
  duplicateItem: (id: string, first: number) =>
    `пункт ${id} уже есть в строке ${first}; эта строка не учитывается`,
};

/** «Дорожная карта, строка 5, столбец Срок: «31.02» — такой даты нет» */
export function problemText(p: { sheet: string; row: number; column: string; message: string }): string {
  const where = p.row > 0 ? `${p.sheet}, строка ${p.row}, столбец ${p.column}` : p.sheet;
  return `${where}: ${p.message}`;
}

export const EVIDENCE = {
  requests: (answered: number, total: number, missing: readonly string[]) =>
    total === 0
      ? 'в листе Педагоги нет ни одного педагога'
      : `ответили ${answered} из ${countOf(total, W.teacher)}` +
        (missing.length ? `; нет ответа: ${nameList(missing)}` : ''),
  menteeBank: (n: number, problemRows: readonly number[]) =>
    n === 0
      ? 'в банке пока нет наставляемых'
      : `в банке ${countOf(n, W.mentee)}` +
        (problemRows.length
          ? `; ошибки в ${problemRows.length === 1 ? 'строке' : 'строках'} ${problemRows.join(', ')}`
          : ''),
  mentorBank: (n: number, withoutConsent: readonly string[]) =>
    n === 0
      ? 'в банке пока нет наставников'
      : `в банке ${countOf(n, W.mentor)}` +
        (withoutConsent.length ? `, ${withoutConsent.length} без согласия: ${nameList(withoutConsent)}` : ''),
  selection: (pairs: number, withoutPair: readonly string[]) =>
    pairs === 0 && withoutPair.length === 0
      ? 'пар пока нет, в банке нет наставляемых'
      : `${countOf(pairs, W.pair)}` +
        (withoutPair.length
          ? `; не подобраны наставники для ${countOf(withoutPair.length, W.menteeGen)}: ${nameList(withoutPair)}`
          : '; наставники подобраны всем наставляемым'),
  orders: (pairs: number, withoutOrder: number, missingConsents: readonly string[]) =>
    pairs === 0
      ? 'пар пока нет'
      : `${countOf(pairs, W.pair)}, ` +
        (withoutOrder === 0 ? 'все в приказе' : `${withoutOrder} без приказа`) +
        (missingConsents.length ? `; не хватает согласий: ${nameList(missingConsents)}` : ''),
  programmes: (withProgramme: number, pairs: number) =>
    pairs === 0 ? 'пар пока нет' : `${withProgramme} из ${countOf(pairs, W.programme)}`,
  support: (withoutPair: readonly string[]) =>
    withoutPair.length === 0
      ? 'все наставляемые в парах или группах'
      : `${countOf(withoutPair.length, W.mentee)} без пары: ${nameList(withoutPair)}`,
  events: (parts: ReadonlyArray<[string, number]>) => {
    const total = parts.reduce((s, [, n]) => s + n, 0);
    if (total === 0) return 'мероприятий в этом учебном году пока нет';
    return `${countOf(total, W.event)}: ${parts
      .filter(([, n]) => n > 0)
      .map(([type, n]) => `${type.toLowerCase()} — ${n}`)
      .join(', ')}`;
  },
  roundTable: (roundTables: number, practices: number) =>
    (roundTables === 0 ? 'круглый стол не проведён' : `круглый стол проведён (${roundTables})`) +
    (practices === 0
      ? '; в копилку пока не добавлено практик'
      : `; в копилку добавлено: ${countOf(practices, W.practice)}`),
  monitoring: (answered: number, expected: number) =>
    expected === 0
      ? 'анкеты ещё не рассылались'
      : `ответили ${answered} из ${countOf(expected, W.participant)}`,
  publications: (unpublished: readonly string[]) =>
    unpublished.length === 0
      ? 'все мероприятия освещены'
      : `${countOf(unpublished.length, W.event)} без публикации: ${nameList(unpublished)}`,
};
