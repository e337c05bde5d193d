import type { MentoringEvent } from '../../../src/server/events';

export function event(more: Partial<MentoringEvent> = {}): MentoringEvent {
  return {
    date: '2027-05-20',
    type: 'Круглый стол',
    title: 'Лучшие практики наставничества',
    participants: 'Петрова Анна Сергеевна, Ким П. А., Орлова О. О.',
    responsible: 'Сидорова М. П.',
    result: 'Отобраны три практики для методической копилки.',
    materials: 'https://school.ru/materials/1',
    publication: '',
    ...more,
  };
}
