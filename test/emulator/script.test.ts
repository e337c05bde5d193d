// Conformance of the emulated ScriptApp and its trigger clock, each behaviour pinned to the
// reference page it follows.
import { createWorkspace, type Workspace } from '../../dev/workspace';
import { TOO_MANY_TRIGGERS } from 'apps-script-emulator/script';
import { zonedParts } from 'apps-script-emulator/script/time';

type G = { ScriptApp: GoogleAppsScript.Script.ScriptApp };

interface Seen {
  handler: string;
  event: Record<string, unknown>;
  user: string;
  active: string | null;
  at: number;
}

function setup(addonRestrictions?: boolean): { ws: Workspace; g: G; seen: Seen[] } {
  const ws = createWorkspace({
    now: '2026-09-01T09:00:00+03:00',
    timeZone: 'Europe/Moscow',
    addonRestrictions,
  });
  ws.activeSpreadsheetId = 'sheet-1';
  const seen: Seen[] = [];
  ws.attachBundle((handler, event) => {
    seen.push({
      handler,
      event: event as Record<string, unknown>,
      user: ws.user,
      active: ws.activeSpreadsheetId,
      at: ws.clock.nowMillis(),
    });
    if (handler === 'broken') throw new Error('boom');
  });
  return { ws, g: ws.globals() as unknown as G, seen };
}

describe('ScriptApp triggers', () => {
  test('a daily trigger fires once a day in its hour and time zone, as its owner, with no active spreadsheet', () => {
    // developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
    // developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
    // developers.google.com/workspace/add-ons/concepts/editor-triggers: no active document in
    // an add-on's time-driven run (APPS_SCRIPT_NOTES.md).
    const { ws, g, seen } = setup();
    const t = g.ScriptApp.newTrigger('dailyRun')
      .timeBased()
      .everyDays(1)
      .atHour(7)
      .inTimezone('Asia/Yekaterinburg')
      .create();
    ws.user = 'other@school.example';
    ws.script.advanceDays(30);
    expect(seen).toHaveLength(30);
    const days = new Set<string>();
    const minutes = new Set<number>();
    for (const s of seen) {
      const local = zonedParts(s.at, 'Asia/Yekaterinburg');
      expect(local.hour).toBe(7);
      days.add(`${local.month}-${local.day}`);
      minutes.add(local.minute);
      expect(s.user).toBe('curator@school.example');
      expect(s.active).toBeNull();
      expect(s.handler).toBe('dailyRun');
      // developers.google.com/apps-script/guides/triggers/events#time-driven-events (UTC, check)
      expect(s.event).toMatchObject({ triggerUid: t.getUniqueId(), timezone: 'UTC', hour: 2 });
      expect(String(s.event.authMode)).toBe('FULL');
    }
    expect(days.size).toBe(30);
    expect(minutes.size).toBe(1);
    // The workspace comes back as it was.
    expect(ws.user).toBe('other@school.example');
    expect(ws.activeSpreadsheetId).toBe('sheet-1');
    expect(ws.script.runLog).toHaveLength(30);
  });

  test('everyHours fires every n hours; triggers fire in time order', () => {
    // developers.google.com/apps-script/reference/script/clock-trigger-builder#everyHours(Integer)
    // A bound script (no add-on restrictions) may have several clock triggers.
    const { ws, g, seen } = setup(false);
    g.ScriptApp.newTrigger('hourly').timeBased().everyHours(6).create();
    g.ScriptApp.newTrigger('once')
      .timeBased()
      .after(90 * 60 * 1000)
      .create();
    ws.script.advanceHours(24);
    expect(seen.filter((s) => s.handler === 'hourly')).toHaveLength(4);
    expect(seen.filter((s) => s.handler === 'once')).toHaveLength(1);
    const times = seen.map((s) => s.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  test('a handler that throws is recorded and does not stop the clock', () => {
    const { ws, g } = setup();
    g.ScriptApp.newTrigger('broken').timeBased().everyDays(1).atHour(8).create();
    ws.script.advanceDays(3);
    expect(ws.script.failures).toHaveLength(3);
    expect(ws.script.failures[0]).toMatchObject({ handler: 'broken', error: 'boom' });
    expect(ws.clock.now().toISOString()).toBe('2026-09-04T06:00:00.000Z');
  });

  test("getProjectTriggers shows only the current user's triggers", () => {
    // developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
    const { ws, g } = setup();
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
    ws.user = 'second@school.example';
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
    const mine = g.ScriptApp.getProjectTriggers();
    expect(mine).toHaveLength(1);
    expect(mine[0].getHandlerFunction()).toBe('onSubmit');
    expect(mine[0].getEventType()).toBe(g.ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(mine[0].getTriggerSource()).toBe(g.ScriptApp.TriggerSource.SPREADSHEETS);
    expect(mine[0].getTriggerSourceId()).toBe('sheet-1');
    expect(
      g.ScriptApp.getUserTriggers({
        getId: () => 'sheet-1',
      } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    ).toHaveLength(1);
    g.ScriptApp.deleteTrigger(mine[0]);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(0);
    ws.user = 'curator@school.example';
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
  });

  test('an add-on gets one trigger of each type per user per document, on its own file only', () => {
    // developers.google.com/workspace/add-ons/concepts/editor-triggers ("Restrictions")
    const { ws, g } = setup();
    g.ScriptApp.newTrigger('onSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
    expect(() =>
      g.ScriptApp.newTrigger('onSubmit2').forSpreadsheet('sheet-1').onFormSubmit().create(),
    ).toThrow(/one trigger of each type/);
    expect(() => g.ScriptApp.newTrigger('x').forSpreadsheet('sheet-2').onFormSubmit().create()).toThrow(
      /file in which/,
    );
    g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    expect(() => g.ScriptApp.newTrigger('daily2').timeBased().everyHours(1).create()).toThrow(
      /one trigger of each type/,
    );
    expect(() => g.ScriptApp.newTrigger('m').timeBased().everyMinutes(5).create()).toThrow(/once per hour/);
    // In another spreadsheet the same user may have its own pair.
    ws.activeSpreadsheetId = 'sheet-2';
    g.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(3);
  });

  test('20 triggers per user per script', () => {
    // developers.google.com/apps-script/guides/services/quotas: "Triggers: 20 / user / script".
    const { ws, g } = setup();
    ws.script.addonRestrictions = false;
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('h20').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
    ws.user = 'second@school.example';
    g.ScriptApp.newTrigger('h').timeBased().everyHours(1).create();
  });

  test('authorization info: NOT_REQUIRED by default, REQUIRED with a URL when a test says so', () => {
    // developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode)
    const { ws, g } = setup();
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    ws.script.authorizationStatus = 'REQUIRED';
    const again = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(again.getAuthorizationStatus()).toBe(g.ScriptApp.AuthorizationStatus.REQUIRED);
    expect(again.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
    expect(g.ScriptApp.getScriptId()).toBe(ws.script.scriptId);
  });

  test('triggers and their schedule survive save and load', () => {
    const { ws, g, seen } = setup();
    g.ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(7).create();
    const loaded = (ws.constructor as typeof Workspace).fromState(JSON.parse(JSON.stringify(ws.toState())));
    loaded.attachBundle((handler) =>
      seen.push({ handler, event: {}, user: loaded.user, active: null, at: loaded.clock.nowMillis() }),
    );
    loaded.script.advanceDays(2);
    expect(seen).toHaveLength(2);
    expect(loaded.script.triggers).toHaveLength(1);
  });
});
