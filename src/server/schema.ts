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

/** A sheet's columns by English key, in the sheet's order. */
export type Columns = { readonly [key: string]: ColumnDef };

export interface SheetDef<K extends string = string, C extends Columns = Columns> {
  key: K;
  name: string;
  columns: C;
  /**
   * The key of the column that identifies a row (the store's merge finds a moved row by it); one of
   * `columns`' keys, which `sheet()` checks.
   */
  keyColumn?: string;
  /** Shown to staff in the sheet's first cell note / the sidebar. */
  purpose: string;
  /**
   * Written by the add-on alone, always under the school's lock (the hidden service sheet): a save
   * needs no re-read of it to keep staff's edits.
   */
  addonOnly?: boolean;
}

// Statuses code compares are named here; the list a column offers is the values in this order.
export const MENTOR_STATUS = { active: 'Активен', inactive: 'Неактивен', left: 'Выбыл' } as const;
export const MENTOR_STATUSES = Object.values(MENTOR_STATUS);
export const MENTEE_STATUS = {
  new: 'Новый',
  paired: 'В паре',
  supported: 'Сопровождение',
  finished: 'Завершил',
  left: 'Выбыл',
} as const;
export const MENTEE_STATUSES = Object.values(MENTEE_STATUS);
/** A mentee whose request is over: not matched, not waiting. */
export const CLOSED_MENTEE_STATUSES: readonly string[] = [MENTEE_STATUS.finished, MENTEE_STATUS.left];
/** The checkbox that keeps a pair out of re-matching (it was «Закреплена», like the order's status). */
export const LOCKED_COLUMN = 'Не менять при подборе';
/** «Закреплена» is the status an order sets (the pair is in an order), not the checkbox above. */
export const PAIR_STATUS = {
  proposed: 'Предложена',
  agreed: 'Согласована',
  locked: 'Закреплена',
  finished: 'Завершена',
  terminated: 'Расторгнута',
} as const;
export const PAIR_STATUSES = Object.values(PAIR_STATUS);
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
/** The stages of the self-assessment (issue #19), as monitoring/texts.ts STAGE_NAMES spells them. */
export const SELF_ASSESSMENT_STAGES = ['Начало года', 'Конец года'] as const;
export const ROADMAP_STATUS = {
  done: 'Выполнено',
  inProgress: 'В работе',
  notStarted: 'Не начато',
  overdue: 'Просрочено',
  ok: 'В норме',
  attention: 'Требует внимания',
} as const;
export const ROADMAP_STATUSES = Object.values(ROADMAP_STATUS);

/** A column: its Russian header and kind (text unless said). */
const col = (header: string, extra: Partial<Omit<ColumnDef, 'header'>> = {}): ColumnDef => ({
  header,
  kind: 'text',
  ...extra,
});

/**
 * A sheet's definition. Its columns are keyed by an English name, in the sheet's order (object keys
 * keep their order); code names a column by that key, the sheet by its header (ColumnKey below).
 */
function sheet<const K extends string, C extends Columns>(
  def: SheetDef<K, C> & { keyColumn?: NoInfer<keyof C & string> },
): SheetDef<K, C> {
  return def;
}

/** Who a person is: the same first columns in Педагоги and both banks. */
const PERSON = {
  name: col('ФИО', { required: true, width: 240 }),
  email: col('Email', { kind: 'email', required: true, width: 220 }),
  position: col('Должность'),
  subject: col('Предмет'),
  experience: col('Стаж (лет)', { kind: 'number' }),
};

