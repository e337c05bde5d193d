// Everything a person reads about monitoring (roadmap 6.1): forms, sheet values, emails, the note.
import { headerMap } from '../schema';
import { greeting } from '../shared/greeting';
import { plural } from '../shared/plural';
import type { MonitoringRole, ScoreKey } from './types';

export const ROLE_NAMES: Record<MonitoringRole, string> = { mentee: 'Наставляемый', mentor: 'Наставник' };
export const ROLE_NAMES_PLURAL: Record<MonitoringRole, string> = {
  mentee: 'Наставляемые',
  mentor: 'Наставники',
};

/** The questions' columns in Мониторинг, as schema.ts names them (the chart's categories). */
const MONITORING_COLUMNS = headerMap('monitoring');
export const SCORE_COLUMNS: Record<ScoreKey, string> = {
  usefulness: MONITORING_COLUMNS.usefulness,
  comfort: MONITORING_COLUMNS.comfort,
  competence: MONITORING_COLUMNS.competence,
  resolved: MONITORING_COLUMNS.resolved,
  clarity: MONITORING_COLUMNS.clarity,
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

// ---- Two-stage monitoring (issue #19, item 5): the curator's questionnaire (stage 1) and the
// participants' self-assessment at the start and the end of the year (stage 2).

/** Headers of «Оценка куратора» and «Самооценка» (the contract of schema.ts). */
export const CURATOR_COLUMNS = {
  pairId: 'ID пары',
  email: 'Email',
  date: 'Дата',
  recommendation: 'Рекомендация',
  comment: 'Комментарий',
} as const;

export const CURATOR_SCORE_COLUMNS = {
  plan: 'Выполнение плана',
  meetings: 'Регулярность работы',
  goals: 'Достижение целей',
  growth: 'Рост наставляемого',
  materials: 'Материалы и отчётность',
} as const;

export const CURATOR_SHORT = {
  plan: 'выполнение плана программы',
  meetings: 'регулярность совместной работы',
  goals: 'достижение целей программы',
  growth: 'профессиональный рост наставляемого',
  materials: 'материалы и отчётность',
} as const;

export const RECOMMENDATIONS = [
  'Продолжить работу в паре',
  'Завершить: цели программы достигнуты',
  'Скорректировать программу',
  'Сменить наставника',
] as const;

export const CURATOR_FORM_TITLE = 'Мониторинг: оценка куратора';
export const CURATOR_SHEET = 'Ответы: оценка куратора';

export const CURATOR_FORM = {
  description: (school: string) =>
    `${school ? school + '. ' : ''}Анкета куратора наставничества: оценка реализации персонализированной программы наставничества одной пары (группы) по итогам учебного года. ` +
    'Заполняется отдельно по каждой паре; ссылка с кодом пары — на панели надстройки, вкладка «Формы». ' +
    'Оценки по шкале от 1 (совсем нет) до 10 (полностью). Учитываются только ответы кураторов, указанных в «Настройках».',
  confirmation: 'Спасибо! Оценка записана. Если вы ответите по этой паре ещё раз, учтётся последний ответ.',
  scalesSection: 'Оценка реализации программы',
  scales: {
    plan: 'В какой мере выполнен план мероприятий программы?',
    meetings: 'Насколько регулярной была совместная работа наставника и наставляемого?',
    goals: 'В какой мере достигнуты цели программы?',
    growth: 'Насколько заметен профессиональный рост наставляемого?',
    materials: 'Как вы оцениваете материалы и отчётность пары (отметки, результаты, продукты)?',
  },
  recommendation: 'Рекомендация по итогам года',
  comment: 'Комментарий куратора',
  commentHelp: 'Что получилось, что мешало, что изменить в следующем году',
};

export const SELF_COLUMNS = {
  email: 'Email',
  name: 'ФИО',
  stage: 'Этап',
  date: 'Дата',
} as const;

export const COMPETENCE_COLUMNS = {
  planning: 'Планирование уроков',
  methods: 'Методы обучения',
  classroom: 'Работа с классом',
  assessment: 'Оценивание',
  parents: 'Взаимодействие с родителями',
  confidence: 'Профессиональная уверенность',
} as const;

export const COMPETENCE_SHORT = {
  planning: 'планирование уроков',
  methods: 'методы и приёмы обучения',
  classroom: 'работа с классом',
  assessment: 'оценивание результатов обучающихся',
  parents: 'взаимодействие с родителями',
  confidence: 'профессиональная уверенность',
} as const;

/** The stage as the sheet and the personal link spell it. */
export const STAGE_NAMES = { start: 'Начало года', end: 'Конец года' } as const;

export const SELF_FORM_TITLE = 'Самооценка педагога';
export const SELF_SHEET = 'Ответы: самооценка педагога';

export const SELF_FORM = {
  description: (school: string) =>
    `${school ? school + '. ' : ''}Короткая самооценка профессиональных умений участника программы наставничества. ` +
    'Её заполняют дважды: в начале и в конце учебного года, — а сравнение показывает, что изменилось за год. ' +
    'Правильных ответов нет: оцените себя честно по шкале от 1 до 5.' +
    '\n\nПерсональные данные: адрес электронной почты и ваши оценки. Ответы видят куратор наставничества и администрация школы; данные используются только для мониторинга профессионального роста участников программы наставничества в соответствии с Положением о системе наставничества и Федеральным законом № 152-ФЗ «О персональных данных». Отправляя ответ, вы соглашаетесь на их обработку для этой цели; отозвать согласие можно у куратора наставничества.',
  confirmation:
    'Спасибо! Самооценка записана. Если вы ответите ещё раз на этом этапе, учтётся последний ответ.',
  stage: 'Этап',
  stageHelp: 'Заполняется автоматически по вашей ссылке: «Начало года» или «Конец года».',
  section: 'Насколько уверенно вы владеете этими умениями?',
  sectionHelp: '1 — испытываю серьёзные затруднения, 5 — владею уверенно и могу помочь коллегам',
  low: 'серьёзные затруднения',
  high: 'владею уверенно',
  scales: {
    planning: 'Планирование уроков и рабочей программы',
    methods: 'Методы и приёмы обучения',
    classroom: 'Работа с классом: дисциплина и мотивация обучающихся',
    assessment: 'Оценивание результатов обучающихся',
    parents: 'Взаимодействие с родителями',
    confidence: 'Профессиональная уверенность в своей работе',
  },
};

export const STAGE_PROBLEMS = {
  noStage: 'В ответе нет этапа самооценки («Начало года» или «Конец года»)',
  badStage: (v: string) => `«${v}» — этап самооценки должен быть «Начало года» или «Конец года»`,
  notParticipant: (email: string) =>
    `${email} не участвует ни в одной действующей паре или группе: самооценка не записана`,
  noScores: 'В ответе нет ни одной оценки от 1 до 5',
  notCurator: (email: string, pairId: string) =>
    `${email} не куратор наставничества (по «Настройкам»): оценка по паре ${pairId} записана, но не учтена`,
};

/** An answer of the curator's questionnaire that does not count (the dashboard names its row). */
export const NOT_CURATOR = (pairId: string, email: string) =>
  `Оценка куратора: ответ ${email} по паре ${pairId} не учтён — этот адрес не указан куратором в «Настройках». Удалите строку или исправьте Email`;

export const STAGE_JOURNAL = {
  curatorTaken: 'Оценка куратора',
  curatorReplaced: 'Оценка куратора заменена',
  curatorRefused: 'Оценка куратора не учтена',
  curatorOlder: 'Оценка куратора не заменена: есть более поздний ответ',
  selfTaken: 'Самооценка',
  selfReplaced: 'Самооценка заменена',
  selfOlder: 'Самооценка не заменена: есть более поздний ответ',
  selfRefused: 'Самооценка не учтена',
  details: (email: string, stage: string) => `${email}, ${stage}`,
};

export const SELF_EMAILS = {
  subject: { start: 'Самооценка в начале учебного года', end: 'Самооценка в конце учебного года' },
  body: (name: string, stage: 'start' | 'end', link: string, school: string) =>
    `${greeting(name)}\n\n` +
    (stage === 'start'
      ? 'В начале учебного года просим вас оценить свои профессиональные умения: планирование уроков, методы обучения, работу с классом, оценивание, взаимодействие с родителями. '
      : 'Учебный год подходит к концу: просим вас ещё раз оценить свои профессиональные умения — по тем же вопросам, что и в начале года. ') +
    'Это шесть вопросов и займёт две-три минуты; сравнение ответов в начале и в конце года покажет, что дала работа по программе наставничества.' +
    `\n\nСамооценка: ${link}\n\nСпасибо!${school ? `\n\n${school}` : ''}`,
  allAnswered: (stage: 'start' | 'end') =>
    `Все участники действующих пар уже прошли самооценку ${stage === 'start' ? 'в начале' : 'в конце'} года.`,
  noForm: 'Форма «Самооценка педагога» ещё не создана. Запустите «Первоначальная настройка».',
  noCuratorForm: 'Форма «Мониторинг: оценка куратора» ещё не создана. Запустите «Первоначальная настройка».',
  missingItems: (form: string, items: string[]) =>
    `В форме «${form}» нет вопросов ${items.map((i) => `«${i}»`).join(', ')}. Запустите «Первоначальная настройка».`,
  noPairs: 'Нет действующих пар и групп: самооценку отправлять некому.',
  badStage: 'Этап самооценки — начало или конец учебного года.',
};

export const STAGE_NOTE = {
  intro:
    'Мониторинг проведён в два этапа, как предусматривает целевая модель наставничества: этап 1 — оценка качества реализации программ наставничества (анкеты наставников и наставляемых, оценка куратора); этап 2 — оценка профессионального роста участников (самооценка в начале и в конце учебного года).',
  curatorHeading: 'Оценка куратора (этап 1)',
  curatorNone: 'Куратор ещё не заполнил анкету оценки ни по одной паре или группе.',
  curatorSummary: (n: number, m: number) =>
    `Куратор оценил реализацию программ в ${n} из ${m} ${plural(m, 'пары', 'пар', 'пар')} и групп (по шкале от 1 до 10).`,
  criterion: 'Критерий',
  average: 'Средняя оценка',
  allCriteria: 'По всем критериям',
  pair: 'Пара / группа',
  recommendation: 'Рекомендация',
  notAssessed: 'не оценена',
  comments: 'Комментарии куратора:',
  commentLine: (pairId: string, text: string) => `${pairId}: ${text}`,
  growthHeading: 'Профессиональный рост участников: самооценка (этап 2)',
  growthNone:
    'Самооценку в начале и в конце года не прошёл ни один участник: рост оценить нельзя. Рекомендуется разослать самооценку в начале следующего учебного года.',
  growthSummary: (complete: number, expected: number, grew: number, pct: string) =>
    `Самооценку в начале и в конце года прошли ${complete} из ${expected} ${plural(expected, 'участника', 'участников', 'участников')} ` +
    `пар и групп; средняя самооценка выросла у ${grew} из ${complete} (${pct}). Шкала от 1 до 5.`,
  competence: 'Умение',
  start: 'Начало года',
  end: 'Конец года',
  growth: 'Рост',
  byRole: (role: string, complete: number, grew: number, growth: string) =>
    `${role}: прошли оба раза ${complete}, самооценка выросла у ${grew}, средний рост ${growth}.`,
  pairsHeader: ['Пара / группа', 'Прошли оба раза', 'Средний рост'],
  missingHead: 'Нет пары самооценок (в начале и в конце года):',
  missingLine: (name: string, what: string) => `${name} — ${what}`,
  missingStart: 'нет самооценки в начале года',
  missingEnd: 'нет самооценки в конце года',
  missingBoth: 'нет ни одной самооценки',
  noneMissing: 'Обе самооценки есть у всех участников действующих пар и групп.',
};

/** A signed change of a score: «+0,8», «−0,3», «0,0». */
export const SIGNED = (formatted: string, value: number) =>
  value > 0.049
    ? `+${formatted}`
    : value < -0.049
      ? `−${formatted.replace('-', '')}`
      : formatted.replace('-', '');

export const SWOT = {
  heading: 'SWOT-анализ реализации программ наставничества (черновик)',
  draft:
    'Черновик составлен надстройкой автоматически по числам мониторинга и плана программ. Куратору следует проверить, исправить и дополнить его по итогам обсуждения с наставниками до подписания справки.',
  strengths: 'Сильные стороны',
  weaknesses: 'Слабые стороны',
  opportunities: 'Возможности',
  threats: 'Угрозы',
  none: 'По данным мониторинга не выявлено; дополните по итогам обсуждения.',
  /** «польза программы (8,3)» items joined: scores out of 10. */
  highScores: (items: string[]) => `Участники высоко оценили (из 10): ${items.join('; ')}.`,
  lowScores: (items: string[]) => `Ниже 7 из 10 участники оценили: ${items.join('; ')}.`,
  item: (what: string, v: string) => `${what} (${v})`,
  continueHigh: (pct: string) => `Готовность продолжить работу в паре выразили ${pct} ответивших.`,
  continueLow: (n: number) =>
    `${n} ${plural(n, 'участник не хотел бы', 'участника не хотели бы', 'участников не хотели бы')} продолжать работу в паре: есть риск, что пары распадутся.`,
  planHigh: (pct: string) => `Планы персонализированных программ выполнены на ${pct}.`,
  planLow: (pct: string) => `Выполнено лишь ${pct} запланированных мероприятий программ.`,
  behind: (ids: string) => `Отстают от плана программы: ${ids}.`,
  overdue: (n: number) =>
    `${n} ${plural(n, 'мероприятие программ не выполнено', 'мероприятия программ не выполнены', 'мероприятий программ не выполнено')} в срок.`,
  curatorHigh: (v: string) => `Куратор высоко оценил реализацию программ (в среднем ${v} из 10).`,
  curatorLow: (items: string[]) => `Куратор оценил ниже 7 из 10: ${items.join('; ')}.`,
  growthHigh: (items: string[]) => `Заметный рост самооценки (из 5): ${items.join('; ')}.`,
  growthNone: (items: string[]) => `Самооценка не выросла: ${items.join('; ')}.`,
  grewMost: (n: number, m: number, pct: string) =>
    `Самооценка выросла у ${n} из ${m} ${plural(m, 'участника', 'участников', 'участников')} (${pct}).`,
  fell: (n: number) =>
    `Самооценка снизилась у ${n} ${plural(n, 'участника', 'участников', 'участников')}: стоит обсудить с ними и наставниками причины.`,
  lowEnd: (items: string[]) =>
    `Темы для обучения наставников и программ следующего года — умения с самой низкой самооценкой в конце года (из 5): ${items.join('; ')}.`,
  bestPairs: (ids: string) =>
    `Опыт ${ids} — представить на круглом столе и включить в «Методическую копилку».`,
  willContinue: (n: number) =>
    `${n} ${plural(n, 'участник готов', 'участника готовы', 'участников готовы')} продолжить работу: основа для пар следующего учебного года.`,
  recommendedContinue: (n: number) =>
    `По оценке куратора продолжить работу рекомендовано ${n} ${plural(n, 'паре', 'парам', 'парам')}.`,
  lowParticipation: (pct: string) =>
    `Низкий охват анкетирования (${pct}): выводы мониторинга могут быть неточными.`,
  noPair: (n: number) =>
    `Нет пары самооценок у ${n} ${plural(n, 'участника', 'участников', 'участников')}: их рост не измерен.`,
  noCurator: (n: number) =>
    `Куратор не оценил ${n} ${plural(n, 'пару', 'пары', 'пар')}: оценка качества программ неполная.`,
  better: (what: string) => `Лучше, чем в прошлом учебном году: ${what}.`,
  worse: (what: string) => `Хуже, чем в прошлом учебном году: ${what}.`,
  pairsWord: (n: number) => plural(n, 'пары', 'пар', 'пар'),
};

/** The note's chart of the averages by question and role (issue #17, item 13). */
export const NOTE_CHART = {
  title: 'Средние оценки по вопросам анкеты',
  axis: 'Средняя оценка (от 1 до 10)',
  question: 'Вопрос',
  /** «у наставляемых и наставников». */
  rolesGenitive: { mentee: 'наставляемых', mentor: 'наставников' } as Record<MonitoringRole, string>,
  caption: (roles: string) =>
    `Рисунок 1. Средние оценки по вопросам анкеты у ${roles} (по шкале от 1 до 10); ` +
    'числовые значения приведены в таблице выше.',
};
