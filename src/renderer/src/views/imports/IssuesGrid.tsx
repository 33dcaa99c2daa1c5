import { useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ImportIssue } from '../../../../shared/domain';
import { gridThemeWithRowHeight } from '../../grid/setup';
import { SEVERITY_LABELS } from './labels';

// Two-line messages, every cell's content centred in the row.
const THEME = gridThemeWithRowHeight(48);
const TONE = { error: 'bad', warning: 'warn', info: 'neutral' } as const;

/** A short list sizes the grid to its rows; a long one scrolls inside a fixed height. */
const AUTO_HEIGHT_ROWS = 8;

/** Every issue an import found, one per row: where (row, column, value), how bad, and what happened. */
export function IssuesGrid({ issues, height = 320 }: { issues: ImportIssue[]; height?: number }) {
  const auto = issues.length <= AUTO_HEIGHT_ROWS;
  const columns = useMemo<ColDef<ImportIssue>[]>(
    () => [
      { field: 'row', headerName: 'Row', width: 80, type: 'numericColumn', filter: 'agNumberColumnFilter', valueFormatter: (p) => (p.value === 0 ? 'File' : String(p.value)) },
      {
        field: 'severity',
        headerName: 'Kind',
        width: 100,
        filter: 'agTextColumnFilter',
        cellRenderer: (p: ICellRendererParams<ImportIssue>) => (p.data ? <span className={`badge badge-${TONE[p.data.severity]}`}>{SEVERITY_LABELS[p.data.severity]}</span> : null),
      },
      { field: 'column', headerName: 'Column', width: 160, filter: 'agTextColumnFilter' },
      { field: 'value', headerName: 'Value', width: 200, filter: 'agTextColumnFilter', tooltip: true },
      // Two lines hold almost every message; the tooltip holds the rest.
      {
        field: 'message',
        headerName: 'What happened',
        flex: 1,
        minWidth: 260,
        filter: 'agTextColumnFilter',
        cellClass: 'wrap-cell',
        tooltip: true,
        cellRenderer: (p: ICellRendererParams<ImportIssue>) => <span className="clamp-2">{p.value}</span>,
      },
    ],
    [],
  );
  return (
    <div className="issues-grid" style={auto ? undefined : { height }}>
      <AgGridReact<ImportIssue>
        theme={THEME}
        rowHeight={48}
        rowData={issues}
        domLayout={auto ? 'autoHeight' : 'normal'}
        suppressRowVirtualisation={auto}
        suppressColumnVirtualisation={auto}
        columnDefs={columns}
        defaultColDef={{ sortable: true, resizable: true }}
        enableCellTextSelection
        ensureDomOrder
        tooltipShowDelay={400}
        overlayNoRowsTemplate="No issues."
      />
    </div>
  );
}
