// What `npm run bench` prints: service calls grouped by Apps Script service, the calls that grow with
// the school, wall times, the bundle, and one line per target. Plain aligned text for engineers.

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---- Services ----

const SERVICE_OF: Record<string, string> = {};
const register = (service: string, classes: string[]) => classes.forEach((c) => (SERVICE_OF[c] = service));
register('Sheets', [
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DataValidation',
  'DataValidationBuilder',
  'Protection',
  'TextFinder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'Filter',
  'NamedRange',
]);
register('Docs', [
  // The advanced Docs service (Docs.Documents.get, .batchUpdate) as well as DocumentApp.
  'Docs',
  'DocumentApp',
  'Document',
  'Body',
  'Paragraph',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'ListItem',
  'RangeElement',
  'HeaderSection',
  'FooterSection',
  'Element',
  'InlineImage',
  'HorizontalRule',
  'PageBreak',
]);
register('Drive', ['DriveApp', 'File', 'Folder', 'FileIterator', 'FolderIterator']);
register('Forms', ['FormApp', 'Form', 'FormResponse', 'ItemResponse', 'Choice']);
register('Script', [
  'ScriptApp',
  'Trigger',
  'TriggerBuilder',
  'ClockTriggerBuilder',
  'SpreadsheetTriggerBuilder',
  'FormTriggerBuilder',
]);
register('Mail', ['MailApp', 'GmailApp']);
register('Properties', ['PropertiesService', 'Properties']);
register('Lock', ['LockService', 'Lock']);
register('Session', ['Session', 'User']);
register('Utilities', ['Utilities', 'Blob']);
register('Html/Ui', ['HtmlService', 'HtmlOutput', 'Ui', 'Menu']);
register('Charts', ['Charts', 'DataTable', 'DataTableBuilder', 'BarChartBuilder', 'Chart']);

export const SERVICES = [
  'Sheets',
  'Docs',
  'Drive',
  'Forms',
  'Mail',
  'Script',
  'Properties',
  'Lock',
  'Session',
  'Utilities',
  'Html/Ui',
  'Charts',
  'Other',
];

export function serviceOf(call: string): string {
  const cls = call.split('.')[0];
  if (SERVICE_OF[cls]) return SERVICE_OF[cls];
  if (cls.endsWith('Item')) return 'Forms';
  return 'Other';
}

export function byService(calls: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, n] of Object.entries(calls)) out[serviceOf(name)] = (out[serviceOf(name)] ?? 0) + n;
  return out;
}

const READS =
  /^Range\.(getValues|getDisplayValues|getFormulas|getValue|getDisplayValue|getFormula|getRichTextValues|getNotes|getBackgrounds)$/;
const WRITES =
  /^(Range\.(setValues|setValue|setFormulas|setFormula|clearContent|clear|setRichTextValues|setNotes)|Sheet\.(appendRow|deleteRows|deleteRow|insertRowsAfter|insertRowsBefore|clear|clearContents))$/;

export interface SheetsSummary {
  total: number;
  reads: number;
  writes: number;
}

export function sheetsSummary(calls: Record<string, number>): SheetsSummary {
  let total = 0;
  let reads = 0;
  let writes = 0;
  for (const [name, n] of Object.entries(calls)) {
    if (serviceOf(name) !== 'Sheets') continue;
    total += n;
    if (READS.test(name)) reads += n;
    if (WRITES.test(name)) writes += n;
  }
  return { total, reads, writes };
}

// ---- Tables ----

export type Cell = string | number;
export type Align = 'l' | 'r';

/** An aligned text table: the first column left, numbers right. */
export function table(header: string[], rows: Cell[][], align?: Align[]): string {
  const text = rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const al = align ?? header.map((_, i) => (i === 0 ? 'l' : 'r'));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (al[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1);
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

export function section(title: string): string {
  return `\n${title}\n${'═'.repeat(title.length)}`;
}

export interface Verdict {
  /** What is held, with its limit. */
  target: string;
  /** Not measured (an operation failed) is not met. */
  met: boolean;
  /** The measured figure. */
  measured: string;
}

export function verdicts(list: Verdict[]): string {
  return table(
    ['target', 'result', 'measured'],
    list.map((v) => [v.target, v.met ? 'met' : 'NOT MET', v.measured]),
    ['l', 'l', 'l'],
  );
}