export const SHEETS = {
  settings: sheet({
    key: 'settings',
    name: 'Настройки',
    keyColumn: 'param',
    purpose: 'Параметры школы и системы наставничества',
    columns: {
      param: col('Параметр', { required: true, width: 260 }),
      value: col('Значение', { width: 320 }),
      note: col('Пояснение', { width: 420 }),
    },
  }),
  teachers: sheet({
    key: 'teachers',
    name: 'Педагоги',
    keyColumn: 'email',
    purpose: 'Все педагогические работники школы',
    columns: { ...PERSON, category: col('Категория', { kind: 'list', values: TEACHER_CATEGORIES }) },
  }),
  mentors: sheet({
    key: 'mentors',
    name: 'Банк наставников',
    keyColumn: 'email',
    purpose: 'Банк данных наставников (дорожная карта, п. 3.1)',
    columns: {
      ...PERSON,
      category: col('Категория', { kind: 'list', values: TEACHER_CATEGORIES }),
      competences: col('Компетенции', { kind: 'topics', width: 260 }),
      achievements: col('Достижения', { width: 260 }),
      maxMentees: col('Макс. наставляемых', { kind: 'number' }),
      consentDate: col('Согласие (дата)', { kind: 'date' }),
      trainingDate: col('Обучение (дата)', { kind: 'date' }),
      status: col('Статус', { kind: 'list', values: MENTOR_STATUSES }),
      formDate: col('Дата анкеты', { kind: 'datetime' }),
      // Art. 351.8 ТК РФ (issue #18): the mentor's own payment rule, and the rate a percentage is of.
      payRule: col('Оплата наставничества', { width: 180 }),
      salary: col('Оклад (ставка), руб.', { kind: 'number' }),
    },
  }),
  mentees: sheet({
    key: 'mentees',
    name: 'Банк наставляемых',
    keyColumn: 'email',
    purpose: 'Банк данных наставляемых (дорожная карта, пп. 2.1, 2.2)',
    columns: {
      ...PERSON,
      category: col('Категория наставляемого', { kind: 'list', values: MENTEE_CATEGORIES }),
      topics: col('Запрос (темы)', { kind: 'topics', width: 260 }),
      request: col('Запрос (описание)', { width: 320 }),
      form: col('Форма', { kind: 'list', values: FORMS_OF_WORK }),
      requestDate: col('Дата запроса', { kind: 'datetime' }),
      status: col('Статус', { kind: 'list', values: MENTEE_STATUSES }),
    },
  }),
  pairs: sheet({
    key: 'pairs',
    name: 'Пары и группы',
    keyColumn: 'id',
    purpose: 'Наставнические пары и группы (пп. 4.1, 5.1, 1.1)',
    columns: {
      id: col('ID', { required: true }),
      mentor: col('Наставник', { required: true, width: 260 }),
      mentees: col('Наставляемые', { required: true, width: 300 }),
      form: col('Форма', { kind: 'list', values: PAIR_FORMS }),
      kind: col('Вид', { kind: 'list', values: PAIR_KINDS }),
      topics: col('Темы', { kind: 'topics', width: 240 }),
      start: col('Начало', { kind: 'date' }),
      end: col('Окончание', { kind: 'date' }),
      mentorConsent: col('Согласие наставника', { kind: 'date' }),
      menteeConsent: col('Согласие наставляемых', { width: 200 }),
      order: col('Приказ', { width: 200 }),
      programme: col('Программа', { kind: 'link', width: 200 }),
      status: col('Статус', { kind: 'list', values: PAIR_STATUSES }),
      reason: col('Обоснование', { width: 360 }),
      // The curator's «keep this pair as it is» mark; not the status «Закреплена» an order sets.
      fixed: col(LOCKED_COLUMN, { kind: 'checkbox', aliases: ['Закреплена'] }),
      // Art. 351.8 ТК РФ (issue #18): the supplementary agreement and the early end.
      agreementSigned: col('Соглашение подписано', { kind: 'date' }),
      endInitiator: col('Досрочно: инициатор', { kind: 'list', values: END_INITIATORS }),
      endNotice: col('Досрочно: уведомление', { kind: 'date' }),
      endOrder: col('Приказ о прекращении', { width: 200 }),
    },
  }),
  documents: sheet({
    key: 'documents',
    name: 'Документы',
    keyColumn: 'link',
    purpose: 'Реестр созданных документов',
    columns: {
      type: col('Тип'),
      number: col('Номер'),
      date: col('Дата', { kind: 'date' }),
      title: col('Название', { width: 360 }),
      link: col('Ссылка', { kind: 'link', width: 260 }),
      pdf: col('PDF', { kind: 'link', width: 260 }),
      pairs: col('Пары', { width: 200 }),
      created: col('Создан', { kind: 'datetime' }),
    },
  }),
  events: sheet({
    key: 'events',
    name: 'Мероприятия',
    purpose: 'Мероприятия дорожной карты (пп. 4.2, 6.2, 6.3)',
    columns: {
      date: col('Дата', { kind: 'date', required: true }),
      type: col('Тип', { kind: 'list', values: EVENT_TYPES, required: true }),
      title: col('Название', { required: true, width: 300 }),
      participants: col('Участники', { width: 260 }),
      responsible: col('Ответственный'),
      result: col('Итог', { width: 300 }),
      materials: col('Материалы', { kind: 'link', width: 240 }),
      publication: col('Публикация', { width: 200 }),
    },
  }),
  monitoring: sheet({
    key: 'monitoring',
    name: 'Мониторинг',
    keyColumn: 'pairId',
    purpose: 'Результаты анкетирования (п. 6.1)',
    columns: {
      pairId: col('ID пары', { required: true }),
      role: col('Роль'),
      email: col('Email', { kind: 'email' }),
      date: col('Дата', { kind: 'datetime' }),
      usefulness: col('Польза программы', { kind: 'number' }),
      comfort: col('Комфорт работы', { kind: 'number' }),
      competence: col('Компетентность / вовлечённость', { kind: 'number' }),
      resolved: col('Решение затруднений', { kind: 'number' }),
      clarity: col('Понятность задач', { kind: 'number' }),
      continue: col('Продолжить'),
      valuable: col('Ценное', { width: 260 }),
      missing: col('Не хватило', { width: 260 }),
      comment: col('Комментарий', { width: 260 }),
    },
  }),
  practices: sheet({
    key: 'practices',
    name: 'Методическая копилка',
    purpose: 'Лучшие практики наставничества (п. 6.3)',
    columns: {
      date: col('Дата', { kind: 'date' }),
      title: col('Название', { required: true, width: 300 }),
      authors: col('Авторы', { width: 240 }),
      pair: col('Пара/группа'),
      description: col('Описание', { width: 360 }),
      link: col('Ссылка', { kind: 'link', width: 240 }),
      source: col('Источник', { width: 200 }),
    },
  }),
  publications: sheet({
    key: 'publications',
    name: 'Публикации',
    purpose: 'Освещение мероприятий на сайте и в социальных сетях (п. 7.1)',
    columns: {
      date: col('Дата', { kind: 'date', required: true }),
      event: col('Мероприятие', { width: 300 }),
      channel: col('Канал', { kind: 'list', values: PUBLICATION_CHANNELS }),
      link: col('Ссылка', { kind: 'link', width: 260 }),
      text: col('Текст', { width: 400 }),
    },
  }),
  roadmap: sheet({
    key: 'roadmap',
    name: 'Дорожная карта',
    keyColumn: 'id',
    purpose: 'План мероприятий по реализации Положения о наставничестве',
    columns: {
      id: col('ID', { required: true }),
      stage: col('Этап', { width: 220 }),
      activity: col('Мероприятие', { width: 420 }),
      due: col('Срок', { width: 120 }),
      responsible: col('Ответственный', { width: 200 }),
      status: col('Статус', { kind: 'list', values: ROADMAP_STATUSES }),
      note: col('Пояснение', { width: 420 }),
    },
  }),
  topics: sheet({
    key: 'topics',
    name: 'Темы',
    keyColumn: 'topic',
    purpose: 'Темы профессиональных запросов и компетенций наставников',
    columns: {
      topic: col('Тема', { required: true, width: 240 }),
      activities: col('Примерные мероприятия', { width: 520 }),
    },
  }),
  journal: sheet({
    key: 'journal',
    name: 'Журнал',
    purpose: 'Действия надстройки',
    columns: {
      time: col('Время', { kind: 'datetime' }),
      action: col('Действие', { width: 220 }),
      user: col('Пользователь', { width: 200 }),
      details: col('Подробности', { width: 520 }),
    },
  }),
  mailLog: sheet({
    key: 'mailLog',
    name: 'Журнал рассылок',
    keyColumn: 'key',
    purpose: 'Отправленные напоминания: каждое уходит один раз',
    columns: {
      time: col('Время', { kind: 'datetime' }),
      key: col('Ключ', { width: 320 }),
      recipient: col('Получатель', { kind: 'email', width: 220 }),
      subject: col('Тема', { width: 360 }),
    },
  }),
  // Not in SHEET_ORDER: a hidden sheet the intake makes when it first needs it (intake/cursor.ts).
  service: sheet({
    key: 'service',
    name: 'Служебный',
    keyColumn: 'sheetId',
    purpose: 'Служебный лист надстройки: до какой строки внесены ответы каждой формы. Не изменяйте его.',
    addonOnly: true,
    columns: {
      form: col('Форма'),
      sheetId: col('ID листа', { kind: 'number' }),
      sheetName: col('Лист ответов', { width: 260 }),
      row: col('Внесено по строку', { kind: 'number' }),
      answerTime: col('Время ответа', { kind: 'datetime' }),
    },
  }),
  // Not in SHEET_ORDER: a hidden sheet the intake makes when an answer first waits for review
  // (intake/review.ts).
  review: sheet({
    key: 'review',
    name: 'Неизвестные ответы',
    purpose:
      'Служебный лист надстройки: ответы форм с незнакомых адресов, ждущие решения куратора на панели. Не изменяйте его.',
    addonOnly: true,
    columns: {
      form: col('Форма'),
      sheetId: col('ID листа', { kind: 'number' }),
      sheetName: col('Лист ответов', { width: 260 }),
      row: col('Строка', { kind: 'number' }),
      answerTime: col('Время ответа', { kind: 'datetime' }),
      email: col('Email', { kind: 'email', width: 220 }),
      name: col('ФИО', { width: 220 }),
      reason: col('Причина', { width: 360 }),
      state: col('Состояние'),
      decision: col('Решение', { width: 220 }),
    },
  }),
  // Art. 351.8 ТК РФ (issue #18), src/server/labour.
  calendar: sheet({
    key: 'calendar',
    name: 'Производственный календарь',
    keyColumn: 'date',
    purpose:
      'Праздники и переносы выходных дней (ст. 112 ТК РФ, постановления Правительства РФ): по ним считаются рабочие дни. Субботы и воскресенья не перечисляются. Исправляйте по опубликованному постановлению',
    columns: {
      date: col('Дата', { kind: 'date', required: true }),
      kind: col('Вид дня', { kind: 'list', values: CALENDAR_DAY_KINDS, width: 220 }),
      basis: col('Основание', { width: 480 }),
    },
  }),
  payReport: sheet({
    key: 'payReport',
    name: 'Оплата наставничества',
    purpose: 'Расчёт доплаты за наставничество по месяцам для бухгалтерии (ст. 351.8 ТК РФ)',
    columns: {
      month: col('Месяц', { required: true }),
      mentor: col('Наставник', { width: 240 }),
      email: col('Email', { kind: 'email', width: 200 }),
      pair: col('Пара'),
      term: col('Срок в месяце', { width: 200 }),
      workdays: col('Рабочих дней в месяце', { kind: 'number' }),
      days: col('Дней наставничества', { kind: 'number' }),
      rule: col('Условие оплаты', { width: 260 }),
      sum: col('Сумма, руб.', { kind: 'number' }),
      note: col('Примечание', { width: 320 }),
    },
  }),
  // The programmes' activity plans as rows (issue #19), src/server/plan.
  plan: sheet({
    key: 'plan',
    name: 'План программ',
    purpose:
      'Мероприятия персонализированных программ наставничества и их выполнение. Наставники отмечают выполнение по своей ссылке на форму «Отметка о выполнении»; сотрудники могут вписать дату в «Выполнено» сами',
    columns: {
      pairId: col('ID пары', { required: true }),
      topic: col('Тема', { width: 200 }),
      activity: col('Мероприятие', { required: true, width: 360 }),
      planned: col('Срок', { kind: 'date' }),
      done: col('Выполнено', { kind: 'date' }),
      result: col('Результат', { width: 300 }),
      link: col('Ссылка', { kind: 'link', width: 220 }),
      markedBy: col('Отметил', { kind: 'email', width: 200 }),
      markedAt: col('Отмечено', { kind: 'datetime' }),
      note: col('Примечание', { width: 260 }),
    },
  }),
  // Two-stage monitoring (issue #19): stage 1's curator's questionnaire, one row per pair and curator;
  // stage 2's self-assessment, one row per person and stage (src/server/monitoring, actions/stages.ts).
  curatorAssessment: sheet({
    key: 'curatorAssessment',
    name: 'Оценка куратора',
    keyColumn: 'pairId',
    purpose:
      'Мониторинг, этап 1: оценка куратором реализации программы каждой пары по итогам года (форма «Мониторинг: оценка куратора», оценки от 1 до 10). Учитываются ответы кураторов, указанных в «Настройках»',
    columns: {
      pairId: col('ID пары', { required: true }),
      email: col('Email', { kind: 'email', width: 200 }),
      date: col('Дата', { kind: 'datetime' }),
      plan: col('Выполнение плана', { kind: 'number' }),
      meetings: col('Регулярность работы', { kind: 'number' }),
      goals: col('Достижение целей', { kind: 'number' }),
      growth: col('Рост наставляемого', { kind: 'number' }),
      materials: col('Материалы и отчётность', { kind: 'number' }),
      recommendation: col('Рекомендация', { width: 260 }),
      comment: col('Комментарий', { width: 320 }),
    },
  }),
  selfAssessment: sheet({
    key: 'selfAssessment',
    name: 'Самооценка',
    keyColumn: 'email',
    purpose:
      'Мониторинг, этап 2: самооценка участников пар и групп в начале и в конце учебного года (форма «Самооценка педагога», оценки от 1 до 5); рост — разница между ними',
    columns: {
      email: col('Email', { kind: 'email', required: true, width: 220 }),
      name: col('ФИО', { width: 240 }),
      stage: col('Этап', { kind: 'list', values: SELF_ASSESSMENT_STAGES }),
      date: col('Дата', { kind: 'datetime' }),
      planning: col('Планирование уроков', { kind: 'number' }),
      methods: col('Методы обучения', { kind: 'number' }),
      classroom: col('Работа с классом', { kind: 'number' }),
      assessment: col('Оценивание', { kind: 'number' }),
      parents: col('Взаимодействие с родителями', { kind: 'number' }),
      confidence: col('Профессиональная уверенность', { kind: 'number' }),
    },
  }),
};

