import {
  eventCells,
  eventFromCells,
  eventLabel,
  eventTypeOf,
  eventsByRoadmapItem,
  participantCount,
  roadmapItemOf,
  validateEvent,
  validatePublication,
  withPublication,
  EVENT_TYPES,
} from '../../../src/server/events';
import type { RowValues } from '../../../src/server/schema';
import { event } from './fixtures';

describe('events of the roadmap (4.2, 6.2, 6.3)', () => {
  test('a round table fulfils 6.3, a conference or seminar 6.2, training and consultations 4.2', () => {
    expect(roadmapItemOf('Круглый стол')).toBe('6.3');
    expect(roadmapItemOf('Конференция')).toBe('6.2');
    expect(roadmapItemOf('Семинар')).toBe('6.2');
    for (const t of [
      'Обучение наставников',
      'Консультация',
      'Обмен опытом',
      'Методические материалы',
    ] as const) {
      expect(roadmapItemOf(t)).toBe('4.2');
    }
    expect(EVENT_TYPES).toHaveLength(7);
  });

  test('events count for the school year they fall in', () => {
    const byItem = eventsByRoadmapItem(
      [
        event({ date: '2027-05-20' }),
        event({ date: '2026-08-31', title: 'Прошлый год' }),
        event({ date: '2026-11-10', type: 'Семинар' }),
        event({ date: '2026-09-01', type: 'Консультация' }),
      ],
      '2026/2027',
    );
    expect(byItem['6.3'].map((e) => e.title)).toEqual(['Лучшие практики наставничества']);
    expect(byItem['6.2']).toHaveLength(1);
    expect(byItem['4.2']).toHaveLength(1);
    expect(() => eventsByRoadmapItem([], '2026')).toThrow();
  });

  test('a valid event from the sidebar is accepted with the date as ISO and the type in its spelling', () => {
    const r = validateEvent({
      date: '20.05.2027',
      type: 'круглый  стол',
      title: '  Итоги года ',
      materials: '',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        date: '2027-05-20',
        type: 'Круглый стол',
        title: 'Итоги года',
        participants: '',
        responsible: '',
        result: '',
        materials: '',
        publication: '',
      },
    });
  });

  test('every bad field is named in Russian', () => {
    const r = validateEvent({ date: '31.02.2027', type: 'Пикник', title: ' ', materials: 'school.ru/x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['Дата', 'Тип', 'Название', 'Материалы']);
    expect(r.errors[0].message).toBe('Поле «Дата»: «31.02.2027» — не дата; укажите дату в виде 20.05.2027');
    expect(r.errors[1].message).toMatch(
      /^Поле «Тип»: «Пикник» — выберите один из типов: Обучение наставников/,
    );
    expect(r.errors[2].message).toBe('Поле «Название»: заполните его');
    expect(r.errors[3].message).toMatch(/http:\/\/ или https:\/\//);
    const empty = validateEvent({ date: '', type: '', title: 'x'.repeat(301) });
    expect(!empty.ok && empty.errors.map((e) => e.message)).toEqual([
      'Поле «Дата»: заполните его',
      'Поле «Тип»: заполните его',
      'Поле «Название»: не длиннее 300 символов',
    ]);
  });

  test('text with = or <script> is kept literal', () => {
    const r = validateEvent({
      date: '2027-05-20',
      type: 'Семинар',
      title: '=IMPORTXML("x")',
      result: '<script>alert(1)</script>',
    });
    expect(r.ok && eventCells(r.value)).toMatchObject({
      title: '=IMPORTXML("x")',
      result: '<script>alert(1)</script>',
    });
  });

  test('a Мероприятия row reads back as an event with its publication', () => {
    const cells: RowValues<'events'> = {
      ...eventCells(event()),
      date: '20.05.2027',
      publication: 'Сайт: https://school.ru/n/1',
    };
    const r = eventFromCells((key) => String(cells[key] ?? ''));
    expect(r).toEqual({ ok: true, value: event({ publication: 'Сайт: https://school.ru/n/1' }) });
    expect(eventFromCells(() => '').ok).toBe(false);
  });

  test('participants are counted from names or a number', () => {
    expect(participantCount(event())).toBe(3);
    expect(participantCount(event({ participants: '12 педагогов' }))).toBe(12);
    expect(participantCount(event({ participants: 'учителя начальных классов' }))).toBeNull();
    expect(eventTypeOf('семинар')).toBe('Семинар');
    expect(eventLabel(event())).toBe('Лучшие практики наставничества (20.05.2027)');
  });
});

describe('«Отметить публикацию» (7.1)', () => {
  test('a publication needs a known channel and a link', () => {
    const ok = validatePublication({
      date: '2027-05-22',
      event: 'Лучшие практики наставничества (20.05.2027)',
      channel: 'вк',
      link: 'https://vk.com/wall-1_2',
      text: '=текст',
    });
    expect(ok).toEqual({
      ok: true,
      value: {
        date: '2027-05-22',
        event: 'Лучшие практики наставничества (20.05.2027)',
        channel: 'ВКонтакте',
        link: 'https://vk.com/wall-1_2',
        text: '=текст',
      },
    });
    const bad = validatePublication({
      date: '2027-05-22',
      event: 'X',
      channel: 'Одноклассники',
      link: 'javascript:alert(1)',
    });
    expect(!bad.ok && bad.errors.map((e) => e.field)).toEqual(['Канал', 'Ссылка']);
    expect(!bad.ok && bad.errors[0].message).toBe(
      'Поле «Канал»: «Одноклассники» — выберите один из каналов: Сайт, ВКонтакте, Telegram, Другое',
    );
    const none = validatePublication({ date: '', event: '', channel: '', link: '' });
    expect(!none.ok && none.errors.map((e) => e.field)).toEqual(['Дата', 'Мероприятие', 'Канал', 'Ссылка']);
  });

  test('the event’s Публикация cell lists each channel once', () => {
    const p = {
      date: '2027-05-22',
      event: 'X',
      channel: 'Сайт' as const,
      link: 'https://school.ru/n/1',
      text: '',
    };
    const once = withPublication('', p);
    expect(once).toBe('Сайт: https://school.ru/n/1');
    expect(withPublication(once, p)).toBe(once);
    expect(withPublication(once, { ...p, channel: 'Telegram', link: 'https://t.me/s/1' })).toBe(
      'Сайт: https://school.ru/n/1\nTelegram: https://t.me/s/1',
    );
  });
});
