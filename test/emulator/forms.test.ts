// Conformance of the emulated FormApp, each behaviour pinned to the reference page it follows.
import { createWorkspace, type Workspace } from '../../dev/workspace';

type G = {
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
};

/** A Form with the methods newer than @types/google-apps-script (publishing, email collection). */
type Publishable = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): Publishable;
  isPublished(): boolean;
  setEmailCollectionType(type: unknown): Publishable;
  getEmailCollectionType(): unknown;
};

function setup(): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00' });
  return { ws, g: ws.globals() as unknown as G };
}

/** The request form of SPEC 2.1, cut down. */
function requestForm(g: G): Publishable {
  const form = g.FormApp.create('Профессиональные запросы педагогов') as Publishable;
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
    const form = g.FormApp.create('Анкета наставника') as Publishable;
    expect(ws.drive.get(form.getId())?.kind).toBe('form');
    expect(form.getTitle()).toBe('Анкета наставника');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
    expect(g.FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(g.FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    // Made on 1 September 2026: unpublished until published (see "publishing" below).
    expect(form.setPublished(true).isAcceptingResponses()).toBe(true);
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

describe('FormApp destination and form submission', () => {
  function linked() {
    const { ws, g } = setup();
    const ss = ws.createSpreadsheet('Наставничество — СОШ №2');
    const form = requestForm(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    form.setPublished(true);
    return { ws, g, ss, form };
  }

  test("setDestination adds a response sheet named by the spreadsheet locale with Google's header row", () => {
    // developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
    // Sheet name and header wording for ru_RU follow Google's Russian UI (check).
    const { g, ss, form } = linked();
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    const sheet = ss.getSheetByName('Ответы на форму (1)');
    expect(sheet).not.toBeNull();
    expect(sheet!.getRange(1, 1, 1, 5).getValues()[0]).toEqual([
      'Отметка времени',
      'Адрес электронной почты',
      'ФИО',
      'Темы',
      'Форма',
    ]);
    expect(sheet!.getRange(1, 6).getValue()).toBe('Срочность');
    expect(form.getDestinationId()).toBe(ss.getId());
    expect(form.getDestinationType()).toBe(g.FormApp.DestinationType.SPREADSHEET);
    // A second linked form gets the next number; questions added later append columns.
    const second = g.FormApp.create('Анкета наставника');
    second.addTextItem().setTitle('ФИО');
    second.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    second.addParagraphTextItem().setTitle('Достижения');
    const sheet2 = ss.getSheetByName('Ответы на форму (2)')!;
    expect(sheet2.getRange(1, 1, 1, 3).getValues()[0]).toEqual(['Отметка времени', 'ФИО', 'Достижения']);
    second.removeDestination();
    expect(() => second.getDestinationId()).toThrow();
    expect(ss.getSheetByName('Ответы на форму (2)')).not.toBeNull();
  });

  test('a submission writes the response row and fires the spreadsheet trigger with a well-formed event', () => {
    // developers.google.com/apps-script/guides/triggers/events#form-submit (spreadsheet):
    // authMode, namedValues, range, triggerUid, values (strings).
    const { ws, g, ss, form } = linked();
    const trigger = g.ScriptApp.newTrigger('onFormSubmitHandler').forSpreadsheet(ss).onFormSubmit().create();
    const seen: { event: Record<string, unknown>; user: string; active: string | null }[] = [];
    ws.attachBundle((_name, event) => {
      seen.push({ event: event as Record<string, unknown>, user: ws.user, active: ws.activeSpreadsheetId });
    });
    ws.user = 'someone.else@school.example';
    ws.activeSpreadsheetId = null;
    ws.clock.setNow('2026-09-02T10:15:30+03:00');
    const event = ws.forms.submit(
      form.getId(),
      { ФИО: 'Иванова Мария Петровна', Темы: ['Оценивание', 'Методика урока'], Срочность: 7 },
      { email: 'ivanova@school.example' },
    );
    const sheet = ss.getSheetByName('Ответы на форму (1)')!;
    const row = sheet.getRange(2, 1, 1, 6).getValues()[0];
    expect(row[0]).toBeInstanceOf(Date);
    expect((row[0] as Date).toISOString()).toBe('2026-09-02T07:15:30.000Z');
    expect(row.slice(1)).toEqual([
      'ivanova@school.example',
      'Иванова Мария Петровна',
      'Оценивание, Методика урока',
      '',
      7,
    ]);
    expect(seen).toHaveLength(1);
    const e = seen[0].event as unknown as {
      authMode: unknown;
      range: GoogleAppsScript.Spreadsheet.Range;
      source: GoogleAppsScript.Spreadsheet.Spreadsheet;
      triggerUid: string;
      values: string[];
      namedValues: Record<string, string[]>;
    };
    expect(e).toBe(event);
    expect(String(e.authMode)).toBe('FULL');
    expect(e.triggerUid).toBe(trigger.getUniqueId());
    expect(e.range.getSheet().getName()).toBe('Ответы на форму (1)');
    expect(e.range.getRow()).toBe(2);
    expect(e.source.getId()).toBe(ss.getId());
    expect(e.values).toEqual([
      '02.09.2026 10:15:30',
      'ivanova@school.example',
      'Иванова Мария Петровна',
      'Оценивание, Методика урока',
      '',
      '7',
    ]);
    expect(e.namedValues['Темы']).toEqual(['Оценивание, Методика урока']);
    expect(e.namedValues['Адрес электронной почты']).toEqual(['ivanova@school.example']);
    // The handler ran as the trigger's owner, in the spreadsheet; the workspace is restored after.
    expect(seen[0].user).toBe('curator@school.example');
    expect(seen[0].active).toBe(ss.getId());
    expect(ws.user).toBe('someone.else@school.example');
    expect(ws.activeSpreadsheetId).toBeNull();
    // The same event again, and a blank one.
    ws.forms.redeliver(event);
    const blank = ws.forms.deliverBlank(event);
    expect(seen).toHaveLength(3);
    expect(seen[1].event).toBe(event);
    expect(blank.values.every((v) => v === '')).toBe(true);
    expect(sheet.getLastRow()).toBe(2);
    expect(form.getResponses()[0].getRespondentEmail()).toBe('ivanova@school.example');
  });

  test('an answer that looks like a formula lands as text (check)', () => {
    const { ws, ss, form } = linked();
    ws.attachBundle(() => undefined);
    const event = ws.forms.submit(
      form.getId(),
      { ФИО: '=1+1', Темы: ['Оценивание'] },
      { email: 'a@school.example' },
    );
    const cell = ss.getSheetByName('Ответы на форму (1)')!.getRange(2, 3);
    expect(cell.getValue()).toBe('=1+1');
    expect(cell.getFormula()).toBe('');
    expect(event.values[2]).toBe('=1+1');
  });

  test('submissions are validated as the form would', () => {
    // developers.google.com/apps-script/reference/forms/text-item#setRequired(Boolean)
    // developers.google.com/apps-script/reference/forms/multiple-choice-item#showOtherOption(Boolean)
    const { ws, g, form } = linked();
    ws.attachBundle(() => undefined);
    const ok = { ФИО: 'Петров', Темы: ['Оценивание'] };
    const email = { email: 'petrov@school.example' };
    expect(() => ws.forms.submit(form.getId(), { ФИО: 'Петров' }, email)).toThrow(/"Темы" is required/);
    expect(() => ws.forms.submit(form.getId(), { ...ok, Темы: ['Вязание'] }, email)).toThrow(
      /Invalid choice/,
    );
    expect(() => ws.forms.submit(form.getId(), { ...ok, Форма: 'Парная' }, email)).toThrow(/Invalid choice/);
    expect(() => ws.forms.submit(form.getId(), { ...ok, Срочность: 11 }, email)).toThrow(/from 1 to 10/);
    expect(() => ws.forms.submit(form.getId(), { ...ok, Стаж: '5' }, email)).toThrow(/no question "Стаж"/);
    expect(() => ws.forms.submit(form.getId(), ok)).toThrow(/collects emails/);
    form.getItems(g.FormApp.ItemType.MULTIPLE_CHOICE)[0].asMultipleChoiceItem().showOtherOption(true);
    ws.forms.submit(form.getId(), { ...ok, Форма: 'Парная' }, email);
    form.setAcceptingResponses(false);
    expect(() => ws.forms.submit(form.getId(), ok, email)).toThrow(/not accepting/);
  });
});

describe('FormApp publishing and email collection', () => {
  // The Forms of 2026: new forms start unpublished; a form collects addresses VERIFIED (the
  // signed-in account), RESPONDER_INPUT (typed) or not at all.
  type GP = G & {
    FormApp: G['FormApp'] & {
      EmailCollectionType: Record<'VERIFIED' | 'RESPONDER_INPUT' | 'DO_NOT_COLLECT', unknown>;
    };
    DriveApp: GoogleAppsScript.Drive.DriveApp;
  };

  function at(now: string) {
    const ws = createWorkspace({ now });
    const g = ws.globals() as unknown as GP;
    const ss = ws.createSpreadsheet('Наставничество — СОШ №2');
    const make = (title = 'Анкета наставника'): Publishable => {
      const form = g.FormApp.create(title) as Publishable;
      form.addTextItem().setTitle('ФИО').setRequired(true);
      form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
      return form;
    };
    const sheet = (n = 1) => ss.getSheetByName(`Ответы на форму (${n})`)!;
    return { ws, g, ss, make, sheet };
  }

  test('a form created after 30 June 2026 is unpublished and takes no answers until published', () => {
    // developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms: forms created
    // after June 30, 2026 start unpublished and "won't receive responses".
    // developers.google.com/apps-script/reference/forms/form#isPublished()
    // developers.google.com/workspace/forms/api/reference/rest/v1/forms#PublishState: while
    // unpublished, accepting responses is forced off; turning it on is an error.
    const { ws, make, sheet } = at('2026-07-01T10:00:00+03:00');
    ws.attachBundle(() => undefined);
    const form = make();
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => form.setAcceptingResponses(true)).toThrow(/unpublished/);
    expect(() => ws.forms.submit(form.getId(), { ФИО: 'Петров' })).toThrow(/not published/);
    expect(sheet().getLastRow()).toBe(1);
    expect(form.getResponses()).toHaveLength(0);

    // form#setPublished(Boolean); guides/publish-form: publishing "also enables accepting
    // responses", unpublishing "automatically stops it from accepting responses".
    form.setPublished(true);
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    ws.forms.submit(form.getId(), { ФИО: 'Петров' });
    expect(sheet().getRange(2, 2).getValue()).toBe('Петров');
    form.setPublished(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => ws.forms.submit(form.getId(), { ФИО: 'Сидоров' })).toThrow(/not published/);
    expect(sheet().getLastRow()).toBe(2);
  });

  test('a form created before 1 July 2026 starts published; a copy made later starts unpublished (check)', () => {
    // guides/api-changes-to-google-forms: "published by default through June 30, 2026".
    const { ws, g, make, sheet } = at('2026-06-01T10:00:00+03:00');
    ws.attachBundle(() => undefined);
    const form = make();
    expect(form.isPublished()).toBe(true);
    expect(form.isAcceptingResponses()).toBe(true);
    ws.forms.submit(form.getId(), { ФИО: 'Петров' });
    expect(sheet().getLastRow()).toBe(2);
    // A copy is a new form, created on the day it is made.
    ws.clock.setNow('2026-07-02T10:00:00+03:00');
    const copyId = g.DriveApp.getFileById(form.getId()).makeCopy('Анкета 2').getId();
    expect((g.FormApp.openById(copyId) as Publishable).isPublished()).toBe(false);
    expect(form.isPublished()).toBe(true);
  });

  test('a saved state from before publishing loads its forms as published', () => {
    const { ws, make } = at('2026-07-01T10:00:00+03:00');
    const form = make();
    const state = JSON.parse(JSON.stringify(ws.toState())) as {
      services: { forms: { forms: Array<Record<string, unknown>> } };
    };
    for (const f of state.services.forms.forms) {
      delete f.published;
      delete f.emailCollection;
      f.collectEmail = true;
    }
    const loaded = (ws.constructor as typeof Workspace).fromState(state as never);
    const again = (loaded.globals() as unknown as GP).FormApp.openById(form.getId()) as Publishable;
    expect(again.isPublished()).toBe(true);
    expect(again.collectsEmail()).toBe(true);
  });

  test('VERIFIED collection records the signed-in account on the response and in the sheet', () => {
    // developers.google.com/apps-script/reference/forms/form#setEmailCollectionType(EmailCollectionType)
    // developers.google.com/apps-script/reference/forms/email-collection-type
    // developers.google.com/apps-script/reference/forms/form-response#getRespondentEmail()
    const { ws, g, make, sheet } = at('2026-09-01T09:00:00+03:00');
    ws.attachBundle(() => undefined);
    const form = make().setPublished(true);
    expect(form.collectsEmail()).toBe(false);
    expect(form.getEmailCollectionType()).toBe(g.FormApp.EmailCollectionType.DO_NOT_COLLECT);
    form.setEmailCollectionType(g.FormApp.EmailCollectionType.VERIFIED);
    expect(form.getEmailCollectionType()).toBe(g.FormApp.EmailCollectionType.VERIFIED);
    expect(form.collectsEmail()).toBe(true);
    // Collecting from now on, the linked sheet gets Google's email column after the timestamp (check).
    expect(sheet().getRange(1, 1, 1, 3).getValues()[0]).toEqual([
      'Отметка времени',
      'Адрес электронной почты',
      'ФИО',
    ]);
    expect(() => ws.forms.submit(form.getId(), { ФИО: 'Петров' })).toThrow(/signed in/);
    // What a respondent might type does not count: the address is the account's.
    const event = ws.forms.submit(
      form.getId(),
      { ФИО: 'Петров' },
      { account: 'petrov@school.example', email: 'typed@elsewhere.example' },
    );
    expect(form.getResponses()[0].getRespondentEmail()).toBe('petrov@school.example');
    expect(sheet().getRange(2, 2, 1, 2).getValues()[0]).toEqual(['petrov@school.example', 'Петров']);
    expect(event.namedValues['Адрес электронной почты']).toEqual(['petrov@school.example']);
  });

  test('RESPONDER_INPUT collection records the typed address; without collection there is none', () => {
    // developers.google.com/apps-script/reference/forms/email-collection-type
    // developers.google.com/apps-script/reference/forms/form-response#getRespondentEmail(): the
    // address where the form collects one.
    const { ws, g, ss, make, sheet } = at('2026-09-01T09:00:00+03:00');
    ws.attachBundle(() => undefined);
    const typed = make().setEmailCollectionType(g.FormApp.EmailCollectionType.RESPONDER_INPUT);
    typed.setPublished(true);
    expect(() => ws.forms.submit(typed.getId(), { ФИО: 'Петров' })).toThrow(/valid email is required/);
    ws.forms.submit(
      typed.getId(),
      { ФИО: 'Петров' },
      { email: 'petrov.home@mail.example', account: 'petrov@school.example' },
    );
    expect(typed.getResponses()[0].getRespondentEmail()).toBe('petrov.home@mail.example');
    expect(sheet().getRange(2, 2).getValue()).toBe('petrov.home@mail.example');
    // form#setCollectEmail(Boolean) switches collection off and on (check: on means typed).
    typed.setCollectEmail(false);
    expect(typed.getEmailCollectionType()).toBe(g.FormApp.EmailCollectionType.DO_NOT_COLLECT);
    expect((typed.setCollectEmail(true) as Publishable).getEmailCollectionType()).toBe(
      g.FormApp.EmailCollectionType.RESPONDER_INPUT,
    );
    expect(() => typed.setEmailCollectionType('SOMETIMES')).toThrow(/Invalid argument/);

    const plain = make('Анкета наставляемого').setPublished(true);
    ws.forms.submit(plain.getId(), { ФИО: 'Сидоров' }, { email: 'sidorov@school.example' });
    expect(plain.getResponses()[0].getRespondentEmail()).toBe('');
    expect(ss.getSheetByName('Ответы на форму (2)')!.getRange(1, 1, 1, 2).getValues()[0]).toEqual([
      'Отметка времени',
      'ФИО',
    ]);
  });
});

describe('signatures as Google has them (surface.ts)', () => {
  // checkbox-item#createChoice(String,Boolean), multiple-choice-item#createChoice(String,
  // PageNavigationType): a choice may be marked correct (quizzes) or navigate to a page.
  test('createChoice takes isCorrect; quiz answers and page navigation are not emulated', () => {
    const { g } = setup();
    const form = g.FormApp.create('Анкета');
    const topics = form.addCheckboxItem().setTitle('Темы');
    expect(topics.createChoice('Оценивание').isCorrectAnswer()).toBe(false);
    const correct = topics.createChoice('Оценивание', true);
    expect([correct.getValue(), correct.isCorrectAnswer()]).toEqual(['Оценивание', true]);
    // setChoices would drop the mark: a form here is never a quiz.
    expect(() => topics.setChoices([correct])).toThrow('Not emulated: quizzes: a choice marked correct');
    topics.setChoices([topics.createChoice('Методика урока', false)]);
    expect(topics.getChoices().map((c) => c.getValue())).toEqual(['Методика урока']);
    const kind = form.addMultipleChoiceItem();
    const restart = { toString: () => 'RESTART' } as unknown as GoogleAppsScript.Forms.PageNavigationType;
    expect(() => kind.createChoice('Да', restart)).toThrow('Not emulated: Choice with page navigation');
  });

  // form#addEditor(User), #getEditors(): the sharing of the form's Drive file.
  test('Form.addEditor takes an address or a User', () => {
    const { ws, g } = setup();
    const form = g.FormApp.create('Анкета');
    const deputy = { getEmail: () => 'deputy@school.example' } as GoogleAppsScript.Base.User;
    expect(form.addEditor(deputy).getId()).toBe(form.getId());
    form.addEditors(['methodist@school.example']);
    expect(form.getEditors().map((u) => u.getEmail())).toEqual([
      ws.user,
      'deputy@school.example',
      'methodist@school.example',
    ]);
    form.removeEditor('deputy@school.example');
    expect(ws.drive.get(form.getId())?.editors).toEqual(['methodist@school.example']);
  });

  // item#asTextItem() etc.: each typed class has its own members only; Item has the common ones.
  test('each item class has only its own members', () => {
    const { g } = setup();
    const form = g.FormApp.create('Анкета');
    form.addScaleItem().setTitle('Срочность');
    const item = form.getItems()[0];
    expect(() => (item as unknown as Record<string, unknown>).getLowerBound).toThrow(
      'Not emulated: Item.getLowerBound',
    );
    const scale = item.asScaleItem();
    expect(scale.setTitle('Важность').getLowerBound()).toBe(1);
    expect(() => (scale as unknown as Record<string, unknown>).getChoices).toThrow(
      'Not emulated: ScaleItem.getChoices',
    );
    expect(String(scale.createResponse(3).getItem().getType())).toBe('SCALE');
  });
});
