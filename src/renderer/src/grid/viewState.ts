import type { ColumnState, GridApi } from 'ag-grid-community';
import type { FilterModel, SortModel } from '../../../shared/api/grid';

// What a saved view holds of the grid itself: columns (order, width, pinning, visibility, sort)
// and the column filters. The filter bar's own settings are kept by each view next to these.

export interface ColumnStateLite {
  colId: string;
  width?: number | null;
  hide?: boolean | null;
  pinned?: 'left' | 'right' | null;
  sort?: 'asc' | 'desc' | null;
  sortIndex?: number | null;
}

export interface GridViewState {
  columns?: ColumnStateLite[] | null;
  sort?: SortModel | null;
  filter?: FilterModel;
}

export function captureColumns(api: GridApi, skip: string): ColumnStateLite[] {
  return api
    .getColumnState()
    .filter((c) => c.colId !== skip)
    .map((c) => ({
      colId: c.colId,
      width: c.width ?? null,
      hide: c.hide ?? null,
      pinned: c.pinned === 'left' || c.pinned === 'right' ? c.pinned : c.pinned === true ? 'left' : null,
      sort: c.sort ?? null,
      sortIndex: c.sortIndex ?? null,
    }));
}

/** Applies a saved view: the columns it names (others keep their place), its sort and its filters. */
export function applyView(api: GridApi, s: GridViewState): void {
  const known = new Set(api.getColumns()?.map((c) => c.getColId()) ?? []);
  if (s.columns?.length) {
    const state: ColumnState[] = s.columns.filter((c) => known.has(c.colId)).map((c) => ({ ...c, width: c.width ?? undefined }));
    api.applyColumnState({ state, applyOrder: true, defaultState: { sort: null } });
  } else if (s.sort) {
    api.applyColumnState({ state: s.sort.filter((c) => known.has(c.colId)).map((c, i) => ({ colId: c.colId, sort: c.sort, sortIndex: i })), defaultState: { sort: null } });
  }
  const filter = Object.fromEntries(Object.entries(s.filter ?? {}).filter(([k]) => known.has(k)));
  api.setFilterModel(Object.keys(filter).length ? filter : null);
}
