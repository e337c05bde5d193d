// Long work in the sidebar: programmes for more pairs than one call makes come in several calls, the
// sidebar calling again by itself and showing «Создано N из 20 программ…» at the top of the tab.
import { answerAsListedTeacher, mentorAnswers, requestAnswers } from '../helpers/school';
import { LATENCY } from '../../dev/emulator/latency';
import {
  closeBrowser,
  formIds,
  openSidebar,
  openTab,
  sheetRecords,
  statusText,
  type Sidebar,
} from './harness';

afterAll(closeBrowser);

const PAIRS = 20;

describe('documents made over several calls', () => {
  let s: Sidebar;
  afterEach(async () => {
    await s?.close();
  });

  it('«Создать программы» for 20 pairs: progress at the top of Документы after each call, then all 20', async () => {
    // A slow day on Drive: each template copy takes 20 s of the execution's time, so a sidebar call
    // (75 s of work) makes a few programmes and the rest come in later calls.
    const latency = { ...LATENCY, 'File.makeCopy': { ms: 20_000, source: 'local' as const } };
    s = await openSidebar({ latency }, (ws, bundle) => {
      bundle.setupWorkbook();
      bundle.saveSettings({
        schoolFullName: 'МБОУ «Средняя общеобразовательная школа №2» г. Сосногорска',
        schoolShortName: 'МБОУ «СОШ №2»',
        city: 'Сосногорск',
        directorName: 'Смирнова Елена Викторовна',
        curatorName: 'Орлова Наталья Павловна',
      });
      const { requests, mentors } = formIds({ ws });
      for (let i = 0; i < PAIRS; i++) {
        answerAsListedTeacher(
          ws,
          mentors.formId,
          mentorAnswers(
            { name: `Петрова${i} Анна Сергеевна`, email: `m${i}@school2.example` },
            ['Методика урока'],
            '1',
          ),
        );
        answerAsListedTeacher(
          ws,
          requests.formId,
          requestAnswers({ name: `Иванова${i} Мария Петровна`, email: `t${i}@school2.example` }, [
            'Методика урока',
          ]),
        );
        bundle.createPair({ mentorEmail: `m${i}@school2.example`, menteeEmails: [`t${i}@school2.example`] });
      }
    });
    const { page } = s;
    await openTab(page, 'Документы');
    // Slow replies, so the progress between calls can be seen.
    s.delay.ms = 300;
    // No order yet: the curator ticks the pairs herself (issue #17, item 4).
    for (const box of await page
      .getByRole('group', { name: 'Пары без программы' })
      .getByRole('checkbox')
      .all())
      await box.check();
    await page.getByRole('button', { name: 'Создать программы' }).click();
    const top = page.locator('.work .work-label');
    await top
      .filter({ hasText: /^Создано \d+ из 20 программ…$/ })
      .first()
      .waitFor();
    const first = (await top.first().textContent()) ?? '';
    expect(Number(/Создано (\d+)/.exec(first)![1])).toBeGreaterThan(0);
    expect(Number(/Создано (\d+)/.exec(first)![1])).toBeLessThan(PAIRS);
    expect(await statusText(page)).toMatch(/^Программы созданы: 20\./);
    expect(s.calls.filter((c) => c === 'continueWork').length).toBeGreaterThanOrEqual(2);
    expect(sheetRecords(s, 'Пары и группы').every((r) => /^https:\/\//.test(String(r['Программа'])))).toBe(
      true,
    );
    // The tab reloaded: nothing left running, every pair has its programme.
    expect(await page.locator('.work').isHidden()).toBe(true);
    expect(await page.getByText('У всех пар есть программы.').count()).toBe(1);
  });
});
