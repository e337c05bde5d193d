// The analytical note carries a chart of the averages by question and role (issue #17, item 13),
// drawn by the Charts service and put into the Doc as an inline PNG; its figures are also in the
// table above it. The expected averages are computed here from the answers the test gives.
import { DATA_TABLE_KEY, type DataTableData } from 'apps-script-emulator/charts';
import { PNG_SIGNATURE, readPng } from 'apps-script-emulator/charts/png';
import {
  formIds,
  pairEmails,
  schoolWithPairs,
  sheetRecords,
  sheetValues,
  type School,
} from '../helpers/school';

type Role = 'mentee' | 'mentor';

/** A school of three pairs in an order, questionnaires sent in May. */
function schoolInMay(): School {
  const s = schoolWithPairs(3);
  s.ws.clock.setNow('2026-09-25T09:00:00+03:00');
  for (const p of sheetRecords(s, 'Пары и группы'))
    for (const email of pairEmails(p)) s.app.recordConsent(p['ID'], email, '2026-09-20');
  s.ws.clock.setNow('2026-10-01T10:00:00+03:00');
  s.app.generateOrder({ number: '1', date: '2026-10-01' });
  s.ws.clock.setNow('2027-05-10T10:00:00+03:00');
  s.app.sendQuestionnaires();
  return s;
}

/**
 * Everyone answers but the last pair's mentee, each scale with its own score (1–10, differing by
 * pair, role and question); returns the scores given, by role, one list per scale question in the
 * form's order.
 */
function answer(s: School): Record<Role, number[][]> {
  const forms = formIds(s);
  const given: Record<Role, number[][]> = { mentee: [], mentor: [] };
  const pairs = sheetRecords(s, 'Пары и группы');
  pairs.forEach((pair, p) => {
    const [mentor, mentee] = pairEmails(pair);
    const people: Array<[Role, string]> = [['mentor', mentor]];
    if (p < pairs.length - 1) people.push(['mentee', mentee]);
    for (const [role, email] of people) {
      const formId = role === 'mentor' ? forms.monitoringMentor.formId : forms.monitoringMentee.formId;
      const items = s.ws.calls.quietly(() => s.gas.FormApp.openById(formId).getItems());
      const answers: Record<string, string> = {
        [items[0].getTitle()]: String(pair['ID']),
        [items[1].getTitle()]: email,
      };
      let q = 0;
      for (const item of items) {
        if (item.getType() !== s.gas.FormApp.ItemType.SCALE) continue;
        const score = ((p * 3 + q * 2 + (role === 'mentor' ? 5 : 0)) % 10) + 1;
        answers[item.getTitle()] = String(score);
        (given[role][q] ??= []).push(score);
        q++;
      }
      answers['Хотели бы вы продолжить работу в паре?'] = 'Да';
      s.ws.forms.submit(formId, answers);
    }
  });
  return given;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const score = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');

describe('the analytical note’s chart', () => {
  test('one inline PNG of the averages by question and role, under the table of the same figures, in the PDF too', () => {
    const s = schoolInMay();
    const given = answer(s);
    s.app.generateAnalyticalNote();
    const row = sheetRecords(s, 'Документы').find((r) => r['Тип'] === 'Аналитическая справка')!;
    const docId = /\/d\/([^/]+)/.exec(String(row['Ссылка']))![1];
    const body = s.ws.docs.render(docId).body;

    // One image in the whole document.
    const holders = body.flatMap((b, i) => (b.type !== 'table' && b.images ? [i] : []));
    expect(holders).toHaveLength(1);
    const holder = body[holders[0]] as Exclude<(typeof body)[number], { type: 'table' }>;
    expect(holder.images).toHaveLength(1);
    const image = holder.images![0];
    expect(image.contentType).toBe('image/png');
    expect(holder.alignment).toBe('CENTER');

    // A real PNG: the signature, every chunk's CRC, the pixels inflate, bars in both series' colours.
    expect(Array.from(image.bytes.subarray(0, 8))).toEqual(Array.from(PNG_SIGNATURE));
    const png = readPng(image.bytes);
    expect(png.rgb).not.toBeNull();
    const colours = new Set<string>();
    for (let i = 0; i < png.rgb!.length; i += 3)
      colours.add(`${png.rgb![i]},${png.rgb![i + 1]},${png.rgb![i + 2]}`);
    expect(colours.has('51,102,204')).toBe(true); // #3366cc, the mentees
    expect(colours.has('255,153,0')).toBe(true); // #ff9900, the mentors
    // Shown within an A4 portrait page's text width (451 pt at Docs' 1-inch margins), proportions kept.
    expect(image.width).toBeLessThanOrEqual(451);
    expect(image.height / image.width).toBeCloseTo(png.height / png.width, 2);

    // The chart's data: the questions in the order of «Мониторинг»'s columns, one series per role,
    // each value the mean of the scores given.
    const table = JSON.parse(png.text[DATA_TABLE_KEY]) as DataTableData;
    expect(table.columns.map((c) => [c.type, c.label])).toEqual([
      ['STRING', 'Вопрос'],
      ['NUMBER', 'Наставляемые'],
      ['NUMBER', 'Наставники'],
    ]);
    const header = sheetValues(s, 'Мониторинг')[0].map(String);
    const categories = table.rows.map((r) => String(r[0]));
    expect(categories).toHaveLength(given.mentor.length);
    const at = categories.map((c) => header.indexOf(c));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    table.rows.forEach((r, q) => {
      expect(r[1] as number).toBeCloseTo(mean(given.mentee[q]), 9);
      expect(r[2] as number).toBeCloseTo(mean(given.mentor[q]), 9);
    });
    // The mentees' and mentors' means differ somewhere, so a chart of one role twice would fail.
    expect(table.rows.some((r) => Math.abs((r[1] as number) - (r[2] as number)) > 0.5)).toBe(true);

    // The figures are in the text too: the table just above the chart gives each role's mean.
    const above = body
      .slice(0, holders[0])
      .reverse()
      .find((b) => b.type === 'table') as { rows: string[][] };
    expect(above.rows[0]).toEqual(['Вопрос', 'Наставляемые', 'Наставники', 'Все']);
    given.mentee.forEach((_, q) => {
      expect(above.rows[q + 1][1]).toBe(score(mean(given.mentee[q])));
      expect(above.rows[q + 1][2]).toBe(score(mean(given.mentor[q])));
    });
    // The caption under the image says what it shows and where the numbers are; it is the alt text.
    const caption = body[holders[0] + 1] as { text: string };
    expect(caption.text).toMatch(
      /^Рисунок 1\. Средние оценки .* у наставляемых и наставников .*в таблице выше\.$/,
    );
    expect(image.altDescription).toBe(caption.text);

    // The PDF of the document (File.getAs) embeds the image once, at its pixel size.
    const pdf = Buffer.from(s.ws.docs.pdfBytes(docId));
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(pdf.includes(`/Width ${png.width}`)).toBe(true);
    expect(pdf.includes(`/Height ${png.height}`)).toBe(true);
  });
});
