// Revisions and the size limit of Google Docs in the emulator (dev/emulator/docs.ts, docs/api.ts),
// each behaviour pinned to the reference it follows:
// - developers.google.com/docs/api/reference/rest/v1/documents#Document.FIELDS.revision_id — «The
//   revision ID of the document. Can be used in update requests to specify which revision of a
//   document to apply updates to … Only populated if the user has edit access to the document. The
//   revision ID is not a sequential number but an opaque string. … A returned revision ID is only
//   guaranteed to be valid for 24 hours after it has been returned and cannot be shared across
//   users. If the revision ID is unchanged between calls, then the document has not changed.»
// - developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate and its WriteControl —
//   «requiredRevisionId: The optional revision ID of the document the write request is applied to.
//   If this is not the latest revision of the document, the request is not processed and returns a
//   400 bad request error. When a required revision ID is returned in a response, it indicates the
//   revision ID of the document after the request was applied.»
// - Google Drive Help, «Files you can store in Google Drive» (support.google.com/drive/answer/37603):
//   «Documents: Up to 1.02 million characters».
// «strict: not documented» marks what Google does not say: the emulator takes the stricter choice.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { MAX_DOCUMENT_SIZE, documentSize } from 'apps-script-emulator/docs/api';

type G = {
  Docs: GoogleAppsScript.Docs;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
};
type Request = GoogleAppsScript.Docs.Schema.Request;

const CURATOR = 'curator@school.example';
const DEPUTY = 'deputy@school.example';
const DAY_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'API call to docs.documents.batchUpdate failed with error: ';

function setup(): { ws: Workspace; g: G } {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', user: CURATOR });
  return { ws, g: ws.globals() as unknown as G };
}

/** «Привет» / a table / «Конец», saved. */
function sample(g: G): string {
  const doc = g.DocumentApp.create('Образец');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Привет');
  body.appendTable([['а', 'б']]);
  body.appendParagraph('Конец');
  doc.saveAndClose();
  return doc.getId();
}

const insert = (text: string, index = 1): Request => ({ insertText: { location: { index }, text } });
const get = (g: G, id: string) => g.Docs.Documents!.get(id);
const revisionOf = (g: G, id: string) => get(g, id).revisionId!;
const update = (
  g: G,
  id: string,
  requests: Request[],
  writeControl?: GoogleAppsScript.Docs.Schema.WriteControl,
) => g.Docs.Documents!.batchUpdate({ requests, ...(writeControl ? { writeControl } : {}) }, id);
const stale = (id: string) =>
  `${PREFIX}Invalid writeControl.requiredRevisionId: ${id} is not the latest revision of the document.`;

