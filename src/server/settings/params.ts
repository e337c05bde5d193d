// The rows of the Настройки sheet: parameter, default value, explanation. Staff edit the values;
// the add-on reads them by the parameter's name, so rows may be reordered.

export type SettingKey =
  | 'schoolFullName'
  | 'schoolShortName'
  | 'city'
  | 'directorName'
  | 'directorPosition'
  | 'directorEmail'
  | 'curatorName'
  | 'curatorPosition'
  | 'curatorEmail'
  | 'otherCurators'
  | 'schoolYear'
  | 'maxMentees'
  | 'reminderDays'
  | 'dailyHour'
  | 'remindersEnabled'
  | 'publicationDays'
  | 'remindersOwner'
  | 'lastDailyRun'
  | 'documentsFolder'
  | 'templateOrder'
  | 'templateProgramme'
  | 'templateConsentMentor'
  | 'templateConsentMentee'
  | 'formRequests'
  | 'formMentors'
  | 'formMonitoringMentee'
  | 'formMonitoringMentor'
  | 'formPlanMark'
  | 'formSelfAssessment'
  | 'formCuratorAssessment'
  | 'verifyEmail'
  | 'agreementsNeeded'
  | 'mentoringPay'
  | 'regulationDate'
  | 'regulationNumber'
  | 'templateAgreement'
  | 'templateTermination';

export interface SettingParam {
  key: SettingKey;
  name: string;
  /** Default value as written into a new sheet ('' = to be filled by the school or by setup). */
  value: string;
  note: string;
}

