// Mentoring as art. 351.8 ТК РФ requires (issue #18): supplementary agreements and their signature,
// the early end of a pair by three working days' notice with its order, and the month's pay report.
//
// Documents are made like every other one (src/server/jobs/documents.ts): under the school's runner
// lease, each recorded before and after (makeUnit), written to «Документы» at a checkpoint under the
// school's lock, never while the lock is held. A unit is done when «Документы» has its row, so a call
// cut short is simply made again: the sidebar calls again while the result says `more`.
import type { Caller } from '../api/call';
import type { ActionResult, EarlyEndRequest, LabourOverviewDto, LabourPairDto } from '../api/types';
import { surnameInitials } from '../documents/russian';
import { createTemplateDoc, makeFromTemplate, prepareTemplate } from '../gas/docs';
import { driveItemExists as exists, folderById } from '../gas/drive';
import { releaseRunner, takeRunner, WalStore } from '../gas/jobs';
import { withSchoolLock } from '../gas/lock';
import { idFromUrl, writeReport } from '../gas/report';
import { BUDGET_MS, elapsedMs } from '../jobs/budget';
import { checkpoint, makeUnit, recover, QuotaError, type JournalLine } from '../jobs/documents';
import { checkpointDue, fits } from '../jobs/plan';
import { REGISTER_TYPES, type DocUnit, type Made } from '../jobs/types';
import { decreeKnown } from '../labour/calendar';
import { calendarOf, calendarProblems, fillCalendar } from '../labour/calendar-sheet';
import { buildAgreement, buildTermination, regulationText, type Initiator } from '../labour/documents';
import { mentorPay, mentorPayProblems } from '../labour/mentors';
import { LABOUR_PAIR_COLUMNS, labourFacts, missingForOrder } from '../labour/pairs';
import { formatRub, payRuleText } from '../labour/payment';
import { isMonth, monthReport, type MonthReport, type PayPair } from '../labour/report';
import { readLabourSettings, type LabourSettings } from '../labour/settings';
import { wrongArticles } from '../labour/legal';
import {
  AGREEMENT_TEXTS,
  CALENDAR_TEXTS,
  END_TEXTS,
  LEGAL_TEXTS,
  PAY_TEXTS,
  REPORT_TEXTS,
} from '../labour/texts';
import type { NoteBlock } from '../monitoring';
import { dissolve, findPair, pairsOf } from '../pairs/edit';
import { isActive, type PairRecord } from '../pairs/model';
import { MENTOR_COLUMNS, readMentors } from '../banks';
import { readSettings, writeSetting, type Settings, type SettingKey } from '../settings';
import { UserError, cellRef } from '../shared/errors';
import { shortName } from '../shared/text';
import { ruDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Store } from '../store/store';
import { SHEETS, type ColumnKey, type RowValues } from '../schema';
import { problemText, type Problem, type Table } from '../store/table';
import { loadSchool, type SchoolContext } from './context';
import { folderOf, pairForDocs, schoolInfo } from './documents';

type Folder = GoogleAppsScript.Drive.Folder;

const INITIATORS: Initiator[] = ['mentor', 'mentee', 'school'];
const TERMINATION_TYPE = REGISTER_TYPES.termination;
const AGREEMENT_TYPE = REGISTER_TYPES.agreement;

// ---- Reading the school ----

function labourOf(store: Store): LabourSettings {
  return readLabourSettings(store.table('settings', ['param', 'value']));
}

function pairsTable(ctx: SchoolContext): Table<'pairs'> {
  return ctx.store.table('pairs', ['id', 'status', 'end', ...LABOUR_PAIR_COLUMNS]);
}

function isoDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(String(value ?? '')) ? String(value) : '';
}

function templateOf(labour: LabourSettings, kind: 'agreement' | 'termination'): string {
  const link = kind === 'agreement' ? labour.templateAgreement : labour.templateTermination;
  const id = idFromUrl(link);
  if (!exists(id, false))
    throw new UserError(
      `Шаблон «${kind === 'agreement' ? 'Шаблон дополнительного соглашения' : 'Шаблон приказа о прекращении наставничества'}» не найден (лист «Настройки»). Запустите «Первоначальная настройка» — она создаст недостающие шаблоны.`,
    );
  return id;
}

