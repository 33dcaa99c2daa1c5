import { useMemo, useRef, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { AlumnusRow } from '../../../shared/api/contract/people';
import { useApp, useDataChanged } from '../app/context';
import { ServerGrid, type ServerGridHandle } from '../grid/ServerGrid';
import { formatDate, formatNumber, plural } from '../grid/format';
import { PersonPanel } from './PersonPanel';

export function RehireView() {
  const { api, fail } = useApp();
  const grid = useRef<ServerGridHandle>(null);
  const [quick, setQuick] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  useDataChanged(['alumni', 'matches', 'roles'], () => grid.current?.refresh());
  const columns = useMemo<ColDef<AlumnusRow>[]>(
    () => [
      { field: 'name', headerName: 'Name', pinned: 'left', width: 190, filter: 'agTextColumnFilter' },
      { field: 'title', headerName: 'Last title', width: 200, filter: 'agTextColumnFilter' },
      { field: 'team', headerName: 'Team', width: 140, filter: 'agTextColumnFilter' },
      { field: 'exitDate', headerName: 'Left on', width: 130, filter: 'agDateColumnFilter', valueFormatter: (p) => formatDate(p.value) },
      { field: 'exitType', headerName: 'Exit', width: 110, filter: 'agTextColumnFilter' },
      { field: 'rehire', headerName: 'Rehire', width: 110, filter: 'agTextColumnFilter' },
      { field: 'monthsSinceExit', headerName: 'Months since', width: 120, filter: 'agNumberColumnFilter' },
      { field: 'tenureYears', headerName: 'Tenure (y)', width: 110, filter: 'agNumberColumnFilter', valueFormatter: (p) => formatNumber(p.value) },
      { field: 'lastPerformance', headerName: 'Performance', width: 130, filter: 'agTextColumnFilter' },
      { field: 'manager', headerName: 'Manager', width: 150, filter: 'agTextColumnFilter' },
    ],
    [],
  );
  return (
    <section className="view">
      <header className="view-header">
        <div>
          <h1>Rehire</h1>
          <p className="muted">{total == null ? 'Loading…' : `${plural(total, 'former employee')}`}</p>
        </div>
        <input className="search" type="search" placeholder="Search…" aria-label="Quick search" value={quick} onChange={(e) => { setQuick(e.target.value); queueMicrotask(() => grid.current?.reset()); }} />
      </header>
      <div className="view-body">
        <ServerGrid<AlumnusRow>
          ref={grid}
          stateKey="rehire"
          columns={columns}
          quick={quick}
          fetch={(a) => api.call('alumni.list', a)}
          getRowId={(r) => String(r.id)}
          onRowClicked={(r) => setOpenId(r.id)}
          onTotal={setTotal}
          onError={fail}
          emptyText="No former employees yet. Import your HRIS or alumni export from Imports."
        />
        {openId != null && <PersonPanel id={openId} onClose={() => setOpenId(null)} />}
      </div>
    </section>
  );
}
