import { useMemo, useRef, useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { PersonRow } from '../../../shared/api/contract/people';
import { LEVEL_LABELS, TRACK_LABELS, type Level, type Track } from '../../../shared/domain';
import { useApp, useDataChanged } from '../app/context';
import { ServerGrid, type ServerGridHandle } from '../grid/ServerGrid';
import { formatDate, formatNumber, plural } from '../grid/format';
import { Chips } from '../components/Chips';
import { PersonPanel } from './PersonPanel';

const SOURCE_LABELS: Record<string, string> = { alumni: 'Alumnus', layoff_list: 'Laid-off list', ats: 'Applicant', manual: 'Added by hand', demo: 'Demo' };

export function CandidatesView() {
  const { api, fail } = useApp();
  const grid = useRef<ServerGridHandle>(null);
  const [quick, setQuick] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  useDataChanged(['people', 'alumni'], () => grid.current?.refresh());

  const columns = useMemo<ColDef<PersonRow>[]>(
    () => [
      { field: 'name', headerName: 'Name', pinned: 'left', width: 200, filter: 'agTextColumnFilter' },
      { field: 'title', headerName: 'Title', width: 220, filter: 'agTextColumnFilter' },
      { field: 'company', headerName: 'Company', width: 150, filter: 'agTextColumnFilter' },
      { field: 'track', headerName: 'Track', width: 120, filter: 'agTextColumnFilter', valueFormatter: (p) => (p.value ? TRACK_LABELS[p.value as Track] ?? p.value : '') },
      { field: 'level', headerName: 'Level', width: 110, filter: 'agTextColumnFilter', valueFormatter: (p) => (p.value ? LEVEL_LABELS[p.value as Level] ?? p.value : '') },
      { field: 'yearsExp', headerName: 'Years', width: 90, filter: 'agNumberColumnFilter', valueFormatter: (p) => formatNumber(p.value) },
      {
        field: 'skills',
        headerName: 'Skills',
        width: 320,
        filter: 'agTextColumnFilter',
        sortable: false,
        cellRenderer: (p: ICellRendererParams<PersonRow>) => <Chips items={p.data?.skills ?? []} max={5} />,
      },
      { field: 'location', headerName: 'Location', width: 150, filter: 'agTextColumnFilter' },
      { field: 'sources', headerName: 'Source', width: 130, filter: 'agTextColumnFilter', valueFormatter: (p) => ((p.value as string[] | undefined) ?? []).map((s) => SOURCE_LABELS[s] ?? s).join(', ') },
      { field: 'availableOn', headerName: 'Available since', width: 140, filter: 'agDateColumnFilter', valueFormatter: (p) => formatDate(p.value) },
      { field: 'stage', headerName: 'Stage', width: 120, filter: 'agTextColumnFilter' },
      { field: 'emails', headerName: 'Email', width: 220, filter: 'agTextColumnFilter', sortable: false, valueFormatter: (p) => ((p.value as string[] | undefined) ?? []).join(', ') },
    ],
    [],
  );

  return (
    <section className="view">
      <header className="view-header">
        <div>
          <h1>Candidates</h1>
          <p className="muted">{total == null ? 'Loading…' : `${plural(total, 'person', 'people')} in the workspace`}</p>
        </div>
        <input
          className="search"
          type="search"
          placeholder="Search name, title, company, skill, email…"
          aria-label="Quick search"
          value={quick}
          onChange={(e) => {
            setQuick(e.target.value);
            queueMicrotask(() => grid.current?.reset());
          }}
        />
      </header>
      <div className="view-body">
        <ServerGrid<PersonRow>
          ref={grid}
          stateKey="candidates"
          columns={columns}
          quick={quick}
          fetch={(a) => api.call('people.list', a)}
          getRowId={(r) => String(r.id)}
          onRowClicked={(r) => setOpenId(r.id)}
          onTotal={setTotal}
          onError={fail}
          emptyText={quick ? 'No one matches this search.' : 'No people yet. Import a talent list or load the demo workspace.'}
        />
        {openId != null && <PersonPanel id={openId} onClose={() => setOpenId(null)} />}
      </div>
    </section>
  );
}
