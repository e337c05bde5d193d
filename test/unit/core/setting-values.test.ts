// One source for the settings' rules: the sidebar's check before saving words a bad value exactly as
// readSettings reports it on the sheet.
import { SHEETS, headersOf } from '../../../src/server/schema';
import { readSettings, SETTING_PARAMS } from '../../../src/server/settings';
import { settingProblem } from '../../../src/server/settings/check';
import { settingProblem as sidebarProblem } from '../../../src/client/format';
import { Table } from '../../../src/server/store/table';

const bad: Record<string, string> = {
  curatorEmail: 'куратор@',
  maxMentees: '0',
  dailyHour: '25',
  publicationDays: 'много',
  reminderDays: '14, 0',
  schoolYear: '2026/2028',
};

describe('settings checks shared by the sidebar and the server', () => {
  it("the sidebar uses the server's function", () => {
    expect(sidebarProblem).toBe(settingProblem);
  });

  it.each(Object.entries(bad))('%s = «%s»: the same words on the sheet and in the sidebar', (key, value) => {
    const rows = SETTING_PARAMS.map((p) => [p.name, p.key === key ? value : p.value, p.note]);
    const table = new Table(SHEETS.settings, [headersOf(SHEETS.settings), ...rows], 180);
    const { problems } = readSettings(table, '2026-09-01');
    const name = SETTING_PARAMS.find((p) => p.key === key)!.name;
    const problem = settingProblem(key, value);
    expect(problem).not.toBe('');
    expect(problems.map((p) => p.message)).toContain(`${name}: ${problem}`);
  });

  it('good values and blanks pass', () => {
    for (const [key, value] of [
      ['curatorEmail', 'curator@school.ru'],
      ['maxMentees', '3'],
      ['reminderDays', '14, 7, 1'],
      ['schoolYear', '2026/2027'],
      ['dailyHour', ''],
    ])
      expect(settingProblem(key, value)).toBe('');
  });
});
