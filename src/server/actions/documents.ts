// Documents (roadmap 1.1, 1.2, 5.2, 6.1): the order for agreed pairs, programmes, consent forms and
// the analytical note, from the school's templates into the year's folder, registered in Документы.
//
// Every document is made as a unit of a job (src/server/jobs): recorded before and after, written
// to the sheets at checkpoints under the school's lock, never holding that lock while a document is
// made. Programmes and consent forms go on over several executions (the sidebar calls again, or the
// hourly trigger picks them up), and end with a print pack (one document and one PDF of them all,
// gas/docs.ts startPrintPack) instead of a PDF each; the order and the note are one unit each.
import { PAIR_STATUS } from '../schema';
import { isMentoringForm } from '../mentoring/texts';
import { withPlanSection } from './plan';
import { withStageSections } from './stages';
import type { ActionResult, DocumentDto, DocumentsOverviewDto, OrderRequest } from '../api/types';
import type { Caller } from '../api/call';
import type { MenteeRecord, MentorRecord } from '../banks';
import { buildConsent } from '../documents/consent';
import { nextOrderNumber } from '../documents/numbering';
import { buildOrder, checkTerm } from '../documents/order';
import { placeholderHelp } from '../documents/placeholders';
import { buildProgramme } from '../documents/programme';
import { surnameInitials } from '../documents/russian';
import { DOC_NAMES } from '../documents/texts';
import type { DocContent, PairForDocs, Person, SchoolInfo, Topic } from '../documents/types';
import {
  createDocumentsRoot,
  createTemplateDoc,
  makeFromTemplate,
  packName,
  prepareTemplate,
  stagedFromTemplate,
  regenerateInPlace,
  yearFolder,
  type PackItem,
  type PreparedTemplate,
  type StagedDoc,
} from '../gas/docs';
import { driveItemExists, folderById } from '../gas/drive';
import { readJobs, updateJobs } from '../gas/jobs';
import { byPackKey, packRun, type PackEntry, type PackPlan } from './print-pack';
import { withSchoolLock } from '../gas/lock';
import { idFromUrl, writeReport } from '../gas/report';
import { BUDGET_MS } from '../jobs/budget';
import { checkpoint, makeUnit, orderCell, stagedStep } from '../jobs/documents';
import {
  checkpointDue,
  consentUnits,
  isFormOf,
  noteKey,
  notMade,
  orderKey,
  programmeUnits,
  selection,
  uniqueNames,
  type PlanPair,
} from '../jobs/plan';
import { describeJobs, runWork, type Driver, type DriverRun, type RunEnv } from '../jobs/runner';
import { JOB_TEXTS } from '../jobs/texts';
import { REGISTER_TYPES, type DocJobKind, type DocUnit, type Job, type Made } from '../jobs/types';
import { monitoringNote, monitoringStats } from '../monitoring';
import {
  inOrder,
  isActive,
  missingConsents,
  programmesRefusal,
  termStart,
  type PairRecord,
} from '../pairs/model';
import { pairsOf } from '../pairs/edit';
import { missingForOrder } from '../labour/pairs';
import {
  documentRefusal,
  schoolStaffEmails,
  writeSetting,
  type Settings,
  type SettingKey,
} from '../settings';
import { shareSchoolFolder } from '../gas/sharing';
import { SETUP_TEXTS } from './texts';
import { UserError } from '../shared/errors';
import { shortName } from '../shared/text';
import { journal } from '../store/journal';
import { Store } from '../store/store';
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

export interface DocumentsSetup {
  /** The folder and templates made now. */
  made: string[];
  /** Recorded in «Настройки» but not openable by this user: reported, never made again. */
  inaccessible: string[];
  /** People given access to the folder now. */
  shared: string[];
  /** Forms moved into the folder now. */
  movedForms: number;
  /** Why this user could not share the folder ('' when it was fine). */
  sharingRefused: string;
}

/**
 * Setup's part: the documents folder, the year's subfolder and the four editable templates, and
 * one set of them for the whole school. Google answers the same for a file that is gone and one
 * not shared with this user, so a file recorded in «Настройки» is made again only when staff
 * cleared its link on purpose; otherwise it is reported. The folder is shared with the curators and
 * the director, and the forms are kept in it, so whoever of them acts can open everything.
 */