/** Pair ids that already have a registered document of this type. */
function registered(store: Store, type: string): Map<string, string> {
  const t = store.table('documents', ['type', 'link', 'pairs']);
  const out = new Map<string, string>();
  for (const row of t.rows) {
    if (t.text(row, 'type') !== type) continue;
    for (const id of t
      .text(row, 'pairs')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s))
      out.set(id, t.text(row, 'link'));
  }
  return out;
}

function requestsOf(ctx: SchoolContext, pair: PairRecord): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of pair.mentees) {
    const found = ctx.menteeList.find((x) => x.email === m.email);
    if (!found) continue;
    out[m.email] = [found.topics.join(', '), found.description].filter((s) => s.trim()).join('. ');
  }
  return out;
}

// ---- Setup's part ----

export interface LabourSetup {
  made: string[];
  inaccessible: string[];
  notes: string[];
}

/**
 * Setup: the production calendar for this year and the next (a year the sheet already lists is left
 * as staff corrected it), and the two labour templates beside the others.
 */
export function ensureLabour(store: Store, today: string): LabourSetup {
  const out: LabourSetup = { made: [], inaccessible: [], notes: [] };
  const year = Number(today.slice(0, 4));
  const calendar = store.table('calendar', ['date', 'kind', 'basis']);
  const { filled, unknown } = fillCalendar(calendar, [year, year + 1]);
  if (filled.length) out.made.push(CALENDAR_TEXTS.filled(filled));
  for (const y of unknown) out.notes.push(CALENDAR_TEXTS.unknownDecree(y));
  const table = store.table('settings', ['param', 'value']);
  const { settings } = readSettings(table, today);
  const rootId = idFromUrl(settings.links.documentsFolder);
  if (!exists(rootId, true)) return out;
  const labour = readLabourSettings(table);
  const specs = [
    ['agreement', 'templateAgreement', labour.templateAgreement],
    ['termination', 'templateTermination', labour.templateTermination],
  ] as const;
  for (const [kind, key, link] of specs) {
    if (exists(idFromUrl(link), false)) continue;
    if (link) {
      out.inaccessible.push(
        `шаблон «${kind === 'agreement' ? 'дополнительного соглашения' : 'приказа о прекращении'}»`,
      );
      continue;
    }
    const made = createTemplateDoc(kind, folderById(rootId));
    writeSetting(table, settings, key, made.url);
    out.made.push(`шаблон «${made.name}»`);
  }
  return out;
}

// ---- Overview for the sidebar ----

export function labourOverviewAction(caller: Caller): LabourOverviewDto {
  const ctx = loadSchool(caller);
  const problems: Problem[] = [];
  const labour = readLabourSettings(ctx.store.table('settings', ['param', 'value']), problems);
  const table = pairsTable(ctx);
  const agreements = registered(ctx.store, AGREEMENT_TYPE);
  const terminations = registered(ctx.store, TERMINATION_TYPE);
  const missing = missingForOrder(ctx.store);
  const year = Number(caller.today.slice(0, 4));
  const pairs = pairsOf(ctx)
    .filter((p) => isActive(p) || !!labourFacts(table, p).notice)
    .map((p): LabourPairDto => {
      const facts = labourFacts(table, p);
      return {
        id: p.id,
        title: `${p.id}: ${shortName(p.mentor.name)} — ${p.mentees.map((m) => shortName(m.name)).join(', ')}`,
        status: p.status,
        start: p.start,
        end: p.end,
        mentor: { name: p.mentor.name, email: p.mentor.email },
        mentees: p.mentees.map((m) => ({ name: m.name, email: m.email })),
        order: p.order,
        agreementUrl: agreements.get(p.id) ?? '',
        agreementSigned: facts.agreementSigned,
        initiator: facts.initiator,
        notice: facts.notice,
        terminationOrder: facts.terminationOrder,
        terminationUrl: terminations.get(p.id) ?? '',
        missingForOrder: p.order || !isActive(p) ? [] : missing(p).map((m) => m.name || m.email),
      };
    });
  const month = caller.today.slice(0, 7);
  return {
    agreementsNeeded: labour.agreementsNeeded,
    agreementsDecided: labour.agreementsDecided,
    pay: labour.pay ? payRuleText(labour.pay) : '',
    regulation: regulationText(labour.regulationDate, labour.regulationNumber).trim(),
    calendarNote: [year, year + 1]
      .filter((y) => !decreeKnown(y))
      .map(CALENDAR_TEXTS.unknownDecree)
      .join(' '),
    month,
    pairs,
    problems: problems.map(problemText),
  };
}

