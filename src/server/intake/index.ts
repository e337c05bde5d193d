// One form response, from the trigger to the bank row it changes.
import { withDocumentLock } from '../gas/lock';
import { formKindOfSheet } from '../gas/state';
import { runsAsFormTriggerOwner } from '../gas/triggers';
import { Store } from '../store/store';
import { journal } from '../store/journal';
import { answersOf, isBlank, responseTime } from './answers';
import { linkTeacher, takeMentor, takeRequest, type IntakeResult } from './upsert';
import { TEXTS } from './texts';
import { isoFromDate } from '../store/dates';

export interface FormSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  namedValues?: Record<string, string[]>;
  values?: string[];
  triggerUid?: string;
}

/** Extra handlers for forms other features own (monitoring questionnaires). */
export type ExtraIntake = (
  kind: string,
  store: Store,
  answers: ReturnType<typeof answersOf>,
  time: number,
) => string | null;

export function handleFormSubmit(e: FormSubmitEvent, extra?: ExtraIntake): IntakeResult | string | null {
  const answers = answersOf(e.namedValues);
  const range = e.range;
  if (!range || isBlank(answers)) return null;
  const ss = e.source ?? range.getSheet().getParent();
  const sheetId = range.getSheet().getSheetId();
  // After a curator handed intake over, their old trigger still fires: it stands aside.
  if (!runsAsFormTriggerOwner()) return null;
  return withDocumentLock(() => {
    const kind = formKindOfSheet(sheetId);
    if (!kind) return null;
    const store = new Store(ss);
    const time = responseTime(answers, store.tzOffsetMinutes) ?? Date.now();
    if (kind !== 'requests' && kind !== 'mentors') {
      const note = extra ? extra(kind, store, answers, time) : null;
      store.save();
      return note;
    }
    const topicsTable = store.table('topics', ['Тема']);
    const topics = topicsTable.rows.map((r) => topicsTable.text(r, 'Тема')).filter((t) => t);
    const bankKey = kind === 'requests' ? 'mentees' : 'mentors';
    const bank = store.table(bankKey, [
      'ФИО',
      'Email',
      'Статус',
      kind === 'requests' ? 'Дата запроса' : 'Дата анкеты',
    ]);
    const today = isoFromDate(new Date(time), store.tzOffsetMinutes);
    const result =
      kind === 'requests'
        ? takeRequest(bank, answers, time, topics)
        : takeMentor(bank, answers, time, topics, today);
    if (result.action === 'rejected') {
      journal(
        store,
        TEXTS.rejectedAction,
        TEXTS.rejected(bank.name, range.getSheet().getName(), range.getRow(), result.reason ?? ''),
      );
    } else if (result.action !== 'unchanged' && result.row) {
      const teachers = store.table('teachers', ['ФИО', 'Email']);
      const row = result.row;
      linkTeacher(teachers, {
        ФИО: bank.text(row, 'ФИО'),
        Email: result.email,
        Должность: bank.text(row, 'Должность'),
        Предмет: bank.text(row, 'Предмет'),
        'Стаж (лет)': bank.number(row, 'Стаж (лет)') ?? '',
        ...(kind === 'mentors' ? { Категория: bank.text(row, 'Категория') } : {}),
      });
      journal(
        store,
        result.action === 'added' ? TEXTS.addedAction(bank.name) : TEXTS.updatedAction(bank.name),
        `${result.name} <${result.email}>`,
      );
    }
    store.save();
    return result;
  });
}
