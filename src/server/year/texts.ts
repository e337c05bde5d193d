// What the curator reads about starting a new school year.
import { MENTEE_STATUS } from '../schema';

export const ARCHIVE_PREFIX = (year: string) => `Архив ${year} — `;

export const REFUSAL = {
  badYear: (year: string) => `Настройки, параметр «Учебный год»: «${year}» — ожидается вид 2026/2027`,
  alreadyArchived: (year: string, sheet: string) =>
    `Учебный год ${year} уже перенесён в архив (есть лист «${sheet}»). Повторно начать новый год нельзя.`,
  notFinished: (year: string, from: string) =>
    `Учебный год ${year} ещё не закончился: начать новый учебный год можно с ${from}.`,
};

export const SUMMARY = {
  head: (from: string, to: string) => `Учебный год ${from} перенесён в архив. Новый учебный год — ${to}.`,
  sheet: (name: string, before: number, archived: number, kept: number) =>
    `${name}: было ${before}, в архив ${archived}, осталось ${kept}.`,
  archive: (name: string) => `Архив: лист «${name}».`,
  changed: (name: string, n: number, what: string) =>
    `${name}: ${what} — в ${n} ${plural(n, 'строке', 'строках', 'строках')}.`,
  statusReset: (value: string) => `статус «${value}» восстановлен`,
  cleared: (columns: string) => `очищены столбцы ${columns}`,
  kept: 'Банк наставников, Педагоги, Методическая копилка, Темы и Настройки сохранены.',
  folder: (to: string) => `Документы нового учебного года будут создаваться в подпапке «${to}».`,
};

/**
 * What the curator confirms before «Начать новый учебный год»: exactly what goes to the archive and
 * what stays (the rules of rollover.ts, in words). The sidebar shows it as is.
 */
export const CONFIRMATION = {
  archived: (year: string) =>
    `В архивные листы «Архив ${year} — …» уйдут и будут удалены с рабочих листов: все пары и группы, план программ с отметками о выполнении, результаты мониторинга (анкеты, самооценка участников, оценка куратора), мероприятия, публикации и реестр документов; из «Банк наставляемых» — все, кто в паре, завершил или выбыл (их запросы этого года выполнены); из «Банк наставников» — выбывшие.`,
  kept: 'Останутся: в «Банк наставляемых» — только ожидающие пары (статусы «Новый» и «Сопровождение») с их запросами; в «Банк наставников» — все остальные наставники, со статусом «Активен»; «Педагоги», «Методическая копилка», «Темы», «Настройки» и журналы — без изменений.',
  calendar: (next: string) =>
    `«Учебный год» станет ${next}: сроки дорожной карты перейдут на ${next} учебный год, статусы пунктов будут рассчитаны заново. Отменить это нельзя.`,
};

/** The same plan before it runs: what each sheet will keep and send to the archive, in numbers. */
export const PREVIEW = {
  head: (from: string, to: string) => `Если начать новый учебный год сейчас (${from} → ${to}):`,
  sheet: (name: string, before: number, archived: number, kept: number) => {
    const rows = `${before} ${plural(before, 'строка', 'строки', 'строк')}`;
    if (archived === 0) return `${name}: останется всё (${rows}).`;
    if (kept === 0) return `${name}: в архив уйдёт всё (${rows}).`;
    return `${name}: в архив ${archived} из ${before}, останется ${kept}.`;
  },
  empty: (name: string) => `${name}: строк нет.`,
};

/** Mentee statuses whose year is over: the row goes to the archive. */
export const MENTEE_DONE: readonly string[] = [
  MENTEE_STATUS.paired,
  MENTEE_STATUS.finished,
  MENTEE_STATUS.left,
];

function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n) % 100;
  const last = abs % 10;
  if (abs > 10 && abs < 20) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** Year on year (issue #19, item 6): the note's section and the dashboard's lines. */
export const COMPARE = {
  heading: 'Сравнение с прошлым учебным годом',
  none: (previous: string) =>
    `Данных прошлого учебного года (${previous}) в таблице нет: сравнивать не с чем.`,
  intro: (previous: string, current: string) =>
    `Показатели ${current} учебного года в сравнении с ${previous} (по архивным листам «Архив ${previous} — …»).`,
  header: (previous: string, current: string) => ['Показатель', previous, current, 'Изменение'],
  pairs: 'Пар и групп',
  completion: 'Выполнение планов программ',
  average: 'Средняя оценка участников (из 10)',
  curator: 'Средняя оценка куратора (из 10)',
  growth: 'Средний рост самооценки (из 5)',
  grew: 'Доля участников, чья самооценка выросла',
  points: (v: string) => `${v} п. п.`,
  better: {
    completion: 'выполнение планов программ',
    average: 'оценки участников',
    curator: 'оценка куратора',
    growth: 'рост самооценки участников',
    grew: 'доля участников, чья самооценка выросла',
  },
};
