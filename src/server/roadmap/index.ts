// The roadmap: its 14 items, the school-year calendar, and each item's status with evidence.
export * from './types';
export { ROADMAP_ITEMS, ITEM_IDS, itemDef, itemTitle, roadmapSeedRows } from './items';
export {
  schoolYearOf,
  schoolYearLabel,
  parseSchoolYear,
  schoolYearStart,
  schoolYearEnd,
  dayInSchoolYear,
  deadlineInYear,
  nextDeadline,
  daysLeft,
  isDated,
  parseDeadline,
  reminderOffsets,
  reminderDay,
  type SchoolYear,
  type DeadlineParse,
} from './calendar';
export { readRoadmap, resolveResponsible, parseItemId, type RoadmapEntry } from './rows';
export { evidenceFor, statusOf, evaluateRoadmap, EVENT_TYPES_BY_ITEM } from './status';
export { nameList, problemText, SHEET_NAME } from './texts';
