// «Журнал рассылок»: a reminder the quota held back is not promised forever. The next run sends it
// if it is still due; one a later stage replaced is recorded as superseded, one no longer needed as
// such — once each.
import { dueKeys, keys, overtaken, type PlanInput } from '../../../src/server/deadlines/plan';

const input = (today: string, done = false, sent: string[] = []): PlanInput => ({
  today,
  items: [
    {
      id: '2.1',
      title: 'Сбор запросов',
      deadline: '2026-09-15',
      done,
      evidence: 'ответили 1 из 3',
      responsible: 'curator@x.ru',
    },
  ],
  reminderDays: [14, 7, 1],
  directorEmail: 'director@x.ru',
  curatorEmail: 'curator@x.ru',
  school: 'СОШ №2',
  spreadsheetUrl: 'https://sheet',
  sent: new Set(sent),
  teachers: [
    {
      itemId: '2.1',
      deadline: '2026-09-15',
      email: 't@x.ru',
      name: 'Иванова Мария Петровна',
      formTitle: 'Профессиональные запросы педагогов',
      link: 'https://forms/x',
    },
  ],
  unpublished: [],
});

const stage7 = keys.remind('2.1', '2026-09-15', 7, 'curator@x.ru');
const teacher7 = keys.teacher('2.1', '2026-09-15', 7, 't@x.ru');

describe('reminders the quota held back', () => {
  it('are still due the next day while their stage lasts', () => {
    const today = input('2026-09-09');
    const deferred = new Map([
      [stage7, 'curator@x.ru'],
      [teacher7, 't@x.ru'],
    ]);
    expect(dueKeys(today)).toEqual(new Set([stage7, teacher7]));
    expect(overtaken(deferred, dueKeys(today), today.sent)).toEqual([]);
  });

  it('are superseded once a later stage of the same reminder is due', () => {
    const today = input('2026-09-14');
    const deferred = new Map([
      [stage7, 'curator@x.ru'],
      [teacher7, 't@x.ru'],
    ]);
    expect(overtaken(deferred, dueKeys(today), today.sent)).toEqual([
      { key: stage7, recipient: 'curator@x.ru', superseded: true },
      { key: teacher7, recipient: 't@x.ru', superseded: true },
    ]);
  });

  it('are no longer needed when the item is done, and are left alone once sent', () => {
    const today = input('2026-09-10', true, [teacher7]);
    const deferred = new Map([
      [stage7, 'curator@x.ru'],
      [teacher7, 't@x.ru'],
    ]);
    expect(overtaken(deferred, dueKeys(today), today.sent)).toEqual([
      { key: stage7, recipient: 'curator@x.ru', superseded: false },
    ]);
  });
});
