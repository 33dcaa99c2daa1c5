import type { GridApi } from 'ag-grid-community';
import type { ApiClient } from '../api/client';
import type { ArgsOf } from '../../../shared/api/contract';
import type { ExportFile } from '../../../shared/api/contract/export';
import type { FilterModel, SortModel } from '../../../shared/api/grid';
import { saveExport, type SavedFile } from './saveExport';

type GridArgs = ArgsOf<'export.grid'>;

/** What the grid cannot tell by itself: which grid, its search, its toolbar filters, its role or list. */
export interface GridExportOptions {
  grid: GridArgs['grid'];
  title?: string;
  quick?: string;
  /** Filters the toolbar adds to the grid's own (ServerGrid's extraFilter). */
  extraFilter?: FilterModel;
  role?: GridArgs['role'];
  match?: GridArgs['match'];
  /** The rehire grid's must-haves filter, as alumni.list takes it. */
  alumni?: GridArgs['alumni'];
  shortlist?: GridArgs['shortlist'];
}

/**
 * Columns that hold data: the grid's helpers (selection boxes, action buttons) are left out. A column
 * drawn from another field says so in its colDef: `context: { exportField, exportHeader }`;
 * `context: { export: false }` leaves a column out.
 */
export function visibleColumns(api: GridApi): GridArgs['columns'] {
  return api
    .getAllDisplayedColumns()
    .filter((c) => {
      const d = c.getColDef();
      return !c.getColId().startsWith('ag-Grid-') && d.context?.export !== false && Boolean(d.field ?? d.context?.exportField);
    })
    .map((c) => {
      const d = c.getColDef();
      const field = (d.context?.exportField as string | undefined) ?? d.field!;
      const header = (d.context?.exportHeader as string | undefined) ?? (api.getDisplayNameForColumn(c, null) || field);
      return { colId: c.getColId(), header, ...(field !== c.getColId() ? { field } : {}) };
    });
}

/** The grid's sort, in the order the user built it. */
export function currentSort(api: GridApi): SortModel {
  return api
    .getColumnState()
    .filter((c) => c.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort! }));
}

/** The export.grid arguments for exactly what this grid shows. */
export function gridExportArgs(api: GridApi, o: GridExportOptions): GridArgs {
  return {
    grid: o.grid,
    columns: visibleColumns(api),
    sort: currentSort(api),
    filter: { ...(api.getFilterModel() as FilterModel), ...(o.extraFilter ?? {}) },
    quick: o.quick ?? '',
    ...(o.role !== undefined ? { role: o.role } : {}),
    ...(o.match ? { match: o.match } : {}),
    ...(o.alumni ? { alumni: o.alumni } : {}),
    ...(o.shortlist !== undefined ? { shortlist: o.shortlist } : {}),
    ...(o.title ? { title: o.title } : {}),
  };
}

/**
 * Exports what a grid shows — its visible columns in order, its sort, filters and search — over all
 * matching rows (the core re-runs the grid's query), then saves it (dialog or download).
 */
export async function exportGrid(api: ApiClient, grid: GridApi, o: GridExportOptions): Promise<SavedFile & { rows: number; file: ExportFile }> {
  const file = await api.call('export.grid', gridExportArgs(grid, o));
  const saved = await saveExport(api, file);
  return { ...saved, rows: file.rows, file };
}
