// What the curator reads about long work: progress, what is left and when it goes on.
import { plural } from '../shared/plural';
import { isMailJob, type JobKind, type Quota } from './types';

interface Noun {
  /** 1 программа, 2 программы, 5 программ */
  forms: [string, string, string];
  /** из 1 программы, из 5 программ */
  genitive: [string, string];
  gender: 'm' | 'f' | 'n';
}

const NOUNS: Record<JobKind, Noun> = {
  programmes: {
    forms: ['программа', 'программы', 'программ'],
    genitive: ['программы', 'программ'],
    gender: 'f',
  },
  consents: {
    forms: ['бланк согласия', 'бланка согласия', 'бланков согласий'],
    genitive: ['бланка согласия', 'бланков согласий'],
    gender: 'm',
  },
  order: { forms: ['приказ', 'приказа', 'приказов'], genitive: ['приказа', 'приказов'], gender: 'm' },
  note: { forms: ['справка', 'справки', 'справок'], genitive: ['справки', 'справок'], gender: 'f' },
  requests: { forms: ['письмо', 'письма', 'писем'], genitive: ['письма', 'писем'], gender: 'n' },
  mentors: { forms: ['письмо', 'письма', 'писем'], genitive: ['письма', 'писем'], gender: 'n' },
  questionnaires: { forms: ['письмо', 'письма', 'писем'], genitive: ['письма', 'писем'], gender: 'n' },
  selfStart: { forms: ['письмо', 'письма', 'писем'], genitive: ['письма', 'писем'], gender: 'n' },
  selfEnd: { forms: ['письмо', 'письма', 'писем'], genitive: ['письма', 'писем'], gender: 'n' },
};

const count = (n: number, kind: JobKind) => `${n} ${plural(n, ...NOUNS[kind].forms)}`;
const genitive = (n: number, kind: JobKind) => {
  const [one, many] = NOUNS[kind].genitive;
  return plural(n, one, many, many);
};
const isMail = isMailJob;

/** «Осталось 60 программ», «Осталась 1 программа», «Остался 1 бланк согласия». */
function left(n: number, kind: JobKind): string {
  const one = n % 10 === 1 && n % 100 !== 11;
  const verb = !one ? 'Осталось' : { m: 'Остался', f: 'Осталась', n: 'Осталось' }[NOUNS[kind].gender];
  return `${verb} ${count(n, kind)}`;
}

/** The buttons that start each job (for «нажмите … ещё раз»). */
const BUTTONS: Record<JobKind, string> = {
  programmes: 'Создать программы',
  consents: 'Создать бланки согласий',
  order: 'Создать приказ',
  note: 'Создать аналитическую справку',
  requests: 'Разослать форму запросов',
  mentors: 'Разослать анкету наставника',
  questionnaires: 'Разослать анкеты мониторинга',
  selfStart: 'Разослать самооценку (начало года)',
  selfEnd: 'Разослать самооценку (конец года)',
};

export const JOB_TEXTS = {
  /** «Создано 48 из 110 программ…», «Отправлено 100 из 300 писем…» */
  progress: (kind: JobKind, done: number, total: number) =>
    `${isMail(kind) ? 'Отправлено' : 'Создано'} ${done} из ${total} ${genitive(total, kind)}…`,

  /** A daily quota ran out: what is left and when it goes on. */
  quota: (kind: JobKind, quota: Quota, done: number, total: number, hour: number, automatic: boolean) => {
    const remaining = total - done;
    if (quota === 'mail') {
      const head = `Отправлено ${done} из ${total}: лимит Google на отправку писем на сегодня исчерпан.`;
      return automatic
        ? `${head} Остальные ${remaining} уйдут автоматически в следующие дни, после ${hour}:00.`
        : `${head} Остальным ${remaining} отправьте завтра кнопкой «${BUTTONS[kind]}» — получившим письмо оно не придёт повторно.`;
    }
    const head = `${left(remaining, kind)}: лимит Google на создание документов на сегодня исчерпан`;
    return automatic
      ? `${head}, продолжим завтра после ${hour}:00 автоматически.`
      : `${head}. Завтра нажмите «${BUTTONS[kind]}» ещё раз — уже созданные документы не повторятся.`;
  },

  /** Time ran out and nobody will call again (a menu item, or the hourly run): the next run goes on. */
  later: (kind: JobKind, done: number, total: number, automatic: boolean) =>
    `${isMail(kind) ? 'Отправлено' : 'Создано'} ${done} из ${total} ${genitive(total, kind)}. ${
      automatic
        ? 'Остальное надстройка доделает сама в течение часа.'
        : `Чтобы продолжить, нажмите «${BUTTONS[kind]}» ещё раз.`
    }`,

  /** Another execution works on this school's long work now. */
  busy: (label: string) =>
    `${label ? `${label} ` : ''}Работа идёт в другом сеансе надстройки; панель покажет, когда она закончится.`,

  done: {
    programmes: (n: number) => `Программы созданы: ${n}.`,
    consents: (n: number) => `Бланки согласий созданы: ${n} — распечатайте и передайте на подпись.`,
    requests: (n: number) => `Форма запросов отправлена: ${n}.`,
    mentors: (n: number) => `Анкета наставника отправлена: ${n}.`,
    questionnaires: (n: number) => `Анкеты отправлены: ${n}.`,
    selfStart: (n: number) => `Самооценка на начало года отправлена: ${n}.`,
    selfEnd: (n: number) => `Самооценка на конец года отправлена: ${n}.`,
  },

  /** Everyone the mailing is for has had the letter already. */
  allSent: {
    requests: (n: number) =>
      `Форма запросов уже отправлена всем, кто ещё не ответил (${n}); повторно письмо не уходит — напоминания надстройка шлёт сама.`,
    mentors: (n: number) =>
      `Анкета наставника уже отправлена всем опытным педагогам, кого нет в банке наставников (${n}); повторно письмо не уходит.`,
    questionnaires: (n: number) =>
      `Анкеты отправлены: 0. Уже получили ранее: ${n} — повторно письмо не уходит, напоминания надстройка шлёт сама.`,
    selfStart: (n: number) =>
      `Самооценка на начало года уже отправлена всем, кто её не прошёл (${n}); повторно письмо не уходит.`,
    selfEnd: (n: number) =>
      `Самооценка на конец года уже отправлена всем, кто её не прошёл (${n}); повторно письмо не уходит.`,
  },

  journal: {
    programmes: 'Программы наставничества',
    consents: 'Бланки согласий',
    order: 'Приказ',
    note: 'Аналитическая справка',
    requests: 'Рассылка формы запросов',
    mentors: 'Рассылка анкеты наставника',
    questionnaires: 'Рассылка анкет мониторинга',
    selfStart: 'Рассылка самооценки (начало года)',
    selfEnd: 'Рассылка самооценки (конец года)',
  } satisfies Record<JobKind, string>,

  /** A job given up: the reason from the UserError. */
  failed: (kind: JobKind, reason: string) => `${BUTTONS[kind]}: работа остановлена. ${reason}`,

  /** What was cleaned up after an execution killed in the middle of a document. */
  trashed: (name: string) => `Незавершённый документ «${name}» удалён в корзину и будет создан заново.`,

  automaticSuffix: 'Продолжится автоматически.',
  nothing: 'Незавершённой работы нет.',
  finished: 'Готово: эта работа уже завершена.',
  /** A long document (a district's order) filled in steps: how far it got. */
  filling: (done: number, total: number) =>
    `Документ заполняется: ${Math.floor((done * 100) / Math.max(total, 1))}\u00a0%.`,
};
