// The two monitoring questionnaires (roadmap 6.1) as plain data; gas/forms.ts turns them into Forms.
// The role is implied by the form; the pair by the pre-filled «Код пары», so a teacher never types an ID.
import type { FormDef } from '../shared/forms';
import { FORM, FORM_TITLES } from './texts';
import { SCORE_KEYS, type MonitoringPair, type MonitoringRole } from './types';

export const SCALE_LOW = 1;
export const SCALE_HIGH = 10;

export function questionnaire(role: MonitoringRole, verified = false): FormDef {
  return {
    title: FORM_TITLES[role],
    // The typed address stays (the personal link fills it in), but a verified form records the
    // signed-in account, and that is the one the intake uses.
    verifiedEmail: verified,
    description: FORM.description(role),
    confirmation: FORM.confirmation,
    items: [
      { kind: 'text', title: FORM.pairCode, help: FORM.pairCodeHelp, required: true },
      { kind: 'text', title: FORM.email, help: FORM.emailHelp, required: true },
      { kind: 'section', title: FORM.scalesSection, help: FORM.scalesHelp },
      ...SCORE_KEYS.map((key) => ({
        kind: 'scale' as const,
        title: FORM.scales[role][key],
        required: true,
        low: SCALE_LOW,
        high: SCALE_HIGH,
        lowLabel: FORM.low,
        highLabel: FORM.high,
      })),
      { kind: 'choice', title: FORM.continue, required: true, choices: ['Да', 'Нет'] },
      { kind: 'section', title: FORM.openSection },
      { kind: 'paragraph', title: FORM.valuable },
      { kind: 'paragraph', title: FORM.missing },
      { kind: 'paragraph', title: FORM.comment, help: FORM.commentHelp },
    ],
  };
}

/** Placeholders the adapter pre-fills once (FormResponse.toPrefilledUrl) to get a link template. */
export const PREFILL_PAIR = 'PAIRCODE0PLACEHOLDER';
export const PREFILL_EMAIL = 'EMAIL0PLACEHOLDER';

/**
 * One participant's link: the template pre-filled with the placeholders, with their values put in.
 * Form entry ids differ from item ids, so only a URL made by Forms itself can be trusted.
 */
export function personalLink(template: string, pairId: string, email: string): string {
  return template
    .split(PREFILL_PAIR)
    .join(encodeURIComponent(pairId.trim()))
    .split(PREFILL_EMAIL)
    .join(encodeURIComponent(email.trim()));
}

export interface Invitation {
  pairId: string;
  role: MonitoringRole;
  name: string;
  email: string;
  link: string;
}

/** Every participant of every active pair, each with the link to their role's questionnaire. */
export function invitations(
  pairs: readonly MonitoringPair[],
  templates: Record<MonitoringRole, string>,
): Invitation[] {
  const out: Invitation[] = [];
  for (const pair of pairs) {
    const people: Array<[MonitoringRole, { name: string; email: string }]> = [
      ['mentor', pair.mentor],
      ...pair.mentees.map((m) => ['mentee', m] as [MonitoringRole, { name: string; email: string }]),
    ];
    for (const [role, person] of people) {
      const email = person.email.trim().toLowerCase();
      if (!email) continue;
      out.push({
        pairId: pair.id,
        role,
        name: person.name,
        email,
        link: personalLink(templates[role], pair.id, email),
      });
    }
  }
  return out;
}
