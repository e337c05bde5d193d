// The documents adapter on the offline Workspace: templates made on setup, orders, programmes and
// consent forms filled from them, literal data, unknown fields refused, and calls counted.
import { createWorkspace, type Workspace } from '../../../dev/workspace';
import { buildConsents } from '../../../src/server/documents/consent';
import { buildOrder } from '../../../src/server/documents/order';
import { buildProgramme } from '../../../src/server/documents/programme';
import type { PairForDocs } from '../../../src/server/documents/types';
import {
  createDocumentsRoot,
  createTemplateDoc,
  createTemplateDocs,
  fillTemplate,
  generateDocument,
  makePrintPack,
  prepareTemplate,
  stagedFromTemplate,
  FILL_STEP_REQUESTS,
  type FillProgress,
  pattern,
  regenerateInPlace,
  replacement,
  yearFolder,
} from '../../../src/server/gas/docs';
import { idFromUrl } from '../../../src/server/gas/report';
import { SCHOOL, TOPICS, pair, person } from './fixtures';

let ws: Workspace;
let saved: Map<string, PropertyDescriptor | undefined>;

beforeEach(() => {
  ws = createWorkspace({ now: '2026-09-25T09:00:00+03:00' });
  const globals = ws.globals();
  saved = new Map(Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]));
  for (const [k, v] of Object.entries(globals)) {
    Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
  }
});

afterEach(() => {
  for (const [k, d] of saved) {
    if (d) Object.defineProperty(globalThis, k, d);
    else delete (globalThis as Record<string, unknown>)[k];
  }
});

function folders() {
  const root = createDocumentsRoot();
  return { root, year: yearFolder(root, SCHOOL.schoolYear) };
}

function pairs(n: number): PairForDocs[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `НП-2026-${String(i + 1).padStart(2, '0')}`;
    return pair(id, person(`Сорокина Марина Олеговна${i}`, `m${i}@s.ru`), [
      person(`Иванова Мария Петровна`, `e${i}@s.ru`, { experienceYears: 1 }),
    ]);
  });
}

const mentor = person('Сорокина Марина Олеговна', 'sorokina@school.ru');
const mentee = person('Иванова Мария Петровна', 'ivanova@school.ru', { experienceYears: 1 });

describe('templates on setup', () => {
  test('four editable templates in the documents folder, a year folder found again, not duplicated', () => {
    const { root, year } = folders();
    expect(root.getName()).toBe('Наставничество — документы');
    expect(year.getName()).toBe('2026/2027');
    expect(yearFolder(root, '2026/2027').getId()).toBe(year.getId());
    const made = createTemplateDocs(root);
    expect(Object.values(made).map((t) => t.name)).toEqual([
      'Шаблон: приказ о закреплении наставнических пар',
      'Шаблон: персонализированная программа наставничества',
      'Шаблон: согласие наставника',
      'Шаблон: согласие наставляемого',
      'Шаблон: дополнительное соглашение о наставничестве',
      'Шаблон: приказ о прекращении наставничества',
    ]);
    const files = root.getFiles();
    let count = 0;
    while (files.hasNext()) {
      files.next();
      count++;
    }
    expect(count).toBe(6);
    const doc = ws.docs.render(made.order.docId);
    expect(doc.body[0]).toMatchObject({
      type: 'paragraph',
      text: '{{школа}}',
      alignment: 'CENTER',
      bold: true,
    });
    const table = doc.body.find((b) => b.type === 'table');
    expect(table).toMatchObject({
      rows: [
        [
          '№ п/п',
          'Наставник (ФИО, должность)',
          'Наставляемый(е) (ФИО, должность)',
          'Форма наставничества',
          'Срок наставничества',
        ],
        ['{{№}}', '{{наставник}}, {{должность_наставника}}', '{{наставляемые}}', '{{форма}}', '{{срок}}'],
      ],
    });
  });
});

