// The demo school the playground starts from: an invented Russian secondary school, its staff,
// the mentors' questionnaires and the teachers' requests. Every name here is made up; addresses are
// on the reserved domain .example. dev/demo/build.ts turns this into a Workspace by driving the real
// bundle (setup, the Педагоги sheet, form submissions).

import { CONSENT_CHOICE, MENTOR_ITEMS, REQUEST_ITEMS } from '../../src/server/intake/forms';

export const DOMAIN = 'sosh4.example';

/** The emulated date the demo starts at: mid-September, before the 15 September deadlines. */
export const DEMO_START = '2026-09-10T09:30:00+03:00';

export const SCHOOL = {
  fullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №4» г. Северогорска',
  shortName: 'МБОУ «СОШ №4» г. Северогорска',
  city: 'г. Северогорск',
  spreadsheetName: 'Наставничество — МБОУ «СОШ №4»',
  directorName: 'Вершинина Галина Аркадьевна',
  directorEmail: `director@${DOMAIN}`,
  curatorName: 'Лаптева Ирина Викторовна',
  curatorEmail: `zavuch@${DOMAIN}`,
};

/** The values the curator types into Настройки, by the parameter's name there. */
export const SETTINGS: Record<string, string> = {
  'Полное наименование школы': SCHOOL.fullName,
  'Краткое наименование': SCHOOL.shortName,
  'Населённый пункт': SCHOOL.city,
  'Директор (ФИО)': SCHOOL.directorName,
  'Директор (email)': SCHOOL.directorEmail,
  'Куратор (ФИО)': SCHOOL.curatorName,
  'Куратор (email)': SCHOOL.curatorEmail,
};

export interface Teacher {
  name: string;
  /** The mailbox's local part; the address is `${login}@${DOMAIN}`. */
  login: string;
  position: string;
  subject: string;
  experience: number;
  category: 'Высшая' | 'Первая' | 'Соответствие занимаемой должности' | 'Без категории';
}

const T = (
  name: string,
  login: string,
  position: string,
  subject: string,
  experience: number,
  category: Teacher['category'],
): Teacher => ({ name, login, position, subject, experience, category });

const TEACHER = 'учитель';

