// «Разослать форму запросов» (2.1) and «Разослать анкету наставника» (3.1), as jobs: letters go out a
// few at a time, each recorded before and after it goes and logged in «Журнал рассылок» by
// sendEmails, so a letter is never sent twice. The monitoring questionnaires (actions/monitoring.ts)
// run on the same driver.
// What the day's mail quota or the call's time does not cover goes on by itself: the hourly trigger
// sends the rest after the day's reminders, on the following days if need be.
import type { ActionResult } from '../api/types';
import type { Caller } from '../api/call';
import { candidateMentors, mentorEmails, requestEmails, teachersWithoutRequest } from '../campaign';
import { TEXTS } from '../campaign/texts';
import { sendEmails, sentKeys, type OutgoingEmail } from '../gas/mail';
import { BUDGET_MS } from '../jobs/budget';
import { checkpoint, QuotaError } from '../jobs/documents';
import { runWork, type Driver, type DriverRun, type RunEnv } from '../jobs/runner';
import { JOB_TEXTS } from '../jobs/texts';
import type { Job, MailJobKind } from '../jobs/types';
import { UserError } from '../shared/errors';
import { dateFromIso, ruDate } from '../store/dates';
import type { Store } from '../store/store';
import type { SchoolContext } from './context';
import { itemDeadline, stageKey } from './school-facts';

export interface CampaignResult extends ActionResult {
  sent: number;
  deferred: number;
  failed: string[];
  message: string;
}

/** Letters per sendEmails call: the school's lock is held that long (about 5 s on the latency model). */
const CHUNK = 5;
/** How long a chunk waits for the school's lock: if busy, the run stops and the next one goes on. */
const LOCK_WAIT_MS = 5_000;

/** Teachers the daily run reminded of an item since `since` (its keys: teacher|item|deadline|stage|email). */
export function remindedOf(already: Set<string>, itemId: string, since: string): Set<string> {
  const out = new Set<string>();
  for (const key of already) {
    const parts = key.split('|');
    if (parts.length === 5 && parts[0] === 'teacher' && parts[1] === itemId && parts[2] >= since)
      out.add(parts[4]);
  }
  return out;
}

/** The request letters still to send: teachers without a request this school year, not yet emailed. */
function requestLetters(school: SchoolContext, today: string, already: Set<string>): OutgoingEmail[] {
  return requestPlan(school, today, already).letters;
}

export function requestPlan(
  school: SchoolContext,
  today: string,
  already: Set<string>,
): { missing: number; letters: OutgoingEmail[] } {
  const { store, settings } = school;
  const url = settings.links.formRequests;
  if (!url) throw new UserError(TEXTS.noForm);
  const yearStart =
    dateFromIso(`${settings.schoolYear.slice(0, 4)}-09-01`, store.tzOffsetMinutes).getTime() - 31 * 86400000;
  const missing = teachersWithoutRequest(
    store.table('teachers', ['name', 'email']),
    store.table('mentees', ['email', 'requestDate']),
    yearStart,
  );
  const deadline = itemDeadline(school, '2.1', today);
  // The morning run reminds everyone who has not answered once the mailing began, those the
  // mailing has not reached yet included: a teacher who had that reminder has had the form.
  const reminded = remindedOf(already, '2.1', `${settings.schoolYear.slice(0, 4)}-08-01`);
  const letters = requestEmails(
    missing,
    url,
    deadline ? ruDate(deadline) : '',
    settings.schoolShortName,
    settings.schoolYear,
  )
    .filter((e) => !already.has(e.key) && !reminded.has(e.to))
    .map((e) => ({
      to: [e.to],
      subject: e.subject,
      body: e.body,
      // Also this day's reminder stage, so the morning run does not repeat it.
      keys: [e.key, ...stageKey(school, '2.1', today, e.to)],
    }));
  return { missing: missing.length, letters };
}

/** The mentor questionnaire: experienced teachers not yet in the mentor bank, not yet emailed. */
function mentorLetters(school: SchoolContext, deadline: string, already: Set<string>): OutgoingEmail[] {
  return mentorPlan(school, deadline, already).letters;
}

export function mentorPlan(
  school: SchoolContext,
  deadline: string,
  already: Set<string>,
): { missing: number; letters: OutgoingEmail[] } {
  const { store, settings } = school;
  const url = settings.links.formMentors;
  if (!url) throw new UserError(TEXTS.noMentorForm);
  const candidates = candidateMentors(
    store.table('teachers', ['name', 'email']),
    store.table('mentors', ['email']),
  );
  const letters = mentorEmails(
    candidates,
    url,
    `${deadline}.${settings.schoolYear.slice(0, 4)}`,
    settings.schoolShortName,
    settings.schoolYear,
  )
    .filter((e) => !already.has(e.key))
    .map((e) => ({ to: [e.to], subject: e.subject, body: e.body, keys: [e.key] }));
  return { missing: candidates.length, letters };
}

