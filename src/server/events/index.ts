// Events (4.2, 6.2, 6.3), the practice collection (6.3) and information support (7.1).
export * from './types';
export {
  validateEvent,
  eventFromCells,
  validatePublication,
  eventTypeOf,
  roadmapItemOf,
  channelOf,
  eventLabel,
  eventCells,
  publicationCells,
  withPublication,
  participantCount,
} from './validate';
export { validatePractice, practiceFromEvent, practiceCells } from './practices';
export { draftPublication, type DraftOptions, type PublicationDraft } from './publication';
export { unpublishedEvents, type UnpublishedEvent } from './unpublished';
export { eventsByRoadmapItem } from './roadmap';
export { parseParticipants, type Participants } from './format';
export { EVENT_COLUMNS, PRACTICE_COLUMNS, PUBLICATION_COLUMNS } from './texts';
