import { forwardRef, useImperativeHandle, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  LargeTextEditorModule,
  RowDragModule,
  TextEditorModule,
  type CellValueChangedEvent,
  type ColDef,
  type GridApi,
  type ICellRendererParams,
  type RowDragEndEvent,
} from 'ag-grid-community';
import type { ShortlistEntry } from '../../../../shared/api/contract/shortlists';
import { STAGES, type Stage } from '../../../../shared/domain';
import { gridThemeWithRowHeight } from '../../grid/setup';
import '../../grid/setup';
import { RowActions, ScoreCell, WhyCell } from './cells';

// Two-line rows, each cell's content centred in them.
const THEME = gridThemeWithRowHeight(50);

// The list of one shortlist, held on the client (it is small) so AG Grid's managed row dragging
// can re-order it; every change is sent to the store at once.

const MODULES = [RowDragModule, TextEditorModule, LargeTextEditorModule];

export interface ShortlistGridHandle {
  api(): GridApi | null;
}

interface Props {
  entries: ShortlistEntry[];
  onOpen: (e: ShortlistEntry) => void;
  /** The new order after a drag or a move, as person ids. */
  onReorder: (personIds: number[]) => void;
  onRemove: (e: ShortlistEntry) => void;
  onEdit: (e: ShortlistEntry, patch: { stage?: Stage; note?: string }) => void;
}

const STAGE_LABEL = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const ShortlistGrid = forwardRef<ShortlistGridHandle, Props>(function ShortlistGrid(props, ref) {
  const apiRef = useRef<GridApi<ShortlistEntry> | null>(null);
  const latest = useRef(props);
  latest.current = props;
  useImperativeHandle(ref, () => ({ api: () => apiRef.current as GridApi | null }), []);

  const columns = useMemo<ColDef<ShortlistEntry>[]>(
    () => [
      { field: 'position', headerName: '#', rowDrag: true, width: 62, sortable: true, filter: false, suppressMovable: true },
      {
        field: 'name',
        headerName: 'Name',
        width: 200,
        filter: 'agTextColumnFilter',
        tooltip: (p) => (p.data ? [p.data.name, p.data.title, p.data.company, p.data.location].filter(Boolean).join(' · ') : ''),
        cellRenderer: (p: ICellRendererParams<ShortlistEntry>) =>
          p.data ? (
            <span className="sl-person">
              <button type="button" className="link-button sl-name" onClick={() => latest.current.onOpen(p.data!)}>
                {p.data.name}
              </button>
              <span className="muted small">{[p.data.title, p.data.company].filter(Boolean).join(' · ') || '—'}</span>
            </span>
          ) : null,
      },
      {
        field: 'score',
        headerName: 'Score',
        width: 150,
        filter: 'agNumberColumnFilter',
        headerTooltip: 'The score when the person was added, and who added them when; an arrow shows the score now when it has changed',
        cellRenderer: (p: ICellRendererParams<ShortlistEntry>) => (p.data ? <ScoreCell e={p.data} /> : null),
      },
      {
        colId: 'why',
        headerName: 'Why',
        flex: 2,
        minWidth: 170,
        sortable: false,
        filter: false,
        context: { exportField: 'matched', exportHeader: 'Matched skills' },
        headerTooltip: 'Matched (✓), partly covered by an adjacent skill (≈) and missing (✗) skills, when the person was added',
        cellRenderer: (p: ICellRendererParams<ShortlistEntry>) => (p.data ? <WhyCell e={p.data} max={2} /> : null),
      },
      {
        field: 'stage',
        headerName: 'Stage',
        width: 128,
        filter: 'agTextColumnFilter',
        headerTooltip: "This shortlist's stage for the person (their own pipeline stage is set in the person panel)",
        cellRenderer: (p: ICellRendererParams<ShortlistEntry>) =>
          p.data ? (
            <select className="sl-stage" value={p.data.stage} aria-label={`Stage of ${p.data.name}`} onChange={(e) => latest.current.onEdit(p.data!, { stage: e.target.value as Stage })}>
              {STAGES.map((st) => (
                <option key={st} value={st}>
                  {STAGE_LABEL(st)}
                </option>
              ))}
            </select>
          ) : null,
      },
      {
        field: 'note',
        headerName: 'Note',
        flex: 1,
        minWidth: 130,
        editable: true,
        filter: 'agTextColumnFilter',
        cellEditor: 'agLargeTextCellEditor',
        cellEditorPopup: true,
        cellEditorParams: { maxLength: 5000, rows: 6, cols: 40 },
        cellClass: 'sl-editable',
        tooltip: (p) => p.data?.note || '',
      },
      {
        colId: 'actions',
        headerName: '',
        pinned: 'right',
        width: 104,
        sortable: false,
        filter: false,
        resizable: false,
        context: { export: false },
        cellRenderer: (p: ICellRendererParams<ShortlistEntry>) => {
          if (!p.data) return null;
          const all = latest.current.entries;
          const i = all.findIndex((x) => x.personId === p.data!.personId);
          const move = (dir: -1 | 1) => {
            const ids = all.map((x) => x.personId);
            const j = i + dir;
            if (j < 0 || j >= ids.length) return;
            [ids[i], ids[j]] = [ids[j]!, ids[i]!];
            latest.current.onReorder(ids);
          };
          return <RowActions e={p.data} first={i === 0} last={i === all.length - 1} onMove={move} onRemove={() => latest.current.onRemove(p.data!)} />;
        },
      },
    ],
    [],
  );

  const onDragEnd = (e: RowDragEndEvent<ShortlistEntry>) => {
    const ids: number[] = [];
    e.api.forEachNode((n) => n.data && ids.push(n.data.personId));
    const before = latest.current.entries.map((x) => x.personId);
    if (ids.join(',') !== before.join(',')) latest.current.onReorder(ids);
  };

  const onValueChanged = (e: CellValueChangedEvent<ShortlistEntry>) => {
    if (!e.data || e.newValue === e.oldValue) return;
    if (e.colDef.field === 'note') latest.current.onEdit(e.data, { note: String(e.newValue ?? '') });
  };

  return (
    <div className="grid-wrap">
      <AgGridReact<ShortlistEntry>
        theme={THEME}
        modules={MODULES}
        rowData={props.entries}
        columnDefs={columns}
        defaultColDef={{ sortable: true, resizable: true, filter: true, floatingFilter: true, minWidth: 60 }}
        getRowId={(p) => String(p.data.personId)}
        rowHeight={50}
        rowDragManaged
        onRowDragEnd={onDragEnd}
        onCellValueChanged={onValueChanged}
        onGridReady={(e) => (apiRef.current = e.api)}
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={400}
        enableCellTextSelection
        ensureDomOrder
        overlayNoRowsTemplate="No one on this shortlist yet."
      />
    </div>
  );
});
