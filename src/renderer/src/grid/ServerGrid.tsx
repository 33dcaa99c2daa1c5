import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellClickedEvent,
  CellKeyDownEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  GridState,
  IDatasource,
  IGetRowsParams,
  RowClassRules,
  StateUpdatedEvent,
} from 'ag-grid-community';
import type { FilterModel, Page, SortModel } from '../../../shared/api/grid';
import { gridTheme } from './setup';
import { captureColumns, applyView, type GridViewState } from './viewState';
import './setup';

export interface FetchArgs {
  offset: number;
  limit: number;
  sort: SortModel;
  filter: FilterModel;
  quick: string;
}

export interface ServerGridProps<T> {
  /** Loads one block of rows from the store with the grid's sort and filters. */
  fetch: (args: FetchArgs) => Promise<Page<T>>;
  columns: ColDef<T>[];
  quick: string;
  /** Extra filters from the toolbar, merged into the grid's own filter model. */
  extraFilter?: FilterModel;
  /** Anything else the query depends on (toolbar arguments); when it changes the grid starts again from the top. */
  queryKey?: string;
  getRowId: (row: T) => string;
  /** Click or Enter on a row. */
  onRowClicked?: (row: T) => void;
  onTotal?: (total: number) => void;
  /** The grid's own column filters changed (for "select all filtered" and saved views). */
  onFilterChanged?: (filter: FilterModel) => void;
  /** A page of rows arrived (e.g. to show when they were scored). */
  onPage?: (page: Page<T>) => void;
  onError: (e: unknown) => void;
  /** Where column order, widths, pinning and sort are kept between sessions. */
  stateKey: string;
  selectable?: boolean;
  onSelectionChanged?: (rows: T[]) => void;
  /** What to say, and offer, when no row matches. */
  emptyText: ReactNode;
  rowClassRules?: RowClassRules<T>;
  /** Highlights the row shown in the detail panel. */
  activeRowId?: string | null;
}

export interface ServerGridHandle {
  /** Re-reads the rows on screen (data changed); keeps the scroll position. */
  refresh(): void;
  /** Starts again from the top (filters or search changed). */
  reset(): void;
  api(): GridApi | null;
  /** Columns, sort and column filters as they are now, for a saved view. */
  getViewState(): GridViewState;
  applyViewState(state: GridViewState): void;
  clearFilters(): void;
  clearSelection(): void;
  /** The grid's current column filters (without the toolbar's). */
  filterModel(): FilterModel;
}

const SELECTION_COL = 'ag-Grid-SelectionColumn';

/**
 * Columns and sort are kept for good (localStorage); column filters for this window's session,
 * like the filter bar above the grid.
 */
