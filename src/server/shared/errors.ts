// Errors a person can act on. The sidebar shows `message` as is, so it is Russian and names the
// sheet, the row and the column where there is one.

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
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
