/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Page functions run in the browser, so these tests see DOM types.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RoleDetail } from '../../src/shared/api/contract/roles';
import { openApp, screenshot } from './harness';
import { serveForSpec } from './serve';
import { apiCall, column, seedWorkbench, waitForCount } from './matches-seed';

const env = serveForSpec(seedWorkbench);

async function setRange(page: Page, selector: string, value: number) {
  await page.locator(selector).evaluate((el: HTMLInputElement, v) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, String(v));
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

describe('the roles view in a real browser', () => {
  it('creates a role with skills picked as chips, and says what is missing before saving', async () => {
    const { page, errors } = await openApp(env.browser, env.app);
    await page.goto(`${env.app.origin}/#/roles`);
    await waitForCount(page, '3 roles in the workspace');
    await page.click('button:has-text("New role")');
    await page.click('.role-form button[type="submit"]');
    expect(await page.$$eval('.role-form .field-error', (els) => els.map((e) => e.textContent))).toEqual([
      'Give the requisition an ID, e.g. REQ-1042.',
      'Give the role a title.',
      'Add at least one must-have skill, or nobody can be matched.',
    ]);
    await page.fill('.role-form label:has-text("Req ID") input', 'REQ-101');
    await page.fill('.role-form label:has-text("Title") input', 'Site Reliability Engineer');
    await page.selectOption('.role-form label:has-text("Track") select', 'sre');
    await page.selectOption('.role-form label:has-text("Remote policy") select', 'remote');
    const must = page.locator('input[aria-label="Must-have skills"]');
    // Type-ahead from the taxonomy: an alias finds the skill; Enter takes the highlighted one.
    await must.fill('k8s');
    await page.waitForSelector('.skill-suggestions li[aria-selected="true"]:has-text("Kubernetes")');
    await screenshot(page, 'roles-skill-typeahead-light');
    await must.press('Enter');
    await must.fill('Promethe');
    await page.click('.skill-suggestions li:has-text("Prometheus")');
    await must.fill('Grafana');
    await page.waitForSelector('.skill-suggestions li');
    await must.press('Enter');
    await must.press('Backspace'); // takes the last chip back
    expect(await page.$$eval('.role-form .field:has(input[aria-label="Must-have skills"]) .chip', (els) => els.map((e) => e.firstChild?.textContent))).toEqual(['Kubernetes', 'Prometheus']);
    await page.click('.role-form button[type="submit"]');
    // REQ-101 is taken: the store says so next to the field.
    await page.waitForSelector('.role-form .field-error');
    expect(await page.textContent('.role-form .field-error')).toMatch(/REQ-101/);
    await page.fill('.role-form label:has-text("Req ID") input', 'REQ-200');
    await page.click('.role-form button[type="submit"]');
    await page.waitForSelector('.toast-success >> text=“Site Reliability Engineer” saved');
    await waitForCount(page, '4 roles in the workspace');
    expect(await page.textContent('.role-panel h2')).toBe('Site Reliability Engineer');
    const saved = await apiCall<RoleDetail>(env.app, 'roles.get', { reqId: 'REQ-200' });
    expect([saved.track, saved.remotePolicy, saved.status, [...saved.must].sort()]).toEqual(['sre', 'remote', 'open', ['Kubernetes', 'Prometheus']]);
    await screenshot(page, 'roles-new-light');
    // The refused save is the only failed request: the browser logs its 409 status, nothing else went wrong.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });

  it('gives a role its own weights with a live preview of its top 10, and keeps them', async () => {
    const { page, errors } = await openApp(env.browser, env.app, { colorScheme: 'dark' });
    await page.goto(`${env.app.origin}/#/roles`);
    await page.click('.ag-cell[col-id="title"] >> text=MLOps Engineer');
    await page.waitForSelector('.role-form .weights');
    expect(await page.isChecked('.weights input[type="checkbox"]')).toBe(true);
    await page.uncheck('.weights input[type="checkbox"]');
    await setRange(page, '#w-boomerang', 100);
    await page.waitForSelector('table.preview-table tbody tr');
    const rows = await page.$$eval('table.preview-table tbody tr', (trs) => trs.length);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(10);
    await page.locator('table.preview-table').scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-weights-dark');
    await page.click('.role-form button[type="submit"]');
    await page.waitForSelector('.toast-success >> text=“MLOps Engineer” saved');
    const role = await apiCall<RoleDetail>(env.app, 'roles.get', { reqId: 'REQ-102' });
    expect(role.weights?.boomerang).toBe(100);
    expect(role.weightsSource).toBe('role');
    expect(errors).toEqual([]);
  });

  it('puts a role on hold: it leaves the match grid’s role list', async () => {
    const { page, errors } = await openApp(env.browser, env.app);
    await page.goto(`${env.app.origin}/#/roles`);
    await page.click('.ag-cell[col-id="title"] >> text=Applied AI Engineer');
    await page.click('button:has-text("Put on hold")');
    await page.waitForSelector('.toast-success >> text=“Applied AI Engineer” is now on hold.');
    await page.waitForFunction(() => [...document.querySelectorAll('.ag-row')].some((r) => r.textContent?.includes('Applied AI Engineer') && r.textContent.includes('On hold')));
    await page.keyboard.press('Escape');
    await page.click('button[aria-label="Status filter"]');
    await page.check('.popover label:has-text("Open") input');
    await page.keyboard.press('Escape');
    await waitForCount(page, '3 roles match the filters');
    expect(new Set(await column(page, 'title'))).toEqual(new Set(['Senior Platform Engineer', 'MLOps Engineer', 'Site Reliability Engineer']));
    await page.goto(`${env.app.origin}/#/matches`);
    await page.waitForSelector('select[aria-label="Role"] option:nth-child(2)', { state: 'attached' });
    const options = await page.$$eval('select[aria-label="Role"] option', (os) => os.map((o) => o.textContent));
    expect(options.some((o) => o?.includes('Applied AI Engineer'))).toBe(false);
    expect(errors).toEqual([]);
  });
});
