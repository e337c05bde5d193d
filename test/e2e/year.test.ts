// A school's year in the sidebar, through the real build/Code.js on the offline Workspace:
// setup → the banks filled by Google Forms → mentors proposed and accepted → consents recorded →
// the order generated → roadmap item 1.1 «Выполнено».
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

const XSS = '<img src=x onerror=alert(1)>';

afterAll(closeBrowser);

async function setUpThroughSettings(s: Sidebar): Promise<void> {
  await openTab(s.page, 'Настройки');
  await s.page.getByRole('button', { name: 'Запустить настройку ещё раз' }).click();
  expect(await statusText(s.page)).toMatch(/Созданы листы/);
}

function fillBanks(s: Sidebar): void {
  const { requests, mentors } = formIds(s);
  answerAsListedTeacher(
    s.ws,
    mentors.formId,
    mentorAnswers(
      { name: 'Петрова Анна Сергеевна', email: 'petrova@school2.example', subject: 'математика' },
      ['Методика урока', 'Оценивание'],
      '2',
    ),
  );
  answerAsListedTeacher(
    s.ws,
    mentors.formId,
    mentorAnswers(
      { name: 'Сидоров Олег Ильич', email: 'sidorov@school2.example', subject: 'история' },
      ['Классное руководство'],
      '1',
    ),
  );
  answerAsListedTeacher(
    s.ws,
    requests.formId,
    requestAnswers({ name: XSS, email: 'xss@school2.example', subject: 'математика' }, ['Методика урока']),
  );
  answerAsListedTeacher(
    s.ws,
    requests.formId,
    requestAnswers(
      { name: 'Кузнецова Мария Ивановна', email: 'kuznetsova@school2.example', subject: 'история' },
      ['Классное руководство'],
    ),
  );
}

/**
 * Every tab at 300 px after a step of the year, saved as test-artifacts/year-<step>-<n>.png (look
 * at them); the tab that was open is opened again.
 */
async function everyTab(s: Sidebar, step: string): Promise<void> {
  const { page } = s;
  const current = (await page.locator('[role="tab"][aria-selected="true"]').textContent()) ?? '';
  const names = await page.locator('[role="tab"]').allTextContents();
  for (const [i, name] of names.entries()) {
    await openTab(page, name);
    await s.screenshot(`year-${step}-${i + 1}`);
  }
  await openTab(page, current);
}

