// What a generated document costs on Google's clock (issue #20, item 2): the service calls of each
// programme, consent form, order and analytical note, counted on the real build/Code.js, at a short
// and a long activity plan. A document is a copy of its template and one Docs API batchUpdate, so its
// calls do not grow with its size.
import { answerQuestionnaires, schoolWithPairs, sheetRecords, type School } from '../helpers/school';

/** Calls of the Docs and Drive services: what making a document costs. */
const DOCS_AND_DRIVE =
  /^(Docs\.|DocumentApp\.|Document\.|Body\.|Paragraph\.|Text\.|Table\.|TableRow\.|TableCell\.|ListItem\.|HeaderSection\.|FooterSection\.|DriveApp\.|File\.|Folder\.|FileIterator\.|FolderIterator\.)/;

/**
 * Runs `run` and counts its calls: Docs and Drive calls in all, every call, and per document the
 * Docs and Drive calls from its copy (or creation) until the next document or sheet write — what
 * the document itself costs, without the run's own look-ups (the folder, the templates, the lease).
 */
function count(
  school: School,
  run: () => unknown,
): { docsDrive: number; all: number; perDocument: number[]; packs: number[] } {
  const log = school.ws.calls;
  const previous = log.listener;
  const perDocument: number[] = [];
  const packs: number[] = [];
  let open: number[] | null = null;
  log.listener = (name, args, target) => {
    if (name === 'File.makeCopy' || name === 'Docs.Documents.create') {
      // The print pack is a copy named «… для печати — …»: its calls are counted to the run's end
      // (it is made in steps, the checkpoints' sheet writes between them).
      open = /для печати/.test(String(args[0])) ? packs : perDocument;
      open.push(0);
    } else if (/^(Range|Sheet|Spreadsheet)\./.test(name) && open !== packs) open = null;
    if (open && DOCS_AND_DRIVE.test(name)) open[open.length - 1]++;
    previous?.(name, args, target);
  };
  log.reset();
  try {
    run();
  } finally {
    log.listener = previous;
  }
  const snapshot = log.snapshot();
  const docsDrive = Object.entries(snapshot)
    .filter(([k]) => DOCS_AND_DRIVE.test(k))
    .reduce((n, [, v]) => n + v, 0);
  return { docsDrive, all: log.total(), perDocument, packs };
}

/** A school of `pairs` pairs whose topic «Методика урока» has `activities` activities. */
function school(pairs: number, activities: number): School {
  const s = schoolWithPairs(pairs);
  s.ws.calls.quietly(() => {
    const sheet = s.ss.getSheetByName('Темы')!;
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === 'Методика урока');
    const list = Array.from({ length: activities }, (_, i) => `Мероприятие ${i + 1} по методике урока`);
    sheet.getRange(row + 1, 2).setValue(list.join('; '));
  });
  return s;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `НП-2026-${String(i + 1).padStart(2, '0')}`);

/** Calls a document adds: a run of three documents against a run of one, per document. */
function perDocument(make: (pairs: number) => { school: School; run: () => unknown; docs: number }) {
  const one = make(1);
  const a = count(one.school, one.run);
  const three = make(3);
  const b = count(three.school, three.run);
  const extra = three.docs - one.docs;
  // Each run also makes its print pack: the copy and its batch, a get and a batch per step of up
  // to 4,000 requests (one for three documents), the PDF.
  expect(a.packs).toHaveLength(1);
  expect(b.packs).toHaveLength(1);
  expect(a.packs[0]).toBeLessThanOrEqual(12);
  expect(b.packs[0]).toBeLessThanOrEqual(a.packs[0] + 2);
  return {
    docsDrive: (b.docsDrive - a.docsDrive) / extra,
    all: (b.all - a.all) / extra,
    perDocument: [...a.perDocument, ...b.perDocument],
    packs: [...a.packs, ...b.packs],
  };
}

