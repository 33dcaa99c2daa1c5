import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { RoleRow } from '../../../../shared/api/contract/roles';
import { LEVEL_LABELS, TRACK_LABELS } from '../../../../shared/domain';
import { ScoreBar } from '../../grid/cells';
import { formatDate, formatInt } from '../../grid/format';
import { REMOTE_LABELS, STATUS_BADGE, STATUS_LABELS, label } from '../../grid/labels';
import { Chips } from '../../components/Chips';

type P = ICellRendererParams<RoleRow>;

export function roleColumns(): ColDef<RoleRow>[] {
  return [
    { field: 'title', headerName: 'Title', pinned: 'left', width: 300, filter: 'agTextColumnFilter' },
    { field: 'reqId', headerName: 'Req ID', width: 110, filter: 'agTextColumnFilter' },
    { field: 'status', headerName: 'Status', width: 100, filter: false, cellRenderer: (p: P) => (p.data ? <span className={`badge ${STATUS_BADGE[p.data.status] ?? 'badge-neutral'}`}>{label(STATUS_LABELS, p.data.status)}</span> : null) },
    { field: 'track', headerName: 'Track', width: 110, filter: false, valueFormatter: (p) => label(TRACK_LABELS, p.value) },
    { field: 'level', headerName: 'Level', width: 100, filter: 'agTextColumnFilter', valueFormatter: (p) => label(LEVEL_LABELS, p.value) },
    { field: 'topScore', headerName: 'Best score', width: 140, filter: 'agNumberColumnFilter', cellRenderer: (p: P) => (p.data ? <ScoreBar score={p.data.topScore} /> : null) },
    { field: 'candidates', headerName: 'Candidates', width: 110, filter: 'agNumberColumnFilter', type: 'numericColumn', valueFormatter: (p) => formatInt(p.value) },
    { field: 'nearMisses', headerName: 'Near misses', width: 125, filter: 'agNumberColumnFilter', type: 'numericColumn', valueFormatter: (p) => formatInt(p.value) },
    { colId: 'skills', field: 'must', headerName: 'Must-haves', width: 280, sortable: false, filter: 'agTextColumnFilter', cellRenderer: (p: P) => <Chips items={p.data?.must ?? []} max={4} /> },
    { field: 'nice', headerName: 'Nice-to-haves', width: 200, sortable: false, filter: false, hide: true, cellRenderer: (p: P) => <Chips items={p.data?.nice ?? []} max={3} /> },
    { field: 'team', headerName: 'Team', width: 130, filter: 'agTextColumnFilter' },
    { field: 'location', headerName: 'Location', width: 140, filter: 'agTextColumnFilter' },
    { field: 'remotePolicy', headerName: 'Remote', width: 100, filter: 'agTextColumnFilter', valueFormatter: (p) => label(REMOTE_LABELS, p.value) },
    { field: 'headcount', headerName: 'Headcount', width: 100, filter: 'agNumberColumnFilter', type: 'numericColumn' },
    { field: 'hiringManager', headerName: 'Hiring manager', width: 150, filter: 'agTextColumnFilter' },
    { field: 'openedOn', headerName: 'Opened', width: 170, filter: 'agDateColumnFilter', valueFormatter: (p) => formatDate(p.value) },
    { field: 'daysOpen', headerName: 'Days open', width: 100, filter: 'agNumberColumnFilter', type: 'numericColumn', valueFormatter: (p) => formatInt(p.value) },
  ];
}
