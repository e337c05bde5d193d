// The fields of the two labour templates, for the list of placeholders (documents/placeholders.ts):
// a field the other documents have already gains these documents; a new one is added.
import type { PlaceholderInfo } from '../documents/placeholders';
import type { DocKind } from '../documents/types';

const A: DocKind[] = ['agreement'];
const T: DocKind[] = ['termination'];
const BOTH: DocKind[] = ['agreement', 'termination'];

const LABOUR_PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: 'пара', description: 'Номер пары или группы: НП-2026-01', documents: BOTH },
  { name: 'пара_или_группа', description: '«пары» или «группы»', documents: BOTH },
  {
    name: 'положение',
    description:
      'Реквизиты Положения о наставничестве из «Настроек»: « от 29.08.2025 № 112-о» (пишется сразу после названия школы)',
    documents: ['order', 'programme', 'consentMentor', 'consentMentee', 'agreement', 'termination'],
  },
  { name: 'директор_род', description: 'ФИО директора в родительном падеже (в лице кого)', documents: A },
  {
    name: 'должность_директора_род',
    description: 'Должность директора в родительном падеже: директора (в лице кого)',
    documents: A,
  },
  { name: 'наставник_подпись', description: 'Наставник для подписи: И. О. Фамилия', documents: A },
  { name: 'действующего', description: '«действующего» или «действующей» — по директору', documents: A },
  { name: 'именуемый', description: '«именуемый» или «именуемая» — по наставнику', documents: A },
  {
    name: 'наставляемый',
    description: 'ФИО наставляемого полностью',
    documents: A,
    repeats: 'строка наставляемого',
  },
  {
    name: 'должность_наставляемого',
    description: 'Должность наставляемого',
    documents: A,
    repeats: 'строка наставляемого',
  },
  {
    name: 'запрос_наставляемого',
    description: 'Профессиональный запрос наставляемого (темы и описание)',
    documents: A,
    repeats: 'строка наставляемого',
  },
  {
    name: 'оплата',
    description: 'Размер доплаты: «5 000,00 руб. в месяц» или «15 % должностного оклада (ставки) в месяц»',
    documents: A,
  },
  { name: 'условия_оплаты', description: 'Условия выплаты доплаты', documents: A },
  {
    name: 'куратор_дат',
    description: 'ФИО куратора в дательном падеже: Петровой Анне Сергеевне (кому)',
    documents: T,
  },
  { name: 'номер_приказа', description: 'Номер приказа: 45-о', documents: T },
  { name: 'дата_приказа', description: 'Дата приказа: «01» октября 2026 г.', documents: T },
  {
    name: 'основание',
    description: 'Основание: заявление наставника или наставляемого, уведомление работодателя',
    documents: T,
  },
  {
    name: 'инициатива',
    description: '«по инициативе наставляемого», «по инициативе наставника» или работодателя',
    documents: T,
  },
  {
    name: 'приказ_о_закреплении',
    description: 'Приказ, которым пара закреплена: «приказом № 45-о от 01.10.2026»',
    documents: T,
  },
  {
    name: 'дата_прекращения',
    description: 'Дата прекращения наставничества: три рабочих дня после уведомления',
    documents: T,
  },
  {
    name: 'о_доплате',
    description: 'Пункт о прекращении доплаты (или о передаче материалов, если доплаты нет)',
    documents: T,
  },
  {
    name: 'ознакомлен',
    description: 'ФИО ознакомленного с приказом: Иванова М. П.',
    documents: T,
    repeats: 'строка листа ознакомления',
  },
  {
    name: 'должность_ознакомленного',
    description: 'Должность ознакомленного с приказом',
    documents: T,
    repeats: 'строка листа ознакомления',
  },
];

/** The list with the labour documents added to the fields they share and the new fields appended. */
export function withLabour(list: PlaceholderInfo[]): PlaceholderInfo[] {
  const byName = new Map(list.map((p) => [p.name, p]));
  const added: PlaceholderInfo[] = [];
  for (const extra of LABOUR_PLACEHOLDERS) {
    const known = byName.get(extra.name);
    if (known) known.documents = [...new Set([...known.documents, ...extra.documents])];
    else added.push({ ...extra, documents: [...extra.documents] });
  }
  return [...list, ...added];
}
