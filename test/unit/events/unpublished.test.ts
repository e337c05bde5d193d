import { unpublishedEvents } from '../../../src/server/events';
import { event } from './fixtures';

describe('events without a publication (7.1)', () => {
  const old = event({ date: '2027-05-01', title: 'Семинар наставников', type: 'Семинар' });
  const recent = event({ date: '2027-05-18' });

  test('an event without a publication is listed until one is recorded', () => {
    const before = unpublishedEvents([old, recent], [], '2027-05-20', 7);
    expect(before.map((u) => u.label)).toEqual(['Семинар наставников (01.05.2027)']);
    expect(before[0].daysSince).toBe(19);
    expect(before[0].text).toBe(
      '«Семинар наставников (01.05.2027)» — 19 дней без публикации на сайте или в социальных сетях',
    );
    expect(
      unpublishedEvents([old], [{ event: 'Семинар наставников (01.05.2027)' }], '2027-05-20', 7),
    ).toEqual([]);
    expect(unpublishedEvents([old], [{ event: ' семинар  наставников ' }], '2027-05-20', 7)).toEqual([]);
    expect(
      unpublishedEvents([{ ...old, publication: 'Сайт: https://school.ru/n/1' }], [], '2027-05-20', 7),
    ).toEqual([]);
  });

  test('the number of days is a setting, 7 by default, oldest first', () => {
    expect(unpublishedEvents([old, recent], [], '2027-05-20', 2).map((u) => u.daysSince)).toEqual([19, 2]);
    expect(unpublishedEvents([recent], [], '2027-05-25')).toHaveLength(1);
    expect(unpublishedEvents([recent], [], '2027-05-24')).toHaveLength(0);
    expect(unpublishedEvents([{ ...old, date: '' }], [], '2027-05-25')).toHaveLength(0);
  });

  test('another event with the same title on another day still needs its own publication', () => {
    const again = { ...old, date: '2027-05-10' };
    const list = unpublishedEvents(
      [old, again],
      [{ event: 'Семинар наставников (01.05.2027)' }],
      '2027-05-20',
      7,
    );
    expect(list.map((u) => u.label)).toEqual(['Семинар наставников (10.05.2027)']);
  });
});
