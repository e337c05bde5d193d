// `npm start` in a browser: the playground server on a free port with a temporary state file, the
// page in Debian's Chromium. A teacher answers the request form and appears in the mentee bank; the
// clock moves past a reminder day; an order is generated through the sidebar's google.script.run and
// read in Диск; a restart keeps the state.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const CODE = join(ROOT, 'build', 'Code.js');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

interface Started {
  child: ChildProcess;
  url: string;
}

/** Starts `tsx dev/playground/server.ts` and waits for the address it prints. */
function startServer(statePath: string): Promise<Started> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'dev/playground/server.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', PLAYGROUND_STATE: statePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)}:\n${out}`));
    });
  });
}

/** Sends SIGTERM and waits for the server to save and exit. */
function stopServer(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

/** One google.script.run call from inside the sidebar frame, as the sidebar's own code makes it. */
async function run<T>(frame: Frame, fn: string, ...args: unknown[]): Promise<T> {
  const value = await frame.evaluate(
    ([name, callArgs]) =>
      new Promise<unknown>((resolve, reject) => {
        const google = (window as unknown as { google: { script: { run: Runner } } }).google;
        const runner = google.script.run
          .withSuccessHandler(resolve)
          .withFailureHandler((e) => reject(new Error(e.message)));
        runner[name](...callArgs);
      }),
    [fn, args] as [string, unknown[]],
  );
  return value as T;
}

function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

describe('npm start: the playground', () => {
  let dir: string;
  let server: Started;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The playground runs build/: `npm run test:e2e` builds first.
    if (!existsSync(CODE)) throw new Error('build/Code.js is missing: run npm run build');
    dir = mkdtempSync(join(tmpdir(), 'playground-'));
    server = await startServer(join(dir, 'state.json'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.goto(server.url);
    await page.locator('#doc-title').filter({ hasText: 'СОШ №4' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server.child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts on the demo school with its state saved', async () => {
    expect(existsSync(join(dir, 'state.json'))).toBe(true);
    await expect(page.locator('#clock-chip').textContent()).resolves.toContain('сентября 2026');
    await page.getByRole('tab', { name: 'Педагоги' }).click();
    await page.locator('table.grid').getByText('Гордеева Светлана Николаевна').waitFor();
  });

  // A teacher the school lists in «Педагоги», signed in with her own account (the form records the
  // verified address); an address the school does not list would wait for the curator's review.
  it('a teacher submits the request form and lands in the mentee bank', async () => {
    await page.getByRole('tab', { name: 'Формы' }).click();
    await page.locator('#forms-list').getByText('Профессиональные запросы педагогов').click();
    const form = page.locator('form.gform');
    await form.getByLabel('ФИО', { exact: true }).fill('Никифорова Ольга Васильевна');
    await form.getByLabel('Адрес электронной почты', { exact: true }).fill('nikiforova.ov@sosh4.example');
    await form.getByLabel('Должность', { exact: true }).fill('учитель');
    await form.getByLabel('Предмет (направление работы)', { exact: true }).fill('История и обществознание');
    await form.getByLabel('Молодой специалист', { exact: true }).check();
    await form.getByLabel('Классное руководство', { exact: true }).check();
    await form.getByLabel('Работа с родителями', { exact: true }).check();
    await form.getByLabel('Индивидуальная', { exact: true }).check();
    await form.getByRole('button', { name: 'Отправить' }).click();
    await form.getByRole('status').filter({ hasText: 'onFormSubmitTrigger: выполнено' }).waitFor();

    await page.getByRole('tab', { name: 'Таблица' }).click();
    await page.locator('#sheet-tabs').getByRole('tab', { name: 'Банк наставляемых' }).click();
    const row = page.locator('table.grid tr', { hasText: 'nikiforova.ov@sosh4.example' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Никифорова Ольга Васильевна');
  });

  it('a staff edit goes into the sheet as typed', async () => {
    await page.locator('#sheet-tabs').getByRole('tab', { name: 'Педагоги' }).click();
    await page.locator('table.grid').getByText('Гордеева Светлана Николаевна').waitFor();
    // The grid shows the data and three blank rows: the first blank one is two above the last.
    const row = (await page.locator('table.grid tbody tr').count()) - 2;
    await page.locator(`table.grid td[data-row="${row}"][data-col="1"]`).click();
    await page.locator('#cell-name', { hasText: `A${row}` }).waitFor();
    await page.locator('#cell-input').fill('Пробная Запись Сотрудника');
    await page.locator('#cell-input').press('Enter');
    await page
      .locator(`table.grid td[data-row="${row}"][data-col="1"]`, { hasText: 'Пробная Запись Сотрудника' })
      .waitFor();
  });

  it('the add-on menu built by onOpen runs an item and shows its alert', async () => {
    await page.locator('#menu-button').click();
    await page.getByRole('menuitem', { name: 'Проверить данные' }).click();
    const dialog = page.locator('#alert-dialog');
    await dialog.getByRole('heading', { name: 'Проверка данных' }).waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The header shows how long that execution would take on Google's clock (latency model).
    const chip = page.locator('#exec-chip');
    await chip.filter({ hasText: /^menuCheckData: \d+,\d с на Google$/ }).waitFor();
    await expect(chip.getAttribute('title')).resolves.toMatch(
      /menuCheckData \([^)@]+@[^)]+\): \d+,\d с, вызовов [1-9]\d*/,
    );
  });

  it('moving the clock a week fires the time-driven trigger on each day and shows what ran', async () => {
    await page.getByRole('tab', { name: 'Часы' }).click();
    await page.getByRole('button', { name: '+1 неделя' }).click();
    // The trigger is hourly (the daily work at the school's hour, unfinished work at the others).
    await page
      .locator('#clock-result')
      .filter({ hasText: /Запусков по расписанию: \d+/ })
      .waitFor();
    const ran = Number(
      /Запусков по расписанию: (\d+)/.exec((await page.locator('#clock-result').textContent()) ?? '')?.[1],
    );
    expect(ran).toBeGreaterThanOrEqual(7 * 23);
    await expect(page.locator('#clock-now').textContent()).resolves.toContain('17 сентября 2026');
    await expect(
      page.locator('#run-table tr', { hasText: 'dailyRunTrigger' }).count(),
    ).resolves.toBeGreaterThanOrEqual(7);
  });

  // The daily run (reminders before each deadline) is the bundle's dailyRunTrigger.
  it('the daily run emails reminders, newest first in Почта', async () => {
    const result = (await page.locator('#clock-result').textContent()) ?? '';
    expect(result).not.toContain('с ошибкой');
    expect(Number(/Отправлено писем: (\d+)/.exec(result)?.[1])).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Почта' }).click();
    const newest = (await page.locator('#mail-list li').first().textContent()) ?? '';
    expect(newest).toMatch(/\d\d\.09\.2026/);
    expect(newest).not.toMatch(/10\.09\.2026/);
  });

  it('an order generated through the sidebar is readable in Диск', async () => {
    const frame = sidebarFrame(page);
    const proposals = await run<{ fingerprint: string; proposals: Array<{ key: string }> }>(
      frame,
      'proposePairs',
    );
    expect(proposals.proposals.length).toBeGreaterThan(0);
    await run(
      frame,
      'acceptProposals',
      proposals.fingerprint,
      proposals.proposals.map((p) => ({ key: p.key })),
    );
    const pairs = await run<
      Array<{ id: string; mentor: { email: string }; mentees: Array<{ email: string }> }>
    >(frame, 'listPairs');
    const pair = pairs[0];
    for (const person of [pair.mentor, ...pair.mentees])
      await run(frame, 'recordConsent', pair.id, person.email, '2026-09-16');
    const made = await run<{ message: string }>(frame, 'generateOrder', {
      number: '118-о',
      date: '2026-09-17',
    });
    expect(made.message).toContain('Приказ № 118-о');

    await page.getByRole('tab', { name: 'Диск' }).click();
    await page.locator('#drive-tree button', { hasText: /^Приказ № 118-о.*документ$/ }).click();
    const doc = page.locator('#doc-view .doc');
    await doc.getByText('ПРИКАЗ', { exact: true }).waitFor();
    await expect(doc.textContent()).resolves.toContain('О закреплении наставнических пар');
    await expect(doc.locator('table').first().textContent()).resolves.toMatch(/наставник/i);
  });

  it('keeps the state across a restart', async () => {
    expect(await stopServer(server.child)).toBe(0);
    server = await startServer(join(dir, 'state.json'));
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Диск' }).click();
    await page
      .locator('#drive-tree button', { hasText: /^Приказ № 118-о/ })
      .first()
      .waitFor();
    await expect(page.locator('#clock-chip').textContent()).resolves.toContain('17 сентября 2026');
  });
});
