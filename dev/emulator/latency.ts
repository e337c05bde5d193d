// How long each service call takes on Google, in milliseconds: the execution clock moves by these
// figures, so `new Date()` in the bundle, the 6-minute limit and the bench's Google estimate all
// follow service calls, not Node's speed.
//
// Google publishes no per-call latencies. The figures are estimates from the order of magnitude
// Google's best-practices guide describes (developers.google.com/apps-script/guides/support/best-practices:
// "Using JavaScript operations within your script is considerably faster than calling other
// services"; a call to another service takes from tens of milliseconds to seconds) and from public
// timings of Apps Script calls. Each figure is marked with where it comes from; all are on the
// slow side on purpose (the stricter plausible choice): a plan that fits on these figures fits on
// Google. dev/emulator/README.md lists the table.

export interface LatencyRule {
  /** Fixed cost of one call. */
  ms: number;
  /** Extra cost per cell or element the call carries (reads and writes of ranges, table rows). */
  perItemMs?: number;
  /** Where the figure comes from. */
  source: 'estimate' | 'best-practices' | 'local';
}

/** Calls that never leave the script's process: Utilities' pure helpers, enums, builders. */
const LOCAL: LatencyRule = { ms: 0, source: 'local' };

/**
 * By `Class.method`, then `Class.*`, then the default. Classes whose methods are plain getters on
 * an object already fetched (a Trigger, a Blob, a User, an ItemResponse) cost nothing.
 */
export const LATENCY: Record<string, LatencyRule> = {
  // Sheets. Opening and whole-range reads/writes dominate; per-cell costs grow with the range.
  'SpreadsheetApp.openById': { ms: 800, source: 'estimate' },
  'SpreadsheetApp.openByUrl': { ms: 800, source: 'estimate' },
  'SpreadsheetApp.getActiveSpreadsheet': { ms: 50, source: 'estimate' },
  'SpreadsheetApp.getActive': { ms: 50, source: 'estimate' },
  'SpreadsheetApp.getUi': { ms: 10, source: 'estimate' },
  'SpreadsheetApp.flush': { ms: 200, source: 'estimate' },
  'SpreadsheetApp.newDataValidation': LOCAL,
  'SpreadsheetApp.newRichTextValue': LOCAL,
  'DataValidationBuilder.*': LOCAL,
  'Range.getValues': { ms: 80, perItemMs: 0.005, source: 'best-practices' },
  'Range.getDisplayValues': { ms: 80, perItemMs: 0.005, source: 'best-practices' },
  'Range.getFormulas': { ms: 80, perItemMs: 0.005, source: 'best-practices' },
  'Range.setValues': { ms: 150, perItemMs: 0.02, source: 'best-practices' },
  'Range.setFormulas': { ms: 150, perItemMs: 0.02, source: 'best-practices' },
  'Range.setNumberFormats': { ms: 150, perItemMs: 0.01, source: 'estimate' },
  'Range.*': { ms: 60, source: 'estimate' },
  'Sheet.*': { ms: 60, source: 'estimate' },
  'Spreadsheet.insertSheet': { ms: 300, source: 'estimate' },
  'Spreadsheet.*': { ms: 50, source: 'estimate' },
  'Protection.*': { ms: 60, source: 'estimate' },

  // Forms: opening and every structural edit is a round trip to the Forms backend.
  'FormApp.create': { ms: 1500, source: 'estimate' },
  'FormApp.openById': { ms: 600, source: 'estimate' },
  'FormApp.openByUrl': { ms: 600, source: 'estimate' },
  'Form.*': { ms: 150, source: 'estimate' },
  'FormResponse.*': { ms: 20, source: 'estimate' },
  'ItemResponse.*': LOCAL,

  // Docs: a document is loaded on open and saved at the end (or saveAndClose); element edits are
  // buffered in between but each call still crosses to the service.
  'DocumentApp.create': { ms: 1500, source: 'estimate' },
  'DocumentApp.openById': { ms: 800, source: 'estimate' },
  'DocumentApp.openByUrl': { ms: 800, source: 'estimate' },
  'Document.saveAndClose': { ms: 1000, source: 'estimate' },
  'Document.getAs': { ms: 2500, source: 'estimate' },
  'Document.getBlob': { ms: 2500, source: 'estimate' },
  'Document.*': { ms: 40, source: 'estimate' },
  'Body.appendTable': { ms: 80, perItemMs: 2, source: 'estimate' },
  'Body.insertTable': { ms: 80, perItemMs: 2, source: 'estimate' },
  // An image goes into the document's storage: an upload, like a Drive file's, but small.
  'Body.insertImage': { ms: 600, source: 'estimate' },
  'Body.appendImage': { ms: 600, source: 'estimate' },
  'Paragraph.appendInlineImage': { ms: 600, source: 'estimate' },
  'InlineImage.*': { ms: 40, source: 'estimate' },
  // The advanced Docs service: one HTTP round trip to the Docs API per call. A batchUpdate is
  // applied request by request on Google's side, so it costs a fixed round trip plus a little per
  // request it carries (estimate: 5 ms each, a 200-request batch about 1.4 s).
  'Docs.Documents.get': { ms: 400, source: 'estimate' },
  'Docs.Documents.create': { ms: 1500, source: 'estimate' },
  'Docs.Documents.batchUpdate': { ms: 400, perItemMs: 5, source: 'estimate' },

  // Charts: the builders and the data table are objects in the script's process, like
  // DataValidationBuilder; the image is rendered by Google's chart service when it is asked for, a
  // conversion like File.getAs but of one small picture (estimate, slow side).
  'Charts.*': LOCAL,
  'DataTableBuilder.*': LOCAL,
  'DataTable.*': LOCAL,
  'BarChartBuilder.*': LOCAL,
  'Chart.getAs': { ms: 1500, source: 'estimate' },
  'Chart.getBlob': { ms: 1500, source: 'estimate' },

  // Drive: copies and exports are the slow calls.
  'DriveApp.getFileById': { ms: 300, source: 'estimate' },
  'DriveApp.getFolderById': { ms: 300, source: 'estimate' },
  'DriveApp.createFolder': { ms: 800, source: 'estimate' },
  'DriveApp.createFile': { ms: 1200, source: 'estimate' },
  'DriveApp.*': { ms: 300, source: 'estimate' },
  'File.makeCopy': { ms: 2000, source: 'estimate' },
  'File.getAs': { ms: 2500, source: 'estimate' },
  'File.getBlob': { ms: 1000, source: 'estimate' },
  'File.*': { ms: 200, source: 'estimate' },
  'Folder.createFile': { ms: 1200, source: 'estimate' },
  'Folder.createFolder': { ms: 800, source: 'estimate' },
  'Folder.*': { ms: 200, source: 'estimate' },
  'FileIterator.*': { ms: 100, source: 'estimate' },
  'FolderIterator.*': { ms: 100, source: 'estimate' },

  // Mail: each message is a send through Gmail's backend.
  'MailApp.sendEmail': { ms: 700, source: 'estimate' },
  'MailApp.getRemainingDailyQuota': { ms: 50, source: 'estimate' },

  // Script, properties, locks, session.
  'ScriptApp.getProjectTriggers': { ms: 150, source: 'estimate' },
  'ScriptApp.getUserTriggers': { ms: 150, source: 'estimate' },
  'ScriptApp.deleteTrigger': { ms: 200, source: 'estimate' },
  'ScriptApp.*': { ms: 20, source: 'estimate' },
  'ClockTriggerBuilder.create': { ms: 300, source: 'estimate' },
  'SpreadsheetTriggerBuilder.create': { ms: 300, source: 'estimate' },
  'FormTriggerBuilder.create': { ms: 300, source: 'estimate' },
  'DocumentTriggerBuilder.create': { ms: 300, source: 'estimate' },
  'Properties.*': { ms: 30, source: 'estimate' },
  'PropertiesService.*': { ms: 5, source: 'estimate' },
  'LockService.*': { ms: 10, source: 'estimate' },
  'Lock.*': { ms: 30, source: 'estimate' },
  'Session.*': { ms: 10, source: 'estimate' },
  'User.*': LOCAL,

  // Local helpers.
  'Utilities.*': LOCAL,
  'Blob.*': LOCAL,
  'Logger.*': LOCAL,
  'console.*': LOCAL,
  'Trigger.*': LOCAL,
  'AuthorizationInfo.*': LOCAL,
  'HtmlService.*': LOCAL,
  'HtmlOutput.*': LOCAL,
  'HtmlTemplate.*': LOCAL,
  'Ui.*': { ms: 50, source: 'estimate' },
  'Menu.*': LOCAL,
};

