// Authorization: the OAuth scopes each emulated method needs, as its reference page lists them
// under «Authorization» (developers.google.com/apps-script/reference/...). A call in an execution
// whose granted scopes (the manifest's oauthScopes) include none of them throws Google's
// «You do not have permission to call X. Required permissions: …».
//
// How the table reads the reference:
// - A method whose entry has an «Authorization» section: exactly the scopes listed there.
// - A class whose page has no «Authorization» section at all (builders, iterators, value objects,
//   Menu, Properties, Lock, Utilities, HtmlService…): no scope. Such an object can only be had from
//   a call that needed its own scope.
// - A method with no section on a page whose other methods list scopes (the reference is silent
//   about it): if it reads or changes the file, the class's scopes, the stricter plausible rule,
//   marked (check); if it touches no data (getUi, flush, a new…() builder), no scope.
// Checked against the reference pages as of late 2025 (the product's methods one by one).

/** Google's message for a call the granted scopes do not cover. */
export function permissionMessage(name: string, scopes: readonly string[]): string {
  return `You do not have permission to call ${name}. Required permissions: ${scopes.join(', ')}`;
}

const S = 'https://www.googleapis.com/auth/';

const NONE: readonly string[] = [];
const SHEETS = [`${S}spreadsheets.currentonly`, `${S}spreadsheets`];
const SHEETS_OTHER = [`${S}spreadsheets`];
const FORMS = [`${S}forms.currentonly`, `${S}forms`];
const FORMS_OTHER = [`${S}forms`];
const DOCS = [`${S}documents.currentonly`, `${S}documents`];
const DOCS_OTHER = [`${S}documents`];
const DRIVE = [`${S}drive`];
const DRIVE_READ = [`${S}drive.readonly`, `${S}drive`];
const UI = [`${S}script.container.ui`];
const EMAIL = [`${S}userinfo.email`];
const MAIL = [`${S}script.send_mail`];
const TRIGGERS = [`${S}script.scriptapp`];

/** `Class.m` → `scopes` for each of the space-separated method names. */
function each(
  className: string,
  methods: string,
  scopes: readonly string[],
): Record<string, readonly string[]> {
  return Object.fromEntries(methods.split(/\s+/).map((m) => [`${className}.${m}`, scopes]));
}

/**
 * By `Class.method`, then `Class.*`: the scopes any one of which authorizes the call. An empty
 * list means the reference lists no Authorization section (the call needs no scope).
 */
