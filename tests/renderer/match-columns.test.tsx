// @vitest-environment jsdom
import type React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { MatchRow } from '../../src/shared/api/contract/match';
import { ShortlistChips, matchColumns } from '../../src/renderer/src/views/matches/columns';
import { MatchFilterBar } from '../../src/renderer/src/views/matches/MatchFilterBar';
import { MATCH_DEFAULTS, matchQuery } from '../../src/renderer/src/views/matches/toolbar';

afterEach(cleanup);

const row = (p: Partial<MatchRow>) => ({ roleId: 1, personId: 7, shortlists: [], shortlistsForRole: 0, formerTeam: null, ...p }) as MatchRow;

describe('the match grid: former team and shortlists', () => {
  it('has text-filterable "Former team" and "Shortlists" columns', () => {
    const cols = matchColumns(true);
    expect(cols.find((c) => c.field === 'formerTeam')).toMatchObject({ headerName: 'Former team', filter: 'agTextColumnFilter' });
    expect(cols.find((c) => c.field === 'shortlists')).toMatchObject({ headerName: 'Shortlists', filter: 'agTextColumnFilter' });
  });

  it("shows the person's lists as chips, the row's role's lists marked first", () => {
    render(<ShortlistChips row={row({ shortlists: ['MLOps Q3', 'Platform bench', 'Boomerangs', 'Later'], shortlistsForRole: 1 })} />);
    const chips = [...document.querySelectorAll('.chip')].map((c) => [c.textContent, c.className]);
    expect(chips).toEqual([
      ['MLOps Q3', 'chip chip-list-role'],
      ['Platform bench', 'chip'],
      ['Boomerangs', 'chip'],
      ['+1', 'chip chip-more'],
    ]);
    expect(document.querySelector('.chips')?.getAttribute('title')).toBe('MLOps Q3 (this role)\nPlatform bench\nBoomerangs\nLater');
    cleanup();
    render(<ShortlistChips row={row({})} />);
    expect(screen.getByText('—')).toBeTruthy();
  });

  it('shows what a person lacks of the must-haves first, two chips and a count of the rest, all in the title', () => {
    const col = matchColumns(true).find((c) => c.colId === 'mustMatched')!;
    const cell = (col.cellRenderer as (p: { data: MatchRow }) => React.ReactElement)({ data: row({ mustMatched: 2, mustTotal: 4, matched: ['Kubernetes', 'Go'], partial: ['Terraform'], missing: ['MLflow'] }) });
    render(cell);
    expect(document.querySelector('.must-count')?.textContent).toBe('2/4');
    expect([...document.querySelectorAll('.chip')].map((c) => [c.textContent, c.className])).toEqual([
      ['✗ MLflow', 'chip chip-missing'],
      ['≈ Terraform', 'chip chip-partial'],
      ['+2', 'chip chip-more'],
    ]);
    expect(document.querySelector('.chips')?.getAttribute('title')).toBe('✗ MLflow\n≈ Terraform\n✓ Kubernetes\n✓ Go');
  });

  it('"On a shortlist" in the filter bar becomes the onShortlist argument', () => {
    const patch = vi.fn();
    render(<MatchFilterBar t={MATCH_DEFAULTS} patch={patch} allRoles={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'On a shortlist filter' }));
    const choices = [...document.querySelectorAll('.popover label')].map((l) => l.textContent?.trim());
    expect(choices).toEqual(['Any', 'Yes', 'No', 'Yes, for its role', 'Not for its role']);
    // Arrow keys select with a click of detail 0: the menu stays open to go on choosing.
    fireEvent.click(screen.getByLabelText('No'));
    expect(patch).toHaveBeenLastCalledWith({ onShortlist: 'no' });
    expect(document.querySelector('.popover')).not.toBeNull();
    fireEvent.click(screen.getByLabelText('Not for its role'), { detail: 1 });
    expect(patch).toHaveBeenLastCalledWith({ onShortlist: 'notRole' });
    // A pick with the mouse closes the menu, as a native select does.
    expect(document.querySelector('.popover')).toBeNull();
    expect(matchQuery({ ...MATCH_DEFAULTS, onShortlist: 'no' }, []).filters).toEqual({ onShortlist: 'no' });
    expect(matchQuery(MATCH_DEFAULTS, []).filters).toEqual({});
  });
});
