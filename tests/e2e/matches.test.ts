/// <reference lib="dom" />
// Page functions run in the browser, so these tests see DOM types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { createCore } from '../../src/core';
import type { MatchPage } from '../../src/shared/api/contract/match';
import { launchBrowser, openApp, screenshot, startWeb, type WebApp } from './harness';
import { apiCall, column, seedWorkbench, waitForCount } from './matches-seed';

let app: WebApp;
let browser: Browser;
let all: MatchPage;
let nearMisses: MatchPage;

beforeAll(async () => {
  const dbPath = await seedWorkbench();
  // What the store says, to compare the grid with.
  const core = createCore({ dbPath, log: () => {} });
  all = await core.invoke('match.all', { limit: 500 });
  nearMisses = await core.invoke('match.all', { limit: 500, nearMissOnly: true });
  await core.close();
  // One more person after scoring: the scores are now older than the data.
  const db = new Database(dbPath);
  db.prepare("INSERT INTO people (full_name, title, track, sources) VALUES ('Noor Haddad', 'Platform Engineer', 'platform', '[\"ats\"]')").run();
  db.close();
  app = await startWeb(dbPath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** "On a shortlist" is a pill menu of single choices; the radio's value is the filter's value. */
async function pickOnShortlist(page: Page, value: string) {
  await page.click('button[aria-label="On a shortlist filter"]');
  await page.click(`.popover input[type="radio"][value="${value}"]`);
}

describe('the match grid in a real browser', () => {
  it('says the scores are out of date and re-scores them with progress', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.goto(`${app.origin}/#/matches`);
    await page.waitForSelector('.stale-banner[role="alert"]');
    expect(await page.textContent('.stale-banner')).toContain('Scores are out of date.');
    await screenshot(page, 'matches-stale-light');
    await page.click('button:has-text("Re-score now")');
    await page.waitForSelector('.stale-banner.fresh >> text=Scores are up to date', { timeout: 60_000 });
    await page.waitForSelector('.toast-success');
    expect(errors).toEqual([]);
  });

  it('ranks every open role’s candidates by score, filters near misses, sorts and narrows to one role', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.goto(`${app.origin}/#/matches`);
    await page.waitForSelector('.ag-cell[col-id="name"]');
    const total = (await apiCall<MatchPage>(app, 'match.all', { limit: 1 })).total;
    expect(total).toBeGreaterThanOrEqual(all.total);
    await waitForCount(page, `${total} matches across 3 open roles`);
    const scores = (await column(page, 'score')).map(Number);
    expect(scores.length).toBeGreaterThan(5);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(await column(page, 'name')).toContain(all.rows[0]!.name);
    await screenshot(page, 'matches-all-light');

    await page.check('text=Near misses only');
    await waitForCount(page, `${nearMisses.total} ${nearMisses.total === 1 ? 'match' : 'matches'} across 3 open roles with these filters`);
    expect(new Set(await column(page, 'name'))).toEqual(new Set(nearMisses.rows.map((r) => r.name)));
    await page.uncheck('text=Near misses only');

    await page.click('.ag-header-cell[col-id="name"] .ag-header-cell-label');
    await page.waitForFunction(() => document.querySelector('.ag-header-cell[col-id="name"]')?.getAttribute('aria-sort') === 'ascending');
    await page.waitForTimeout(300);
    const names = await column(page, 'name');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    await page.selectOption('select[aria-label="Role"]', { label: 'Senior Platform Engineer — REQ-101' });
    // Noor Haddad joined after the seed and the re-score may have added her: ask the store now.
    const platform = await apiCall<MatchPage>(app, 'match.forRole', { role: 'REQ-101', limit: 1 });
    await waitForCount(page, `${platform.total} matches for Senior Platform Engineer`);
    expect(page.url()).toMatch(/#\/matches\/\d+$/);
    expect(await page.isVisible('.ag-header-cell[col-id="roleTitle"]')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('exports what the grid shows (its filters, sort and visible columns) as CSV', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.goto(`${app.origin}/#/matches`);
    await page.waitForSelector('.ag-cell[col-id="name"]');
    await page.check('text=Near misses only');
    const near = await apiCall<MatchPage>(app, 'match.all', { limit: 500, nearMissOnly: true });
    await waitForCount(page, `${near.total} ${near.total === 1 ? 'match' : 'matches'} across 3 open roles with these filters`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export CSV")')]);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['Score', 'Name', 'Role']);
    expect(lines).toHaveLength(near.total + 1);
    await page.waitForSelector(`.toast-success >> text=Exported ${near.total}`);
    expect(errors).toEqual([]);
  });

  it("shows an alumna's former team and her shortlists, and filters on shortlist membership", async () => {
    const mlops = await apiCall<MatchPage>(app, 'match.forRole', { role: 'REQ-102', limit: 500 });
    const amara = mlops.rows.find((r) => r.name === 'Amara Okafor')!;
    await apiCall(app, 'shortlists.create', { name: 'MLOps boomerangs', reqId: 'REQ-102' });
    await apiCall(app, 'shortlists.addPeople', { shortlist: 'MLOps boomerangs', personIds: [amara.personId] });
    const { page, errors } = await openApp(browser, app);
    await page.goto(`${app.origin}/#/matches/${amara.roleId}`);
    await waitForCount(page, `${mlops.total} matches for MLOps Engineer`);
    await pickOnShortlist(page, 'role');
    await waitForCount(page, '1 match for MLOps Engineer with these filters');
    expect(await column(page, 'name')).toEqual(['Amara Okafor']);
    expect(await column(page, 'formerTeam')).toEqual(['ML Platform']);
    const chips = await page.$$eval('.ag-row[row-index="0"] [col-id="shortlists"] .chip', (els) => els.map((e) => [e.textContent, e.className]));
    expect(chips[0]).toEqual(['MLOps boomerangs', 'chip chip-list-role']);
    // No scrolling: at 1440 px the Shortlists column is in view from the start.
    await screenshot(page, 'matches-shortlisted-light');
    await page.click('button:has-text("Dark theme")');
    await screenshot(page, 'matches-shortlisted-dark');
    // "No" leaves her out; the column filter finds her by list name.
    await pickOnShortlist(page, 'no');
    await page.waitForFunction(() => document.querySelector('.view-header p.muted')?.textContent?.endsWith('with these filters') && !document.querySelector('.grid-loading'));
    expect(await column(page, 'name')).not.toContain('Amara Okafor');
    expect(errors).toEqual([]);
  });

  it('opens a match and explains its score part by part, with the evidence for each skill', async () => {
    const { page, errors } = await openApp(browser, app, { colorScheme: 'dark' });
    await page.goto(`${app.origin}/#/matches`);
    const top = all.rows[0]!;
    await page.click(`.ag-row[row-index="0"] .ag-cell[col-id="name"]`);
    await page.waitForSelector('.explanation table.parts');
    expect(await page.textContent('.detail-panel h2')).toBe(top.name);
    const parts = await page.$$eval('.explanation table.parts tbody tr .part-name', (els) => els.map((e) => e.textContent));
    expect(parts).toEqual(['Must-have skills', 'Nice-to-have skills', 'Track fit', 'Level fit', 'Location / remote', 'Availability', 'Boomerang', 'Depth']);
    const evidence = await page.$$eval('.explanation .evidence li', (lis) => lis.map((li) => li.textContent));
    for (const s of top.matched) expect(evidence.some((e) => e?.includes(`✓ ${s}`) && e.includes('from “'))).toBe(true);
    await screenshot(page, 'matches-explain-dark');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.detail-panel', { state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('chooses two people and adds them to a new shortlist for the role', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.goto(`${app.origin}/#/matches`);
    await page.waitForSelector('.ag-row[row-index="1"] .ag-selection-checkbox input');
    const picked = [(await column(page, 'name'))[0], (await column(page, 'name'))[1]];
    await page.click('.ag-row[row-index="0"] .ag-selection-checkbox input');
    await page.click('.ag-row[row-index="1"] .ag-selection-checkbox input');
    await page.waitForSelector('.bulk-bar >> text=2 chosen');
    await page.click('button[aria-label="Add to shortlist"]');
    await page.fill('input[aria-label="New shortlist name"]', 'Platform Q3 boomerangs');
    await page.selectOption('select[aria-label="Role of the new shortlist"]', { label: 'Senior Platform Engineer (REQ-101)' });
    await screenshot(page, 'matches-add-to-shortlist-light');
    await page.click('button:has-text("Create and add 2")');
    await page.waitForSelector('.toast-success >> text=added to “Platform Q3 boomerangs”');
    const lists = await apiCall<{ name: string; size: number }[]>(app, 'shortlists.list', {});
    expect(lists.find((l) => l.name === 'Platform Q3 boomerangs')?.size).toBe(new Set(picked).size);
    // The grid shows the new membership without a reload.
    await page.$eval('.ag-body-horizontal-scroll-viewport', (el) => el.scrollBy({ left: 600 }));
    await page.waitForFunction(() => document.querySelector('.ag-row[row-index="0"] [col-id="shortlists"]')?.textContent?.includes('Platform Q3 boomerangs'));
    expect(errors).toEqual([]);
  });
});
