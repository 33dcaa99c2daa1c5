/// <reference lib="dom" />
// Page functions run in the browser, so these tests see DOM types.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import Papa from 'papaparse';
import type { PersonDetail } from '../../src/shared/api/contract/people';
import { openApp, screenshot } from './harness';
import { serveForSpec } from './serve';
import { apiCall, column, seedWorkbench, waitForCount } from './matches-seed';

const env = serveForSpec(seedWorkbench);

async function pick(page: import('playwright-core').Page, filter: string, option: string) {
  await page.click(`button[aria-label="${filter} filter"]`);
  await page.check(`.popover label:has-text("${option}") input`);
  await page.keyboard.press('Escape');
}

describe('the rehire grid in a real browser', () => {
  it('answers "eligible boomerangs who left recently with must-haves of an open platform role"', async () => {
    const { page, errors } = await openApp(env.browser, env.app);
    await page.goto(`${env.app.origin}/#/rehire`);
    await waitForCount(page, '5 former employees');
    // Newest exits first, each with the best open role and its score.
    expect(await column(page, 'name')).toEqual(['Amara Okafor', 'Jamal Carter', 'Daniela Souza', 'Lucía Fernández', 'Gustavo Lima']);
    expect(await column(page, 'rehire')).toEqual(['Eligible', 'Eligible', 'Eligible (derived)', 'Review (derived)', 'Not eligible']);
    expect((await column(page, 'bestScore'))[0]).toMatch(/^\d+MLOps Engineer$/);
    await screenshot(page, 'rehire-light');

    await pick(page, 'Rehire', 'Eligible');
    await waitForCount(page, '3 former employees match the filters');
    await page.fill('input[aria-label="Left within"]', '12');
    await waitForCount(page, '2 former employees match the filters');
    expect(await column(page, 'name')).toEqual(['Amara Okafor', 'Jamal Carter']);

    await page.fill('input[aria-label="Left within"]', '');
    await page.fill('input[aria-label="Has at least"]', '2');
    await pick(page, 'role in', 'Platform');
    // REQ-101 (platform) needs Kubernetes, Terraform and Go: Amara and Jamal have two of them.
    await waitForCount(page, '2 former employees match the filters');
    expect(await column(page, 'name')).toEqual(['Amara Okafor', 'Jamal Carter']);
    await page.fill('input[aria-label="Has at least"]', '3');
    await waitForCount(page, '0 former employees match the filters');
    await page.waitForSelector('.grid-empty >> text=No former employee matches these filters.');
    await screenshot(page, 'rehire-empty-light');
    await page.click('.grid-empty button:has-text("Clear filters")');
    await waitForCount(page, '5 former employees');
    expect(errors).toEqual([]);
  });

  it('exports exactly what the must-haves filter shows', async () => {
    const { page, errors } = await openApp(env.browser, env.app);
    await page.goto(`${env.app.origin}/#/rehire`);
    await waitForCount(page, '5 former employees');
    await page.fill('input[aria-label="Has at least"]', '2');
    await pick(page, 'role in', 'Platform');
    // Lucía has all three platform must-haves; "Eligible" leaves her out.
    await waitForCount(page, '3 former employees match the filters');
    await pick(page, 'Rehire', 'Eligible');
    await waitForCount(page, '2 former employees match the filters');
    await screenshot(page, 'rehire-must-haves-light');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export CSV")')]);
    const csv = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim(), { newline: '\r\n' }).data;
    const at = (header: string) => csv.map((r) => r[csv[0]!.indexOf(header)]);
    expect(csv).toHaveLength(3);
    expect(at('Name')).toEqual(['Name', 'Amara Okafor', 'Jamal Carter']);
    expect(at('Last team')).toEqual(['Last team', 'ML Platform', 'Developer Platform']);
    expect(at('Rehire')).toEqual(['Rehire', 'Eligible', 'Eligible']);
    expect(at('Layoff wave')).toEqual(['Layoff wave', '2025-Q3 RIF', '2025-Q2 RIF']);
    await page.waitForSelector('.toast-success >> text=Exported 2 rows');
    expect(errors).toEqual([]);
  });

  it('sorts by any column and opens a former employee with their history', async () => {
    const { page, errors } = await openApp(env.browser, env.app, { colorScheme: 'dark' });
    await page.goto(`${env.app.origin}/#/rehire`);
    await waitForCount(page, '5 former employees');
    await page.click('.ag-header-cell[col-id="monthsSinceExit"] .ag-header-cell-label');
    await page.click('.ag-header-cell[col-id="monthsSinceExit"] .ag-header-cell-label');
    await page.waitForFunction(() => document.querySelector('.ag-header-cell[col-id="monthsSinceExit"]')?.getAttribute('aria-sort') === 'descending');
    await page.waitForFunction(() => document.querySelector('.ag-row[row-index="0"] [col-id="name"]')?.textContent === 'Gustavo Lima');
    expect(await column(page, 'monthsSinceExit')).toEqual(['30', '20', '14', '8', '4']);

    // Keyboard: Escape closes the panel, the arrows move through rows, Enter opens one.
    await page.click('.ag-cell[col-id="name"] >> text=Lucía Fernández');
    await page.waitForSelector('.detail-panel h2:text("Lucía Fernández")');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.detail-panel', { state: 'detached' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.detail-panel h2:text("Daniela Souza")');
    await page.waitForSelector('.detail-panel .history.employment');
    const stint = await page.textContent('.detail-panel .history.employment li');
    expect(stint).toContain('Senior ML Engineer, Search Relevance');
    expect(stint).toContain('Voluntary — “Left for a startup”');
    expect(stint).toContain('derived from the exit reason');
    await page.waitForSelector('.detail-panel .explanation table.parts');
    await screenshot(page, 'rehire-detail-dark');
    expect(errors).toEqual([]);
  });

  it('tags everyone matching the filters at once, sent as the filter', async () => {
    const { page, errors } = await openApp(env.browser, env.app);
    await page.goto(`${env.app.origin}/#/rehire`);
    await waitForCount(page, '5 former employees');
    await pick(page, 'Rehire', 'Eligible');
    await waitForCount(page, '3 former employees match the filters');
    await page.click('.ag-row[row-index="0"] .ag-selection-checkbox input');
    await page.click('.bulk-bar button:has-text("Choose all 3 matching")');
    await page.waitForSelector('.bulk-bar >> text=All 3 former employees matching the filters');
    await page.click('button[aria-label="Add a tag to the chosen"]');
    await page.fill('input[aria-label="Tag"]', 'boomerang-2026');
    await page.click('.tag-form button:has-text("Add")');
    await page.waitForSelector('.toast-success >> text=Tag “boomerang-2026” added for 3 former employees.');
    const tagged = await apiCall<{ rows: PersonDetail[] }>(env.app, 'people.list', { filter: { tags: { filterType: 'text', type: 'contains', filter: 'boomerang-2026' } }, sort: [{ colId: 'name', sort: 'asc' }] });
    expect(tagged.rows.map((r) => r.name)).toEqual(['Amara Okafor', 'Daniela Souza', 'Jamal Carter']);
    expect(errors).toEqual([]);
  });
});