function loadState(key: string): GridState | undefined {
  try {
    const s = window.localStorage.getItem(`bridgehire.grid.${key}`);
    const f = window.sessionStorage.getItem(`bridgehire.grid.${key}.filter`);
    const state = s ? (JSON.parse(s) as GridState) : {};
    if (f) state.filter = { filterModel: JSON.parse(f) as NonNullable<GridState['filter']>['filterModel'] };
    return s || f ? state : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A grid over a paged store method (AG Grid's infinite row model): only the rows on screen are
 * fetched, so 100,000 people scroll as smoothly as 100. Sorting and filtering happen in SQLite.
 */
function ServerGridInner<T>(props: ServerGridProps<T>, ref: React.Ref<ServerGridHandle>) {
  const apiRef = useRef<GridApi<T> | null>(null);
  const [empty, setEmpty] = useState(false);
  const [loading, setLoading] = useState(true);
  const latest = useRef(props);
  latest.current = props;
  // Answers to an older query (before a filter or toolbar change) must not overwrite the newer count.
  const generation = useRef(0);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (p: IGetRowsParams) => {
        const { fetch, quick, extraFilter, onTotal, onError, onPage } = latest.current;
        const gen = generation.current;
        const filter = { ...(p.filterModel as FilterModel), ...(extraFilter ?? {}) };
        if (p.startRow === 0) setLoading(true);
        fetch({ offset: p.startRow, limit: p.endRow - p.startRow, sort: p.sortModel as SortModel, filter, quick })
          .then((page) => {
            p.successCallback(page.rows, page.total);
            if (gen !== generation.current) return;
            onTotal?.(page.total);
            onPage?.(page);
            setEmpty(page.total === 0);
            setLoading(false);
          })
          .catch((e) => {
            p.failCallback();
            if (gen !== generation.current) return;
            setLoading(false);
            onError(e);
          });
      },
    }),
    [],
  );

  const reset = useCallback(() => {
    generation.current++;
    apiRef.current?.purgeInfiniteCache();
    if ((apiRef.current?.getDisplayedRowCount() ?? 0) > 0) apiRef.current?.ensureIndexVisible(0, 'top');
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      refresh: () => apiRef.current?.refreshInfiniteCache(),
      reset,
      api: () => apiRef.current as GridApi | null,
      getViewState: () => ({ columns: apiRef.current ? captureColumns(apiRef.current, SELECTION_COL) : null, filter: (apiRef.current?.getFilterModel() ?? {}) as FilterModel }),
      applyViewState: (s) => apiRef.current && applyView(apiRef.current, s),
      clearFilters: () => apiRef.current?.setFilterModel(null),
      clearSelection: () => apiRef.current?.deselectAll(),
      filterModel: () => (apiRef.current?.getFilterModel() ?? {}) as FilterModel,
    }),
    [reset],
  );

  // The toolbar or the search changed: start again from the top.
  const firstKey = useRef(true);
  const key = `${props.queryKey ?? ''}\u0000${props.quick}\u0000${JSON.stringify(props.extraFilter ?? {})}`;
  useEffect(() => {
    if (firstKey.current) {
      firstKey.current = false;
      return;
    }
    reset();
  }, [key, reset]);

  useEffect(() => {
    apiRef.current?.redrawRows();
  }, [props.activeRowId]);

  const initialState = useMemo(() => loadState(props.stateKey), [props.stateKey]);
  const onStateUpdated = useCallback(
    (e: StateUpdatedEvent<T>) => {
      const { columnOrder, columnPinning, columnSizing, columnVisibility, sort, filter } = e.state;
      window.localStorage.setItem(`bridgehire.grid.${props.stateKey}`, JSON.stringify({ columnOrder, columnPinning, columnSizing, columnVisibility, sort }));
      window.sessionStorage.setItem(`bridgehire.grid.${props.stateKey}.filter`, JSON.stringify(filter?.filterModel ?? {}));
    },
    [props.stateKey],
  );

  const rowClassRules = useMemo<RowClassRules<T>>(
    () => ({ ...(props.rowClassRules ?? {}), 'row-active': (p) => p.data != null && latest.current.activeRowId != null && latest.current.getRowId(p.data) === latest.current.activeRowId }),
    [props.rowClassRules],
  );
  const getRowId = useCallback((p: GetRowIdParams<T>) => latest.current.getRowId(p.data), []);
  const onCellClicked = useCallback((e: CellClickedEvent<T>) => {
    if (e.column.getColId() === SELECTION_COL || !e.data) return;
    latest.current.onRowClicked?.(e.data);
  }, []);
  const onCellKeyDown = useCallback((e: CellKeyDownEvent<T>) => {
    const ev = e.event as KeyboardEvent | null;
    if (ev?.key === 'Enter' && e.data) latest.current.onRowClicked?.(e.data);
  }, []);

  return (
    <div className="grid-wrap" aria-busy={loading}>
      {loading && <div className="grid-loading" role="progressbar" aria-label="Loading rows" />}
      <AgGridReact<T>
        theme={gridTheme}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={100}
        maxBlocksInCache={50}
        blockLoadDebounceMillis={40}
        columnDefs={props.columns}
        defaultColDef={{ sortable: true, resizable: true, filter: true, floatingFilter: true, minWidth: 70, suppressHeaderMenuButton: true }}
        getRowId={getRowId}
        initialState={initialState}
        onStateUpdated={onStateUpdated}
        onGridReady={(e: GridReadyEvent<T>) => {
          apiRef.current = e.api;
          // Column filters restored from the session count as filters from the start.
          const restored = e.api.getFilterModel() as FilterModel;
          if (Object.keys(restored).length) latest.current.onFilterChanged?.(restored);
        }}
        onCellClicked={onCellClicked}
        onCellKeyDown={onCellKeyDown}
        onFilterChanged={(e) => {
          generation.current++;
          props.onFilterChanged?.(e.api.getFilterModel() as FilterModel);
        }}
        onSortChanged={() => generation.current++}
        rowSelection={props.selectable ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false } : undefined}
        selectionColumnDef={{ pinned: 'left', width: 44, minWidth: 44, maxWidth: 44, suppressMovable: true, lockPinned: true }}
        onSelectionChanged={(e) => props.onSelectionChanged?.(e.api.getSelectedRows())}
        rowClassRules={rowClassRules}
        tooltipShowDelay={400}
        enableCellTextSelection
        ensureDomOrder
        suppressCellFocus={false}
        animateRows={false}
        // The grid's own empty message (below) says why and how to get rows; AG Grid's would be a second one.
        suppressOverlays={['noRows', 'noMatchingRows']}
      />
      {empty && !loading && <div className="grid-empty">{props.emptyText}</div>}
    </div>
  );
}

export const ServerGrid = forwardRef(ServerGridInner) as <T>(p: ServerGridProps<T> & { ref?: React.Ref<ServerGridHandle> }) => ReturnType<typeof ServerGridInner>;