export function ensureDocuments(store: Store, settings: Settings, formIds: string[] = []): DocumentsSetup {
  const result: DocumentsSetup = {
    made: [],
    inaccessible: [],
    shared: [],
    movedForms: 0,
    sharingRefused: '',
  };
  const table = store.table('settings', ['param', 'value']);
  const folderLink = settings.links.documentsFolder;
  let rootId = idFromUrl(folderLink);
  let root: Folder;
  if (driveItemExists(rootId, true)) root = folderById(rootId);
  else if (folderLink) {
    result.inaccessible.push(SETUP_TEXTS.folder);
    return result;
  } else {
    root = createDocumentsRoot();
    rootId = root.getId();
    writeSetting(table, settings, 'documentsFolder', root.getUrl());
    result.made.push(`папка «${root.getName()}»`);
  }
  yearFolder(root, settings.schoolYear);
  for (const [kind, key] of Object.entries(TEMPLATE_SETTINGS) as Array<
    [keyof typeof TEMPLATE_SETTINGS, SettingKey]
  >) {
    const link = settings.links[key as keyof Settings['links']];
    if (driveItemExists(idFromUrl(link), false)) continue;
    if (link) {
      result.inaccessible.push(SETUP_TEXTS.template(kind));
      continue;
    }
    const template = createTemplateDoc(kind, root);
    writeSetting(table, settings, key, template.url);
    result.made.push(`шаблон «${template.name}»`);
  }
  const sharing = shareSchoolFolder(rootId, schoolStaffEmails(settings), formIds);
  result.shared = sharing.added;
  result.movedForms = sharing.movedForms;
  result.sharingRefused = sharing.refused;
  return result;
}

/** What a document prints of the school; refused, naming each setting, while one is missing. */
export function schoolInfo(
  settings: Settings,
  document: 'order' | 'programmes' | 'consents' | 'agreements' | 'termination',
): SchoolInfo {
  // Every setting a document prints is required (settings/required.ts).
  const refusal = documentRefusal(settings, document);
  if (refusal) throw new UserError(refusal);
  return {
    fullName: settings.schoolFullName,
    shortName: settings.schoolShortName,
    city: settings.city,
    directorName: settings.directorName,
    directorPosition: settings.directorPosition,
    curatorName: settings.curatorName,
    curatorPosition: settings.curatorPosition,
    schoolYear: settings.schoolYear,
    regulation: settings.regulation,
  };
}

/** This school year's folder of documents, or a refusal saying how to make it. */
export function folderOf(settings: Settings): Folder {
  const id = idFromUrl(settings.links.documentsFolder);
  if (!driveItemExists(id, true))
    throw new UserError(
      'Папка документов не найдена. Запустите «Первоначальная настройка» — она создаст папку и шаблоны.',
    );
  return yearFolder(folderById(id), settings.schoolYear);
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
    // Any form of the recommendations the pair's «Форма» names (issue #19), printed as it is.
    form: isMentoringForm(p.form) ? p.form : 'Индивидуальная',
    kind: p.kind,
    topics: p.topics,
    requestText: p.mentees
      .map((m) => ctx.menteeList.find((x) => x.email === m.email)?.description ?? '')
      .filter((t) => t)
      .join(' '),
    // «Начало» as the curator set it, else the order's date; '' until the order (pairs/model.ts).
    start: termStart(p),
    end: p.end || `${Number(ctx.schoolYear.slice(0, 4)) + 1}-05-31`,
    consents: { mentor: p.mentorConsent, mentees: consents },
  };
}