describe('an order from its template', () => {
  test('a copy in the year folder with a PDF beside it; the template stays as it was', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const before = ws.docs.text(template.docId);
    const content = buildOrder(SCHOOL, pairs(2), { number: '45-о', date: '2026-10-01' });
    const made = generateDocument(template.docId, year, content);
    expect(made.name).toBe('Приказ № 45-о от 01.10.2026 о закреплении наставнических пар');
    expect(made.docId).not.toBe(template.docId);
    expect(ws.docs.text(template.docId)).toBe(before);
    expect(ws.drive.get(made.docId)?.parents).toEqual([year.getId()]);
    expect(ws.drive.get(made.pdfId)).toMatchObject({
      name: `${made.name}.pdf`,
      mimeType: 'application/pdf',
      parents: [year.getId()],
    });
    expect(made.url).toContain(made.docId);
    const text = ws.docs.text(made.docId);
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).toContain('«01» октября 2026 г.');
    expect(text).toContain('№ 45-о');
    expect(text).toContain('г. Сосногорск');
    expect(text).toContain('на заместителя директора по УВР Петрову Анну Сергеевну.');
    expect(text).toContain('Директор                ___________                О. В. Смирнов');
    // The PDF holds the saved content (saveAndClose before getAs).
    expect(Buffer.from(ws.drive.get(made.pdfId)!.data!, 'base64').toString()).toContain(
      'Петрову Анну Сергеевну',
    );
    const tables = ws.docs.render(made.docId).body.filter((b) => b.type === 'table');
    expect(tables[0]).toMatchObject({ type: 'table' });
    const rows = (tables[0] as { rows: string[][] }).rows;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '1',
      'Сорокина Марина Олеговна0, учитель математики',
      'Иванова Мария Петровна, учитель математики',
      'индивидуальная',
      'с 01.10.2026 по 31.05.2027',
    ]);
    expect(rows[2][0]).toBe('2');
    const signers = (tables[1] as { rows: string[][] }).rows.map((r) => r[0]);
    expect(signers).toEqual([
      'Петрова А. С., заместитель директора по УВР',
      'Сорокина М. О., учитель математики',
      'Иванова М. П., учитель математики',
      'Сорокина М. О., учитель математики',
      'Иванова М. П., учитель математики',
    ]);
  });

  test('data is inserted literally: regex characters, $1, \\d and {{x}} come out as typed', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const odd = 'Иванова (Петрова) $1 \\d {{x}}';
    const content = buildOrder(
      { ...SCHOOL, curatorName: odd },
      [pair('НП-2026-01', person(odd, 'odd@s.ru'), [person('Школа {{школа}} $& \\', 'e@s.ru')])],
      { number: '1', date: '2026-10-01' },
    );
    const made = generateDocument(template.docId, year, content);
    const text = ws.docs.text(made.docId);
    expect(text).toContain('Иванова (Петрова) $1 \\d {{x}}, учитель математики');
    expect(text).toContain('Школа {{школа}} $& \\, учитель математики');
    expect(text).toContain(`куратор: ${odd}`.replace('куратор: ', ''));
    expect(pattern('№')).toBe('\\{\\{\\s*№\\s*\\}\\}');
    expect(replacement('$1 \\d')).toBe('\\$1 \\\\d');
  });

  test('a template with a field nobody fills is refused by name, before anything is copied', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const doc = DocumentApp.openById(template.docId);
    doc.getBody().appendParagraph('Исполнитель: {{исполнитель}}, {{ телефон }}');
    doc.saveAndClose();
    const filesBefore = ws.drive.size;
    const content = buildOrder(SCHOOL, pairs(1), { number: '1', date: '2026-10-01' });
    expect(() => generateDocument(template.docId, year, content)).toThrow(
      'В шаблоне «Шаблон: приказ о закреплении наставнических пар» есть неизвестные поля: {{исполнитель}}, {{телефон}}.',
    );
    expect(ws.drive.size).toBe(filesBefore);
  });

  test('a row field outside the repeating row is refused and the half-made copy goes to the bin', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const doc = DocumentApp.openById(template.docId);
    doc.getBody().appendParagraph('Первый наставник: {{наставник}}');
    doc.saveAndClose();
    const content = buildOrder(SCHOOL, pairs(1), { number: '1', date: '2026-10-01' });
    expect(() => generateDocument(template.docId, year, content)).toThrow(
      /остались незаполненные поля: \{\{наставник\}\}/,
    );
    const live = [...ws.drive.values()].filter((e) => e.parents.includes(year.getId()) && !e.trashed);
    expect(live).toEqual([]);
  });

  test('150 pairs: a copy and one Docs API batch, the same calls whatever the number of pairs', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const count = (n: number) => {
      const content = buildOrder(SCHOOL, pairs(n), { number: String(n), date: '2026-10-01' });
      ws.calls.reset();
      const made = generateDocument(template.docId, year, content);
      return {
        all: ws.calls.total(),
        batches: ws.calls.count('Docs.Documents.batchUpdate'),
        rows: ws.docs
          .render(made.docId)
          .body.filter((b): b is { type: 'table'; rows: string[][] } => b.type === 'table')
          .map((t) => t.rows.length),
      };
    };
    const small = count(3);
    const mid = count(40);
    const big = count(150);
    expect(small.rows).toEqual([4, 7]);
    expect(big.rows).toEqual([151, 301]);
    expect(big.batches).toBe(1);
    // The template read (Documents.get, its Drive file), then the copy, its id, the batch, and the
    // PDF (export, file, id): 150 pairs (451 table rows) cost what 3 do.
    expect(big.all).toBe(small.all);
    expect(big.all).toBe(mid.all);
    expect(big.all).toBeLessThanOrEqual(8);
  });

  test('a filled table keeps the template (header row, borders, column widths, font) and data literal', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const doc = DocumentApp.openById(template.docId);
    const [pairsTable, signers] = doc.getBody().getTables();
    pairsTable.setColumnWidth(0, 40).setColumnWidth(1, 160);
    pairsTable.setBorderColor('#333333');
    pairsTable.getRow(1).editAsText().setFontSize(11).setItalic(true);
    pairsTable.appendTableRow().appendTableCell('Всего пар: {{число_пар}}');
    signers.getRow(0).editAsText().setBold(false);
    doc.saveAndClose();
    const before = ws.docs.render(template.docId);
    const odd = 'Иванова (Петрова) $1 \\d {{x}} {{школа}}';
    const list30 = pairs(30).map((p, i) => (i === 0 ? { ...p, mentor: person(odd, 'odd@s.ru') } : p));
    ws.calls.reset();
    const made = generateDocument(
      template.docId,
      year,
      buildOrder(SCHOOL, list30, { number: '7', date: '2026-10-01' }),
    );
    expect(ws.calls.count('Docs.Documents.batchUpdate')).toBe(1);
    expect(ws.docs.render(template.docId)).toEqual(before);
    expect(DocumentApp.openById(made.docId).getBody().getTables()[0].getCell(1, 1).getText()).toBe(
      `${odd}, учитель математики`,
    );
    const tables = DocumentApp.openById(made.docId).getBody().getTables();
    const [table, list] = tables;
    expect(table.getNumRows()).toBe(32);
    expect(table.getRow(0).editAsText().isBold()).toBe(true);
    expect(table.getRow(0).getCell(1).getText()).toBe('Наставник (ФИО, должность)');
    expect(table.getRow(31).getText()).toBe('Всего пар: 30');
    expect(table.getRow(31).editAsText().isItalic()).toBeNull();
    expect(table.getColumnWidth(0)).toBe(40);
    expect(table.getColumnWidth(1)).toBe(160);
    expect(table.getAttributes().BORDER_COLOR).toBe('#333333');
    const row = table.getRow(30).editAsText();
    expect([row.getFontFamily(), row.getFontSize(), row.isItalic(), row.isBold()]).toEqual([
      'Times New Roman',
      11,
      true,
      null,
    ]);
    expect(table.getRow(30).getCell(0).getText()).toBe('30');
    expect(list.getBorderWidth()).toBe(0);
    expect(list.getRow(1).editAsText().isBold()).toBe(false);
    expect(ws.docs.text(made.docId).split(odd).join('')).not.toMatch(/\{\{|\}\}/);
  });

  test('a repeated row with two paragraphs in a cell is repeated with both paragraphs', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('order', root);
    const doc = DocumentApp.openById(template.docId);
    const cell = doc.getBody().getTables()[0].getCell(1, 4);
    cell.appendParagraph('приказ № {{номер_приказа}}');
    doc.saveAndClose();
    ws.calls.reset();
    const made = generateDocument(
      template.docId,
      year,
      buildOrder(SCHOOL, pairs(30), { number: '7', date: '2026-10-01' }),
    );
    expect(ws.calls.count('Docs.Documents.batchUpdate')).toBe(1);
    const table = DocumentApp.openById(made.docId).getBody().getTables()[0];
    expect(table.getNumRows()).toBe(31);
    expect(table.getCell(30, 4).getNumChildren()).toBe(2);
    expect(table.getCell(30, 4).getText()).toBe('с 01.10.2026 по 31.05.2027\nприказ № 7');
  });
});

