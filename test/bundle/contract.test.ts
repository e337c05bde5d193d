// The bundle contract: build/Code.js is one plain script whose top-level functions are exactly the
// exports of src/server/index.ts, that uses nothing Apps Script lacks, and whose manifest declares
// exactly the scopes it needs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { BUILD_DIR, loadBundleWith } from '../../dev/bundle';
import { manifestProblems } from '../../dev/manifest';

const code = readFileSync(join(BUILD_DIR, 'Code.js'), 'utf8');

function exportedNames(): string[] {
  const result = buildSync({
    entryPoints: [join(__dirname, '../../src/server/index.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  return [...(output?.exports ?? [])].sort();
}

/** Globals Node has and Apps Script does not; touching one at load or call time fails the test. */
const FORBIDDEN = [
  'require',
  'process',
  'module',
  'exports',
  'setTimeout',
  'setInterval',
  'fetch',
  'TextEncoder',
  'TextDecoder',
  'Buffer',
  'global',
];

function trapForbidden(touched: string[], globals: Record<string, unknown>): Record<string, unknown> {
  for (const name of FORBIDDEN) {
    Object.defineProperty(globals, name, {
      get() {
        touched.push(name);
        return undefined;
      },
      enumerable: true,
    });
  }
  return globals;
}

/** A fake Ui that records every member used; any other service access is recorded too. */
function recordingServices(log: string[]): Record<string, unknown> {
  const record = (path: string): unknown =>
    new Proxy(function () {}, {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        log.push(`${path}.${prop}`);
        return record(`${path}.${prop}`);
      },
      apply() {
        return record(`${path}()`);
      },
    });
  return {
    SpreadsheetApp: record('SpreadsheetApp'),
    PropertiesService: record('PropertiesService'),
    ScriptApp: record('ScriptApp'),
    HtmlService: record('HtmlService'),
    Session: record('Session'),
    DriveApp: record('DriveApp'),
    FormApp: record('FormApp'),
    DocumentApp: record('DocumentApp'),
    MailApp: record('MailApp'),
    LockService: record('LockService'),
    Utilities: record('Utilities'),
  };
}

describe('build/Code.js', () => {
  it('holds exactly Code.js, Sidebar.html and appsscript.json', () => {
    expect(readdirSync(BUILD_DIR).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('parses as a plain script, with no import or export', () => {
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('has exactly the exports of src/server/index.ts as top-level functions', () => {
    const ctx = loadBundleWith({});
    const functions = Object.keys(ctx)
      .filter((k) => typeof ctx[k] === 'function')
      .sort();
    expect(functions).toEqual(exportedNames());
    expect(functions).toContain('onOpen');
    // Anything else at top level is private to Apps Script: its name ends in "_".
    for (const name of Object.keys(ctx).filter((k) => typeof ctx[k] !== 'function')) {
      expect(name).toMatch(/_$/);
    }
  });

  it('touches no Node-only global when loaded or when onOpen and showSidebar run', () => {
    const touched: string[] = [];
    const ctx = loadBundleWith(trapForbidden(touched, recordingServices([])));
    (ctx.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    (ctx.showSidebar as () => void)();
    expect(touched).toEqual([]);
    for (const name of FORBIDDEN) expect(code).not.toMatch(new RegExp(`(^|[^.\\w$'"])${name}\\s*\\(`, 'm'));
  });

  it('in AuthMode.NONE, onOpen uses the Ui and nothing else', () => {
    const used: string[] = [];
    const ctx = loadBundleWith(recordingServices(used));
    (ctx.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(used.length).toBeGreaterThan(0);
    const services = new Set(used.map((u) => u.replace(/\(\)/g, '').split('.').slice(0, 2).join('.')));
    expect([...services]).toEqual(['SpreadsheetApp.getUi']);
  });

  it('has a valid manifest declaring exactly the scopes the code uses', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'appsscript.json'), 'utf8'));
    expect(manifestProblems(manifest, code)).toEqual([]);
  });
});

describe('the manifest check', () => {
  it('catches a missing scope and an unused one', () => {
    const problems = manifestProblems(
      {
        runtimeVersion: 'V8',
        timeZone: 'Europe/Moscow',
        exceptionLogging: 'STACKDRIVER',
        oauthScopes: ['https://www.googleapis.com/auth/forms'],
      },
      'MailApp.sendEmail(x)',
    );
    expect(problems.join('\n')).toMatch(/script\.send_mail/);
    expect(problems.join('\n')).toMatch(/forms is declared but the code does not need it/);
  });

  it('takes the scopes from the emulator’s table: DriveApp needs drive, drive.file will not do', () => {
    const manifest = {
      runtimeVersion: 'V8',
      timeZone: 'Europe/Moscow',
      exceptionLogging: 'STACKDRIVER',
      oauthScopes: ['https://www.googleapis.com/auth/drive.file'],
    };
    const problems = manifestProblems(manifest, 'DriveApp.createFolder("x").createFile(b)');
    expect(problems).toEqual([
      'the code calls DriveApp.createFolder but none of drive is declared',
      'scope drive.file is declared but the code does not need it',
    ]);
    expect(
      manifestProblems(
        { ...manifest, oauthScopes: ['https://www.googleapis.com/auth/drive'] },
        'DriveApp.getFileById(id)',
      ),
    ).toEqual([]);
    // Methods whose reference lists no scope need none.
    expect(
      manifestProblems(
        { ...manifest, oauthScopes: [] },
        'Session.getScriptTimeZone(); LockService.getUserLock()',
      ),
    ).toEqual([]);
  });

  it('rejects Rhino and an unknown time zone', () => {
    const problems = manifestProblems(
      { runtimeVersion: 'DEPRECATED_ES5', timeZone: 'Moscow', oauthScopes: [] },
      '',
    );
    expect(problems).toEqual(
      expect.arrayContaining(['runtimeVersion must be "V8"', 'timeZone "Moscow" is not an IANA zone']),
    );
  });
});
