import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { AlumnusRow } from '../../../../shared/api/contract/people';
import { LEVEL_LABELS, TRACK_LABELS } from '../../../../shared/domain';
import { EligibilityBadge, ScoreBar } from '../../grid/cells';
import { formatDate, formatInt, formatNumber } from '../../grid/format';
import { EXIT_LABELS, STAGE_LABELS, label } from '../../grid/labels';
import { Chips } from '../../components/Chips';

type P = ICellRendererParams<AlumnusRow>;

/** The rehire grid's columns: when and why they left, whether we would have them back, what they could fill now. */
export function rehireColumns(): ColDef<AlumnusRow>[] {
  return [
    { field: 'name', headerName: 'Name', pinned: 'left', width: 180, filter: 'agTextColumnFilter' },
    {
      colId: 'bestScore',
      headerName: 'Best open role',
      context: { exportField: 'bestRole.title', exportHeader: 'Best open role' },
      width: 320,
      filter: 'agNumberColumnFilter',
      valueGetter: (p) => p.data?.bestRole?.score ?? null,
      cellRenderer: (p: P) =>
        p.data?.bestRole ? (
          <span className="best-role" title={`${p.data.bestRole.title} (${p.data.bestRole.reqId})`}>
            <ScoreBar score={p.data.bestRole.score} />
            <span className="best-role-title">{p.data.bestRole.title}</span>
          </span>
        ) : p.data ? (
          <span className="muted">No open role scored</span>
        ) : null,
    },
    {
      field: 'rehire',
      headerName: 'Rehire',
      width: 150,
      filter: false,
      cellRenderer: (p: P) => (p.data ? <EligibilityBadge value={p.data.rehire} source={p.data.rehireSource} /> : null),
    },
    { field: 'exitDate', headerName: 'Left on', width: 170, filter: 'agDateColumnFilter', valueFormatter: (p) => formatDate(p.value) },
    { field: 'monthsSinceExit', headerName: 'Months since', width: 130, filter: 'agNumberColumnFilter', type: 'numericColumn', valueFormatter: (p) => formatInt(p.value) },
    { field: 'exitType', headerName: 'Exit', width: 110, filter: false, valueFormatter: (p) => label(EXIT_LABELS, p.value) },
    { field: 'exitReason', headerName: 'Reason', width: 200, filter: 'agTextColumnFilter', tooltip: true },
    { field: 'layoffWave', headerName: 'Layoff wave', width: 130, filter: 'agTextColumnFilter' },
    { field: 'title', headerName: 'Last title', width: 200, filter: 'agTextColumnFilter' },
    { field: 'team', headerName: 'Last team', width: 140, filter: 'agTextColumnFilter' },
    { field: 'manager', headerName: 'Manager', width: 140, filter: 'agTextColumnFilter' },
    { field: 'level', headerName: 'Level', width: 90, filter: 'agTextColumnFilter', valueFormatter: (p) => label(LEVEL_LABELS, p.value) },
    { field: 'tenureYears', headerName: 'Tenure (years)', width: 136, filter: 'agNumberColumnFilter', type: 'numericColumn', valueFormatter: (p) => formatNumber(p.value) },
    { field: 'lastPerformance', headerName: 'Last review', width: 120, filter: 'agTextColumnFilter' },
    { field: 'rehireSource', headerName: 'Rehire from', width: 120, filter: 'agTextColumnFilter', hide: true, valueFormatter: (p) => (p.value === 'derived' ? 'Exit reason' : p.value === 'explicit' ? 'HR file' : '') },
    { field: 'track', headerName: 'Track', width: 110, filter: 'agTextColumnFilter', valueFormatter: (p) => label(TRACK_LABELS, p.value) },
    { field: 'location', headerName: 'Location', width: 140, filter: 'agTextColumnFilter' },
    { field: 'skills', headerName: 'Skills', width: 260, sortable: false, filter: false, cellRenderer: (p: P) => <Chips items={p.data?.skills ?? []} max={4} /> },
    { field: 'stage', headerName: 'Stage', width: 110, filter: false, valueFormatter: (p) => label(STAGE_LABELS, p.value) },
    { field: 'employeeId', headerName: 'Employee ID', width: 120, filter: 'agTextColumnFilter', hide: true },
  ];
}
