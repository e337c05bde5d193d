// «Первоначальная настройка»: creates everything on an empty spreadsheet and repairs what is missing
// on a used one. Running it again changes nothing that is there.
import { createForm, formExists, setVerifiedEmail } from '../gas/forms';
import { startCursor } from '../intake/cursor';
import { readForms, writeForms } from '../gas/state';
import type { FormDef, FormKind } from '../shared/forms';
import { ensureDailyTrigger, ensureFormTrigger } from '../gas/triggers';
import { readSettings, writeSetting, SETTING_PARAMS, type Settings, type SettingKey } from '../settings';
import type { RowValues } from '../schema';
import type { Table } from '../store/table';
import type { Store } from '../store/store';
import { normalizeKey } from '../shared/text';
import { ensureSheets } from './sheets';
import { DEFAULT_TOPICS } from './topics';

export interface SetupReport {
  createdSheets: string[];
  repairedColumns: string[];
  createdForms: string[];
  /** Forms whose email collection followed the setting «Проверять адрес отвечающего». */
  repairedForms?: string[];
  triggers: string[];
  seeded: string[];
  /** The documents folder and templates made (filled in by the documents feature). */
  documents?: string[];
  /**
   * Files the school already has that this user cannot open: never made again (that would fork
   * the school's files), only reported with what to do.
   */
  inaccessible?: string[];
  /** What was shared with the curators and the director, in words. */
  sharing?: string[];
}

export interface FormSpec {
  kind: FormKind;
  settingKey: SettingKey;
  sheetName: string;
  def: (settings: Settings, topics: string[]) => FormDef;
  /** The typed email question, to drop or add when the collection of verified addresses changes. */
  emailItem?: { title: string; help?: string; keepWhenVerified: boolean };
}

/** Rows a sheet is seeded with when it has none (Темы, Дорожная карта). */
export type Seed = {
  [K in 'topics' | 'roadmap']: { key: K; rows: (settings: Settings) => Array<RowValues<K>> };
}['topics' | 'roadmap'];

export const TOPIC_SEED: Seed = {
  key: 'topics',
  rows: () => DEFAULT_TOPICS.map((t) => ({ topic: t.name, activities: t.activities })),
};

export function runSetup(
  store: Store,
  user: string,
  todayIso: string,
  forms: FormSpec[],
  seeds: Seed[],
): SetupReport {
  const sheets = ensureSheets(store);
  const report: SetupReport = {
    createdSheets: sheets.created,
    repairedColumns: sheets.repaired,
    createdForms: [],
    triggers: [],
    seeded: [],
  };

  const settingsTable = store.table('settings', ['param', 'value', 'note']);
  let { settings } = readSettings(settingsTable, todayIso);
  const present = new Set(settingsTable.rows.map((r) => normalizeKey(settingsTable.text(r, 'param'))));
  for (const param of SETTING_PARAMS) {
    if (!present.has(normalizeKey(param.name))) {
      settings.rows[param.key] = settingsTable.append({
        param: param.name,
        value: param.value,
        note: param.note,
      });
    }
  }
  settings = readSettings(settingsTable, todayIso).settings;
  const fill = (key: SettingKey, value: string) => {
    const row = settings.rows[key];
    if (row && settingsTable.text(row, 'value') === '' && value)
      writeSetting(settingsTable, settings, key, value);
  };
  fill('schoolYear', settings.schoolYear);
  fill('curatorEmail', user);
  // The school's name, settlement, director and curator are the school's to type: a guess (the
  // spreadsheet's title) would reach the director's order unnoticed.

  for (const seed of seeds) {
    const table: Table<'topics' | 'roadmap'> = store.table(seed.key);
    if (table.rows.length > 0) continue;
    for (const row of seed.rows(settings)) table.append(row as RowValues<'topics' | 'roadmap'>);
    report.seeded.push(table.name);
  }
  const topicsTable = store.table('topics', ['topic']);
  const topics = topicsTable.rows.map((r) => topicsTable.text(r, 'topic')).filter((t) => t !== '');

  const recorded = readForms();
  for (const spec of forms) {
    const known = recorded[spec.kind];
    // Google answers "cannot open" the same way for a form that is gone and for one not shared
    // with this user. A second curator must never get a second set of forms: a recorded form is
    // made again only when staff cleared its link in «Настройки» on purpose.
    const openable = known ? formExists(known.formId) : false;
    if (known && !openable && settings.links[spec.settingKey as keyof Settings['links']]) {
      (report.inaccessible ??= []).push(spec.def(settings, topics).title);
      continue;
    }
    if (known && openable) {
      // The setting changed since the form was made: its email collection follows it.
      if (!!known.verified !== settings.verifyEmail) {
        if (setVerifiedEmail(known.formId, settings.verifyEmail, spec.emailItem ?? null)) {
          known.verified = settings.verifyEmail;
          (report.repairedForms ??= []).push(spec.def(settings, topics).title);
        }
      }
      continue;
    }
    const created = createForm(store.ss, spec.def(settings, topics), spec.sheetName);
    recorded[spec.kind] = {
      formId: created.formId,
      sheetId: created.sheetId,
      publishedUrl: created.publishedUrl,
      verified: !!spec.def(settings, topics).verifiedEmail,
    };
    writeSetting(settingsTable, settings, spec.settingKey, created.publishedUrl);
    // Its responses are taken from the first row on, even if the first triggers find the lock busy.
    startCursor(store, spec.kind, created.sheetId, created.sheetName);
    report.createdForms.push(spec.def(settings, topics).title);
  }
  writeForms(recorded, store.ss.getId());

  if (ensureFormTrigger(store.ss, user)) report.triggers.push('обработка ответов форм');
  // One job sends reminders: the first curator to set up owns it; others do not add a second one.
  const owner = settings.remindersOwner;
  if (settings.remindersEnabled && (!owner || owner === user)) {
    if (!owner && user) writeSetting(settingsTable, settings, 'remindersOwner', user);
    if (ensureDailyTrigger(store.ss, settings.dailyHour, store.timeZone))
      report.triggers.push(`ежедневная проверка сроков в ${settings.dailyHour}:00`);
  }
  return report;
}
