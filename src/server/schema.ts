// The sheets the add-on keeps, and their Russian headers: the contract of SPEC.md. Columns are
// found by header text, never by position; staff may add their own columns and sheets.

export type ColumnKind =
  'text' | 'email' | 'date' | 'datetime' | 'number' | 'list' | 'checkbox' | 'topics' | 'link';

export interface ColumnDef {
  header: string;
  kind: ColumnKind;
  /** The allowed values of a `list` column (the first is the default for new rows where it applies). */
  values?: readonly string[];
  required?: boolean;
  /** Other header spellings staff or older versions used. */
  aliases?: readonly string[];
  width?: number;
}

export type SheetKey =
  | 'settings'
  | 'teachers'
  | 'mentors'
  | 'mentees'
  | 'pairs'
  | 'documents'
  | 'events'
  | 'monitoring'
  | 'practices'
  | 'publications'
  | 'roadmap'
  | 'topics'
  | 'journal'
  | 'mailLog'
  | 'service'
  | 'review'
  | 'calendar'
  | 'payReport'
  | 'plan';

export interface SheetDef {
  key: SheetKey;
  name: string;
  columns: readonly ColumnDef[];
  /** The column that identifies a row (upserts go by it). */
  keyColumn?: string;
  /** Shown to staff in the sheet's first cell note / the sidebar. */
  purpose: string;
  /**
   * Written by the add-on alone, always under the school's lock (the hidden service sheet): a save
   * needs no re-read of it to keep staff's edits.
   */
  addonOnly?: boolean;
}

export const MENTOR_STATUSES = ['Активен', 'Неактивен', 'Выбыл'] as const;
export const MENTEE_STATUSES = ['Новый', 'В паре', 'Сопровождение', 'Завершил', 'Выбыл'] as const;
/** The checkbox that keeps a pair out of re-matching (it was «Закреплена», like the order's status). */
export const LOCKED_COLUMN = 'Не менять при подборе';
export const PAIR_STATUSES = ['Предложена', 'Согласована', 'Закреплена', 'Завершена', 'Расторгнута'] as const;
/**
 * The forms of mentoring of the Ministry's 2021 recommendations (issue #19): «Индивидуальная» is the
 * traditional one; only «Групповая» is a group. Their typical terms: mentoring/texts.ts.
 */
export const MENTORING_FORMS = [
  'Индивидуальная',
  'Групповая',
  'Виртуальная',
  'Реверсивная',
  'Ситуационная',
  'Флеш (скоростная)',
  'Краткосрочная (целеполагающая)',
] as const;
export const FORMS_OF_WORK = [...MENTORING_FORMS, 'Любая'] as const;
export const PAIR_FORMS = MENTORING_FORMS;
export const TEACHER_CATEGORIES = [
  'Высшая',
  'Первая',
  'Соответствие занимаемой должности',
  'Без категории',
] as const;
export const MENTEE_CATEGORIES = [
  'Молодой специалист',
  'Новый сотрудник',
  'Педагог, испытывающий затруднения',
  'Переход на новую должность',
  'Другое',
] as const;
export const PAIR_KINDS = [
  'Опытный педагог — молодой специалист',
  'Опытный педагог — новый сотрудник',
  'Педагог — педагог',
  'Руководитель — педагог',
] as const;
export const EVENT_TYPES = [
  'Обучение наставников',
  'Консультация',
  'Обмен опытом',
  'Методические материалы',
  'Конференция',
  'Семинар',
  'Круглый стол',
] as const;
export const PUBLICATION_CHANNELS = ['Сайт', 'ВКонтакте', 'Telegram', 'Другое'] as const;
export const CALENDAR_DAY_KINDS = [
  'Нерабочий праздничный день',
  'Выходной день (перенос)',
  'Рабочий день (перенос)',
] as const;
export const END_INITIATORS = ['Наставник', 'Наставляемый', 'Школа'] as const;
export const ROADMAP_STATUSES = [
  'Выполнено',
  'В работе',
  'Не начато',
  'Просрочено',
  'В норме',
  'Требует внимания',
] as const;

const t = (header: string, extra: Partial<ColumnDef> = {}): ColumnDef => ({ header, kind: 'text', ...extra });