/**
 * A run over letters, a chunk at a time; a letter the quota did not cover stays first in line.
 * sendEmails sends each chunk under the school's lock (a few seconds), each letter recorded before
 * and after it goes (gas/mail.ts), so a kill at any moment sends no letter twice.
 */
export function mailRun(
  env: RunEnv,
  store: Store,
  emails: OutgoingEmail[],
  already: Set<string>,
  kind: MailJobKind,
): DriverRun {
  let next = 0;
  let outOfTime = false;
  return {
    left: () => emails.length - next,
    estimateMs: CHUNK * 1_000,
    reserveMs: 3_000,
    step() {
      const chunk = emails.slice(next, next + CHUNK);
      const report = sendEmails(store, chunk, already, { waitMs: LOCK_WAIT_MS });
      for (const f of report.failed)
        env.lines.push(['Письмо не отправлено', `${f.email.to.join(', ')}: ${f.error}`]);
      const deferred = new Set(report.deferred);
      const stop = chunk.findIndex((e) => deferred.has(e));
      if (stop >= 0) {
        next += stop;
        // The day's quota is spent; otherwise sendEmails put letters off near the execution's end
        // or found the spreadsheet busy, and the next run goes on.
        if (report.stopped === 'quota') throw new QuotaError('mail');
        outOfTime = true;
        return;
      }
      next += chunk.length;
    },
    full: () => outOfTime,
    finish() {
      checkpoint(env.caller.ss, env.wal, env.lines, env.caller.user, env.store);
    },
    pending: () => false,
    doneMessage: JOB_TEXTS.done[kind],
  };
}

function requestsDriver(): Driver {
  return {
    start(env, school) {
      const already = sentKeys(school.store);
      return mailRun(
        env,
        school.store,
        requestLetters(school, env.caller.today, already),
        already,
        'requests',
      );
    },
  };
}

function mentorsDriver(): Driver {
  return {
    start(env, school, job) {
      const already = sentKeys(school.store);
      return mailRun(
        env,
        school.store,
        mentorLetters(school, job.deadline ?? '15.09', already),
        already,
        'mentors',
      );
    },
  };
}

export function mailDrivers(): Record<'requests' | 'mentors', Driver> {
  return { requests: requestsDriver(), mentors: mentorsDriver() };
}

function campaignResult(result: ActionResult): CampaignResult {
  const done = result.progress?.done ?? 0;
  const total = result.progress?.total ?? 0;
  return { ...result, sent: done, deferred: total - done, failed: [] };
}

/** Starts (or renews) a mailing and works on it for the call's time; `driver` sends its letters. */
export function startMailJob(
  caller: Caller,
  kind: MailJobKind,
  driver: Driver,
  interactive: boolean,
  request: (school: SchoolContext) => Omit<Job, 'kind' | 'year' | 'by' | 'since'> | { message: string },
): CampaignResult {
  return campaignResult(
    runWork(
      caller,
      { [kind]: driver },
      {
        budgetMs: BUDGET_MS.sidebar,
        prefer: kind,
        only: true,
        interactive,
        dailyDone: true,
        request: (school) => {
          const asked = request(school);
          if ('message' in asked) return asked;
          return { kind, year: school.schoolYear, by: caller.user, since: Date.now(), ...asked };
        },
      },
    ),
  );
}

/** «Разослать форму запросов»: `interactive` when the sidebar calls again while work remains. */
export function sendRequestCampaign(caller: Caller, interactive = true): CampaignResult {
  return startMailJob(caller, 'requests', requestsDriver(), interactive, (school) => {
    const { missing, letters } = requestPlan(school, caller.today, sentKeys(school.store));
    if (letters.length > 0) return { total: letters.length };
    return { message: missing > 0 ? JOB_TEXTS.allSent.requests(missing) : TEXTS.nobody };
  });
}

/** «Разослать анкету наставника» (3.1): experienced teachers not yet in the mentor bank. */
export function sendMentorCampaign(caller: Caller, deadline = '15.09', interactive = true): CampaignResult {
  return startMailJob(caller, 'mentors', mentorsDriver(), interactive, (school) => {
    const { missing, letters } = mentorPlan(school, deadline, sentKeys(school.store));
    if (letters.length > 0) return { total: letters.length, deadline };
    return { message: missing > 0 ? JOB_TEXTS.allSent.mentors(missing) : TEXTS.noCandidates };
  });
}
