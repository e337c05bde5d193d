// What a mass mailing would send now, without sending anything: how many people, how many letters,
// and one of them as it would go (issue #17, item 10). The sidebar shows this and asks before the
// mailing starts. The letters are the mailings' own plans (campaign.ts, monitoring.ts), which the
// jobs send, so the count is what the mailing would send.
import type { Caller } from '../api/call';
import type { MailingKind, MailingPreviewDto } from '../api/types';
import { TEXTS } from '../campaign/texts';
import { sentKeys, type OutgoingEmail } from '../gas/mail';
import { JOB_TEXTS } from '../jobs/texts';
import { UserError } from '../shared/errors';
import { mentorPlan, requestPlan } from './campaign';
import { loadSchool, type SchoolContext } from './context';
import { questionnairePlan } from './monitoring';
import { selfNone, selfPlan } from './stages';

/** The letters a mailing would send now, and what to say when there are none. */
function plan(
  ctx: SchoolContext,
  caller: Caller,
  kind: MailingKind,
): { letters: OutgoingEmail[]; none: string } {
  const already = sentKeys(ctx.store);
  if (kind === 'requests') {
    const { missing, letters } = requestPlan(ctx, caller.today, already);
    return { letters, none: missing > 0 ? JOB_TEXTS.allSent.requests(missing) : TEXTS.nobody };
  }
  if (kind === 'mentors') {
    const { missing, letters } = mentorPlan(ctx, '15.09', already);
    return { letters, none: missing > 0 ? JOB_TEXTS.allSent.mentors(missing) : TEXTS.noCandidates };
  }
  if (kind === 'selfStart' || kind === 'selfEnd') {
    const stage = kind === 'selfStart' ? 'start' : 'end';
    const { pending, letters } = selfPlan(ctx, stage, already);
    return { letters, none: selfNone(stage, pending) };
  }
  const { pending, letters } = questionnairePlan(ctx, caller.today, already);
  return {
    letters,
    none:
      pending > 0
        ? JOB_TEXTS.allSent.questionnaires(pending)
        : 'Все участники действующих пар уже ответили на анкету мониторинга.',
  };
}

/** The preview of a mailing: nothing is sent, nothing is written. */
export function previewMailingAction(caller: Caller, kind: MailingKind): MailingPreviewDto {
  if (!(['requests', 'mentors', 'questionnaires', 'selfStart', 'selfEnd'] as string[]).includes(kind))
    throw new UserError('Неизвестная рассылка.');
  const ctx = loadSchool(caller);
  const { letters, none } = plan(ctx, caller, kind);
  const people = new Set(letters.flatMap((e) => e.to.map((t) => t.trim().toLowerCase())));
  const first = letters[0];
  return {
    kind,
    people: people.size,
    letters: letters.length,
    sample: first ? { to: first.to.join(', '), subject: first.subject, body: first.body } : null,
    message: letters.length ? '' : none,
  };
}
