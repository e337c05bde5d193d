// The forms of mentoring named in the Ministry's 2021 recommendations on mentoring of teaching staff
// (issue #19, item 7), each with its typical term, as the request form explains them.
import { MENTORING_FORMS } from '../schema';

export type MentoringForm = (typeof MENTORING_FORMS)[number];

/** The typical term of each form, as a teacher reads it when choosing. */
export const FORM_TERMS: Record<MentoringForm, string> = {
  Индивидуальная: 'традиционная: один наставник и один наставляемый, обычно учебный год',
  Групповая: 'один наставник и несколько педагогов с общими задачами, от 3 месяцев до учебного года',
  Виртуальная: 'дистанционно, с помощью цифровых сервисов, от 3 месяцев до учебного года',
  Реверсивная:
    'младший по стажу педагог делится с опытным своими умениями (например, цифровыми), от 3 до 6 месяцев',
  Ситуационная: 'помощь в конкретной ситуации, на время её решения — от нескольких дней до месяца',
  'Флеш (скоростная)': 'одна-две встречи с опытным педагогом по конкретному вопросу',
  'Краткосрочная (целеполагающая)':
    'встречи по заранее поставленной цели с отчётом о её достижении, до 3 месяцев',
};

/** The help of the request form's question about the preferred form. */
export const FORM_HELP = [
  'Формы наставничества и их обычная продолжительность:',
  ...MENTORING_FORMS.map((f) => `${f} — ${FORM_TERMS[f]}.`),
  'Если вам подходит любая, выберите «Любая».',
].join('\n');

/** Only a group is a structure of its own; every other form is one mentor with one mentee. */
export function isGroupForm(form: string): boolean {
  return form === 'Групповая';
}

export function isMentoringForm(form: string): form is MentoringForm {
  return (MENTORING_FORMS as readonly string[]).includes(form);
}
