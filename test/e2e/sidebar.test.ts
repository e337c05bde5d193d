// The sidebar's behaviour beyond the happy path: warnings that lead to the cell, the server's
// Russian messages with nothing typed lost, one run per double click, the tablist by keyboard,
// 300 px without horizontal scroll, events and publications.
import { answerAsListedTeacher, mentorAnswers, requestAnswers } from '../helpers/school';
import type { Bundle } from '../../dev/bundle';
import type { Workspace } from 'apps-script-emulator';
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

const TAB_NAMES = ['Обзор', 'Подбор', 'Пары', 'Документы', 'Соглашения', 'Анкеты и мероприятия', 'Настройки'];

/** A school after setup, with its details filled in and one mentor and one mentee. */
function school(ws: Workspace, bundle: Bundle): void {
  bundle.setupWorkbook();
  bundle.saveSettings({
    schoolFullName: 'МБОУ «Средняя общеобразовательная школа №2» г. Сосногорска',
    schoolShortName: 'МБОУ «СОШ №2»',
    city: 'Сосногорск',
    directorName: 'Смирнова Елена Викторовна',
    curatorName: 'Орлова Наталья Павловна',
  });
  const { requests, mentors } = formIds({ ws });
  answerAsListedTeacher(
    ws,
    mentors.formId,
    mentorAnswers({ name: 'Петрова Анна Сергеевна', email: 'petrova@school2.example' }, ['Методика урока']),
  );
  answerAsListedTeacher(
    ws,
    requests.formId,
    requestAnswers({ name: 'Иванова Мария Петровна', email: 'ivanova@school2.example' }, ['Методика урока']),
  );
}

