// The typed promise wrapper over google.script.run: the client names a server function and its
// arguments exactly as src/server/api/types.ts declares them, so a renamed or retyped server
// function breaks `npm run typecheck` instead of the running sidebar.
import type { ServerApi } from '../server/api/types';
import { messageOf, splitCode } from '../server/shared/errors';

export { codeOf } from '../server/shared/errors';

export type * from '../server/api/types';

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: unknown) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

interface GoogleScript {
  script: { run: Runner };
}

declare const google: GoogleScript;

/** What the sidebar shows when the server gave no message a person can read. */
const UNKNOWN_FAILURE = 'Не удалось связаться с таблицей. Проверьте подключение к интернету и повторите.';

/**
 * The Russian message of a failure: google.script.run hands the failure handler an Error whose
 * message is the server's. Stack traces and internal prefixes are never shown.
 */
export function failureText(error: unknown): string {
  const raw =
    error && typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : typeof error === 'string'
        ? error
        : '';
  // Apps Script sometimes prefixes the message with the exception's class name.
  const text = splitCode(raw)
    .text.replace(/^(Exception|Error|ScriptError|UserError):\s*/, '')
    .trim();
  // Keep only the message itself: a stack trace starts at the first "    at " line.
  const firstStackLine = text.search(/\n\s+at\s/);
  const message = (firstStackLine >= 0 ? text.slice(0, firstStackLine) : text).trim();
  return message || UNKNOWN_FAILURE;
}

/** Calls one server function; resolves with its result, rejects with an Error carrying its Russian message. */
export function call<K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) =>
        reject(Object.assign(new Error(failureText(error)), { code: splitCode(messageOf(error)).code })),
      );
    run[name](...args);
  });
}