describe('an order filled in steps (stagedFromTemplate)', () => {
  const setUpOrder = (n: number) => {
    const { root, year } = folders();
    const template = prepareTemplate(createTemplateDoc('order', root).docId);
    const content = buildOrder(SCHOOL, pairs(n), { number: '45-о', date: '2026-10-01' });
    return { year, template, content };
  };

  test('steps of at most FILL_STEP_REQUESTS make the same document as one batch, and a PDF at the end', () => {
    const { year, template, content } = setUpOrder(160);
    const whole = generateDocument(template.id, year, { ...content, name: 'В один приём' });
    const doc = stagedFromTemplate(template, year, content, { pdf: true });
    expect(doc.total).toBeGreaterThan(FILL_STEP_REQUESTS);
    const files: string[] = [];
    const docId = doc.copy((id) => files.push(id));
    let progress: FillProgress = { done: 0, revision: '' };
    let steps = 0;
    while (progress.done < doc.total) {
      progress = doc.step(docId, progress)!;
      steps++;
      expect(progress.revision).toBe(Docs!.Documents!.get(docId).revisionId);
    }
    expect(steps).toBe(Math.ceil(doc.total / FILL_STEP_REQUESTS));
    expect(ws.docs.text(docId)).toBe(ws.docs.text(whole.docId));
    const links = doc.finish(docId, (id) => files.push(id));
    expect(files).toEqual([docId, idFromUrl(links.pdfUrl)]);
    // Another run of the same data has the same fingerprint; other data another.
    expect(stagedFromTemplate(template, year, content, { pdf: true }).hash).toBe(doc.hash);
    const other = buildOrder(SCHOOL, pairs(159), { number: '45-о', date: '2026-10-01' });
    expect(stagedFromTemplate(template, year, other, { pdf: true }).hash).not.toBe(doc.hash);
  });

  test('a step the record does not know of (a run killed before it recorded it) is refused, nothing applied twice', () => {
    const { year, template, content } = setUpOrder(160);
    const doc = stagedFromTemplate(template, year, content, { pdf: false });
    const docId = doc.copy(() => undefined);
    const first = doc.step(docId, { done: 0, revision: '' })!;
    const second = doc.step(docId, first)!;
    expect(second.done).toBe(doc.total);
    const text = ws.docs.text(docId);
    // The next execution goes on from the record, which still says `first`.
    expect(doc.step(docId, first)).toBeNull();
    expect(ws.docs.text(docId)).toBe(text);
    expect(Docs!.Documents!.get(docId).revisionId).toBe(second.revision);
  });

  test('an edit by someone else between two steps: the next step is refused and applies nothing', () => {
    const { year, template, content } = setUpOrder(160);
    const doc = stagedFromTemplate(template, year, content, { pdf: false });
    const docId = doc.copy(() => undefined);
    const first = doc.step(docId, { done: 0, revision: '' })!;
    const opened = DocumentApp.openById(docId);
    opened.getBody().appendParagraph('Правка завуча');
    opened.saveAndClose();
    const text = ws.docs.text(docId);
    expect(doc.step(docId, first)).toBeNull();
    expect(ws.docs.text(docId)).toBe(text);
  });
});

