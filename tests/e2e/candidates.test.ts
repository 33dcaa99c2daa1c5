import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { seedPeople } from '../helpers/seed';
import { launchBrowser, openApp, screenshot, startWeb, waitForRows, type WebApp } from './harness';

let app: WebApp;
let browser: Browser;

beforeAll(async () => {
  const dbPath = path.join(tempDir(), 'e2e.sqlite');
  const core = createCore({ dbPath, log: () => {} });
  seedPeople(core.db, [
    { name: 'Amara Okafor', title: 'Senior MLOps Engineer', company: 'Intel', track: 'mlops', level: 'senior', email: 'amara@example.com', skills: ['Kubernetes', 'MLflow', 'Python'] },
    { name: 'Bjørn Halvorsen', title: 'Staff Platform Engineer', company: 'Meta', track: 'platform', level: 'staff', skills: ['Terraform', 'Go'] },
    { name: 'Chen Wei', title: 'Data Engineer', company: 'Amazon', track: 'data', level: 'mid', skills: ['Apache Spark', 'SQL'] },
  ]);
  await core.close();
  app = await startWeb(dbPath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the Candidates grid in a real browser', () => {
  it('shows the people that are in the database, searchable', async () => {
    const { page, errors } = await openApp(browser, app);
    await page.click('a[href="#/candidates"]');
    await waitForRows(page);
    const names = await page.$$eval('.ag-cell[col-id="name"]', (cells) => cells.map((c) => c.textContent?.trim()));
    expect(new Set(names)).toEqual(new Set(['Amara Okafor', 'Bjørn Halvorsen', 'Chen Wei']));
    await expect(page.textContent('.view-header .muted')).resolves.toBe('3 people in the workspace');
    await screenshot(page, 'candidates-light');

    await page.fill('input[aria-label="Quick search"]', 'mlflow');
    await page.waitForFunction(() => document.querySelector('.view-header .muted')?.textContent === '1 person matches the filters');
    const after = await page.$$eval('.ag-cell[col-id="name"]', (cells) => cells.map((c) => c.textContent?.trim()));
    expect(after).toEqual(['Amara Okafor']);
    expect(errors).toEqual([]);
  });

  it('opens a person in the detail panel and keeps an edited note', async () => {
    const { page } = await openApp(browser, app, { colorScheme: 'dark' });
    await page.click('a[href="#/candidates"]');
    await page.click('.ag-cell[col-id="name"] >> text=Chen Wei');
    await page.waitForSelector('.detail-panel h2:text("Chen Wei")');
    await page.fill('textarea[aria-label="Notes"]', 'Strong Spark background; call in January.');
    await page.click('.detail-panel h2');
    await page.waitForSelector('.toast-success');
    await screenshot(page, 'candidates-detail-dark');
    await page.reload();
    await page.click('a[href="#/candidates"]');
    await page.click('.ag-cell[col-id="name"] >> text=Chen Wei');
    await expect(page.inputValue('textarea[aria-label="Notes"]')).resolves.toBe('Strong Spark background; call in January.');
  });
});
