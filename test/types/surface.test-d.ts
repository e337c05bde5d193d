// Type-level tests of dev/emulator/surface.ts, checked by `tsc -p tsconfig.node.json` (jest does
// not run this file): each `@ts-expect-error` line must be a compile error, every other line must
// compile.
import { conform, type Conformant } from 'apps-script-emulator/surface';

type Blob = GoogleAppsScript.Base.Blob;

// A conforming object: internals start with _, official members it leaves out are allowed.
export const mail = conform<GoogleAppsScript.Mail.MailApp>()({
  sendEmail: (...args: unknown[]): void => void args,
  getRemainingDailyQuota: () => 100,
  _outbox: [],
});

export const wrongParameter = conform<GoogleAppsScript.Mail.MailApp>()({
  // @ts-expect-error no overload of sendEmail takes a number
  sendEmail: (recipients: number): void => void recipients,
});

export const wrongReturn = conform<GoogleAppsScript.Spreadsheet.Range>()({
  // @ts-expect-error getValues returns rows of cells, not strings
  getValues: (): string[] => [],
});

export const requiredWhereOfficialHasNone = conform<GoogleAppsScript.HTML.HtmlService>()({
  // @ts-expect-error createHtmlOutput() takes no argument in one overload
  createHtmlOutput: (html: string) => html as unknown as GoogleAppsScript.HTML.HtmlOutput,
});

export const droppedParameter = conform<GoogleAppsScript.Utilities.Utilities>()({
  // @ts-expect-error base64Decode(encoded, charset) would lose its charset
  base64Decode: (encoded: string): number[] => [encoded.length],
});

export const oneOverloadOnly = conform<GoogleAppsScript.Document.Text>()({
  // @ts-expect-error setBold(startOffset, endOffsetInclusive, bold) is official too
  setBold: (bold: boolean) => bold as unknown as GoogleAppsScript.Document.Text,
});

export const enumAsString = conform<GoogleAppsScript.HTML.HtmlOutput>()({
  // @ts-expect-error the official parameter is the SandboxMode enum
  setSandboxMode: (mode: string) => mode as unknown as GoogleAppsScript.HTML.HtmlOutput,
});

export const wrongReturnKind = conform<GoogleAppsScript.Lock.Lock>()({
  // @ts-expect-error hasLock returns a boolean
  hasLock: () => 'yes',
  tryLock: (timeoutInMillis: number) => timeoutInMillis > 0,
  waitLock: (timeoutInMillis: number): void => void timeoutInMillis,
});

export const invented = conform<GoogleAppsScript.Lock.Lock>()({
  // @ts-expect-error Google's Lock has no steal()
  steal: () => true,
});

// A member Google has that the typings lack is listed as Extra.
export const extra = conform<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizedScopes'>()({
  getAuthorizedScopes: () => null,
});

// null is accepted where the typings omit it (getDocumentLock outside a document).
export const nullable = conform<GoogleAppsScript.Lock.LockService>()({
  getDocumentLock: (): GoogleAppsScript.Lock.Lock | null => null,
});

// Enum objects: only the official enum's keys.
export const sandbox = conform<GoogleAppsScript.HTML.HtmlService>()({
  SandboxMode: Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' }),
});
export const sandboxInvented = conform<GoogleAppsScript.HTML.HtmlService>()({
  // @ts-expect-error SandboxMode has no WIDE member
  SandboxMode: Object.freeze({ IFRAME: 'IFRAME', WIDE: 'WIDE' }),
});

// Classes.
export class GoodBlob implements Conformant<GoodBlob, Blob> {
  _bytes: number[] = [];
  _self!: Blob;
  getBytes(): number[] {
    return this._bytes;
  }
  setName(name: string): Blob {
    void name;
    return this._self;
  }
}

export class BadBlob implements Conformant<BadBlob, Blob> {
  // @ts-expect-error getName returns a string or null
  getName(): number {
    return 1;
  }
  // @ts-expect-error setContentType accepts null too
  setContentType(contentType: string): Blob {
    return contentType as unknown as Blob;
  }
}

// An enum key Google has that the typings lack is listed as Extra with its enum's name.
export const enumExtra = conform<GoogleAppsScript.Drive.DriveApp, 'Permission.FILE_ORGANIZER'>()({
  Permission: Object.freeze({ VIEW: 'VIEW', FILE_ORGANIZER: 'FILE_ORGANIZER' }),
});
export const enumExtraOtherEnum = conform<GoogleAppsScript.Drive.DriveApp, 'Permission.FILE_ORGANIZER'>()({
  // @ts-expect-error Access has no FILE_ORGANIZER: the Extra names Permission's
  Access: Object.freeze({ PRIVATE: 'PRIVATE', FILE_ORGANIZER: 'FILE_ORGANIZER' }),
});
