// The google.script.run bridge: serves build/Sidebar.html with a small shim that sends each
// google.script.run call to Node, where the real build/Code.js runs it on the emulator. Used by the
// playground (`npm start`) and the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from './bundle';

export const RUN_PATH = '/__gas/run';

/**
 * The client half, as google.script.run documents it: withSuccessHandler / withFailureHandler /
 * withUserObject chain, calls are asynchronous, the failure handler gets an Error whose message is
 * the server's. `google.script.host.close()` is recorded.
 */
const SHIM = `<script>
(function () {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('${RUN_PATH}', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (reply) {
              if (reply.ok) { if (success) success(reply.value, userObject); }
              else if (failure) { var e = new Error(reply.error); e.name = 'ScriptError'; failure(e, userObject); }
              else console.error(reply.error);
              window.dispatchEvent(new CustomEvent('gas:done', { detail: { fn: name, ok: reply.ok } }));
            });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () { window.__closed = true; }, editor: { focus: function () {} } } } };
})();
</script>`;

/** build/Sidebar.html with the bridge shim in front of the page's own script. */
export function sidebarPage(buildDir: string): string {
  const html = readFileSync(join(buildDir, 'Sidebar.html'), 'utf8');
  return html.replace('<head>', `<head>\n${SHIM}`);
}

export type RunReply = { ok: true; value: unknown } | { ok: false; error: string };

/** google.script.run refuses Dates and functions; JSON drops undefined. */
function serialisable(value: unknown, path = 'result'): void {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(`${path} is a Date: google.script.run cannot return it (send an ISO string)`);
  }
  if (typeof value === 'function') throw new Error(`${path} is a function`);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) serialisable(v, `${path}.${k}`);
  }
}

/** Runs one sidebar call as one execution of the bundle on the workspace. */
export function runCall(bundle: Bundle, fn: string, args: unknown[]): RunReply {
  if (typeof fn !== 'string' || fn.endsWith('_'))
    return { ok: false, error: `Script function not found: ${String(fn)}` };
  try {
    const value = bundle[fn](...JSON.parse(JSON.stringify(args ?? [])));
    serialisable(value);
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (e) {
    const message = e && typeof (e as Error).message === 'string' ? (e as Error).message : String(e);
    return { ok: false, error: message };
  }
}