// ---- The agreement's signature ----

export function recordAgreementAction(caller: Caller, id: string, date: string): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const table = pairsTable(ctx);
    const pair = findPair(pairsOf(ctx), id);
    const iso = isoDate(date);
    if (!iso) throw new UserError(AGREEMENT_TEXTS.badDate(String(date)));
    if (iso > caller.today) throw new UserError(AGREEMENT_TEXTS.future);
    table.set(pair.row, 'agreementSigned', iso);
    const message = AGREEMENT_TEXTS.signed(pair.id, surnameInitials(pair.mentor.name, 'instrumental'));
    journal(ctx.store, 'Дополнительное соглашение подписано', message, caller.user);
    ctx.store.save();
    return { message };
  });
}

// ---- Making documents ----

interface LabourUnit {
  unit: DocUnit;
  make: (folder: Folder, onFile: (id: string) => void) => { url: string; pdfUrl: string };
  details: Omit<Made, 'key' | 'kind' | 'name' | 'url' | 'pdfUrl'>;
}

/**
 * Makes the planned units while the sidebar's minute lasts, under the school's runner lease. `plan`
 * runs after the last run's record is recovered, on a fresh read of the school.
 */
function runUnits(
  caller: Caller,
  plan: (ctx: SchoolContext) => { units: LabourUnit[]; folder: Folder | null; already?: number },
  messages: {
    /** `n` made by this call; `total` made for the request, by earlier calls too. */
    done: (n: number, total: number) => string;
    progress: (done: number, total: number) => string;
  },
): ActionResult & { made: Made[] } {
  const ssId = caller.ss.getId();
  const token = takeRunner(ssId);
  if (!token) return { message: AGREEMENT_TEXTS.busy, more: true, retryAfterMs: 20_000, made: [] };
  try {
    const wal = new WalStore(ssId);
    recover(caller.ss, wal, caller.user);
    const ctx = loadSchool(caller);
    // Each call plans again from «Документы»: those made by earlier calls count as done, so the
    // progress goes on from where the last call left it.
    const { units, folder, already = 0 } = plan(ctx);
    const lines: JournalLine[] = [];
    const made: Made[] = [];
    let estimate = 15_000;
    let measured = 0;
    let next = 0;
    let quota = false;
    let sinceCheckpoint = 0;
    let lastCheckpoint = Date.now();
    try {
      while (next < units.length && fits(elapsedMs(), estimate, 8_000, BUDGET_MS.sidebar)) {
        const { unit, make, details } = units[next];
        const began = Date.now();
        try {
          made.push(
            makeUnit(wal, unit, folder ? folder.getId() : '', (onFile) => make(folder!, onFile), details),
          );
        } catch (e) {
          if (e instanceof QuotaError) {
            quota = true;
            break;
          }
          throw e;
        }
        // The slowest unit so far (the first includes opening the template).
        measured = Math.max(measured, Date.now() - began);
        estimate = measured;
        next++;
        sinceCheckpoint++;
        if (checkpointDue(sinceCheckpoint, Date.now() - lastCheckpoint)) {
          checkpoint(caller.ss, wal, lines, caller.user, ctx.store);
          sinceCheckpoint = 0;
          lastCheckpoint = Date.now();
        }
      }
    } finally {
      checkpoint(caller.ss, wal, lines, caller.user, ctx.store);
    }
    const more = next < units.length && !quota;
    const [done, total] = [already + next, already + units.length];
    const message = quota
      ? `${messages.progress(done, total)} Лимит Google на создание документов на сегодня исчерпан — нажмите кнопку ещё раз завтра.`
      : more
        ? messages.progress(done, total)
        : messages.done(made.length, already + made.length);
    return {
      message,
      more,
      progress: { done, total, label: messages.progress(done, total) },
      made,
    };
  } finally {
    releaseRunner(ssId, token);
  }
}

