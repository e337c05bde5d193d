// Loads build/Code.js the way Apps Script does — one plain script in a fresh global scope — through
// gas-local, with the emulator's services as its only globals. Used by bundle tests, the playground
// and the bench.
import { join } from 'node:path';
import gas from 'gas-local';
import type { Workspace } from './emulator/index';

export const BUILD_DIR = join(__dirname, '..', 'build');

/** The top-level functions of build/Code.js, callable from Node. */
export type Bundle = Record<string, (...args: unknown[]) => unknown>;

/** Loads the bundle into a new context whose globals are exactly `globals`. */
export function loadBundleWith(globals: Record<string, unknown>, dir = BUILD_DIR): Record<string, unknown> {
  return gas.require(dir, globals, { filter: (file: string) => file.endsWith('/Code.js') }) as Record<
    string,
    unknown
  >;
}

/** Loads the bundle onto a Workspace and attaches it, so the Workspace's triggers can call it. */
export function loadBundle(ws: Workspace, dir = BUILD_DIR): Bundle {
  const ctx = loadBundleWith(ws.globals(), dir);
  const bundle = new Proxy({} as Bundle, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      const fn = ctx[name];
      if (typeof fn !== 'function') throw new Error(`build/Code.js has no top-level function ${name}`);
      return (...args: unknown[]) => {
        try {
          return (fn as (...a: unknown[]) => unknown)(...args);
        } finally {
          endExecution(ws);
        }
      };
    },
  });
  ws.attachBundle((name, event) => bundle[name](event));
  return bundle;
}

/** When an execution ends, as on Google: its locks are released and open documents are saved. */
export function endExecution(ws: Workspace): void {
  const lock = ws.lock as unknown as { endExecution?: () => void };
  if (typeof lock.endExecution === 'function') lock.endExecution();
  const docs = ws.docs as unknown as { flush?: () => void };
  if (typeof docs.flush === 'function') docs.flush();
}
