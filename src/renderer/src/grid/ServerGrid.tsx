import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, GridApi, GridReadyEvent, IDatasource, IGetRowsParams, RowClickedEvent, GridState, StateUpdatedEvent } from 'ag-grid-community';
import type { FilterModel, Page, SortModel } from '../../../shared/api/grid';
import { gridTheme } from './setup';
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
  getRowId: (row: T) => string;
  onRowClicked?: (row: T) => void;
  onTotal?: (total: number) => void;
  onError: (e: unknown) => void;
  /** Where column order, widths, pinning and sort are kept between sessions. */
  stateKey: string;
  selectable?: boolean;
  onSelectionChanged?: (rows: T[]) => void;
  emptyText: string;
}

export interface ServerGridHandle {
  /** Re-reads the rows on screen (data changed); keeps the scroll position. */
  refresh(): void;
  /** Starts again from the top (filters or search changed). */
  reset(): void;
  api(): GridApi | null;
}

function loadState(key: string): GridState | undefined {
  try {
    const s = window.localStorage.getItem(`bridgehire.grid.${key}`);
    return s ? (JSON.parse(s) as GridState) : undefined;
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
  const latest = useRef(props);
  latest.current = props;

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (p: IGetRowsParams) => {
        const { fetch, quick, extraFilter, onTotal, onError } = latest.current;
        const filter = { ...(p.filterModel as FilterModel), ...(extraFilter ?? {}) };
        fetch({ offset: p.startRow, limit: p.endRow - p.startRow, sort: p.sortModel as SortModel, filter, quick })
          .then((page) => {
            p.successCallback(page.rows, page.total);
            onTotal?.(page.total);
            setEmpty(page.total === 0);
          })
          .catch((e) => {
            p.failCallback();
            onError(e);
          });
      },
    }),
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      refresh: () => apiRef.current?.refreshInfiniteCache(),
      reset: () => {
        apiRef.current?.purgeInfiniteCache();
        apiRef.current?.ensureIndexVisible(0, 'top');
      },
      api: () => apiRef.current as GridApi | null,
    }),
    [],
  );

  const initialState = useMemo(() => loadState(props.stateKey), [props.stateKey]);
  const onStateUpdated = useCallback(
    (e: StateUpdatedEvent<T>) => {
      const { columnOrder, columnPinning, columnSizing, columnVisibility, sort } = e.state;
      window.localStorage.setItem(`bridgehire.grid.${props.stateKey}`, JSON.stringify({ columnOrder, columnPinning, columnSizing, columnVisibility, sort }));
    },
    [props.stateKey],
  );

  return (
    <div className="grid-wrap">
      <AgGridReact<T>
        theme={gridTheme}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={200}
        maxBlocksInCache={50}
        blockLoadDebounceMillis={30}
        columnDefs={props.columns}
        defaultColDef={{ sortable: true, resizable: true, filter: true, floatingFilter: true, minWidth: 80 }}
        getRowId={(p) => props.getRowId(p.data)}
        initialState={initialState}
        onStateUpdated={onStateUpdated}
        onGridReady={(e: GridReadyEvent<T>) => (apiRef.current = e.api)}
        onRowClicked={(e: RowClickedEvent<T>) => e.data && props.onRowClicked?.(e.data)}
        rowSelection={props.selectable ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false } : undefined}
        onSelectionChanged={(e) => props.onSelectionChanged?.(e.api.getSelectedRows())}
        tooltipShowDelay={400}
        enableCellTextSelection
        ensureDomOrder
        suppressCellFocus={false}
      />
      {empty && <div className="grid-empty">{props.emptyText}</div>}
    </div>
  );
}

export const ServerGrid = forwardRef(ServerGridInner) as <T>(p: ServerGridProps<T> & { ref?: React.Ref<ServerGridHandle> }) => ReturnType<typeof ServerGridInner>;
