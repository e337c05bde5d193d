// The forms of mentoring of the recommendations (issue #19, item 7): each with its typical term.
import { FORM_HELP, FORM_TERMS, isGroupForm, isMentoringForm } from '../../../src/server/mentoring/texts';
import { FORMS_OF_WORK, MENTORING_FORMS, PAIR_FORMS } from '../../../src/server/schema';

describe('forms of mentoring', () => {
  it('offers the seven forms of the recommendations, «Любая» only for a request', () => {
    expect(MENTORING_FORMS).toEqual([
      'Индивидуальная',
      'Групповая',
      'Виртуальная',
      'Реверсивная',
      'Ситуационная',
      'Флеш (скоростная)',
      'Краткосрочная (целеполагающая)',
    ]);
    expect(FORMS_OF_WORK).toEqual([...MENTORING_FORMS, 'Любая']);
    expect(PAIR_FORMS).not.toContain('Любая');
  });

  it('the request form explains each with its typical term, one line each', () => {
    const lines = FORM_HELP.split('\n');
    for (const form of MENTORING_FORMS) {
      expect(FORM_TERMS[form].length).toBeGreaterThan(10);
      expect(lines).toContain(`${form} — ${FORM_TERMS[form]}.`);
    }
    expect(FORM_HELP).not.toMatch(/ {2}|\.\./);
  });

  it('only «Групповая» is a group; anything else typed is not a form', () => {
    expect(MENTORING_FORMS.filter(isGroupForm)).toEqual(['Групповая']);
    expect(isMentoringForm('Виртуальная')).toBe(true);
    expect(isMentoringForm('Любая')).toBe(false);
    expect(isMentoringForm('виртуальная')).toBe(false);
  });
});
