// An order too long to fill in one call (issue #20): a district's 2,880 pairs are some 90,000
// requests, about 8 minutes of Google's time in one batchUpdate. It is filled in steps of
// FILL_STEP_REQUESTS (src/server/gas/docs.ts), each recorded with the revision it left
// (writeControl.requiredRevisionId), so the fill goes on over several executions and a step that a
// killed execution applied but never recorded is seen, never applied twice. 160 pairs here make
// two steps.
import type { DriveEntry } from 'apps-script-emulator/core';
import {
  consentEveryone,
  schoolWithPairs,
  sheetRecords,
  untilDone,
  type School,
  type WorkResult,
} from '../helpers/school';

const PAIRS = 160;

const school160 = (): School => {
  const school = schoolWithPairs(PAIRS, { mentors: 40 });
  school.ws.clock.setNow('2026-09-25T10:00:00+03:00');
  consentEveryone(school, '2026-09-25');
  return school;
};

/** The sidebar's loop on the order. */
const sidebar = (school: School, start: () => unknown, seen: WorkResult[] = []): WorkResult =>
  untilDone(school, start, () => school.app.continueWork('order'), seen);

const idOf = (url: unknown) => /\/d\/([-\w]+)/.exec(String(url))?.[1] ?? '';

const orders = (school: School, trashed = false): DriveEntry[] =>
  [...school.ws.drive.values()].filter(
    (e) => e.kind === 'document' && e.trashed === trashed && /^Приказ № 45-о/.test(e.name),
  );

const batches = (school: School) => school.ws.calls.count('Docs.Documents.batchUpdate');

/**
 * The order is whole: every teacher named as often as every other (a step applied twice would name
 * some twice as often), no placeholder left; every pair in it; one PDF beside it.
 */