/** Any element or builder call not named above: a buffered edit that still crosses to a service. */
export const DEFAULT_LATENCY: LatencyRule = { ms: 30, source: 'estimate' };

/** The rule for `Class.method`. */
export function latencyRule(name: string, table: Record<string, LatencyRule> = LATENCY): LatencyRule {
  const exact = table[name];
  if (exact) return exact;
  const cls = name.slice(0, name.indexOf('.'));
  return table[`${cls}.*`] ?? DEFAULT_LATENCY;
}

/** How many cells or rows a call carries, from its arguments or the range it acts on. */
export function itemsCarried(args: readonly unknown[], target: object): number {
  const first = args[0];
  if (Array.isArray(first)) {
    return first.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
  }
  // A Docs API batchUpdate carries its requests (`in` reads no property of an emulated object).
  if (typeof first === 'object' && first !== null && 'requests' in first) {
    const requests = (first as { requests?: unknown }).requests;
    if (Array.isArray(requests)) return requests.length;
  }
  const size = (target as { _size?: () => number })._size;
  return typeof size === 'function' ? size.call(target) : 1;
}

/** The cost of one call in whole milliseconds (rounded up: the clock counts whole ms). */
export function callCost(
  name: string,
  args: readonly unknown[],
  target: object,
  table: Record<string, LatencyRule> = LATENCY,
): number {
  const rule = latencyRule(name, table);
  return Math.ceil(rule.ms + (rule.perItemMs ? rule.perItemMs * itemsCarried(args, target) : 0));
}