describe('a school year in the sidebar', () => {
  let s: Sidebar;
  afterEach(async () => {
    await s?.close();
  });

  it('setup, settings, forms, proposals accepted, consents recorded, the order generated', async () => {
    s = await openSidebar();
    const { page } = s;
    // Every tab stays loaded in the page: find fields in the one that is open.
    const panel = () => page.locator('[role="tabpanel"]:not([hidden])');
    let alerted = false;
    page.on('dialog', (d) => {
      alerted = true;
      void d.dismiss();
    });

    await setUpThroughSettings(s);
    await s.screenshot('settings');
    await everyTab(s, '1-setup');

    // The settings the order needs, with one wrong email caught before the server is asked.
    const saves = () => s.calls.filter((c) => c === 'saveSettings').length;
    await panel()
      .getByLabel('Полное наименование школы')
      .fill(
        'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №2» г. Сосногорска',
      );
    await panel().getByLabel('Краткое наименование').fill('МБОУ «СОШ №2»');
    await panel().getByLabel('Населённый пункт').fill('Сосногорск');
    await panel().getByLabel('Директор (ФИО)').fill('Смирнова Елена Викторовна');
    await panel().getByLabel('Куратор (ФИО)').fill('Орлова Наталья Павловна');
    await panel().getByLabel('Директор (email)').fill('не адрес');
    await panel().getByRole('button', { name: 'Сохранить настройки' }).click();
    expect(await statusText(page)).toBe('Исправьте отмеченные поля.');
    expect(await page.locator('#err-directorEmail').textContent()).toMatch(
      /не похоже на адрес электронной почты/,
    );
    expect(await panel().getByLabel('Директор (email)').getAttribute('aria-invalid')).toBe('true');
    expect(saves()).toBe(0);
    await panel().getByLabel('Директор (email)').fill('director@school2.example');
    await panel().getByRole('button', { name: 'Сохранить настройки' }).click();
    // A new director's address opens the school's documents folder to them at once.
    expect(await statusText(page)).toBe(
      'Настройки сохранены. Открыт доступ к папке документов и формам: director@school2.example.',
    );
    expect(saves()).toBe(1);
    const settings = sheetRecords(s, 'Настройки');
    expect(settings.find((r) => r['Параметр'] === 'Директор (ФИО)')?.['Значение']).toBe(
      'Смирнова Елена Викторовна',
    );

    fillBanks(s);
    await everyTab(s, '2-banks');

    // Подбор: one proposal per mentee, each with its explanation; accept them all.
    await openTab(page, 'Подбор');
    await panel().getByRole('button', { name: 'Подобрать наставников' }).click();
    expect(await statusText(page)).toBe('Предложений: 2; без наставника: 0.');
    const proposals = page.locator('li.proposal');
    expect(await proposals.count()).toBe(2);
    for (const text of await page.locator('li.proposal .explanation').allTextContents())
      expect(text.length).toBeGreaterThan(10);
    // The XSS name is text, not an element.
    expect(await page.locator('[role="tabpanel"] img').count()).toBe(0);
    expect(await page.locator('li.proposal', { hasText: XSS }).count()).toBe(1);
    await s.screenshot('matching');
    await panel().getByRole('button', { name: 'Принять все (2)' }).click();
    expect(await statusText(page)).toMatch(/НП-2026-01.*НП-2026-02|НП-2026-02.*НП-2026-01/);
    expect(await page.locator('li.proposal').count()).toBe(0);
    expect(sheetRecords(s, 'Пары и группы')).toHaveLength(2);
    await everyTab(s, '3-pairs');

    // Пары: both pairs wait for two consents each; record them with dates.
    await openTab(page, 'Пары');
    expect(await page.locator('li.pair').count()).toBe(2);
    expect(await page.locator('li.pair', { hasText: XSS }).count()).toBe(1);
    await s.screenshot('pairs');
    for (let left = 4; left > 0; left--) {
      const date = panel()
        .getByLabel(/^Согласие получено:/)
        .first();
      await date.fill('2026-08-28');
      await panel().getByRole('button', { name: 'Отметить' }).first().click();
      expect(await statusText(page)).toMatch(/[Сс]огласи/);
      expect(
        await panel()
          .getByLabel(/^Согласие получено:/)
          .count(),
      ).toBe(left - 1);
    }
    const statuses = sheetRecords(s, 'Пары и группы').map((r) => r['Статус']);
    expect(statuses).toEqual(['Согласована', 'Согласована']);
    expect(await page.locator('li.pair .badge').allTextContents()).toEqual(['Согласована', 'Согласована']);
    await everyTab(s, '4-consents');

    // Документы: the order for the agreed pairs with the suggested number.
    await openTab(page, 'Документы');
    const number = panel().getByLabel('Номер приказа');
    const suggested = await number.inputValue();
    expect(suggested).not.toBe('');
    // The date input defaults to today, which the browser and the emulator share.
    expect(await panel().getByLabel('Дата приказа').inputValue()).toBe('2026-09-01');
    await panel().getByRole('button', { name: 'Создать приказ' }).click();
    expect(await statusText(page)).toMatch(/Приказ/);
    const orders = sheetRecords(s, 'Документы').filter((r) => r['Тип'] === 'Приказ');
    expect(orders).toHaveLength(1);
    const orderLink = page.locator('ul.docs a', { hasText: 'Документ' }).first();
    expect(await orderLink.getAttribute('target')).toBe('_blank');
    expect(await orderLink.getAttribute('rel')).toMatch(/noopener/);
    expect(await orderLink.getAttribute('href')).toMatch(/^https:\/\//);
    // The same number again: the server refuses in Russian and the sidebar offers «Пересоздать».
    await number.fill(String(orders[0]['Номер']));
    expect(await panel().getByLabel('Пересоздать приказ с этим номером').isVisible()).toBe(true);
    await panel().getByRole('button', { name: 'Создать приказ' }).click();
    expect(await statusText(page)).toMatch(/уже есть.*Пересоздать/);
    expect(await number.inputValue()).toBe(String(orders[0]['Номер']));
    await panel().getByLabel('Пересоздать приказ с этим номером').check();
    await panel().getByRole('button', { name: 'Создать приказ' }).click();
    expect(await statusText(page)).not.toMatch(/уже есть/);
    expect(sheetRecords(s, 'Документы').filter((r) => r['Тип'] === 'Приказ')).toHaveLength(1);
    await panel().getByText('Поля для шаблонов').click();
    expect(await page.locator('dl.placeholders dt').count()).toBeGreaterThan(5);
    await s.screenshot('documents');

    // Обзор: every agreed pair is in an order, so roadmap item 1.1 is done.
    await openTab(page, 'Обзор');
    const item11 = page.locator('li.roadmap-item[data-id="1.1"]');
    expect(await item11.locator('.badge').textContent()).toBe('Выполнено');
    expect(await item11.getAttribute('class')).toMatch(/st-ok/);
    expect(await page.locator('.counts').textContent()).toMatch(/Пары и группы2Без пары0/);
    expect(await page.locator('[role="tabpanel"]:not([hidden]) img').count()).toBe(0);
    await s.screenshot('overview-done');
    await everyTab(s, '5-order');

    expect(alerted).toBe(false);
    expect(s.pageErrors).toEqual([]);
  });
});
