// Documents (roadmap 1.1, 1.2, 5.2, 6.1): the order for agreed pairs, programmes, consent forms and
// the analytical note, from the school's templates into the year's folder, registered in Документы.
import type { ActionResult, DocumentDto, DocumentsOverviewDto, OrderRequest } from '../api/types';
import type { Caller } from '../api/call';
import type { MenteeRecord, MentorRecord } from '../banks';
import { buildConsents } from '../documents/consent';
import { nextOrderNumber } from '../documents/numbering';
import { buildOrder } from '../documents/order';
import { placeholderHelp } from '../documents/placeholders';
import { buildProgramme } from '../documents/programme';
import type { PairForDocs, Person, SchoolInfo, Topic } from '../documents/types';
import {
  createDocumentsRoot,
  createTemplateDoc,
  generateDocument,
  regenerateInPlace,
  yearFolder,
  type GeneratedDoc,
} from '../gas/docs';
import { withSchoolLock } from '../gas/lock';
import { idFromUrl, writeReport } from '../gas/report';
import { monitoringNote, monitoringStats } from '../monitoring';
import { isActive, missingConsents, type PairRecord } from '../pairs/model';
import { pairsOf } from '../pairs/edit';
import { writeSetting, type Settings, type SettingKey } from '../settings';
import { UserError } from '../shared/errors';
import { shortName } from '../shared/text';
import { ruDate } from '../store/dates';
import { journal } from '../store/journal';
import type { Store } from '../store/store';
import type { Table } from '../store/table';
import { loadSchool, type SchoolContext } from './context';
import { monitoringPairs, readMonitoring } from './monitoring';

type Folder = GoogleAppsScript.Drive.Folder;

const TEMPLATE_SETTINGS: Record<'order' | 'programme' | 'consentMentor' | 'consentMentee', SettingKey> = {
  order: 'templateOrder',
  programme: 'templateProgramme',
  consentMentor: 'templateConsentMentor',
  consentMentee: 'templateConsentMentee',
};

function driveItemExists(id: string, folder: boolean): boolean {
  if (!id) return false;
  try {
    const item = folder ? DriveApp.getFolderById(id) : DriveApp.getFileById(id);
    return !item.isTrashed();
  } catch (_e) {
    return false;
  }
}

/** Setup's part: the documents folder, the year's subfolder and the four editable templates. */
export function ensureDocuments(store: Store, settings: Settings): string[] {
  const made: string[] = [];
  const table = store.table('settings', ['Параметр', 'Значение']);
  let rootId = idFromUrl(settings.links.documentsFolder);
  let root: Folder;
  if (driveItemExists(rootId, true)) root = DriveApp.getFolderById(rootId);
  else {
    root = createDocumentsRoot();
    rootId = root.getId();
    writeSetting(table, settings, 'documentsFolder', root.getUrl());
    made.push(`папка «${root.getName()}»`);
  }
  yearFolder(root, settings.schoolYear);
  for (const [kind, key] of Object.entries(TEMPLATE_SETTINGS) as Array<
    [keyof typeof TEMPLATE_SETTINGS, SettingKey]
  >) {
    if (driveItemExists(idFromUrl(settings.links[key as keyof Settings['links']]), false)) continue;
    const template = createTemplateDoc(kind, root);
    writeSetting(table, settings, key, template.url);
    made.push(`шаблон «${template.name}»`);
  }
  return made;
}

function schoolInfo(settings: Settings): SchoolInfo {
  const missing: string[] = [];
  if (!settings.schoolFullName) missing.push('Полное наименование школы');
  if (!settings.directorName) missing.push('Директор (ФИО)');
  if (!settings.curatorName) missing.push('Куратор (ФИО)');
  if (missing.length) throw new UserError(`Заполните на листе «Настройки»: ${missing.join(', ')}.`);
  return {
    fullName: settings.schoolFullName,
    shortName: settings.schoolShortName,
    city: settings.city,
    directorName: settings.directorName,
    directorPosition: settings.directorPosition,
    curatorName: settings.curatorName,
    curatorPosition: settings.curatorPosition,
    schoolYear: settings.schoolYear,
  };
}

