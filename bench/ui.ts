/// <reference lib="dom" />
// Workbench UI benchmark (issue #6, item 7): 100,000 people (15% alumni) and 60 open roles, seeded
// straight into a temp workspace with SQL and scored once; then `npm run web`'s own entry and
// Debian's Chromium, measuring what a manager waits for: the first rows of each grid (opening the
// app cold, and switching to the view), a filter applied from the filter bar, a quick search, and
// a jump to the middle of the list. Run: npx tsx bench/ui.ts [--people N] [--roles N] [--runs N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCore } from '../src/core';
import { generate } from './matchData';
import { launchBrowser, openApp, startWeb, type WebApp } from '../tests/e2e/harness';

const TODAY = new Date().toISOString().slice(0, 10);

export interface UiTiming {
  grid: string;
  rows: number;
  /** Opening the app on this view: page load to the first row drawn. */
  coldMs: number;
  /** Switching to this view inside the running app: to the first row drawn. */
  firstRowsMs: number;
  /** A filter-bar filter: from the click to the new count and rows drawn. */
  filterMs: number;
  filterRows: number;
  /** A word in the search box: to the rows drawn (the box waits 250 ms on purpose). */
  searchMs: number;
  /** Jumping to the middle of the list: to the rows there drawn. */
  scrollMs: number;
}