/** Педагоги: the staff list the school keeps (40 people). */
export const TEACHERS: Teacher[] = [
  T('Лаптева Ирина Викторовна', 'zavuch', 'заместитель директора по УВР', 'Математика', 24, 'Высшая'),
  T('Гордеева Светлана Николаевна', 'gordeeva.sn', TEACHER, 'Русский язык и литература', 29, 'Высшая'),
  T('Ушаков Павел Андреевич', 'ushakov.pa', TEACHER, 'Математика', 21, 'Высшая'),
  T('Мельникова Ольга Юрьевна', 'melnikova.oyu', TEACHER, 'Начальные классы', 26, 'Высшая'),
  T('Зайцева Наталья Петровна', 'zaitseva.np', TEACHER, 'Английский язык', 18, 'Первая'),
  T('Кравец Елена Станиславовна', 'kravets.es', TEACHER, 'Химия', 22, 'Высшая'),
  T('Тихомиров Андрей Валерьевич', 'tikhomirov.av', TEACHER, 'История и обществознание', 16, 'Первая'),
  T('Белоусова Марина Геннадьевна', 'belousova.mg', TEACHER, 'Начальные классы', 31, 'Высшая'),
  T('Фадеева Людмила Ивановна', 'fadeeva.li', TEACHER, 'Биология', 19, 'Высшая'),
  T('Корнилов Сергей Михайлович', 'kornilov.sm', TEACHER, 'Физика', 27, 'Высшая'),
  T(
    'Соболева Татьяна Алексеевна',
    'soboleva.ta',
    'педагог-психолог',
    'Психологическое сопровождение',
    14,
    'Первая',
  ),
  T('Рябинина Валентина Егоровна', 'ryabinina.ve', TEACHER, 'Русский язык и литература', 33, 'Высшая'),
  T('Дорофеев Игорь Константинович', 'dorofeev.ik', TEACHER, 'Информатика', 12, 'Первая'),
  T('Полякова Анна Сергеевна', 'polyakova.as', TEACHER, 'Математика', 2, 'Без категории'),
  T('Ершов Кирилл Олегович', 'ershov.ko', TEACHER, 'Физика', 1, 'Без категории'),
  T('Субботина Дарья Романовна', 'subbotina.dr', TEACHER, 'Начальные классы', 0, 'Без категории'),
  T('Кузьмина Виктория Алексеевна', 'kuzmina.va', TEACHER, 'Английский язык', 1, 'Без категории'),
  T('Осипов Денис Игоревич', 'osipov.di', TEACHER, 'Физическая культура', 3, 'Без категории'),
  T('Лебедева Ксения Андреевна', 'lebedeva.ka', TEACHER, 'Русский язык и литература', 0, 'Без категории'),
  T('Насибуллина Алина Ринатовна', 'nasibullina.ar', TEACHER, 'Химия', 2, 'Без категории'),
  T('Воронцова Полина Дмитриевна', 'vorontsova.pd', TEACHER, 'История и обществознание', 1, 'Без категории'),
  T('Шестаков Артём Викторович', 'shestakov.av', TEACHER, 'Информатика', 0, 'Без категории'),
  T(
    'Гусева Екатерина Павловна',
    'guseva.ep',
    TEACHER,
    'Начальные классы',
    4,
    'Соответствие занимаемой должности',
  ),
  T('Трофимова Яна Олеговна', 'trofimova.yao', 'учитель-логопед', 'Логопедия', 2, 'Без категории'),
  T('Никифорова Ольга Васильевна', 'nikiforova.ov', TEACHER, 'География', 11, 'Первая'),
  T('Маслов Григорий Евгеньевич', 'maslov.ge', TEACHER, 'Биология', 7, 'Соответствие занимаемой должности'),
  T(
    'Антонова Юлия Сергеевна',
    'antonova.yus',
    'советник директора по воспитанию',
    'Воспитательная работа',
    1,
    'Без категории',
  ),
  T('Кириллова Софья Максимовна', 'kirillova.sm', TEACHER, 'Математика', 1, 'Без категории'),
  T('Пестова Надежда Фёдоровна', 'pestova.nf', TEACHER, 'Технология', 25, 'Первая'),
  T(
    'Архипов Виктор Николаевич',
    'arkhipov.vn',
    'преподаватель-организатор ОБЗР',
    'Основы безопасности и защиты Родины',
    9,
    'Первая',
  ),
  T('Смирнова Елизавета Игоревна', 'smirnova.ei', TEACHER, 'Музыка', 5, 'Соответствие занимаемой должности'),
  T('Захарова Галина Степановна', 'zakharova.gs', TEACHER, 'Начальные классы', 35, 'Высшая'),
  T('Панова Милана Артуровна', 'panova.ma', TEACHER, 'Изобразительное искусство', 2, 'Без категории'),
  T('Чернов Роман Алексеевич', 'chernov.ra', TEACHER, 'Физическая культура', 15, 'Первая'),
  T('Ефимова Инна Владимировна', 'efimova.iv', 'социальный педагог', 'Социальная педагогика', 10, 'Первая'),
  T('Голубева Вера Анатольевна', 'golubeva.va', TEACHER, 'Немецкий язык', 20, 'Первая'),
  T(
    'Степанова Алёна Вадимовна',
    'stepanova.av',
    TEACHER,
    'Английский язык',
    6,
    'Соответствие занимаемой должности',
  ),
  T(
    'Мухаметова Лилия Ильдаровна',
    'mukhametova.li',
    TEACHER,
    'Русский язык и литература',
    3,
    'Без категории',
  ),
  T('Сазонов Евгений Павлович', 'sazonov.ep', TEACHER, 'География', 0, 'Без категории'),
  T(
    'Логинова Вероника Юрьевна',
    'loginova.vyu',
    'педагог дополнительного образования',
    'Робототехника',
    1,
    'Без категории',
  ),
];

export function emailOf(login: string): string {
  return `${login}@${DOMAIN}`;
}

function teacher(login: string): Teacher {
  const found = TEACHERS.find((t) => t.login === login);
  if (!found) throw new Error(`demo: no teacher ${login}`);
  return found;
}

/** One answer to «Анкета наставника». */
export interface MentorAnswer {
  login: string;
  competencies: string[];
  achievements: string;
  capacity: '1' | '2' | '3' | '4';
}