function folderOf(settings: Settings): Folder {
  const id = idFromUrl(settings.links.documentsFolder);
  if (!driveItemExists(id, true))
    throw new UserError(
      'Папка документов не найдена. Запустите «Первоначальная настройка» — она создаст папку и шаблоны.',
    );
  return yearFolder(DriveApp.getFolderById(id), settings.schoolYear);
}

function templateId(settings: Settings, kind: keyof typeof TEMPLATE_SETTINGS): string {
  const key = TEMPLATE_SETTINGS[kind] as keyof Settings['links'];
  const id = idFromUrl(settings.links[key]);
  if (!driveItemExists(id, false))
    throw new UserError(
      `Шаблон не найден (Настройки, «${key}»). Запустите «Первоначальная настройка» — она создаст недостающие шаблоны.`,
    );
  return id;
}

function person(
  ref: { name: string; email: string },
  mentors: MentorRecord[],
  mentees: MenteeRecord[],
): Person {
  const found = mentors.find((m) => m.email === ref.email) ?? mentees.find((m) => m.email === ref.email);
  return {
    name: found?.name || ref.name,
    position: found?.position ?? '',
    subject: found?.subject ?? '',
    experienceYears: found?.experience ?? null,
    category: found ? ('category' in found ? found.category : '') : '',
    email: ref.email,
  };
}

export function pairForDocs(p: PairRecord, ctx: SchoolContext): PairForDocs {
  const mentees = p.mentees.map((m) => person(m, [], ctx.menteeList));
  const consents: Record<string, string> = {};
  p.mentees.forEach((m, i) => (consents[m.email] = p.menteeConsents[i] ?? ''));
  return {
    id: p.id,
    mentor: person(p.mentor, ctx.mentorList, []),
    mentees,
    form: p.form === 'Групповая' ? 'Групповая' : 'Индивидуальная',
    kind: p.kind,
    topics: p.topics,
    requestText: p.mentees
      .map((m) => ctx.menteeList.find((x) => x.email === m.email)?.description ?? '')
      .filter((t) => t)
      .join(' '),
    start: p.start || `${ctx.schoolYear.slice(0, 4)}-10-01`,
    end: p.end || `${Number(ctx.schoolYear.slice(0, 4)) + 1}-05-31`,
    consents: { mentor: p.mentorConsent, mentees: consents },
  };
}

function readTopics(store: Store): Topic[] {
  const t = store.table('topics', ['Тема']);
  return t.rows.map((r) => ({
    name: t.text(r, 'Тема'),
    activities: t
      .text(r, 'Примерные мероприятия')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s),
  }));
}

interface RegisteredDoc {
  row: number;
  type: string;
  number: string;
  date: string;
  name: string;
  url: string;
  pdfUrl: string;
  pairs: string[];
}

function readRegister(table: Table): RegisteredDoc[] {
  return table.rows.map((row) => ({
    row,
    type: table.text(row, 'Тип'),
    number: table.text(row, 'Номер'),
    date: table.date(row, 'Дата'),
    name: table.text(row, 'Название'),
    url: table.text(row, 'Ссылка'),
    pdfUrl: table.text(row, 'PDF'),
    pairs: table
      .text(row, 'Пары')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s),
  }));
}

function register(
  table: Table,
  type: string,
  number: string,
  date: string,
  doc: GeneratedDoc,
  pairs: string[],
): void {
  table.append({
    Тип: type,
    Номер: number,
    Дата: date,
    Название: doc.name,
    Ссылка: doc.url,
    PDF: doc.pdfUrl,
    Пары: pairs.join(', '),
    Создан: Date.now(),
  });
}

const ORDER_TYPE = 'Приказ';
const PROGRAMME_TYPE = 'Программа';
const CONSENT_TYPE = 'Согласие';
const NOTE_TYPE = 'Аналитическая справка';

function orderCell(number: string, date: string): string {
  return `№ ${number} от ${ruDate(date)}`;
}