export const SETTING_PARAMS: readonly SettingParam[] = [
  {
    key: 'schoolFullName',
    name: 'Полное наименование школы',
    value: '',
    note: 'Как в уставе: печатается в шапке приказов и программ',
  },
  { key: 'schoolShortName', name: 'Краткое наименование', value: '', note: 'Например: МБОУ «СОШ №2»' },
  { key: 'city', name: 'Населённый пункт', value: '', note: 'Печатается в приказе под заголовком' },
  { key: 'directorName', name: 'Директор (ФИО)', value: '', note: 'Полностью: Фамилия Имя Отчество' },
  {
    key: 'directorPosition',
    name: 'Директор (должность)',
    value: 'Директор',
    note: 'Должность руководителя для подписи приказа',
  },
  {
    key: 'directorEmail',
    name: 'Директор (email)',
    value: '',
    note: 'Сюда уходит сообщение о просроченном сроке',
  },
  { key: 'curatorName', name: 'Куратор (ФИО)', value: '', note: 'Куратор наставничества, полностью' },
  {
    key: 'curatorPosition',
    name: 'Куратор (должность)',
    value: 'заместитель директора по учебно-воспитательной работе',
    note: 'Как в приказе',
  },
  {
    key: 'curatorEmail',
    name: 'Куратор (email)',
    value: '',
    note: 'Получает напоминания о сроках дорожной карты',
  },
  {
    key: 'otherCurators',
    name: 'Другие кураторы (email)',
    value: '',
    note: 'Заместитель куратора и все, кто ведёт наставничество вместе с ним, через запятую. Им, куратору и директору открывается доступ «Редактор» к папке документов и к формам',
  },
  {
    key: 'schoolYear',
    name: 'Учебный год',
    value: '',
    note: 'Например: 2026/2027. Меняется действием «Начать новый учебный год»',
  },
  {
    key: 'maxMentees',
    name: 'Макс. наставляемых на наставника',
    value: '2',
    note: 'Если у наставника не указано своё значение',
  },
  {
    key: 'reminderDays',
    name: 'Дни напоминаний',
    value: '14, 7, 1',
    note: 'За сколько дней до срока напоминать ответственному (и в день срока)',
  },
  {
    key: 'dailyHour',
    name: 'Час ежедневной проверки',
    value: '8',
    note: 'Час (0–23), в который надстройка проверяет сроки и рассылает напоминания',
  },
  { key: 'remindersEnabled', name: 'Напоминания включены', value: 'да', note: 'да / нет' },
  {
    key: 'remindersOwner',
    name: 'Напоминания отправляет',
    value: '',
    note: 'Email того, от чьего имени уходят напоминания. Меняется кнопкой «Включить напоминания» на панели',
  },
  {
    key: 'lastDailyRun',
    name: 'Последняя проверка сроков',
    value: '',
    note: 'Заполняет надстройка после ежедневной проверки: когда и что отправлено',
  },
  {
    key: 'publicationDays',
    name: 'Дней до напоминания о публикации',
    value: '7',
    note: 'Через сколько дней после мероприятия без публикации напомнить куратору',
  },
  {
    key: 'documentsFolder',
    name: 'Папка документов',
    value: '',
    note: 'Создаётся при настройке; документы года — в подпапке года',
  },
  {
    key: 'templateOrder',
    name: 'Шаблон приказа',
    value: '',
    note: 'Google Документ; можно менять текст и оформление',
  },
  {
    key: 'templateProgramme',
    name: 'Шаблон программы',
    value: '',
    note: 'Google Документ; можно менять текст и оформление',
  },
  { key: 'templateConsentMentor', name: 'Шаблон согласия наставника', value: '', note: 'Google Документ' },
  { key: 'templateConsentMentee', name: 'Шаблон согласия наставляемого', value: '', note: 'Google Документ' },
  {
    key: 'formRequests',
    name: 'Форма запросов',
    value: '',
    note: '«Профессиональные запросы педагогов» (п. 2.1)',
  },
  { key: 'formMentors', name: 'Анкета наставника', value: '', note: 'Для банка наставников (п. 3.1)' },
  {
    key: 'formMonitoringMentee',
    name: 'Мониторинг: анкета наставляемого',
    value: '',
    note: 'Анкетирование (п. 6.1)',
  },
  {
    key: 'formMonitoringMentor',
    name: 'Мониторинг: анкета наставника',
    value: '',
    note: 'Анкетирование (п. 6.1)',
  },
  {
    key: 'formPlanMark',
    name: 'Отметка о выполнении',
    value: '',
    note: 'Форма, которой наставники отмечают мероприятия программы (лист «План программ»)',
  },
  {
    key: 'formSelfAssessment',
    name: 'Самооценка педагога',
    value: '',
    note: 'Самооценка участников в начале и в конце учебного года (мониторинг, этап 2: профессиональный рост; лист «Самооценка»)',
  },
  {
    key: 'formCuratorAssessment',
    name: 'Мониторинг: оценка куратора',
    value: '',
    note: 'Анкета куратора по каждой паре в конце учебного года (мониторинг, этап 1; лист «Оценка куратора»)',
  },
  {
    key: 'verifyEmail',
    name: 'Проверять адрес отвечающего',
    value: 'да',
    note: 'да — педагоги входят в аккаунт Google, и форма сама записывает их подтверждённый адрес (рекомендуется). нет — для школ, где у педагогов нет аккаунтов Google: адрес вводят вручную, и надстройка сверяет его и ФИО с листом «Педагоги». Ответ с незнакомого адреса попадает в «Неизвестные ответы» на панели. После смены значения запустите «Первоначальная настройка»: она перестроит формы',
  },
  // Art. 351.8 ТК РФ (issue #18): src/server/labour.
  {
    key: 'agreementsNeeded',
    name: 'Дополнительные соглашения нужны',
    value: '',
    note: 'да — наставничество поручается по дополнительному соглашению к трудовому договору (ст. 351.8 ТК РФ), и пара входит в приказ только с подписанным соглашением. нет — если помощь новым педагогам уже входит в должностные обязанности и оплачивается в составе заработной платы (письмо Роструда от 02.10.2025 № ТЗ/7300-6-1). Пока не заполнено, приказ соглашений не требует, а панель напоминает решить',
  },
  {
    key: 'mentoringPay',
    name: 'Оплата наставничества',
    value: '',
    note: 'Сумма в месяц (например, 5000) или процент должностного оклада (ставки) (например, 15%). У наставника можно указать своё значение в «Банке наставников»',
  },
  {
    key: 'regulationDate',
    name: 'Положение о наставничестве (дата)',
    value: '',
    note: 'Дата приказа, которым утверждено Положение о системе наставничества школы: печатается в приказах, программах и соглашениях',
  },
  {
    key: 'regulationNumber',
    name: 'Положение о наставничестве (номер)',
    value: '',
    note: 'Номер этого приказа',
  },
  {
    key: 'templateAgreement',
    name: 'Шаблон дополнительного соглашения',
    value: '',
    note: 'Google Документ; можно менять текст и оформление',
  },
  {
    key: 'templateTermination',
    name: 'Шаблон приказа о прекращении наставничества',
    value: '',
    note: 'Google Документ; можно менять текст и оформление',
  },
];

export function paramByKey(key: SettingKey): SettingParam {
  return SETTING_PARAMS.find((p) => p.key === key) as SettingParam;
}