export interface UiBenchResult {
  people: number;
  roles: number;
  seedSeconds: number;
  scoreSeconds: number;
  timings: UiTiming[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The count line's number ("100,000 people in the workspace" → 100000). */
async function countLine(page: Page): Promise<string> {
  return (await page.textContent('.view-header p.muted')) ?? '';
}

/** Waits until the grid has drawn rows with text and nothing is loading. */
async function rowsDrawn(page: Page, minIndex = 0): Promise<void> {
  await page.waitForFunction(
    (min) => {
      if (document.querySelector('.grid-loading') || document.querySelector('.ag-row-loading')) return false;
      return [...document.querySelectorAll('.ag-row[row-index]')].some((r) => Number(r.getAttribute('row-index')) >= min && (r.querySelector('[col-id="name"],[col-id="title"]')?.textContent ?? '') !== '');
    },
    minIndex,
    { timeout: 60_000, polling: 'raf' },
  );
}


/**
 * Times, inside the page, from an action to the moment the count line has changed and the rows are
 * drawn (checked every animation frame), so the driver's own overhead is not counted.
 */
async function timeInPage(page: Page, action: 'click' | 'type' | 'hash' | 'scroll', arg: string, minIndex = 0): Promise<number> {
  return page.evaluate(
    ({ action, arg, minIndex }) =>
      new Promise<number>((resolve, reject) => {
        const countText = () => document.querySelector('.view-header p.muted')?.textContent ?? '';
        const before = countText();
        const drawn = () =>
          !document.querySelector('.grid-loading') &&
          !document.querySelector('.ag-row-loading') &&
          [...document.querySelectorAll('.ag-row[row-index]')].some((r) => Number(r.getAttribute('row-index')) >= minIndex && (r.querySelector('[col-id="name"]')?.textContent ?? '') !== '');
        const t0 = performance.now();
        if (action === 'click') (document.querySelector(arg) as HTMLElement).click();
        else if (action === 'hash') window.location.hash = arg;
        else if (action === 'scroll') {
          const el = [...document.querySelectorAll<HTMLElement>('.grid-wrap *')].find((e) => e.scrollHeight > e.clientHeight + 2000 && /(auto|scroll)/.test(getComputedStyle(e).overflowY));
          if (el) el.scrollTop = el.scrollHeight / 2;
        } else {
          const input = document.querySelector('input[aria-label="Quick search"]') as HTMLInputElement;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, arg);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const needsNewCount = action === 'click' || action === 'type';
        // After a view switch, the old view's rows may still be on screen for a frame: wait for the new view.
        const h1 = action === 'hash' ? arg.replace('#/', '').replace(/^./, (c) => c.toUpperCase()) : null;
        const tick = () => {
          if (performance.now() - t0 > 60_000) {
            const seen = [...document.querySelectorAll('.ag-row[row-index]')].map((r) => r.getAttribute('row-index')).slice(0, 3).join(',');
            return reject(new Error(`timed out after ${action} ${arg}: count "${countText()}", rows ${seen}, wanted index ${minIndex}`));
          }
          const t = countText();
          const onView = !h1 || document.querySelector('.view-header h1')?.textContent === h1;
          if (onView && (!needsNewCount || (t !== before && t !== 'Loading…')) && t !== 'Loading…' && drawn()) resolve(performance.now() - t0);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { action, arg, minIndex },
  );
}

interface GridSpec {
  grid: 'candidates' | 'rehire' | 'matches';
  /** Opens what holds the filter (not timed), and names the control to click (timed). */
  openFilter: (page: Page) => Promise<void>;
  filterControl: string;
  search: string;
}

const GRIDS: GridSpec[] = [
  {
    grid: 'candidates',
    openFilter: (page) => page.click('button[aria-label="Track filter"]'),
    filterControl: '.popover .checklist label:nth-child(4) input', // Platform
    search: 'kubernetes',
  },
  {
    grid: 'rehire',
    openFilter: (page) => page.click('button[aria-label="Rehire filter"]'),
    filterControl: '.popover .checklist label:nth-child(2) input', // Eligible
    search: 'terraform',
  },
  {
    grid: 'matches',
    openFilter: async () => {},
    filterControl: '.filter-toggle input',
    search: 'pytorch',
  },
];

async function measureGrid(browser: Browser, app: WebApp, spec: GridSpec): Promise<UiTiming> {
  // Cold: a new window opening the app straight on this view.
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  // tsx keeps function names with a helper the page does not have; give it one.
  await ctx.addInitScript('window.__name = (f) => f');
  const page = await ctx.newPage();
  const t = performance.now();
  await page.goto(app.url);
  await page.evaluate((g) => (window.location.hash = `#/${g}`), spec.grid);
  await rowsDrawn(page);
  const coldMs = performance.now() - t;
  const rows = Number((await countLine(page)).split(' ')[0]!.replace(/[^\d]/g, '')) || 0;

  // Warm: from another view to this one.
  await page.evaluate(() => (window.location.hash = '#/roles'));
  await page.waitForSelector('.ag-cell[col-id="title"]');
  await page.waitForTimeout(200);
  const firstRowsMs = await timeInPage(page, 'hash', `#/${spec.grid}`);

  // Jump to the middle (a moment later, as a person would).
  await page.waitForTimeout(300);
  const mid = Math.floor(rows / 2);
  const scrollMs = await timeInPage(page, 'scroll', '', Math.floor(mid * 0.8));

  // A filter from the bar.
  await spec.openFilter(page);
  const filterMs = await timeInPage(page, 'click', spec.filterControl);
  const filterRows = Number((await countLine(page)).split(' ')[0]!.replace(/[^\d]/g, ''));
  await page.keyboard.press('Escape');

  // The search box: a word typed (or pasted) into it.
  const searchMs = await timeInPage(page, 'type', spec.search);
  await ctx.close();
  return { grid: spec.grid, rows, coldMs, firstRowsMs, filterMs, filterRows, searchMs, scrollMs };
}

/** Seeds the workspace, scores it, and measures each grid `runs` times (medians). */
export async function benchUi(o: { people?: number; roles?: number; runs?: number; log?: (s: string) => void } = {}): Promise<UiBenchResult> {
  const people = o.people ?? 100_000;
  const roles = o.roles ?? 60;
  const runs = o.runs ?? 3;
  const log = o.log ?? (() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgehire-ui-bench-'));
  const dbPath = path.join(dir, 'workspace.sqlite');
  let app: WebApp | null = null;
  let browser: Browser | null = null;
  try {
    const core = createCore({ dbPath, log: () => {} });
    let t = performance.now();
    generate(core.db, { people, roles, today: TODAY });
    const seedSeconds = (performance.now() - t) / 1000;
    log(`seeded ${people.toLocaleString('en-US')} people and ${roles} roles in ${seedSeconds.toFixed(1)} s`);
    t = performance.now();
    await core.invoke('match.rescore', { jobId: 'bench', full: true });
    const scoreSeconds = (performance.now() - t) / 1000;
    log(`scored in ${scoreSeconds.toFixed(1)} s`);
    await core.close();

    app = await startWeb(dbPath);
    browser = await launchBrowser();
    // Warm the server and the browser cache once, as a manager's second look would be.
    const warm = await openApp(browser, app);
    await rowsDrawn(warm.page);
    await warm.page.context().close();

    const timings: UiTiming[] = [];
    for (const spec of GRIDS) {
      const all: UiTiming[] = [];
      for (let i = 0; i < runs; i++) all.push(await measureGrid(browser, app, spec));
      const m = (k: keyof UiTiming) => median(all.map((x) => x[k] as number));
      timings.push({ grid: spec.grid, rows: all[0]!.rows, filterRows: all[0]!.filterRows, coldMs: m('coldMs'), firstRowsMs: m('firstRowsMs'), filterMs: m('filterMs'), searchMs: m('searchMs'), scrollMs: m('scrollMs') });
      log(`${spec.grid} measured`);
    }
    return { people, roles, seedSeconds, scoreSeconds, timings };
  } finally {
    await browser?.close();
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printUiTable(r: UiBenchResult, runs: number): string {
  const head = `Workbench UI benchmark (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}; ${r.people.toLocaleString('en-US')} people, ${r.roles} open roles; medians of ${runs}; Chromium headless)`;
  const ms = (x: number) => `${Math.round(x)}`.padStart(8);
  const lines = r.timings.map(
    (t) =>
      `${t.grid.padEnd(11)} ${t.rows.toLocaleString('en-US').padStart(9)} ${ms(t.coldMs)} ${ms(t.firstRowsMs)} ${ms(t.scrollMs)} ${ms(t.filterMs)} ${t.filterRows.toLocaleString('en-US').padStart(9)} ${ms(t.searchMs)}`,
  );
  return [
    head,
    `seed ${r.seedSeconds.toFixed(1)} s, full score ${r.scoreSeconds.toFixed(1)} s (not part of the UI figures)`,
    `${'grid'.padEnd(11)} ${'rows'.padStart(9)} ${'cold ms'.padStart(8)} ${'first ms'.padStart(8)} ${'middle'.padStart(8)} ${'filter'.padStart(8)} ${'→ rows'.padStart(9)} ${'search'.padStart(8)}`,
    ...lines,
    'cold: page load to first rows; first: switching to the view; middle: jump to the middle of the list; filter: one filter-bar filter; search: a word in the search box to rows (includes the 250 ms typing pause).',
  ].join('\n');
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const num = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const runs = num('--runs') ?? 3;
  benchUi({ people: num('--people'), roles: num('--roles'), runs, log: (s) => process.stderr.write(`${s}\n`) }).then(
    (r) => console.log(printUiTable(r, runs)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
