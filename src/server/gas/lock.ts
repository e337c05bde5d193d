// Writes that can race (form submissions, two curators, two trigger runs) hold a lock.
import { UserError } from '../shared/errors';

const WAIT_MS = 30000;

/** Runs `fn` holding the document lock (the script lock where there is no document, e.g. tests). */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    lock.waitLock(WAIT_MS);
  } catch (_e) {
    throw new UserError('Таблица занята другим действием надстройки. Повторите через минуту.');
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/**
 * For the daily run: returns null at once when another run holds the lock, so a second trigger
 * firing at the same time skips cleanly instead of waiting and sending twice.
 */
export function tryUserLock<T>(fn: () => T): T | null {
  const lock = LockService.getUserLock();
  if (!lock.tryLock(1000)) return null;
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
