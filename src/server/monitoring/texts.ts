// Everything a person reads about monitoring (roadmap 6.1): forms, sheet values, emails, the note.
import { greeting } from '../shared/greeting';
import { plural } from '../shared/plural';
import type { MonitoringRole, ScoreKey } from './types';

export const ROLE_NAMES: Record<MonitoringRole, string> = { mentee: 'Наставляемый', mentor: 'Наставник' };
export const ROLE_NAMES_PLURAL: Record<MonitoringRole, string> = {
  mentee: 'Наставляемые',
  mentor: 'Наставники',
};

/** Headers of Мониторинг (the contract of schema.ts). */
export const COLUMNS = {
  pairId: 'ID пары',
  role: 'Роль',
  email: 'Email',
  date: 'Дата',
  continue: 'Продолжить',
  valuable: 'Ценное',
  missing: 'Не хватило',
  comment: 'Комментарий',
} as const;

export const SCORE_COLUMNS: Record<ScoreKey, string> = {
  usefulness: 'Польза программы',
  comfort: 'Комфорт работы',
  competence: 'Компетентность / вовлечённость',
  resolved: 'Решение затруднений',
  clarity: 'Понятность задач',
};

/** Short names of the questions for tables and conclusions. */
export const SCORE_SHORT: Record<ScoreKey, string> = {
  usefulness: 'польза программы',
  comfort: 'комфорт совместной работы',
  competence: 'компетентность наставника / вовлечённость наставляемого',
  resolved: 'решение профессиональных затруднений',
  clarity: 'понятность задач программы',
};

export const YES = 'Да';
export const NO = 'Нет';

export const FORM_TITLES: Record<MonitoringRole, string> = {
  mentee: 'Мониторинг: анкета наставляемого',
  mentor: 'Мониторинг: анкета наставника',
};

/** What the questionnaires collect and why (issue #16, item 5). */
export const PRIVACY =
  '\n\nПерсональные данные: адрес электронной почты, код пары и ваши оценки. Ответы видят куратор наставничества и администрация школы; данные используются только для мониторинга программы наставничества в соответствии с Положением о системе наставничества и Федеральным законом № 152-ФЗ «О персональных данных». Отправляя ответ, вы соглашаетесь на их обработку для этой цели; отозвать согласие можно у куратора наставничества.';

/** An answer that does not count (issue #16, item 4): its author is not that member of the pair. */
export const NOT_MEMBER = (pairId: string, email: string, role: MonitoringRole) =>
  `Мониторинг: ответ ${email} по паре ${pairId} не учтён — ${role === 'mentor' ? 'этот адрес не наставник' : 'этого адреса нет среди наставляемых'} этой пары. Исправьте Email или код пары в строке, либо удалите её`;

export const FORM = {
  description: (role: MonitoringRole) =>
    role === 'mentee'
      ? 'Анкета мониторинга качества реализации персонализированной программы наставничества. ' +
        'Оцените работу в паре (группе) с наставником по шкале от 1 (совсем нет) до 10 (полностью). ' +
        'Ответы используются только для аналитической справки по итогам года.' +
        PRIVACY
      : 'Анкета мониторинга качества реализации персонализированной программы наставничества. ' +
        'Оцените работу с наставляемым (группой) по шкале от 1 (совсем нет) до 10 (полностью). ' +
        'Ответы используются только для аналитической справки по итогам года.' +
        PRIVACY,
  confirmation: 'Спасибо! Ваши ответы записаны. Если вы ответите ещё раз, учтётся последний ответ.',
  pairCode: 'Код пары',
  pairCodeHelp: 'Заполняется автоматически по вашей ссылке. Пожалуйста, не изменяйте его.',
  email: 'Ваш адрес электронной почты',
  emailHelp: 'Заполняется автоматически по вашей ссылке.',
  scalesSection: 'Оценка работы по программе',
  scalesHelp: '1 — совсем нет, 10 — полностью',
  low: 'совсем нет',
  high: 'полностью',
  scales: {
    mentee: {
      usefulness: 'Насколько полезной для вас оказалась программа наставничества?',
      comfort: 'Насколько комфортно вам было работать с наставником?',
      competence: 'Как вы оцениваете компетентность наставника?',
      resolved: 'В какой мере удалось решить ваши профессиональные затруднения?',
      clarity: 'Насколько понятны были задачи программы?',
    },
    mentor: {
      usefulness: 'Насколько полезной для наставляемого оказалась программа наставничества?',
      comfort: 'Насколько комфортно вам было работать с наставляемым?',
      competence: 'Как вы оцениваете вовлечённость наставляемого в работу?',
      resolved: 'В какой мере удалось решить профессиональные затруднения наставляемого?',
      clarity: 'Насколько понятны были задачи программы?',
    },
  } as Record<MonitoringRole, Record<ScoreKey, string>>,
  continue: 'Хотели бы вы продолжить работу в паре?',
  openSection: 'Ваше мнение',
  valuable: 'Что было наиболее ценным?',
  missing: 'Чего не хватило?',
  comment: 'Комментарий',
  commentHelp: 'Всё, что вы хотите добавить',
};

/** namedValues keys under which Google Forms puts the collected email. */
export const COLLECTED_EMAIL_TITLES = ['Адрес электронной почты', 'Email address', 'Email'];

