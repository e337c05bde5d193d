// Conformance of executions: the clock each execution runs on, its 6-minute limit, the daily
// quota of trigger runtime, overlapping executions and their locks, and one-off triggers under the
// editor add-on rules. Each behaviour names the reference page it follows; "(check)" marks where
// Google is silent and the stricter plausible behaviour was chosen.
import { createWorkspace, type Workspace, TOO_MANY_SIMULTANEOUS } from '../../dev/workspace';
import { EXCEEDED_MESSAGE } from 'apps-script-emulator/execution';
import { LOCK_TIMEOUT_MESSAGE } from 'apps-script-emulator/lock';
import { ADDON_ONE_PER_TYPE, ADDON_TOO_OFTEN, TRIGGER_RUNTIME_MESSAGE } from 'apps-script-emulator/script';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callCost, LATENCY } from 'apps-script-emulator/latency';

const ALL_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/userinfo.email',
];

interface G {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Date: DateConstructor;
}

function setup(options: Parameters<typeof createWorkspace>[0] = {}): {
  ws: Workspace;
  g: G;
  id: string;
} {
  const ws = createWorkspace({ now: '2026-09-01T09:00:00+03:00', oauthScopes: ALL_SCOPES, ...options });
  const ss = ws.createSpreadsheet('Школа');
  return { ws, g: ws.globals() as unknown as G, id: ss.getId() };
}

const editor = (handler = 'action') => ({ kind: 'editor' as const, handler });

describe('the execution clock', () => {
  // guides/support/best-practices: calls to other services are what take time; the emulator's
  // latency table (dev/emulator/latency.ts) gives each call its cost.
  test('each service call moves the clock by its latency, and new Date() in the script moves with it', () => {
    const { ws, g } = setup();
    const start = ws.clock.nowMillis();
    let seen = 0;
    ws.execute(editor(), () => {
      const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange(1, 1, 10, 10).getValues();
      seen = new g.Date().getTime();
    });
    const expected =
      callCost('SpreadsheetApp.getActiveSpreadsheet', [], {}) +
      callCost('Spreadsheet.getSheets', [], {}) +
      callCost('Sheet.getRange', [], {}) +
      callCost('Range.getValues', [], { _size: () => 100 });
    expect(seen - start).toBe(expected);
    expect(callCost('Range.getValues', [], { _size: () => 100_000 })).toBeGreaterThan(
      callCost('Range.getValues', [], { _size: () => 1 }),
    );
    expect(ws.executions.last('action')).toMatchObject({ outcome: 'ok', calls: 4 });
  });

  test('calls outside an execution (set-up from Node) cost no time', () => {
    const { ws, g } = setup();
    const start = ws.clock.nowMillis();
    g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue('x');
    expect(ws.clock.nowMillis()).toBe(start);
  });

  // guides/services/quotas: «Script runtime: 6 min / execution»; the execution is stopped with
  // «Exceeded maximum execution time».
  test('past 6 minutes the next call throws, every later call too, and what was written stays', () => {
    const { ws, g } = setup();
    let written = 0;
    let caught = '';
    expect(() =>
      ws.execute(editor('long'), () => {
        const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
        try {
          for (let i = 0; i < 10_000; i++) {
            sheet.getRange(1 + (i % 1000), 1 + Math.floor(i / 1000)).setValue(i + 1);
            written = i + 1;
          }
        } catch (e) {
          caught = (e as Error).message;
        }
        // The code swallowed the error and goes on: Google has already ended the execution.
        expect(() => sheet.getRange(1, 2).getValue()).toThrow(EXCEEDED_MESSAGE);
        return 'done';
      }),
    ).toThrow(EXCEEDED_MESSAGE);
    expect(caught).toBe(EXCEEDED_MESSAGE);
    expect(written).toBeGreaterThan(100);
    const record = ws.executions.last('long');
    expect(record?.outcome).toBe('timeout');
    expect(record?.durationMs).toBeLessThanOrEqual(6 * 60 * 1000 + 1000);
    const sheet = ws.asPerson(() => g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]);
    const cell = (n: number) => sheet.getRange(1 + ((n - 1) % 1000), 1 + Math.floor((n - 1) / 1000));
    expect(cell(written).getValue()).toBe(written);
    expect(cell(written + 1).getValue()).toBe('');
  });

  test('with strictness off, calls cost nothing and nothing is killed', () => {
    const { ws, g } = setup({ strict: false });
    const start = ws.clock.nowMillis();
    ws.execute(editor(), () => {
      const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      for (let i = 0; i < 2000; i++) sheet.getRange(1 + (i % 1000), 1 + Math.floor(i / 1000)).setValue(i);
    });
    expect(ws.clock.nowMillis()).toBe(start);
  });

  // guides/services/quotas: «Simultaneous executions: 30 / user».
  test('a user runs at most 30 executions at once', () => {
    const { ws } = setup();
    const nest = (depth: number): number =>
      ws.execute(editor(`n${depth}`), () => (depth === 31 ? depth : nest(depth + 1)));
    expect(() => nest(1)).toThrow(TOO_MANY_SIMULTANEOUS);
    expect(ws.executions.running()).toHaveLength(0);
  });
});

