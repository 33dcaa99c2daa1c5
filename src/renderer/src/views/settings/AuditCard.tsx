import { useMemo, useRef } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { AuditRow } from '../../../../shared/api/contract/audit';
import { useApp, useDataChanged } from '../../app/context';
import { ServerGrid, type ServerGridHandle } from '../../grid/ServerGrid';
import { formatDateTime } from '../../grid/format';

const ACTION_LABELS: Record<string, string> = {
  import: 'Import',
  undo_import: 'Import undone',
  merge: 'Merge',
  forget: 'Person erased',
  export: 'Export',
  weights: 'Weights changed',
  backup: 'Backup made',
  restore: 'Backup restored',
  retention: 'Retention run',
  settings: 'Settings changed',
  allow_reimport: 'Erased person allowed back',
};

function detailsText(d: Record<string, unknown>): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

/** What was done to the workspace, newest first: imports, merges, erasures, exports, weight changes. */
export function AuditCard() {
  const { api, fail } = useApp();
  const grid = useRef<ServerGridHandle>(null);
  useDataChanged(['people', 'imports', 'settings', 'shortlists', 'roles', 'matches'], () => grid.current?.refresh());
  const columns = useMemo<ColDef<AuditRow>[]>(
    () => [
      { colId: 'at', field: 'at', headerName: 'When', width: 190, sort: 'desc', valueFormatter: (p) => formatDateTime(p.value as string), filter: 'agDateColumnFilter' },
      { colId: 'action', field: 'action', headerName: 'What', width: 190, valueFormatter: (p) => ACTION_LABELS[p.value as string] ?? String(p.value), filter: 'agTextColumnFilter' },
      { colId: 'subject', field: 'subject', headerName: 'About', width: 220, filter: 'agTextColumnFilter' },
      { colId: 'details', field: 'details', headerName: 'Details', flex: 1, minWidth: 240, sortable: false, valueFormatter: (p) => detailsText((p.value ?? {}) as Record<string, unknown>), tooltip: (p) => detailsText((p.value ?? {}) as Record<string, unknown>) },
    ],
    [],
  );
  return (
    <section className="card settings-card settings-audit" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p>Every import, merge, erasure, export, weight change and backup, with who did it. Entries name records by number, never by a person’s details.</p>
      <div className="settings-audit-grid">
        <ServerGrid<AuditRow>
          ref={grid}
          stateKey="audit"
          columns={columns}
          quick=""
          fetch={(a) => api.call('audit.list', a)}
          getRowId={(r) => String(r.id)}
          onError={fail}
          emptyText="Nothing has been recorded yet."
        />
      </div>
    </section>
  );
}
