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
  const table = store.table('settings', ['Параметр', 'Значение']);
  const { settings } = readSettings(table, caller.today);
  return SETTING_PARAMS.map((p) => {
    const row = settings.rows[p.key];
    return { key: p.key, name: p.name, value: row ? table.text(row, 'Значение') : p.value, note: p.note };
  });
}

export function saveSettingsAction(caller: Caller, values: Record<string, string>): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const table = store.table('settings', ['Параметр', 'Значение']);
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
    journal(store, 'Настройки изменены', Object.keys(values).join(', '), caller.user);
    store.save();
    return { message: 'Настройки сохранены.' };
  });
}

export function setRemindersAction(caller: Caller, enabled: boolean): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const table = store.table('settings', ['Параметр', 'Значение']);
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
