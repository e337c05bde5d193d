// The live status of each roadmap item, computed from the data, with the evidence a curator reads:
// «ответили 31 из 38 педагогов; нет ответа: …», «17 пар, 3 без приказа».
import { ROADMAP_STATUS } from '../schema';
import { daysBetween, deadlineFor, parseDeadline, plural, type DeadlineRule } from './calendar';
import type { ItemId } from './items';

export type Status = (typeof ROADMAP_STATUS)[keyof typeof ROADMAP_STATUS];

export interface PairFacts {
  id: string;
  hasOrder: boolean;
  hasProgramme: boolean;
  /** Names of participants whose written consent is not recorded. */
  missingConsents: string[];
}

/** What the sheets say, counted by the adapter; everything in names is ready to print. */
export interface RoadmapFacts {
  teachers: number;
  /** Teachers without a request this school year. */
  notAnswered: string[];
  mentees: number;
  menteeProblems: number;
  mentors: number;
  mentorsWithoutConsent: number;
  /** Mentees with no pair yet (not «Сопровождение»). */
  waiting: string[];
  /** Mentees left without a mentor and supported (5.3). */
  supported: string[];
  /** Active pairs and groups. */
  pairs: PairFacts[];
  /** Events of this school year, by roadmap item. */
  events: Record<'4.2' | '6.2' | '6.3', number>;
  practices: number;
  monitoring: { answered: number; expected: number };
  /** Labels of events past the publication delay without a publication. */
  unpublished: string[];
}

export interface ItemStatus {
  status: Status;
  evidence: string;
  deadline: string | null;
  daysLeft: number | null;
  /** Whether the item is complete (reminders stop). */
  done: boolean;
}

export function names(list: string[], max = 5): string {
  if (list.length <= max) return list.join(', ');
  return `${list.slice(0, max).join(', ')} и ещё ${list.length - max}`;
}

interface Progress {
  done: boolean;
  started: boolean;
  evidence: string;
}

