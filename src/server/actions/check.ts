import type { Caller } from '../api/call';
import { checkData, type CheckResult } from '../check';
import { readSettings } from '../settings';
import { Store } from '../store/store';

export function runDataCheck(caller: Caller): CheckResult {
  const store = new Store(caller.ss);
  const { settings, problems } = readSettings(
    store.table('settings', ['Параметр', 'Значение']),
    caller.today,
  );
  return checkData({
    teachers: store.table('teachers', ['ФИО', 'Email']),
    mentors: store.table('mentors', ['ФИО', 'Email']),
    mentees: store.table('mentees', ['ФИО', 'Email']),
    pairs: store.table('pairs', ['ID', 'Наставник', 'Наставляемые', 'Статус']),
    topics: store.table('topics', ['Тема']),
    defaultCapacity: settings.maxMentees,
    extra: problems,
  });
}