describe('revision ids', () => {
  test('get returns an opaque revision id, the same while the document does not change', () => {
    // documents#Document.FIELDS.revision_id: «not a sequential number but an opaque string … If the
    // revision ID is unchanged between calls, then the document has not changed.»
    const { g } = setup();
    const id = sample(g);
    const first = revisionOf(g, id);
    expect(typeof first).toBe('string');
    expect(first).not.toMatch(/^\d+$/);
    expect(revisionOf(g, id)).toBe(first);
  });

  test('create returns the new document with its revision id', () => {
    // documents/create returns a Document, whose revisionId the creator (an editor) is given.
    const { g } = setup();
    const made = g.Docs.Documents!.create({ title: 'Новый' });
    expect(made.revisionId).toBe(revisionOf(g, made.documentId!));
  });

  test('batchUpdate returns the revision after the write, the one get reports next', () => {
    // WriteControl: «When a required revision ID is returned in a response, it indicates the
    // revision ID of the document after the request was applied.» (documents/batchUpdate)
    const { g } = setup();
    const id = sample(g);
    const before = revisionOf(g, id);
    const reply = update(g, id, [insert('А')]);
    const after = reply.writeControl!.requiredRevisionId!;
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    expect(revisionOf(g, id)).toBe(after);
  });

  test('a requiredRevisionId of the latest revision is applied, from a get or from the last response', () => {
    // WriteControl.requiredRevisionId: applied when it is the latest revision.
    const { ws, g } = setup();
    const id = sample(g);
    const r1 = update(g, id, [insert('А')], { requiredRevisionId: revisionOf(g, id) });
    update(g, id, [insert('Б')], { requiredRevisionId: r1.writeControl!.requiredRevisionId });
    expect(ws.docs.text(id).split('\n')[0]).toBe('БАПривет');
  });

  test('an older revision is refused with a 400 and nothing is applied', () => {
    // WriteControl.requiredRevisionId: «If this is not the latest revision of the document, the
    // request is not processed and returns a 400 bad request error.» The wording is Google's
    // unpublished one (strict: not documented).
    const { ws, g } = setup();
    const id = sample(g);
    const old = revisionOf(g, id);
    const latest = update(g, id, [insert('А')]).writeControl!.requiredRevisionId!;
    const before = ws.docs.render(id);
    expect(() => update(g, id, [insert('Б')], { requiredRevisionId: old })).toThrow(stale(old));
    expect(ws.docs.render(id)).toEqual(before);
    // Nothing applied, so no new revision either.
    expect(revisionOf(g, id)).toBe(latest);
  });

  test('an id made up, or of another document, is not the latest revision', () => {
    // WriteControl.requiredRevisionId must be the document's latest revision.
    const { g } = setup();
    const id = sample(g);
    const other = sample(g);
    const otherRevision = revisionOf(g, other);
    expect(() => update(g, id, [insert('Б')], { requiredRevisionId: 'ALBJ4Lxyz' })).toThrow(
      stale('ALBJ4Lxyz'),
    );
    expect(() => update(g, id, [insert('Б')], { requiredRevisionId: otherRevision })).toThrow(
      stale(otherRevision),
    );
  });

  test("another user's revision id is refused; each user gets an id of their own", () => {
    // documents#Document.FIELDS.revision_id: «cannot be shared across users» (strict: not
    // documented what a shared one does: refused as not the latest).
    const { ws, g } = setup();
    const id = sample(g);
    ws.share(id, DEPUTY, 'editor');
    const as = <T>(user: string, fn: () => T): T => ws.execute({ kind: 'editor', handler: 't', user }, fn);
    const curators = as(CURATOR, () => revisionOf(g, id));
    const deputys = as(DEPUTY, () => revisionOf(g, id));
    expect(deputys).not.toBe(curators);
    expect(() => as(DEPUTY, () => update(g, id, [insert('Б')], { requiredRevisionId: curators }))).toThrow(
      stale(curators),
    );
    as(DEPUTY, () => update(g, id, [insert('Б')], { requiredRevisionId: deputys }));
    expect(ws.docs.text(id).split('\n')[0]).toBe('БПривет');
  });

  test('a revision id returned more than 24 hours ago is refused; returned again, it is valid again', () => {
    // documents#Document.FIELDS.revision_id: «only guaranteed to be valid for 24 hours after it has
    // been returned» (strict: not documented — after 24 hours it is refused as not the latest).
    const { ws, g } = setup();
    const id = sample(g);
    const r = revisionOf(g, id);
    ws.clock.tick(DAY_MS - 1);
    update(g, id, [insert('А')], { requiredRevisionId: r });
    const r2 = revisionOf(g, id);
    ws.clock.tick(DAY_MS);
    expect(() => update(g, id, [insert('Б')], { requiredRevisionId: r2 })).toThrow(stale(r2));
    // The same revision read again: the id is returned again and valid for another 24 hours.
    expect(revisionOf(g, id)).toBe(r2);
    update(g, id, [insert('Б')], { requiredRevisionId: r2 });
    expect(ws.docs.text(id).split('\n')[0]).toBe('БАПривет');
  });

  test('a viewer gets no revision id', () => {
    // documents#Document.FIELDS.revision_id: «Only populated if the user has edit access to the
    // document.»
    const { ws, g } = setup();
    const id = sample(g);
    ws.share(id, DEPUTY, 'viewer');
    const doc = ws.execute({ kind: 'editor', handler: 't', user: DEPUTY }, () => get(g, id));
    expect(doc.title).toBe('Образец');
    expect(doc.revisionId).toBeUndefined();
  });
});