// ---- Supplementary agreements ----

function agreementUnits(
  ctx: SchoolContext,
  ids: string[],
): { units: LabourUnit[]; folder: Folder | null; already: number } {
  const labour = labourOf(ctx.store);
  const info = schoolInfo(ctx.settings, 'agreements');
  const table = pairsTable(ctx);
  const done = registered(ctx.store, AGREEMENT_TYPE);
  const all = pairsOf(ctx);
  const chosen =
    ids && ids.length > 0
      ? ids.map((id) => findPair(all, String(id)))
      : all.filter((p) => isActive(p) && !labourFacts(table, p).agreementSigned);
  const todo = chosen.filter((p) => !done.has(p.id));
  if (chosen.length === 0) throw new UserError(AGREEMENT_TEXTS.nothing);
  if (todo.length === 0) return { units: [], folder: null, already: chosen.length };
  const pay = new Map(
    mentorPay(ctx.mentors, ctx.mentorList, new Set(todo.map((p) => p.mentor.email))).map((m) => [m.email, m]),
  );
  const regulation = regulationText(labour.regulationDate, labour.regulationNumber);
  const contents = todo.map((p) => {
    const rule = pay.get(p.mentor.email)?.rule ?? labour.pay;
    if (!rule) throw new UserError(PAY_TEXTS.noRule);
    // The agreement comes before the order that starts the term: its term runs from today then.
    const fromDocs = pairForDocs(p, ctx);
    const docs = { ...fromDocs, start: fromDocs.start || ctx.today };
    if (!docs.start || !docs.end || docs.end < docs.start)
      throw new UserError(
        `${cellRef(SHEETS.pairs.name, p.row, SHEETS.pairs.columns.end.header)}: ${p.id} — не указан срок наставничества.`,
      );
    return {
      pair: p,
      content: buildAgreement(info, docs, { pay: rule, requests: requestsOf(ctx, p), regulation }),
    };
  });
  const template = prepareTemplate(templateOf(labour, 'agreement'));
  const folder = folderOf(ctx.settings);
  return {
    folder,
    already: chosen.length - todo.length,
    units: contents.map(({ pair, content }) => ({
      unit: {
        key: `agreement|${ctx.schoolYear}|${pair.id}`,
        kind: 'agreement',
        pairId: pair.id,
        name: content.name,
      },
      make: (f, onFile) => makeFromTemplate(template, f, content, { pdf: false, onFile }),
      details: { pairIds: [pair.id], number: pair.id, date: ctx.today },
    })),
  };
}

export function generateAgreementsAction(caller: Caller, ids: string[]): ActionResult {
  // Refused before anything is made: agreements the school does not need, a bad payment cell.
  const check = loadSchool(caller);
  const labour = labourOf(check.store);
  if (labour.agreementsDecided && !labour.agreementsNeeded) throw new UserError(AGREEMENT_TEXTS.notNeeded);
  const result = runUnits(caller, (ctx) => agreementUnits(ctx, ids ?? []), {
    // Made over several calls: the count is every agreement of the request, not this call's.
    done: (n, total) => (n === 0 ? AGREEMENT_TEXTS.noneToMake : AGREEMENT_TEXTS.made(total)),
    progress: AGREEMENT_TEXTS.progress,
  });
  return strip(result);
}

function strip(result: ActionResult & { made: Made[] }): ActionResult {
  const { made: _made, ...rest } = result;
  return rest;
}

// ---- Early end ----

