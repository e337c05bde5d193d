// Every Russian phrase of the labour part (art. 351.8 ТК РФ): the production calendar, payment,
// agreements, early end and the month's pay report.
import { ruDate } from '../store/dates';

export const CALENDAR_TEXTS = {
  art112: 'ч. 1 ст. 112 ТК РФ',
  art112moved: (holiday: string) =>
    `ч. 2 ст. 112 ТК РФ: перенос выходного дня, совпавшего с праздником ${ruDate(holiday)}`,
  moved: (from: string, decree: string) => `${decree}: перенос выходного дня с ${ruDate(from)}`,
  madeWorking: (to: string, decree: string) => `${decree}: рабочий день, выходной перенесён на ${ruDate(to)}`,
  kinds: {
    holiday: 'Нерабочий праздничный день',
    dayOff: 'Выходной день (перенос)',
    workday: 'Рабочий день (перенос)',
  },
  unknownDecree: (year: number) =>
    `Постановление о переносе выходных дней на ${year} год надстройке неизвестно: в лист «Производственный календарь» внесены только праздники ст. 112 ТК РФ. Когда постановление опубликуют, добавьте перенесённые дни вручную.`,
  filled: (years: number[]) => `производственный календарь на ${years.join(' и ')} год`,
  badKind: (text: string) =>
    `«${text}» — укажите вид дня: «Нерабочий праздничный день», «Выходной день (перенос)» или «Рабочий день (перенос)»`,
};

export const PAY_TEXTS = {
  notRule: (text: string) =>
    `«${text}» — укажите сумму в рублях в месяц (например, 5000) или процент ставки (например, 15%)`,
  sum: (amount: string) => `${amount} руб. в месяц`,
  percent: (percent: string) => `${percent} % должностного оклада (ставки) в месяц`,
  conditions:
    'Доплата начисляется ежемесячно пропорционально числу рабочих дней наставничества в месяце по производственному календарю и выплачивается в сроки выплаты заработной платы; при досрочном прекращении наставничества доплата выплачивается по день его прекращения включительно.',
  noRule:
    'Не задана оплата наставничества: заполните «Оплата наставничества» на листе «Настройки» (сумма в месяц или процент ставки) или у наставника в «Банке наставников».',
  noRate: (name: string, row: number) =>
    `${name}: оплата — процент ставки, но не указан оклад (Банк наставников, строка ${row}, столбец «Оклад (ставка), руб.»)`,
};

export const AGREEMENT_TEXTS = {
  name: (pairId: string, mentor: string) => `Дополнительное соглашение — ${mentor} (${pairId})`,
  notNeeded:
    'Дополнительные соглашения не требуются: в «Настройках» указано, что наставничество входит в должностные обязанности (письмо Роструда от 02.10.2025 № ТЗ/7300-6-1).',
  noneToMake: 'Дополнительные соглашения для выбранных пар уже созданы — ссылки в разделе «Документы».',
  nothing: 'Нет пар, которым нужно дополнительное соглашение.',
  made: (n: number) => `Дополнительные соглашения созданы: ${n} — распечатайте и передайте на подпись.`,
  progress: (done: number, total: number) =>
    `Создано ${done} из ${total} ${total % 10 === 1 && total % 100 !== 11 ? 'соглашения' : 'соглашений'}…`,
  signed: (pairId: string, name: string) => `${pairId}: дополнительное соглашение с ${name} подписано.`,
  missing: (name: string) => `доп. соглашение с наставником ${name}`,
  badDate: (value: string) => `«${value}» — не дата (ожидается дд.мм.гггг).`,
  future: 'Дата подписания не может быть позже сегодняшней.',
  busy: 'Документы создаются в другом сеансе надстройки; повторите через минуту.',
};

export const END_TEXTS = {
  initiators: { mentor: 'Наставник', mentee: 'Наставляемый', school: 'Школа' },
  initiatorWords: {
    mentor: 'по инициативе наставника',
    mentee: 'по инициативе наставляемого',
    school: 'по инициативе работодателя',
  },
  badInitiator: (value: string) =>
    `«${value}» — укажите, кто просит прекратить: наставник, наставляемый или школа.`,
  badNotice: (value: string) => `«${value}» — не дата уведомления (ожидается дд.мм.гггг).`,
  noticeBeforeStart: (pairId: string, row: number, notice: string, start: string) =>
    `Пары и группы, строка ${row}, столбец «Досрочно: уведомление»: уведомление ${ruDate(notice)} раньше начала наставничества пары ${pairId} (${ruDate(start)}). Ничего не изменено.`,
  alreadyEnded: (pairId: string, row: number, status: string, end: string) =>
    `Пары и группы, строка ${row}, столбец «Статус»: пара ${pairId} уже ${status.toLowerCase()}${end ? ` (окончание ${ruDate(end)})` : ''}. Ничего не изменено.`,
  noticeAfterEnd: (pairId: string, row: number, end: string) =>
    `Пары и группы, строка ${row}, столбец «Окончание»: срок наставничества пары ${pairId} и так заканчивается ${ruDate(end)} — досрочное прекращение не нужно.`,
  noOrderNumber: 'Укажите номер приказа о прекращении наставничества.',
  badOrderDate: (value: string) => `«${value}» — не дата приказа (ожидается дд.мм.гггг).`,
  ended: (pairId: string, end: string, order: string) =>
    `${pairId}: наставничество прекращается ${ruDate(end)} (три рабочих дня после уведомления). Наставник свободен, наставляемые снова в подборе. ${order}`,
  orderMade: (name: string, url: string) => `Создан «${name}»: ${url}`,
  orderLater:
    'Приказ о прекращении будет создан при следующем нажатии «Прекратить досрочно» или кнопкой «Создать приказ о прекращении».',
  orderName: (number: string, date: string, pairId: string) =>
    `Приказ № ${number} от ${date} о прекращении наставничества (${pairId})`,
  journal: 'Досрочное прекращение наставничества',
  orderCell: (number: string, date: string) => `№ ${number} от ${ruDate(date)}`,
  noTermination: (pairId: string) => `У пары ${pairId} не записано досрочное прекращение.`,
  orderProgress: 'Создаётся приказ о прекращении наставничества…',
  orderExists: (pairId: string, url: string) =>
    `Приказ о прекращении наставничества пары ${pairId} уже создан: ${url}`,
};

export const REPORT_TEXTS = {
  badMonth: (value: string) => `«${value}» — укажите месяц в виде 2027-03.`,
  title: (month: string) => `Расчёт доплаты за наставничество за ${month}`,
  name: (month: string) => `Оплата наставничества за ${month}`,
  none: (month: string) => `За ${month} нет пар, за которые положена доплата.`,
  made: (month: string, rows: number, total: string, url: string) =>
    `Расчёт за ${month}: строк ${rows}, итого ${total} руб. Лист «Оплата наставничества» обновлён. Документ: ${url}`,
  endedEarly: (date: string) => `прекращено досрочно с ${ruDate(date)}`,
  journal: 'Расчёт оплаты наставничества',
  docProgress: 'Создаётся документ с расчётом…',
  docLater:
    'Документ с расчётом не создан: документы создаются в другом сеансе надстройки. Нажмите «Рассчитать» ещё раз через минуту — лист уже обновлён.',
};

export const LEGAL_TEXTS = {
  wrongArticle: (found: string) =>
    `ссылка «${found}»: наставничество педагогов регулирует ст. 351.8 ТК РФ — проверьте номер статьи`,
};
