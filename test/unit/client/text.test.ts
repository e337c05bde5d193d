// The sidebar's pure text helpers, without a browser: days left, the settings checks that mirror
// the server, and the failure message a curator sees.
import { daysLeftText, plural, ruDate, settingProblem, statusClass } from '../../../src/client/format';
import { failureText } from '../../../src/client/api';

describe('sidebar texts', () => {
  it('days left read «через 7 дн.», «сегодня», «просрочено на 2 дн.», and nothing for undated items', () => {
    expect(daysLeftText(7)).toBe('через 7 дн.');
    expect(daysLeftText(0)).toBe('сегодня');
    expect(daysLeftText(-2)).toBe('просрочено на 2 дн.');
    expect(daysLeftText(null)).toBe('');
    expect(ruDate('2026-10-01')).toBe('01.10.2026');
    expect([1, 2, 5, 11, 21, 22].map((n) => plural(n, 'пара', 'пары', 'пар'))).toEqual([
      'пара',
      'пары',
      'пар',
      'пар',
      'пара',
      'пары',
    ]);
    expect(statusClass('Просрочено')).toBe('st-bad');
    expect(statusClass('Выполнено')).toBe('st-ok');
  });

  it('settings are checked as the server checks them', () => {
    expect(settingProblem('directorEmail', 'director@school2.example')).toBe('');
    expect(settingProblem('directorEmail', '')).toBe('');
    expect(settingProblem('curatorEmail', 'не адрес')).toMatch(/не похоже на адрес электронной почты/);
    expect(settingProblem('maxMentees', '3')).toBe('');
    expect(settingProblem('maxMentees', '0')).toMatch(/от 1 до 20/);
    expect(settingProblem('dailyHour', '24')).toMatch(/от 0 до 23/);
    expect(settingProblem('reminderDays', '14, 7, 1')).toBe('');
    expect(settingProblem('reminderDays', '14, неделя')).toMatch(/через запятую/);
    expect(settingProblem('schoolYear', '2026/2027')).toBe('');
    expect(settingProblem('schoolYear', '2026/2028')).toMatch(/2026\/2027/);
    expect(settingProblem('schoolFullName', 'что угодно')).toBe('');
  });

  it('a failure shows the server message only: no class prefix, no stack trace', () => {
    expect(failureText(new Error('Пара «НП-1» не найдена на листе «Пары и группы».'))).toBe(
      'Пара «НП-1» не найдена на листе «Пары и группы».',
    );
    expect(failureText({ message: 'Exception: Лист «Темы» не найден.\n    at run (Code:12:3)' })).toBe(
      'Лист «Темы» не найден.',
    );
    expect(failureText(undefined)).toMatch(/Не удалось связаться с таблицей/);
  });
});