export const SCOPES: Record<string, readonly string[]> = {
  // Spreadsheet service. reference/spreadsheet/spreadsheet-app: the active spreadsheet lists
  // spreadsheets.currentonly and spreadsheets; open, openById, openByUrl and create list
  // spreadsheets only; getUi, flush and the new…() builders list nothing.
  'SpreadsheetApp.*': SHEETS,
  ...each('SpreadsheetApp', 'open openById openByUrl create', SHEETS_OTHER),
  ...each(
    'SpreadsheetApp',
    'getUi flush newDataValidation newRichTextValue newTextStyle newColor newConditionalFormatRule newFilterCriteria newCellImage',
    NONE,
  ),
  // reference/spreadsheet/spreadsheet, /sheet, /range, /protection, /spreadsheet-theme: both
  // scopes; Spreadsheet#show lists script.container.ui. Silent, so the class's scopes (check):
  // Spreadsheet#getId, #getSheetByName, #getSheets, #getSheetById, #getActiveSheet,
  // #getNumSheets, #getAs, #getBlob; Sheet#activate; Range#activate, #offset.
  'Spreadsheet.*': SHEETS,
  'Spreadsheet.show': UI,
  'Sheet.*': SHEETS,
  'Range.*': SHEETS,
  'Protection.*': SHEETS,
  'SpreadsheetTheme.*': SHEETS,
  // reference/spreadsheet/data-validation, /data-validation-builder, /rich-text-value,
  // /rich-text-value-builder: no Authorization section on these pages.
  'DataValidation.*': NONE,
  'DataValidationBuilder.*': NONE,
  'RichTextValue.*': NONE,
  'RichTextValueBuilder.*': NONE,

  // Base. reference/base/ui: showSidebar, showModalDialog and showModelessDialog list
  // script.container.ui; createMenu and createAddonMenu list nothing (they work in
  // AuthMode.NONE); alert and prompt are silent (check).
  'Ui.*': UI,
  'Ui.createAddonMenu': NONE,
  'Ui.createMenu': NONE,
  // reference/base/menu, /prompt-response: no Authorization section.
  'Menu.*': NONE,
  'PromptResponse.*': NONE,
  // reference/base/session: getActiveUser and getEffectiveUser list userinfo.email; the rest
  // (getScriptTimeZone, getActiveUserLocale, getTemporaryActiveUserKey) list nothing.
  'Session.*': NONE,
  'Session.getActiveUser': EMAIL,
  'Session.getEffectiveUser': EMAIL,
  // reference/base/user and reference/drive/user (the emulator names both «User»): no
  // Authorization section, getEmail included.
  'User.*': NONE,
  // reference/base/blob, /logger, and the console global: no Authorization section.
  'Blob.*': NONE,
  'Logger.*': NONE,
  'console.*': NONE,

  // Forms. reference/forms/form-app: getActiveForm lists forms.currentonly and forms; create,
  // openById and openByUrl list forms only. reference/forms/form, /form-response,
  // /item-response, /item, /choice and each …-item page: forms.currentonly and forms
  // (silent, so the class's scopes (check): FormApp#create…Validation, #createFeedback;
  // Item#asImageItem, #asVideoItem; FormResponse#getResponseForItem).
  'FormApp.*': FORMS,
  ...each('FormApp', 'create openById openByUrl', FORMS_OTHER),
  'FormApp.getUi': NONE,
  'Form.*': FORMS,
  'FormResponse.*': FORMS,
  'ItemResponse.*': FORMS,
  'Item.*': FORMS,
  'Choice.*': FORMS,
  'CheckboxItem.*': FORMS,
  'DateItem.*': FORMS,
  'MultipleChoiceItem.*': FORMS,
  // The emulator names both reference/forms/list-item and reference/document/list-item «ListItem».
  'ListItem.*': [...FORMS, ...DOCS],
  'ParagraphTextItem.*': FORMS,
  'ScaleItem.*': FORMS,
  'SectionHeaderItem.*': FORMS,
  'TextItem.*': FORMS,

  // Documents. reference/document/document-app: getActiveDocument lists documents.currentonly and
  // documents; create, openById and openByUrl list documents only; getUi lists nothing.
  // reference/document/document, /body, /header-section, /footer-section, /paragraph, /text,
  // /table, /table-row, /table-cell, /range-element, /horizontal-rule, /page-break, /element:
  // documents.currentonly and documents. Silent, so the class's scopes (check): editAsText and
  // clear of every element and section, Document#getAs and #getBlob.
  'DocumentApp.*': DOCS,
  ...each('DocumentApp', 'create openById openByUrl', DOCS_OTHER),
  'DocumentApp.getUi': NONE,
  'Document.*': DOCS,
  'Body.*': DOCS,
  'HeaderSection.*': DOCS,
  'FooterSection.*': DOCS,
  'Paragraph.*': DOCS,
  'Text.*': DOCS,
  'Table.*': DOCS,
  'TableRow.*': DOCS,
  'TableCell.*': DOCS,
  'RangeElement.*': DOCS,
  'HorizontalRule.*': DOCS,
  'PageBreak.*': DOCS,
  // reference/document/inline-image: documents.currentonly and documents.
  'InlineImage.*': DOCS,

  // Charts. reference/charts/charts, /data-table-builder, /data-table, /bar-chart-builder, /chart:
  // none of these pages has an «Authorization» section; a chart built from a data table reads no
  // user data (a data source URL, not emulated, would).
  'Charts.*': NONE,
  'DataTableBuilder.*': NONE,
  'DataTable.*': NONE,
  'BarChartBuilder.*': NONE,
  'Chart.*': NONE,

  // Drive. reference/drive/drive-app, /file, /folder: every method that creates, moves, copies,
  // renames, trashes or shares lists drive only (drive.file is never listed); the getters list
  // drive.readonly and drive. Silent, so drive (check): DriveApp#continueFileIterator,
  // #continueFolderIterator; File#getAs, #getBlob, #getTargetId, #getTargetMimeType.
  'DriveApp.*': DRIVE,
  ...each(
    'DriveApp',
    `getFileById getFileByIdAndResourceKey getFiles getFilesByName getFilesByType getFolderById
     getFolderByIdAndResourceKey getFolders getFoldersByName getRootFolder getStorageLimit
     getStorageUsed getTrashedFiles getTrashedFolders searchFiles searchFolders`,
    DRIVE_READ,
  ),
  'File.*': DRIVE,
  ...each(
    'File',
    `getAccess getDateCreated getDescription getDownloadUrl getEditors getId getLastUpdated
     getMimeType getName getOwner getParents getResourceKey getSecurityUpdateEligible
     getSecurityUpdateEnabled getSharingAccess getSharingPermission getSize getTargetResourceKey
     getThumbnail getUrl getViewers isShareableByEditors isStarred isTrashed`,
    DRIVE_READ,
  ),
  'Folder.*': DRIVE,
  ...each(
    'Folder',
    `getAccess getDateCreated getDescription getEditors getFiles getFilesByName getFilesByType
     getFolders getFoldersByName getId getLastUpdated getName getOwner getParents getResourceKey
     getSecurityUpdateEligible getSecurityUpdateEnabled getSharingAccess getSharingPermission
     getSize getUrl getViewers isShareableByEditors isStarred isTrashed searchFiles searchFolders`,
    DRIVE_READ,
  ),
  // reference/drive/file-iterator, /folder-iterator: no Authorization section.
  'FileIterator.*': NONE,
  'FolderIterator.*': NONE,

  // Mail. reference/mail/mail-app: sendEmail and getRemainingDailyQuota list script.send_mail.
  'MailApp.*': MAIL,

  // Script. reference/script/script-app: newTrigger, getProjectTriggers, getUserTriggers and
  // deleteTrigger list script.scriptapp; the rest lists nothing.
  'ScriptApp.*': NONE,
  ...each('ScriptApp', 'newTrigger getProjectTriggers getUserTriggers deleteTrigger', TRIGGERS),
  // reference/script/trigger-builder: timeBased lists script.scriptapp; forSpreadsheet, forForm
  // and forDocument list the scopes of the file they tie the trigger to.
  'TriggerBuilder.*': TRIGGERS,
  'TriggerBuilder.forSpreadsheet': SHEETS,
  'TriggerBuilder.forForm': FORMS,
  'TriggerBuilder.forDocument': DOCS,
  'TriggerBuilder.forUserCalendar': [
    'calendar',
    'calendar.readonly',
    'calendar.events',
    'calendar.events.readonly',
  ].map((scope) => S + scope),
  // reference/script/clock-trigger-builder, /spreadsheet-trigger-builder, /form-trigger-builder,
  // /document-trigger-builder: no Authorization section (create included).
  'ClockTriggerBuilder.*': NONE,
  'SpreadsheetTriggerBuilder.*': NONE,
  'FormTriggerBuilder.*': NONE,
  'DocumentTriggerBuilder.*': NONE,
  // reference/script/trigger: every method lists script.scriptapp.
  'Trigger.*': TRIGGERS,
  // reference/script/authorization-info: no Authorization section.
  'AuthorizationInfo.*': NONE,

  // reference/properties/*, /lock/*, /utilities/utilities, /html/*: no Authorization section.
  'PropertiesService.*': NONE,
  'Properties.*': NONE,
  'LockService.*': NONE,
  'Lock.*': NONE,
  'Utilities.*': NONE,
  'HtmlService.*': NONE,
  'HtmlOutput.*': NONE,
  'HtmlTemplate.*': NONE,

  // The advanced Docs service: the Docs API's own pages (docs/api/reference/rest/v1/documents/get,
  // /create, /batchUpdate), «Authorization scopes»: get takes documents, documents.readonly, drive,
  // drive.file or drive.readonly; create and batchUpdate take documents, drive or drive.file.
  'Docs.Documents.get': [
    `${S}documents`,
    `${S}documents.readonly`,
    `${S}drive`,
    `${S}drive.file`,
    `${S}drive.readonly`,
  ],
  ...each('Docs.Documents', 'create batchUpdate', [`${S}documents`, `${S}drive`, `${S}drive.file`]),
};

export { S as SCOPE_PREFIX };

/** The scopes that authorize `name`, or undefined when the table does not know the method. */
export function scopesFor(name: string): readonly string[] | undefined {
  const exact = SCOPES[name];
  if (exact) return exact;
  return SCOPES[`${name.slice(0, name.indexOf('.'))}.*`];
}
