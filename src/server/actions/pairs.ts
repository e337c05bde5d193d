// The curator's pair actions, under the document lock, each read once and written once.
import type { ActionResult, BulkConsentRequest, NewPairDto, PairDto } from '../api/types';
import type { Caller } from '../api/call';
import { withSchoolLock } from '../gas/lock';
import {
  acceptTypedConsents,
  addPair,
  dissolve,
  findPair,
  pairsOf,
  recordConsent,
  recordConsentsOfPairs,
  setFixed,
} from '../pairs/edit';
import { cellRef, UserError } from '../shared/errors';
import { missingConsents } from '../pairs/model';
import { TEXTS } from '../pairs/texts';
import { journal } from '../store/journal';
import { loadSchool } from './context';

export function listPairs(caller: Caller): PairDto[] {
  const ctx = loadSchool(caller);
  return pairsOf(ctx).map((p) => ({
    id: p.id,
    row: p.row,
    mentor: { ...p.mentor, consent: p.mentorConsent },
    mentees: p.mentees.map((m, i) => ({ ...m, consent: p.menteeConsents[i] ?? '' })),
    form: p.form,
    kind: p.kind,
    topics: p.topics,
    start: p.start,
    end: p.end,
    status: p.status,
    fixed: p.fixed,
    order: p.order,
    programmeUrl: /^https?:\/\//.test(p.programme) ? p.programme : '',
    missingConsents: missingConsents(p).map((x) => ({ name: x.name, email: x.email })),
  }));
}

function edit(
  caller: Caller,
  action: string,
  fn: (ctx: ReturnType<typeof loadSchool>) => string,
): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const message = fn(ctx);
    journal(ctx.store, action, message, caller.user);
    ctx.store.save();
    return { message };
  });
}

export function createPairAction(caller: Caller, input: NewPairDto): ActionResult {
  return edit(caller, 'Пара создана вручную', (ctx) =>
    TEXTS.created(addPair(ctx, { ...input, fixed: true }, pairsOf(ctx))),
  );
}

export function setPairFixedAction(caller: Caller, id: string, fixed: boolean): ActionResult {
  return edit(caller, 'Закрепление пары', (ctx) => {
    const pair = findPair(pairsOf(ctx), id);
    setFixed(ctx, pair, fixed);
    return TEXTS.fixed(pair.id, fixed);
  });
}

export function dissolvePairAction(caller: Caller, id: string): ActionResult {
  return edit(caller, 'Пара расторгнута', (ctx) => {
    const all = pairsOf(ctx);
    const pair = findPair(all, id);
    dissolve(ctx, pair, all);
    return TEXTS.dissolved(pair.id);
  });
}

export function recordConsentAction(caller: Caller, id: string, email: string, date: string): ActionResult {
  return edit(caller, 'Письменное согласие получено', (ctx) => {
    const pair = findPair(pairsOf(ctx), id);
    const missing = recordConsent(ctx, pair, email, date);
    return TEXTS.consentRecorded(
      missing.map((m) => m.name || m.email),
      pair.id,
    );
  });
}

/**
 * Consents in bulk: every participant of the chosen pairs at one date, or the dates staff typed into
 * «Пары и группы» — with the checks of one «Отметить». Nothing is written if a typed date is refused.
 */
export function recordConsentsAction(caller: Caller, request: BulkConsentRequest): ActionResult {
  return edit(caller, 'Письменные согласия получены', (ctx) => {
    const pairs = pairsOf(ctx);
    if (request.fromSheet) {
      const result = acceptTypedConsents(ctx, pairs);
      if (result.problems.length)
        throw new UserError(
          TEXTS.typedRefused(
            result.problems.map(
              (p) => `${cellRef('Пары и группы', p.row, p.column)} (${p.id}): ${p.message}`,
            ),
          ),
        );
      return TEXTS.bulkRecorded(result.recorded, result.agreed, result.stillMissing);
    }
    const result = recordConsentsOfPairs(ctx, pairs, request.ids ?? [], String(request.date ?? ''));
    return TEXTS.bulkRecorded(result.recorded, result.agreed, result.stillMissing);
  });
}
