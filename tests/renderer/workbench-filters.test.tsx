// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AppProvider } from '../../src/renderer/src/app/context';
import { MultiSelect } from '../../src/renderer/src/components/MultiSelect';
import { NumberFilter } from '../../src/renderer/src/components/FilterInputs';
import { MatchFilterBar } from '../../src/renderer/src/views/matches/MatchFilterBar';
import { MATCH_DEFAULTS, matchQuery, type MatchToolbar } from '../../src/renderer/src/views/matches/toolbar';
import { candidatesFilter } from '../../src/renderer/src/views/CandidatesView';
import { rehireFilter } from '../../src/renderer/src/views/RehireView';
import { SavedViews } from '../../src/renderer/src/components/SavedViews';
import { BulkBar } from '../../src/renderer/src/components/BulkBar';
import { Toasts } from '../../src/renderer/src/components/Toasts';
import { ApiError } from '../../src/shared/api/errors';
import { fakeApi } from './fakeApi';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const info = () => ({ version: '0.1.0', schemaVersion: 4, engineVersion: 'match-1', workspace: 'w.sqlite', shell: 'web' as const, empty: false });

describe('the filter bars as store arguments', () => {
  it('turns the match filter bar into match.* arguments, and "role track" into the open roles’ req IDs', () => {
    const roles = [
      { id: 1, reqId: 'REQ-1', title: 'ML Engineer', track: 'ai_ml' as const, candidates: 10 },
      { id: 2, reqId: 'REQ-2', title: 'Platform Engineer', track: 'platform' as const, candidates: 10 },
      { id: 3, reqId: 'REQ-3', title: 'MLOps Engineer', track: 'mlops' as const, candidates: 10 },
    ];
    const t: MatchToolbar = { ...MATCH_DEFAULTS, roleTrack: ['ai_ml', 'mlops'], minScore: 60, source: 'alumni', eligibility: ['eligible'], nearMissOnly: true, laidOffWithinMonths: 6, location: ' Berlin ', remote: ['remote'], stage: ['new'] };
    expect(matchQuery(t, roles)).toEqual({
      roleId: null,
      filters: { minScore: 60, source: 'alumni', eligibility: ['eligible'], nearMissOnly: true, laidOffWithinMonths: 6, location: 'Berlin', remote: ['remote'], stage: ['new'] },
      extraFilter: { reqId: { filterType: 'in', values: ['REQ-1', 'REQ-3'] } },
    });
    // One role chosen: the role is the scope, role track no longer applies.
    expect(matchQuery({ ...MATCH_DEFAULTS, role: '2', roleTrack: ['ai_ml'] }, roles)).toEqual({ roleId: 2, filters: {}, extraFilter: {} });
  });

  it('turns the rehire filter bar into column filters the store understands', () => {
    expect(rehireFilter({ rehire: ['eligible'], exitType: ['layoff'], leftWithinMonths: 24, minMust: 2, roleTracks: ['ai_ml'], stage: [] })).toEqual({
      rehire: { filterType: 'in', values: ['eligible'] },
      exitType: { filterType: 'in', values: ['layoff'] },
      monthsSinceExit: { filterType: 'number', type: 'lessThanOrEqual', filter: 24 },
    });
  });

  it('turns "available within 90 days" into a date range ending today, and sources into a match on the list', () => {
    const f = candidatesFilter({ track: ['platform'], source: ['alumni', 'layoff_list'], stage: [], availableWithinDays: 90 }, new Date('2026-03-31T10:00:00Z'));
    expect(f).toEqual({
      track: { filterType: 'in', values: ['platform'] },
      sources: {
        filterType: 'text',
        operator: 'OR',
        conditions: [
          { filterType: 'text', type: 'contains', filter: '"alumni"' },
          { filterType: 'text', type: 'contains', filter: '"layoff_list"' },
        ],
      },
      availableOn: { filterType: 'date', type: 'inRange', dateFrom: '2025-12-31', dateTo: '2026-03-31' },
    });
  });
});

describe('filter controls', () => {
  it('a multi-choice filter says what is chosen and reports each tick', () => {
    const onChange = vi.fn();
    const { rerender } = render(<MultiSelect label="Track" options={[{ value: 'ai_ml', label: 'AI/ML' }, { value: 'mlops', label: 'MLOps' }, { value: 'sre', label: 'SRE' }]} value={[]} onChange={onChange} />);
    const button = screen.getByRole('button', { name: 'Track filter' });
    expect(button.textContent).toContain('Track: Any');
    fireEvent.click(button);
    fireEvent.click(screen.getByLabelText('MLOps'));
    expect(onChange).toHaveBeenLastCalledWith(['mlops']);
    rerender(<MultiSelect label="Track" options={[{ value: 'ai_ml', label: 'AI/ML' }, { value: 'mlops', label: 'MLOps' }, { value: 'sre', label: 'SRE' }]} value={['mlops', 'ai_ml']} onChange={onChange} />);
    expect(button.textContent).toContain('Track: AI/ML, MLOps');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(screen.queryByLabelText('SRE')).toBeNull();
  });

  it('a number filter reports once typing pauses, clamps to its range, and empty means no filter', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<NumberFilter label="Min score" value={null} max={100} onChange={onChange} />);
    const input = screen.getByLabelText('Min score');
    fireEvent.change(input, { target: { value: '6' } });
    fireEvent.change(input, { target: { value: '65' } });
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(65);
    fireEvent.change(input, { target: { value: '250' } });
    act(() => vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenLastCalledWith(100);
  });

  it('the match filter bar patches exactly the setting changed', () => {
    const patch = vi.fn();
    render(<MatchFilterBar t={MATCH_DEFAULTS} patch={patch} allRoles />);
    fireEvent.click(screen.getByLabelText('Near misses only'));
    expect(patch).toHaveBeenLastCalledWith({ nearMissOnly: true });
    fireEvent.click(screen.getByRole('button', { name: 'Source filter' }));
    fireEvent.click(screen.getByLabelText('Laid-off list'));
    expect(patch).toHaveBeenLastCalledWith({ source: 'layoff_list' });
    fireEvent.click(screen.getByRole('button', { name: 'Role track filter' }));
    fireEvent.click(screen.getByLabelText('Platform'));
    expect(patch).toHaveBeenLastCalledWith({ roleTrack: ['platform'] });
  });
});