/** The add-on's sheets by key (`SHEETS.pairs`); each definition's `key` is its own key. */
export type SheetKey = keyof typeof SHEETS;
/** Every definition carries its own key (checked when compiled). */
export const SHEET_DEFS: { readonly [K in SheetKey]: SheetDef<K> } = SHEETS;

/** The English key of a column of sheet K: a typo, or another sheet's column, does not compile. */
export type ColumnKey<K extends SheetKey> = keyof (typeof SHEETS)[K]['columns'] & string;

/** A row to write, by column key. */
export type RowValues<K extends SheetKey> = Partial<Record<ColumnKey<K>, unknown>>;

/** The columns of a sheet in their order. */
export function columnsOf(def: SheetDef): ColumnDef[] {
  return Object.values(def.columns);
}

/** The column keys of a sheet in their order. */
export function columnKeys<K extends SheetKey>(key: K): Array<ColumnKey<K>> {
  return Object.keys(SHEETS[key].columns) as Array<ColumnKey<K>>;
}

/** A sheet's headers by column key (the names people read in messages about its cells). */
export function headerMap<K extends SheetKey>(key: K): { readonly [C in ColumnKey<K>]: string } {
  const def: SheetDef = SHEETS[key];
  return Object.fromEntries(Object.entries(def.columns).map(([k, c]) => [k, c.header])) as {
    readonly [C in ColumnKey<K>]: string;
  };
}

/** The headers of a sheet in their order (a new sheet's first row). */
export function headersOf(def: SheetDef): string[] {
  return columnsOf(def).map((c) => c.header);
}

/** A column's definition by key; a key the schema does not know throws (it is a bug, not data). */
export function columnOf(def: SheetDef, key: string): ColumnDef {
  if (!Object.prototype.hasOwnProperty.call(def.columns, key)) {
    throw new Error(`${def.name}: column ${key} is not in the schema`);
  }
  return def.columns[key];
}

/** A row by column key → the same row by header (what the store writes and merges by). */
export function byHeader(def: SheetDef, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) out[columnOf(def, key).header] = value;
  return out;
}

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
  'curatorAssessment',
  'selfAssessment',
  'practices',
  'publications',
  'topics',
  'calendar',
  'payReport',
  'settings',
  'journal',
  'mailLog',
];
