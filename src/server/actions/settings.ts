// The Настройки tab: read and save settings with validation, switch reminders on and off.
import type { ActionResult, SettingDto } from '../api/types';
import type { Caller } from '../api/call';
import { withSchoolLock } from '../gas/lock';
import { ensureDailyTrigger, ensureFormTrigger, removeDailyTrigger } from '../gas/triggers';
import { readSettings, writeSetting, SETTING_PARAMS, type SettingKey } from '../settings';
import { UserError } from '../shared/errors';
import { problemText } from '../store/table';
import { journal } from '../store/journal';
import { Store } from '../store/store';

export function getSettingsAction(caller: Caller): SettingDto[] {
  const store = new Store(caller.ss);
  const table = store.table('settings', ['param', 'value']);
  const { settings } = readSettings(table, caller.today);
  return SETTING_PARAMS.map((p) => {
    const row = settings.rows[p.key];
    return { key: p.key, name: p.name, value: row ? table.text(row, 'value') : p.value, note: p.note };
  });
}

import { shareSchoolFolder } from '../gas/sharing';
import { idFromUrl } from '../gas/report';
import { schoolStaffEmails } from '../settings';
import { SETUP_TEXTS } from './texts';

export function saveSettingsAction(caller: Caller, values: Record<string, string>): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const table = store.table('settings', ['param', 'value']);
    const { settings } = readSettings(table, caller.today);
    const keys = new Set<string>(SETTING_PARAMS.map((p) => p.key));
    for (const [key, value] of Object.entries(values)) {
      if (!keys.has(key)) throw new UserError(`Неизвестный параметр «${key}».`);
      if (typeof value !== 'string') throw new UserError(`Параметр «${key}»: ожидается текст.`);
      writeSetting(table, settings, key as SettingKey, value.trim());
    }
    // Validate what would be saved before writing anything.
    const check = readSettings(table, caller.today);
    if (check.problems.length > 0) throw new UserError(check.problems.map(problemText).join('\n'));
    if (check.settings.remindersOwner === caller.user && check.settings.remindersEnabled) {
      ensureDailyTrigger(caller.ss, check.settings.dailyHour, store.timeZone);
    }
    // New curators or a new director get the school's folder at once (forms are moved by setup).
    const before = schoolStaffEmails(settings).join(',');
    const after = schoolStaffEmails(check.settings);
    let shared = '';
    const folderId = idFromUrl(check.settings.links.documentsFolder);
    if (after.join(',') !== before && folderId) {
      const sharing = shareSchoolFolder(folderId, after, []);
      if (sharing.added.length) shared = ' ' + SETUP_TEXTS.shared(sharing.added);
      if (sharing.refused) shared = ' ' + SETUP_TEXTS.sharingRefused(sharing.refused);
    }
    journal(store, 'Настройки изменены', Object.keys(values).join(', ') + shared, caller.user);
    store.save();
    return { message: `Настройки сохранены.${shared}` };
  });
}

export function setRemindersAction(caller: Caller, enabled: boolean): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const table = store.table('settings', ['param', 'value']);
    const { settings } = readSettings(table, caller.today);
    let message: string;
    if (enabled) {
      writeSetting(table, settings, 'remindersEnabled', 'да');
      // Taking over: from now on this person's trigger sends; another owner's trigger stands down.
      writeSetting(table, settings, 'remindersOwner', caller.user);
      ensureDailyTrigger(caller.ss, settings.dailyHour, store.timeZone);
      ensureFormTrigger(caller.ss, caller.user, true);
      message = `Напоминания включены: ежедневно в ${settings.dailyHour}:00 от имени ${caller.user || 'текущего пользователя'}.`;
    } else {
      writeSetting(table, settings, 'remindersEnabled', 'нет');
      removeDailyTrigger(caller.ss);
      message = 'Напоминания выключены.';
    }
    journal(store, 'Напоминания', message, caller.user);
    store.save();
    return { message };
  });
}
