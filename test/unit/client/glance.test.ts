// The overview's next deadline and the status line's short addresses, without a browser.
import { shortUrl } from '../../../src/client/actions';
import { nextDeadline } from '../../../src/client/tabs/overview';
import type { RoadmapItemDto } from '../../../src/server/api/types';

function item(id: string, daysLeft: number | null, status: RoadmapItemDto['status']): RoadmapItemDto {
  return {
    id,
    stage: `${id.charAt(0)}. Этап`,
    title: `Пункт ${id}`,
    deadline: daysLeft === null ? null : '2026-10-01',
    deadlineText: daysLeft === null ? 'Ежегодно' : '01.10',
    daysLeft,
    status,
    evidence: '',
    responsible: '',
  };
}

describe('the overview at a glance', () => {
  const items = [
    item('2.1', -5, 'Просрочено'),
    item('3.1', -2, 'Просрочено'),
    item('1.1', 11, 'Не начато'),
    item('1.2', 42, 'В работе'),
    item('2.2', 3, 'Выполнено'),
    item('4.2', null, 'Не начато'),
  ];

  it('the next deadline is the nearest to come, not one done or undated', () => {
    expect(nextDeadline(items)?.id).toBe('1.1');
  });

  it('for a stage, a missed deadline comes first: the latest missed', () => {
    expect(nextDeadline(items, true)?.id).toBe('3.1');
    expect(nextDeadline(items.slice(2), true)?.id).toBe('1.1');
  });

  it('nothing to come and nothing missed: none', () => {
    expect(nextDeadline([item('2.2', 3, 'Выполнено'), item('4.2', null, 'Не начато')])).toBeNull();
  });

  it('only missed deadlines: the latest missed is the next', () => {
    expect(nextDeadline(items.slice(0, 2))?.id).toBe('3.1');
  });
});

describe('addresses in a status line', () => {
  it('a long address shows as its site, a short one in full', () => {
    expect(shortUrl('https://docs.google.com/document/d/1xxxxxxxxxxxxxxxxxxxxxxxxxxxx0000000u/edit')).toBe(
      'docs.google.com/…',
    );
    expect(shortUrl('https://school.ru/news')).toBe('https://school.ru/news');
  });
});
