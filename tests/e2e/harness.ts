import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

// End-to-end tests drive the real workbench: `npm run web`'s own entry, a real SQLite file and
// Debian's Chromium. No browser means a failed run, never a skipped one.

export const ROOT = path.resolve(__dirname, '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

export function chromiumPath(): string {
  const candidates = [process.env.BRIDGEHIRE_CHROMIUM, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked at ${candidates.join(', ')}). Install it: apt-get install -y chromium, or set BRIDGEHIRE_CHROMIUM.`);
  return found;
}

export interface WebApp {
  url: string;
  token: string;
  origin: string;
  server: ChildProcess;
  stop(): Promise<void>;
}

/** Starts browser mode exactly as a user would (scripts/web.mjs), on a free port, and reads its URL. */
export async function startWeb(dbPath: string): Promise<WebApp> {
  const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'web.mjs'), '--port', '0', '--db', dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr!.on('data', (d) => (stderr += String(d)));
  const first = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: server.stdout! });
    const timer = setTimeout(() => reject(new Error(`web server did not print its URL in time. stderr: ${stderr}`)), 120_000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    server.once('exit', (code) => reject(new Error(`web server exited with ${code}: ${stderr}`)));
  });
  const m = /^http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+)$/.exec(first);
  if (!m) throw new Error(`unexpected first line from the web server: ${first}`);
  return {
    url: first,
    token: m[2]!,
    origin: `http://127.0.0.1:${m[1]}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Opens the app page and collects console errors and failed API calls, which fail a test. */
export async function openApp(browser: Browser, app: WebApp, opts: { colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: opts.colorScheme ?? 'light', locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(app.url);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits until the grid shows loaded rows: infinite-model placeholder rows render before their data. */
export async function waitForRows(page: Page, colId = 'name'): Promise<void> {
  await page.waitForFunction((c) => {
    const cells = [...document.querySelectorAll(`.ag-cell[col-id="${c}"]`)];
    return cells.length > 0 && cells.every((x) => (x.textContent ?? '').trim() !== '');
  }, colId);
}
