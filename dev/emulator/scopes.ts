// Authorization: the OAuth scopes each emulated method needs, as its reference page lists them
// under «Authorization» (developers.google.com/apps-script/reference/...). A call in an execution
// whose granted scopes (the manifest's oauthScopes) include none of them throws Google's
// «You do not have permission to call X. Required permissions: …».

/** Google's message for a call the granted scopes do not cover. */
export function permissionMessage(name: string, scopes: readonly string[]): string {
  return `You do not have permission to call ${name}. Required permissions: ${scopes.join(', ')}`;
}

const S = 'https://www.googleapis.com/auth/';

/**
 * By `Class.method`, then `Class.*`: the scopes any one of which authorizes the call. An empty
 * list means the page lists no Authorization section (the call needs no scope).
 */
export const SCOPES: Record<string, readonly string[]> = {
  // Spreadsheet service (reference/spreadsheet/*): every class lists spreadsheets.currentonly and
  // spreadsheets; opening or creating another file lists spreadsheets only.
  'SpreadsheetApp.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'SpreadsheetApp.openById': [`${S}spreadsheets`],
  'SpreadsheetApp.openByUrl': [`${S}spreadsheets`],
  'SpreadsheetApp.create': [`${S}spreadsheets`],
  // spreadsheet-app#newDataValidation, #newRichTextValue, #getUi: no Authorization section.
  'SpreadsheetApp.newDataValidation': [],
  'SpreadsheetApp.newRichTextValue': [],
  'SpreadsheetApp.getUi': [],
  'SpreadsheetApp.flush': [],
  'Spreadsheet.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'Sheet.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'Range.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'Protection.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'DataValidation.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'DataValidationBuilder.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'RichTextValue.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'RichTextValueBuilder.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],
  'SpreadsheetTheme.*': [`${S}spreadsheets.currentonly`, `${S}spreadsheets`],

  // Base: Ui (reference/base/ui) shows dialogs and sidebars with script.container.ui; building a
  // menu needs no scope (reference/base/menu).
  'Ui.*': [`${S}script.container.ui`],
  'Ui.createAddonMenu': [],
  'Ui.createMenu': [],
  'Menu.*': [],
  'PromptResponse.*': [],
  // reference/base/session: getActiveUser and getEffectiveUser list userinfo.email.
  'Session.*': [],
  'Session.getActiveUser': [`${S}userinfo.email`],
  'Session.getEffectiveUser': [`${S}userinfo.email`],
  'User.*': [`${S}userinfo.email`],
  'Blob.*': [],
  'Logger.*': [],
  'console.*': [],

  // Forms (reference/forms/*): forms.currentonly and forms; opening or creating lists forms.
  'FormApp.*': [`${S}forms.currentonly`, `${S}forms`],
  'FormApp.create': [`${S}forms`],
  'FormApp.openById': [`${S}forms`],
  'FormApp.openByUrl': [`${S}forms`],
  'Form.*': [`${S}forms.currentonly`, `${S}forms`],
  'FormResponse.*': [`${S}forms.currentonly`, `${S}forms`],
  'ItemResponse.*': [`${S}forms.currentonly`, `${S}forms`],
  'Item.*': [`${S}forms.currentonly`, `${S}forms`],
  'Choice.*': [`${S}forms.currentonly`, `${S}forms`],
  'CheckboxItem.*': [`${S}forms.currentonly`, `${S}forms`],
  'DateItem.*': [`${S}forms.currentonly`, `${S}forms`],
  'MultipleChoiceItem.*': [`${S}forms.currentonly`, `${S}forms`],
  'ListItem.*': [`${S}forms.currentonly`, `${S}forms`, `${S}documents.currentonly`, `${S}documents`],
  'ParagraphTextItem.*': [`${S}forms.currentonly`, `${S}forms`],
  'ScaleItem.*': [`${S}forms.currentonly`, `${S}forms`],
  'SectionHeaderItem.*': [`${S}forms.currentonly`, `${S}forms`],
  'TextItem.*': [`${S}forms.currentonly`, `${S}forms`],

  // Documents (reference/document/*): documents.currentonly and documents; open or create lists
  // documents.
  'DocumentApp.*': [`${S}documents.currentonly`, `${S}documents`],
  'DocumentApp.create': [`${S}documents`],
  'DocumentApp.openById': [`${S}documents`],
  'DocumentApp.openByUrl': [`${S}documents`],
  'Document.*': [`${S}documents.currentonly`, `${S}documents`],
  'Body.*': [`${S}documents.currentonly`, `${S}documents`],
  'HeaderSection.*': [`${S}documents.currentonly`, `${S}documents`],
  'FooterSection.*': [`${S}documents.currentonly`, `${S}documents`],
  'Paragraph.*': [`${S}documents.currentonly`, `${S}documents`],
  'Text.*': [`${S}documents.currentonly`, `${S}documents`],
  'Table.*': [`${S}documents.currentonly`, `${S}documents`],
  'TableRow.*': [`${S}documents.currentonly`, `${S}documents`],
  'TableCell.*': [`${S}documents.currentonly`, `${S}documents`],
  'RangeElement.*': [`${S}documents.currentonly`, `${S}documents`],
  'HorizontalRule.*': [`${S}documents.currentonly`, `${S}documents`],
  'PageBreak.*': [`${S}documents.currentonly`, `${S}documents`],

  // Drive (reference/drive/*): every method lists drive; reading methods also drive.readonly.
  'DriveApp.*': [`${S}drive`],
  'DriveApp.getFileById': [`${S}drive.readonly`, `${S}drive`],
  'DriveApp.getFolderById': [`${S}drive.readonly`, `${S}drive`],
  'DriveApp.getRootFolder': [`${S}drive.readonly`, `${S}drive`],
  'DriveApp.getFiles': [`${S}drive.readonly`, `${S}drive`],
  'DriveApp.getFolders': [`${S}drive.readonly`, `${S}drive`],
  'DriveApp.getFilesByName': [`${S}drive.readonly`, `${S}drive`],
  'DriveApp.getFoldersByName': [`${S}drive.readonly`, `${S}drive`],
  'File.*': [`${S}drive`],
  'Folder.*': [`${S}drive`],
  'FileIterator.*': [`${S}drive.readonly`, `${S}drive`],
  'FolderIterator.*': [`${S}drive.readonly`, `${S}drive`],

  // Mail (reference/mail/mail-app): script.send_mail.
  'MailApp.*': [`${S}script.send_mail`],

  // Script (reference/script/*): triggers need script.scriptapp; the rest lists none.
  'ScriptApp.*': [],
  'ScriptApp.newTrigger': [`${S}script.scriptapp`],
  'ScriptApp.getProjectTriggers': [`${S}script.scriptapp`],
  'ScriptApp.getUserTriggers': [`${S}script.scriptapp`],
  'ScriptApp.deleteTrigger': [`${S}script.scriptapp`],
  'TriggerBuilder.*': [`${S}script.scriptapp`],
  'ClockTriggerBuilder.*': [`${S}script.scriptapp`],
  'SpreadsheetTriggerBuilder.*': [`${S}script.scriptapp`],
  'FormTriggerBuilder.*': [`${S}script.scriptapp`],
  'DocumentTriggerBuilder.*': [`${S}script.scriptapp`],
  'Trigger.*': [`${S}script.scriptapp`],
  'AuthorizationInfo.*': [],

  // Services that list no Authorization section.
  'PropertiesService.*': [],
  'Properties.*': [],
  'LockService.*': [],
  'Lock.*': [],
  'Utilities.*': [],
  'HtmlService.*': [],
  'HtmlOutput.*': [],
  'HtmlTemplate.*': [],
};

export { S as SCOPE_PREFIX };

/** The scopes that authorize `name`, or undefined when the table does not know the method. */
export function scopesFor(name: string): readonly string[] | undefined {
  const exact = SCOPES[name];
  if (exact) return exact;
  return SCOPES[`${name.slice(0, name.indexOf('.'))}.*`];
}