describe('the sidebar', () => {
  let s: Sidebar;
  afterEach(async () => {
    await s?.close();
  });

  it('offers setup first on an empty spreadsheet, then shows the 14 roadmap items by stage with days left', async () => {
    s = await openSidebar();
    const { page } = s;
    expect(await page.locator('li.roadmap-item').count()).toBe(0);
    await page.getByRole('button', { name: 'Первоначальная настройка' }).click();
    expect(await statusText(page)).toMatch(/Созданы листы/);
    expect(await page.locator('li.roadmap-item').count()).toBe(14);
    expect(await page.locator('details.stage').count()).toBe(7);
    const item21 = page.locator('li.roadmap-item[data-id="2.1"]');
    expect(await item21.locator('.item-deadline').textContent()).toBe('до 15.09.2026 · через 14 дн.');
    expect(await page.locator('.counts').textContent()).toMatch(
      /Педагоги0Наставники0Наставляемые0Пары и группы0Без пары0/,
    );
  });

  it('a warning about a bad row selects that cell in the spreadsheet; «Проверить данные» lists the same with links', async () => {
    s = await openSidebar({}, (ws, bundle, ss) => {
      school(ws, bundle);
      ws.calls.quietly(() => {
        const sheet = ss.getSheetByName('Банк наставников') as GoogleAppsScript.Spreadsheet.Sheet;
        const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
        sheet.getRange(2, header.indexOf('Email') + 1).setValue('не адрес');
      });
    });
    const { page } = s;
    // Warnings are grouped by kind; a folded group opens on its summary.
    const group = page.locator('details.warning-group', { hasText: 'лист «Банк наставников»' });
    await group.waitFor();
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    const warning = group.locator('.warnings button', { hasText: 'строка 2' }).first();
    expect(await warning.getAttribute('title')).toMatch(/^Перейти: лист «Банк наставников», строка 2/);
    await warning.click();
    expect(await statusText(page)).toMatch(/^Выделено: лист «Банк наставников», строка 2/);
    const active = s.ws.calls.quietly(() => {
      const range = s.ss.getActiveRange() as GoogleAppsScript.Spreadsheet.Range;
      return `${range.getSheet().getName()}!${range.getA1Notation()}`;
    });
    expect(active).toBe('Банк наставников!B2');

    await openTab(page, 'Настройки');
    await page.getByRole('button', { name: 'Проверить данные' }).click();
    expect(await statusText(page)).toMatch(
      /^Проверка закончена: замечаний — \d+\. Список со ссылками на строки — ниже, в разделе «Проверка данных»\.$/,
    );
    const problem = page.locator('.check .warnings button', { hasText: 'строка 2' }).first();
    expect(await problem.textContent()).toMatch(/Банк наставников/);
    await s.screenshot('settings-check');
  });

  it('a server refusal shows its Russian message and keeps what was typed; a double click runs once', async () => {
    s = await openSidebar({}, school);
    const { page } = s;
    await openTab(page, 'Пары');
    await page.getByLabel('Email наставника').fill('nobody@school2.example');
    await page.getByLabel('Email наставляемых').fill('ivanova@school2.example');
    await page.getByRole('button', { name: 'Создать пару' }).click();
    const message = await statusText(page);
    expect(message).toMatch(/[А-Яа-яЁё]/);
    expect(message).not.toMatch(/\bat\s|Error|\.ts:|Exception/);
    expect(await page.locator('.status-error [role="alert"]').count()).toBe(1);
    expect(await page.getByLabel('Email наставника').inputValue()).toBe('nobody@school2.example');
    expect(await page.getByLabel('Email наставляемых').inputValue()).toBe('ivanova@school2.example');
    // A mistake the client sees needs no round trip.
    const before = s.calls.length;
    await page.getByLabel('Email наставника').fill('petrova');
    await page.getByRole('button', { name: 'Создать пару' }).click();
    expect(await statusText(page)).toBe('Укажите email наставника, например ivanova@school.ru.');
    expect(s.calls.length).toBe(before);

    // Slow replies: the button disables and shows progress; a double click proposes once.
    s.delay.ms = 400;
    await openTab(page, 'Подбор');
    const propose = page.getByRole('button', { name: 'Подобрать наставников' });
    await propose.dblclick({ force: true });
    expect(await propose.isDisabled()).toBe(true);
    expect(await page.locator('.status-progress').textContent()).toMatch(/Подбираю/);
    expect(await statusText(page)).toBe('Предложений: 1; без наставника: 0.');
    expect(s.calls.filter((c) => c === 'proposePairs')).toHaveLength(1);
    const accept = page.getByRole('button', { name: 'Принять', exact: true });
    await accept.click();
    await accept.click({ force: true }).catch(() => undefined);
    expect(await statusText(page)).toMatch(/НП-/);
    expect(s.calls.filter((c) => c === 'acceptProposals')).toHaveLength(1);
    expect(sheetRecords(s, 'Пары и группы')).toHaveLength(1);
  });

  it('the tabs are a tablist for the keyboard, and no tab scrolls sideways at 300 px', async () => {
    s = await openSidebar({}, school);
    const { page } = s;
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(TAB_NAMES);
    await page.getByRole('tab', { name: 'Обзор' }).focus();
    for (let i = 1; i < TAB_NAMES.length; i++) {
      await page.keyboard.press('ArrowRight');
      const selected = page.locator('[role="tab"][aria-selected="true"]');
      expect(await selected.textContent()).toBe(TAB_NAMES[i]);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TAB_NAMES[i]);
      expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
      await page.waitForSelector('[role="tabpanel"]:not([hidden]):not([aria-busy])');
      const panelLabel = await page
        .locator('[role="tabpanel"]:not([hidden])')
        .getAttribute('aria-labelledby');
      expect(await page.locator(`#${panelLabel}`).textContent()).toBe(TAB_NAMES[i]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Обзор');
    await page.keyboard.press('End');
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toBe('Настройки');
    // Every input, select and textarea has a label.
    for (const name of TAB_NAMES) {
      await openTab(page, name);
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[role="tabpanel"]:not([hidden]) :is(input, select, textarea)'))
          .filter((el) => (el as HTMLInputElement).labels?.length === 0)
          .map((el) => el.outerHTML),
      );
      expect(unlabelled).toEqual([]);
    }
  });

  it('events: add one, prepare the publication texts, record where it was published; a practice goes into the collection', async () => {
    s = await openSidebar({}, school);
    const { page } = s;
    await openTab(page, 'Анкеты и мероприятия');
    // 2.1 counts as the roadmap does: the mentor's questionnaire is her answer too.
    expect(await page.locator('li.card[data-kind="requests"]').textContent()).toMatch(/Ответили: 2 из 2/);
    await page.getByText('Добавить мероприятие', { exact: true }).first().click();
    await page.getByLabel('Тип').selectOption('Семинар');
    await page.getByLabel('Название', { exact: true }).fill('Семинар «Наставничество в школе»');
    await page.getByLabel('Участники').fill('12');
    await page.getByLabel('Ответственный').fill('Орлова Н. П.');
    await page.getByRole('button', { name: 'Добавить мероприятие' }).click();
    expect(await statusText(page)).not.toMatch(/Укажите/);
    expect(sheetRecords(s, 'Мероприятия').map((r) => r['Название'])).toEqual([
      'Семинар «Наставничество в школе»',
    ]);
    const card = page.locator('li.event');
    expect(await card.textContent()).toMatch(/Публикации нет/);

    await card.getByRole('button', { name: 'Подготовить публикацию' }).click();
    expect(await statusText(page)).toMatch(/Тексты готовы/);
    const site = page.getByLabel('Текст для сайта');
    expect(await site.getAttribute('readonly')).not.toBeNull();
    expect(await site.inputValue()).toMatch(/Наставничество в школе/);
    expect(await page.getByLabel('Текст для соцсетей').inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Копировать для сайта' }).click();
    // Copying is asynchronous (the clipboard may refuse: then the text is selected for Ctrl+C).
    await page.locator('.status-ok .status-text', { hasText: /скопирован|выделен/ }).waitFor();

    await card.getByRole('button', { name: 'Отметить публикацию' }).click();
    await page.getByLabel('Канал').selectOption('ВКонтакте');
    await page.getByLabel('Ссылка на публикацию').fill('https://vk.com/wall-1_2');
    await page.getByRole('button', { name: 'Сохранить публикацию' }).click();
    expect(await statusText(page)).not.toMatch(/Укажите/);
    expect(sheetRecords(s, 'Публикации').map((r) => r['Канал'])).toEqual(['ВКонтакте']);
    expect(await page.locator('li.event').textContent()).not.toMatch(/Публикации нет/);

    await page.getByText('Методическая копилка: добавить практику').click();
    await page.getByLabel('Название практики').fill('Взаимопосещение уроков');
    await page.getByLabel('Ссылка', { exact: true }).fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Добавить в копилку' }).click();
    // The server takes only http(s) links: its message names the field, and the form is kept.
    expect(await statusText(page)).toMatch(/нужна ссылка, начинающаяся с http/);
    expect(sheetRecords(s, 'Методическая копилка')).toHaveLength(0);
    expect(await page.getByLabel('Название практики').inputValue()).toBe('Взаимопосещение уроков');
    await page.getByLabel('Ссылка', { exact: true }).fill('https://school2.example/practice');
    await page.getByRole('button', { name: 'Добавить в копилку' }).click();
    expect(await statusText(page)).not.toMatch(/нужна ссылка/);
    expect(sheetRecords(s, 'Методическая копилка').map((r) => r['Название'])).toEqual([
      'Взаимопосещение уроков',
    ]);
    await s.screenshot('forms');
    expect(s.pageErrors).toEqual([]);
  });
});
