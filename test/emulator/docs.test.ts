// Conformance of the emulated DocumentApp, each behaviour pinned to the reference page it follows.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { CLOSED_MESSAGE } from 'apps-script-emulator/docs';

type G = {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MimeType: GoogleAppsScript.Base.MimeType;
};

function setup(): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00' });
  return { ws, g: ws.globals() as unknown as G };
}

describe('DocumentApp', () => {
  test('a new document is a Drive file with one empty paragraph', () => {
    // developers.google.com/apps-script/reference/document/document-app#create(String)
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('Приказ №1');
    expect(doc.getName()).toBe('Приказ №1');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(ws.drive.get(doc.getId())?.kind).toBe('document');
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getText()).toBe('');
    expect(g.DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
  });

  test('an unknown id is refused', () => {
    // developers.google.com/apps-script/reference/document/document-app#openById(String)
    const { g } = setup();
    expect(() => g.DocumentApp.openById('nope')).toThrow(/Document is missing/);
  });

  test('the body is a tree a reader can read back: headings, alignment, bold, tables', () => {
    // developers.google.com/apps-script/reference/document/body
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('Приказ');
    const body = doc.getBody();
    body
      .appendParagraph('ПРИКАЗ')
      .setHeading(g.DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    body.appendParagraph('О закреплении пар').editAsText().setBold(true);
    const table = body.appendTable([
      ['Наставник', 'Наставляемый'],
      ['Иванова М. П.', 'Петров А. А.'],
    ]);
    body.appendListItem('пункт');
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('Иванова М. П.');
    expect(table.getRow(0).getNumCells()).toBe(2);
    expect(body.getTables()).toHaveLength(1);
    expect(body.getListItems()).toHaveLength(1);
    const rendered = ws.docs.render(doc.getId());
    expect(rendered.body[1]).toMatchObject({
      type: 'paragraph',
      text: 'ПРИКАЗ',
      heading: 'HEADING1',
      alignment: 'CENTER',
    });
    expect(rendered.body[2]).toMatchObject({ text: 'О закреплении пар', bold: true });
    expect(rendered.body[3]).toEqual({
      type: 'table',
      rows: [
        ['Наставник', 'Наставляемый'],
        ['Иванова М. П.', 'Петров А. А.'],
      ],
    });
    expect(rendered.body[4]).toMatchObject({ type: 'paragraph', text: '' });
    expect(rendered.body[5]).toMatchObject({ type: 'listItem', text: 'пункт' });
    // Enums are objects compared by identity, printed by name.
    const heading = body.getChild(1).asParagraph().getHeading();
    expect(heading).toBe(g.DocumentApp.ParagraphHeading.HEADING1);
    expect(String(heading)).toBe('HEADING1');
  });

  test('children, indexes, parents and removal', () => {
    // developers.google.com/apps-script/reference/document/body#getChildIndex(Element)
    const { g } = setup();
    const body = g.DocumentApp.create('d').getBody();
    const a = body.appendParagraph('a');
    const b = body.insertParagraph(1, 'b');
    expect(body.getChildIndex(b)).toBe(1);
    expect(body.getChildIndex(a)).toBe(2);
    expect(a.getParent().getType()).toBe(g.DocumentApp.ElementType.BODY_SECTION);
    expect(a.isAtDocumentEnd()).toBe(true);
    a.removeFromParent();
    expect(body.getNumChildren()).toBe(2);
    body.removeChild(b);
    // A section always keeps its last paragraph (check).
    expect(() => body.removeChild(body.getChild(0))).toThrow(/last paragraph/);
  });

  test('a table at the end of the body is followed by an empty paragraph (check)', () => {
    // developers.google.com/apps-script/reference/document/body#appendTable(String[][])
    const { g } = setup();
    const body = g.DocumentApp.create('d').getBody();
    body.appendTable([['x']]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
  });

  test('table rows: append, insert, copy and remove', () => {
    // developers.google.com/apps-script/reference/document/table#appendTableRow(TableRow)
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    const table = doc.getBody().appendTable([['{{name}}', '{{role}}']]);
    const template = table.getRow(0).copy();
    expect(template.getParent()).toBeNull();
    for (const [name, role] of [
      ['Иванова', 'наставник'],
      ['Петров', 'наставляемый'],
    ]) {
      const row = table.appendTableRow(template.copy());
      row.replaceText('\\{\\{name\\}\\}', name);
      row.replaceText('\\{\\{role\\}\\}', role);
    }
    table.removeRow(0);
    const row = table.insertTableRow(0);
    row.appendTableCell('№');
    row.appendTableCell('Роль');
    expect(() => table.appendTableRow(table.getRow(0))).toThrow('Element must be detached.');
    expect(ws.docs.render(doc.getId()).body[1]).toEqual({
      type: 'table',
      rows: [
        ['№', 'Роль'],
        ['Иванова', 'наставник'],
        ['Петров', 'наставляемый'],
      ],
    });
    expect(table.getRow(1).getParentTable().getNumRows()).toBe(3);
  });

  describe('replaceText', () => {
    // developers.google.com/apps-script/reference/document/body#replaceText(String,String):
    // "The search pattern is passed as a string, not a JavaScript regular expression object ...
    // uses Google's RE2 regular expression library ... independently matched against each text
    // block contained in the current element."
    test('the pattern is a regular expression: metacharacters must be escaped', () => {
      const { g } = setup();
      const body = g.DocumentApp.create('d').getBody();
      body.appendParagraph('Цена (руб.): 100 рублей');
      body.replaceText('(руб.)', 'RUB');
      // Unescaped, "(руб.)" is a group matching "руб" plus any character, brackets untouched.
      expect(body.getChild(1).asParagraph().getText()).toBe('Цена (RUB): 100 RUBей');
      const p = body.appendParagraph('{{ФИО}} и {{ФИО}}');
      body.replaceText('\\{\\{ФИО\\}\\}', 'Иванова');
      expect(p.getText()).toBe('Иванова и Иванова');
    });

    test('matching is per text element: a pattern never spans two paragraphs', () => {
      const { g } = setup();
      const body = g.DocumentApp.create('d').getBody();
      body.appendParagraph('начало {{');
      body.appendParagraph('}} конец');
      body.replaceText('\\{\\{\\s*\\}\\}', 'X');
      expect(body.getText()).toBe('\nначало {{\n}} конец');
      // ^ and $ anchor at each element's ends; an empty paragraph has no text element (check).
      body.replaceText('^.*$', 'строка');
      expect(body.getText()).toBe('\nстрока\nстрока');
    });

    test('the replacement expands $n and \\x, so user text must escape $ and \\ (check)', () => {
      const { g } = setup();
      const body = g.DocumentApp.create('d').getBody();
      const p = body.appendParagraph('Сумма: {{sum}}; {{a}}-{{b}}');
      p.replaceText('\\{\\{sum\\}\\}', 'US\\$5 \\\\ net');
      expect(p.getText()).toBe('Сумма: US$5 \\ net; {{a}}-{{b}}');
      p.replaceText('\\{\\{(a)\\}\\}-\\{\\{(b)\\}\\}', '$2-$1');
      expect(p.getText()).toBe('Сумма: US$5 \\ net; b-a');
      expect(() => p.replaceText('Сумма', '$1')).toThrow(/groups/);
      const escaped = 'Иванова $1 \\ ок'.replace(/[\\$]/g, '\\$&');
      p.replaceText('net', escaped);
      expect(p.getText()).toBe('Сумма: US$5 \\ Иванова $1 \\ ок; b-a');
    });

    test('what RE2 lacks is refused: backreferences and lookaround', () => {
      const { g } = setup();
      const body = g.DocumentApp.create('d').getBody();
      body.appendParagraph('aa');
      expect(() => body.replaceText('(a)\\1', 'b')).toThrow(/backreferences/);
      expect(() => body.replaceText('a(?=a)', 'b')).toThrow(/lookaround/);
      body.replaceText('(?i)A+', 'b');
      expect(body.getText()).toBe('\nb');
    });

    test('headers and footers need their own calls', () => {
      // developers.google.com/apps-script/reference/document/document#addHeader()
      const { g } = setup();
      const doc = g.DocumentApp.create('d');
      doc.addHeader().appendParagraph('{{school}}');
      doc.getBody().appendParagraph('{{school}}');
      doc.getBody().replaceText('\\{\\{school\\}\\}', 'СОШ №2');
      expect(doc.getHeader().getText()).toBe('\n{{school}}');
      doc.getHeader().replaceText('\\{\\{school\\}\\}', 'СОШ №2');
      expect(doc.getHeader().getText()).toBe('\nСОШ №2');
      expect(() => doc.addHeader()).toThrow();
    });
  });

  test('findText returns RangeElements and continues from the previous result', () => {
    // developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)
    const { g } = setup();
    const body = g.DocumentApp.create('d').getBody();
    body.appendParagraph('один {{x}} два {{y}}');
    body.appendParagraph('{{z}}');
    const found: string[] = [];
    let r = body.findText('\\{\\{\\w+\\}\\}');
    while (r) {
      const text = r.getElement().asText().getText();
      found.push(text.slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1));
      r = body.findText('\\{\\{\\w+\\}\\}', r);
    }
    expect(found).toEqual(['{{x}}', '{{y}}', '{{z}}']);
  });

  test('after saveAndClose the Document object refuses edits; a new one may edit', () => {
    // developers.google.com/apps-script/reference/document/document#saveAndClose()
    const { g } = setup();
    const doc = g.DocumentApp.create('d');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(CLOSED_MESSAGE).toBe('Document is closed, its content cannot be updated.');
    expect(() => body.appendParagraph('x')).toThrow(CLOSED_MESSAGE);
    expect(() => doc.setName('y')).toThrow(CLOSED_MESSAGE);
    const again = g.DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph('x');
    expect(again.getBody().getText()).toBe('\nx');
  });

  test('the PDF shows the document as last saved: unsaved edits are missing', () => {
    // developers.google.com/apps-script/reference/document/document#saveAndClose():
    // "pending updates are flushed and applied" only on save or at the end of the script.
    const { g } = setup();
    const doc = g.DocumentApp.create('Программа');
    doc.getBody().appendParagraph('Сохранённый текст');
    const early = doc.getAs(g.MimeType.PDF);
    expect(early.getContentType()).toBe('application/pdf');
    expect(early.getName()).toBe('Программа.pdf');
    expect(early.getDataAsString()).not.toContain('Сохранённый текст');
    doc.saveAndClose();
    const pdf = g.DocumentApp.openById(doc.getId()).getAs('application/pdf');
    expect(pdf.getDataAsString().startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.getDataAsString()).toContain('Сохранённый текст');
    expect(g.DriveApp.getFileById(doc.getId()).getAs(g.MimeType.PDF).getDataAsString()).toContain(
      'Сохранённый текст',
    );
  });

  test('copy, editAsText styles, attributes and page breaks', () => {
    // developers.google.com/apps-script/reference/document/paragraph#copy()
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    const body = doc.getBody();
    const p = body.appendParagraph('Подпись');
    const style: Record<string, unknown> = {};
    style[g.DocumentApp.Attribute.BOLD as unknown as string] = true;
    style[g.DocumentApp.Attribute.SPACING_BEFORE as unknown as string] = 12;
    p.setAttributes(style);
    expect(p.editAsText().isBold()).toBe(true);
    expect(p.getSpacingBefore()).toBe(12);
    body.appendPageBreak();
    body.appendParagraph(p.copy());
    const blocks = ws.docs.render(doc.getId()).body;
    expect(blocks[2]).toMatchObject({ pageBreak: true });
    expect(blocks[3]).toMatchObject({ text: 'Подпись', bold: true });
    expect(ws.docs.text(doc.getId())).toBe('\nПодпись\n\nПодпись');
  });

  test('state round-trips through save and load', () => {
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    doc.getBody().appendTable([['a', 'b']]);
    doc.saveAndClose();
    const copy = createWorkspace();
    const loaded = (copy.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    expect(loaded.docs.render(doc.getId())).toEqual(ws.docs.render(doc.getId()));
    expect(loaded.docs.render(doc.getId(), { saved: true }).body[1]).toEqual({
      type: 'table',
      rows: [['a', 'b']],
    });
  });

  test('calls are recorded by class and method', () => {
    const { ws, g } = setup();
    g.DocumentApp.create('d').getBody().appendParagraph('x');
    expect(ws.calls.count('DocumentApp.create')).toBe(1);
    expect(ws.calls.count('Body.appendParagraph')).toBe(1);
    expect(() => (g.DocumentApp as unknown as { getUi(): void }).getUi()).toThrow(
      'Not emulated: DocumentApp.getUi',
    );
  });
});

describe('signatures as Google has them (surface.ts)', () => {
  test('Paragraph.setText and ListItem.setText return nothing', () => {
    // developers.google.com/apps-script/reference/document/paragraph#setText(String) and
    // …/document/list-item#setText(String): return type void, so they do not chain.
    const { g } = setup();
    const body = g.DocumentApp.create('d').getBody();
    const p = body.appendParagraph('было');
    const item = body.appendListItem('было');
    expect(p.setText('стало')).toBeUndefined();
    expect(item.setText('стало')).toBeUndefined();
    expect([p.getText(), item.getText()]).toEqual(['стало', 'стало']);
  });

  test('a TableCell has no getParagraphs, getTables or getListItems', () => {
    // developers.google.com/apps-script/reference/document/table-cell: unlike Body, TableCell has
    // none of them; reading one throws instead of returning what Google would not.
    const { g } = setup();
    const cell = g.DocumentApp.create('d')
      .getBody()
      .appendTable([['a']])
      .getCell(0, 0);
    const members = cell as unknown as Record<string, unknown>;
    for (const name of ['getParagraphs', 'getTables', 'getListItems']) {
      expect(() => members[name]).toThrow(`Not emulated: TableCell.${name}`);
    }
    expect(cell.getChild(0).asParagraph().getText()).toBe('a');
  });

  test('Text styles the whole text; a part of it or one offset is not emulated', () => {
    // developers.google.com/apps-script/reference/document/text#setAttributes(Integer,Integer,Object),
    // #isBold(Integer): the offset forms address a part of the text.
    const { g } = setup();
    const text = g.DocumentApp.create('d').getBody().appendParagraph('Подпись').editAsText();
    const bold: Record<string, unknown> = {};
    bold[g.DocumentApp.Attribute.BOLD as unknown as string] = true;
    expect(() => text.setAttributes(0, 2, bold)).toThrow(
      'Not emulated: Text.setAttributes on part of a text',
    );
    expect(() => text.setBold(0, 2, true)).toThrow('Not emulated: Text.setBold on part of a text');
    expect(() => text.isBold(1)).toThrow('Not emulated: Text.isBold at an offset');
    expect(() => text.isItalic(1)).toThrow('Not emulated: Text.isItalic at an offset');
    expect(() => text.getFontSize(1)).toThrow('Not emulated: Text.getFontSize at an offset');
    expect(() => text.getAttributes(1)).toThrow('Not emulated: Text.getAttributes at an offset');
    // The whole text: no offsets, or offsets from 0 to the last character.
    text.setAttributes(bold);
    expect(text.isBold()).toBe(true);
    text.setItalic(0, 'Подпись'.length - 1, true);
    expect(text.isItalic()).toBe(true);
  });

  test('Document hands out the official element types and shares as Google does', () => {
    // developers.google.com/apps-script/reference/document/document#addHeader(),
    // #getHeader(), #addEditor(User)
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    expect(doc.getHeader()).toBeNull();
    const header = doc.addHeader();
    expect(String(header.getType())).toBe('HEADER_SECTION');
    expect(String(doc.getHeader().getType())).toBe('HEADER_SECTION');
    expect(String(doc.addFooter().getType())).toBe('FOOTER_SECTION');
    expect(String(doc.getBody().getType())).toBe('BODY_SECTION');
    const deputy = { getEmail: () => 'deputy@school.example' } as GoogleAppsScript.Base.User;
    expect(doc.addEditor(deputy).getId()).toBe(doc.getId());
    doc.addViewer('teacher@school.example');
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual([ws.user, 'deputy@school.example']);
    expect(doc.getViewers().map((u) => u.getEmail())).toEqual(['teacher@school.example']);
    expect(ws.calls.count('Document.addEditor')).toBe(1);
  });
});
