// Our own checks of appsscript.json against what build/Code.js uses. The public JSON schema has
// mistakes, and what matters most — the scopes — it cannot know: every service the code calls needs
// its scope declared, and no scope may be declared that the code does not need.
//
// The scopes come from the emulator's table (emulator/scopes.ts, taken from each method's
// «Authorization» section in the reference), so this check and the emulator cannot disagree. It
// reads the code as text: it sees `Service.method(` on the global services, and a few instance
// methods whose scopes are not implied by the call that gave the object (the sidebar, copies,
// moves, the bin). The exact check is test/bundle/scopes.test.ts, which walks a school year on the
// emulator and sums the scopes of every call made.
import { SCOPE_PREFIX, scopesFor } from 'apps-script-emulator/scopes';

const SCOPE = SCOPE_PREFIX;

/** The Apps Script globals whose methods the code calls by name. */
export const GLOBAL_SERVICES = [
  'SpreadsheetApp',
  'FormApp',
  'DocumentApp',
  'DriveApp',
  'MailApp',
  'ScriptApp',
  'Session',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Utilities',
  'Logger',
] as const;

/**
 * Instance methods that need more than the call that gave their object: `.name(` in the code is
 * taken for `Class.name`.
 */
export const INSTANCE_METHODS: readonly string[] = [
  'Ui.showSidebar',
  'Ui.showModalDialog',
  'Ui.showModelessDialog',
  'Ui.alert',
  'Ui.prompt',
  'File.makeCopy',
  'File.moveTo',
  'File.setTrashed',
];

/**
 * The advanced services the code may call, by user symbol, as appsscript.json declares them
 * (dependencies.enabledAdvancedServices; apps-script/guides/services/advanced): each called as
 * `Symbol.Collection.method(`.
 */
export const ADVANCED_SERVICES: Record<string, { serviceId: string; version: string }> = {
  Docs: { serviceId: 'docs', version: 'v1' },
};

/** Every `Class.method` the code calls that the scope check knows how to see. */
export function calledMethods(code: string): string[] {
  const found = new Set<string>();
  const globals = new RegExp(`(?<![\\w$.])(${GLOBAL_SERVICES.join('|')})\\.([A-Za-z_$][\\w$]*)\\s*\\(`, 'g');
  for (const m of code.matchAll(globals)) found.add(`${m[1]}.${m[2]}`);
  const advanced = new RegExp(
    `(?<![\\w$.])(${Object.keys(ADVANCED_SERVICES).join('|')})\\.([A-Za-z_$][\\w$]*)\\.([A-Za-z_$][\\w$]*)\\s*\\(`,
    'g',
  );
  for (const m of code.matchAll(advanced)) found.add(`${m[1]}.${m[2]}.${m[3]}`);
  for (const name of INSTANCE_METHODS) {
    const method = name.slice(name.indexOf('.') + 1);
    if (new RegExp(`\\.${method}\\s*\\(`).test(code)) found.add(name);
  }
  return [...found].sort();
}

/** A broader scope that makes a narrower one redundant when both are declared. */
const COVERS: ReadonlyArray<[string, string]> = [
  ['spreadsheets', 'spreadsheets.currentonly'],
  ['forms', 'forms.currentonly'],
  ['documents', 'documents.currentonly'],
  ['drive', 'drive.readonly'],
];

export interface Manifest {
  dependencies?: {
    enabledAdvancedServices?: Array<{ userSymbol?: string; serviceId?: string; version?: string }>;
  };
  timeZone?: string;
  runtimeVersion?: string;
  exceptionLogging?: string;
  oauthScopes?: string[];
  [key: string]: unknown;
}

export function manifestProblems(manifest: Manifest, code: string): string[] {
  const problems: string[] = [];
  if (manifest.runtimeVersion !== 'V8') problems.push('runtimeVersion must be "V8"');
  const zones = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  if (!manifest.timeZone || !zones.includes(manifest.timeZone))
    problems.push(`timeZone "${String(manifest.timeZone)}" is not an IANA zone`);
  if (!['STACKDRIVER', 'NONE'].includes(String(manifest.exceptionLogging)))
    problems.push('exceptionLogging must be STACKDRIVER');
  const declared = new Set(manifest.oauthScopes ?? []);
  if (!manifest.oauthScopes) problems.push('oauthScopes must be explicit');
  for (const scope of declared)
    if (!scope.startsWith(SCOPE)) problems.push(`scope ${scope} is not a Google OAuth scope`);
  const used = new Set<string>();
  const short = (scopes: readonly string[]) => scopes.map((s) => s.replace(SCOPE, '')).join(', ');
  for (const name of calledMethods(code)) {
    const scopes = scopesFor(name);
    if (scopes === undefined) {
      problems.push(`the code calls ${name}, whose scopes the emulator's table does not know`);
      continue;
    }
    if (scopes.length === 0) continue;
    const have = scopes.find((s) => declared.has(s));
    if (have) used.add(have);
    else problems.push(`the code calls ${name} but none of ${short(scopes)} is declared`);
  }
  for (const scope of declared) {
    if (!used.has(scope))
      problems.push(`scope ${scope.replace(SCOPE, '')} is declared but the code does not need it`);
  }
  // An advanced service is a global only when the manifest enables it: exactly those the code calls.
  const enabled = manifest.dependencies?.enabledAdvancedServices ?? [];
  const calledAdvanced = new Set(
    calledMethods(code)
      .map((name) => name.slice(0, name.indexOf('.')))
      .filter((symbol) => symbol in ADVANCED_SERVICES),
  );
  for (const symbol of calledAdvanced) {
    const want = ADVANCED_SERVICES[symbol];
    const entry = enabled.find((e) => e.userSymbol === symbol);
    if (!entry)
      problems.push(`the code calls the advanced service ${symbol} but the manifest does not enable it`);
    else if (entry.serviceId !== want.serviceId || entry.version !== want.version)
      problems.push(
        `advanced service ${symbol} must be serviceId "${want.serviceId}", version "${want.version}"`,
      );
  }
  for (const entry of enabled) {
    if (!calledAdvanced.has(String(entry.userSymbol)))
      problems.push(`advanced service ${String(entry.userSymbol)} is enabled but the code does not call it`);
  }
  for (const [broad, narrow] of COVERS) {
    if (declared.has(SCOPE + broad) && declared.has(SCOPE + narrow))
      problems.push(`${broad} already covers ${narrow}`);
  }
  return problems;
}
