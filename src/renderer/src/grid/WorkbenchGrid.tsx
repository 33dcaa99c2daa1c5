import type { ReactNode } from 'react';
import type { ColDef, RowClassRules } from 'ag-grid-community';
import type { BulkTarget } from '../../../shared/api/contract/people';
import type { GridId } from '../../../shared/api/contract/views';
import type { FilterModel, Page } from '../../../shared/api/grid';
import { useApp } from '../app/context';
import { ServerGrid, type FetchArgs } from './ServerGrid';
import type { Workbench } from './useWorkbench';
import type { GridExportOptions } from '../export/exportGrid';
import { SearchBox } from '../components/FilterInputs';
import { SavedViews } from '../components/SavedViews';
import { ColumnsMenu } from '../components/ColumnsMenu';
import { BulkBar } from '../components/BulkBar';
import { ExportGridButton } from '../components/ExportMenu';

/** Choosing rows and acting on them (stage, tag, shortlist); a grid without it has no checkboxes. */
export interface WorkbenchBulk<T> {
  /** The person ids behind the ticked rows (a person may stand in several match rows). */
  personIds: (rows: T[]) => number[];
  noun?: [string, string];
  /** The grid's filters as a bulk target, for "everyone matching the filters". */
  filterTarget: BulkTarget;
  /** More actions, e.g. add to a shortlist. */
  extra?: (target: BulkTarget, count: number, done: () => void) => ReactNode;
}

export interface WorkbenchGridProps<T, TB extends object> {
  wb: Workbench<TB>;
  /** The grid's name for saved views and for the column state kept between sessions. */
  grid: GridId;
  title: string;
  /** Beside the title, e.g. the match grid's role picker. */
  titleExtra?: ReactNode;
  subtitle: string;
  searchPlaceholder: string;
  /** Buttons beside the search box. */
  actions?: ReactNode;
  /** Between the header and the filter bar, e.g. the stale-scores banner. */
  banner?: ReactNode;
  /** The view's own filter-bar controls. */
  filters: ReactNode;
  /** Offers "Export CSV" with these options (what the grid cannot tell by itself). */
  exportOptions?: () => GridExportOptions;
  columns: ColDef<T>[];
  fetch: (args: FetchArgs) => Promise<Page<T>>;
  extraFilter?: FilterModel;
  queryKey?: string;
  getRowId: (row: T) => string;
  onRowClicked?: (row: T) => void;
  activeRowId?: string | null;
  onPage?: (page: Page<T>) => void;
  rowClassRules?: RowClassRules<T>;
  /** The sentence shown, before "Clear filters", when the filters leave no row. */
  noMatch: string;
  /** What to say, and offer, when the grid has no rows at all. */
  empty: ReactNode;
  /** Shown instead of the grid, e.g. when there is nothing to rank yet. */
  placeholder?: ReactNode;
  bulk?: WorkbenchBulk<T>;
  /** The detail panel or form beside the grid. */
  children?: ReactNode;
}

/**
 * A workbench view's frame around its grid: header with count and search, filter bar (the view's
 * controls, "Clear filters", columns, export, saved views), the grid over a store method, bulk
 * actions and the detail panel. Each view declares only what differs.
 */
export function WorkbenchGrid<T, TB extends object>(p: WorkbenchGridProps<T, TB>) {
  const { fail } = useApp();
  const { wb, bulk } = p;
  const gridApi = () => wb.ref.current?.api() ?? null;
  const clearFilters = (
    <button type="button" className="link-button" onClick={wb.clearAll}>
      Clear filters
    </button>
  );
  const search = <SearchBox value={wb.quick} onChange={wb.setQuick} placeholder={p.searchPlaceholder} />;
  return (
    <section className="view">
      <header className="view-header">
        <div className={p.titleExtra ? 'title-with-picker' : undefined}>
          <h1>{p.title}</h1>
          {p.titleExtra}
          <p className="muted" aria-live="polite">
            {p.subtitle}
          </p>
        </div>
        {p.actions ? (
          <div className="header-actions">
            {search}
            {p.actions}
          </div>
        ) : (
          search
        )}
      </header>
      {p.banner}
      <div className="filter-bar" role="toolbar" aria-label="Filters">
        {p.filters}
        {wb.active > 0 && clearFilters}
        <span className="filter-end">
          <ColumnsMenu grid={gridApi} />
          {p.exportOptions && <ExportGridButton grid={gridApi} options={p.exportOptions} />}
          <SavedViews grid={p.grid} capture={wb.capture} apply={wb.apply} signature={wb.signature} />
        </span>
      </div>
      <div className={wb.selection.allFiltered ? 'view-body all-chosen' : 'view-body'}>
        {p.placeholder ?? (
          <ServerGrid<T>
            ref={wb.ref}
            stateKey={p.grid}
            columns={p.columns}
            quick={wb.quick}
            extraFilter={p.extraFilter}
            queryKey={p.queryKey}
            fetch={p.fetch}
            onPage={p.onPage}
            getRowId={p.getRowId}
            onRowClicked={p.onRowClicked}
            activeRowId={p.activeRowId}
            rowClassRules={p.rowClassRules}
            onTotal={wb.setTotal}
            onFilterChanged={wb.setGridFilter}
            onError={fail}
            selectable={bulk !== undefined}
            onSelectionChanged={bulk ? (rows) => wb.setSelection({ ids: bulk.personIds(rows), allFiltered: false }) : undefined}
            emptyText={
              wb.active ? (
                <>
                  {p.noMatch} {clearFilters}
                </>
              ) : (
                p.empty
              )
            }
          />
        )}
        {bulk && (
          <BulkBar
            selection={{ ...wb.selection, ids: [...new Set(wb.selection.ids)] }}
            total={wb.total}
            noun={bulk.noun}
            filterTarget={bulk.filterTarget}
            onSelectAll={() => wb.setSelection((s) => ({ ...s, allFiltered: true }))}
            onClear={() => {
              wb.ref.current?.clearSelection();
              wb.setSelection({ ids: [], allFiltered: false });
            }}
            extra={bulk.extra}
          />
        )}
        {p.children}
      </div>
    </section>
  );
}
