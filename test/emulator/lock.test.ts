// Conformance of LockService (developers.google.com/apps-script/reference/lock/lock-service, …/lock).
import { createWorkspace } from '../../dev/workspace';

function setup() {
  const ws = createWorkspace();
  ws.createSpreadsheet('Школа');
  return { ws, locks: ws.globals().LockService as GoogleAppsScript.Lock.LockService };
}

describe('LockService', () => {
  // lock-service#getdocumentlock: null outside a document.
  test('getDocumentLock is null without an active document', () => {
    const { ws, locks } = setup();
    expect(locks.getDocumentLock()).not.toBeNull();
    ws.activeSpreadsheetId = null;
    expect(locks.getDocumentLock()).toBeNull();
    expect(locks.getScriptLock()).not.toBeNull();
  });

  // lock#trylocktimeoutinmillis, #haslock, #releaselock
  test('tryLock takes a free lock; hasLock and releaseLock follow it', () => {
    const { locks } = setup();
    const lock = locks.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  // lock#waitlocktimeoutinmillis: throws when another execution holds it; waiting takes time.
  test('waitLock throws Google message after waiting, and tryLock returns false', () => {
    const { ws, locks } = setup();
    ws.lock.holdByOther('document');
    const before = ws.clock.nowMillis();
    expect(() => locks.getDocumentLock().waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(ws.clock.nowMillis() - before).toBe(30000);
    expect(locks.getDocumentLock().tryLock(500)).toBe(false);
    ws.lock.releaseOther('document');
    expect(locks.getDocumentLock().tryLock(500)).toBe(true);
  });

  test('a lock held for a while is granted once released, after that wait', () => {
    const { ws, locks } = setup();
    ws.lock.holdByOther('user', undefined, 2000);
    const before = ws.clock.nowMillis();
    expect(locks.getUserLock().tryLock(5000)).toBe(true);
    expect(ws.clock.nowMillis() - before).toBe(2000);
  });

  // Locks end with the execution that took them.
  test('endExecution releases this execution’s locks only', () => {
    const { ws, locks } = setup();
    locks.getScriptLock().waitLock(1000);
    ws.lock.holdByOther('user');
    ws.lock.endExecution();
    expect(ws.lock.holder('script')).toBeNull();
    expect(ws.lock.holder('user')).toBe('other');
  });
});