function expectWholeOrder(school: School): void {
  const register = sheetRecords(school, 'Документы').filter((r) => r['Тип'] === 'Приказ');
  expect(register).toHaveLength(1);
  const id = idOf(register[0]['Ссылка']);
  expect(orders(school).map((e) => e.id)).toEqual([id]);
  const text = school.ws.docs.text(id);
  const named = (i: number) => text.split(new RegExp(`Учителев(?:а|ой|у)${i}[ \\u00a0]`)).length - 1;
  expect(named(0)).toBeGreaterThan(0);
  for (let i = 1; i < PAIRS; i++) expect([i, named(i)]).toEqual([i, named(0)]);
  expect(text).not.toMatch(/\{\{/);
  // Every pair is in this order.
  expect(new Set(sheetRecords(school, 'Пары и группы').map((p) => p['Приказ']))).toEqual(
    new Set(['№ 45-о от 01.10.2026']),
  );
  // One PDF beside it.
  const pdfs = [...school.ws.drive.values()].filter(
    (e) => !e.trashed && /^Приказ № 45-о.*\.pdf$/.test(e.name),
  );
  expect(pdfs).toHaveLength(1);
  expect(idOf(register[0]['PDF'])).toBe(pdfs[0].id);
}

describe('an order of 160 pairs, filled in steps', () => {
  it('in one go when nothing stops it: the same whole order, in two batchUpdates', () => {
    const school = school160();
    const before = batches(school);
    const result = sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }));
    expect(result.message).toMatch(
      /^Создан «Приказ № 45-о от 01\.10\.2026 о закреплении наставнических пар» \(пар: 160\)/,
    );
    expectWholeOrder(school);
    expect(batches(school) - before).toBe(2);
    expect(orders(school, true)).toHaveLength(0);
  });

  it('killed before its second step: the next execution goes on with the same document', () => {
    const school = school160();
    school.ws.duringCall(
      'Docs.Documents.batchUpdate',
      () => void (school.ws.currentExecution()!.killed = true),
      {
        nth: 2,
      },
    );
    expect(() => school.app.generateOrder({ number: '45-о', date: '2026-10-01' })).toThrow(
      /Exceeded maximum execution time/,
    );
    const [half] = orders(school);
    const seen: WorkResult[] = [];
    sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }), seen);
    expectWholeOrder(school);
    // Not made again: the first step stays, the second is applied on top of it.
    expect(orders(school)[0].id).toBe(half.id);
    expect(orders(school, true)).toHaveLength(0);
  });

  it('killed after its second step was applied and before it was recorded: the step is not applied twice', () => {
    const school = school160();
    // Just before the second step, arrange the kill at the next script-property write: the record
    // of that step.
    school.ws.duringCall(
      'Docs.Documents.batchUpdate',
      () =>
        school.ws.duringCall(
          'Properties.setProperty',
          () => void (school.ws.currentExecution()!.killed = true),
        ),
      { nth: 2 },
    );
    expect(() => school.app.generateOrder({ number: '45-о', date: '2026-10-01' })).toThrow(
      /Exceeded maximum execution time/,
    );
    expect(orders(school)).toHaveLength(1);
    sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }));
    // The half-made copy is not at the revision the record names: it went to the bin and the order
    // was made again from the template, whole, once.
    expectWholeOrder(school);
    expect(orders(school, true)).toHaveLength(1);
  });

  it('other documents made while the order is half-filled: its copy goes to the bin, and the order is made whole afterwards', () => {
    const school = school160();
    school.ws.duringCall(
      'Docs.Documents.batchUpdate',
      () => void (school.ws.currentExecution()!.killed = true),
      {
        nth: 2,
      },
    );
    expect(() => school.app.generateOrder({ number: '45-о', date: '2026-10-01' })).toThrow(/Exceeded/);
    // The curator asks for two programmes before the order is finished.
    const ids = sheetRecords(school, 'Пары и группы')
      .slice(0, 2)
      .map((p) => String(p['ID']));
    const result = untilDone(
      school,
      () => school.app.generateProgrammes(ids),
      () => school.app.continueWork('programmes'),
    );
    expect(result.message).toMatch(/^Программы созданы: 2\./);
    // Nothing half-made is left anywhere: the order's first copy is in the bin.
    expect(orders(school)).toHaveLength(0);
    expect(orders(school, true)).toHaveLength(1);
    sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }));
    expectWholeOrder(school);
  });

  it('the data changes between two executions: the order starts again from it, never half old and half new', () => {
    const school = school160();
    // The first execution makes the first step only.
    school.ws.duringCall(
      'Docs.Documents.batchUpdate',
      () => void (school.ws.currentExecution()!.killed = true),
      {
        nth: 2,
      },
    );
    expect(() => school.app.generateOrder({ number: '45-о', date: '2026-10-01' })).toThrow(/Exceeded/);
    // Meanwhile the curator corrects a teacher's surname in the bank: the requests differ.
    const sheet = school.ss.getSheetByName('Банк наставляемых')!;
    school.ws.asPerson(() => {
      const values = sheet.getDataRange().getValues();
      const nameCol = values[0].map(String).findIndex((h) => /^ФИО/.test(h));
      const row = values.findIndex((r) => String(r[nameCol]) === 'Учителева0 Мария Ивановна');
      expect(row).toBeGreaterThan(0);
      sheet.getRange(row + 1, nameCol + 1).setValue('Новикова Мария Ивановна');
    });
    sidebar(school, () => school.app.generateOrder({ number: '45-о', date: '2026-10-01' }));
    const register = sheetRecords(school, 'Документы').filter((r) => r['Тип'] === 'Приказ');
    const text = school.ws.docs.text(idOf(register[0]['Ссылка']));
    expect(text).toMatch(/Новиков/);
    expect(text).not.toMatch(/Учителев(?:а|ой|у)0[ \u00a0]/);
    expect(orders(school)).toHaveLength(1);
    expect(orders(school, true)).toHaveLength(1);
  });
});
