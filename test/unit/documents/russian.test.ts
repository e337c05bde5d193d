import {
  dateLong,
  dateNumeric,
  declineName,
  declinePosition,
  genderOf,
  initialsSurname,
  plural,
  surnameInitials,
  termText,
  yearsText,
} from '../../../src/server/documents/russian';

describe('names in the case the sentence needs', () => {
  test.each([
    ['Петрова Анна Сергеевна', 'accusative', 'Петрову Анну Сергеевну'],
    ['Петрова Анна Сергеевна', 'dative', 'Петровой Анне Сергеевне'],
    ['Петрова Анна Сергеевна', 'instrumental', 'Петровой Анной Сергеевной'],
    ['Петрова Анна Сергеевна', 'genitive', 'Петровой Анны Сергеевны'],
    ['Иванов Пётр Ильич', 'accusative', 'Иванова Петра Ильича'],
    ['Иванов Пётр Ильич', 'dative', 'Иванову Петру Ильичу'],
    ['Иванов Пётр Ильич', 'instrumental', 'Ивановым Петром Ильичом'],
    ['Сорокина Марина Олеговна', 'genitive', 'Сорокиной Марины Олеговны'],
    ['Толстая Ольга Николаевна', 'accusative', 'Толстую Ольгу Николаевну'],
    ['Смирнова-Кузнецова Мария Павловна', 'dative', 'Смирновой-Кузнецовой Марии Павловне'],
    ['Соколов-Микитов Иван Сергеевич', 'instrumental', 'Соколовым-Микитовым Иваном Сергеевичем'],
    ['Шевчук Ирина Олеговна', 'genitive', 'Шевчук Ирины Олеговны'],
    ['Шевчук Игорь Олегович', 'genitive', 'Шевчука Игоря Олеговича'],
    ['Черных Анна Ивановна', 'dative', 'Черных Анне Ивановне'],
    ['Гюго Виктор', 'dative', 'Гюго Виктору'],
    ['Дюбуа Жанна', 'genitive', 'Дюбуа Жанны'],
    ['Кузьмина Любовь Ильинична', 'instrumental', 'Кузьминой Любовью Ильиничной'],
    ['Мамедов Рустам Али оглы', 'dative', 'Мамедову Рустаму Али оглы'],
  ] as const)('%s, %s → %s', (name, grammaticalCase, expected) => {
    expect(declineName(name, grammaticalCase)).toBe(expected);
  });

  test('the nominative is the name as typed, single-spaced', () => {
    expect(declineName('  Петрова   Анна Сергеевна ', 'nominative')).toBe('Петрова Анна Сергеевна');
  });

  test('gender comes from the patronymic', () => {
    expect(genderOf('Шевчук Ирина Олеговна')).toBe('female');
    expect(genderOf('Шевчук Игорь Олегович')).toBe('male');
    expect(genderOf('Алиева Айгюль Рашид кызы')).toBe('female');
    expect(genderOf('Петров Иван')).toBe('male');
  });

  test('initials before and after the surname, the surname declined when asked', () => {
    expect(initialsSurname('Петрова Анна Сергеевна')).toBe('А. С. Петрова');
    expect(surnameInitials('Петрова Анна Сергеевна')).toBe('Петрова А. С.');
    expect(surnameInitials('Петрова Анна Сергеевна', 'genitive')).toBe('Петровой А. С.');
    expect(surnameInitials('Иванов Пётр Ильич', 'dative')).toBe('Иванову П. И.');
    expect(initialsSurname('Гюго Виктор')).toBe('В. Гюго');
    expect(surnameInitials('')).toBe('');
  });
});

describe('positions', () => {
  test.each([
    ['заместитель директора по УВР', 'accusative', 'заместителя директора по УВР'],
    ['заместитель директора по УВР', 'instrumental', 'заместителем директора по УВР'],
    ['учитель математики', 'genitive', 'учителя математики'],
    ['педагог-психолог', 'dative', 'педагогу-психологу'],
    ['социальный педагог', 'genitive', 'социального педагога'],
    ['старший вожатый', 'instrumental', 'старшим вожатым'],
    ['учитель начальных классов', 'genitive', 'учителя начальных классов'],
    ['директор', 'dative', 'директору'],
  ] as const)('%s, %s → %s', (position, grammaticalCase, expected) => {
    expect(declinePosition(position, grammaticalCase)).toBe(expected);
  });
});

describe('numbers and dates', () => {
  test('plural forms of years', () => {
    expect([1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(yearsText)).toEqual([
      '1 год',
      '2 года',
      '3 года',
      '4 года',
      '5 лет',
      '11 лет',
      '12 лет',
      '14 лет',
      '21 год',
      '22 года',
      '25 лет',
      '101 год',
      '111 лет',
    ]);
    expect(yearsText(null)).toBe('');
    expect(plural(0, 'пара', 'пары', 'пар')).toBe('пар');
  });

  test('dates as orders write them', () => {
    expect(dateLong('2026-10-01')).toBe('«01» октября 2026 г.');
    expect(dateLong('2027-05-31')).toBe('«31» мая 2027 г.');
    expect(dateNumeric('2026-10-01')).toBe('01.10.2026');
    expect(termText('2026-10-01', '2027-05-31')).toBe('с 01.10.2026 по 31.05.2027');
    expect(dateNumeric('2026-02-30')).toBe('');
    expect(dateLong('01.10.2026')).toBe('');
  });
});
