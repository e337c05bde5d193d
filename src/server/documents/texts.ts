// Every Russian phrase the documents' code writes (template wording lives in templates.ts).
import type { DocKind } from './types';

export const TEMPLATE_TITLES: Record<DocKind, string> = {
  order: 'Шаблон: приказ о закреплении наставнических пар',
  programme: 'Шаблон: персонализированная программа наставничества',
  consentMentor: 'Шаблон: согласие наставника',
  consentMentee: 'Шаблон: согласие наставляемого',
  agreement: 'Шаблон: дополнительное соглашение о наставничестве',
  termination: 'Шаблон: приказ о прекращении наставничества',
};

export const FOLDER_ROOT = 'Наставничество — документы';

export const DOC_NAMES = {
  order: (number: string, date: string) => `Приказ № ${number} от ${date} о закреплении наставнических пар`,
  // A name never ends in an initial's full stop: Drive adds «.pdf» to it («… Д. И..pdf»).
  programme: (pairId: string, mentees: string) => `Программа наставничества ${pairId} (${mentees})`,
  consent: (person: string, pairId: string) => `Согласие — ${person} (${pairId})`,
};

export const ROW_SET_TITLES = {
  pairs: 'пары',
  acquainted: 'ознакомленные с приказом',
  mentees: 'наставляемые',
  tasks: 'задачи',
  plan: 'мероприятия плана',
};

export const FORM_TEXT: Record<string, string> = {
  Индивидуальная: 'индивидуальная',
  Групповая: 'групповая',
};

export const ROLE = { mentor: 'наставника', mentee: 'наставляемого' };
export const PAIR_OR_GROUP = { pair: 'пары', group: 'группы' };
export const COMPOSITION = {
  mentorOf: (mentees: string) => `наставляемые: ${mentees}`,
  mentorOfOne: (mentee: string) => `наставляемый: ${mentee}`,
  menteeOf: (mentor: string) => `наставник: ${mentor}`,
};
export const NOT_GIVEN = '—';

export const GOAL = {
  one: (mentee: string, topics: string) =>
    `Оказание методической помощи наставляемому педагогу ${mentee} в преодолении профессиональных затруднений и развитии профессиональных компетенций${topics ? ` по темам: ${topics}` : ''}.`,
  many: (mentees: string, topics: string) =>
    `Оказание методической помощи наставляемым педагогам (${mentees}) в преодолении профессиональных затруднений и развитии профессиональных компетенций${topics ? ` по темам: ${topics}` : ''}.`,
};

export const TASKS = {
  perTopic: (topic: string) => `Выявить затруднения и освоить практические приёмы по теме «${topic}».`,
  general: 'Выявить профессиональные затруднения наставляемого и составить план их преодоления.',
  adaptation: 'Обеспечить успешную адаптацию молодого специалиста в коллективе и профессии.',
  closing:
    'Подвести итоги работы, оценить её результаты и наметить дальнейшие шаги профессионального развития.',
};

export const PLAN = {
  generalTopic: 'Профессиональные затруднения наставляемого',
  genericActivity: (topic: string) =>
    `Консультация наставника по теме «${topic}»: разбор затруднений наставляемого, подбор методических материалов, практическое задание`,
  result: (topic: string) => `Освоены практические приёмы по теме «${topic}»`,
  defaultForm: 'индивидуальная работа',
  defaultGroupForm: 'групповое занятие',
};

// A form of work recognised from the wording of the activity (first match wins).
export const WORK_FORMS: Array<[RegExp, string]> = [
  [/мастер-класс/i, 'мастер-класс'],
  [/открыт\S* урок/i, 'открытый урок'],
  [/посещени|взаимопосещ/i, 'посещение уроков'],
  [/консультац/i, 'консультация'],
  [/семинар|вебинар/i, 'семинар'],
  [/тренинг|практикум/i, 'практикум'],
  [/анализ|разбор/i, 'совместный анализ'],
  [/разработ|составлени|подготовк/i, 'совместная разработка'],
  [/изучени|чтени|обзор/i, 'самообразование'],
  [/курс|обучени/i, 'обучение'],
];

export const EXPECTED_RESULTS = {
  base: (topics: string) =>
    `Наставляемый(е) преодолел(и) профессиональные затруднения${topics ? ` по темам: ${topics}` : ''}; повысился уровень профессиональной компетентности; освоенные приёмы применяются в работе; материалы лучших практик представлены для методической копилки школы.`,
  adaptation: ' Молодой специалист успешно адаптирован в коллективе и профессии.',
};

export const ERRORS = {
  noPairs: 'Нет согласованных пар или групп для приказа: приказ не создан.',
  missingConsents: (lines: string[]) =>
    `Приказ не создан: нет письменного согласия участников.\n${lines.join('\n')}\nОтметьте дату возврата подписанного согласия в листе «Пары и группы».`,
  missingConsentLine: (pairId: string, people: string[]) => `${pairId}: нет согласия ${people.join(', ')}`,
  mentorConsent: (name: string) => `наставника ${name}`,
  menteeConsent: (name: string) => `наставляемого ${name}`,
  noOrderNumber: 'Укажите номер приказа.',
  badOrderDate: (value: string) => `«${value}» — не дата приказа (ожидается дд.мм.гггг).`,
  badTerm: (pairId: string) =>
    `${pairId}: не указан срок наставничества (столбец «Окончание» на листе «Пары и группы»), или окончание раньше начала.`,
  noMentees: (pairId: string) => `${pairId}: нет наставляемых.`,
  unknownPlaceholders: (template: string, names: string[]) =>
    `В шаблоне «${template}» есть неизвестные поля: ${names.map((n) => `{{${n}}}`).join(', ')}. Исправьте их по списку полей (справка в боковой панели) и повторите.`,
  templateMissing: (reason: string) =>
    `Шаблон не найден или нет доступа (${reason}). Проверьте ссылку на шаблон в листе «Настройки» или создайте шаблоны заново.`,
  misplacedPlaceholders: (doc: string, names: string[]) =>
    `В документе «${doc}» остались незаполненные поля: ${names.map((n) => `{{${n}}}`).join(', ')}. Поля строки таблицы (например, {{№}}) должны стоять в строке таблицы, которая повторяется. Документ не создан.`,
};
