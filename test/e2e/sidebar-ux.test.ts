// The sidebar at a glance (issue #17): every tab loads again when opened and on «Обновить»; results
// and errors appear at the top of the panel, inside an 806 px viewport, however far down the click
// was; a mass mailing shows how many people and one letter, then asks; the overview is the roadmap's
// seven stages with a coloured mark per item and the next deadline, counts as bars, warnings grouped.
// Screenshots of every tab at 300 px go to SHOTS (default /tmp/sidebar-ux).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Bundle } from '../../dev/bundle';
import {
  answerAsListedTeacher,
  listTeacher,
  mentorAnswers,
  requestAnswers,
  SCHOOL_SETTINGS,
} from '../helpers/school';
import { closeBrowser, formIds, openSidebar, openTab, statusText, type Sidebar } from './harness';

type Workspace = Sidebar['ws'];

const SHOTS = process.env.SHOTS ?? '/tmp/sidebar-ux';
const PANEL = { width: 300, height: 806 };
const TAB_NAMES = ['Обзор', 'Подбор', 'Пары', 'Документы', 'Соглашения', 'Анкеты и мероприятия', 'Настройки'];

afterAll(closeBrowser);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Setup done and the settings filled in; the teachers listed in «Педагоги». */
function school(teachers: number) {
  return (ws: Workspace, bundle: Bundle, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => {
    bundle.setupWorkbook();
    bundle.saveSettings(SCHOOL_SETTINGS);
    for (let i = 1; i <= teachers; i++)
      listTeacher({ ws, ss }, `Учителева${i} Мария Ивановна`, `t${i}@school2.example`);
  };
}

function request(ws: Workspace, i: number): void {
  answerAsListedTeacher(
    ws,
    formIds({ ws }).requests.formId,
    requestAnswers({ name: `Учителева${i} Мария Ивановна`, email: `t${i}@school2.example` }, [
      'Методика урока',
    ]),
  );
}

const mentees = (page: Page) =>
  page
    .locator('[role="tabpanel"]:not([hidden]) .counts .count', { hasText: 'Наставляемые' })
    .locator('.count-n');

describe('the sidebar at a glance', () => {
  let s: Sidebar;
  afterEach(async () => {
    await s?.close();
  });

  it('a tab opened again shows answers that arrived meanwhile; «Обновить» loads it again in place', async () => {
    s = await openSidebar({}, school(5));
    const { page } = s;
    await page.waitForSelector('#panel-overview:not([aria-busy]) .counts');
    expect(await mentees(page).textContent()).toBe('0');
    // Two teachers answer the request form while the panel is open.
    request(s.ws, 1);
    request(s.ws, 2);
    await openTab(page, 'Пары');
    await openTab(page, 'Обзор');
    expect(await mentees(page).textContent()).toBe('2');
    request(s.ws, 3);
    const calls = s.calls.filter((c) => c === 'getDashboard').length;
    await page.locator('#panel-overview').getByRole('button', { name: 'Обновить вкладку «Обзор»' }).click();
    await page.waitForFunction(
      () => document.querySelector('#panel-overview .count:nth-child(3) .count-n')?.textContent === '3',
    );
    expect(s.calls.filter((c) => c === 'getDashboard').length).toBe(calls + 1);
    expect(await page.locator('#panel-overview .loaded').textContent()).toMatch(/^Обновлено в \d\d:\d\d$/);
  });

  it('a result and an error appear at the top of the panel, in view, after a click at the bottom of a long tab', async () => {
    s = await openSidebar({}, school(3));
    const { page } = s;
    await page.setViewportSize(PANEL);
    await openTab(page, 'Анкеты и мероприятия');
    const panel = page.locator('#panel-forms');
    await panel.locator('summary', { hasText: 'Добавить мероприятие' }).click();
    const add = panel.getByRole('button', { name: 'Добавить мероприятие' });
    await add.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

    // An error the client finds: nothing typed.
    await add.click();
    const error = panel.locator('.status.status-error');
    await error.waitFor();
    await expectAtTop(page, '#panel-forms .status');
    expect(await error.locator('.status-text').textContent()).toBe(
      'Укажите дату, тип и название мероприятия.',
    );

    // A result from the server.
    await panel.getByLabel('Тип').selectOption({ index: 1 });
    await panel.getByLabel('Название', { exact: true }).fill('Семинар наставников');
    await add.scrollIntoViewIfNeeded();
    await add.click();
    expect(await statusText(page)).toMatch(/Семинар наставников|[Мм]ероприятие/);
    await expectAtTop(page, '#panel-forms .status');
    // The status comes before the tab's content.
    expect(
      await page.evaluate(() => {
        const status = document.querySelector('#panel-forms .status');
        const content = document.querySelector('#panel-forms .content');
        return (
          !!status &&
          !!content &&
          !!(status.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }),
    ).toBe(true);
    await shot(page, 'forms-result-at-top');
  });

  it('a document made appears at the top with links to it and its PDF', async () => {
    s = await openSidebar({}, (ws, bundle, ss) => {
      school(0)(ws, bundle, ss);
      const { requests, mentors } = formIds({ ws });
      const mentor = { name: 'Петрова Анна Сергеевна', email: 'petrova@school2.example' };
      const mentee = { name: 'Иванова Мария Петровна', email: 'ivanova@school2.example' };
      answerAsListedTeacher(ws, mentors.formId, mentorAnswers(mentor, ['Методика урока']));
      answerAsListedTeacher(ws, requests.formId, requestAnswers(mentee, ['Методика урока']));
      bundle.createPair({ mentorEmail: mentor.email, menteeEmails: [mentee.email] });
      for (const email of [mentor.email, mentee.email])
        bundle.recordConsent('НП-2026-01', email, '2026-09-01');
    });
    const { page } = s;
    await page.setViewportSize(PANEL);
    await openTab(page, 'Документы');
    const panel = page.locator('#panel-documents');
    const create = panel.getByRole('button', { name: 'Создать приказ' });
    await create.scrollIntoViewIfNeeded();
    await create.click();
    expect(await statusText(page)).toMatch(/Приказ № 1/);
    await expectAtTop(page, '#panel-documents .status');
    const links = panel.locator('.status-ok ul.made a');
    expect(await links.count()).toBe(2);
    expect(await links.nth(0).textContent()).toMatch(/^Приказ № 1 от 01\.09\.2026/);
    expect(await links.nth(0).getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(await links.nth(1).textContent()).toMatch(/^PDF: Приказ № 1/);
    expect(await links.nth(1).getAttribute('href')).toMatch(/^https:\/\/drive\.google\.com\//);
    await shot(page, 'documents-order-made');
  });

  it('a mass mailing shows how many people and one letter, sends nothing until confirmed, and nothing on «Отмена»', async () => {
    s = await openSidebar({}, school(3));
    const { page } = s;
    await page.setViewportSize(PANEL);
    await openTab(page, 'Анкеты и мероприятия');
    const panel = page.locator('#panel-forms');
    const send = panel.getByRole('button', { name: 'Разослать форму запросов' });

    await send.click();
    const ask = panel.locator('.status.status-ask');
    await ask.waitFor();
    expect(await ask.locator('.ask-title').textContent()).toBe('Письмо получат 3 человека.');
    const letter = ask.locator('.letter');
    expect(await letter.textContent()).toContain(formIds(s).requests.publishedUrl);
    expect(await letter.textContent()).toMatch(/Кому: t\d@school2\.example/);
    await expectAtTop(page, '#panel-forms .status');
    await shot(page, 'forms-mailing-preview');
    expect(s.ws.mail.outbox).toHaveLength(0);
    await ask.getByRole('button', { name: 'Отмена' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(s.ws.mail.outbox).toHaveLength(0);
    expect(s.calls).not.toContain('sendRequestForm');

    await send.click();
    await ask.getByRole('button', { name: 'Отправить 3 письма' }).click();
    expect(await statusText(page)).toMatch(/3/);
    expect(s.ws.mail.outbox).toHaveLength(3);
    expect(s.calls.filter((c) => c === 'sendRequestForm')).toHaveLength(1);

    // Nobody left: no question, the reason instead.
    await send.click();
    expect(await statusText(page)).toMatch(/уже отправлена всем/);
    expect(await panel.locator('.status-ask').count()).toBe(0);
    expect(s.ws.mail.outbox).toHaveLength(3);
  });

  it('the overview: seven stages of coloured marks with the next deadline, counts as bars, warnings grouped and folded', async () => {
    // 20 September: 2.1 and 3.1 (15.09) are overdue, nobody has answered.
    s = await openSidebar({ now: '2026-09-20T09:00:00+03:00' }, school(4));
    const { page } = s;
    await page.setViewportSize(PANEL);
    await page.waitForSelector('#panel-overview:not([aria-busy]) .roadmap');
    const stages = page.locator('#panel-overview details.stage');
    expect(await stages.count()).toBe(7);
    expect(await page.locator('#panel-overview .mark').count()).toBe(14);
    const mark21 = page.locator('#panel-overview .mark', { hasText: '2.1' });
    expect(await mark21.getAttribute('class')).toContain('st-bad');
    expect(await mark21.getAttribute('title')).toBe('2.1: Просрочено');
    // A stage with something overdue is open; one with nothing due is folded.
    expect(await stages.nth(1).getAttribute('open')).not.toBeNull();
    expect(await stages.nth(6).getAttribute('open')).toBeNull();
    expect(await stages.nth(1).locator('.stage-next').textContent()).toBe('просрочен срок 15.09.2026');
    // The next deadline: 1.1, 2.2, 4.1 and 5.1 fall on 01.10.
    const next = page.locator('#panel-overview .next-deadline');
    expect(await next.textContent()).toMatch(/^Ближайший срок/);
    expect(await next.textContent()).toMatch(/до 01\.10\.2026 · через 11 дн\./);
    // Counts as bars against the number of teachers.
    const bar = page.locator('#panel-overview .count', { hasText: 'Педагоги' }).locator('.bar');
    expect(await bar.evaluate((el) => (el as HTMLElement).style.width)).toBe('100%');
    // Warnings by kind, each one link without the place spelled out.
    const overdue = page.locator('#panel-overview details.warning-group', {
      hasText: 'Просроченные пункты дорожной карты',
    });
    expect(await overdue.locator('summary').textContent()).toBe('Просроченные пункты дорожной карты (2)');
    const links = overdue.locator('button.cell-link');
    expect(await links.count()).toBe(2);
    expect(await links.first().textContent()).not.toMatch(/лист «|строка \d/);
    await links.first().click();
    expect(await statusText(page)).toMatch(
      /^Выделено: лист «Дорожная карта», строка \d+, столбец «Статус»\.$/,
    );
    // At 300 px nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    for (const [i, name] of TAB_NAMES.entries()) {
      await openTab(page, name);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      await shot(page, `tab-${i + 1}`);
    }
  });
});

/** The element's top is within the first 200 px of the viewport and its bottom inside it. */
async function expectAtTop(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: window.innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeLessThan(200);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
}
