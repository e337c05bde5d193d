// The placeholders a school may put in its templates: one list, with a Russian description of
// each, shown in the README and the sidebar. Names are Russian words a secretary understands.
import { withLabour } from '../labour/placeholders';
import type { DocKind } from './types';

export interface PlaceholderInfo {
  /** Without braces: 'школа' is written in a template as {{школа}}. */
  name: string;
  description: string;
  /** Documents the placeholder can be used in. */
  documents: DocKind[];
  /** When set, the placeholder belongs in a table row that repeats (once per pair, activity, …). */
  repeats?: string;
}

const ALL: DocKind[] = ['order', 'programme', 'consentMentor', 'consentMentee', 'agreement', 'termination'];
const CONSENTS: DocKind[] = ['consentMentor', 'consentMentee'];

export const DOCUMENT_TITLES: Record<DocKind, string> = {
  order: 'Приказ',
  programme: 'Программа',
  consentMentor: 'Согласие наставника',
  consentMentee: 'Согласие наставляемого',
  agreement: 'Дополнительное соглашение',
  termination: 'Приказ о прекращении наставничества',
};

// The labour documents' fields (issue #18) join at the end.
export const PLACEHOLDERS: readonly PlaceholderInfo[] = withLabour([
  { name: 'школа', description: 'Полное наименование школы', documents: ALL },
  { name: 'школа_кратко', description: 'Краткое наименование школы (МБОУ «СОШ №2»)', documents: ALL },
  { name: 'город', description: 'Город (без «г.»)', documents: ALL },
  { name: 'учебный_год', description: 'Учебный год: 2026/2027', documents: ALL },
  { name: 'директор', description: 'ФИО директора полностью', documents: ALL },
  { name: 'директор_подпись', description: 'Директор для подписи: И. О. Фамилия', documents: ALL },
  { name: 'директор_дат', description: 'Директор в дательном падеже: Иванову И. И. (кому)', documents: ALL },
  {
    name: 'должность_директора',
    description: 'Должность директора с заглавной буквы: Директор',
    documents: ALL,
  },
  {
    name: 'должность_директора_дат',
    description: 'Должность директора в дательном падеже с заглавной буквы: Директору (кому)',
    documents: ALL,
  },
  { name: 'куратор', description: 'ФИО куратора наставничества полностью', documents: ALL },
  { name: 'куратор_подпись', description: 'Куратор для подписи: И. О. Фамилия', documents: ALL },
  {
    name: 'должность_куратора',
    description: 'Должность куратора: заместитель директора по УВР',
    documents: ALL,
  },
  {
    name: 'куратор_вин',
    description: 'ФИО куратора в винительном падеже: Петрову Анну Сергеевну (кого)',
    documents: ['order'],
  },
  {
    name: 'должность_куратора_вин',
    description: 'Должность куратора в винительном падеже: заместителя директора по УВР (кого)',
    documents: ['order'],
  },
  {
    name: 'куратор_тв',
    description: 'ФИО куратора в творительном падеже: Петровой Анной Сергеевной (кем)',
    documents: ['order'],
  },
  {
    name: 'должность_куратора_тв',
    description: 'Должность куратора в творительном падеже: заместителем директора по УВР (кем)',
    documents: ['order'],
  },
  { name: 'номер_приказа', description: 'Номер приказа: 45-о', documents: ['order'] },
  { name: 'дата_приказа', description: 'Дата приказа: «01» октября 2026 г.', documents: ['order'] },
  { name: 'дата_приказа_цифрами', description: 'Дата приказа: 01.10.2026', documents: ['order'] },
  {
    name: 'срок_программ',
    description: 'Срок разработки программ наставничества: «01» ноября 2026 г.',
    documents: ['order'],
  },
  { name: 'число_пар', description: 'Число пар и групп в приказе', documents: ['order'] },
  {
    name: '№',
    description: 'Порядковый номер строки',
    documents: ['order', 'programme'],
    repeats: 'строка таблицы',
  },
  {
    name: 'наставник',
    description: 'ФИО наставника полностью',
    documents: ALL,
    repeats: 'в приказе — строка таблицы пар',
  },
  {
    name: 'должность_наставника',
    description: 'Должность наставника',
    documents: ALL,
    repeats: 'в приказе — строка таблицы пар',
  },
  {
    name: 'наставляемые',
    description: 'Наставляемый(е): ФИО, должность; несколько — через «;»',
    documents: ALL,
    repeats: 'в приказе — строка таблицы пар',
  },
  {
    name: 'форма',
    description: 'Форма наставничества: индивидуальная или групповая',
    documents: ALL,
    repeats: 'в приказе — строка таблицы пар',
  },
  {
    name: 'срок',
    description: 'Срок наставничества: с 01.10.2026 по 31.05.2027',
    documents: ALL,
    repeats: 'в приказе — строка таблицы пар',
  },
  { name: 'пара', description: 'Номер пары или группы: НП-2026-01', documents: ['programme', ...CONSENTS] },
  {
    name: 'вид',
    description: 'Вид наставничества: «педагог — педагог», …',
    documents: ['programme', ...CONSENTS],
  },
  {
    name: 'пара_или_группа',
    description: '«пары» или «группы» (в составе наставнической …)',
    documents: ['programme', ...CONSENTS],
  },
  { name: 'предмет_наставника', description: 'Предмет наставника', documents: ['programme'] },
  { name: 'стаж_наставника', description: 'Стаж наставника: 12 лет', documents: ['programme'] },
  {
    name: 'категория_наставника',
    description: 'Квалификационная категория наставника',
    documents: ['programme'],
  },
  {
    name: 'наставник_подпись',
    description: 'Наставник для подписи: И. О. Фамилия',
    documents: ['programme'],
  },
  {
    name: 'наставляемый',
    description: 'ФИО наставляемого полностью',
    documents: ['programme'],
    repeats: 'строка наставляемого (повторяется для каждого в группе)',
  },
  {
    name: 'должность_наставляемого',
    description: 'Должность наставляемого',
    documents: ['programme'],
    repeats: 'строка наставляемого',
  },
  {
    name: 'предмет_наставляемого',
    description: 'Предмет наставляемого',
    documents: ['programme'],
    repeats: 'строка наставляемого',
  },
  {
    name: 'стаж_наставляемого',
    description: 'Стаж наставляемого: 1 год',
    documents: ['programme'],
    repeats: 'строка наставляемого',
  },
  {
    name: 'категория_наставляемого',
    description: 'Квалификационная категория наставляемого',
    documents: ['programme'],
    repeats: 'строка наставляемого',
  },
  {
    name: 'наставляемый_подпись',
    description: 'Наставляемый для подписи: И. О. Фамилия',
    documents: ['programme'],
    repeats: 'строка наставляемого',
  },
  { name: 'цель', description: 'Цель программы (из запроса наставляемого)', documents: ['programme'] },
  { name: 'запрос', description: 'Запрос наставляемого своими словами', documents: ['programme'] },
  { name: 'темы', description: 'Темы запроса через запятую', documents: ['programme'] },
  { name: 'задача', description: 'Задача программы', documents: ['programme'], repeats: 'строка задачи' },
  { name: 'тема', description: 'Тема мероприятия плана', documents: ['programme'], repeats: 'строка плана' },
  {
    name: 'содержание',
    description: 'Содержание мероприятия',
    documents: ['programme'],
    repeats: 'строка плана',
  },
  {
    name: 'форма_работы',
    description: 'Форма работы: консультация, …',
    documents: ['programme'],
    repeats: 'строка плана',
  },
  {
    name: 'сроки',
    description: 'Месяц проведения: октябрь 2026 г.',
    documents: ['programme'],
    repeats: 'строка плана',
  },
  {
    name: 'результат',
    description: 'Ожидаемый результат мероприятия',
    documents: ['programme'],
    repeats: 'строка плана',
  },
  { name: 'ожидаемые_результаты', description: 'Ожидаемые результаты программы', documents: ['programme'] },
  {
    name: 'ознакомлен',
    description: 'Ознакомленный с приказом: Фамилия И. О.',
    documents: ['order'],
    repeats: 'строка листа ознакомления',
  },
  {
    name: 'должность_ознакомленного',
    description: 'Должность ознакомленного с приказом',
    documents: ['order'],
    repeats: 'строка листа ознакомления',
  },
  { name: 'участник', description: 'ФИО того, кто даёт согласие, полностью', documents: CONSENTS },
  { name: 'участник_род', description: 'Он же в родительном падеже: от Петровой А. С.', documents: CONSENTS },
  { name: 'участник_подпись', description: 'Он же для подписи: И. О. Фамилия', documents: CONSENTS },
  { name: 'должность_участника', description: 'Его должность', documents: CONSENTS },
  {
    name: 'должность_участника_род',
    description: 'Его должность в родительном падеже: учителя математики',
    documents: CONSENTS,
  },
  { name: 'роль', description: '«наставника» или «наставляемого» (в качестве …)', documents: CONSENTS },
  {
    name: 'состав',
    description: 'С кем пара: «наставник Иванова М. П.» или «наставляемые: …»',
    documents: CONSENTS,
  },
]);

