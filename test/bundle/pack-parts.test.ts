// A print pack longer than a Google Doc may be (issue #20): a Doc holds at most 1.02 million
// characters (Google Drive Help, «Files you can store in Google Drive»; the emulator refuses a
// batchUpdate past it), and a large school's 1,254 consent forms come to about 1.9 million. The
// pack is made in parts of at most PACK_PART_CHARS, each its own document, PDF and row. Here 48
// programmes of about 22,000 characters each (long requests from teachers) make two parts.
import { schoolWithPairs, sheetRecords, untilDone } from '../helpers/school';

const PAIRS = 48;

/** A teacher's long account of what they need: 20,000 characters, different for each. */
function longRequest(i: number): string {
  const sentence = `Педагог ${i} просит помочь с планированием уроков, оцениванием и работой с родителями. `;
  return sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
}

const idOf = (url: unknown) => /\/d\/([-\w]+)/.exec(String(url))?.[1] ?? '';

describe('a print pack over the size of one Google Doc', () => {
  it('comes in parts, each under the limit with its PDF and row, holding every programme once', () => {
    const school = schoolWithPairs(PAIRS, { mentors: 15, description: longRequest });
    const ids = sheetRecords(school, 'Пары и группы').map((p) => String(p['ID']));
    expect(ids).toHaveLength(PAIRS);
    const done = untilDone(
      school,
      () => school.app.generateProgrammes(ids),
      () => school.app.continueWork('programmes'),
    );
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