describe('programmes and consent forms', () => {
  test('a programme: participants, plan rows per activity, signatures per mentee', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('programme', root);
    const second = person('Гюго Виктор', 'hugo@s.ru', { experienceYears: 3, position: 'педагог-психолог' });
    const made = generateDocument(
      template.docId,
      year,
      buildProgramme(SCHOOL, pair('НП-2026-02', mentor, [mentee, second]), TOPICS),
    );
    expect(made.name).toBe('Программа наставничества НП-2026-02 (Иванова М. П., Гюго В.)');
    const tables = ws.docs
      .render(made.docId)
      .body.filter((b): b is { type: 'table'; rows: string[][] } => b.type === 'table');
    expect(tables[0].rows.map((r) => r[1])).toEqual([
      'ФИО',
      'Сорокина Марина Олеговна',
      'Иванова Мария Петровна',
      'Гюго Виктор',
    ]);
    expect(tables[0].rows[3][4]).toBe('3 года');
    expect(tables[2].rows).toHaveLength(6);
    expect(tables[2].rows[1]).toEqual([
      '1',
      'Рабочая программа',
      'Консультация по структуре рабочей программы',
      'консультация',
      'октябрь 2026 г.',
      'Освоены практические приёмы по теме «Рабочая программа»',
      '',
    ]);
    expect(tables[3].rows.map((r) => r[2])).toEqual([
      'М. О. Сорокина',
      'М. П. Иванова',
      'В. Гюго',
      'А. С. Петрова',
    ]);
    expect(ws.docs.text(made.docId)).toContain('УТВЕРЖДАЮ');
  });

  test('a consent form per participant, named by person and pair', () => {
    const { root, year } = folders();
    const templates = createTemplateDocs(root);
    const [forMentor, forMentee] = buildConsents(SCHOOL, pair('НП-2026-01', mentor, [mentee]));
    const a = generateDocument(templates.consentMentor.docId, year, forMentor);
    const b = generateDocument(templates.consentMentee.docId, year, forMentee);
    expect([a.name, b.name]).toEqual([
      'Согласие — Сорокина М. О. (НП-2026-01)',
      'Согласие — Иванова М. П. (НП-2026-01)',
    ]);
    const text = ws.docs.text(b.docId);
    expect(text).toContain('Я, Иванова Мария Петровна, учитель математики, даю согласие');
    expect(text).toContain(
      'в качестве наставляемого в составе наставнической пары НП-2026-01 (наставник: Сорокина М. О.',
    );
    expect(text).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
    expect(text).toContain('152-ФЗ');
    expect(text).toContain('Директору МБОУ');
  });

  test('regenerated in place: same document and link, fresh content, a new PDF instead of the old', () => {
    const { root, year } = folders();
    const template = createTemplateDoc('programme', root);
    const first = generateDocument(
      template.docId,
      year,
      buildProgramme(SCHOOL, pair('НП-2026-01', mentor, [mentee]), TOPICS),
    );
    const changed = pair('НП-2026-01', mentor, [mentee], { topics: ['Инклюзия'] });
    const again = regenerateInPlace(
      first.docId,
      template.docId,
      buildProgramme(SCHOOL, changed, TOPICS),
      first.pdfId,
    );
    expect(again.docId).toBe(first.docId);
    expect(again.url).toBe(first.url);
    expect(again.pdfId).not.toBe(first.pdfId);
    expect(ws.drive.get(first.pdfId)?.trashed).toBe(true);
    expect(ws.drive.get(again.pdfId)?.parents).toEqual([year.getId()]);
    const text = ws.docs.text(first.docId);
    expect(text).toContain('Консультация наставника по теме «Инклюзия»');
    expect(text).not.toContain('Рабочая программа');
    expect(text).not.toMatch(/\{\{/);
    expect(text.match(/УТВЕРЖДАЮ/g)).toHaveLength(1);
  });

  test('fillTemplate with no repeating rows fills the plain fields', () => {
    const { root, year } = folders();
    const t = createTemplateDoc('consentMentee', root);
    const [, c] = buildConsents(SCHOOL, pair('НП-2026-01', mentor, [mentee]));
    const made = fillTemplate(t.docId, year, 'Проверка', c.values, []);
    expect(ws.docs.text(made.docId)).toContain('М. П. Иванова');
  });

  test('a print pack: every programme in one document, each from a new page, and one PDF', () => {
    const { root, year } = folders();
    const template = prepareTemplate(createTemplateDoc('programme', root).docId);
    const second = person('Гюго Виктор', 'hugo@s.ru', { experienceYears: 3, position: 'педагог-психолог' });
    const contents = [
      buildProgramme(SCHOOL, pair('НП-2026-01', mentor, [mentee]), TOPICS),
      buildProgramme(SCHOOL, pair('НП-2026-02', mentor, [mentee, second]), TOPICS),
      buildProgramme(SCHOOL, pair('НП-2026-03', mentor, [second]), TOPICS),
    ];
    const single = generateDocument(template.id, year, contents[1]);
    ws.calls.reset();
    const pack = makePrintPack(
      contents.map((content) => ({ template, content })),
      year,
      'Программы для печати',
    );
    // The copy filled (one batch), the two others in front (one batch), the PDF found or made.
    expect(ws.calls.count('File.makeCopy')).toBe(1);
    expect(ws.calls.count('Docs.Documents.batchUpdate')).toBe(2);
    expect(ws.calls.total()).toBeLessThanOrEqual(10);
    expect(ws.drive.get(pack.pdfId)).toMatchObject({
      name: 'Программы для печати.pdf',
      mimeType: 'application/pdf',
    });
    const body = ws.docs.render(pack.docId).body;
    expect(body.filter((b) => b.type === 'paragraph' && b.pageBreak)).toHaveLength(2);
    const text = ws.docs.text(pack.docId);
    expect(text).not.toMatch(/\{\{/);
    expect(text.match(/УТВЕРЖДАЮ/g)).toHaveLength(3);
    for (const id of ['НП-2026-01', 'НП-2026-02', 'НП-2026-03'])
      expect(text).toContain(`${id}, 2026/2027 учебный год`);
    // The second programme in the pack reads as the programme made on its own: the same blocks.
    const own = ws.docs.render(single.docId).body;
    const start = body.findIndex((b) => b.type === 'paragraph' && b.pageBreak) + 1;
    const piece = body.slice(start, start + own.length);
    expect(piece.map((b) => (b.type === 'table' ? b.rows : [b.text, b.alignment, b.bold]))).toEqual(
      own.map((b) => (b.type === 'table' ? b.rows : [b.text, b.alignment, b.bold])),
    );
  });

  test('a print pack is refused, before anything is copied, when the template starts with a table', () => {
    const { root, year } = folders();
    const made = createTemplateDoc('programme', root);
    const doc = DocumentApp.openById(made.docId);
    doc.getBody().insertTable(0, [['Гриф']]);
    doc.saveAndClose();
    const template = prepareTemplate(made.docId);
    const content = buildProgramme(SCHOOL, pair('НП-2026-01', mentor, [mentee]), TOPICS);
    const before = ws.drive.size;
    expect(() => makePrintPack([{ template, content }], year, 'Пакет')).toThrow(
      'Пакет для печати не создан: шаблон «Шаблон: персонализированная программа наставничества» начинается с таблицы.',
    );
    expect(ws.drive.size).toBe(before);
  });
});
