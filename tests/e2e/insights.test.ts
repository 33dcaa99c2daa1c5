import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';
import { INSIGHTS_TODAY, seedInsights } from '../fixtures/e2e/insightsSeed';
import { launchBrowser, openApp, screenshot, startWeb, type WebApp } from './harness';

let app: WebApp;
let browser: Browser;

beforeAll(async () => {
  const dbPath = path.join(tempDir(), 'insights.sqlite');
  const core = createCore({ dbPath, log: () => {}, now: () => new Date(`${INSIGHTS_TODAY}T09:00:00Z`) });
  seedInsights(core.db);
  // The aggregates themselves, on a fixed day, before the browser shows them.
  const s = await core.invoke('insights.summary', {});
  expect(s.totals).toEqual({ people: 6, alumni: 3, openRoles: 4, layoffEvents: 5, skills: 9 });
  // Each person once in their track's bar, under their main source (the alumna also on a layoff list counts as alumni).
  expect(s.peopleByTrack[1]).toEqual({ track: 'platform', total: 2, bySource: { alumni: 1, ats: 1 } });
  expect(s.alumniByExitYear).toEqual([
    { year: 2024, total: 2, byType: { layoff: 2 } },
    { year: 2025, total: 1, byType: { voluntary: 1 } },
  ]);
  expect(s.alumniByRehire).toEqual([
    { rehire: 'eligible', count: 2 },
    { rehire: 'review', count: 1 },
  ]);
  expect(s.openRolesByTrack[0]).toEqual({ track: 'ai_ml', roles: 2, headcount: 3, avgDaysOpen: 90, maxDaysOpen: 150 });
  expect(s.daysOpenBuckets.map((b) => b.roles)).toEqual([1, 0, 1, 1, 0, 1]);
  expect(s.skillDemand.slice(0, 3)).toEqual([
    { skill: 'Kubernetes', people: 3, roles: 3, mustRoles: 2 },
    { skill: 'LangChain', people: 1, roles: 2, mustRoles: 2 },
    { skill: 'Prometheus', people: 0, roles: 1, mustRoles: 1 },
  ]);
  // Unrelated Co's layoff is not at a company anyone came from; months between events count as zero.
  expect(s.layoffsByMonth.map((m) => [m.month, m.laidOff])).toEqual([
    ['2024-08', 15000], ['2024-09', 0], ['2024-10', 0], ['2024-11', 0], ['2024-12', 0], ['2025-01', 0], ['2025-02', 4600], ['2025-03', 0], ['2025-04', 5000],
  ]);
  expect(s.layoffCompanies[0]).toEqual({ company: 'Intel', events: 2, laidOff: 20000, latest: '2025-04-20', people: 2 });
  expect(s.layoffCompaniesTotal).toBe(3);
  // The summary is cached, but a write from elsewhere (another process, no API call) still shows.
  core.db.prepare(`INSERT INTO people (full_name, track, sources) VALUES ('Late Arrival', 'sre', '["ats"]')`).run();
  expect((await core.invoke('insights.summary', {})).totals.people).toBe(7);
  core.db.prepare(`DELETE FROM people WHERE full_name = 'Late Arrival'`).run();
  expect((await core.invoke('insights.summary', {})).totals.people).toBe(6);
  await core.close();
  app = await startWeb(dbPath);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the Insights view in a real browser', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`charts the workspace (${scheme} theme)`, async () => {
      const { page, errors } = await openApp(browser, app, { colorScheme: scheme });
      await page.click('a[href="#/insights"]');
      await page.waitForSelector('.insight-card .recharts-surface');
      await screenshot(page, `insights-${scheme}`);
      await page.locator('.insight-card').nth(5).scrollIntoViewIfNeeded();
      await screenshot(page, `insights-${scheme}-lower`);
      const kpis = await page.$$eval('.kpi', (els) => els.map((e) => e.textContent));
      expect(kpis).toEqual(['6People', '3Former employees', '4Open roles', '9Distinct skills', '5Layoff events']);
      const text = await page.textContent('.insight-grid');
      expect(text).toContain('6 people across 4 tracks; the most in AI/ML (2). Former employees: 3, Laid-off lists: 3, Applicants (ATS): 1 (someone from two sources counts in both; in the bars, once, under the first of them).');
      expect(text).toContain('2 of 3 former employees (67%) are eligible for rehire.');
      expect(text).toContain('The widest gaps: LangChain (asked by 50% of roles, held by 16.7% of people); Prometheus (asked by 25% of roles, held by 0% of people); Kubernetes (asked by 75% of roles, held by 50% of people).');
      expect(text).toContain('4 layoff events at 3 companies your people came from, 24,600 jobs cut; the largest month was Aug 2024 (15,000).');
      expect(text).toContain('Intel2 of your peoplecut 20,000 · latest Apr 20, 2025');
      // Every chart is drawn with bars (or slices) and the theme's own colours.
      const bars = await page.$$eval('.recharts-bar-rectangle, .recharts-pie-sector', (els) => els.length);
      expect(bars).toBeGreaterThan(20);
      const fills = await page.$$eval('.recharts-bar-rectangle path', (els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);
      const expected = scheme === 'light' ? '#2563eb' : '#6b9bff';
      expect(fills).toContain(expected);
      expect(errors).toEqual([]);
    });
  }
});