describe('overlapping executions and locks', () => {
  // reference/lock/lock#waitLock(Integer): throws when the lock cannot be had within the timeout;
  // reference/lock/lock-service#getDocumentLock(): one lock for every user of the document.
  test('an execution that starts while another holds the document lock waits its timeout and fails', () => {
    const { ws, g } = setup();
    const events: string[] = [];
    ws.duringCall(
      'Range.setValues',
      () => {
        const before = ws.clock.nowMillis();
        try {
          ws.execute({ kind: 'trigger', handler: 'intake', user: 'teacher@school.example' }, () =>
            g.LockService.getDocumentLock().waitLock(30_000),
          );
        } catch (e) {
          events.push(`B: ${(e as Error).message} after ${ws.clock.nowMillis() - before} ms`);
        }
      },
      { handler: 'A' },
    );
    ws.execute(editor('A'), () => {
      const lock = g.LockService.getDocumentLock();
      lock.waitLock(10_000);
      g.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()[0]
        .getRange(1, 1, 1, 1)
        .setValues([['A']]);
      events.push(`A holds: ${String(lock.hasLock())}`);
    });
    expect(events[0]).toMatch(
      new RegExp(`^B: ${LOCK_TIMEOUT_MESSAGE.replace('.', '\\.')} after 300\\d\\d ms$`),
    );
    expect(events[1]).toBe('A holds: true');
    // A's locks went with A: the next execution gets the lock at once.
    expect(ws.execute(editor('C'), () => g.LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  test('tryLock in the overlapping execution returns false; a user lock of another user is free', () => {
    const { ws, g } = setup();
    let tried: boolean | null = null;
    let userLock: boolean | null = null;
    ws.duringCall('Spreadsheet.getSheets', () => {
      ws.execute({ kind: 'editor', handler: 'B', user: 'deputy@school.example' }, () => {
        tried = g.LockService.getDocumentLock().tryLock(1000);
        userLock = g.LockService.getUserLock().tryLock(0);
      });
    });
    ws.execute(editor('A'), () => {
      g.LockService.getDocumentLock().waitLock(1000);
      g.LockService.getUserLock().waitLock(1000);
      g.SpreadsheetApp.getActiveSpreadsheet().getSheets();
    });
    expect(tried).toBe(false);
    expect(userLock).toBe(true);
  });

  // reference/lock/lock-service#getDocumentLock(): «null if … called from a script … not
  // contained in a document»: an add-on's time-driven run has no active document.
  test('getDocumentLock is null in a time-driven run with no active document', () => {
    const { ws, g } = setup();
    const lock = ws.execute({ kind: 'trigger', handler: 'daily', activeSpreadsheetId: null }, () =>
      g.LockService.getDocumentLock(),
    );
    expect(lock).toBeNull();
  });

  test('a person can edit a cell while an execution waits, and the edit costs the execution nothing', () => {
    const { ws, g } = setup();
    ws.duringCall('Range.setValues', () =>
      ws.asPerson(() => {
        g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(2, 1).setValue('staff');
      }, 'deputy@school.example'),
    );
    ws.execute(editor('A'), () => {
      g.SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()[0]
        .getRange(1, 1, 1, 1)
        .setValues([['A']]);
    });
    expect(ws.executions.last('A')?.calls).toBe(4);
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(sheet.getRange(1, 1, 2, 1).getValues()).toEqual([['A'], ['staff']]);
  });
});

describe('triggers on the clock', () => {
  function withRunner(ws: Workspace, g: G, id: string, callsPerRun: number): string[] {
    const ran: string[] = [];
    ws.attachBundle((handler) => {
      ran.push(`${handler}@${new Date(ws.clock.nowMillis()).toISOString()}`);
      const sheet = g.SpreadsheetApp.openById(id).getSheets()[0];
      for (let i = 0; i < callsPerRun; i++) sheet.getRange(1, 1).getValue();
    });
    return ran;
  }

  // reference/script/clock-trigger-builder#after(Integer), #at(Date): one-off triggers.
  test('a one-off trigger fires once at its time, as its owner', () => {
    const { ws, g, id } = setup();
    const ran = withRunner(ws, g, id, 1);
    ws.execute(editor('schedule'), () =>
      g.ScriptApp.newTrigger('continueWork')
        .timeBased()
        .after(2 * 3600_000)
        .create(),
    );
    ws.script.advanceHours(1);
    expect(ran).toEqual([]);
    ws.script.advanceHours(5);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatch(/^continueWork@2026-09-01T08:00:0/);
  });

  // workspace/add-ons/concepts/editor-triggers: «Time-driven triggers cannot run more frequently
  // than once per hour»; «Add-ons can only have one trigger of each type, per user, per document».
  test('an add-on cannot set a one-off trigger less than an hour ahead (check), nor a second time-driven one', () => {
    const { ws, g } = setup();
    ws.execute(editor('schedule'), () => {
      expect(() =>
        g.ScriptApp.newTrigger('soon')
          .timeBased()
          .after(10 * 60_000)
          .create(),
      ).toThrow(ADDON_TOO_OFTEN);
      g.ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(7).create();
      expect(() =>
        g.ScriptApp.newTrigger('continueWork')
          .timeBased()
          .after(2 * 3600_000)
          .create(),
      ).toThrow(ADDON_ONE_PER_TYPE);
      expect(() => g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create()).toThrow(
        ADDON_ONE_PER_TYPE,
      );
    });
  });

  // Triggers fire when they fall due; one that falls due while an execution still runs fires late
  // (check: Google documents only that the moment within the hour is its own choice).
  test('a trigger that fell due during a long execution fires late, once', () => {
    const { ws, g, id } = setup();
    const ran = withRunner(ws, g, id, 1);
    const start = ws.clock.nowMillis();
    ws.execute(editor('schedule'), () =>
      g.ScriptApp.newTrigger('continueWork').timeBased().after(7200_000).create(),
    );
    ws.clock.setNow(start + 7190_000);
    ws.execute(editor('long'), () => {
      const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      for (let i = 0; i < 400; i++) sheet.getRange(1, 1).getValue();
    });
    expect(ws.clock.nowMillis()).toBeGreaterThan(start + 7200_000);
    const runs = ws.script.advanceTo(start + 3 * 3600_000);
    expect(runs).toHaveLength(1);
    expect(new Date(runs[0].at).getTime()).toBeGreaterThan(start + 7200_000);
    expect(ran).toHaveLength(1);
  });

  // guides/services/quotas: «Triggers total runtime: 90 min / day» for consumer accounts.
  test('when a user’s triggers have run their daily total, further runs fail until the next day', () => {
    const { ws, g, id } = setup({ triggerRuntimeQuotaMs: 60_000 });
    const ran = withRunner(ws, g, id, 200);
    ws.execute(editor('schedule'), () => g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create());
    ws.script.advanceHours(6);
    const runs = ws.script.runLog;
    expect(runs.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    const refused = runs.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0].error).toBe(TRIGGER_RUNTIME_MESSAGE);
    expect(ran.length).toBe(runs.filter((r) => r.ok).length);
    const before = ran.length;
    ws.script.advanceHours(24);
    expect(ran.length).toBeGreaterThan(before);
  });
});

describe('the latency table', () => {
  test('dev/emulator/README.md lists every figure of latency.ts, as it is in the code', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'dev', 'emulator', 'README.md'), 'utf8');
    for (const [name, rule] of Object.entries(LATENCY)) {
      const rows = readme.split('\n').map((line) => line.split('|').map((c) => c.trim()));
      const cells = rows.find((c) => c[1] === `\`${name}\``);
      if (!cells) throw new Error(`${name} is not in dev/emulator/README.md`);
      expect([cells[2], cells[3], cells[4]]).toEqual([
        String(rule.ms),
        rule.perItemMs === undefined ? '' : String(rule.perItemMs),
        rule.source,
      ]);
    }
  });
});
