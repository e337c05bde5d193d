// Pure text helpers of the sidebar: dates, days left, status colours. The Russian plural, the
// address check and the settings checks are the server's own (one source for each rule), so a
// mistake is caught before the round trip exactly as the server would word it.
export { plural } from '../server/shared/plural';
export { isEmail } from '../server/shared/text';
export { settingProblem } from '../server/settings/check';

/** yyyy-mm-dd → дд.мм.гггг; other text is returned as it is. */
export function ruDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Today in the browser's time zone as yyyy-mm-dd (the default of date inputs). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** «через 7 дн.», «сегодня», «просрочено на 2 дн.»; '' when the item has no date. */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft > 0) return `через ${daysLeft} дн.`;
  if (daysLeft === 0) return 'сегодня';
  return `просрочено на ${-daysLeft} дн.`;
}

/** The CSS class of a roadmap status colour. */
export function statusClass(status: string): string {
  switch (status) {
    case 'Выполнено':
    case 'В норме':
      return 'st-ok';
    case 'В работе':
      return 'st-work';
    case 'Просрочено':
      return 'st-bad';
    case 'Требует внимания':
      return 'st-warn';
    default:
      return 'st-none';
  }
}

/** «Лист «Пары и группы», строка 5» for a cell link. */
export function placeText(link: { sheet: string; row: number; column?: string }): string {
  const column = link.column ? `, столбец «${link.column}»` : '';
  return link.row > 0 ? `лист «${link.sheet}», строка ${link.row}${column}` : `лист «${link.sheet}»`;
}