describe('saved views', () => {
  const builtin = { id: 1, grid: 'rehire' as const, name: 'Eligible boomerangs, left < 24 months', builtin: true, createdAt: '2026-01-01', state: { columns: null, sort: [{ colId: 'bestScore', sort: 'desc' as const }], filter: {}, toolbar: { rehire: ['eligible'], leftWithinMonths: 24 }, quick: '' } };

  it('restores a view, saves the current one under a name, and offers to replace a name already taken', async () => {
    let saved = 0;
    const api = fakeApi({
      'app.info': info,
      'views.list': () => [builtin],
      'views.save': (a: { name: string; overwrite: boolean }) => {
        saved++;
        if (!a.overwrite) throw new ApiError('CONFLICT', `A view named "${a.name}" already exists for this grid.`, { field: 'name' });
        return { ...builtin, id: 2, name: a.name, builtin: false };
      },
    });
    const apply = vi.fn();
    const capture = () => ({ toolbar: { rehire: ['eligible', 'review'] }, filter: {}, quick: 'kubernetes' });
    render(
      <AppProvider api={api}>
        <SavedViews grid="rehire" capture={capture} apply={apply} signature="x" />
      </AppProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Saved views' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Eligible boomerangs, left < 24 months/ }));
    expect(apply).toHaveBeenCalledWith(builtin.state, 'Eligible boomerangs, left < 24 months');
    expect(screen.getByRole('button', { name: 'Saved views' }).textContent).toContain('Eligible boomerangs, left < 24 months');

    fireEvent.click(screen.getByRole('button', { name: 'Saved views' }));
    fireEvent.change(await screen.findByLabelText('View name'), { target: { value: 'My boomerangs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict.textContent).toContain('A view named “My boomerangs” already exists.');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Replace it' }));
    await waitFor(() => expect(saved).toBe(2));
    expect(api.calls.filter((c) => c.method === 'views.save').map((c) => c.args)).toEqual([
      { grid: 'rehire', name: 'My boomerangs', state: capture(), overwrite: false },
      { grid: 'rehire', name: 'My boomerangs', state: capture(), overwrite: true },
    ]);
  });
});

describe('bulk actions', () => {
  it('acts on the ticked rows by id, and on "all matching" by the grid’s filters', async () => {
    const api = fakeApi({ 'app.info': info, 'people.bulkUpdate': () => ({ updated: 2 }) });
    const filterTarget = { grid: 'candidates' as const, filter: { track: { filterType: 'in' as const, values: ['platform'] } }, quick: '' };
    const onSelectAll = vi.fn();
    const { rerender } = render(
      <AppProvider api={api}>
        <BulkBar selection={{ ids: [4, 9], allFiltered: false }} total={1234} filterTarget={filterTarget} onSelectAll={onSelectAll} onClear={() => {}} />
        <Toasts />
      </AppProvider>,
    );
    expect(screen.getByRole('region', { name: 'Actions on the chosen rows' }).textContent).toContain('2 chosen');
    fireEvent.change(screen.getByLabelText('Set stage for the chosen'), { target: { value: 'contacted' } });
    await screen.findByText('Stage set to Contacted for 2 people.');
    expect(api.calls.at(-1)).toEqual({ method: 'people.bulkUpdate', args: { target: { ids: [4, 9] }, patch: { stage: 'contacted' } } });

    fireEvent.click(screen.getByRole('button', { name: 'Choose all 1,234 matching' }));
    expect(onSelectAll).toHaveBeenCalled();
    rerender(
      <AppProvider api={api}>
        <BulkBar selection={{ ids: [4, 9], allFiltered: true }} total={1234} filterTarget={filterTarget} onSelectAll={onSelectAll} onClear={() => {}} />
      </AppProvider>,
    );
    expect(screen.getByRole('region').textContent).toContain('All 1,234 people matching the filters');
    fireEvent.click(screen.getByRole('button', { name: 'Add a tag to the chosen' }));
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'q3-platform' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(api.calls.at(-1)).toEqual({ method: 'people.bulkUpdate', args: { target: filterTarget, patch: { addTags: ['q3-platform'] } } }));
  });
});
