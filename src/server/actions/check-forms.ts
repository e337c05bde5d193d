// «Проверить данные» for the add-on's own forms: a form that is not published takes no answers
// (forms created after 30 June 2026 start unpublished; anyone with edit access can unpublish one).
// The check publishes such a form and reports it, naming the form.
import { ensurePublished, responseSheetName } from '../gas/forms';
import { readForms } from '../gas/state';
import { SHEETS } from '../schema';
import type { Problem } from '../store/table';
import { TEXTS } from '../check/texts';

export function checkForms(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Problem[] {
  const problems: Problem[] = [];
  for (const record of Object.values(readForms())) {
    if (!record) continue;
    const form = ensurePublished(record.formId);
    if (!form || form.state === 'published') continue;
    problems.push({
      // The response sheet the form feeds; Настройки holds its link if that sheet is gone.
      sheet: responseSheetName(ss, record.sheetId) ?? SHEETS.settings.name,
      row: 0,
      column: '',
      message:
        form.state === 'republished' ? TEXTS.formRepublished(form.title) : TEXTS.formUnpublished(form.title),
    });
  }
  return problems;
}
