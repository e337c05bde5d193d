// Who answered a form (issue #16, item 3): the rule that decides whether an answer may touch a
// teacher's rows. Pure: the sweep gives the address the form recorded, the name typed and the
// teachers of «Педагоги».
//
// - A verified address (the form recorded the signed-in Google account) is the person if it is in
//   «Педагоги».
// - A typed address is accepted only if it is in «Педагоги» and the typed ФИО is that teacher's
//   (surname and first name; ё = е, case and spaces ignored; a missing patronymic or initials are
//   fine). A form without a name question (the monitoring questionnaires) checks the address only.
// - Anything else waits for the curator's review, with the reason.
import { normalizeEmail, normalizeKey, shortName } from '../shared/text';
import { TEXTS } from './texts';

export interface KnownTeacher {
  name: string;
  email: string;
}

export type Identity = { ok: true; email: string } | { ok: false; email: string; reason: string };

export function identifyRespondent(
  mode: 'verified' | 'typed',
  address: string,
  typedName: string | null,
  teachers: readonly KnownTeacher[],
): Identity {
  const email = normalizeEmail(address);
  const teacher = teachers.find((t) => normalizeEmail(t.email) === email);
  if (!teacher) return { ok: false, email, reason: TEXTS.unknownAddress };
  if (mode === 'verified' || typedName === null) return { ok: true, email };
  if (sameName(teacher.name, typedName)) return { ok: true, email };
  return {
    ok: false,
    email,
    reason: TEXTS.otherTeacher(shortName(teacher.name), shortName(typedName.trim()) || '—'),
  };
}

function parts(name: string): string[] {
  return normalizeKey(name)
    .replace(/[.,]/g, ' ')
    .split(' ')
    .filter((p) => p !== '');
}

/** One part of a name against another: equal, or an initial of it. */
function samePart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  return false;
}

/** The same person's ФИО: surname and first name equal; a patronymic, when both give one, too. */
export function sameName(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (x.length < 2 || y.length < 2) return false;
  if (x[0] !== y[0] || !samePart(x[1], y[1])) return false;
  if (x.length > 2 && y.length > 2 && !samePart(x[2], y[2])) return false;
  return true;
}