const BRACES = /\{\{\s*([^{}\n]*?)\s*\}\}/g;

/** Names of the {{placeholders}} in a text, each once, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(BRACES)) seen.add(match[1]);
  return [...seen];
}

/** How names are compared: case and spaces do not matter, ё is е. */
export function placeholderKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

/** Placeholders in `text` that are not among `known`, as written. */
export function unknownPlaceholders(text: string, known: Iterable<string>): string[] {
  const keys = new Set([...known].map(placeholderKey));
  return findPlaceholders(text).filter((name) => !keys.has(placeholderKey(name)));
}

/** The dictionary entries usable in one kind of document. */
export function placeholdersFor(kind: DocKind): PlaceholderInfo[] {
  return PLACEHOLDERS.filter((p) => p.documents.includes(kind));
}

/** `{{name}}` */
export function token(name: string): string {
  return `{{${name}}}`;
}

/** The list for the sidebar: per document, each field as written in a template with its meaning. */
export function placeholderHelp(): Array<{
  document: string;
  fields: Array<{ token: string; description: string }>;
}> {
  return (Object.keys(DOCUMENT_TITLES) as DocKind[]).map((kind) => ({
    document: DOCUMENT_TITLES[kind],
    fields: placeholdersFor(kind).map((p) => ({
      token: token(p.name),
      description: p.repeats ? `${p.description} (${p.repeats})` : p.description,
    })),
  }));
}

/** The same list as a Markdown table, for the README. */
export function placeholdersMarkdown(): string {
  const lines = ['| Поле | Что подставляется | Документы |', '|---|---|---|'];
  for (const p of PLACEHOLDERS) {
    const where = p.documents.map((d) => DOCUMENT_TITLES[d]).join(', ');
    const note = p.repeats ? ` (${p.repeats})` : '';
    lines.push(`| \`${token(p.name)}\` | ${p.description}${note} | ${where} |`);
  }
  return lines.join('\n');
}
