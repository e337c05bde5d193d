// Conformance of PropertiesService (developers.google.com/apps-script/reference/properties/…) and
// its quotas (apps-script/guides/services/quotas: 9 KB per value, 500 KB per store).
import { createWorkspace } from '../../dev/workspace';

function setup() {
  const ws = createWorkspace({ user: 'curator@school.example' });
  ws.createSpreadsheet('Школа');
  return { ws, props: ws.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService };
}

describe('PropertiesService', () => {
  // properties#setpropertykey,-value / #getpropertykey: strings; missing keys read null.
  test('values are stored as strings', () => {
    const { props } = setup();
    const store = props.getScriptProperties();
    store.setProperty('n', 5 as unknown as string);
    expect(store.getProperty('n')).toBe('5');
    expect(store.getProperty('missing')).toBeNull();
    store.setProperties({ a: '1', b: '2' });
    expect(store.getKeys().sort()).toEqual(['a', 'b', 'n']);
    // properties#setpropertiesproperties,-deleteallothers
    store.setProperties({ c: '3' }, true);
    expect(store.getProperties()).toEqual({ c: '3' });
    store.deleteProperty('c');
    store.setProperty('d', 'x').deleteAllProperties();
    expect(store.getProperties()).toEqual({});
  });

  // properties-service#getdocumentproperties: null without a document (add-on time trigger).
  test('document properties are per spreadsheet and null without one', () => {
    const { ws, props } = setup();
    props.getDocumentProperties().setProperty('k', 'first');
    const first = ws.activeSpreadsheetId;
    ws.activeSpreadsheetId = ws.sheets.create('Другая').getId();
    expect(props.getDocumentProperties().getProperty('k')).toBeNull();
    ws.activeSpreadsheetId = first;
    expect(props.getDocumentProperties().getProperty('k')).toBe('first');
    ws.activeSpreadsheetId = null;
    expect(props.getDocumentProperties()).toBeNull();
  });

  // properties-service#getuserproperties: per user.
  test('user properties are per user', () => {
    const { ws, props } = setup();
    props.getUserProperties().setProperty('k', 'mine');
    ws.user = 'deputy@school.example';
    expect(props.getUserProperties().getProperty('k')).toBeNull();
  });

  // Quotas: 9 KB per value, 500 KB per store. (check) the exact messages.
  test('size limits throw', () => {
    const { props } = setup();
    const store = props.getScriptProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    for (let i = 0; i < 56; i++) store.setProperty(`k${i}`, 'y'.repeat(9000));
    expect(() => store.setProperty('one-more', 'y'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(store.getProperty('one-more')).toBeNull();
  });

  // reference/properties/properties: getProperty, setProperty, deleteProperty and no shorter
  // get/set/delete; reading one throws instead of working here and failing on Google.
  test('Properties has no get, set or delete', () => {
    const { props } = setup();
    const store = props.getScriptProperties() as unknown as Record<string, unknown>;
    for (const name of ['get', 'set', 'delete']) {
      expect(() => store[name]).toThrow(`Not emulated: Properties.${name}`);
    }
  });

  test('state round-trips', () => {
    const { ws, props } = setup();
    props.getScriptProperties().setProperty('a', '1');
    const copy = ws.constructor as typeof import('apps-script-emulator').Workspace;
    const again = copy.fromState(JSON.parse(JSON.stringify(ws.toState())));
    const p = again.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    expect(p.getScriptProperties().getProperty('a')).toBe('1');
  });
});
