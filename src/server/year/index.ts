// «Начать новый учебный год»: the plan of archiving the finished year and starting the next.
export {
  planRollover,
  previewLines,
  rolloverRefusal,
  nextSchoolYear,
  archiveSheetName,
  ROLLOVER_SHEETS,
  type RolloverSheetKey,
  type SheetValues,
  type RolloverInput,
  type RolloverPlan,
  type ArchiveSheet,
  type SheetPlan,
  type CellChange,
} from './rollover';