/** «№ 52-о от 11.03.2027» → number and ISO date. */
function parseOrderCell(text: string): { number: string; date: string } | null {
  const m = /^№\s*(.+?)\s+от\s+(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  return m ? { number: m[1], date: `${m[4]}-${m[3]}-${m[2]}` } : null;
}

function terminationUnits(ctx: SchoolContext, id: string): { units: LabourUnit[]; folder: Folder | null } {
  const labour = labourOf(ctx.store);
  const info = schoolInfo(ctx.settings, 'termination');
  const table = pairsTable(ctx);
  const pair = findPair(pairsOf(ctx), id);
  const facts = labourFacts(table, pair);
  if (!facts.notice || !facts.initiator) throw new UserError(END_TEXTS.noTermination(pair.id));
  if (registered(ctx.store, TERMINATION_TYPE).has(pair.id)) return { units: [], folder: null };
  const order = parseOrderCell(facts.terminationOrder);
  if (!order)
    throw new UserError(
      `${cellRef(SHEETS.pairs.name, pair.row, SHEETS.pairs.columns.endOrder.header)}: «${facts.terminationOrder}» — ожидается «№ 52-о от 11.03.2027».`,
    );
  const content = buildTermination(info, pairForDocs(pair, ctx), {
    number: order.number,
    date: order.date,
    initiator: facts.initiator,
    notice: facts.notice,
    end: pair.end || facts.notice,
    paid: !!facts.agreementSigned,
    regulation: regulationText(labour.regulationDate, labour.regulationNumber),
    fixedBy: pair.order,
  });
  const template = prepareTemplate(templateOf(labour, 'termination'));
  const folder = folderOf(ctx.settings);
  return {
    folder,
    units: [
      {
        unit: {
          key: `termination|${ctx.schoolYear}|${pair.id}`,
          kind: 'termination',
          pairId: pair.id,
          name: content.name,
        },
        make: (f, onFile) => makeFromTemplate(template, f, content, { pdf: true, onFile }),
        details: { pairIds: [pair.id], number: order.number, date: order.date },
      },
    ],
  };
}

/** The order «О прекращении наставничества» of a pair whose early end is recorded (made once). */
export function generateTerminationAction(caller: Caller, id: string): ActionResult {
  const result = runUnits(caller, (ctx) => terminationUnits(ctx, id), {
    done: () => '',
    progress: () => END_TEXTS.orderProgress,
  });
  if (result.made.length > 0)
    return { message: END_TEXTS.orderMade(result.made[0].name, result.made[0].url) };
  if (result.more) return strip(result);
  const ctx = loadSchool(caller);
  const url = registered(ctx.store, TERMINATION_TYPE).get(String(id).trim()) ?? '';
  return { message: result.message || END_TEXTS.orderExists(String(id).trim(), url) };
}

/**
 * «Прекратить досрочно»: who asked and when; the end is three working days after the notice by the
 * production calendar. The pair is ended, the mentor's place freed, the mentees go back to matching,
 * then the order is made. Bad input changes nothing.
 */
export function endPairEarlyAction(caller: Caller, request: EarlyEndRequest): ActionResult {
  const initiator = String(request.initiator ?? '') as Initiator;
  if (!INITIATORS.includes(initiator)) throw new UserError(END_TEXTS.badInitiator(String(request.initiator)));
  const notice = isoDate(request.notice);
  if (!notice) throw new UserError(END_TEXTS.badNotice(String(request.notice)));
  const number = String(request.orderNumber ?? '')
    .replace(/^№\s*/, '')
    .trim();
  if (!number) throw new UserError(END_TEXTS.noOrderNumber);
  const orderDate = isoDate(request.orderDate || caller.today);
  if (!orderDate) throw new UserError(END_TEXTS.badOrderDate(String(request.orderDate)));
  // The templates and the folder are there before the pair is touched.
  const check = loadSchool(caller);
  templateOf(labourOf(check.store), 'termination');
  folderOf(check.settings);
  schoolInfo(check.settings, 'termination');

  const ended = withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const table = pairsTable(ctx);
    const calendar = calendarOf(ctx.store.table('calendar', ['date', 'kind']));
    const all = pairsOf(ctx);
    const pair = findPair(all, String(request.id ?? ''));
    if (!isActive(pair))
      throw new UserError(END_TEXTS.alreadyEnded(pair.id, pair.row, pair.status, pair.end));
    if (pair.start && notice < pair.start)
      throw new UserError(END_TEXTS.noticeBeforeStart(pair.id, pair.row, notice, pair.start));
    if (notice > caller.today) throw new UserError(END_TEXTS.badNotice(ruDate(notice)));
    const end = calendar.addWorkingDays(notice, 3);
    if (pair.end && pair.end <= end)
      throw new UserError(END_TEXTS.noticeAfterEnd(pair.id, pair.row, pair.end));
    dissolve(ctx, pair, all);
    table.set(pair.row, 'end', end);
    table.set(pair.row, 'endInitiator', END_TEXTS.initiators[initiator]);
    table.set(pair.row, 'endNotice', notice);
    table.set(pair.row, 'endOrder', END_TEXTS.orderCell(number, orderDate));
    const message = END_TEXTS.ended(pair.id, end, '');
    journal(ctx.store, END_TEXTS.journal, message, caller.user);
    ctx.store.save();
    return { id: pair.id, message };
  });
  let order: string;
  try {
    order = generateTerminationAction(caller, ended.id).message;
  } catch (e) {
    order = `${(e as Error).message} ${END_TEXTS.orderLater}`;
  }
  return { message: `${ended.message.trim()} ${order}`.trim() };
}

