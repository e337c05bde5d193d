// The playground as a newcomer meets it (issue #17, item 17): the sidebar's date fields start at the
// playground's clock, not the machine's; a warning's link in the sidebar moves the grid to its row;
// links in letters are links; a document's PDF is a real PDF; an empty sheet is a grid; setup
// leaves no «Лист1». The server runs in this process on a temporary state file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startPlaygroundServer, type PlaygroundServer } from '../../dev/playground/http';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const SHOTS = process.env.SHOTS ?? '/tmp/sidebar-ux';

/** The sidebar's frame once its overview has loaded. */
async function sidebar(page: Page): Promise<Frame> {
  await page.waitForFunction(() => {
    const frame = document.getElementById('sidebar') as HTMLIFrameElement | null;
    return !!frame?.contentDocument?.querySelector('#panel-overview:not([aria-busy]) .counts');
  });
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

async function openSidebarTab(frame: Frame, name: string): Promise<void> {
  await frame.getByRole('tab', { name, exact: true }).click();
  await frame.waitForSelector('[role="tabpanel"]:not([hidden]):not([aria-busy])');
}

describe('the playground for a newcomer', () => {
  let dir: string;
  let app: PlaygroundServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'playground-ux-'));
    app = await startPlaygroundServer({ statePath: join(dir, 'state.json'), port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.goto(app.url);
    await page.locator('#doc-title').filter({ hasText: 'СОШ №4' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the sidebar’s date fields start at the playground’s date, and follow the clock', async () => {
    // The demo's clock says 10 September 2026, whatever the machine's date.
    expect(new Date().toISOString().slice(0, 10)).not.toBe('2026-09-10');
    let frame = await sidebar(page);
    await openSidebarTab(frame, 'Анкеты и мероприятия');
    await frame.locator('summary', { hasText: 'Добавить мероприятие' }).click();
    expect(await frame.getByLabel('Дата', { exact: true }).first().inputValue()).toBe('2026-09-10');
    await openSidebarTab(frame, 'Документы');
    expect(await frame.getByLabel('Дата приказа').inputValue()).toBe('2026-09-10');

    await page.getByRole('tab', { name: 'Часы' }).click();
    await page.getByRole('button', { name: '+1 день' }).click();
    await page.locator('#clock-now', { hasText: '11 сентября 2026' }).waitFor();
    frame = await sidebar(page);
    await openSidebarTab(frame, 'Документы');
    expect(await frame.getByLabel('Дата приказа').inputValue()).toBe('2026-09-11');
    // Its wall clock is the school's (Moscow), whatever the machine's time zone.
    expect(await frame.locator('#panel-documents .loaded').textContent()).toMatch(/^Обновлено в 09:[34]\d$/);
  });

  it('a warning’s link in the sidebar moves the grid to its sheet and row', async () => {
    // Staff type a malformed address far down «Педагоги».
    const view = app.playground.ws.sheets.snapshot(app.playground.ws.activeSpreadsheetId as string);
    const teachers = view.sheets.find((s) => s.name === 'Педагоги');
    if (!teachers) throw new Error('no «Педагоги»');
    const row = teachers.display.length;
    const column = teachers.display[0].indexOf('Email') + 1;
    expect(app.playground.editCell('Педагоги', row, column, 'не адрес').ok).toBe(true);
    await page.getByRole('tab', { name: 'Таблица' }).click();
    await page.locator('#sheet-tabs').getByRole('tab', { name: 'Банк наставляемых' }).click();

    const frame = await sidebar(page);
    await openSidebarTab(frame, 'Обзор');
    await frame.getByRole('button', { name: 'Обновить вкладку «Обзор»' }).click();
    await frame.waitForSelector('#panel-overview:not([aria-busy])');
    const group = frame.locator('details.warning-group', { hasText: 'лист «Педагоги»' });
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await group
      .locator('button.cell-link', { hasText: `строка ${row}` })
      .first()
      .click();
    await frame.locator('.status-ok', { hasText: `строка ${row}` }).waitFor();

    await page.locator('#sheet-tabs [aria-selected="true"]', { hasText: 'Педагоги' }).waitFor();
    const cell = page.locator(`table.grid td.selected[data-row="${row}"][data-col="${column}"]`);
    await cell.waitFor();
    expect(await page.locator('#cell-name').textContent()).toMatch(new RegExp(`^[A-Z]+${row}$`));
    // In view inside the grid's scrolling box.
    const seen = await cell.evaluate((td) => {
      const box = td.getBoundingClientRect();
      const wrap = (document.getElementById('grid-wrap') as HTMLElement).getBoundingClientRect();
      return box.top >= wrap.top && box.bottom <= wrap.bottom;
    });
    expect(seen).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'playground-warning-link.png') });
  });

  it('links in letters are links', async () => {
    await page.getByRole('tab', { name: 'Почта' }).click();
    await page.locator('#mail-list button', { hasText: 'Профессиональные запросы' }).first().click();
    const link = page.locator('#mail-view .body a[href^="https://docs.google.com/forms/"]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
  });

  it('a document’s PDF is a real PDF', async () => {
    const ws = app.playground.ws;
    const g = ws.globals() as unknown as { DocumentApp: GoogleAppsScript.Document.DocumentApp };
    const id = ws.calls.quietly(() => {
      const doc = g.DocumentApp.create('Проверка PDF');
      doc.getBody().appendParagraph('ПРИКАЗ').setHeading(g.DocumentApp.ParagraphHeading.TITLE);
      doc.getBody().appendParagraph('О закреплении наставнических пар');
      doc.getBody().appendTable([
        ['Наставник', 'Наставляемый'],
        ['Петрова Анна Сергеевна', 'Иванова Мария Петровна'],
      ]);
      doc.saveAndClose();
      return doc.getId();
    });
    const reply = await page.request.get(`${app.url}api/pdf?id=${encodeURIComponent(id)}`);
    expect(reply.headers()['content-type']).toBe('application/pdf');
    const bytes = await reply.body();
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    const text = bytes.toString('latin1');
    expect(text).toMatch(/\/Type \/Page\b/);
    expect(text).toMatch(/\/FontFile2/);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // The document's text also rides inside, so a reader (and a test) finds it.
    expect(bytes.toString('utf8')).toContain('О закреплении наставнических пар');
  });

  it('an empty spreadsheet is a grid; setup leaves no «Лист1»', async () => {
    await page.getByRole('tab', { name: 'Таблица' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Сбросить' }).click();
    await page.locator('#sheet-tabs [role="tab"]', { hasText: 'Лист1' }).waitFor();
    await page.locator('table.grid thead th', { hasText: /^J$/ }).waitFor();
    expect(await page.locator('table.grid tbody tr').count()).toBeGreaterThanOrEqual(30);
    await page.screenshot({ path: join(SHOTS, 'playground-empty-sheet.png') });

    await page.locator('#menu-button').click();
    await page.getByRole('menuitem', { name: 'Первоначальная настройка' }).click();
    await page.locator('#alert-dialog').getByRole('button', { name: 'OK' }).click();
    await page.locator('#sheet-tabs [role="tab"]', { hasText: 'Настройки' }).waitFor();
    expect(await page.locator('#sheet-tabs [role="tab"]', { hasText: 'Лист1' }).count()).toBe(0);
  });
});
