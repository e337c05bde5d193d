// The price every execution pays before it does anything: Apps Script evaluates the whole of
// build/Code.js in a fresh global scope on every trigger run and every sidebar call.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { BUILD_DIR } from '../bundle';
import { createWorkspace } from '../workspace';
import { median } from './report';

export interface BundleLoad {
  codeBytes: number;
  sidebarBytes: number;
  loads: number;
  /** The first compile and run in this process (also warms Node's own code paths). */
  firstMs: number;
  medianMs: number;
  maxMs: number;
  /**
   * Median CPU time of the process per load (user + system, all its threads, V8's compiler threads
   * included): what the load costs, not how long this machine kept it waiting for a core.
   */
  medianCpuMs: number;
  /** Top-level functions the bundle defines. */
  functions: number;
}

export function measureBundleLoad(loads = 20, dir = BUILD_DIR): BundleLoad {
  const codePath = join(dir, 'Code.js');
  const code = readFileSync(codePath, 'utf8');
  const globals = createWorkspace().globals();
  const times: number[] = [];
  const cpu: number[] = [];
  let functions = 0;
  for (let i = 0; i < loads; i++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    // A new Script each time: Apps Script compiles and runs the file on every execution. The
    // trailing comment makes each source unique, so V8's in-process compilation cache cannot
    // turn the later loads into cache hits.
    const context = vm.createContext({ ...globals });
    new vm.Script(`${code}\n// load ${i}`, { filename: 'Code.js' }).runInContext(context);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    if (i === 0)
      functions = Object.entries(context).filter(
        ([k, v]) => typeof v === 'function' && !(k in globals),
      ).length;
  }
  return {
    codeBytes: statSync(codePath).size,
    sidebarBytes: statSync(join(dir, 'Sidebar.html')).size,
    loads,
    firstMs: times[0],
    medianMs: median(times),
    maxMs: Math.max(...times),
    medianCpuMs: median(cpu),
    functions,
  };
}