describe('writeControl', () => {
  test('targetRevisionId is not emulated; an empty writeControl is none', () => {
    // WriteControl.targetRevisionId: collaborator changes merged by the Docs server (not emulated).
    const { g } = setup();
    const id = sample(g);
    const r = revisionOf(g, id);
    expect(() => update(g, id, [insert('А')], { targetRevisionId: r })).toThrow(
      'Not emulated: Docs.Documents.batchUpdate(writeControl.targetRevisionId)',
    );
    expect(revisionOf(g, id)).toBe(r);
    expect(update(g, id, [insert('А')], {}).writeControl!.requiredRevisionId).toBe(revisionOf(g, id));
  });

  test('an unknown field of writeControl is refused', () => {
    // documents/batchUpdate: WriteControl has requiredRevisionId and targetRevisionId only; the API
    // refuses an unknown field of a request body (strict: Google's usual wording for one).
    const { g } = setup();
    const id = sample(g);
    expect(() =>
      update(g, id, [insert('А')], { requiredRevision: 'x' } as GoogleAppsScript.Docs.Schema.WriteControl),
    ).toThrow(
      `${PREFIX}Invalid JSON payload received. Unknown name "requiredRevision" at 'write_control': Cannot find field.`,
    );
  });
});

describe('what makes a new revision', () => {
  test('a DocumentApp edit saved by saveAndClose does; reading, a save of nothing, a PDF do not', () => {
    // documents#Document.FIELDS.revision_id: «If the revision ID is unchanged between calls, then the
    // document has not changed. Conversely, a changed ID (for the same document and user) usually
    // means the document has been updated.» Changes are saved by saveAndClose
    // (reference/document/document#saveAndClose).
    const { g } = setup();
    const id = sample(g);
    const r = revisionOf(g, id);
    const read = g.DocumentApp.openById(id);
    expect(read.getBody().getText()).toContain('Привет');
    read.getAs('application/pdf');
    read.saveAndClose();
    g.DriveApp.getFileById(id).getBlob();
    expect(revisionOf(g, id)).toBe(r);

    const edit = g.DocumentApp.openById(id);
    edit.getBody().appendParagraph('Ещё');
    // Not saved yet: the API reads the saved document.
    expect(revisionOf(g, id)).toBe(r);
    edit.saveAndClose();
    const after = revisionOf(g, id);
    expect(after).not.toBe(r);
    expect(() => update(g, id, [insert('А')], { requiredRevisionId: r })).toThrow(stale(r));
  });

  test('the save at the end of an execution makes one when the script changed the document', () => {
    // reference/document/document#saveAndClose(): «Saves the current Document. Causes pending updates
    // to be flushed and applied. The saveAndClose() method is automatically invoked at the end of
    // script execution for each open editable Document.» A read changes nothing to save.
    const { ws, g } = setup();
    const id = sample(g);
    const r = revisionOf(g, id);
    ws.execute({ kind: 'editor', handler: 't' }, () => {
      g.DocumentApp.openById(id).getBody().getText();
    });
    expect(revisionOf(g, id)).toBe(r);
    ws.execute({ kind: 'editor', handler: 't' }, () => {
      g.DocumentApp.openById(id).getBody().appendParagraph('Итог');
    });
    expect(revisionOf(g, id)).not.toBe(r);
    expect(ws.docs.text(id, { saved: true })).toContain('Итог');
  });

  test('a rename does, by Document.setName or by DriveApp', () => {
    // documents#Document: the title is a field of the document, so renaming it changes the
    // document (strict: not documented whether Google's revision moves).
    const { g } = setup();
    const id = sample(g);
    const r1 = revisionOf(g, id);
    g.DocumentApp.openById(id).setName('План');
    const r2 = revisionOf(g, id);
    expect(r2).not.toBe(r1);
    expect(() => update(g, id, [insert('А')], { requiredRevisionId: r1 })).toThrow(stale(r1));
    g.DriveApp.getFileById(id).setName('План-2');
    expect(() => update(g, id, [insert('А')], { requiredRevisionId: r2 })).toThrow(stale(r2));
    expect(get(g, id).title).toBe('План-2');
  });

  test('makeCopy makes a new document with a revision of its own; the source keeps its revision', () => {
    // reference/drive/file#makeCopy: a new file; documents#Document.FIELDS.revision_id belongs to a
    // document, so the copy's ids are its own.
    const { g } = setup();
    const id = sample(g);
    const r = revisionOf(g, id);
    const copyId = g.DriveApp.getFileById(id).makeCopy('Копия').getId();
    const rc = revisionOf(g, copyId);
    expect(rc).not.toBe(r);
    expect(revisionOf(g, id)).toBe(r);
    expect(() => update(g, copyId, [insert('А')], { requiredRevisionId: r })).toThrow(stale(r));
    update(g, copyId, [insert('А')], { requiredRevisionId: rc });
    // The source did not change: its id still holds.
    update(g, id, [insert('Б')], { requiredRevisionId: r });
    expect(g.DocumentApp.openById(copyId).getBody().getText().split('\n')[0]).toBe('АПривет');
    expect(g.DocumentApp.openById(id).getBody().getText().split('\n')[0]).toBe('БПривет');
  });
});

