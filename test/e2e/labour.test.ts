// «Соглашения» in the sidebar at 300 px (issue #18): the supplementary agreement made and its
// signature recorded, then the early end of the pair with its order.
import { answerAsListedTeacher, mentorAnswers, requestAnswers } from '../helpers/school';
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

describe('«Соглашения» in the sidebar', () => {
  let s: Sidebar;
  afterEach(async () => {
    await s?.close();
  });

  it('makes the agreement, records its signature and ends the pair early, without sideways scroll', async () => {
    s = await openSidebar({ now: '2026-09-25T09:00:00+03:00' }, (ws, bundle) => {
      bundle.setupWorkbook();
      bundle.saveSettings({
        schoolFullName: 'МБОУ «Средняя общеобразовательная школа №2» г. Сосногорска',
        schoolShortName: 'МБОУ «СОШ №2»',
        city: 'Сосногорск',
        directorName: 'Смирнова Елена Викторовна',
        curatorName: 'Орлова Наталья Павловна',
        agreementsNeeded: 'да',
        mentoringPay: '5000',
      });
      const { requests, mentors } = formIds({ ws });
      answerAsListedTeacher(
        ws,
        mentors.formId,
        mentorAnswers({ name: 'Петрова Анна Сергеевна', email: 'petrova@school2.example' }, [
          'Методика урока',
        ]),
      );
      answerAsListedTeacher(
        ws,
        requests.formId,
        requestAnswers({ name: 'Иванова Мария Петровна', email: 'ivanova@school2.example' }, [
          'Методика урока',
        ]),
      );
      bundle.createPair({
        mentorEmail: 'petrova@school2.example',
        menteeEmails: ['ivanova@school2.example'],
      });
      bundle.recordConsent('НП-2026-01', 'petrova@school2.example', '2026-09-20');
      bundle.recordConsent('НП-2026-01', 'ivanova@school2.example', '2026-09-20');
    });
    const { page } = s;
    await openTab(page, 'Соглашения');
    const panel = page.locator('[role="tabpanel"]:not([hidden])');
    expect(await panel.textContent()).toContain(
      'Для приказа нет: доп. соглашение с наставником Петрова Анна Сергеевна',
    );

    await page.getByRole('button', { name: 'Создать соглашения' }).click();
    expect(await statusText(page)).toMatch(/Дополнительные соглашения созданы: 1/);
    await page.waitForSelector('[role="tabpanel"]:not([hidden]):not([aria-busy])');
    expect(await panel.getByRole('link', { name: 'соглашение' }).count()).toBe(1);

    await panel.getByLabel('Дата подписания соглашения НП-2026-01').fill('2026-09-24');
    await panel.getByRole('button', { name: 'Подписано' }).click();
    expect(await statusText(page)).toMatch(/НП-2026-01: дополнительное соглашение/);
    await page.waitForSelector('[role="tabpanel"]:not([hidden]):not([aria-busy])');
    expect(await panel.textContent()).toContain('подписано 24.09.2026');

    await panel.locator('summary', { hasText: 'Досрочное прекращение' }).click();
    await panel.getByLabel('Кто просит прекратить').selectOption('mentee');
    await panel.getByLabel('Дата уведомления').fill('2026-09-25');
    await panel.getByLabel('Номер приказа').fill('60-о');
    await panel.getByLabel('Дата приказа').fill('2026-09-25');
    await panel.getByRole('button', { name: 'Прекратить досрочно' }).click();
    // Friday 25.09 → 28, 29 and 30 September.
    expect(await statusText(page)).toMatch(/НП-2026-01: наставничество прекращается 30\.09\.2026/);
    const pair = sheetRecords(s, 'Пары и группы')[0];
    expect(pair['Статус']).toBe('Расторгнута');
    expect(sheetRecords(s, 'Документы').map((d) => d['Тип'])).toEqual([
      'Доп. соглашение',
      'Приказ о прекращении',
    ]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(s.pageErrors).toEqual([]);
  });
});