function progressOf(id: ItemId, f: RoadmapFacts): Progress {
  const pairs = f.pairs.length;
  const pairsWord = `${pairs} ${plural(pairs, 'пара', 'пары', 'пар')}/групп`;
  switch (id) {
    case '2.1': {
      const answered = f.teachers - f.notAnswered.length;
      const tail = f.notAnswered.length ? `; нет ответа: ${names(f.notAnswered)}` : '';
      return {
        done: f.teachers > 0 && f.notAnswered.length === 0,
        started: answered > 0,
        evidence: `ответили ${answered} из ${f.teachers} ${plural(f.teachers, 'педагога', 'педагогов', 'педагогов')}${tail}`,
      };
    }
    case '2.2': {
      // The bank is formed once the requests are in (2.1 done) and every row of it can be used.
      const requestsIn = f.teachers > 0 && f.notAnswered.length === 0;
      return {
        done: f.mentees > 0 && f.menteeProblems === 0 && requestsIn,
        started: f.mentees > 0,
        evidence:
          `в банке ${f.mentees} ${plural(f.mentees, 'наставляемый', 'наставляемых', 'наставляемых')}` +
          (f.menteeProblems ? `; строк с ошибками: ${f.menteeProblems}` : '') +
          (requestsIn || f.teachers === 0
            ? ''
            : `; запросы собраны не от всех: ответили ${f.teachers - f.notAnswered.length} из ${f.teachers} (п. 2.1)`),
      };
    }
    case '3.1':
      return {
        done: f.mentors > 0 && f.mentorsWithoutConsent === 0,
        started: f.mentors > 0,
        evidence:
          `в банке ${f.mentors} ${plural(f.mentors, 'наставник', 'наставника', 'наставников')}` +
          (f.mentorsWithoutConsent ? `, ${f.mentorsWithoutConsent} без согласия` : ''),
      };
    case '4.1':
    case '5.1': {
      const tail = f.waiting.length
        ? `; не подобраны наставники для ${f.waiting.length}: ${names(f.waiting)}`
        : '';
      return {
        done: pairs > 0 && f.waiting.length === 0,
        started: pairs > 0,
        evidence: `${pairsWord}${tail}`,
      };
    }
    case '1.1': {
      const without = f.pairs.filter((p) => !p.hasOrder);
      const missing = f.pairs.flatMap((p) => (p.hasOrder ? [] : p.missingConsents));
      let evidence = pairs === 0 ? 'пар пока нет' : `${pairsWord}, ${without.length} без приказа`;
      if (missing.length) evidence += `; не хватает согласий: ${names(missing)}`;
      return { done: pairs > 0 && without.length === 0, started: pairs > without.length, evidence };
    }
    case '1.2':
    case '5.2': {
      const with_ = f.pairs.filter((p) => p.hasProgramme).length;
      return {
        done: pairs > 0 && with_ === pairs,
        started: with_ > 0,
        evidence:
          pairs === 0
            ? 'пар пока нет'
            : `${with_} из ${pairs} ${plural(pairs, 'программы', 'программ', 'программ')}`,
      };
    }
    case '4.2':
    case '6.2': {
      const n = f.events[id];
      return {
        done: n > 0,
        started: n > 0,
        evidence: n ? `мероприятий в этом учебном году: ${n}` : 'мероприятия ещё не записаны',
      };
    }
    case '6.3': {
      const n = f.events['6.3'];
      const evidence =
        (n ? `круглых столов: ${n}` : 'круглый стол ещё не записан') +
        `; в методической копилке: ${f.practices}`;
      return { done: n > 0 && f.practices > 0, started: n > 0 || f.practices > 0, evidence };
    }
    case '6.1': {
      const { answered, expected } = f.monitoring;
      return {
        done: expected > 0 && answered >= expected,
        started: answered > 0,
        evidence:
          expected === 0
            ? 'нет действующих пар для анкетирования'
            : `ответили ${answered} из ${expected} ${plural(expected, 'участника', 'участников', 'участников')}`,
      };
    }
    case '5.3': {
      const all = [...f.supported, ...f.waiting];
      return {
        done: all.length === 0,
        started: true,
        evidence: all.length
          ? `${all.length} ${plural(all.length, 'наставляемый', 'наставляемых', 'наставляемых')} без пары: ${names(all)}`
          : 'все наставляемые в парах',
      };
    }
    case '7.1':
      return {
        done: f.unpublished.length === 0,
        started: true,
        evidence: f.unpublished.length
          ? `${f.unpublished.length} ${plural(f.unpublished.length, 'мероприятие', 'мероприятия', 'мероприятий')} без публикации: ${names(f.unpublished, 3)}`
          : 'все мероприятия освещены',
      };
  }
}

export function itemStatus(
  id: ItemId,
  deadlineText: string,
  facts: RoadmapFacts,
  todayIso: string,
  /** Учебный год from «Настройки»: the calendar of deadlines. */
  schoolYear = '',
): ItemStatus {
  const rule: DeadlineRule = parseDeadline(deadlineText) ?? { kind: 'yearly' };
  const progress = progressOf(id, facts);
  if (rule.kind === 'constant') {
    return {
      status: progress.done ? ROADMAP_STATUS.ok : ROADMAP_STATUS.attention,
      evidence: progress.evidence,
      deadline: null,
      daysLeft: null,
      done: progress.done,
    };
  }
  const deadline = deadlineFor(rule, todayIso, schoolYear);
  const daysLeft = deadline ? daysBetween(todayIso, deadline) : null;
  let status: Status;
  if (progress.done) status = ROADMAP_STATUS.done;
  else if (daysLeft !== null && daysLeft < 0) status = ROADMAP_STATUS.overdue;
  else if (progress.started) status = ROADMAP_STATUS.inProgress;
  else status = ROADMAP_STATUS.notStarted;
  return { status, evidence: progress.evidence, deadline, daysLeft, done: progress.done };
}
