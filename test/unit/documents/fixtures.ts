import type { PairForDocs, Person, SchoolInfo, Topic } from '../../../src/server/documents/types';

export const SCHOOL: SchoolInfo = {
  fullName:
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2» г. Сосногорска',
  shortName: 'МБОУ «СОШ №2» г. Сосногорска',
  city: 'г. Сосногорск',
  directorName: 'Смирнов Олег Викторович',
  directorPosition: 'директор',
  curatorName: 'Петрова Анна Сергеевна',
  curatorPosition: 'заместитель директора по УВР',
  schoolYear: '2026/2027',
};

export function person(name: string, email: string, extra: Partial<Person> = {}): Person {
  return {
    name,
    email,
    position: 'учитель математики',
    subject: 'математика',
    experienceYears: 12,
    category: 'высшая',
    ...extra,
  };
}

export function pair(
  id: string,
  mentor: Person,
  mentees: Person[],
  extra: Partial<PairForDocs> = {},
): PairForDocs {
  return {
    id,
    mentor,
    mentees,
    form: mentees.length > 1 ? 'Групповая' : 'Индивидуальная',
    kind: 'опытный педагог — молодой специалист',
    topics: ['Рабочая программа', 'Методика урока'],
    requestText: 'Хочу научиться удерживать внимание класса.',
    start: '2026-10-01',
    end: '2027-05-31',
    consents: {
      mentor: '2026-09-20',
      mentees: Object.fromEntries(mentees.map((m) => [m.email, '2026-09-21'])),
    },
    ...extra,
  };
}

export const TOPICS: Topic[] = [
  {
    name: 'Рабочая программа',
    activities: [
      'Консультация по структуре рабочей программы',
      'Совместная разработка КТП',
      'Анализ рабочей программы',
    ],
  },
  { name: 'Методика урока', activities: ['Посещение уроков наставника; Открытый урок наставляемого'] },
  { name: 'Инклюзия', activities: [] },
];