/** A dozen mentors: the experienced staff who filled the mentor questionnaire. */
export const MENTOR_ANSWERS: MentorAnswer[] = [
  {
    login: 'gordeeva.sn',
    competencies: ['Методика урока', 'Подготовка к ГИА', 'Рабочая программа'],
    achievements: 'Победитель муниципального конкурса «Учитель года» (2019); эксперт ОГЭ по русскому языку',
    capacity: '2',
  },
  {
    login: 'ushakov.pa',
    competencies: ['Подготовка к ГИА', 'Оценивание', 'Цифровые инструменты'],
    achievements: 'Эксперт ЕГЭ по математике; руководитель школьного методического объединения',
    capacity: '2',
  },
  {
    login: 'melnikova.oyu',
    competencies: ['Классное руководство', 'Работа с родителями', 'Методика урока'],
    achievements: 'Почётная грамота Министерства просвещения; автор программы адаптации первоклассников',
    capacity: '2',
  },
  {
    login: 'zaitseva.np',
    competencies: ['Цифровые инструменты', 'Методика урока', 'Проектная деятельность'],
    achievements: 'Руководитель проектов учащихся — призёров регионального этапа конференции «Шаг в будущее»',
    capacity: '1',
  },
  {
    login: 'kravets.es',
    competencies: ['Рабочая программа', 'Оценивание', 'Проектная деятельность'],
    achievements: 'Подготовила призёров регионального этапа всероссийской олимпиады по химии',
    capacity: '2',
  },
  {
    login: 'tikhomirov.av',
    competencies: ['Дисциплина', 'Классное руководство', 'Нормативная база'],
    achievements: 'Руководитель школьного музея; наставник молодых педагогов с 2021 года',
    capacity: '2',
  },
  {
    login: 'belousova.mg',
    competencies: ['Методика урока', 'Работа с родителями', 'Аттестация'],
    achievements: 'Заслуженный учитель Республики; член аттестационной комиссии',
    capacity: '3',
  },
  {
    login: 'fadeeva.li',
    competencies: ['Проектная деятельность', 'Подготовка к ГИА', 'Оценивание'],
    achievements: 'Эксперт ОГЭ по биологии; руководитель экологического клуба',
    capacity: '1',
  },
  {
    login: 'kornilov.sm',
    competencies: ['Методика урока', 'Подготовка к ГИА', 'Дисциплина'],
    achievements: 'Лауреат премии Главы города; автор сборника задач по физике для 7–9 классов',
    capacity: '2',
  },
  {
    login: 'soboleva.ta',
    competencies: ['Инклюзия', 'Дисциплина', 'Работа с родителями'],
    achievements: 'Руководитель школьной службы медиации; курсы по сопровождению детей с ОВЗ',
    capacity: '3',
  },
  {
    login: 'ryabinina.ve',
    competencies: ['Нормативная база', 'Рабочая программа', 'Аттестация'],
    achievements: 'Руководитель методического объединения учителей русского языка',
    capacity: '2',
  },
  {
    login: 'dorofeev.ik',
    competencies: ['Цифровые инструменты', 'Проектная деятельность', 'Оценивание'],
    achievements: 'Администратор электронного журнала; тренер команды по робототехнике',
    capacity: '2',
  },
];

/** One answer to «Профессиональные запросы педагогов». */
export interface RequestAnswer {
  login: string;
  category: string;
  topics: string[];
  description: string;
  form: 'Индивидуальная' | 'Групповая' | 'Любая';
}

