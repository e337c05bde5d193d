// What a mass mailing would send now, without sending anything: how many people, how many letters,
// and one of them as it would go (issue #17, item 10). The sidebar shows this and asks before the
// mailing starts. The letters are the mailings' own (campaign.ts's plans, the questionnaires'
// invitations), filtered by «Журнал рассылок» as sendEmails filters them, so the count is what
// the mailing would send.
import { surveyedPairs } from '../pairs/model';
import { TEXTS as PAIR_TEXTS } from '../pairs/texts';
import type { Caller } from '../api/call';
import type { MailingKind, MailingPreviewDto } from '../api/types';
import { TEXTS } from '../campaign/texts';
import { sentKeys, type OutgoingEmail } from '../gas/mail';
import { JOB_TEXTS } from '../jobs/texts';
import { invitations, monitoringDeadline } from '../monitoring';
import { EMAILS } from '../monitoring/texts';
import { readPairs } from '../pairs/model';
import { UserError } from '../shared/errors';
import { normalizeKey } from '../shared/text';
import { ruDate } from '../store/dates';
import { mentorPlan, requestPlan } from './campaign';
import { loadSchool, type SchoolContext } from './context';
import { monitoringPairs, readMonitoring, templates } from './monitoring';
import { stageKey } from './roadmap';

/** The questionnaires' letters as sendQuestionnairesAction builds them: one per pair and role not answered. */
function questionnaireLetters(ctx: SchoolContext, caller: Caller): OutgoingEmail[] {
  const pairs = monitoringPairs(surveyedPairs(readPairs(ctx.pairs, ctx.names)));
  if (pairs.length === 0) throw new UserError(PAIR_TEXTS.noneToSurvey);
  const answered = new Set(
    readMonitoring(ctx.store.table('monitoring', ['ID пары', 'Роль', 'Email'])).map(
      ({ record }) => `${normalizeKey(record.pairId)}|${record.role}|${record.email}`,
    ),
  );
  const deadline = ruDate(monitoringDeadline(ctx.schoolYear));
  return invitations(pairs, templates())
    .filter((i) => !answered.has(`${normalizeKey(i.pairId)}|${i.role}|${i.email}`))
    .map((i) => ({
      to: [i.email],
      subject: EMAILS.invitationSubject,
      body: EMAILS.invitationBody(i.name, i.pairId, i.link, deadline),
      keys: [
        `monitoring|${ctx.schoolYear}|${i.pairId}|${i.role}|${i.email}`,
        ...stageKey(ctx, '6.1', caller.today, i.email),
      ],
    }));
}

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
  // sendEmails skips a letter whose every key is logged.
  const letters = questionnaireLetters(ctx, caller).filter((e) => !e.keys.every((k) => already.has(k)));
  return { letters, none: 'Все участники пар уже получили анкету или ответили на неё.' };
}

/** The preview of a mailing: nothing is sent, nothing is written. */
export function previewMailingAction(caller: Caller, kind: MailingKind): MailingPreviewDto {
  if (kind !== 'requests' && kind !== 'mentors' && kind !== 'questionnaires')
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