describe('the saved document and what a caller gets', () => {
  test('changing what get returned changes nothing stored', () => {
    // documents/get returns a copy of the document: a script's changes to it are its own.
    const { ws, g } = setup();
    const id = sample(g);
    const before = ws.docs.render(id);
    const doc = get(g, id);
    const para = doc.body!.content![1].paragraph!;
    para.elements![0].textRun!.content = 'Испорчено\n';
    para.elements![0].textRun!.textStyle!.bold = true;
    para.paragraphStyle!.namedStyleType = 'HEADING_1';
    doc.body!.content!.splice(1, 1);
    expect(ws.docs.render(id)).toEqual(before);
    expect(get(g, id).body!.content![1].paragraph!.elements![0].textRun!.content).toBe('Привет\n');
  });

  test('a DocumentApp edit after a batchUpdate is not saved until saveAndClose', () => {
    // reference/document/document#saveAndClose; the API reads the saved document.
    const { ws, g } = setup();
    const id = sample(g);
    update(g, id, [insert('А')]);
    const doc = g.DocumentApp.openById(id);
    doc.getBody().getChild(0).asParagraph().setText('Другое');
    expect(ws.docs.text(id, { saved: true }).split('\n')[0]).toBe('АПривет');
    expect(get(g, id).body!.content![1].paragraph!.elements![0].textRun!.content).toBe('АПривет\n');
    doc.saveAndClose();
    expect(ws.docs.text(id, { saved: true }).split('\n')[0]).toBe('Другое');
  });
});

