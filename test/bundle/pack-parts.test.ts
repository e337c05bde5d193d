// A print pack longer than a Google Doc may be (issue #20): a Doc holds at most 1.02 million
// characters (Google Drive Help, «Files you can store in Google Drive»; the emulator refuses a
// batchUpdate past it), and a large school's 1,254 consent forms come to about 1.9 million. The
// pack is made in parts of at most PACK_PART_CHARS, each its own document, PDF and row. Here 48
// programmes of about 22,000 characters each (long requests from teachers) make two parts.
import {
  formIds,
  mentorAnswers,
  newSchool,
  requestAnswers,
  setUp,
  sheetRecords,
  type School,
} from '../helpers/school';

const PAIRS = 48;

interface Result {
  message: string;
  progress?: { done: number; total: number; label: string };
  more?: boolean;
  retryAfterMs?: number;
}

/** A teacher's long account of what they need: 20,000 characters, different for each. */
function longRequest(i: number): string {
  const sentence = `Педагог ${i} просит помочь с планированием уроков, оцениванием и работой с родителями. `;
  return sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
}

function school48(): School {
  const school = newSchool();
  setUp(school);
  school.app.saveSettings({
    schoolFullName:
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2»',
    schoolShortName: 'МБОУ «СОШ №2»',
    city: 'Сосногорск',
    directorName: 'Кузнецов Игорь Викторович',
    curatorName: 'Петрова Анна Сергеевна',
  });
  const { requests, mentors } = formIds(school);
  const answer = (formId: string, email: string, answers: Record<string, string | string[]>) =>
    school.ws.forms.submit(formId, answers, { email, account: email });
  for (let i = 0; i < 15; i++) {
    const email = `m${i}@school2.example`;
    answer(
      mentors.formId,
      email,
      mentorAnswers({ name: `Наставникова${i} Анна Петровна`, email }, ['Методика урока'], '4'),
    );
  }
  for (let i = 0; i < PAIRS; i++) {
    const email = `t${i}@school2.example`;
    const t = { name: `Учителева${i} Мария Ивановна`, email };
    answer(requests.formId, email, requestAnswers(t, ['Методика урока'], 'Индивидуальная', longRequest(i)));
  }
  for (let i = 0; i < PAIRS; i++)
    school.app.createPair({
      mentorEmail: `m${i % 15}@school2.example`,
      menteeEmails: [`t${i}@school2.example`],
    });
  return school;
}

function sidebar(school: School, start: () => unknown, kind: string): Result {
  let result = start() as Result;
  while (result.more) {
    if (result.retryAfterMs) school.ws.clock.setNow(school.ws.clock.nowMillis() + result.retryAfterMs);
    result = school.app.continueWork(kind) as Result;
  }
  return result;
}

const idOf = (url: unknown) => /\/d\/([-\w]+)/.exec(String(url))?.[1] ?? '';

describe('a print pack over the size of one Google Doc', () => {
  it('comes in parts, each under the limit with its PDF and row, holding every programme once', () => {
    const school = school48();
    const ids = sheetRecords(school, 'Пары и группы').map((p) => String(p['ID']));
    expect(ids).toHaveLength(PAIRS);
    const done = sidebar(school, () => school.app.generateProgrammes(ids), 'programmes');
    expect(done.message).toMatch(
      /^Программы созданы: 48\. Для печати — все 48 в 2 PDF по частям \(в один документ Google столько не помещается\): часть 1 — https:\/\/\S+; часть 2 — https:\/\/\S+$/,
    );
    const packs = sheetRecords(school, 'Документы').filter((r) => r['Тип'] === 'Пакет для печати');
    expect(packs.map((r) => String(r['Название']))).toEqual([
      expect.stringMatching(/^Программы наставничества для печати — .+, часть 1$/),
      expect.stringMatching(/^Программы наставничества для печати — .+, часть 2$/),
    ]);
    const texts = packs.map((r) => school.ws.docs.text(idOf(r['Ссылка'])));
    for (const [i, r] of packs.entries()) {
      // Under Google's limit, with the margin PACK_PART_CHARS keeps.
      expect(texts[i].length).toBeLessThan(820_000);
      const pdf = school.ws.drive.get(/\/d\/([-\w]+)/.exec(String(r['PDF']))![1])!;
      expect(pdf.name).toBe(`${String(r['Название'])}.pdf`);
      expect(pdf.trashed).toBeFalsy();
    }
    // Together past what one document holds; the first part filled up to the cut.
    expect(texts[0].length + texts[1].length).toBeGreaterThan(1_020_000);
    expect(texts[0].length).toBeGreaterThan(700_000);
    // Every teacher's programme in exactly one part.
    for (let k = 0; k < PAIRS; k++) {
      const parts = texts.filter((t) => t.includes(`Педагог ${k} просит помочь`));
      expect([k, parts.length]).toEqual([k, 1]);
    }
  });
});
