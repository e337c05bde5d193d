import {
  checkpointDue,
  dailyRunUnfinished,
  consentKey,
  consentUnits,
  fits,
  isRunnable,
  leftovers,
  nextDaySlot,
  notMade,
  pickJob,
  programmeKey,
  programmeUnits,
  progressOf,
  selection,
  uniqueNames,
  type PlanPair,
  type RegisterEntry,
} from '../../../src/server/jobs/plan';
import { JOB_TEXTS } from '../../../src/server/jobs/texts';
import type { Job, Made } from '../../../src/server/jobs/types';

const YEAR = '2026/2027';

function pair(id: string, over: Partial<PlanPair> = {}): PlanPair {
  return {
    id,
    active: true,
    programme: '',
    programmeName: `Программа ${id}`,
    people: [
      { email: `m-${id}@s.example`, consent: false, docName: `Согласие — М. (${id})` },
      { email: `t-${id}@s.example`, consent: false, docName: `Согласие — Т. (${id})` },
    ],
    ...over,
  };
}

const job = (over: Partial<Job> = {}): Job => ({
  kind: 'programmes',
  year: YEAR,
  by: 'c@s.example',
  since: 0,
  total: 0,
  ...over,
});

const made = (key: string): Made => ({
  key,
  kind: 'programme',
  pairIds: [],
  number: '',
  date: '2026-09-01',
  name: '',
  url: '',
  pdfUrl: '',
});

describe('planning programmes', () => {
  it('a programme for each active pair whose «Программа» is empty, under a stable key', () => {
    const pairs = [
      pair('НП-1'),
      pair('НП-2', { programme: 'https://docs/x' }),
      pair('НП-3', { active: false }),
    ];
    expect(programmeUnits(pairs, job())).toEqual([
      { key: 'programme|2026/2027|НП-1', kind: 'programme', pairId: 'НП-1', name: 'Программа НП-1' },
    ]);
    expect(programmeKey(YEAR, 'НП-1')).toBe('programme|2026/2027|НП-1');
  });

  it('only the pairs the curator ticked, inactive ones included, never one that has its programme', () => {
    const pairs = [
      pair('НП-1'),
      pair('НП-2', { programme: 'https://docs/x' }),
      pair('НП-3', { active: false }),
    ];
    expect(programmeUnits(pairs, job({ ids: ['НП-3', 'НП-2', 'НП-9'] })).map((u) => u.pairId)).toEqual([
      'НП-3',
    ]);
  });

  it('a unit made but not yet in the sheets is not planned again', () => {
    const units = programmeUnits([pair('НП-1'), pair('НП-2')], job());
    expect(notMade(units, [made(programmeKey(YEAR, 'НП-1'))]).map((u) => u.pairId)).toEqual(['НП-2']);
  });
});

