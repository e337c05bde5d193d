// Журнал: one row per action of the add-on, so the curator can see what happened (add-ons get no
// failure emails). Written with the operation's other writes, without reading the sheet.
import type { Store } from './store';

export function journal(store: Store, action: string, details: string, user = ''): void {
  if (!store.sheet('journal')) return;
  store.appendRows('journal', [{ time: new Date(), action, user, details }]);
}
