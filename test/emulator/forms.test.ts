// Conformance of the emulated FormApp, each behaviour pinned to the reference page it follows.
import { createWorkspace, type Workspace } from '../../dev/emulator/index';

type G = {
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};

function setup(): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00' });
  return { ws, g: ws.globals() as unknown as G };
}

/** The request form of SPEC 2.1, cut down. */
function requestForm(g: G): GoogleAppsScript.Forms.Form {
  const form = g.FormApp.create('Профессиональные запросы педагогов');
  form.setCollectEmail(true).setDescription('Анкета');
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addSectionHeaderItem().setTitle('О запросе');
  form.addCheckboxItem().setTitle('Темы').setChoiceValues(['Оценивание', 'Методика урока']).setRequired(true);
  form.addMultipleChoiceItem().setTitle('Форма').setChoiceValues(['Индивидуальная', 'Групповая']);
  form.addScaleItem().setTitle('Срочность').setBounds(1, 10);
  return form;
}

describe('FormApp', () => {
  test('a new form is a Drive file with published and edit URLs', () => {
    // developers.google.com/apps-script/reference/forms/form-app#create(String)
    // developers.google.com/apps-script/reference/forms/form#getPublishedUrl()
    const { ws, g } = setup();
    const form = g.FormApp.create('Анкета наставника');
    expect(ws.drive.get(form.getId())?.kind).toBe('form');
    expect(form.getTitle()).toBe('Анкета наставника');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
    expect(g.FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(g.FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(form.isAcceptingResponses()).toBe(true);
    expect(form.setAcceptingResponses(false).isAcceptingResponses()).toBe(false);
  });

  test('items keep their order, type and settings', () => {
    // developers.google.com/apps-script/reference/forms/form#getItems(ItemType)
    const { g } = setup();
    const form = requestForm(g);
    const items = form.getItems();
    expect(items.map((i) => i.getTitle())).toEqual(['ФИО', 'О запросе', 'Темы', 'Форма', 'Срочность']);
    expect(items.map((i) => String(i.getType()))).toEqual([
      'TEXT',
      'SECTION_HEADER',
      'CHECKBOX',
      'MULTIPLE_CHOICE',
      'SCALE',
    ]);
    expect(form.getItems(g.FormApp.ItemType.CHECKBOX)).toHaveLength(1);
    const topics = items[2].asCheckboxItem();
    expect(topics.getChoices().map((c) => c.getValue())).toEqual(['Оценивание', 'Методика урока']);
    expect(topics.isRequired()).toBe(true);
    const scale = items[4].asScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([1, 10]);
    // developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer)
    expect(() => scale.setBounds(2, 10)).toThrow();
    expect(() => items[0].asCheckboxItem()).toThrow();
    expect(form.getItemById(items[3].getId())?.getTitle()).toBe('Форма');
    form.moveItem(items[4], 0);
    expect(form.getItems()[0].getTitle()).toBe('Срочность');
    expect(form.getItems()[1].getIndex()).toBe(1);
    form.deleteItem(0);
    expect(form.getItems()).toHaveLength(4);
  });

  test('a prefilled URL carries entry ids (not item ids) and url-encoded answers', () => {
    // developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
    const { g } = setup();
    const form = requestForm(g);
    const [name, , topics] = form.getItems();
    const url = form
      .createResponse()
      .withItemResponse(name.asTextItem().createResponse('Иванова М. П.'))
      .withItemResponse(topics.asCheckboxItem().createResponse(['Оценивание', 'Методика урока']))
      .toPrefilledUrl();
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(form.getPublishedUrl());
    expect(url).toContain('=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0+%D0%9C.+%D0%9F.');
    expect(parsed.searchParams.get('usp')).toBe('pp_url');
    const entries = [...parsed.searchParams.entries()].filter(([k]) => k.startsWith('entry.'));
    expect(entries.map(([, v]) => v)).toEqual(['Иванова М. П.', 'Оценивание', 'Методика урока']);
    expect(entries.some(([k]) => k === `entry.${name.getId()}`)).toBe(false);
    // A choice outside the list is refused, as the form would.
    expect(() => topics.asCheckboxItem().createResponse(['Другое'])).toThrow(/Invalid choice/);
  });

  test('FormResponse.submit() from a script records a response without firing triggers', () => {
    // developers.google.com/apps-script/reference/forms/form-response#submit()
    const { ws, g } = setup();
    const form = requestForm(g);
    const [name] = form.getItems();
    ws.attachBundle(() => {
      throw new Error('no trigger should run');
    });
    const response = form
      .createResponse()
      .withItemResponse(name.asTextItem().createResponse('Петров'))
      .submit();
    expect(response.getTimestamp()?.toISOString()).toBe('2026-09-01T06:00:00.000Z');
    expect(form.getResponses()).toHaveLength(1);
    expect(form.getResponses()[0].getItemResponses()[0].getResponse()).toBe('Петров');
    expect(ws.forms.responses(form.getId())[0].answers).toEqual({ ФИО: 'Петров' });
  });

  test('without a destination, getDestinationId throws and submit() from Node is refused', () => {
    // developers.google.com/apps-script/reference/forms/form#getDestinationId() (check)
    const { ws, g } = setup();
    const form = requestForm(g);
    expect(() => form.getDestinationId()).toThrow();
    expect(() => ws.forms.submit(form.getId(), { ФИО: 'x' })).toThrow(/no spreadsheet destination/);
  });

  test('forms with responses survive save and load', () => {
    const { ws, g } = setup();
    const form = requestForm(g);
    form.createResponse().withItemResponse(form.getItems()[0].asTextItem().createResponse('Петров')).submit();
    const loaded = (ws.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    expect(loaded.forms.responses(form.getId())).toEqual(ws.forms.responses(form.getId()));
    const lg = loaded.globals() as unknown as G;
    expect(
      lg.FormApp.openById(form.getId())
        .getItems()
        .map((i) => i.getTitle()),
    ).toEqual(form.getItems().map((i) => i.getTitle()));
  });
});