// ---- The month's pay report ----

function payPairs(ctx: SchoolContext, table: Table<'pairs'>): PayPair[] {
  return pairsOf(ctx).map((p) => {
    const facts = labourFacts(table, p);
    return {
      id: p.id,
      mentor: p.mentor,
      start: p.start,
      end: p.end,
      status: p.status,
      order: p.order,
      agreementSigned: facts.agreementSigned,
      earlyNotice: facts.notice,
    };
  });
}

function reportBlocks(report: MonthReport, school: string, curator: string): NoteBlock[] {
  const blocks: NoteBlock[] = [
    {
      kind: 'paragraph',
      text: `${school}. Основание: статья 351.8 Трудового кодекса Российской Федерации, дополнительные соглашения к трудовым договорам.`,
    },
    {
      kind: 'table',
      header: ['№', 'Наставник', 'Пара', 'Срок в месяце', 'Рабочих дней', 'Условие оплаты', 'Сумма, руб.'],
      rows: report.rows.map((r, i) => [
        String(i + 1),
        r.mentor,
        r.pairId,
        r.term,
        `${r.days} из ${r.monthDays}`,
        r.rule,
        r.amount === null ? '—' : formatRub(r.amount),
      ]),
    },
  ];
  const byMentor = new Map<string, number>();
  for (const r of report.rows) byMentor.set(r.mentor, (byMentor.get(r.mentor) ?? 0) + (r.amount ?? 0));
  blocks.push({
    kind: 'table',
    header: ['Наставник', 'Итого, руб.'],
    rows: [...byMentor].map(([name, sum]) => [name, formatRub(sum)]),
  });
  blocks.push({ kind: 'paragraph', text: `Итого к начислению: ${formatRub(report.total)} руб.` });
  if (report.problems.length > 0) blocks.push({ kind: 'list', items: report.problems });
  blocks.push({ kind: 'paragraph', text: `Куратор наставничества ____________ ${curator}` });
  return blocks;
}

