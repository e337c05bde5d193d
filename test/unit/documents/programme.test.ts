import {
  buildPlan,
  buildProgramme,
  splitActivities,
  termMonths,
  workForm,
} from '../../../src/server/documents/programme';
import { buildConsent, buildConsents } from '../../../src/server/documents/consent';
import { SCHOOL, TOPICS, pair, person } from './fixtures';

const mentor = person('Сорокина Марина Олеговна', 'sorokina@school.ru');
const mentee = person('Иванова Мария Петровна', 'ivanova@school.ru', {
  experienceYears: 1,
  category: 'без категории',
  subject: 'алгебра',
});

describe('the personalised programme', () => {
  const one = pair('НП-2026-01', mentor, [mentee]);
  const programme = buildProgramme(SCHOOL, one, TOPICS);

  test('participants with position, subject, experience and category', () => {
    expect(programme.name).toBe('Программа наставничества НП-2026-01 (Иванова М. П.)');
    expect(programme.values).toMatchObject({
      наставник: 'Сорокина Марина Олеговна',
      стаж_наставника: '12 лет',
      категория_наставника: 'высшая',
      форма: 'индивидуальная',
      срок: 'с 01.10.2026 по 31.05.2027',
      пара_или_группа: 'пары',
    });
    expect(programme.rowSets[0].rows).toEqual([
      {
        наставляемый: 'Иванова Мария Петровна',
        должность_наставляемого: 'учитель математики',
        предмет_наставляемого: 'алгебра',
        стаж_наставляемого: '1 год',
        категория_наставляемого: 'без категории',
        наставляемый_подпись: 'М. П. Иванова',
      },
    ]);
  });

  test('the request becomes the goal and the tasks', () => {
    expect(programme.values.цель).toContain('наставляемому педагогу Ивановой М. П.');
    expect(programme.values.цель).toContain('«Рабочая программа», «Методика урока»');
    expect(programme.values.запрос).toBe('Хочу научиться удерживать внимание класса.');
    const tasks = programme.rowSets[1].rows.map((r) => r.задача);
    expect(tasks[0]).toMatch(/адаптацию молодого специалиста/);
    expect(tasks).toContain('Выявить затруднения и освоить практические приёмы по теме «Рабочая программа».');
  });

  test('the plan has a row per activity of each requested topic, in the order requested', () => {
    const rows = programme.rowSets[2].rows;
    expect(rows.map((r) => [r['№'], r.тема, r.содержание, r.форма_работы])).toEqual([
      ['1', 'Рабочая программа', 'Консультация по структуре рабочей программы', 'консультация'],
      ['2', 'Рабочая программа', 'Совместная разработка КТП', 'совместная разработка'],
      ['3', 'Рабочая программа', 'Анализ рабочей программы', 'совместный анализ'],
      ['4', 'Методика урока', 'Посещение уроков наставника', 'посещение уроков'],
      ['5', 'Методика урока', 'Открытый урок наставляемого', 'открытый урок'],
    ]);
  });

  test('plan dates are inside the term and in order', () => {
    for (const p of [one, pair('НП-2026-05', mentor, [mentee], { start: '2026-11-15', end: '2027-01-20' })]) {
      const plan = buildPlan(p, TOPICS);
      expect(plan.length).toBe(5);
      for (const [i, item] of plan.entries()) {
        expect(item.from >= p.start && item.to <= p.end && item.from <= item.to).toBe(true);
        if (i > 0) expect(item.from >= plan[i - 1].from).toBe(true);
      }
      expect(plan[0].from).toBe(p.start);
      expect(plan[plan.length - 1].to <= p.end).toBe(true);
    }
    const months = buildPlan(one, TOPICS).map((i) => i.when);
    expect(months[0]).toBe('октябрь 2026 г.');
    expect(months[4]).toBe('апрель 2027 г.');
    expect(termMonths('2026-10-01', '2027-05-31')).toHaveLength(8);
  });

  test('a topic without activities, or no topic at all, gets a generic row', () => {
    const plan = buildPlan(
      pair('НП-2026-06', mentor, [mentee], { topics: ['инклюзия', 'Своя тема'] }),
      TOPICS,
    );
    expect(plan.map((i) => i.topic)).toEqual(['инклюзия', 'Своя тема']);
    expect(plan[0].content).toMatch(/^Консультация наставника по теме «инклюзия»/);
    expect(buildPlan(pair('НП-2026-07', mentor, [mentee], { topics: [] }), TOPICS)).toHaveLength(1);
  });

  test('a group: mentees listed, group form, one signature row each', () => {
    const second = person('Гюго Виктор', 'hugo@school.ru', { experienceYears: 3 });
    const group = buildProgramme(SCHOOL, pair('НП-2026-02', mentor, [mentee, second]), TOPICS);
    expect(group.name).toBe('Программа наставничества НП-2026-02 (Иванова М. П., Гюго В.)');
    expect(group.values.пара_или_группа).toBe('группы');
    expect(group.rowSets[0].rows.map((r) => r.стаж_наставляемого)).toEqual(['1 год', '3 года']);
    expect(group.values.цель).toContain('наставляемым педагогам (Иванова М. П., Гюго В.)');
    expect(workForm('Что-то своё', true)).toBe('групповое занятие');
  });

  test('activities typed in one cell are split on «;»', () => {
    expect(splitActivities(' Посещение уроков ;  ; Анализ  урока')).toEqual([
      'Посещение уроков',
      'Анализ урока',
    ]);
  });
});

describe('consent forms', () => {
  const second = person('Гюго Виктор', 'hugo@school.ru', { position: 'педагог-психолог' });
  const forms = buildConsents(SCHOOL, pair('НП-2026-02', mentor, [mentee, second]));

  test('one per participant: the mentor, then each mentee', () => {
    expect(forms.map((f) => [f.kind, f.name])).toEqual([
      ['consentMentor', 'Согласие — Сорокина М. О. (НП-2026-02)'],
      ['consentMentee', 'Согласие — Иванова М. П. (НП-2026-02)'],
      ['consentMentee', 'Согласие — Гюго В. (НП-2026-02)'],
    ]);
  });

  test('addressed to the director from the participant, with the pair and the term', () => {
    expect(forms[1].values).toMatchObject({
      директор_дат: 'Смирнову О. В.',
      должность_директора_дат: 'Директору',
      участник: 'Иванова Мария Петровна',
      участник_род: 'Ивановой М. П.',
      должность_участника_род: 'учителя математики',
      участник_подпись: 'М. П. Иванова',
      роль: 'наставляемого',
      состав: 'наставник: Сорокина М. О.',
      пара: 'НП-2026-02',
      срок: 'с 01.10.2026 по 31.05.2027',
    });
    expect(forms[0].values.состав).toBe('наставляемые: Иванова М. П., Гюго В.');
    expect(forms[2].values.должность_участника_род).toBe('педагога-психолога');
  });

  test('one participant by email', () => {
    const p = pair('НП-2026-02', mentor, [mentee]);
    expect(buildConsent(SCHOOL, p, ' IVANOVA@school.ru')?.name).toBe('Согласие — Иванова М. П. (НП-2026-02)');
    expect(buildConsent(SCHOOL, p, 'sorokina@school.ru')?.values.состав).toBe('наставляемый: Иванова М. П.');
    expect(buildConsent(SCHOOL, p, 'nobody@school.ru')).toBeNull();
  });
});
