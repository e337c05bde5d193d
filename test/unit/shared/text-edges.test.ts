// Edges of the small text and date rules that the mutation check (npm run mutation) found untested:
// each case here failed under a mutant that every other unit test let pass.
import { asText, cellText, isEmail, quote, sentence, shortName } from '../../../src/server/shared/text';
import { parseDeadline, yearStartOf } from '../../../src/server/deadlines/calendar';

describe('text going into cells', () => {
  it('escapes only what a sheet would read as a formula, number or boolean', () => {
    expect(asText('Итоги: 5 = отлично')).toBe('Итоги: 5 = отлично');
    expect(asText('5 «А» класс')).toBe('5 «А» класс');
    expect(asText('12.05 — семинар')).toBe('12.05 — семинар');
    expect(asText('-')).toBe(`'-`);
    expect(asText(' 15 % ')).toBe(`' 15 % `);
    expect(asText('true story')).toBe('true story');
    expect(asText(' TRUE ')).toBe(`' TRUE `);
  });

  it('reads any cell as trimmed text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('  Петрова ')).toBe('Петрова');
    expect(cellText(0)).toBe('0');
    expect(cellText(false)).toBe('false');
  });

  it('takes an address typed with spaces around it, and nothing after it', () => {
    expect(isEmail('  a@school.ru ')).toBe(true);
    expect(isEmail('x a@school.ru')).toBe(false);
    expect(isEmail('a@school.ru x')).toBe(false);
  });
});

describe('names, quotes and sentences', () => {
  it('shortens a full name, whatever its spacing and its initials', () => {
    expect(shortName('  Петрова  ')).toBe('Петрова');
    expect(shortName('Петрова   Анна\tСергеевна')).toBe('Петрова А. С.');
    expect(shortName('Кузьмина В.. А.')).toBe('Кузьмина В. А.');
    expect(shortName('Мамедов Рашид Ильхам оглы')).toBe('Мамедов Р. И.');
    expect(shortName('Петрова Оглыбаева')).toBe('Петрова О.');
  });

  it('quotes a title once, nesting its own quotes', () => {
    expect(quote(' «Семинар» ')).toBe('«Семинар»');
    expect(quote('Семинар «Оценивание»')).toBe('«Семинар „Оценивание“»');
    expect(quote('Семинар "Оценивание" и "Итоги"')).toBe('«Семинар „Оценивание“ и „Итоги“»');
    expect(quote('«А» и «Б»')).toBe('«А“ и „Б»');
  });

  it('ends a sentence with one full stop', () => {
    expect(sentence('3 пары  ')).toBe('3 пары.');
    expect(sentence('Кузьмина В. А.')).toBe('Кузьмина В. А.');
    expect(sentence('Готово? да')).toBe('Готово? да.');
  });
});

describe('deadlines staff type', () => {
  it('refuses dates that do not exist and text around a date', () => {
    expect(parseDeadline('01.13')).toBeNull();
    expect(parseDeadline('31.04')).toBeNull();
    expect(parseDeadline('29.02.2027')).toBeNull();
    expect(parseDeadline('29.02.2028')).toEqual({ kind: 'fixed', iso: '2028-02-29' });
    expect(parseDeadline('101.10')).toBeNull();
    expect(parseDeadline('1 октября 2026')).toBeNull();
    expect(parseDeadline('к 1 октября')).toBeNull();
    expect(parseDeadline('1.10.2026 года')).toBeNull();
    expect(parseDeadline('2026-10-01')).toEqual({ kind: 'fixed', iso: '2026-10-01' });
    expect(parseDeadline('2026-02-30')).toBeNull();
    expect(parseDeadline('x2026-10-01')).toBeNull();
  });

  it('reads the forms staff use around a date', () => {
    expect(parseDeadline('1.9.2026')).toEqual({ kind: 'fixed', iso: '2026-09-01' });
    expect(parseDeadline('Ежегодно, до 1 октября')).toEqual({ kind: 'date', month: 10, day: 1 });
    expect(parseDeadline('ежегодно  01.10')).toEqual({ kind: 'date', month: 10, day: 1 });
    expect(parseDeadline('до  1   октября')).toEqual({ kind: 'date', month: 10, day: 1 });
    expect(parseDeadline(' Ежегодно ')).toEqual({ kind: 'yearly' });
  });

  it('reads a school year only as two consecutive years', () => {
    expect(yearStartOf(' 2026/2027 ')).toBe(2026);
    expect(yearStartOf('2026/2028')).toBeNull();
    expect(yearStartOf('x2026/2027')).toBeNull();
    expect(yearStartOf('2026/20271')).toBeNull();
    expect(yearStartOf('26/27')).toBeNull();
  });
});
