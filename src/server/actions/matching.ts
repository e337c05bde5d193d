// Selecting mentors (roadmap 4.1, 5.1, 5.3): the sheets into the matching module's input, its
// proposals to the sidebar, and the accepted ones back as pairs — refused whole if stale.
import { CLOSED_MENTEE_STATUSES, MENTEE_STATUS, MENTOR_STATUS } from '../schema';
import { isMentoringForm } from '../mentoring/texts';
import type { AcceptChoice, ActionResult, MentorOptionDto, ProposalsDto } from '../api/types';
import type { Caller } from '../api/call';
import { withSchoolLock } from '../gas/lock';
import { readDocumentJson, writeDocumentJson } from '../gas/state';
import { checkStale, describeProposals, mentorOptions, proposePairs, type MatchingInput } from '../matching';
import { otherSubjectNotes } from '../matching/explain';
import { leftOutOfMatching } from '../check/left-out';
import { addPair, pairsOf } from '../pairs/edit';
import { isActive } from '../pairs/model';
import { UserError } from '../shared/errors';
import { normalizeEmail, normalizeKey } from '../shared/text';
import { journal } from '../store/journal';
import { loadSchool, type SchoolContext } from './context';
import { TEXTS } from './texts';

const REJECTIONS_KEY = 'nastavnichestvo.rejections';

interface StoredRejection {
  mentorEmail: string;
  menteeEmail: string;
  year: string;
}

function readRejections(year: string): StoredRejection[] {
  const all = readDocumentJson<StoredRejection[]>(REJECTIONS_KEY) ?? [];
  return all.filter((r) => r.year === year);
}

function matchingInput(ctx: SchoolContext, rejections: StoredRejection[]): MatchingInput {
  const teachers = ctx.store.table('teachers', ['email']);
  const categories = new Map<string, string>();
  for (const row of teachers.rows)
    categories.set(normalizeEmail(teachers.text(row, 'email')), teachers.text(row, 'category'));
  return {
    mentors: ctx.mentorList
      .filter((m) => m.email)
      .map((m) => ({
        email: m.email,
        name: m.name,
        position: m.position,
        subject: m.subject,
        experienceYears: m.experience ?? 0,
        category: m.category,
        competencies: m.competencies,
        capacity: m.capacity ?? undefined,
        active: m.status === MENTOR_STATUS.active,
        consentRecorded: m.consent !== '',
      })),
    mentees: ctx.menteeList
      .filter((m) => m.email && !CLOSED_MENTEE_STATUSES.includes(m.status))
      .map((m) => ({
        email: m.email,
        name: m.name,
        position: m.position,
        subject: m.subject,
        experienceYears: m.experience ?? 0,
        category: categories.get(m.email) ?? '',
        menteeCategory: m.category,
        topics: m.topics,
        // Every form of the recommendations but a group is matched as one mentor with one mentee.
        preferredForm: (['Групповая', 'Любая'].includes(m.form)
          ? m.form
          : isMentoringForm(m.form)
            ? 'Индивидуальная'
            : '') as MatchingInput['mentees'][number]['preferredForm'],
      })),
    settings: { defaultCapacity: ctx.settings.maxMentees },
    pairs: pairsOf(ctx).map((p) => ({
      id: p.id,
      mentorEmail: p.mentor.email,
      menteeEmails: p.mentees.map((m) => m.email),
      fixed: p.fixed,
      active: isActive(p),
    })),
    rejections: rejections.map((r) => ({ mentorEmail: r.mentorEmail, menteeEmail: r.menteeEmail })),
  };
}

export function proposalKey(p: { mentorEmail: string; menteeEmails: string[] }): string {
  return `${normalizeEmail(p.mentorEmail)}|${p.menteeEmails.map(normalizeEmail).join(',')}`;
}

function person(ctx: SchoolContext, email: string) {
  const e = normalizeEmail(email);
  const found = ctx.mentorList.find((m) => m.email === e) ?? ctx.menteeList.find((m) => m.email === e);
  return { name: found?.name ?? email, email: e };
}

export function proposeAction(caller: Caller): ProposalsDto {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const input = matchingInput(ctx, readRejections(ctx.schoolYear));
    const result = proposePairs(input);
    const notes = otherSubjectNotes(input, result.proposals);
    // Roadmap 5.3: a mentee no mentor can take now is supported until one frees up (and is proposed
    // again by the next run).
    const unmatched = new Set(result.unmatched.map((u) => normalizeEmail(u.menteeEmail)));
    for (const m of ctx.menteeList) {
      if (unmatched.has(m.email) && m.status === MENTEE_STATUS.new)
        ctx.mentees.set(m.row, 'status', MENTEE_STATUS.supported);
    }
    if (ctx.mentees.isDirty()) {
      journal(ctx.store, 'Сопровождение (п. 5.3)', TEXTS.supported(unmatched.size), caller.user);
      ctx.store.save();
    }
    const noConsent = new Set(ctx.mentorList.filter((m) => !m.consent).map((m) => m.email));
    return {
      fingerprint: result.fingerprint,
      proposals: result.proposals.map((p) => ({
        key: proposalKey(p),
        mentor: person(ctx, p.mentorEmail),
        mentees: p.menteeEmails.map((e) => person(ctx, e)),
        form: p.form,
        topics: p.sharedTopics,
        score: p.score,
        explanation: withSubjectNote(p, notes),
        mentorWithoutConsent: noConsent.has(normalizeEmail(p.mentorEmail)),
      })),
      unmatched: [
        ...result.unmatched.map((u) => ({ ...person(ctx, u.menteeEmail), reason: u.reason })),
        // Rows matching cannot consider (no valid email): listed with the reason and the row.
        ...leftOutOfMatching(ctx.mentees, ctx.menteeList, ctx.mentors, ctx.mentorList),
      ],
    };
  });
}

