// Our own checks of appsscript.json against what build/Code.js uses. The public JSON schema has
// mistakes, and what matters most — the scopes — it cannot know: every service the code calls needs
// its scope declared, and no scope may be declared that the code does not need.

const SCOPE = 'https://www.googleapis.com/auth/';

/** Which usage in the bundle needs which scope; the first matching alternative suffices. */
export const SCOPE_RULES: ReadonlyArray<{ uses: RegExp; scopes: string[]; why: string }> = [
  {
    uses: /\bSpreadsheetApp\.openBy(Id|Url)\b/,
    scopes: ['spreadsheets'],
    why: 'opens a spreadsheet by id (daily run)',
  },
  {
    uses: /\bSpreadsheetApp\.get(Active|ActiveSpreadsheet)\b/,
    scopes: ['spreadsheets.currentonly', 'spreadsheets'],
    why: 'reads the active spreadsheet',
  },
  { uses: /\b(getUi|HtmlService)\b/, scopes: ['script.container.ui'], why: 'menus, sidebar and dialogs' },
  { uses: /\bFormApp\./, scopes: ['forms'], why: 'creates and reads Google Forms' },
  { uses: /\bDocumentApp\./, scopes: ['documents'], why: 'creates and fills Google Docs' },
  { uses: /\bDriveApp\./, scopes: ['drive'], why: 'folders, copies of templates, PDFs' },
  { uses: /\bMailApp\./, scopes: ['script.send_mail'], why: 'reminder emails' },
  {
    uses: /\bScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)\b/,
    scopes: ['script.scriptapp'],
    why: 'installable triggers',
  },
  { uses: /\bSession\.getActiveUser\b/, scopes: ['userinfo.email'], why: "the curator's email" },
];

export interface Manifest {
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
  for (const rule of SCOPE_RULES) {
    if (!rule.uses.test(code)) continue;
    const full = rule.scopes.map((s) => SCOPE + s);
    const have = full.find((s) => declared.has(s));
    if (have) used.add(have);
    else problems.push(`the code ${rule.why} but none of ${rule.scopes.join(', ')} is declared`);
  }
  for (const scope of declared) {
    if (!used.has(scope))
      problems.push(`scope ${scope.replace(SCOPE, '')} is declared but the code does not need it`);
  }
  if (declared.has(SCOPE + 'spreadsheets') && declared.has(SCOPE + 'spreadsheets.currentonly')) {
    problems.push('spreadsheets already covers spreadsheets.currentonly');
  }
  return problems;
}