export function generatePayReportAction(caller: Caller, month: string): ActionResult {
  if (!isMonth(String(month ?? ''))) throw new UserError(REPORT_TEXTS.badMonth(String(month)));
  // Everything is read and computed before anything is written: a bad cell changes nothing.
  const build = (ctx: SchoolContext) => {
    const labour = labourOf(ctx.store);
    const table = pairsTable(ctx);
    const calendar = calendarOf(ctx.store.table('calendar', ['date', 'kind']));
    const pairs = payPairs(ctx, table);
    const mentors = mentorPay(ctx.mentors, ctx.mentorList, new Set(pairs.map((p) => p.mentor.email)));
    return monthReport({
      month,
      calendar,
      pairs,
      mentors,
      schoolRule: labour.pay,
      agreementsNeeded: labour.agreementsNeeded,
    });
  };
  const check = loadSchool(caller);
  const first = build(check);
  if (first.rows.length === 0) return { message: REPORT_TEXTS.none(first.label) };
  folderOf(check.settings);
  const report = withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const r = build(ctx);
    const sheet = ctx.store.table('payReport', ['month', 'pair', 'sum']);
    const rowOf = new Map(
      sheet.rows
        .filter((row) => sheet.text(row, 'month') === r.label)
        .map((row) => [sheet.text(row, 'pair'), row] as const),
    );
    for (const line of r.rows) {
      const values: RowValues<'payReport'> = {
        month: line.month,
        mentor: line.mentor,
        email: line.email,
        pair: line.pairId,
        term: line.term,
        workdays: line.monthDays,
        days: line.days,
        rule: line.rule,
        sum: line.amount ?? '',
        note: line.note,
      };
      const row = rowOf.get(line.pairId);
      if (row === undefined) sheet.append(values);
      else
        for (const [name, value] of Object.entries(values)) {
          const key = name as ColumnKey<'payReport'>;
          if (sheet.has(key)) sheet.set(row, key, value);
        }
    }
    journal(ctx.store, REPORT_TEXTS.journal, `${r.label}: ${formatRub(r.total)} руб.`, caller.user);
    ctx.store.save();
    return r;
  });
  const since = Date.now();
  const result = runUnits(
    caller,
    (ctx) => {
      const folder = folderOf(ctx.settings);
      const name = REPORT_TEXTS.name(report.label);
      const blocks = reportBlocks(
        report,
        ctx.settings.schoolShortName || ctx.settings.schoolFullName,
        ctx.settings.curatorName,
      );
      return {
        folder,
        units: [
          {
            unit: { key: `payReport|${month}|${since}`, kind: 'payReport', pairId: '', name },
            make: (f, onFile) => writeReport(f, name, REPORT_TEXTS.title(report.label), '', blocks, onFile),
            details: { pairIds: [], number: month, date: caller.today },
          },
        ],
      };
    },
    { done: () => '', progress: () => REPORT_TEXTS.docProgress },
  );
  const url = result.made[0]?.url ?? '';
  const made = REPORT_TEXTS.made(report.label, report.rows.length, formatRub(report.total), url);
  return { message: url ? made : `${made.replace(/ Документ: $/, '')} ${REPORT_TEXTS.docLater}` };
}

// ---- The data check ----

const CHECKED_TEMPLATES: Array<[SettingKey, string]> = [
  ['templateOrder', 'Шаблон приказа'],
  ['templateProgramme', 'Шаблон программы'],
  ['templateAgreement', 'Шаблон дополнительного соглашения'],
  ['templateTermination', 'Шаблон приказа о прекращении наставничества'],
];

/**
 * «Проверка данных»: the payment cells, the production calendar, and the templates' legal basis (a
 * mistyped article instead of 351.8 ТК РФ), each named by sheet, row and column.
 */
export function labourProblems(store: Store, settings: Settings): Problem[] {
  const out: Problem[] = [];
  const table = store.table('settings', ['param', 'value']);
  const labour = readLabourSettings(table, out);
  const mentors = store.table('mentors', MENTOR_COLUMNS);
  out.push(...mentorPayProblems(mentors, readMentors(mentors)));
  if (store.sheet('calendar')) out.push(...calendarProblems(store.table('calendar', ['date', 'kind'])));
  const links: Record<string, string> = {
    templateOrder: settings.links.templateOrder,
    templateProgramme: settings.links.templateProgramme,
    templateAgreement: labour.templateAgreement,
    templateTermination: labour.templateTermination,
  };
  for (const [key, name] of CHECKED_TEMPLATES) {
    const id = idFromUrl(links[key] ?? '');
    if (!exists(id, false)) continue;
    for (const found of wrongArticles(prepareTemplate(id).text))
      out.push({
        sheet: table.name,
        row: settings.rows[key] ?? 0,
        column: table.headerOf('value'),
        message: `${name}: ${LEGAL_TEXTS.wrongArticle(found)}`,
      });
  }
  return out;
}
