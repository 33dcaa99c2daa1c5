/// <reference lib="dom" />
// Page functions run in the browser, so these tests see DOM types.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SavedView } from '../../src/shared/api/contract/views';
import { openApp, screenshot } from './harness';
import { serveForSpec } from './serve';
import { apiCall, column, seedWorkbench, waitForCount } from './matches-seed';

const env = serveForSpec(seedWorkbench);

async function openViews(page: Page) {
  await page.click('button[aria-label="Saved views"]');
  await page.waitForSelector('.saved-views li');
}

describe('saved views in a real browser', () => {
  it('saves a grid’s filters, sort and columns under a name, and restores them after a reload', async () => {
    const { page, errors } = await openApp(env.browser, env.app);
    await page.goto(`${env.app.origin}/#/candidates`);
    await waitForCount(page, '12 people in the workspace');
    // Filter bar: platform and SRE people; column filter: title contains "engineer"; sort: name descending; hide "Company".
    await page.click('button[aria-label="Track filter"]');
    await page.check('.popover label:has-text("Platform") input');
    await page.check('.popover label:has-text("SRE") input');
    await page.keyboard.press('Escape');
    await page.fill('input[aria-label="Title Filter Input"]', 'engineer');
    await waitForCount(page, '4 people match the filters');
    await page.click('.ag-header-cell[col-id="name"] .ag-header-cell-label');
    await page.click('.ag-header-cell[col-id="name"] .ag-header-cell-label');
    await page.click('button[aria-label="Columns"]');
    await page.uncheck('.columns-menu label:has-text("Company") input');
    await page.keyboard.press('Escape');
    expect(await column(page, 'name')).toEqual(['Jamal Carter', 'Gustavo Lima', 'Emeka Nwosu', 'Bjørn Halvorsen']);

    // Sort, hidden and pinned columns stay as they were after a reload, without any saved view.
    await page.click('button[aria-label="Columns"]');
    await page.click('.columns-menu li:has-text("Title") button.pin');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForSelector('.ag-cell[col-id="name"]');
    expect(await page.isVisible('.ag-header-cell[col-id="company"]')).toBe(false);
    expect(await page.getAttribute('.ag-header-cell[col-id="name"]', 'aria-sort')).toBe('descending');
    await page.click('button[aria-label="Columns"]');
    expect(await page.getAttribute('.columns-menu li:has-text("Title") button.pin', 'aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    // The filter bar and the column filters come back for this window's session too.
    await waitForCount(page, '4 people match the filters');

    await openViews(page);
    await page.fill('input[aria-label="View name"]', 'Platform engineers, Z–A');
    await page.click('button:has-text("Save view")');
    await page.waitForSelector('.toast-success >> text=View "Platform engineers, Z–A" saved.');
    const stored = (await apiCall<SavedView[]>(env.app, 'views.list', { grid: 'candidates' })).find((v) => v.name === 'Platform engineers, Z–A')!;
    expect(stored.state.toolbar).toMatchObject({ track: ['platform', 'sre'] });
    expect(Object.keys(stored.state.filter)).toEqual(['title']);
    expect(stored.state.columns?.find((c) => c.colId === 'company')?.hide).toBe(true);
    expect(stored.state.columns?.find((c) => c.colId === 'name')?.sort).toBe('desc');

    // A fresh window with nothing set, then the view.
    const fresh = await openApp(env.browser, env.app);
    await fresh.page.goto(`${env.app.origin}/#/candidates`);
    await waitForCount(fresh.page, '12 people in the workspace');
    await openViews(fresh.page);
    await screenshot(fresh.page, 'views-menu-light');
    await fresh.page.click('.view-item:has-text("Platform engineers, Z–A")');
    await waitForCount(fresh.page, '4 people match the filters');
    expect(await column(fresh.page, 'name')).toEqual(['Jamal Carter', 'Gustavo Lima', 'Emeka Nwosu', 'Bjørn Halvorsen']);
    expect(await fresh.page.isVisible('.ag-header-cell[col-id="company"]')).toBe(false);
    expect(await fresh.page.textContent('button[aria-label="Saved views"]')).toContain('Platform engineers, Z–A');

    // Deleting it removes it from the list.
    fresh.page.once('dialog', (d) => void d.accept());
    await openViews(fresh.page);
    await fresh.page.click('button[aria-label="Delete view Platform engineers, Z–A"]');
    await fresh.page.waitForSelector('.view-item:has-text("Platform engineers, Z–A")', { state: 'detached' });
    expect((await apiCall<SavedView[]>(env.app, 'views.list', { grid: 'candidates' })).some((v) => v.name === 'Platform engineers, Z–A')).toBe(false);
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it('ships useful views: near misses for AI roles, eligible boomerangs who left within 24 months', async () => {
    const { page, errors } = await openApp(env.browser, env.app, { colorScheme: 'dark' });
    await page.goto(`${env.app.origin}/#/matches`);
    await page.waitForSelector('.ag-cell[col-id="name"]');
    await openViews(page);
    await page.click('.view-item:has-text("Near misses for AI roles")');
    await page.waitForFunction(() => document.querySelector('button[aria-label="Role track filter"]')?.textContent?.includes('AI/ML, MLOps'));
    expect(await page.isChecked('text=Near misses only')).toBe(true);
    const expected = await apiCall<{ total: number }>(env.app, 'match.all', { limit: 1, nearMissOnly: true, filter: { reqId: { filterType: 'in', values: ['REQ-102', 'REQ-103'] } } });
    await waitForCount(page, `${expected.total} ${expected.total === 1 ? 'match' : 'matches'} across 3 open roles with these filters`);
    const roles = await column(page, 'roleTitle');
    expect(roles.every((r) => /REQ-10[23]$/.test(r))).toBe(true);
    await screenshot(page, 'views-near-misses-dark');

    await page.goto(`${env.app.origin}/#/rehire`);
    await waitForCount(page, '5 former employees');
    await openViews(page);
    await page.click('.view-item:has-text("Eligible boomerangs, left < 24 months")');
    await waitForCount(page, '3 former employees match the filters');
    expect(await page.inputValue('input[aria-label="Left within"]')).toBe('24');
    expect(await column(page, 'name')).toEqual(['Amara Okafor', 'Daniela Souza', 'Jamal Carter']);
    expect(errors).toEqual([]);
  });
});