export const PROBLEMS = {
  blank: 'Пустой ответ формы: ничего не записано',
  noPairCode: 'В ответе нет кода пары: ответ нельзя отнести к паре',
  unknownPair: (id: string) => `Код пары «${id}» не найден среди действующих пар`,
  noEmail: 'В ответе нет адреса электронной почты',
  badEmail: (v: string) => `«${v}» — не похоже на адрес электронной почты`,
  notParticipant: (email: string, id: string, role: MonitoringRole) =>
    `${email} не указан в паре ${id} как ${role === 'mentee' ? 'наставляемый' : 'наставник'}; ответ записан`,
  badScore: (title: string, v: string) => `«${title}»: «${v}» — нужна оценка от 1 до 10; оценка не учтена`,
  badRole: (v: string) => `«${v}» — роль должна быть «Наставник» или «Наставляемый»`,
};

export const EMAILS = {
  invitationSubject: 'Анкета мониторинга программы наставничества',
  invitationBody: (name: string, pairId: string, link: string, deadline: string) =>
    `${greeting(name)}\n\n` +
    `Просим вас ответить на вопросы анкеты о работе по программе наставничества (пара ${pairId}). ` +
    `Это займёт около пяти минут.\n\nАнкета: ${link}\n\nПросим ответить до ${deadline}.\n\nСпасибо!`,
  /** One letter for a participant of several pairs: a questionnaire per pair, each with its link. */
  invitationsBody: (name: string, links: ReadonlyArray<{ pairId: string; link: string }>, deadline: string) =>
    `${greeting(name)}\n\n` +
    `Просим вас ответить на вопросы анкеты о работе по программе наставничества — отдельно по каждой ` +
    `из ваших пар (${links.length}); каждая анкета займёт около пяти минут.\n\n` +
    links.map((l) => `Пара ${l.pairId}: ${l.link}`).join('\n') +
    `\n\nПросим ответить до ${deadline}.\n\nСпасибо!`,
  reminderSubject: 'Напоминание: анкета мониторинга наставничества',
  reminderBody: (name: string, pairId: string, link: string, deadline: string) =>
    `${greeting(name)}\n\n` +
    `Напоминаем: мы ещё не получили ваших ответов на анкету о работе по программе наставничества ` +
    `(пара ${pairId}). Ответить нужно до ${deadline}.\n\nАнкета: ${link}\n\nСпасибо!`,
};

export const NOTE = {
  title: 'Аналитическая справка по итогам мониторинга',
  subtitle: (school: string, year: string) =>
    `качества реализации персонализированных программ наставничества в ${school} в ${year} учебном году`,
  date: (d: string) => `Дата составления: ${d}`,
  participation: 'Участие в анкетировании',
  participationText: (n: number, m: number, pct: string) =>
    `В анкетировании приняли участие ${n} из ${m} ${plural(m, 'участника', 'участников', 'участников')} ` +
    `наставнических пар и групп (${pct}).`,
  participationRole: (role: string, n: number, m: number, pct: string) => `${role}: ${n} из ${m} (${pct}).`,
  averages: 'Средние оценки по вопросам (по шкале от 1 до 10)',
  question: 'Вопрос',
  all: 'Все',
  pairs: 'Результаты по парам и группам',
  pair: 'Пара / группа',
  mentor: 'Наставник',
  answered: 'Ответили',
  average: 'Средняя оценка',
  wouldContinue: 'Готовы продолжить',
  lowest: 'Ниже всего оценено',
  lowestCell: (question: string, score: string) => `${question} (${score})`,
  pairCell: (id: string, mentor: string) => (mentor ? `${id}, наставник ${mentor}` : id),
  continueTitle: 'Готовность продолжить работу в паре',
  continueText: (yes: number, total: number, pct: string) =>
    `Продолжить работу в паре хотели бы ${yes} из ${total} ${plural(total, 'ответившего', 'ответивших', 'ответивших')} (${pct}).`,
  continueNone: 'На вопрос о продолжении работы в паре ответов нет.',
  openAnswers: 'Ответы на открытые вопросы',
  openPair: (id: string, mentor: string) => (mentor ? `Пара ${id} (наставник ${mentor})` : `Пара ${id}`),
  openLine: (role: string, label: string, text: string) => `${role}. ${label}: ${text}`,
  valuable: 'Наиболее ценное',
  missing: 'Не хватило',
  comment: 'Комментарий',
  noOpenAnswers: 'Ответов на открытые вопросы нет.',
  conclusions: 'Выводы',
  noAnswers:
    'Ответов на анкеты нет: выводы сделать нельзя. Рекомендуется повторно направить анкеты участникам.',
  strongest: (q: string, v: string) => `Самая высокая оценка — ${q} (${v}).`,
  weakest: (q: string, v: string) =>
    `Самая низкая оценка — ${q} (${v}); этому направлению следует уделить внимание в следующем учебном году.`,
  evenScores: (v: string) => `Оценки по всем вопросам одинаковы (${v}).`,
  schoolAverage: (v: string) => `Средняя оценка по всем вопросам и участникам — ${v} из 10.`,
  lowPairs: (list: string, threshold: string) =>
    `Средняя оценка ниже ${threshold} в ${list}: рекомендуется разобрать работу этих пар и групп с наставниками и скорректировать программы.`,
  noLowPairs: (threshold: string) =>
    `Во всех парах и группах, где есть ответы, средняя оценка не ниже ${threshold}.`,
  lowParticipation: (pct: string) =>
    `Участие в анкетировании (${pct}) недостаточно для уверенных выводов; рекомендуется повысить охват.`,
  continueConclusion: (pct: string) => `Готовность продолжить работу в паре выразили ${pct} ответивших.`,
  rolesGap: (q: string, mentee: string, mentor: string) =>
    `Наибольшее расхождение оценок наставляемых и наставников — ${q} (${mentee} и ${mentor}).`,
  pairWord: (n: number) => plural(n, 'паре', 'парах', 'парах'),
  dash: '—',
};

export { plural };
