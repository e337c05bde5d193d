// The browser tests' harness: a school on the offline Workspace running the real build/Code.js,
// build/Sidebar.html served on 127.0.0.1 with the google.script.run bridge, and Debian's Chromium
// driven by playwright-core at the sidebar's 300 px. Builds nothing: run `npm run build` first.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../dev/workspace';
import { BUILD_DIR, loadBundle, type Bundle } from '../../dev/bundle';
import { RUN_PATH, runCall, sidebarPage } from '../../dev/bridge';

export const CURATOR = 'curator@school2.example';
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Sidebar {
  ws: Workspace;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  bundle: Bundle;
  page: Page;
  url: string;
  /** Every google.script.run call the page made, in order (function names). */
  calls: string[];
  /** Milliseconds each reply waits before it is sent (to see progress and double clicks). */
  delay: { ms: number };
  /** Errors the page logged or threw. */
  pageErrors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | null = null;

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return browser;
}

/** Closes the browser the tests of one file shared (call in afterAll). */
export async function closeBrowser(): Promise<void> {
  if (browser) await browser.close();
  browser = null;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * A new school (an empty spreadsheet, setup not run) and the sidebar open on it. `before` runs on
 * the workspace before the page loads (e.g. setup and form responses).
 */
export async function openSidebar(
  options: WorkspaceOptions = {},
  before: (ws: Workspace, bundle: Bundle, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void = () =>
    undefined,
): Promise<Sidebar> {
  const now = options.now ?? '2026-09-01T09:00:00+03:00';
  const ws = createWorkspace({ user: CURATOR, ...options, now });
  const ss = ws.createSpreadsheet('Наставничество — МБОУ «СОШ №2»');
  const bundle = loadBundle(ws);
  before(ws, bundle, ss);
  const page = sidebarPage(BUILD_DIR);
  const calls: string[] = [];
  const delay = { ms: 0 };

  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url === '/sidebar')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page);
      return;
    }
    if (req.method === 'POST' && req.url === RUN_PATH) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let reply;
        try {
          const { fn, args } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            fn: string;
            args: unknown[];
          };
          calls.push(fn);
          reply = runCall(bundle, fn, args);
        } catch (e) {
          reply = { ok: false, error: (e as Error).message };
        }
        const body = JSON.stringify(reply);
        setTimeout(() => {
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
          res.end(body);
        }, delay.ms);
      });
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  });
  const port = await listen(server);
  const url = `http://127.0.0.1:${port}/`;

  const b = await sharedBrowser();
  const context = await b.newContext({
    viewport: { width: 300, height: 800 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
  });
  // The browser's today is the emulator's today, as a curator's computer and Google agree on it.
  await context.clock.setFixedTime(new Date(now));
  // Nothing outside this server may be fetched: school networks block CDNs, and so do we.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    return target.startsWith(url) ? route.continue() : route.abort();
  });
  const tab = await context.newPage();
  const pageErrors: string[] = [];
  tab.on('pageerror', (e) => pageErrors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await tab.goto(url);

  return {
    ws,
    ss,
    bundle,
    page: tab,
    url,
    calls,
    delay,
    pageErrors,
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await tab.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export { formIds, sheetRecords } from '../helpers/school';

/** The active tab's status line once it shows a result (not progress). */
export async function statusText(page: Page): Promise<string> {
  const status = page.locator('[role="tabpanel"]:not([hidden]) .status:is(.status-ok, .status-error)');
  await status.waitFor({ state: 'visible' });
  return (await status.locator('.status-text').textContent()) ?? '';
}

/** Opens a tab by its name and waits until its content has loaded. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForSelector('[role="tabpanel"]:not([hidden]):not([aria-busy])');
}
