// Setup as the curator runs it, with the forms and seeds of every feature.
import type { Caller } from '../api/call';
import { withSchoolLock } from '../gas/lock';
import { runSetup, TOPIC_SEED, type FormSpec, type Seed, type SetupReport } from '../setup';
import {
  mentorFormDef,
  requestFormDef,
  EMAIL_HELP,
  MENTORS_SHEET,
  REQUEST_ITEMS,
  REQUESTS_SHEET,
} from '../intake/forms';
import { Store } from '../store/store';
import { journal } from '../store/journal';
import { MONITORING_FORMS } from './monitoring';
import { PLAN_FORMS } from './plan';
import { STAGE_FORMS } from './stages';
import { ROADMAP_SEED } from './roadmap';
import { ensureDocuments } from './documents';
import { ensureLabour } from './labour';
import { readSettings } from '../settings';
import { readForms } from '../gas/state';
import { SETUP_TEXTS } from './texts';
import { removeBlankDefaultSheets } from '../setup/blank';

export const INTAKE_FORMS: FormSpec[] = [
  {
    kind: 'requests',
    settingKey: 'formRequests',
    sheetName: REQUESTS_SHEET,
    def: (s, topics) => requestFormDef(s.schoolShortName, topics, s.verifyEmail),
    emailItem: { title: REQUEST_ITEMS.email, help: EMAIL_HELP, keepWhenVerified: false },
  },
  {
    kind: 'mentors',
    settingKey: 'formMentors',
    sheetName: MENTORS_SHEET,
    def: (s, topics) => mentorFormDef(s.schoolShortName, topics, s.verifyEmail),
    emailItem: { title: REQUEST_ITEMS.email, help: EMAIL_HELP, keepWhenVerified: false },
  },
];

/** Forms and seeds other features add (monitoring questionnaires, the roadmap rows). */
export const EXTRA_FORMS: FormSpec[] = [...MONITORING_FORMS, ...PLAN_FORMS, ...STAGE_FORMS];
export const EXTRA_SEEDS: Seed[] = [ROADMAP_SEED];

export function setupSpreadsheet(caller: Caller): SetupReport {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const report = runSetup(
      store,
      caller.user,
      caller.today,
      [...INTAKE_FORMS, ...EXTRA_FORMS],
      [TOPIC_SEED, ...EXTRA_SEEDS],
    );
    const { settings } = readSettings(store.table('settings'), caller.today);
    const forms = Object.values(readForms())
      .map((f) => f?.formId ?? '')
      .filter((id) => id !== '');
    const docs = ensureDocuments(store, settings, forms);
    // Art. 351.8 ТК РФ (issue #18): the production calendar and the labour templates.
    const labour = ensureLabour(store, caller.today);
    report.documents = [...docs.made, ...labour.made];
    // The empty «Лист1» a new spreadsheet starts with is in the way once the add-on's sheets exist.
    removeBlankDefaultSheets(caller.ss);
    report.inaccessible = [
      ...(report.inaccessible ?? []).map((f) => `форма «${f}»`),
      ...docs.inaccessible,
      ...labour.inaccessible,
    ];
    report.sharing = [
      ...(docs.shared.length ? [SETUP_TEXTS.shared(docs.shared)] : []),
      ...(docs.movedForms ? [SETUP_TEXTS.movedForms(docs.movedForms)] : []),
      ...(docs.sharingRefused ? [SETUP_TEXTS.sharingRefused(docs.sharingRefused)] : []),
      ...labour.notes,
    ];
    journal(store, 'Первоначальная настройка', setupSummary(report), caller.user);
    store.save();
    return report;
  });
}

export function setupSummary(r: SetupReport): string {
  const parts: string[] = [];
  if (r.createdSheets.length) parts.push(`Созданы листы: ${r.createdSheets.join(', ')}.`);
  if (r.repairedColumns.length) parts.push(`Восстановлены столбцы: ${r.repairedColumns.join('; ')}.`);
  if (r.seeded.length) parts.push(`Заполнены: ${r.seeded.join(', ')}.`);
  if (r.repairedForms?.length)
    parts.push(`Перестроен сбор адресов в формах: ${r.repairedForms.map((f) => `«${f}»`).join(', ')}.`);
  if (r.createdForms.length) parts.push(`Созданы формы: ${r.createdForms.map((f) => `«${f}»`).join(', ')}.`);
  if (r.documents?.length) parts.push(`Созданы: ${r.documents.join(', ')}.`);
  if (r.triggers.length) parts.push(`Включены: ${r.triggers.join(', ')}.`);
  if (r.sharing?.length) parts.push(...r.sharing);
  if (r.inaccessible?.length) parts.push(SETUP_TEXTS.inaccessible(r.inaccessible));
  return parts.length ? parts.join(' ') : 'Всё на месте, ничего менять не потребовалось.';
}
