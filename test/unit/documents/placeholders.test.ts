import { buildConsents } from '../../../src/server/documents/consent';
import { buildOrder } from '../../../src/server/documents/order';
import {
  PLACEHOLDERS,
  findPlaceholders,
  placeholderHelp,
  placeholdersFor,
  placeholdersMarkdown,
  unknownPlaceholders,
} from '../../../src/server/documents/placeholders';
import { buildProgramme } from '../../../src/server/documents/programme';
import { TEMPLATES, templateText } from '../../../src/server/documents/templates';
import type { DocContent, DocKind } from '../../../src/server/documents/types';
import { buildAgreement, buildTermination } from '../../../src/server/labour/documents';
import { SCHOOL, TOPICS, pair, person } from './fixtures';

const mentor = person('Сорокина Марина Олеговна', 'sorokina@school.ru');
const mentee = person('Иванова Мария Петровна', 'ivanova@school.ru');
const p = pair('НП-2026-01', mentor, [mentee]);
const [consentMentor, consentMentee] = buildConsents(SCHOOL, p);
const CONTENT: Record<DocKind, DocContent> = {
  order: buildOrder(SCHOOL, [p], { number: '1', date: '2026-10-01' }),
  programme: buildProgramme(SCHOOL, p, TOPICS),
  consentMentor,
  consentMentee,
  agreement: buildAgreement(SCHOOL, p, {
    pay: { kind: 'sum', amount: 5000 },
    requests: {},
    regulation: ' от 29.08.2025 № 112-о',
  }),
  termination: buildTermination(SCHOOL, p, {
    number: '52-о',
    date: '2027-03-11',
    initiator: 'mentee',
    notice: '2027-03-10',
    end: '2027-03-15',
    paid: true,
    regulation: '',
    fixedBy: '№ 45-о от 01.10.2026',
  }),
};

function knownKeys(content: DocContent): string[] {
  return [...Object.keys(content.values), ...content.rowSets.flatMap((s) => s.keys)];
}

describe('placeholders', () => {
  test('found in text by name, spaces inside the braces ignored, each once', () => {
    expect(findPlaceholders('{{школа}}, {{ номер_приказа }} и снова {{школа}}; {не поле} {{}}')).toEqual([
      'школа',
      'номер_приказа',
      '',
    ]);
  });

  test('unknown placeholders are reported by name; case and ё do not matter', () => {
    expect(unknownPlaceholders('{{Школа}} {{номер приказа}} {{ФИО}}', ['школа', 'номер_приказа'])).toEqual([
      'номер приказа',
      'ФИО',
    ]);
  });

  test.each(Object.keys(TEMPLATES) as DocKind[])(
    'the default %s template uses only fields its content fills',
    (kind) => {
      expect(unknownPlaceholders(templateText(TEMPLATES[kind]), knownKeys(CONTENT[kind]))).toEqual([]);
    },
  );

  test.each(Object.keys(TEMPLATES) as DocKind[])(
    'every field the %s content fills is in the documented list',
    (kind) => {
      const documented = new Set(placeholdersFor(kind).map((d) => d.name));
      expect(knownKeys(CONTENT[kind]).filter((k) => !documented.has(k))).toEqual([]);
    },
  );

  test('every documented field is filled in each document it is documented for, with a Russian description', () => {
    for (const info of PLACEHOLDERS) {
      expect(info.description).toMatch(/[а-яё]/i);
      for (const kind of info.documents) expect(knownKeys(CONTENT[kind])).toContain(info.name);
    }
  });

  test('in every template table, one marked row repeats and it holds the fields of one repeating set', () => {
    for (const kind of Object.keys(TEMPLATES) as DocKind[]) {
      const rowKeys = new Set(CONTENT[kind].rowSets.flatMap((s) => s.keys));
      for (const block of TEMPLATES[kind].blocks) {
        if (block.type !== 'table') continue;
        expect(block.rows.filter((r) => r.repeat)).toHaveLength(1);
        for (const row of block.rows) {
          const names = findPlaceholders(row.cells.join(' '));
          expect(names.some((n) => rowKeys.has(n))).toBe(!!row.repeat);
          if (row.repeat) {
            const sets = CONTENT[kind].rowSets.filter((s) => names.some((n) => s.keys.includes(n)));
            expect(sets).toHaveLength(1);
          }
        }
      }
    }
  });

  test('data is plain text: a name with regex characters and braces comes through unchanged', () => {
    const odd = person('Иванова (Петрова) $1 \\d {{x}}', 'odd@school.ru');
    const content = buildOrder(SCHOOL, [pair('НП-2026-09', mentor, [odd])], {
      number: '2',
      date: '2026-10-01',
    });
    expect(content.rowSets[0].rows[0].наставляемые).toBe(
      'Иванова (Петрова) $1 \\d {{x}}, учитель математики',
    );
  });

  test('the list for the sidebar and the README names every field once per document', () => {
    const help = placeholderHelp();
    expect(help.map((h) => h.document)).toEqual([
      'Приказ',
      'Программа',
      'Согласие наставника',
      'Согласие наставляемого',
      'Дополнительное соглашение',
      'Приказ о прекращении наставничества',
    ]);
    expect(help[0].fields).toContainEqual({ token: '{{номер_приказа}}', description: 'Номер приказа: 45-о' });
    const md = placeholdersMarkdown().split('\n');
    expect(md).toHaveLength(PLACEHOLDERS.length + 2);
    expect(md).toContain(
      '| `{{школа}}` | Полное наименование школы | Приказ, Программа, Согласие наставника, Согласие наставляемого, Дополнительное соглашение, Приказ о прекращении наставничества |',
    );
  });
});
