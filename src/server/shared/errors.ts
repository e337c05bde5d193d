// Errors a person can act on. The sidebar shows `message` as is, so it is Russian and names the
// sheet, the row and the column where there is one.

/** What a refusal is, for code that reacts to it: code never reads the Russian wording. */
export type ErrorCode = 'orderExists';

export class UserError extends Error {
  constructor(
    message: string,
    readonly code?: ErrorCode,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * google.script.run hands the sidebar only an error's message, so a refusal's code travels at the
 * message's end after an invisible separator (U+2063); the sidebar's `call` and the menu take it off.
 */
const CODE_MARK = '\u2063';

export function withCode(message: string, code: ErrorCode | undefined): string {
  return code ? `${message}${CODE_MARK}${code}` : message;
}

export function splitCode(message: string): { text: string; code?: ErrorCode } {
  const at = message.indexOf(CODE_MARK);
  if (at < 0) return { text: message };
  return { text: message.slice(0, at), code: message.slice(at + CODE_MARK.length).trim() as ErrorCode };
}

/** The code a UserError carries (read as data: the error may come from another realm). */
export function codeOf(error: unknown): ErrorCode | undefined {
  const code = error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? (code as ErrorCode) : undefined;
}

/** «Банк наставников, строка 7, столбец Email» */
export function cellRef(sheet: string, row?: number, column?: string): string {
  let ref = sheet;
  if (row !== undefined) ref += `, строка ${row}`;
  if (column !== undefined) ref += `, столбец ${column}`;
  return ref;
}

/** The message of anything thrown, whatever realm it came from. */
export function messageOf(error: unknown): string {
  if (error && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

export function isUserError(error: unknown): boolean {
  return !!error && (error as { name?: unknown }).name === 'UserError';
}
