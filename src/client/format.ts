// Pure text helpers of the sidebar: dates, days left, the Russian plural, settings checks that
// mirror the server's (src/server/settings), so a mistake is caught before the round trip.

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

/** 1 пара, 2 пары, 5 пар. */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
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

// The same pattern as isEmail() in src/server/shared/text.ts.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

const EMAIL_SETTINGS = ['directorEmail', 'curatorEmail', 'remindersOwner'];
const INTEGER_SETTINGS: Record<string, [number, number]> = {
  maxMentees: [1, 20],
  dailyHour: [0, 23],
  publicationDays: [1, 365],
};

/** The problem with one setting's value, as the server would word it, or '' when it is fine. */
export function settingProblem(key: string, value: string): string {
  const text = value.trim();
  if (EMAIL_SETTINGS.includes(key)) {
    return text && !isEmail(text) ? `«${text}» — не похоже на адрес электронной почты` : '';
  }
  const range = INTEGER_SETTINGS[key];
  if (range) {
    if (!text) return '';
    const n = Number(text.replace(',', '.'));
    return Number.isInteger(n) && n >= range[0] && n <= range[1]
      ? ''
      : `«${text}» — нужно целое число от ${range[0]} до ${range[1]}`;
  }
  if (key === 'reminderDays') {
    const days = text.split(/[,;\s]+/).filter((s) => s !== '');
    return days.every((d) => Number.isInteger(Number(d)) && Number(d) >= 1 && Number(d) <= 60)
      ? ''
      : `«${text}» — нужны числа дней через запятую, например 14, 7, 1`;
  }
  if (key === 'schoolYear') {
    if (!text) return '';
    const ok = /^\d{4}\/\d{4}$/.test(text) && Number(text.slice(5)) === Number(text.slice(0, 4)) + 1;
    return ok ? '' : `«${text}» — ожидается вид 2026/2027`;
  }
  return '';
}

/** «Лист «Пары и группы», строка 5» for a cell link. */
export function placeText(link: { sheet: string; row: number; column?: string }): string {
  const column = link.column ? `, столбец «${link.column}»` : '';
  return link.row > 0 ? `лист «${link.sheet}», строка ${link.row}${column}` : `лист «${link.sheet}»`;
}
