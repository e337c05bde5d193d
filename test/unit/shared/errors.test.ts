// A refusal's code travels with its message through google.script.run; code reads the code, people the words.
import { splitCode, UserError, withCode, codeOf } from '../../../src/server/shared/errors';

describe('error codes', () => {
  it('a coded message splits back into the words a person reads and the code', () => {
    const message = withCode('Приказ № 7 уже есть.', 'orderExists');
    expect(message.startsWith('Приказ № 7 уже есть.')).toBe(true);
    expect(splitCode(message)).toEqual({ text: 'Приказ № 7 уже есть.', code: 'orderExists' });
  });

  it('a message without a code is left as it is', () => {
    expect(splitCode('Таблица занята.')).toEqual({ text: 'Таблица занята.' });
    expect(withCode('Таблица занята.', undefined)).toBe('Таблица занята.');
  });

  it('a UserError carries its code as data, and its message stays the words alone', () => {
    const e = new UserError('Приказ № 7 уже есть.', 'orderExists');
    expect(codeOf(e)).toBe('orderExists');
    expect(e.message).toBe('Приказ № 7 уже есть.');
    expect(codeOf(new UserError('Нет пар.'))).toBeUndefined();
  });
});
