import { draftPublication } from '../../../src/server/events';
import { event } from './fixtures';

const SCHOOL = 'МБОУ «СОШ №2»';

describe('«Подготовить публикацию» drafts (7.1)', () => {
  test('the site variant has a title and formal paragraphs: what, when, who, the result', () => {
    const d = draftPublication(event({ participants: '12 педагогов' }), {
      schoolName: SCHOOL,
      allowNames: false,
    });
    expect(d.site.title).toBe(
      'Итоговый круглый стол по выявлению лучших практик наставничества: «Лучшие практики наставничества»',
    );
    expect(d.site.paragraphs[0]).toBe(
      '20.05.2027 в МБОУ «СОШ №2» состоялся итоговый круглый стол по выявлению лучших практик наставничества. В мероприятии приняли участие 12 педагогов.',
    );
    expect(d.site.paragraphs).toContain('Итоги: Отобраны три практики для методической копилки.');
    expect(d.site.paragraphs).toContain('Материалы: https://school.ru/materials/1');
    expect(d.site.text.startsWith(d.site.title)).toBe(true);
  });

  test('a draft never names participants unless allowed', () => {
    const d = draftPublication(event(), { schoolName: SCHOOL, allowNames: false });
    const all = `${d.site.text}\n${d.social.text}`;
    for (const name of ['Петрова', 'Ким', 'Орлова', 'Сидорова']) expect(all).not.toContain(name);
    expect(all).toContain('В мероприятии приняли участие 3 педагога.');
    expect(d.social.text).toContain('3 педагога приняли участие.');
  });

  test('with the curator’s permission participants and the responsible are named', () => {
    const d = draftPublication(event(), { schoolName: SCHOOL, allowNames: true });
    expect(d.site.paragraphs[0]).toContain('Участники: Петрова Анна Сергеевна, Ким П. А., Орлова О. О.');
    expect(d.site.paragraphs[0]).toContain('Ответственный: Сидорова М. П.');
    expect(d.social.text).toContain('Участники: Петрова Анна Сергеевна');
  });

  test('a participants cell that is neither names nor a number is left out', () => {
    const d = draftPublication(event({ participants: 'Учителя начальных классов и Петрова' }), {
      schoolName: SCHOOL,
      allowNames: false,
    });
    expect(d.site.text).not.toContain('Петрова');
    expect(d.site.text).not.toContain('участие');
  });

  test('the social variant is short and has hashtags', () => {
    const long = 'Обсудили опыт пар. '.repeat(40);
    const d = draftPublication(event({ type: 'Семинар', result: long, participants: '1' }), {
      schoolName: SCHOOL,
      allowNames: false,
    });
    expect(d.social.hashtags).toEqual([
      '#наставничество',
      '#педагогическоенаставничество',
      '#семинар',
      '#МБОУСОШ2',
    ]);
    expect(d.social.text).toMatch(
      /^20\.05\.2027 состоялся семинар по вопросам наставничества «Лучшие практики наставничества»\. 1 педагог принял участие\./,
    );
    expect(d.social.text.endsWith('#наставничество #педагогическоенаставничество #семинар #МБОУСОШ2')).toBe(
      true,
    );
    expect(d.social.text.length).toBeLessThan(500);
    expect(d.site.paragraphs[0]).toContain('В мероприятии принял участие 1 педагог.');
  });

  test('verbs agree with the event type', () => {
    const lead = (type: Parameters<typeof event>[0]) =>
      draftPublication(event(type), { schoolName: '', allowNames: false }).site.paragraphs[0];
    expect(lead({ type: 'Конференция' })).toMatch(/^20\.05\.2027 состоялась конференция/);
    expect(lead({ type: 'Обучение наставников' })).toMatch(/состоялось обучение наставников/);
    expect(lead({ type: 'Методические материалы' })).toMatch(/подготовлены методические материалы/);
  });

  test('text with = or <script> is kept literal in the draft', () => {
    const d = draftPublication(event({ title: '<script>alert(1)</script>', result: '=HYPERLINK("x")' }), {
      schoolName: SCHOOL,
      allowNames: false,
    });
    expect(d.site.text).toContain('«<script>alert(1)</script>»');
    expect(d.site.text).toContain('Итоги: =HYPERLINK("x")');
  });
});