describe('the size limit: 1.02 million characters', () => {
  /** A blank document with a header «Шапка» (6 in index units), saved; its size is 2 + 6. */
  function blank(g: G): string {
    const doc = g.DocumentApp.create('Большой');
    doc.addHeader().getChild(0).asParagraph().setText('Шапка');
    doc.saveAndClose();
    return doc.getId();
  }

  test("the size is the sum of the segments' end indexes", () => {
    // docs/api/concepts/structure: indexes in UTF-16 code units; a segment ends at its last
    // paragraph's end. Which of them Google counts as «characters» is not documented (strict: all).
    const { ws, g } = setup();
    const id = sample(g);
    const doc = g.DocumentApp.openById(id);
    doc.addHeader().getChild(0).asParagraph().setText('Шапка');
    doc.addFooter().appendTable([['1']]);
    doc.saveAndClose();
    const api = get(g, id);
    const end = (content: GoogleAppsScript.Docs.Schema.StructuralElement[]) =>
      content[content.length - 1].endIndex!;
    const header = Object.values(api.headers!)[0].content!;
    const footer = Object.values(api.footers!)[0].content!;
    // Body: the section break 1, «Привет» 7, the table 1 + a row 1 + two cells of 3 + 1, the
    // paragraph after it 1, «Конец» 6; the header «Шапка» 6; the footer: a paragraph 1, the table
    // 1 + 1 + 3 + 1, the paragraph after it 1.
    expect([end(api.body!.content!), end(header), end(footer)]).toEqual([24, 6, 8]);
    expect(documentSize(ws.docs._data(id).saved)).toBe(24 + 6 + 8);
    // An empty body still has its section break and a paragraph.
    expect(documentSize({ body: { type: 'BODY_SECTION', children: [] }, header: null, footer: null })).toBe(
      2,
    );
  });

  test('a batch that would cross 1,020,000 is refused as a whole; one that stays at it is applied', () => {
    // Google Drive Help (support.google.com/drive/answer/37603): «Documents: Up to 1.02 million
    // characters». Refused as a 400 of the whole batch, atomically as batchUpdate is («If any
    // request is not valid, then the entire request will fail and nothing will be applied»); the
    // wording is the emulator's (strict: not documented).
    const { ws, g } = setup();
    const id = blank(g);
    const r = revisionOf(g, id);
    const room = MAX_DOCUMENT_SIZE - 8;
    const half = 'ж'.repeat(Math.floor(room / 2));
    const rest = 'ж'.repeat(room - half.length);
    expect(() => update(g, id, [insert(half), insert(rest + 'ы')])).toThrow(
      `${PREFIX}Invalid requests: The document would have 1020001 characters; a Google Doc holds at most 1020000.`,
    );
    expect(ws.docs.text(id)).toBe('');
    expect(revisionOf(g, id)).toBe(r);
    update(g, id, [insert(half), insert(rest)], { requiredRevisionId: r });
    const api = get(g, id);
    expect(api.body!.content![1].endIndex).toBe(MAX_DOCUMENT_SIZE - 6);
    // Full: one more character is refused.
    expect(() => update(g, id, [insert('ы')])).toThrow(/would have 1020001 characters/);
  });

  test('a DocumentApp save of content over the limit throws and saves nothing (strict)', () => {
    // Google Drive Help: «Documents: Up to 1.02 million characters»; how Apps Script fails is not
    // documented (strict: the save throws; the saved document stays as it was).
    const { ws, g } = setup();
    const id = blank(g);
    const r = revisionOf(g, id);
    const doc = g.DocumentApp.openById(id);
    doc.getBody().appendParagraph('ж'.repeat(MAX_DOCUMENT_SIZE));
    expect(() => doc.saveAndClose()).toThrow(
      'Document is too large to save: The document would have 1020009 characters; a Google Doc holds at most 1020000.',
    );
    expect(ws.docs.text(id, { saved: true })).toBe('');
    expect(revisionOf(g, id)).toBe(r);
  });

  test('at the end of an execution, content over the limit is not saved and the execution fails (strict)', () => {
    // As above: the changes are dropped, the failure kept in ws.docs.failedSaves, and the execution
    // ends with that error.
    const { ws, g } = setup();
    const id = blank(g);
    const r = revisionOf(g, id);
    expect(() =>
      ws.execute({ kind: 'editor', handler: 't' }, () => {
        g.DocumentApp.openById(id).getBody().appendParagraph('ж'.repeat(MAX_DOCUMENT_SIZE));
      }),
    ).toThrow(/Document is too large to save/);
    expect(ws.executions.finished[ws.executions.finished.length - 1]).toMatchObject({
      handler: 't',
      outcome: 'error',
    });
    expect(ws.docs.failedSaves).toEqual([
      {
        id,
        message:
          'Document is too large to save: The document would have 1020009 characters; a Google Doc holds at most 1020000.',
      },
    ]);
    expect(ws.docs.text(id)).toBe('');
    expect(g.DocumentApp.openById(id).getBody().getText()).toBe('');
    expect(revisionOf(g, id)).toBe(r);
  });
});
