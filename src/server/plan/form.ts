// The form «Отметка о выполнении» as plain data (gas/forms.ts makes it), and a mentor's personal
// link: the pair, the address and (from a reminder) the activity pre-filled, so the mentor types
// only the date, a line of result and, if they like, a link.
import type { FormDef } from '../shared/forms';
import { FORM, FORM_TITLE } from './texts';

export function planMarkForm(schoolName: string, verified = false): FormDef {
  return {
    title: FORM_TITLE,
    // The typed address stays (the personal link fills it in); a verified form records the
    // signed-in account, and that is the one the intake uses.
    verifiedEmail: verified,
    description: FORM.description(schoolName),
    confirmation: FORM.confirmation,
    items: [
      { kind: 'text', title: FORM.pairCode, help: FORM.pairCodeHelp, required: true },
      { kind: 'text', title: FORM.email, help: FORM.emailHelp, required: true },
      { kind: 'text', title: FORM.activity, help: FORM.activityHelp, required: true },
      { kind: 'date', title: FORM.date, required: true },
      { kind: 'text', title: FORM.result, help: FORM.resultHelp, required: true },
      { kind: 'text', title: FORM.link, help: FORM.linkHelp },
    ],
  };
}

/** Placeholders the adapter pre-fills once (FormResponse.toPrefilledUrl) to get a link template. */
export const PREFILL = {
  pair: 'PAIRCODE0PLACEHOLDER',
  email: 'EMAIL0PLACEHOLDER',
  activity: 'ACTIVITY0PLACEHOLDER',
};

/** One mentor's link from the template: the placeholders replaced ('' activity: left blank). */
export function markLink(template: string, pairId: string, email: string, activity: string): string {
  return template
    .split(PREFILL.pair)
    .join(encodeURIComponent(pairId.trim()))
    .split(PREFILL.email)
    .join(encodeURIComponent(email.trim()))
    .split(PREFILL.activity)
    .join(encodeURIComponent(activity.trim()));
}
