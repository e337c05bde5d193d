import type { Caller } from '../api/call';
import { checkData, type CheckResult } from '../check';
import { checkForms } from './check-forms';
import { documentSettingProblems, readSettings } from '../settings';
import { Store } from '../store/store';
import type { Problem } from '../store/table';
import { parseDeadline } from '../deadlines/calendar';
import { ROADMAP_ITEMS } from '../deadlines/items';
import { isEmail } from '../shared/text';
import { labourProblems } from './labour';

export function runDataCheck(caller: Caller): CheckResult {
  const store = new Store(caller.ss);
  const { settings, problems } = readSettings(store.table('settings', ['param', 'value']), caller.today);
  return checkData({
    teachers: store.table('teachers', ['name', 'email']),
    mentors: store.table('mentors', ['name', 'email']),
    mentees: store.table('mentees', ['name', 'email']),
    pairs: store.table('pairs', ['id', 'mentor', 'mentees', 'status']),
    topics: store.table('topics', ['topic']),
    defaultCapacity: settings.maxMentees,
    extra: [
      ...problems,
      ...documentSettingProblems(settings, caller.ss.getName()),
      ...roadmapProblems(store),
      ...checkForms(caller.ss),
      // Art. 351.8 ТК РФ (issue #18): payment cells, the production calendar, the legal basis.
      ...labourProblems(store, settings),
    ],
  });
}

/** Дорожная карта: a Срок the calendar cannot read, an unknown item, a responsible that is neither an email nor a role. */
function roadmapProblems(store: Store): Problem[] {
  const table = store.table('roadmap', ['id', 'due']);
  const out: Problem[] = [];
  for (const row of table.rows) {
    const id = table.text(row, 'id');
    if (!ROADMAP_ITEMS.some((i) => i.id === id)) continue;
    const deadline = table.text(row, 'due');
    if (deadline && !parseDeadline(deadline)) {
      out.push({
        sheet: table.name,
        row,
        column: table.headerOf('due'),
        message: `«${deadline}» — не срок (ожидается 01.10, 1 октября, 01.10.2026, «Ежегодно» или «Постоянно»)`,
      });
    }
    const who = table.has('responsible') ? table.text(row, 'responsible') : '';
    if (who && !isEmail(who) && !/^(куратор|директор)/i.test(who.trim())) {
      out.push({
        sheet: table.name,
        row,
        column: table.headerOf('responsible'),
        message: `«${who}» — укажите email, «куратор» или «директор»`,
      });
    }
  }
  return out;
}
