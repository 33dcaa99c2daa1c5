// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ApiClient } from '../../src/renderer/src/api/client';
import { AppProvider } from '../../src/renderer/src/app/context';
import { InsightsView } from '../../src/renderer/src/views/InsightsView';
import type { InsightsSummary } from '../../src/shared/api/contract/insights';
import { ApiError } from '../../src/shared/api/errors';
import type { CoreEvent } from '../../src/shared/api/events';
import { renderingViews } from './dom';

renderingViews();

const SUMMARY: InsightsSummary = {
  asOf: '2025-10-01',
  totals: { people: 6, alumni: 3, openRoles: 4, layoffEvents: 5, skills: 9 },
  peopleByTrack: [
    { track: 'ai_ml', total: 2, bySource: { layoff_list: 2 } },
    { track: 'platform', total: 2, bySource: { alumni: 1, layoff_list: 1, ats: 1 } },
    { track: null, total: 2, bySource: { alumni: 2 } },
  ],
  peopleBySource: [
    { source: 'alumni', count: 3 },
    { source: 'layoff_list', count: 3 },
    { source: 'ats', count: 1 },
  ],
  alumniByExitYear: [{ year: 2024, total: 3, byType: { layoff: 2, voluntary: 1 } }],
  alumniByRehire: [
    { rehire: 'eligible', count: 2 },
    { rehire: 'ineligible', count: 1 },
  ],
  openRolesByTrack: [{ track: 'ai_ml', roles: 4, headcount: 5, avgDaysOpen: 45, maxDaysOpen: 120 }],
  daysOpenBuckets: [
    { bucket: '0–30 days', roles: 1 },
    { bucket: '31–60 days', roles: 1 },
    { bucket: '61–90 days', roles: 0 },
    { bucket: '91–180 days', roles: 2 },
    { bucket: 'Over 180 days', roles: 0 },
  ],
  skillDemand: [
    { skill: 'Kubernetes', people: 3, roles: 3, mustRoles: 2 },
    { skill: 'Ray', people: 0, roles: 2, mustRoles: 2 },
  ],
  skillSupply: [{ skill: 'Python', people: 4, roles: 0, mustRoles: 0 }],
  layoffsByMonth: [{ month: '2024-08', events: 1, laidOff: 15000 }],
  layoffCompanies: [{ company: 'Intel', events: 1, laidOff: 15000, latest: '2024-08-01', people: 2 }],
  layoffCompaniesTotal: 1,
};

const EMPTY: InsightsSummary = {
  ...SUMMARY,
  totals: { people: 0, alumni: 0, openRoles: 0, layoffEvents: 0, skills: 0 },
  peopleByTrack: [],
  peopleBySource: [],
  alumniByExitYear: [],
  alumniByRehire: [],
  openRolesByTrack: [],
  daysOpenBuckets: [],
  skillDemand: [],
  skillSupply: [],
  layoffsByMonth: [],
  layoffCompanies: [],
  layoffCompaniesTotal: 0,
};

function fakeApi(summary: () => Promise<InsightsSummary>) {
  const listeners = new Set<(ev: CoreEvent) => void>();
  const calls: string[] = [];
  const api: ApiClient = {
    transport: 'http',
    call: ((method: string) => {
      calls.push(method);
      if (method === 'app.info') return Promise.resolve({ version: '0.1.0', schemaVersion: 3, engineVersion: '1', workspace: 'w.sqlite', shell: 'web', empty: false });
      if (method === 'insights.summary') return summary();
      return Promise.reject(new ApiError('UNAVAILABLE'));
    }) as ApiClient['call'],
    onEvent: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    upload: () => Promise.reject(new ApiError('UNAVAILABLE')),
  };
  return { api, calls, emit: (ev: CoreEvent) => listeners.forEach((l) => l(ev)) };
}

const show = (api: ApiClient) =>
  render(
    <AppProvider api={api}>
      <InsightsView />
    </AppProvider>,
  );

describe('Insights view', () => {
  it('says what each chart shows, in sentences with the numbers', async () => {
    const { api } = fakeApi(() => Promise.resolve(SUMMARY));
    show(api);
    await screen.findByText('People by track and source');
    expect(screen.getByText('6 people across 3 tracks; the most in AI/ML (2). Former employees: 3, Laid-off lists: 3, Applicants (ATS): 1 (someone from two sources counts in both; in the bars, once, under the first of them).')).toBeTruthy();
    expect(screen.getByText('2 of 3 former employees (67%) are eligible for rehire.')).toBeTruthy();
    expect(screen.getByText('4 open roles (5 hires) in 1 track. AI/ML roles have waited longest: 45 days on average.')).toBeTruthy();
    expect(screen.getByText('2 of 4 open roles have been open for more than 90 days.')).toBeTruthy();
    expect(
      screen.getByText('The widest gaps: Ray (asked by 50% of roles, held by 0% of people); Kubernetes (asked by 75% of roles, held by 50% of people).'),
    ).toBeTruthy();
    expect(screen.getByText('9 distinct skills among your people; the most common is Python (4 people). No open role asks for Python.')).toBeTruthy();
    expect(screen.getByText('3 former employees; 2 exits were layoffs. The most people left in 2024 (3).')).toBeTruthy();
    expect(screen.getByText('1 layoff event at 1 company your people came from, 15,000 jobs cut; the largest month was Aug 2024 (15,000).')).toBeTruthy();
    expect(screen.getByText('cut 15,000 · latest Aug 1, 2024')).toBeTruthy();
    const kpis = screen.getAllByRole('link').filter((a) => a.className === 'kpi').map((a) => [a.getAttribute('href'), a.textContent]);
    expect(kpis).toEqual([
      ['#/candidates', '6People'],
      ['#/rehire', '3Former employees'],
      ['#/roles', '4Open roles'],
      ['#/candidates', '9Distinct skills'],
      ['#/candidates', '5Layoff events'],
    ]);
  });

  it('offers an import when there is nothing to chart', async () => {
    const { api } = fakeApi(() => Promise.resolve(EMPTY));
    show(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Import a spreadsheet' }));
    expect(screen.getByText('Nothing to chart yet')).toBeTruthy();
    expect(window.location.hash).toBe('#/imports');
  });

  it('reloads when an import changes the data', async () => {
    let n = 0;
    const { api, emit } = fakeApi(() => Promise.resolve(n++ === 0 ? EMPTY : SUMMARY));
    show(api);
    await screen.findByText('Nothing to chart yet');
    emit({ type: 'data.changed', areas: ['imports', 'people'], version: 2 });
    await screen.findByText('People by track and source');
  });

  it('says so when the summary cannot be loaded, and can try again', async () => {
    const summary = vi.fn<() => Promise<InsightsSummary>>().mockRejectedValueOnce(new ApiError('INTERNAL')).mockResolvedValue(SUMMARY);
    const { api } = fakeApi(summary);
    show(api);
    await screen.findByText('Insights could not be loaded');
    expect(screen.getByText('Something went wrong inside Bridgehire. Nothing was changed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText('People by track and source')).toBeTruthy());
  });
});