/**
 * «Другой наставник»: the mentors one mentee could have instead. The sidebar passes the fingerprint
 * and the keys of the proposals it shows; while the fingerprint still matches the sheets those are
 * proposePairs' answer for this input, so the options are ranked against them without solving
 * again (`mentorOptions`). An older sidebar, or banks changed since, get a fresh solve.
 */
export function mentorOptionsAction(
  caller: Caller,
  menteeEmail: string,
  fingerprint?: string,
  proposalKeys?: string[],
): MentorOptionDto[] {
  const ctx = loadSchool(caller);
  const input = matchingInput(ctx, readRejections(ctx.schoolYear));
  const shown =
    typeof fingerprint === 'string' && Array.isArray(proposalKeys) && checkStale(fingerprint, input).valid
      ? proposalKeys.map(proposalOfKey)
      : proposePairs(input).proposals;
  const subjects = new Map(input.mentors.map((m) => [normalizeEmail(m.email), m.subject]));
  return mentorOptions(input, menteeEmail, shown)
    .filter((o) => !o.belowMinimum || o.sharedTopics.length > 0)
    .map((o) => ({
      name: o.name,
      email: normalizeEmail(o.mentorEmail),
      subject: subjects.get(normalizeEmail(o.mentorEmail)) ?? '',
      freePlaces: o.freePlaces,
      score: o.score,
      sharedTopics: o.sharedTopics,
    }));
}

/** The mentor and mentees a proposal key names (proposalKey's inverse). */
function proposalOfKey(key: string): { mentorEmail: string; menteeEmails: string[] } {
  const [mentorEmail, mentees] = String(key).split('|');
  return { mentorEmail: mentorEmail ?? '', menteeEmails: (mentees ?? '').split(',').filter((e) => e) };
}

export function acceptAction(caller: Caller, fingerprint: string, choices: AcceptChoice[]): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const input = matchingInput(ctx, readRejections(ctx.schoolYear));
    const stale = checkStale(fingerprint, input);
    if (!stale.valid) throw new UserError(TEXTS.stale(stale.reason));
    if (choices.length === 0) throw new UserError(TEXTS.nothingChosen);
    // The banks are as they were when the proposals were made (same fingerprint), and matching is
    // deterministic: each key names a proposal we can word again without solving again.
    const sets = choices.map((c) => proposalOfKey(c.key));
    const described = describeProposals(input, sets);
    const notes = otherSubjectNotes(
      input,
      described.filter((d): d is NonNullable<typeof d> => d !== null),
    );
    const existing = pairsOf(ctx);
    // addPair validates each pair (capacity, duplicates) before anything is written: on the first
    // refusal nothing is saved.
    const ids = choices.map((c, i) => {
      const proposal = described[i];
      if (!proposal) throw new UserError(TEXTS.unknownProposal);
      const mentorEmail = c.mentorEmail ? normalizeEmail(c.mentorEmail) : proposal.mentorEmail;
      const changed = normalizeEmail(mentorEmail) !== normalizeEmail(proposal.mentorEmail);
      return addPair(
        ctx,
        {
          mentorEmail,
          menteeEmails: proposal.menteeEmails,
          form: proposal.form,
          topics: changed ? undefined : proposal.sharedTopics,
          reason: changed ? TEXTS.changedMentor : withSubjectNote(proposal, notes),
        },
        existing,
      );
    });
    const message = TEXTS.accepted(ids);
    journal(ctx.store, 'Пары приняты', message, caller.user);
    ctx.store.save();
    return { message };
  });
}

export function rejectAction(caller: Caller, mentorEmail: string, menteeEmail: string): ActionResult {
  return withSchoolLock(caller.ss.getId(), () => {
    const ctx = loadSchool(caller);
    const all = (readDocumentJson<StoredRejection[]>(REJECTIONS_KEY) ?? []).filter(
      (r) => r.year === ctx.schoolYear,
    );
    all.push({
      mentorEmail: normalizeEmail(mentorEmail),
      menteeEmail: normalizeEmail(menteeEmail),
      year: ctx.schoolYear,
    });
    writeDocumentJson(REJECTIONS_KEY, all);
    return { message: TEXTS.rejected(person(ctx, mentorEmail).name, person(ctx, menteeEmail).name) };
  });
}

/** The proposal's Обоснование, with why a mentor of another subject won where that is the case. */
function withSubjectNote(
  p: { explanation: string; menteeEmails: string[] },
  notes: Map<string, string>,
): string {
  const note = p.menteeEmails.length === 1 ? notes.get(normalizeKey(p.menteeEmails[0])) : undefined;
  return note ? `${p.explanation}; ${note}` : p.explanation;
}
