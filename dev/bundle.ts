// Loads build/Code.js the way Apps Script does — one plain script in a fresh global scope — through
// gas-local, with the emulator's services as its only globals. Used by bundle tests, the playground
// and the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gas from 'gas-local';
import type { Workspace } from 'apps-script-emulator';

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

/** The handlers Google calls as simple triggers (reference: guides/triggers). */
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit', 'onSelectionChange']);

/**
 * Loads the bundle onto a Workspace and attaches it, so the Workspace's triggers can call it.
 * Each call of a top-level function from Node is one execution (a menu item, a sidebar call, or a
 * simple trigger by its name) as the Workspace's current user. The scopes granted are the bundle's
 * manifest's, unless the Workspace was given its own.
 */
export function loadBundle(ws: Workspace, dir = BUILD_DIR): Bundle {
  if (!ws.grantedScopes) {
    const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as {
      oauthScopes?: string[];
    };
    ws.grantedScopes = new Set(manifest.oauthScopes ?? []);
  }
  // Google evaluates the whole script afresh for every execution: nothing at the top level of
  // Code.js outlives one execution. Each execution here gets a new context too.
  const fresh = (name: string): ((...a: unknown[]) => unknown) => {
    const fn = loadBundleWith(ws.globals(), dir)[name];
    if (typeof fn !== 'function') throw new Error(`build/Code.js has no top-level function ${name}`);
    return fn as (...a: unknown[]) => unknown;
  };
  const names = new Set(
    Object.keys(loadBundleWith(ws.globals(), dir)).filter((k) => /^[A-Za-z]\w*$/.test(k)),
  );
  const bundle = new Proxy({} as Bundle, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      if (!names.has(name)) throw new Error(`build/Code.js has no top-level function ${name}`);
      return (...args: unknown[]) =>
        ws.execute({ kind: SIMPLE_TRIGGERS.has(name) ? 'simple' : 'editor', handler: name }, () =>
          fresh(name)(...args),
        );
    },
  });
  // Triggers run inside the execution the Workspace started for them.
  ws.attachBundle((name, event) => fresh(name)(event));
  return bundle;
}
