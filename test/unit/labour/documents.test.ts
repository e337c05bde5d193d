// The agreement and the termination order: their content, and as Docs from their default templates.
import { createWorkspace } from '../../../dev/workspace';
import { createDocumentsRoot, createTemplateDoc, generateDocument } from '../../../src/server/gas/docs';
import { buildAgreement, buildTermination } from '../../../src/server/labour/documents';
import { buildProgramme } from '../../../src/server/documents/programme';
import { SCHOOL, TOPICS, pair, person } from '../documents/fixtures';

const mentor = person('Сорокина Марина Олеговна', 'sorokina@school.ru');
const mentee = person('Иванова Мария Петровна', 'ivanova@school.ru', { position: 'учитель русского языка' });
const p = pair('НП-2026-01', mentor, [mentee], { start: '2026-10-01', end: '2027-05-31' });

let saved: Map<string, PropertyDescriptor | undefined>;
beforeEach(() => {
  const globals = createWorkspace({ now: '2027-03-10T09:00:00+03:00' }).globals();
  saved = new Map(Object.keys(globals).map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]));
  for (const [k, v] of Object.entries(globals))
    Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
});
afterEach(() => {
  for (const [k, d] of saved) {
    if (d) Object.defineProperty(globalThis, k, d);
    else delete (globalThis as Record<string, unknown>)[k];
  }
});

function made(kind: 'agreement' | 'termination', content: ReturnType<typeof buildAgreement>): string {
  const root = createDocumentsRoot();
  const template = createTemplateDoc(kind, root);
  const doc = generateDocument(template.docId, root, content);
  return DocumentApp.openById(doc.docId).getBody().getText();
}

describe('labour documents', () => {
  test('the agreement states the parties, the content, the term, the form, the payment and the notice rule', () => {
    const text = made(
      'agreement',
      buildAgreement(SCHOOL, p, {
        pay: { kind: 'percent', percent: 15 },
        requests: { 'ivanova@school.ru': 'Методика урока. Хочу научиться удерживать внимание класса.' },
        regulation: ' от 29.08.2025 № 112-о',
      }),
    );
    expect(text).toContain('в лице директора Смирнова Олега Викторовича, действующего на основании Устава');
    expect(text).toContain('Сорокина Марина Олеговна, учитель математики, именуемая в дальнейшем «Работник»');
    expect(text).toContain('в составе наставнической пары НП-2026-01 без освобождения от основной работы');
    expect(text).toContain('Сорокина Марина Олеговна, учитель математики');
    expect(text).toContain('Иванова Мария Петровна, учитель русского языка');
    expect(text).toContain('Хочу научиться удерживать внимание класса.');
    expect(text).toContain('Форма наставничества: индивидуальная.');
    expect(text).toContain('Срок наставничества: с 01.10.2026 по 31.05.2027.');
    expect(text).toContain('15 % должностного оклада (ставки) в месяц');
    expect(text).toContain('не менее чем за три рабочих дня');
    expect(text).toContain(
      'Положением о системе наставничества педагогических работников МБОУ «СОШ №2» г. Сосногорска от 29.08.2025 № 112-о',
    );
    expect(text).not.toContain('{{');
  });

  test('the termination order names who asked, the notice, the end, the fixing order and the stop of pay', () => {
    const text = made(
      'termination',
      buildTermination(SCHOOL, p, {
        number: '52-о',
        date: '2027-03-10',
        initiator: 'mentee',
        notice: '2027-03-10',
        end: '2027-03-15',
        paid: true,
        regulation: '',
        fixedBy: '№ 45-о от 01.10.2026',
      }),
    );
    expect(text).toContain('О прекращении наставничества');
    expect(text).toContain('на основании заявления наставляемого Ивановой М. П. от 10.03.2027.');
    expect(text).toContain(
      '1. Прекратить досрочно по инициативе наставляемого наставничество наставнической пары НП-2026-01, закреплённой приказом № 45-о от 01.10.2026',
    );
    expect(text).toContain('с 15.03.2027');
    expect(text).toContain('учителю математики Сорокиной М. О. по 15.03.2027 включительно');
    expect(text).toContain('Куратору наставничества Петровой Анне Сергеевне');
    expect(text).not.toContain('{{');
  });

  test("the programme cites the school's Положение with its date and number", () => {
    const root = createDocumentsRoot();
    const template = createTemplateDoc('programme', root);
    const school = { ...SCHOOL, regulation: ' от 29.08.2025 № 112-о' };
    const doc = generateDocument(template.docId, root, buildProgramme(school, p, TOPICS));
    expect(DocumentApp.openById(doc.docId).getBody().getText()).toContain(
      'Положением о системе наставничества педагогических работников МБОУ «СОШ №2» г. Сосногорска от 29.08.2025 № 112-о.',
    );
  });
});
