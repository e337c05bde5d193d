// Several people, one school (issue #16): one set of forms, folder, templates and documents,
// whoever acts. Curator A sets the school up; curator B, an editor of the spreadsheet, takes over.
import { formIds, requestAnswers, schoolWithPairs, sheetRecords, type School } from '../helpers/school';

const B = 'deputy@school2.example';

interface Result {
  message: string;
  more?: boolean;
}

/** A school with `n` pairs with all consents, an order and programmes, made by curator A. */
function schoolOfA(n: number, settings: Record<string, string> = {}): School {
  // A's own hourly trigger stays off here, so only the run B takes over fires later.
  const school = schoolWithPairs(n, { settings, before: (s) => s.app.setReminders(false) });
  school.ws.script.advanceTo('2026-09-25T09:00:00+03:00');
  for (const pair of sheetRecords(school, 'Пары и группы')) {
    for (const cell of [pair['Наставник'], pair['Наставляемые']]) {
      school.app.recordConsent(pair['ID'], /<(.+)>/.exec(String(cell))![1], '2026-09-20');
    }
  }
  school.ws.script.advanceTo('2026-10-01T10:00:00+03:00');
  school.app.generateOrder({ number: '45-о', date: '2026-10-01' });
  let result = school.app.generateProgrammes([]) as Result;
  while (result.more) result = school.app.continueWork('programmes') as Result;
  return school;
}

function setting(school: School, name: string): string {
  const row = sheetRecords(school, 'Настройки').find((r) => r['Параметр'] === name);
  return String(row?.['Значение'] ?? '');
}

function documentIds(school: School): string[] {
  return sheetRecords(school, 'Документы').map((r) => /\/d\/([^/]+)/.exec(String(r['Ссылка']))![1]);
}

describe('one set of files, whoever acts', () => {
  it('curator B named in «Настройки» takes over: same forms and folder, opens the order and programmes, and the daily run as B takes the answers', () => {
    const school = schoolOfA(2, { otherCurators: B });
    school.ws.share(school.ss.getId(), B, 'editor');
    const forms = formIds(school);
    const folder = setting(school, 'Папка документов');
    const docs = documentIds(school);
    expect(docs.length).toBeGreaterThanOrEqual(3);

    school.ws.user = B;
    school.app.setReminders(true);
    const summary = school.app.setupWorkbook() as string;
    expect(summary).not.toMatch(/Нет доступа/);
    expect(formIds(school)).toEqual(forms);
    expect(setting(school, 'Папка документов')).toBe(folder);
    expect(school.ws.drive.size).toBe(school.ws.asPerson(() => school.ws.drive.size));

    // B opens every document A made (through the shared folder), in B's own execution.
    for (const id of docs) {
      const text = school.ws.execute({ kind: 'editor', handler: 'open', user: B }, () =>
        school.gas.DocumentApp.openById(id).getBody().getText(),
      );
      expect(text.length).toBeGreaterThan(100);
    }

    // A teacher answers while the spreadsheet is busy: the trigger (now B's) leaves the row; B's
    // daily run takes it.
    school.ws.lock.holdByOther('script', undefined, 10 * 60 * 1000);
    school.ws.forms.submit(
      forms.requests.formId,
      requestAnswers({ name: 'Новикова Ольга Петровна', email: 'novikova@school2.example' }, ['Оценивание']),
    );
    school.ws.lock.releaseOther('script');
    const before = school.ws.script.runLog.length;
    school.ws.script.advanceDays(1);
    const runs = school.ws.script.runLog.slice(before).filter((r) => r.handler === 'dailyRunTrigger');
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.owner === B)).toBe(true);
    const bank = sheetRecords(school, 'Банк наставляемых').map((r) => r['Email']);
    expect(bank).toContain('novikova@school2.example');
  });

  it('a curator the school did not name gets no second set: setup says what to do and makes nothing', () => {
    const school = schoolOfA(1);
    school.ws.share(school.ss.getId(), B, 'editor');
    const forms = formIds(school);
    const folder = setting(school, 'Папка документов');
    const files = school.ws.drive.size;
    school.ws.user = B;
    const summary = school.app.setupWorkbook() as string;
    expect(summary).toMatch(/Нет доступа: форма «Профессиональные запросы педагогов»/);
    expect(summary).toMatch(/папка документов/);
    expect(summary).toMatch(/новые не создавались/);
    expect(formIds(school)).toEqual(forms);
    expect(setting(school, 'Папка документов')).toBe(folder);
    // Nothing new in Drive but B's own My Drive root.
    expect(school.ws.drive.size).toBeLessThanOrEqual(files + 1);
  });
});