export function documentsOverviewAction(caller: Caller): DocumentsOverviewDto {
  const ctx = loadSchool(caller);
  const docs = readRegister(ctx.store.table('documents', ['Тип', 'Номер', 'Ссылка']));
  const pairs = pairsOf(ctx).filter(isActive);
  const title = (p: PairRecord) =>
    `${p.id}: ${shortName(p.mentor.name)} — ${p.mentees.map((m) => shortName(m.name)).join(', ')}`;
  return {
    nextOrderNumber: nextOrderNumber(docs.filter((d) => d.type === ORDER_TYPE).map((d) => d.number)),
    readyForOrder: pairs
      .filter((p) => !p.order && missingConsents(p).length === 0)
      .map((p) => ({ id: p.id, title: title(p) })),
    waitingForConsent: pairs
      .filter((p) => !p.order && missingConsents(p).length > 0)
      .map((p) => ({ id: p.id, missing: missingConsents(p).map((m) => m.name || m.email) })),
    withoutProgramme: pairs.filter((p) => !p.programme).map((p) => ({ id: p.id, title: title(p) })),
    documents: docs
      .slice()
      .reverse()
      .map((d): DocumentDto => ({
        type: d.type,
        number: d.number,
        date: d.date,
        name: d.name,
        url: d.url,
        pdfUrl: d.pdfUrl,
        pairs: d.pairs.join(', '),
      })),
    placeholders: placeholderHelp().flatMap((group) =>
      group.fields.map((f) => ({ name: `${group.document}: ${f.token}`, description: f.description })),
    ),
  };
}

export function generateOrderAction(caller: Caller, request: OrderRequest): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const school = schoolInfo(ctx.settings);
    const register_ = ctx.store.table('documents', ['Тип', 'Номер', 'Ссылка', 'PDF', 'Пары']);
    const docs = readRegister(register_);
    const number = String(request.number ?? '')
      .replace(/^№\s*/, '')
      .trim();
    const date = String(request.date ?? '');
    const all = pairsOf(ctx);
    const existing = docs.find((d) => d.type === ORDER_TYPE && d.number === number);
    let candidates: PairRecord[];
    if (existing && !request.regenerate) {
      throw new UserError(
        `Приказ № ${number} уже есть: ${existing.url}. Чтобы пересоздать его, отметьте «Пересоздать».`,
      );
    }
    if (existing) {
      candidates = all.filter((p) => existing.pairs.includes(p.id));
    } else {
      const open = all.filter((p) => isActive(p) && !p.order);
      const waiting = open.filter((p) => missingConsents(p).length > 0);
      candidates = open.filter((p) => missingConsents(p).length === 0);
      if (candidates.length === 0) {
        if (waiting.length === 0) {
          const last = docs.filter((d) => d.type === ORDER_TYPE).pop();
          throw new UserError(
            last
              ? `Все согласованные пары уже в приказе № ${last.number}: ${last.url}`
              : 'Нет пар для приказа: сначала сформируйте пары и получите согласия.',
          );
        }
        throw new UserError(
          `Приказ не создан: нет ни одной пары со всеми письменными согласиями. Не хватает согласий: ${waiting
            .map(
              (p) =>
                `${p.id} — ${missingConsents(p)
                  .map((m) => m.name || m.email)
                  .join(', ')}`,
            )
            .join('; ')}.`,
        );
      }
    }
    const content = buildOrder(
      school,
      candidates.map((p) => pairForDocs(p, ctx)),
      { number, date },
    );
    const template = templateId(ctx.settings, 'order');
    const ids = candidates.map((p) => p.id);
    let doc: GeneratedDoc;
    if (existing) {
      const pdfId = idFromUrl(existing.pdfUrl);
      doc = regenerateInPlace(
        idFromUrl(existing.url),
        template,
        content,
        driveItemExists(pdfId, false) ? pdfId : '',
      );
      register_.set(existing.row, 'Дата', date);
      register_.set(existing.row, 'Название', doc.name);
      register_.set(existing.row, 'PDF', doc.pdfUrl);
    } else {
      doc = generateDocument(template, folderOf(ctx.settings), content);
      register(register_, ORDER_TYPE, number, date, doc, ids);
    }
    for (const p of candidates) {
      ctx.pairs.set(p.row, 'Приказ', orderCell(number, date));
      if (p.status === 'Согласована') ctx.pairs.set(p.row, 'Статус', 'Закреплена');
    }
    const waiting = existing
      ? []
      : all.filter((p) => isActive(p) && !p.order && missingConsents(p).length > 0);
    let message = `${existing ? 'Пересоздан' : 'Создан'} «${doc.name}» (пар: ${ids.length}): ${doc.url}`;
    if (waiting.length)
      message += ` Не вошли (нет согласий): ${waiting
        .map(
          (p) =>
            `${p.id} — ${missingConsents(p)
              .map((m) => m.name || m.email)
              .join(', ')}`,
        )
        .join('; ')}.`;
    journal(ctx.store, 'Приказ', message, caller.user);
    ctx.store.save();
    return { message };
  });
}

