// What a person reads about print packs (issue #20): one document and one PDF holding every
// programme or consent form a run made, to print at once instead of opening each document.

export const PACK_TEXTS = {
  /** The pack's file name: the run's kind and the day it was asked for. */
  name: (kind: 'programmes' | 'consents', date: string) =>
    kind === 'programmes'
      ? `Программы наставничества для печати — ${date}`
      : `Бланки согласий для печати — ${date}`,
  /** A part's file name, when the pack takes several (a Google Doc holds 1.02 million characters). */
  partName: (name: string, part: number) => `${name}, часть ${part}`,
  /** Appended to the run's final message: the pack's PDF, or each part's. */
  made: (count: number, pdfUrls: string[]) =>
    pdfUrls.length === 1
      ? ` Для печати — все ${count} в одном PDF: ${pdfUrls[0]}`
      : ` Для печати — все ${count} в ${pdfUrls.length} PDF по частям (в один документ Google столько не помещается): ${pdfUrls
          .map((url, i) => `часть ${i + 1} — ${url}`)
          .join('; ')}`,
  /** While the pack is put together, after the documents are made: how far it is. */
  packing: (holds: number, total: number) => `Собираем файл для печати: ${holds} из ${total}.`,
  tableFirst: (template: string) =>
    `Пакет для печати не создан: шаблон «${template}» начинается с таблицы. Добавьте перед ней строку текста (хотя бы пустую) и повторите.`,
};
