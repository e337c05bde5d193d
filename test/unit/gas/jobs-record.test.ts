// The queue of long work in script properties (src/server/gas/jobs.ts) on the emulator's
// PropertiesService, which holds Google's 9 KB per value (guides/services/quotas): a job naming
// hundreds of pairs is kept in pieces, read back whole, and its pieces go when it shrinks or ends.
import { createWorkspace } from '../../../dev/workspace';
import { readJobs, updateJobs, WalStore } from '../../../src/server/gas/jobs';
import type { Job } from '../../../src/server/jobs/types';

const ws = createWorkspace({ user: 'curator@school.example' });
ws.createSpreadsheet('Школа');
const globals = ws.globals() as { PropertiesService: GoogleAppsScript.Properties.PropertiesService };
(globalThis as Record<string, unknown>).PropertiesService = globals.PropertiesService;
(globalThis as Record<string, unknown>).LockService = (ws.globals() as Record<string, unknown>).LockService;

const inExecution = <T>(fn: () => T): T => ws.execute({ kind: 'editor', handler: 'test' }, fn);
const keys = () =>
  inExecution(() => Object.keys(globals.PropertiesService.getScriptProperties().getProperties())).sort();

function job(n: number): Job {
  const ids = Array.from({ length: n }, (_, i) => `НП-2026-${String(i + 1).padStart(3, '0')}`);
  return { kind: 'order', ids, year: '2026/2027', total: n } as unknown as Job;
}

describe('the queue of long work in script properties', () => {
  it('a job naming 700 pairs (about 14 KB) is stored in pieces and read back whole', () => {
    const big = job(700);
    expect(JSON.stringify([big]).length * 2).toBeGreaterThan(9 * 1024);
    inExecution(() => updateJobs('ss1', () => [big]));
    expect(inExecution(() => readJobs('ss1'))).toEqual([big]);
    expect(keys().filter((k) => k.startsWith('nastavnichestvo.jobs.ss1')).length).toBeGreaterThan(1);
  });

  it('when the queue shrinks or empties, no piece is left behind', () => {
    inExecution(() => updateJobs('ss1', () => [job(3)]));
    expect(inExecution(() => readJobs('ss1'))).toEqual([job(3)]);
    expect(keys().filter((k) => k.startsWith('nastavnichestvo.jobs.ss1'))).toEqual([
      'nastavnichestvo.jobs.ss1',
    ]);
    inExecution(() => updateJobs('ss1', () => [job(700)]));
    inExecution(() => updateJobs('ss1', () => []));
    expect(keys().filter((k) => k.startsWith('nastavnichestvo.jobs.'))).toEqual([]);
    expect(inExecution(() => readJobs('ss1'))).toEqual([]);
  });
});

describe('the write-ahead record of documents in script properties', () => {
  // Found by the bench at full count: an order names every pair of a large school (561 pairs), and
  // its record failed with «Argument too large: value», so the order was never registered.
  it('an order naming 800 pairs is recorded in pieces, read back by the next execution, and removed', () => {
    const pairIds = Array.from({ length: 800 }, (_, i) => `НП-2026-${String(i + 1).padStart(3, '0')}`);
    const made = {
      key: 'order:1-н',
      kind: 'order' as const,
      pairIds,
      number: '1-н',
      date: '2026-09-21',
      name: 'Приказ № 1-н',
      url: 'https://docs.google.com/document/d/x/edit',
      pdfUrl: '',
    };
    inExecution(() => {
      const wal = new WalStore('ss2');
      wal.begin({ key: made.key, name: made.name, since: 0, folderId: 'folder1' });
      wal.fileMade('doc1');
      wal.commit(made);
    });
    expect(
      keys().filter((k) => k.startsWith('nastavnichestvo.') && k.includes('ss2')).length,
    ).toBeGreaterThan(1);
    const read = inExecution(() => new WalStore('ss2').made);
    expect(read).toEqual([made]);
    inExecution(() => new WalStore('ss2').written([made.key]));
    expect(keys().filter((k) => k.includes('ss2'))).toEqual([]);
  });
});