function selectPairs(ctx: SchoolContext, ids: string[], fallback: (p: PairRecord) => boolean): PairRecord[] {
  const all = pairsOf(ctx);
  if (!ids || ids.length === 0) return all.filter((p) => isActive(p) && fallback(p));
  return ids.map((id) => {
    const found = all.find((p) => p.id === String(id).trim());
    if (!found) throw new UserError(`Пара «${id}» не найдена на листе «Пары и группы».`);
    return found;
  });
}

export function generateProgrammesAction(caller: Caller, ids: string[]): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const school = schoolInfo(ctx.settings);
    const pairs = selectPairs(ctx, ids, (p) => !p.programme);
    if (pairs.length === 0) throw new UserError('У всех действующих пар программы уже есть.');
    const topics = readTopics(ctx.store);
    const template = templateId(ctx.settings, 'programme');
    const folder = folderOf(ctx.settings);
    const register_ = ctx.store.table('documents', ['Тип', 'Номер', 'Ссылка']);
    const made: string[] = [];
    for (const p of pairs) {
      const doc = generateDocument(template, folder, buildProgramme(school, pairForDocs(p, ctx), topics));
      register(register_, PROGRAMME_TYPE, p.id, caller.today, doc, [p.id]);
      ctx.pairs.set(p.row, 'Программа', doc.url);
      made.push(p.id);
    }
    const message = `Программы созданы: ${made.length} (${made.join(', ')}).`;
    journal(ctx.store, 'Программы наставничества', message, caller.user);
    ctx.store.save();
    return { message };
  });
}

export function generateConsentFormsAction(caller: Caller, ids: string[]): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const school = schoolInfo(ctx.settings);
    const pairs = selectPairs(ctx, ids, (p) => missingConsents(p).length > 0);
    if (pairs.length === 0) throw new UserError('Нет пар, которым нужны бланки согласий.');
    const folder = folderOf(ctx.settings);
    const register_ = ctx.store.table('documents', ['Тип', 'Номер', 'Ссылка']);
    let count = 0;
    for (const p of pairs) {
      for (const content of buildConsents(school, pairForDocs(p, ctx))) {
        const doc = generateDocument(
          templateId(ctx.settings, content.kind as 'consentMentor' | 'consentMentee'),
          folder,
          content,
        );
        register(register_, CONSENT_TYPE, p.id, caller.today, doc, [p.id]);
        count++;
      }
    }
    const message = `Бланки согласий созданы: ${count} — распечатайте и передайте на подпись.`;
    journal(ctx.store, 'Бланки согласий', message, caller.user);
    ctx.store.save();
    return { message };
  });
}

export function generateAnalyticalNoteAction(caller: Caller): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const pairs = monitoringPairs(pairsOf(ctx));
    const records = readMonitoring(ctx.store.table('monitoring', ['ID пары', 'Роль', 'Email'])).map(
      (r) => r.record,
    );
    if (records.length === 0)
      throw new UserError('На листе «Мониторинг» нет ни одного ответа — справку строить не из чего.');
    const note = monitoringNote({
      schoolName: ctx.settings.schoolShortName || ctx.settings.schoolFullName,
      schoolYear: ctx.schoolYear,
      dateIso: caller.today,
      pairs,
      records,
      stats: monitoringStats(pairs, records),
    });
    const name = `Аналитическая справка по итогам мониторинга ${ctx.schoolYear.replace('/', '-')}`;
    const doc = writeReport(folderOf(ctx.settings), name, note.title, note.subtitle, note.blocks);
    register(ctx.store.table('documents', ['Тип', 'Ссылка']), NOTE_TYPE, '', caller.today, doc, []);
    const message = `Создана «${name}»: ${doc.url}`;
    journal(ctx.store, NOTE_TYPE, message, caller.user);
    ctx.store.save();
    return { message };
  });
}