function readTopics(store: Store): Topic[] {
  const t = store.table('topics', ['topic']);
  return t.rows.map((r) => ({
    name: t.text(r, 'topic'),
    activities: t
      .text(r, 'activities')
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
  /** When the row was written (ms), 0 if unknown. */
  created: number;
}

function readRegister(table: Table<'documents'>): RegisteredDoc[] {
  return table.rows.map((row) => ({
    row,
    type: table.text(row, 'type'),
    number: table.text(row, 'number'),
    date: table.date(row, 'date'),
    name: table.text(row, 'title'),
    url: table.text(row, 'link'),
    pdfUrl: table.text(row, 'pdf'),
    pairs: table
      .text(row, 'pairs')
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s),
    created: table.has('created') ? table.time(row, 'created') : 0,
  }));
}

const ORDER_TYPE = REGISTER_TYPES.order;
const CONSENT_TYPE = REGISTER_TYPES.consent;
const NOTE_TYPE = REGISTER_TYPES.note;

/** Whether a trigger will pick long work up (someone's reminders trigger runs for this school). */
function automatic(settings: Settings): boolean {
  return settings.remindersEnabled && !!settings.remindersOwner;
}

export function documentsOverviewAction(caller: Caller): DocumentsOverviewDto {
  const ctx = loadSchool(caller);
  const docs = readRegister(ctx.store.table('documents', ['type', 'number', 'link']));
  const pairs = pairsOf(ctx).filter(isActive);
  const title = (p: PairRecord) =>
    `${p.id}: ${shortName(p.mentor.name)} — ${p.mentees.map((m) => shortName(m.name)).join(', ')}`;
  const work = describeJobs(
    readJobs(caller.ss.getId()).filter((j) => j.kind !== 'requests' && j.kind !== 'mentors'),
    Date.now(),
    ctx.settings.dailyHour,
    automatic(ctx.settings),
  );
  // Consents, and the supplementary agreement where «Настройки» say it is needed (issue #18).
  const missing = missingForOrder(ctx.store);
  return {
    nextOrderNumber: nextOrderNumber(docs.filter((d) => d.type === ORDER_TYPE).map((d) => d.number)),
    readyForOrder: pairs
      .filter((p) => !p.order && missing(p).length === 0)
      .map((p) => ({ id: p.id, title: title(p) })),
    waitingForConsent: pairs
      .filter((p) => !p.order && missing(p).length > 0)
      .map((p) => ({ id: p.id, missing: missing(p).map((m) => m.name || m.email) })),
    withoutProgramme: pairs
      .filter((p) => !p.programme)
      .map((p) => ({ id: p.id, title: title(p), inOrder: inOrder(p) })),
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
    work,
  };
}

// ---- Planning: the pairs as the jobs see them ----

interface PairsView {
  pairs: PairRecord[];
  docs: Map<string, PairForDocs>;
  plan: PlanPair[];
}

function pairsView(ctx: SchoolContext): PairsView {
  const pairs = pairsOf(ctx);
  const docs = new Map<string, PairForDocs>();
  const plan = pairs.map((p): PlanPair => {
    const pd = pairForDocs(p, ctx);
    docs.set(p.id, pd);
    return {
      id: p.id,
      active: isActive(p),
      programme: p.programme,
      programmeName: DOC_NAMES.programme(pd.id, pd.mentees.map((m) => surnameInitials(m.name)).join(', ')),
      people: [
        {
          email: pd.mentor.email,
          consent: !!p.mentorConsent,
          docName: DOC_NAMES.consent(surnameInitials(pd.mentor.name), pd.id),
        },
        ...pd.mentees.map((m, i) => ({
          email: m.email,
          consent: !!p.menteeConsents[i],
          docName: DOC_NAMES.consent(surnameInitials(m.name), pd.id),
        })),
      ],
    };
  });
  return { pairs, docs, plan };
}

/** The pairs the curator ticked (each must exist), or every active pair that needs the document. */
function selectPairs(pairs: PairRecord[], ids: string[], needs: (p: PairRecord) => boolean): PairRecord[] {
  if (!ids || ids.length === 0) return pairs.filter((p) => isActive(p) && needs(p));
  return ids.map((id) => {
    const found = pairs.find((p) => p.id === String(id).trim());
    if (!found) throw new UserError(`Пара «${id}» не найдена на листе «Пары и группы».`);
    return found;
  });
}

// ---- Drivers: how each kind of document job makes its units ----

/**
 * A run over document units: each made through `make` and recorded, the made ones written to the
 * sheets every few units or seconds and at the end; then the print pack, if the run has one.
 */
interface DocumentRunSpec {
  units: DocUnit[];
  folder: Folder | null;
  /** Makes a unit's document in one step (programmes, consent forms, the note)… */
  make?: (unit: DocUnit, onFile: (id: string) => void) => { url: string; pdfUrl: string };
  /** …or in as many steps as its fill takes (the order: thousands of pairs are one document). */
  staged?: (unit: DocUnit) => StagedDoc;
  details: (unit: DocUnit) => Omit<Made, 'key' | 'kind' | 'name' | 'url' | 'pdfUrl'>;
  /** The message once the job is done: `now`, the documents this run made. */
  done: (n: number, now: readonly Made[]) => string;
  estimateMs: number;
  pack?: PackPlan | null;
}

function documentRun(env: RunEnv, spec: DocumentRunSpec): DriverRun {
  const { units, folder, make, staged, details, done, estimateMs } = spec;
  const pack = spec.pack ?? null;
  const { caller, wal, lines } = env;
  const folderId = folder ? folder.getId() : '';
  let next = 0;
  let sinceCheckpoint = 0;
  let lastCheckpoint = Date.now();
  const madeNow: Made[] = [];
  /** The staged document of the unit in hand, and the copies this run filled steps of. */
  let stagedDoc: StagedDoc | null = null;
  const filledHere = new Set<string>();
  let stagedNote = '';
  const packing = pack ? packRun(env, folder!, pack) : null;
  return {
    // The pack counts only once the documents are made: «осталось N» names documents, not the pack.
    left: () => (next < units.length ? units.length - next : (packing?.left() ?? 0)),
    estimateMs,
    reserveMs: 8_000,
    step() {
      if (next >= units.length && packing) return packing.step(madeNow);
      const unit = units[next];
      if (staged) {
        const doc = (stagedDoc ??= staged(unit));
        const made = stagedStep(wal, unit, folderId, doc, (id) => filledHere.has(id), details(unit));
        const fill = wal.intent?.fill;
        if (fill) filledHere.add(fill.docId);
        stagedNote = made || !fill ? '' : JOB_TEXTS.filling(fill.done, fill.total);
        if (!made) return;
        stagedDoc = null;
        madeNow.push(made);
      } else madeNow.push(makeUnit(wal, unit, folderId, (onFile) => make!(unit, onFile), details(unit)));
      next++;
      sinceCheckpoint++;
      if (checkpointDue(sinceCheckpoint, Date.now() - lastCheckpoint)) {
        checkpoint(caller.ss, wal, lines, caller.user, env.store);
        sinceCheckpoint = 0;
        lastCheckpoint = Date.now();
      }
    },
    finish() {
      checkpoint(caller.ss, wal, lines, caller.user, env.store);
    },
    pending: () => wal.made.length > 0,
    // Checkpoints that found the school's lock busy leave the made documents in the record: past
    // this size (a property holds 9 KB) the run stops and the next one writes them first.
    full: () => wal.size() > WAL_LIMIT,
    doneMessage: (n) => done(n, madeNow) + (packing?.message() ?? ''),
    note: () => (next < units.length ? stagedNote : (packing?.note() ?? '')),
  };
}

/**
 * The print pack of a run (`job`) of documents of register type `type` (actions/print-pack.ts): its
 * documents are those in «Документы» since the job was asked for, those made but not yet written,
 * and those this execution makes, by pair and name; `content` gives each one's template and data
 * (null: left out, its pair is gone).
 */
function packPlan(
  env: RunEnv,
  school: SchoolContext,
  job: Job,
  kind: 'programmes' | 'consents',
  type: string,
  willMake: number,
  content: (doc: { pairId: string; name: string }) => PackItem | null,
): PackPlan | null {
  const name = packName(kind, job.since);
  const key = `pack|${job.year}|${kind}|${job.since}`;
  const register = readRegister(school.store.table('documents', ['type', 'number', 'link']));
  const packs = new Map(register.filter((d) => d.type === REGISTER_TYPES.pack).map((d) => [d.name, d]));
  const started = job.packParts ?? [];
  // A pack made whole before its parts were recorded (a run of an earlier version) is finished; one
  // in parts is finished when every part has its PDF (print-pack.ts).
  if (started.length === 0 && packs.get(name)?.pdfUrl) return null;
  const before = register.filter((d) => d.type === type && d.created >= job.since);
  const recorded = env.wal.made.filter((m) => REGISTER_TYPES[m.kind] === type);
  if (willMake + before.length + recorded.length === 0) return null;
  const ssId = env.caller.ss.getId();
  return {
    name,
    key,
    started,
    saveStarted: (parts) =>
      updateJobs(ssId, (jobs) => jobs.map((j) => (j.kind === job.kind ? { ...j, packParts: parts } : j))),
    made: (partName, partKey) => {
      const row = packs.get(partName);
      const inRecord = env.wal.made.find((m) => m.key === partKey);
      const url = row?.url ?? inRecord?.url ?? '';
      return { docId: url ? idFromUrl(url) : '', pdfUrl: row?.pdfUrl ?? '' };
    },
    entries: (now) => {
      const seen = new Set<string>();
      return [
        ...before.map((d) => ({ url: d.url, pairId: d.number, name: d.name })),
        ...[...recorded, ...now].map((m) => ({ url: m.url, pairId: m.pairIds[0] ?? '', name: m.name })),
      ]
        .filter((d) => !seen.has(d.url) && seen.add(d.url))
        .sort(byPackKey)
        .map((d) => {
          const item = content(d);
          return item ? { key: { pairId: d.pairId, name: d.name }, item } : null;
        })
        .filter((e): e is PackEntry => e !== null);
    },
  };
}

const WAL_LIMIT = 6_000;

/** Templates opened once per run, on first use. */
function templates(settings: Settings): (kind: keyof typeof TEMPLATE_SETTINGS) => PreparedTemplate {
  const opened = new Map<string, PreparedTemplate>();
  return (kind) => {
    let t = opened.get(kind);
    if (!t) {
      t = prepareTemplate(templateId(settings, kind));
      opened.set(kind, t);
    }
    return t;
  };
}

function programmesDriver(): Driver {
  return {
    start(env, school, job) {
      const info = schoolInfo(school.settings, 'programmes');
      const { docs, plan } = pairsView(school);
      const units = notMade(programmeUnits(plan, job), env.wal.made);
      const template = templates(school.settings);
      let topics: Topic[] | null = null;
      const programme = (pairId: string) => {
        topics ??= readTopics(school.store);
        return buildProgramme(info, docs.get(pairId)!, topics);
      };
      const pack = packPlan(env, school, job, 'programmes', REGISTER_TYPES.programme, units.length, (d) =>
        docs.has(d.pairId)
          ? { template: template('programme'), content: { ...programme(d.pairId), name: d.name } }
          : null,
      );
      const folder = units.length > 0 || pack ? folderOf(school.settings) : null;
      return documentRun(env, {
        units,
        folder,
        make: (unit, onFile) =>
          makeFromTemplate(
            template('programme'),
            folder!,
            { ...programme(unit.pairId), name: unit.name },
            { pdf: false, onFile },
          ),
        details: (unit) => ({ pairIds: [unit.pairId], number: unit.pairId, date: env.caller.today }),
        done: JOB_TEXTS.done.programmes,
        estimateMs: 10_000,
        pack,
      });
    },
  };
}

function consentUnitsOf(school: SchoolContext, view: PairsView, job: Pick<Job, 'ids' | 'year'>): DocUnit[] {
  const register = readRegister(school.store.table('documents', ['type', 'number', 'link']));
  return uniqueNames(consentUnits(view.plan, register, job, CONSENT_TYPE));
}

function consentsDriver(): Driver {
  return {
    start(env, school, job) {
      const info = schoolInfo(school.settings, 'consents');
      const view = pairsView(school);
      const units = notMade(consentUnitsOf(school, view, job), env.wal.made);
      const template = templates(school.settings);
      const consent = (pairId: string, email: string, name: string): PackItem => {
        const content = buildConsent(info, view.docs.get(pairId)!, email) as DocContent;
        const kind = content.kind === 'consentMentor' ? 'consentMentor' : 'consentMentee';
        return { template: template(kind), content: { ...content, name } };
      };
      // A form in the pack is found by its pair and its name (one per participant).
      const pack = packPlan(env, school, job, 'consents', CONSENT_TYPE, units.length, (d) => {
        const person = view.plan.find((p) => p.id === d.pairId)?.people.find((m) => isFormOf(m, d.name));
        return person ? consent(d.pairId, person.email, d.name) : null;
      });
      const folder = units.length > 0 || pack ? folderOf(school.settings) : null;
      return documentRun(env, {
        units,
        folder,
        make: (unit, onFile) => {
          const { template: t, content } = consent(unit.pairId, unit.email ?? '', unit.name);
          return makeFromTemplate(t, folder!, content, { pdf: false, onFile });
        },
        details: (unit) => ({ pairIds: [unit.pairId], number: unit.pairId, date: env.caller.today }),
        done: JOB_TEXTS.done.consents,
        estimateMs: 7_000,
        pack,
      });
    },
  };
}

/**
 * Pairs an order takes: active, not in an order yet, with every consent (and, where «Настройки» say
 * so, the signed supplementary agreement: `missing` from labour/pairs.ts).
 */
function orderCandidates(
  pairs: PairRecord[],
  missing: (p: PairRecord) => Array<{ name: string; email: string }> = missingConsents,
): { ready: PairRecord[]; waiting: PairRecord[] } {
  const open = pairs.filter((p) => isActive(p) && !p.order);
  return {
    ready: open.filter((p) => missing(p).length === 0),
    waiting: open.filter((p) => missing(p).length > 0),
  };
}

function waitingNote(
  waiting: PairRecord[],
  missing: (p: PairRecord) => Array<{ name: string; email: string }> = missingConsents,
): string {
  if (waiting.length === 0) return '';
  return ` Не вошли (нет согласий): ${waiting
    .map(
      (p) =>
        `${p.id} — ${missing(p)
          .map((m) => m.name || m.email)
          .join(', ')}`,
    )
    .join('; ')}.`;
}

function orderDriver(): Driver {
  return {
    start(env, school, job) {
      const info = schoolInfo(school.settings, 'order');
      const number = job.number ?? '';
      const date = job.date ?? env.caller.today;
      const docs = readRegister(school.store.table('documents', ['type', 'number', 'link']));
      const key = orderKey(job.year, number);
      const existing = docs.find((d) => d.type === ORDER_TYPE && d.number === number);
      const pairs = pairsOf(school);
      const missing = missingForOrder(school.store);
      const { ready, waiting } = orderCandidates(pairs, missing);
      // Made already: in «Документы», or recorded by a run whose checkpoint found the lock busy.
      const recorded = env.wal.made.find((m) => m.key === key);
      const made: { name: string; url: string; count: number } | null = recorded
        ? { name: recorded.name, url: recorded.url, count: recorded.pairIds.length }
        : existing
          ? { name: existing.name, url: existing.url, count: existing.pairs.length }
          : null;
      let units: DocUnit[] = [];
      let content: DocContent | null = null;
      if (!made) {
        if (ready.length === 0)
          throw new UserError('Нет пар для приказа: все пары уже в приказах или ждут согласий.');
        content = buildOrder(
          info,
          ready.map((p) => pairForDocs(p, school)),
          { number, date },
        );
        units = [{ key, kind: 'order', pairId: '', name: content.name }];
      }
      const folder = units.length > 0 ? folderOf(school.settings) : null;
      const template = templates(school.settings);
      const ids = ready.map((p) => p.id);
      // Thousands of pairs make an order too long to fill in one call: it is filled in steps,
      // over several executions if need be (stagedStep).
      return documentRun(env, {
        units,
        folder,
        staged: (unit) =>
          stagedFromTemplate(template('order'), folder!, { ...content!, name: unit.name }, { pdf: true }),
        details: () => ({ pairIds: ids, number, date }),
        done: (_n, now) => {
          const order = now[0] ? { name: now[0].name, url: now[0].url, count: now[0].pairIds.length } : made;
          return order
            ? `Создан «${order.name}» (пар: ${order.count}): ${order.url}${waitingNote(waiting, missing)}`
            : '';
        },
        estimateMs: 30_000,
      });
    },
  };
}

function noteDriver(): Driver {
  return {
    start(env, school, job) {
      const register = readRegister(school.store.table('documents', ['type', 'link']));
      const key = noteKey(job.year, job.since);
      const existing = register.find((d) => d.type === NOTE_TYPE && d.created >= job.since);
      let made: { name: string; url: string } | null = existing
        ? { name: existing.name, url: existing.url }
        : null;
      const recorded = env.wal.made.find((m) => m.key === key);
      if (recorded) made = { name: recorded.name, url: recorded.url };
      const name = `Аналитическая справка по итогам мониторинга ${school.schoolYear.replace('/', '-')}`;
      let units: DocUnit[] = [];
      let build: (() => ReturnType<typeof monitoringNote>) | null = null;
      if (!made) {
        const pairs = monitoringPairs(pairsOf(school));
        const records = readMonitoring(school.store.table('monitoring', ['pairId', 'role', 'email'])).map(
          (r) => r.record,
        );
        if (records.length === 0)
          throw new UserError('На листе «Мониторинг» нет ни одного ответа — справку строить не из чего.');
        build = () =>
          // With the programmes' plan completion before the conclusions, both stages of
          // monitoring, the comparison with the previous year and a SWOT draft (issue #19).
          withStageSections(
            withPlanSection(
              monitoringNote({
                schoolName: school.settings.schoolShortName || school.settings.schoolFullName,
                schoolYear: school.schoolYear,
                dateIso: env.caller.today,
                pairs,
                records,
                stats: monitoringStats(pairs, records),
              }),
              school,
              env.caller.today,
            ),
            school,
            pairs,
            env.caller.today,
          );
        units = [{ key, kind: 'note', pairId: '', name }];
      }
      const folder = units.length > 0 ? folderOf(school.settings) : null;
      return documentRun(env, {
        units,
        folder,
        make: (unit, onFile) => {
          const note = build!();
          // No PDF: a person opens or prints the note from Docs (PDFs are for the order and print packs).
          const doc = writeReport(folder!, unit.name, note.title, note.subtitle, note.blocks, onFile, {
            pdf: false,
          });
          made = { name: unit.name, url: doc.url };
          return doc;
        },
        details: () => ({ pairIds: [], number: '', date: env.caller.today }),
        done: () => (made ? `Создана «${made.name}»: ${made.url}` : ''),
        estimateMs: 30_000,
      });
    },
  };
}

/** The drivers of every document job. */
export function documentDrivers(): Record<DocJobKind, Driver> {
  return {
    programmes: programmesDriver(),
    consents: consentsDriver(),
    order: orderDriver(),
    note: noteDriver(),
  };
}

/** A sidebar (or menu) call that starts or renews a document job and works on it for a while. */
function startDocumentJob(
  caller: Caller,
  kind: DocJobKind,
  request: (school: SchoolContext) => Omit<Job, 'kind' | 'year' | 'by' | 'since'> & { since?: number },
): ActionResult {
  return runWork(caller, documentDrivers(), {
    budgetMs: BUDGET_MS.sidebar,
    prefer: kind,
    only: true,
    interactive: true,
    dailyDone: true,
    request: (school) => ({
      kind,
      year: school.schoolYear,
      by: caller.user,
      since: Date.now(),
      ...request(school),
    }),
  });
}

// ---- The curator's actions ----

export function generateOrderAction(caller: Caller, request: OrderRequest): ActionResult {
  const number = String(request.number ?? '')
    .replace(/^№\s*/, '')
    .trim();
  const date = String(request.date ?? '');
  if (request.regenerate) {
    const ctx = loadSchool(caller);
    const existing = readRegister(
      ctx.store.table('documents', ['type', 'number', 'link', 'pdf', 'pairs']),
    ).find((d) => d.type === ORDER_TYPE && d.number === number);
    if (existing) return regenerateOrder(caller, ctx, existing, number, date);
  }
  return startDocumentJob(caller, 'order', (ctx) => {
    const school = schoolInfo(ctx.settings, 'order');
    const docs = readRegister(ctx.store.table('documents', ['type', 'number', 'link', 'pdf', 'pairs']));
    const existing = docs.find((d) => d.type === ORDER_TYPE && d.number === number);
    if (existing)
      throw new UserError(
        `Приказ № ${number} уже есть: ${existing.url}. Чтобы пересоздать его, отметьте «Пересоздать».`,
        'orderExists',
      );
    const missing = missingForOrder(ctx.store);
    const { ready, waiting } = orderCandidates(pairsOf(ctx), missing);
    if (ready.length === 0) {
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
              `${p.id} — ${missing(p)
                .map((m) => m.name || m.email)
                .join(', ')}`,
          )
          .join('; ')}.`,
      );
    }
    // Refuses a bad number or term before anything is queued.
    buildOrder(
      school,
      ready.map((p) => pairForDocs(p, ctx)),
      { number, date },
    );
    templateId(ctx.settings, 'order');
    folderOf(ctx.settings);
    return { number, date, total: 1 };
  });
}

/**
 * «Пересоздать»: the order's document is filled again in place (same link) for the same pairs; the
 * register row and the pairs are updated under the school's lock once the document is done.
 */
function regenerateOrder(
  caller: Caller,
  ctx: SchoolContext,
  existing: RegisteredDoc,
  number: string,
  date: string,
): ActionResult {
  const school = schoolInfo(ctx.settings, 'order');
  const candidates = pairsOf(ctx).filter((p) => existing.pairs.includes(p.id));
  const content = buildOrder(
    school,
    candidates.map((p) => pairForDocs(p, ctx)),
    { number, date },
  );
  const pdfId = idFromUrl(existing.pdfUrl);
  const doc = regenerateInPlace(
    idFromUrl(existing.url),
    templateId(ctx.settings, 'order'),
    content,
    driveItemExists(pdfId, false) ? pdfId : '',
  );
  const message = `Пересоздан «${doc.name}» (пар: ${candidates.length}): ${doc.url}`;
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const register = store.table('documents', ['type', 'number', 'link', 'pdf']);
    const row = register.rows.find((r) => register.text(r, 'link') === existing.url);
    if (row !== undefined) {
      register.set(row, 'date', date);
      register.set(row, 'title', doc.name);
      register.set(row, 'pdf', doc.pdfUrl);
    }
    const pairs = store.table('pairs', ['id', 'order', 'status']);
    for (const r of pairs.rows) {
      if (!existing.pairs.includes(pairs.text(r, 'id'))) continue;
      pairs.set(r, 'order', orderCell(number, date));
      if (pairs.text(r, 'status') === PAIR_STATUS.agreed) pairs.set(r, 'status', PAIR_STATUS.locked);
      if (!pairs.text(r, 'start')) pairs.set(r, 'start', date);
    }
    journal(store, 'Приказ', message, caller.user);
    store.save();
    return { message };
  });
}

export function generateProgrammesAction(caller: Caller, ids: string[]): ActionResult {
  return startDocumentJob(caller, 'programmes', (ctx) => {
    schoolInfo(ctx.settings, 'programmes');
    const view = pairsView(ctx);
    // Programmes go to pairs the order fixed, unless the curator ticks other pairs herself.
    const chosen = selectPairs(view.pairs, ids, (p) => !p.programme && inOrder(p));
    if (chosen.length === 0) throw new UserError(programmesRefusal(view.pairs));
    // A pair with a wrong term is named now rather than half-way through the job.
    for (const p of chosen) checkTerm(view.docs.get(p.id)!);
    const eligible = view.pairs.filter((p) => isActive(p) && !p.programme).map((p) => p.id);
    const chosenIds = selection(
      chosen.map((p) => p.id),
      eligible,
    );
    const units = programmeUnits(view.plan, { ids: chosenIds, year: ctx.schoolYear });
    if (units.length === 0)
      throw new UserError(`У выбранных пар программы уже есть: ${chosen.map((p) => p.id).join(', ')}.`);
    templateId(ctx.settings, 'programme');
    folderOf(ctx.settings);
    return { ids: chosenIds, total: units.length };
  });
}

export function generateConsentFormsAction(caller: Caller, ids: string[]): ActionResult {
  return startDocumentJob(caller, 'consents', (ctx) => {
    schoolInfo(ctx.settings, 'consents');
    const view = pairsView(ctx);
    const chosen = selectPairs(view.pairs, ids, (p) => missingConsents(p).length > 0);
    if (chosen.length === 0) throw new UserError('Нет пар, которым нужны бланки согласий.');
    for (const p of chosen) checkTerm(view.docs.get(p.id)!);
    const eligible = view.pairs.filter((p) => isActive(p) && missingConsents(p).length > 0).map((p) => p.id);
    const chosenIds = selection(
      chosen.map((p) => p.id),
      eligible,
    );
    const units = consentUnitsOf(ctx, view, { ids: chosenIds, year: ctx.schoolYear });
    if (units.length === 0)
      throw new UserError(
        'Бланки согласий для выбранных пар уже созданы — ссылки в разделе «Созданные документы».',
      );
    templateId(ctx.settings, 'consentMentor');
    templateId(ctx.settings, 'consentMentee');
    folderOf(ctx.settings);
    return { ids: chosenIds, total: units.length };
  });
}

export function generateAnalyticalNoteAction(caller: Caller): ActionResult {
  return startDocumentJob(caller, 'note', (ctx) => {
    const records = readMonitoring(ctx.store.table('monitoring', ['pairId', 'role', 'email']));
    if (records.length === 0)
      throw new UserError('На листе «Мониторинг» нет ни одного ответа — справку строить не из чего.');
    folderOf(ctx.settings);
    return { total: 1 };
  });
}
