// Conformance of Session (developers.google.com/apps-script/reference/base/session), Logger
// (…/base/logger) and the console global.
import { createWorkspace } from '../../dev/workspace';

describe('Session', () => {
  // session#getactiveuser: may be blank for consumer accounts and across domains.
  test('users, time zone and locale', () => {
    const ws = createWorkspace({ user: 'curator@school.example', timeZone: 'Asia/Novosibirsk' });
    const session = ws.globals().Session as GoogleAppsScript.Base.Session;
    expect(session.getActiveUser().getEmail()).toBe('curator@school.example');
    expect(session.getEffectiveUser().getEmail()).toBe('curator@school.example');
    expect(session.getScriptTimeZone()).toBe('Asia/Novosibirsk');
    expect(session.getActiveUserLocale()).toBe('ru');
    ws.session.blankActiveUser = true;
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getEffectiveUser().getEmail()).toBe('curator@school.example');
  });
});

describe('Logger and console', () => {
  // logger#logformat,-values: Java format arguments; logger#getlog, #clear
  test('lines are recorded, not printed', () => {
    const ws = createWorkspace();
    const g = ws.globals();
    const logger = g.Logger as GoogleAppsScript.Base.Logger;
    const konsole = g.console as Console;
    logger.log('Пар: %s, писем: %d', 'три', 4);
    konsole.warn('внимание', { n: 1 });
    konsole.error('ошибка');
    expect(logger.getLog()).toBe('Пар: три, писем: 4');
    expect(ws.logger.lines).toEqual([
      { level: 'Logger', message: 'Пар: три, писем: 4' },
      { level: 'warn', message: 'внимание {"n":1}' },
      { level: 'error', message: 'ошибка' },
    ]);
    logger.clear();
    expect(logger.getLog()).toBe('');
  });
});