describe('planning consent forms', () => {
  const register: RegisterEntry[] = [
    { type: 'Согласие', number: 'НП-1', name: 'Согласие — М. (НП-1)', url: 'https://docs/1' },
    // Another pair's form of the same name, and a row of another type, do not count.
    { type: 'Согласие', number: 'НП-9', name: 'Согласие — Т. (НП-1)', url: 'https://docs/2' },
    { type: 'Программа', number: 'НП-1', name: 'Согласие — Т. (НП-1)', url: 'https://docs/3' },
  ];

  it('one per participant without a recorded consent and without a registered form', () => {
    const pairs = [
      pair('НП-1'),
      pair('НП-2', {
        people: [
          { email: 'm@s', consent: true, docName: 'a' },
          { email: 't@s', consent: false, docName: 'b' },
        ],
      }),
      pair('НП-3', {
        people: [
          { email: 'm3@s', consent: true, docName: 'c' },
          { email: 't3@s', consent: true, docName: 'd' },
        ],
      }),
    ];
    expect(consentUnits(pairs, register, job(), 'Согласие').map((u) => u.key)).toEqual([
      consentKey(YEAR, 'НП-1', 't-НП-1@s.example'),
      consentKey(YEAR, 'НП-2', 't@s'),
    ]);
  });

  it('a person twice in one pair gets one form; equal names in a pair are told apart by the address', () => {
    const twice = pair('НП-1', {
      people: [
        { email: 'a@s', consent: false, docName: 'Согласие — Иванова А. А. (НП-1)' },
        { email: 'a@s', consent: false, docName: 'Согласие — Иванова А. А. (НП-1)' },
        { email: 'b@s', consent: false, docName: 'Согласие — Иванова А. А. (НП-1)' },
      ],
    });
    const units = uniqueNames(consentUnits([twice], [], job(), 'Согласие'));
    expect(units.map((u) => u.name)).toEqual([
      'Согласие — Иванова А. А. (НП-1) a@s',
      'Согласие — Иванова А. А. (НП-1) b@s',
    ]);
  });

  it("namesakes' forms, once registered under their unique names, are not made again", () => {
    const namesakes = pair('НП-1', {
      people: [
        { email: 'a@s', consent: false, docName: 'Согласие — Иванова А. А. (НП-1)' },
        { email: 'b@s', consent: false, docName: 'Согласие — Иванова А. А. (НП-1)' },
      ],
    });
    const row = (name: string): RegisterEntry => ({
      type: 'Согласие',
      number: 'НП-1',
      name,
      url: 'https://x',
    });
    const made = uniqueNames(consentUnits([namesakes], [], job(), 'Согласие')).map((u) => row(u.name));
    expect(consentUnits([namesakes], made, job(), 'Согласие')).toEqual([]);
    // One made alone under the plain name counts for the first who bears it; the other is still due.
    const left = consentUnits([namesakes], [row('Согласие — Иванова А. А. (НП-1)')], job(), 'Согласие');
    expect(left.map((u) => u.email)).toEqual(['b@s']);
  });
});

describe('progress, time and checkpoints', () => {
  it('progress is what was asked for less what remains, growing if work was added', () => {
    expect(progressOf({ total: 110 }, 62)).toEqual({ done: 48, total: 110 });
    expect(progressOf({ total: 10 }, 12)).toEqual({ done: 0, total: 12 });
  });

  it('a unit starts only if it and a checkpoint end within the budget', () => {
    expect(fits(60_000, 9_000, 5_000, 75_000)).toBe(true);
    expect(fits(62_000, 9_000, 5_000, 75_000)).toBe(false);
  });

  it('a checkpoint every ten units or forty seconds, never with nothing to write', () => {
    expect(checkpointDue(10, 1_000)).toBe(true);
    expect(checkpointDue(3, 40_000)).toBe(true);
    expect(checkpointDue(3, 39_000)).toBe(false);
    expect(checkpointDue(0, 90_000)).toBe(false);
  });
});

describe('when work goes on', () => {
  const msk = 180;
  const at = (iso: string) => new Date(iso).getTime();

  it('after a daily quota ran out: the next day at the school hour, local time', () => {
    expect(nextDaySlot(at('2026-09-01T23:30:00+03:00'), msk, 8)).toBe(at('2026-09-02T08:00:00+03:00'));
    expect(nextDaySlot(at('2026-09-02T00:10:00+03:00'), msk, 9)).toBe(at('2026-09-03T09:00:00+03:00'));
    expect(nextDaySlot(at('2026-09-01T10:00:00+05:00'), 300, 8)).toBe(at('2026-09-02T08:00:00+05:00'));
  });

  it('the hourly run takes a job whose pause is over; a mailing only after the day’s reminders', () => {
    const now = at('2026-09-02T09:30:00+03:00');
    const paused = job({ kind: 'consents', notBefore: at('2026-09-03T08:00:00+03:00') });
    const mailing = job({ kind: 'requests' });
    expect(isRunnable(paused, now, true)).toBe(false);
    expect(isRunnable(job({ notBefore: now - 1 }), now, false)).toBe(true);
    expect(isRunnable(mailing, now, false)).toBe(false);
    expect(isRunnable(mailing, now, true)).toBe(true);
    expect(pickJob([paused, mailing], now, { dailyDone: false })).toBeNull();
    expect(pickJob([paused, mailing], now, { dailyDone: true })).toBe(mailing);
  });

  it('the sidebar works on the job it asked for, or on nothing', () => {
    const now = 1_000;
    const programmes = job();
    const consents = job({ kind: 'consents' });
    expect(pickJob([programmes, consents], now, { prefer: 'consents', only: true, dailyDone: true })).toBe(
      consents,
    );
    expect(pickJob([programmes], now, { prefer: 'consents', only: true, dailyDone: true })).toBeNull();
    expect(pickJob([programmes], now, { prefer: 'consents', dailyDone: true })).toBe(programmes);
  });
});