/** Fifteen requests: young specialists, new staff and a teacher who asked for help. */
export const REQUEST_ANSWERS: RequestAnswer[] = [
  {
    login: 'polyakova.as',
    category: 'Молодой специалист',
    topics: ['Методика урока', 'Дисциплина'],
    description: 'Трудно удерживать внимание 7-х классов на уроке геометрии, не успеваю по плану.',
    form: 'Индивидуальная',
  },
  {
    login: 'ershov.ko',
    category: 'Молодой специалист',
    topics: ['Рабочая программа', 'Методика урока', 'Оценивание'],
    description:
      'Нужна помощь с рабочей программой по физике для 8 класса и с критериями оценивания лабораторных.',
    form: 'Индивидуальная',
  },
  {
    login: 'subbotina.dr',
    category: 'Молодой специалист',
    topics: ['Классное руководство', 'Работа с родителями'],
    description:
      'Впервые веду первый класс: как провести первое родительское собрание и выстроить общение с семьями.',
    form: 'Любая',
  },
  {
    login: 'kuzmina.va',
    category: 'Молодой специалист',
    topics: ['Цифровые инструменты', 'Методика урока'],
    description: 'Хочу использовать цифровые ресурсы на уроках английского, не знаю, с чего начать.',
    form: 'Групповая',
  },
  {
    login: 'osipov.di',
    category: 'Педагог, испытывающий затруднения',
    topics: ['Дисциплина', 'Работа с родителями'],
    description: 'Конфликтные ситуации на уроках физкультуры в 8 классах, жалобы родителей.',
    form: 'Индивидуальная',
  },
  {
    login: 'lebedeva.ka',
    category: 'Молодой специалист',
    topics: ['Подготовка к ГИА', 'Рабочая программа'],
    description: 'Веду 9 класс, нужна система подготовки к ОГЭ по русскому языку.',
    form: 'Индивидуальная',
  },
  {
    login: 'nasibullina.ar',
    category: 'Молодой специалист',
    topics: ['Проектная деятельность', 'Оценивание'],
    description: 'Как организовать индивидуальные проекты в 10 классе и оценивать их.',
    form: 'Групповая',
  },
  {
    login: 'vorontsova.pd',
    category: 'Молодой специалист',
    topics: ['Нормативная база', 'Рабочая программа'],
    description: 'Плохо ориентируюсь в обновлённых ФГОС и федеральных рабочих программах.',
    form: 'Групповая',
  },
  {
    login: 'shestakov.av',
    category: 'Молодой специалист',
    topics: ['Цифровые инструменты', 'Проектная деятельность'],
    description: 'Хочу запустить кружок программирования и вести проекты с учениками.',
    form: 'Любая',
  },
  {
    login: 'guseva.ep',
    category: 'Педагог, испытывающий затруднения',
    topics: ['Аттестация', 'Методика урока'],
    description: 'Готовлюсь к аттестации на первую категорию: портфолио и открытый урок.',
    form: 'Индивидуальная',
  },
  {
    login: 'trofimova.yao',
    category: 'Новый сотрудник',
    topics: ['Инклюзия', 'Нормативная база'],
    description: 'Пришла в школу из детского сада: документация логопеда и работа с детьми с ОВЗ.',
    form: 'Индивидуальная',
  },
  {
    login: 'antonova.yus',
    category: 'Переход на новую должность',
    topics: ['Классное руководство', 'Работа с родителями', 'Нормативная база'],
    description:
      'Новая должность советника директора: планирование воспитательной работы и взаимодействие с классными руководителями.',
    form: 'Любая',
  },
  {
    login: 'kirillova.sm',
    category: 'Молодой специалист',
    topics: ['Методика урока', 'Подготовка к ГИА'],
    description: 'Первый год в 5–6 классах; хочу научиться строить урок с дифференцированными заданиями.',
    form: 'Групповая',
  },
  {
    login: 'mukhametova.li',
    category: 'Педагог, испытывающий затруднения',
    topics: ['Оценивание', 'Дисциплина'],
    description: 'Родители оспаривают оценки за сочинения; нужна прозрачная система критериев.',
    form: 'Индивидуальная',
  },
  {
    login: 'sazonov.ep',
    category: 'Молодой специалист',
    topics: ['Методика урока', 'Классное руководство'],
    description: 'Первый год работы, назначен классным руководителем 6 класса.',
    form: 'Любая',
  },
];

/** The named answers of a mentor questionnaire, keyed by the form's item titles. */
export function mentorResponse(a: MentorAnswer): Record<string, string | string[]> {
  const t = teacher(a.login);
  const items = MENTOR_ITEMS;
  return {
    [items.name]: t.name,
    [items.email]: emailOf(t.login),
    [items.position]: t.position,
    [items.subject]: t.subject,
    [items.experience]: String(t.experience),
    [items.category]: t.category,
    [items.competencies]: a.competencies,
    [items.achievements]: a.achievements,
    [items.capacity]: a.capacity,
    [items.consent]: [CONSENT_CHOICE],
  };
}

/** The named answers of a request, keyed by the form's item titles. */
export function requestResponse(a: RequestAnswer): Record<string, string | string[]> {
  const t = teacher(a.login);
  const items = REQUEST_ITEMS;
  return {
    [items.name]: t.name,
    [items.email]: emailOf(t.login),
    [items.position]: t.position,
    [items.subject]: t.subject,
    [items.experience]: String(t.experience),
    [items.category]: a.category,
    [items.topics]: a.topics,
    [items.description]: a.description,
    [items.form]: a.form,
  };
}
