// The two intake forms. Answers are matched to bank columns by these item titles (compared
// case- and space-insensitively), so the curator may reword help texts freely.
import type { FormDef } from '../shared/forms';
import { FORMS_OF_WORK, MENTEE_CATEGORIES, TEACHER_CATEGORIES } from '../schema';
import { TEXTS } from './texts';
import { FORM_HELP } from '../mentoring/texts';

export const REQUEST_ITEMS = {
  name: 'ФИО',
  email: 'Адрес электронной почты',
  position: 'Должность',
  subject: 'Предмет (направление работы)',
  experience: 'Педагогический стаж (полных лет)',
  category: 'К какой категории вы относитесь',
  topics: 'Темы, по которым вам нужна помощь наставника',
  description: 'Опишите ваши профессиональные затруднения и ожидания',
  form: 'Предпочтительная форма наставничества',
} as const;

export const MENTOR_ITEMS = {
  name: 'ФИО',
  email: 'Адрес электронной почты',
  position: 'Должность',
  subject: 'Предмет (направление работы)',
  experience: 'Педагогический стаж (полных лет)',
  category: 'Квалификационная категория',
  competencies: 'Темы, по которым вы готовы помогать коллегам',
  achievements: 'Ваши профессиональные достижения',
  capacity: 'Сколько наставляемых вы готовы сопровождать',
  consent: 'Согласие',
} as const;

export const CONSENT_CHOICE =
  'Согласен(на) на включение в банк наставников и обработку моих персональных данных для этой цели';

export const REQUESTS_TITLE = 'Профессиональные запросы педагогов';
export const MENTORS_TITLE = 'Анкета наставника';
export const REQUESTS_SHEET = 'Ответы: запросы педагогов';
export const MENTORS_SHEET = 'Ответы: анкета наставника';

/** The typed email question; a form that records the verified address has none. */
function emailItems(verified: boolean, title: string, help?: string): FormDef['items'] {
  return verified ? [] : [{ kind: 'text', title, required: true, ...(help ? { help } : {}) }];
}

export const EMAIL_HELP = 'Рабочий адрес: на него придут письма';

export function requestFormDef(schoolName: string, topics: string[], verified = false): FormDef {
  return {
    title: REQUESTS_TITLE,
    verifiedEmail: verified,
    description: `${schoolName ? schoolName + '. ' : ''}Анкета помогает подобрать вам наставника и составить персонализированную программу наставничества. Если вы уже отвечали, новый ответ заменит прежний.\n\n${TEXTS.privacy}`,
    confirmation: 'Спасибо! Ваш запрос получен. Куратор наставничества свяжется с вами.',
    items: [
      { kind: 'text', title: REQUEST_ITEMS.name, required: true, help: 'Полностью: Фамилия Имя Отчество' },
      ...emailItems(verified, REQUEST_ITEMS.email, EMAIL_HELP),
      { kind: 'text', title: REQUEST_ITEMS.position, required: true },
      { kind: 'text', title: REQUEST_ITEMS.subject },
      { kind: 'text', title: REQUEST_ITEMS.experience },
      { kind: 'choice', title: REQUEST_ITEMS.category, choices: [...MENTEE_CATEGORIES] },
      { kind: 'checkbox', title: REQUEST_ITEMS.topics, choices: topics, required: true },
      { kind: 'paragraph', title: REQUEST_ITEMS.description },
      {
        kind: 'choice',
        title: REQUEST_ITEMS.form,
        help: FORM_HELP,
        choices: [...FORMS_OF_WORK],
        required: true,
      },
    ],
  };
}

export function mentorFormDef(schoolName: string, topics: string[], verified = false): FormDef {
  return {
    title: MENTORS_TITLE,
    verifiedEmail: verified,
    description: `${schoolName ? schoolName + '. ' : ''}Анкета для формирования банка наставников. Если вы уже отвечали, новый ответ заменит прежний.\n\n${TEXTS.privacy}`,
    confirmation: 'Спасибо! Ваша анкета получена.',
    items: [
      { kind: 'text', title: MENTOR_ITEMS.name, required: true, help: 'Полностью: Фамилия Имя Отчество' },
      ...emailItems(verified, MENTOR_ITEMS.email, EMAIL_HELP),
      { kind: 'text', title: MENTOR_ITEMS.position, required: true },
      { kind: 'text', title: MENTOR_ITEMS.subject },
      { kind: 'text', title: MENTOR_ITEMS.experience },
      { kind: 'choice', title: MENTOR_ITEMS.category, choices: [...TEACHER_CATEGORIES] },
      { kind: 'checkbox', title: MENTOR_ITEMS.competencies, choices: topics, required: true },
      { kind: 'paragraph', title: MENTOR_ITEMS.achievements },
      { kind: 'choice', title: MENTOR_ITEMS.capacity, choices: ['1', '2', '3', '4'] },
      { kind: 'checkbox', title: MENTOR_ITEMS.consent, choices: [CONSENT_CHOICE] },
    ],
  };
}
