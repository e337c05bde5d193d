// Who answered a form (issue #16, item 3): the rule that decides whether an answer may touch a
// teacher's rows.
import { identifyRespondent, sameName } from '../../../src/server/intake/identity';

const TEACHERS = [
  { name: 'Иванова Мария Петровна', email: 'ivanova@school.ru' },
  { name: 'Семёнов Пётр', email: 'semenov@school.ru' },
];

describe('identity of a respondent', () => {
  it('a verified address is the person when listed in «Педагоги», whatever name is typed', () => {
    expect(identifyRespondent('verified', ' IVANOVA@school.ru', 'Петров П. П.', TEACHERS)).toEqual({
      ok: true,
      email: 'ivanova@school.ru',
    });
    expect(identifyRespondent('verified', 'x@school.ru', 'Иванова Мария', TEACHERS)).toEqual({
      ok: false,
      email: 'x@school.ru',
      reason: 'адрес не найден на листе «Педагоги»',
    });
  });

  it('a typed address needs the teacher’s own name: surname and first name, ё = е, case and spaces ignored', () => {
    const ok = (name: string) => identifyRespondent('typed', 'ivanova@school.ru', name, TEACHERS).ok;
    expect(ok('Иванова Мария Петровна')).toBe(true);
    expect(ok('  иванова   МАРИЯ ')).toBe(true);
    expect(ok('Иванова М. П.')).toBe(true);
    expect(ok('Иванова Мария Ивановна')).toBe(false);
    expect(ok('Иванова Анна Петровна')).toBe(false);
    expect(ok('Иванова')).toBe(false);
    expect(identifyRespondent('typed', 'semenov@school.ru', 'семенов петр алексеевич', TEACHERS).ok).toBe(
      true,
    );
    expect(identifyRespondent('typed', 'ivanova@school.ru', 'Петров Пётр Петрович', TEACHERS)).toEqual({
      ok: false,
      email: 'ivanova@school.ru',
      reason: 'адрес принадлежит педагогу Иванова М. П., а в ответе указано Петров П. П.',
    });
    expect(identifyRespondent('typed', 'nobody@school.ru', 'Никто Н. Н.', TEACHERS).ok).toBe(false);
  });

  it('a form without a name question (monitoring) checks the address only', () => {
    expect(identifyRespondent('typed', 'ivanova@school.ru', null, TEACHERS).ok).toBe(true);
    expect(identifyRespondent('typed', 'nobody@school.ru', null, TEACHERS).ok).toBe(false);
  });

  it('names compare by surname and first name, initials allowed', () => {
    expect(sameName('Петров Пётр Петрович', 'петров петр')).toBe(true);
    expect(sameName('Петров П.', 'Петров Павел')).toBe(true);
    expect(sameName('Петров Пётр', 'Петрова Пётр')).toBe(false);
  });
});