describe('calls per document, whatever its size', () => {
  for (const activities of [5, 30]) {
    test(`a programme of ${activities} plan rows: at most 6 Docs and Drive calls`, () => {
      const made = perDocument((pairs) => {
        const s = school(pairs, activities);
        return { school: s, run: () => s.app.generateProgrammes(ids(pairs)), docs: pairs };
      });
      expect(made.docsDrive).toBeLessThanOrEqual(6);
      expect(made.perDocument).toHaveLength(4);
      expect(Math.max(...made.perDocument)).toBeLessThanOrEqual(6);
      // The programme holds every activity, one plan row each.
      const three = school(1, activities);
      three.app.generateProgrammes(ids(1));
      const link = String(sheetRecords(three, 'Пары и группы')[0]['Программа']);
      const doc = three.ws.docs.render(/\/d\/([^/]+)/.exec(link)![1]);
      const plan = doc.body.filter((b): b is { type: 'table'; rows: string[][] } => b.type === 'table')[2];
      expect(plan.rows).toHaveLength(activities + 1);
      expect(plan.rows[activities][2]).toBe(`Мероприятие ${activities} по методике урока`);
      console.log(`print pack of programmes: ${made.packs.join(', ')} Docs and Drive calls`);
      console.log(
        `programme, ${activities} rows: ${made.docsDrive} Docs and Drive calls, ${made.all} calls in all per document`,
      );
    });

    test(`consent forms with ${activities}-row programmes around: at most 6 Docs and Drive calls`, () => {
      const made = perDocument((pairs) => {
        const s = school(pairs, activities);
        return { school: s, run: () => s.app.generateConsentForms([]), docs: 2 * pairs };
      });
      expect(made.docsDrive).toBeLessThanOrEqual(6);
      console.log(
        `consent form: ${made.docsDrive} Docs and Drive calls, ${made.all} calls in all per document`,
      );
    });
  }

  test('the order, PDF included: at most 6 Docs and Drive calls', () => {
    const s = school(3, 5);
    s.ws.clock.setNow('2026-09-25T09:00:00+03:00');
    for (const p of sheetRecords(s, 'Пары и группы'))
      for (const c of [String(p['Наставник']), String(p['Наставляемые'])])
        s.app.recordConsent(p['ID'], /<(.+)>/.exec(c)![1], '2026-09-20');
    s.ws.clock.setNow('2026-10-01T10:00:00+03:00');
    const order = count(s, () => s.app.generateOrder({ number: '1', date: '2026-10-01' }));
    // The template read once (Documents.get), then the copy, the batch and the PDF.
    expect(s.ws.calls.count('Docs.Documents.get')).toBe(1);
    expect(order.perDocument).toHaveLength(1);
    expect(order.perDocument[0]).toBeLessThanOrEqual(6);
    const register = sheetRecords(s, 'Документы');
    expect(register[0]['PDF']).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    console.log(
      `order: ${order.perDocument[0]} Docs and Drive calls with its PDF (${order.docsDrive} in the run)`,
    );
  });

  test('the analytical note: at most 6 Docs and Drive calls, 9 more for its chart, no PDF', () => {
    const s = school(3, 5);
    s.ws.clock.setNow('2026-09-25T09:00:00+03:00');
    for (const p of sheetRecords(s, 'Пары и группы'))
      for (const c of [String(p['Наставник']), String(p['Наставляемые'])])
        s.app.recordConsent(p['ID'], /<(.+)>/.exec(c)![1], '2026-09-20');
    s.ws.clock.setNow('2026-10-01T10:00:00+03:00');
    s.app.generateOrder({ number: '1', date: '2026-10-01' });
    s.ws.clock.setNow('2027-05-10T10:00:00+03:00');
    s.app.sendQuestionnaires();
    answerQuestionnaires(s);
    const note = count(s, () => s.app.generateAnalyticalNote());
    expect(note.perDocument).toHaveLength(1);
    // The chart (issue #17, item 13): DocumentApp opens the note, finds the image's place by the
    // caption, puts the PNG there and saves — a constant, whatever the number of pairs.
    expect(note.perDocument[0]).toBeLessThanOrEqual(6 + 9);
    const row = sheetRecords(s, 'Документы').find((r) => r['Тип'] === 'Аналитическая справка')!;
    expect(row['PDF']).toBe('');
    const doc = s.ws.docs.render(/\/d\/([^/]+)/.exec(String(row['Ссылка']))![1]);
    expect(doc.body[0]).toMatchObject({ heading: 'TITLE', alignment: 'CENTER' });
    expect(doc.body.some((b) => b.type === 'listItem')).toBe(true);
    expect(doc.body.some((b) => b.type === 'table')).toBe(true);
    console.log(
      `analytical note: ${note.perDocument[0]} Docs and Drive calls (${note.docsDrive} in the run)`,
    );
  });

  test('a run of programmes or consent forms ends with one print pack: one document and one PDF of them all', () => {
    const s = school(3, 5);
    const result = s.app.generateConsentForms([]) as { message: string };
    expect(result.message).toMatch(
      /^Бланки согласий созданы: 6 .*\. Для печати — все 6 в одном PDF: https:\/\//,
    );
    const files = [...s.ws.drive.values()].filter((e) => /для печати/.test(e.name) && !e.trashed);
    expect(files.map((e) => [e.kind, e.mimeType]).sort()).toEqual([
      ['blob', 'application/pdf'],
      ['document', 'application/vnd.google-apps.document'],
    ]);
    const pack = files.find((e) => e.kind === 'document')!;
    const text = s.ws.docs.text(pack.id);
    expect(text.match(/даю согласие на участие в наставнической деятельности/g)).toHaveLength(6);
    expect(s.ws.docs.render(pack.id).body.filter((b) => b.type === 'paragraph' && b.pageBreak)).toHaveLength(
      5,
    );
    // No PDF per form: the pack's is the only one.
    expect([...s.ws.drive.values()].filter((e) => e.mimeType === 'application/pdf')).toHaveLength(1);
    const rows = sheetRecords(s, 'Документы').filter((r) => r['Тип'] === 'Пакет для печати');
    expect(rows).toHaveLength(1);
    expect(String(rows[0]['PDF'])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    // A second run (nothing left to make) makes no second pack.
    expect(() => s.app.generateConsentForms([])).toThrow(/уже созданы/);
    expect(sheetRecords(s, 'Документы').filter((r) => r['Тип'] === 'Пакет для печати')).toHaveLength(1);
  });
});
