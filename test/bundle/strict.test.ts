// The add-on on the strict emulator (scopes from the shipped manifest, Google's clock and limits)
// after Google's change of 30 June 2026: forms created through the API start unpublished and take
// no answers until published (Forms API guide «API changes to Google Forms»).
import { formIds, newSchool, requestAnswers, setUp, sheetRecords, type School } from '../helpers/school';

type Publishable = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): Publishable;
  isPublished(): boolean;
};

const TEACHER = { name: 'Иванова Мария Петровна', email: 'ivanova@school2.example' };

function school(): School {
  const s = newSchool({ now: '2026-07-01T10:00:00+03:00' });
  setUp(s);
  return s;
}

function requestForm(s: School): Publishable {
  return s.ws.calls.quietly(() => s.gas.FormApp.openById(formIds(s).requests.formId)) as Publishable;
}

describe('forms created after 30 June 2026', () => {
  it('setup publishes every form it creates, and a teacher’s request lands in Банк наставляемых', () => {
    const s = school();
    for (const { formId } of Object.values(formIds(s))) {
      const form = s.ws.calls.quietly(() => s.gas.FormApp.openById(formId)) as Publishable;
      expect(s.ws.calls.quietly(() => [form.isPublished(), form.isAcceptingResponses()])).toEqual([
        true,
        true,
      ]);
    }
    s.ws.forms.submit(formIds(s).requests.formId, requestAnswers(TEACHER, ['Методика урока']));
    const bank = sheetRecords(s, 'Банк наставляемых');
    expect(bank).toHaveLength(1);
    expect(bank[0]['Email']).toBe(TEACHER.email);
  });

  it('a form someone unpublished takes no answers; «Проверить данные» publishes it and reports it', () => {
    const s = school();
    const form = requestForm(s);
    s.ws.calls.quietly(() => form.setPublished(false));
    expect(() =>
      s.ws.forms.submit(formIds(s).requests.formId, requestAnswers(TEACHER, ['Методика урока'])),
    ).toThrow(/not published/);
    expect(sheetRecords(s, 'Банк наставляемых')).toHaveLength(0);

    const { lines } = s.app.checkWorkbook() as { lines: string[] };
    const title = s.ws.calls.quietly(() => form.getTitle());
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^Ответы: запросы педагогов: форма «${title}» не была опубликована`)),
    );
    expect(s.ws.calls.quietly(() => form.isPublished())).toBe(true);

    s.ws.forms.submit(formIds(s).requests.formId, requestAnswers(TEACHER, ['Методика урока']));
    expect(sheetRecords(s, 'Банк наставляемых').map((r) => r['Email'])).toEqual([TEACHER.email]);
    // Published again, the next check has nothing to say about the form.
    const again = (s.app.checkWorkbook() as { lines: string[] }).lines;
    expect(again.filter((l) => l.includes('опубликован'))).toEqual([]);
  });
});
