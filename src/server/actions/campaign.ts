// «Разослать форму запросов» (2.1).
import type { Caller } from '../api/call';
import { candidateMentors, mentorEmails, requestEmails, teachersWithoutRequest } from '../campaign';
import { TEXTS } from '../campaign/texts';
import { withSchoolLock } from '../gas/lock';
import { sendEmails, sentKeys } from '../gas/mail';
import { readSettings } from '../settings';
import { UserError } from '../shared/errors';
import { dateFromIso } from '../store/dates';
import { journal } from '../store/journal';
import { Store } from '../store/store';
import { loadSchool } from './context';
import { itemDeadline, stageKey } from './roadmap';
import { ruDate } from '../store/dates';

export interface CampaignResult {
  sent: number;
  deferred: number;
  failed: string[];
  message: string;
}

export function sendRequestCampaign(caller: Caller): CampaignResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const { store, settings } = ctx;
    const url = settings.links.formRequests;
    if (!url) throw new UserError(TEXTS.noForm);
    const yearStart =
      dateFromIso(`${settings.schoolYear.slice(0, 4)}-09-01`, store.tzOffsetMinutes).getTime() -
      31 * 86400000;
    const missing = teachersWithoutRequest(
      store.table('teachers', ['ФИО', 'Email']),
      store.table('mentees', ['Email', 'Дата запроса']),
      yearStart,
    );
    if (missing.length === 0) return { sent: 0, deferred: 0, failed: [], message: TEXTS.nobody };
    const deadline = itemDeadline(ctx, '2.1', caller.today);
    const emails = requestEmails(
      missing,
      url,
      deadline ? ruDate(deadline) : '',
      settings.schoolShortName,
      settings.schoolYear,
    ).map((e) => ({
      to: [e.to],
      subject: e.subject,
      body: e.body,
      keys: [e.key, ...stageKey(ctx, '2.1', caller.today, e.to)],
    }));
    const report = sendEmails(store, emails, sentKeys(store));
    const message = report.deferred.length
      ? TEXTS.quota(report.sent.length, report.deferred.length)
      : TEXTS.sent(report.sent.length);
    journal(store, TEXTS.journalAction, message, caller.user);
    store.save();
    return {
      sent: report.sent.length,
      deferred: report.deferred.length,
      failed: report.failed.map((f) => `${f.email.to.join(', ')}: ${f.error}`),
      message,
    };
  });
}

/** «Разослать анкету наставника» (3.1): experienced teachers not yet in the mentor bank. */
export function sendMentorCampaign(caller: Caller, deadline = '15.09'): CampaignResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const store = new Store(caller.ss);
    const { settings } = readSettings(store.table('settings', ['Параметр', 'Значение']), caller.today);
    const url = settings.links.formMentors;
    if (!url) throw new UserError(TEXTS.noMentorForm);
    const candidates = candidateMentors(
      store.table('teachers', ['ФИО', 'Email']),
      store.table('mentors', ['Email']),
    );
    if (candidates.length === 0) return { sent: 0, deferred: 0, failed: [], message: TEXTS.noCandidates };
    const fullDeadline = `${deadline}.${settings.schoolYear.slice(0, 4)}`;
    const emails = mentorEmails(
      candidates,
      url,
      fullDeadline,
      settings.schoolShortName,
      settings.schoolYear,
    ).map((e) => ({ to: [e.to], subject: e.subject, body: e.body, keys: [e.key] }));
    const report = sendEmails(store, emails, sentKeys(store));
    const message = report.deferred.length
      ? TEXTS.quota(report.sent.length, report.deferred.length)
      : `Анкета наставника отправлена: ${report.sent.length}.`;
    journal(store, 'Рассылка анкеты наставника', message, caller.user);
    store.save();
    return {
      sent: report.sent.length,
      deferred: report.deferred.length,
      failed: report.failed.map((f) => `${f.email.to.join(', ')}: ${f.error}`),
      message,
    };
  });
}