/** Who a person is: the same first columns in Педагоги and both banks. */
const PERSON: readonly ColumnDef[] = [
  t('ФИО', { required: true, width: 240 }),
  { header: 'Email', kind: 'email', required: true, width: 220 },
  t('Должность'),
  t('Предмет'),
  { header: 'Стаж (лет)', kind: 'number' },
];

export const SHEETS: Record<SheetKey, SheetDef> = {
  settings: {
    key: 'settings',
    name: 'Настройки',
    keyColumn: 'Параметр',
    purpose: 'Параметры школы и системы наставничества',
    columns: [
      t('Параметр', { required: true, width: 260 }),
      t('Значение', { width: 320 }),
      t('Пояснение', { width: 420 }),
    ],
  },
  teachers: {
    key: 'teachers',
    name: 'Педагоги',
    keyColumn: 'Email',
    purpose: 'Все педагогические работники школы',
    columns: [...PERSON, { header: 'Категория', kind: 'list', values: TEACHER_CATEGORIES }],
  },
  mentors: {
    key: 'mentors',
    name: 'Банк наставников',
    keyColumn: 'Email',
    purpose: 'Банк данных наставников (дорожная карта, п. 3.1)',
    columns: [
      ...PERSON,
      { header: 'Категория', kind: 'list', values: TEACHER_CATEGORIES },
      { header: 'Компетенции', kind: 'topics', width: 260 },
      t('Достижения', { width: 260 }),
      { header: 'Макс. наставляемых', kind: 'number' },
      { header: 'Согласие (дата)', kind: 'date' },
      { header: 'Обучение (дата)', kind: 'date' },
      { header: 'Статус', kind: 'list', values: MENTOR_STATUSES },
      { header: 'Дата анкеты', kind: 'datetime' },
      // Art. 351.8 ТК РФ (issue #18): the mentor's own payment rule, and the rate a percentage is of.
      t('Оплата наставничества', { width: 180 }),
      { header: 'Оклад (ставка), руб.', kind: 'number' },
    ],
  },
  mentees: {
    key: 'mentees',
    name: 'Банк наставляемых',
    keyColumn: 'Email',
    purpose: 'Банк данных наставляемых (дорожная карта, пп. 2.1, 2.2)',
    columns: [
      ...PERSON,
      { header: 'Категория наставляемого', kind: 'list', values: MENTEE_CATEGORIES },
      { header: 'Запрос (темы)', kind: 'topics', width: 260 },
      t('Запрос (описание)', { width: 320 }),
      { header: 'Форма', kind: 'list', values: FORMS_OF_WORK },
      { header: 'Дата запроса', kind: 'datetime' },
      { header: 'Статус', kind: 'list', values: MENTEE_STATUSES },
    ],
  },
  pairs: {
    key: 'pairs',
    name: 'Пары и группы',
    keyColumn: 'ID',
    purpose: 'Наставнические пары и группы (пп. 4.1, 5.1, 1.1)',
    columns: [
      t('ID', { required: true }),
      t('Наставник', { required: true, width: 260 }),
      t('Наставляемые', { required: true, width: 300 }),
      { header: 'Форма', kind: 'list', values: PAIR_FORMS },
      { header: 'Вид', kind: 'list', values: PAIR_KINDS },
      { header: 'Темы', kind: 'topics', width: 240 },
      { header: 'Начало', kind: 'date' },
      { header: 'Окончание', kind: 'date' },
      { header: 'Согласие наставника', kind: 'date' },
      t('Согласие наставляемых', { width: 200 }),
      t('Приказ', { width: 200 }),
      { header: 'Программа', kind: 'link', width: 200 },
      { header: 'Статус', kind: 'list', values: PAIR_STATUSES },
      t('Обоснование', { width: 360 }),
      // The curator's «keep this pair as it is» mark; not the status «Закреплена» an order sets.
      { header: LOCKED_COLUMN, kind: 'checkbox', aliases: ['Закреплена'] },
      // Art. 351.8 ТК РФ (issue #18): the supplementary agreement and the early end.
      { header: 'Соглашение подписано', kind: 'date' },
      { header: 'Досрочно: инициатор', kind: 'list', values: END_INITIATORS },
      { header: 'Досрочно: уведомление', kind: 'date' },
      t('Приказ о прекращении', { width: 200 }),
    ],
  },
  documents: {
    key: 'documents',
    name: 'Документы',
    keyColumn: 'Ссылка',
    purpose: 'Реестр созданных документов',
    columns: [
      t('Тип'),
      t('Номер'),
      { header: 'Дата', kind: 'date' },
      t('Название', { width: 360 }),
      { header: 'Ссылка', kind: 'link', width: 260 },
      { header: 'PDF', kind: 'link', width: 260 },
      t('Пары', { width: 200 }),
      { header: 'Создан', kind: 'datetime' },
    ],
  },
  events: {
    key: 'events',
    name: 'Мероприятия',
    purpose: 'Мероприятия дорожной карты (пп. 4.2, 6.2, 6.3)',
    columns: [
      { header: 'Дата', kind: 'date', required: true },
      { header: 'Тип', kind: 'list', values: EVENT_TYPES, required: true },
      t('Название', { required: true, width: 300 }),
      t('Участники', { width: 260 }),
      t('Ответственный'),
      t('Итог', { width: 300 }),
      { header: 'Материалы', kind: 'link', width: 240 },
      t('Публикация', { width: 200 }),
    ],
  },
  monitoring: {
    key: 'monitoring',
    name: 'Мониторинг',
    keyColumn: 'ID пары',
    purpose: 'Результаты анкетирования (п. 6.1)',
    columns: [
      t('ID пары', { required: true }),
      t('Роль'),
      { header: 'Email', kind: 'email' },
      { header: 'Дата', kind: 'datetime' },
      { header: 'Польза программы', kind: 'number' },
      { header: 'Комфорт работы', kind: 'number' },
      { header: 'Компетентность / вовлечённость', kind: 'number' },
      { header: 'Решение затруднений', kind: 'number' },
      { header: 'Понятность задач', kind: 'number' },
      t('Продолжить'),
      t('Ценное', { width: 260 }),
      t('Не хватило', { width: 260 }),
      t('Комментарий', { width: 260 }),
    ],
  },
  practices: {
    key: 'practices',
    name: 'Методическая копилка',
    purpose: 'Лучшие практики наставничества (п. 6.3)',
    columns: [
      { header: 'Дата', kind: 'date' },
      t('Название', { required: true, width: 300 }),
      t('Авторы', { width: 240 }),
      t('Пара/группа'),
      t('Описание', { width: 360 }),
      { header: 'Ссылка', kind: 'link', width: 240 },
      t('Источник', { width: 200 }),
    ],
  },
  publications: {
    key: 'publications',
    name: 'Публикации',
    purpose: 'Освещение мероприятий на сайте и в социальных сетях (п. 7.1)',
    columns: [
      { header: 'Дата', kind: 'date', required: true },
      t('Мероприятие', { width: 300 }),
      { header: 'Канал', kind: 'list', values: PUBLICATION_CHANNELS },
      { header: 'Ссылка', kind: 'link', width: 260 },
      t('Текст', { width: 400 }),
    ],
  },
  roadmap: {
    key: 'roadmap',
    name: 'Дорожная карта',
    keyColumn: 'ID',
    purpose: 'План мероприятий по реализации Положения о наставничестве',
    columns: [
      t('ID', { required: true }),
      t('Этап', { width: 220 }),
      t('Мероприятие', { width: 420 }),
      t('Срок', { width: 120 }),
      t('Ответственный', { width: 200 }),
      { header: 'Статус', kind: 'list', values: ROADMAP_STATUSES },
      t('Пояснение', { width: 420 }),
    ],
  },
  topics: {
    key: 'topics',
    name: 'Темы',
    keyColumn: 'Тема',
    purpose: 'Темы профессиональных запросов и компетенций наставников',
    columns: [t('Тема', { required: true, width: 240 }), t('Примерные мероприятия', { width: 520 })],
  },
  journal: {
    key: 'journal',
    name: 'Журнал',
    purpose: 'Действия надстройки',
    columns: [
      { header: 'Время', kind: 'datetime' },
      t('Действие', { width: 220 }),
      t('Пользователь', { width: 200 }),
      t('Подробности', { width: 520 }),
    ],
  },
  mailLog: {
    key: 'mailLog',
    name: 'Журнал рассылок',
    keyColumn: 'Ключ',
    purpose: 'Отправленные напоминания: каждое уходит один раз',
    columns: [
      { header: 'Время', kind: 'datetime' },
      t('Ключ', { width: 320 }),
      { header: 'Получатель', kind: 'email', width: 220 },
      t('Тема', { width: 360 }),
    ],
  },
  // Not in SHEET_ORDER: a hidden sheet the intake makes when it first needs it (intake/cursor.ts).
  service: {
    key: 'service',
    name: 'Служебный',
    keyColumn: 'ID листа',
    purpose: 'Служебный лист надстройки: до какой строки внесены ответы каждой формы. Не изменяйте его.',
    addonOnly: true,
    columns: [
      t('Форма'),
      { header: 'ID листа', kind: 'number' },
      t('Лист ответов', { width: 260 }),
      { header: 'Внесено по строку', kind: 'number' },
      { header: 'Время ответа', kind: 'datetime' },
    ],
  },
  // Not in SHEET_ORDER: a hidden sheet the intake makes when an answer first waits for review
  // (intake/review.ts).
  review: {
    key: 'review',
    name: 'Неизвестные ответы',
    purpose:
      'Служебный лист надстройки: ответы форм с незнакомых адресов, ждущие решения куратора на панели. Не изменяйте его.',
    addonOnly: true,
    columns: [
      t('Форма'),
      { header: 'ID листа', kind: 'number' },
      t('Лист ответов', { width: 260 }),
      { header: 'Строка', kind: 'number' },
      { header: 'Время ответа', kind: 'datetime' },
      { header: 'Email', kind: 'email', width: 220 },
      t('ФИО', { width: 220 }),
      t('Причина', { width: 360 }),
      t('Состояние'),
      t('Решение', { width: 220 }),
    ],
  },
  // Art. 351.8 ТК РФ (issue #18), src/server/labour.
  calendar: {
    key: 'calendar',
    name: 'Производственный календарь',
    keyColumn: 'Дата',
    purpose:
      'Праздники и переносы выходных дней (ст. 112 ТК РФ, постановления Правительства РФ): по ним считаются рабочие дни. Субботы и воскресенья не перечисляются. Исправляйте по опубликованному постановлению',
    columns: [
      { header: 'Дата', kind: 'date', required: true },
      { header: 'Вид дня', kind: 'list', values: CALENDAR_DAY_KINDS, width: 220 },
      t('Основание', { width: 480 }),
    ],
  },
  payReport: {
    key: 'payReport',
    name: 'Оплата наставничества',
    purpose: 'Расчёт доплаты за наставничество по месяцам для бухгалтерии (ст. 351.8 ТК РФ)',
    columns: [
      t('Месяц', { required: true }),
      t('Наставник', { width: 240 }),
      { header: 'Email', kind: 'email', width: 200 },
      t('Пара'),
      t('Срок в месяце', { width: 200 }),
      { header: 'Рабочих дней в месяце', kind: 'number' },
      { header: 'Дней наставничества', kind: 'number' },
      t('Условие оплаты', { width: 260 }),
      { header: 'Сумма, руб.', kind: 'number' },
      t('Примечание', { width: 320 }),
    ],
  },
  // The programmes' activity plans as rows (issue #19), src/server/plan.
  plan: {
    key: 'plan',
    name: 'План программ',
    purpose:
      'Мероприятия персонализированных программ наставничества и их выполнение. Наставники отмечают выполнение по своей ссылке на форму «Отметка о выполнении»; сотрудники могут вписать дату в «Выполнено» сами',
    columns: [
      t('ID пары', { required: true }),
      t('Тема', { width: 200 }),
      t('Мероприятие', { required: true, width: 360 }),
      { header: 'Срок', kind: 'date' },
      { header: 'Выполнено', kind: 'date' },
      t('Результат', { width: 300 }),
      { header: 'Ссылка', kind: 'link', width: 220 },
      { header: 'Отметил', kind: 'email', width: 200 },
      { header: 'Отмечено', kind: 'datetime' },
      t('Примечание', { width: 260 }),
    ],
  },
};

/** The order of the sheets in a new workbook. */
export const SHEET_ORDER: readonly SheetKey[] = [
  'roadmap',
  'teachers',
  'mentors',
  'mentees',
  'pairs',
  'plan',
  'documents',
  'events',
  'monitoring',
  'practices',
  'publications',
  'topics',
  'calendar',
  'payReport',
  'settings',
  'journal',
  'mailLog',
];