describe('what a killed unit left behind', () => {
  const intent = {
    key: 'programme|2026/2027|НП-1',
    name: 'Программа НП-1',
    since: 100_000,
    folderId: 'f',
    fileIds: ['recorded'],
  };

  it('the files it recorded and those of its name made since, unless something points at them', () => {
    const found = [
      { id: 'copy', name: 'Программа НП-1', created: 101_000 },
      { id: 'pdf', name: 'Программа НП-1.pdf', created: 102_000 },
      { id: 'old', name: 'Программа НП-1', created: 10_000 },
      { id: 'registered', name: 'Программа НП-1', created: 103_000 },
      { id: 'other', name: 'Программа НП-2', created: 103_000 },
    ];
    expect(leftovers(intent, found, new Set(['registered'])).sort()).toEqual(['copy', 'pdf', 'recorded']);
  });
});

describe('the selection kept with a job', () => {
  it('none when the curator ticked exactly the pairs that need it; else the ticked ones', () => {
    expect(selection(['НП-2', 'НП-1'], ['НП-1', 'НП-2'])).toBeUndefined();
    expect(selection([], ['НП-1'])).toBeUndefined();
    expect(selection([' НП-1 ', 'НП-1'], ['НП-1', 'НП-2'])).toEqual(['НП-1']);
  });
});

describe('what the curator reads', () => {
  it('progress and what is left, in Russian with the right forms', () => {
    expect(JOB_TEXTS.progress('programmes', 48, 110)).toBe('Создано 48 из 110 программ…');
    expect(JOB_TEXTS.progress('programmes', 0, 21)).toBe('Создано 0 из 21 программы…');
    expect(JOB_TEXTS.progress('consents', 3, 220)).toBe('Создано 3 из 220 бланков согласий…');
    expect(JOB_TEXTS.progress('requests', 100, 300)).toBe('Отправлено 100 из 300 писем…');
    expect(JOB_TEXTS.quota('programmes', 'docs', 50, 110, 9, true)).toBe(
      'Осталось 60 программ: лимит Google на создание документов на сегодня исчерпан, продолжим завтра после 9:00 автоматически.',
    );
    expect(JOB_TEXTS.quota('programmes', 'docs', 109, 110, 9, true)).toMatch(/^Осталась 1 программа:/);
    expect(JOB_TEXTS.quota('consents', 'docs', 0, 21, 9, false)).toBe(
      'Остался 21 бланк согласия: лимит Google на создание документов на сегодня исчерпан. Завтра нажмите «Создать бланки согласий» ещё раз — уже созданные документы не повторятся.',
    );
    expect(JOB_TEXTS.quota('requests', 'mail', 100, 300, 8, true)).toBe(
      'Отправлено 100 из 300: лимит Google на отправку писем на сегодня исчерпан. Остальные 200 уйдут автоматически в следующие дни, после 8:00.',
    );
  });
});

describe('whether the day’s run goes again', () => {
  const quota = (n: number) => () => n;
  it('not when it finished today, or put letters off for the quota', () => {
    expect(dailyRunUnfinished('02.09.2026 08:31: отправлено писем — 3', '2026-09-02', quota(97))).toBe(false);
    expect(
      dailyRunUnfinished('02.09.2026 08:31: отправлено писем — 100; отложено — 7', '2026-09-02', quota(0)),
    ).toBe(false);
  });
  it('when its line is not today’s (killed, or the spreadsheet was busy), or it ran out of time with quota left', () => {
    expect(dailyRunUnfinished('01.09.2026 08:31: отправлено писем — 3', '2026-09-02', quota(100))).toBe(true);
    expect(dailyRunUnfinished('', '2026-09-02', quota(100))).toBe(true);
    expect(
      dailyRunUnfinished('02.09.2026 08:35: отправлено писем — 300; отложено — 40', '2026-09-02', quota(60)),
    ).toBe(true);
  });
});
