// Issue #20 item 3: an operation's Sheets calls do not depend on how full its sheets are. Appended
// rows grow the sheet at its end in one call whether or not they would have fitted, so a school
// whose sheets have room and one whose sheets are full make the same calls, and the rows land
// right after the last row either way.
import { formIds, mentorAnswers, newSchool, requestAnswers, setUp, type School } from '../helpers/school';

const SHEETS_CLASSES = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;

function sheetsCalls(school: School): Record<string, number> {
  return Object.fromEntries(
    Object.entries(school.ws.calls.snapshot()).filter(([name]) => SHEETS_CLASSES.test(name)),
  );
}

/** A person deletes the blank rows at the end of a sheet: the next append finds it full. */
function fill(school: School, name: string): void {
  school.ws.asPerson(() => {
    const sheet = school.ss.getSheetByName(name)!;
    const last = Math.max(sheet.getLastRow(), 2);
    if (sheet.getMaxRows() > last) sheet.deleteRows(last + 1, sheet.getMaxRows() - last);
  });
}

function withProposals(): School {
  const s = newSchool();
  setUp(s);
  const { requests, mentors } = formIds(s);
  for (let i = 0; i < 3; i++)
    s.ws.forms.submit(
      mentors.formId,
      mentorAnswers(
        { name: `Наставникова${i} Анна Петровна`, email: `mentor${i}@school2.example` },
        ['Методика урока', 'Оценивание'],
        '2',
        true,
      ),
    );
  for (let i = 0; i < 5; i++)
    s.ws.forms.submit(
      requests.formId,
      requestAnswers({ name: `Учителева${i} Мария Ивановна`, email: `mentee${i}@school2.example` }, [
        'Методика урока',
      ]),
    );
  return s;
}

describe('appends cost the same Sheets calls in a full sheet as in one with room', () => {
  it('«Журнал»: a settings change logs its line after the last row, with the same calls', () => {
    const roomy = newSchool();
    setUp(roomy);
    const full = newSchool();
    setUp(full);
    fill(full, 'Журнал');
    const counts = [roomy, full].map((school) => {
      const sheet = school.ss.getSheetByName('Журнал')!;
      const before = { last: sheet.getLastRow(), max: sheet.getMaxRows() };
      school.ws.calls.reset();
      school.app.saveSettings({ city: 'Энск' });
      const calls = sheetsCalls(school);
      expect(sheet.getLastRow()).toBe(before.last + 1);
      expect(String(sheet.getRange(before.last + 1, 2).getValue())).toContain('Настройки');
      // The blank rows at the end never run out.
      expect(sheet.getMaxRows() - sheet.getLastRow()).toBeGreaterThanOrEqual(before.max - before.last);
      return calls;
    });
    expect(counts[1]).toEqual(counts[0]);
  });

  it('«Пары и группы»: accepting proposals into a full sheet makes the same calls', () => {
    const roomy = withProposals();
    const full = withProposals();
    fill(full, 'Пары и группы');
    const counts = [roomy, full].map((school) => {
      const shown = school.app.proposePairs() as { fingerprint: string; proposals: Array<{ key: string }> };
      school.ws.calls.reset();
      school.app.acceptProposals(
        shown.fingerprint,
        shown.proposals.map((p) => ({ key: p.key })),
      );
      const calls = sheetsCalls(school);
      const sheet = school.ss.getSheetByName('Пары и группы')!;
      expect(sheet.getLastRow()).toBe(1 + shown.proposals.length);
      return calls;
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});
