// The personalised mentoring programme of one pair or group (roadmap 1.2 / 5.2): participants,
// goals and tasks from the mentee's request, and an activity plan pre-filled from the Темы sheet,
// its rows spread over the term in the order the topics were requested.
import { normalizeKey } from '../shared/text';
import { orDash, pairValues, schoolValues } from './common';
import { checkTerm } from './order';
import { initialsSurname, monthText, parseIso, surnameInitials, yearsText } from './russian';
import {
  DOC_NAMES,
  EXPECTED_RESULTS,
  GOAL,
  PAIR_OR_GROUP,
  PLAN,
  ROW_SET_TITLES,
  TASKS,
  WORK_FORMS,
} from './texts';
import type { DocContent, IsoDate, PairForDocs, PlaceholderValues, SchoolInfo, Topic } from './types';

export interface PlanItem {
  topic: string;
  content: string;
  form: string;
  /** First and last day of the item's month, clipped to the term. */
  from: IsoDate;
  to: IsoDate;
  /** «октябрь 2026 г.» */
  when: string;
  result: string;
}

/** «Примерные мероприятия» as typed in one cell: several activities separated by «;». */
export function splitActivities(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Recognises the form of work from an activity's wording. */
export function workForm(activity: string, group: boolean): string {
  for (const [pattern, form] of WORK_FORMS) if (pattern.test(activity)) return form;
  return group ? PLAN.defaultGroupForm : PLAN.defaultForm;
}

interface Month {
  y: number;
  m: number;
}

/** The calendar months the term touches, in order. */
export function termMonths(start: IsoDate, end: IsoDate): Month[] {
  const s = parseIso(start);
  const e = parseIso(end);
  if (!s || !e || end < start) return [];
  const months: Month[] = [];
  for (let y = s.y, m = s.m; y < e.y || (y === e.y && m <= e.m); m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
    months.push({ y, m });
  }
  return months;
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The activity plan: one or more rows per requested topic, months assigned in order over the term. */
export function buildPlan(pair: PairForDocs, topics: readonly Topic[]): PlanItem[] {
  const catalogue = new Map(topics.map((t) => [normalizeKey(t.name), t]));
  const group = pair.mentees.length > 1;
  const requested = pair.topics.map((t) => t.trim()).filter(Boolean);
  const drafts: Array<{ topic: string; content: string }> = [];
  for (const name of requested.length > 0 ? requested : [PLAN.generalTopic]) {
    const activities = (catalogue.get(normalizeKey(name))?.activities ?? []).flatMap(splitActivities);
    if (activities.length === 0) drafts.push({ topic: name, content: PLAN.genericActivity(name) });
    else for (const content of activities) drafts.push({ topic: name, content });
  }
  // Before the order the plan is laid out from 1 September; the order's date replaces it later.
  const start = pair.start || `${Number(pair.end.slice(0, 4)) - 1}-09-01`;
  const months = termMonths(start, pair.end);
  if (months.length === 0) return [];
  return drafts.map((draft, i) => {
    const month = months[Math.floor((i * months.length) / drafts.length)];
    const first = iso(month.y, month.m, 1);
    const last = iso(month.y, month.m, lastDay(month.y, month.m));
    return {
      topic: draft.topic,
      content: draft.content,
      form: workForm(draft.content, group),
      from: first < start ? start : first,
      to: last > pair.end ? pair.end : last,
      when: monthText(month.y, month.m),
      result: PLAN.result(draft.topic),
    };
  });
}

function quoted(topics: readonly string[]): string {
  return topics.map((t) => `«${t}»`).join(', ');
}

function isYoungSpecialist(kind: string): boolean {
  return /молод/i.test(kind);
}

/** The placeholder values and table rows of one pair's programme. */
export function buildProgramme(school: SchoolInfo, pair: PairForDocs, topics: readonly Topic[]): DocContent {
  checkTerm(pair);
  const requested = pair.topics.map((t) => t.trim()).filter(Boolean);
  const menteesDative = pair.mentees.map((m) => surnameInitials(m.name, 'dative'));
  const goal =
    pair.mentees.length === 1
      ? GOAL.one(menteesDative[0], quoted(requested))
      : GOAL.many(pair.mentees.map((m) => surnameInitials(m.name)).join(', '), quoted(requested));
  const tasks = [
    ...(isYoungSpecialist(pair.kind) ? [TASKS.adaptation] : []),
    ...(requested.length > 0 ? requested.map(TASKS.perTopic) : [TASKS.general]),
    TASKS.closing,
  ];
  const plan = buildPlan(pair, topics);
  const base = pairValues(pair);
  const values: PlaceholderValues = {
    ...schoolValues(school),
    пара: pair.id,
    вид: orDash(pair.kind),
    пара_или_группа:
      pair.mentees.length > 1 || pair.form === 'Групповая' ? PAIR_OR_GROUP.group : PAIR_OR_GROUP.pair,
    наставник: base.наставник,
    должность_наставника: base.должность_наставника,
    наставляемые: base.наставляемые,
    форма: base.форма,
    срок: base.срок,
    предмет_наставника: orDash(pair.mentor.subject),
    стаж_наставника: orDash(yearsText(pair.mentor.experienceYears)),
    категория_наставника: orDash(pair.mentor.category),
    наставник_подпись: initialsSurname(pair.mentor.name),
    цель: goal,
    запрос: orDash(pair.requestText),
    темы: requested.join(', ') || '—',
    ожидаемые_результаты:
      EXPECTED_RESULTS.base(quoted(requested)) +
      (isYoungSpecialist(pair.kind) ? EXPECTED_RESULTS.adaptation : ''),
  };
  const menteeRows = pair.mentees.map((m) => ({
    наставляемый: m.name.trim(),
    должность_наставляемого: orDash(m.position),
    предмет_наставляемого: orDash(m.subject),
    стаж_наставляемого: orDash(yearsText(m.experienceYears)),
    категория_наставляемого: orDash(m.category),
    наставляемый_подпись: initialsSurname(m.name),
  }));
  return {
    kind: 'programme',
    name: DOC_NAMES.programme(pair.id, pair.mentees.map((m) => surnameInitials(m.name)).join(', ')),
    values,
    rowSets: [
      { title: ROW_SET_TITLES.mentees, keys: Object.keys(menteeRows[0]), rows: menteeRows },
      { title: ROW_SET_TITLES.tasks, keys: ['задача'], rows: tasks.map((t) => ({ задача: t })) },
      {
        title: ROW_SET_TITLES.plan,
        keys: ['№', 'тема', 'содержание', 'форма_работы', 'сроки', 'результат'],
        rows: plan.map((item, i) => ({
          '№': String(i + 1),
          тема: item.topic,
          содержание: item.content,
          форма_работы: item.form,
          сроки: item.when,
          результат: item.result,
        })),
      },
    ],
  };
}
