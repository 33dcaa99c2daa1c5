import { useMemo, useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { PersonRow } from '../../../shared/api/contract/people';
import type { FilterModel } from '../../../shared/api/grid';
import { LEVEL_LABELS, SOURCE_KINDS, STAGES, TRACKS, TRACK_LABELS, type SourceKind, type Stage, type Track } from '../../../shared/domain';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { WorkbenchGrid } from '../grid/WorkbenchGrid';
import { formatDate, formatNumber, isoDaysAgo, matching, plural } from '../grid/format';
import { REMOTE_LABELS, SOURCE_LABELS, STAGE_LABELS, label, options } from '../grid/labels';
import { SourceBadges } from '../grid/cells';
import { useWorkbench } from '../grid/useWorkbench';
import { Chips } from '../components/Chips';
import { MultiSelect } from '../components/MultiSelect';
import { NumberFilter } from '../components/FilterInputs';
import { AddToShortlist } from '../components/AddToShortlist';
import { PersonPanel } from './PersonPanel';

interface Toolbar {
  track: Track[];
  source: SourceKind[];
  stage: Stage[];
  availableWithinDays: number | null;
}
const DEFAULTS: Toolbar = { track: [], source: [], stage: [], availableWithinDays: null };

/** The filter bar as the store's filter model: lists become "in", sources a JSON-text match. */
export function candidatesFilter(t: Toolbar, today = new Date()): FilterModel {
  const f: FilterModel = {};
  if (t.track.length) f.track = { filterType: 'in', values: t.track };
  if (t.stage.length) f.stage = { filterType: 'in', values: t.stage };
  if (t.source.length) {
    const conds = t.source.map((s) => ({ filterType: 'text' as const, type: 'contains' as const, filter: `"${s}"` }));
    f.sources = conds.length === 1 ? conds[0]! : { filterType: 'text', operator: 'OR', conditions: conds };
  }
  if (t.availableWithinDays != null) f.availableOn = { filterType: 'date', type: 'inRange', dateFrom: isoDaysAgo(t.availableWithinDays, today), dateTo: isoDaysAgo(0, today) };
  return f;
}

export function CandidatesView() {
  const { api } = useApp();
  const wb = useWorkbench<Toolbar>('candidates', DEFAULTS);
  const [openId, setOpenId] = useState<number | null>(null);
  useDataChanged(['people', 'alumni'], () => wb.ref.current?.refresh());
  const extraFilter = useMemo(() => candidatesFilter(wb.toolbar), [wb.toolbar]);

  const columns = useMemo<ColDef<PersonRow>[]>(
    () => [
      { field: 'name', headerName: 'Name', pinned: 'left', width: 190, filter: 'agTextColumnFilter' },
      { field: 'title', headerName: 'Title', width: 210, filter: 'agTextColumnFilter' },
      { field: 'company', headerName: 'Company', width: 140, filter: 'agTextColumnFilter' },
      { field: 'track', headerName: 'Track', width: 110, filter: false, valueFormatter: (p) => label(TRACK_LABELS, p.value) },
      { field: 'level', headerName: 'Level', width: 100, filter: 'agTextColumnFilter', valueFormatter: (p) => label(LEVEL_LABELS, p.value) },
      { field: 'yearsExp', headerName: 'Years', width: 90, filter: 'agNumberColumnFilter', type: 'numericColumn', valueFormatter: (p) => formatNumber(p.value) },
      {
        field: 'skills',
        headerName: 'Skills',
        width: 300,
        filter: 'agTextColumnFilter',
        sortable: false,
        cellRenderer: (p: ICellRendererParams<PersonRow>) => <Chips items={p.data?.skills ?? []} max={5} />,
      },
      { field: 'location', headerName: 'Location', width: 150, filter: 'agTextColumnFilter' },
      { field: 'remotePref', headerName: 'Remote', width: 100, filter: 'agTextColumnFilter', valueFormatter: (p) => label(REMOTE_LABELS, p.value) },
      { field: 'sources', headerName: 'Source', width: 150, filter: false, cellRenderer: (p: ICellRendererParams<PersonRow>) => <SourceBadges sources={p.data?.sources} /> },
      { field: 'availableOn', headerName: 'Available since', width: 170, filter: 'agDateColumnFilter', valueFormatter: (p) => formatDate(p.value) },
      { field: 'stage', headerName: 'Stage', width: 120, filter: false, valueFormatter: (p) => label(STAGE_LABELS, p.value) },
      { field: 'tags', headerName: 'Tags', width: 160, filter: 'agTextColumnFilter', sortable: false, cellRenderer: (p: ICellRendererParams<PersonRow>) => <Chips items={p.data?.tags ?? []} max={3} /> },
      { field: 'emails', headerName: 'Email', width: 220, filter: 'agTextColumnFilter', sortable: false, valueFormatter: (p) => ((p.value as string[] | undefined) ?? []).join(', ') },
    ],
    [],
  );

  const t = wb.toolbar;
  return (
    <WorkbenchGrid<PersonRow, Toolbar>
      wb={wb}
      grid="candidates"
      title="Candidates"
      subtitle={wb.total == null ? 'Loading…' : wb.active ? `${matching(wb.total, 'person', 'people')} the filters` : `${plural(wb.total, 'person', 'people')} in the workspace`}
      searchPlaceholder="Search name, title, company, skill, email…"
      filters={
        <>
          <MultiSelect label="Track" options={options(TRACKS, TRACK_LABELS)} value={t.track} onChange={(track) => wb.patch({ track })} />
          <MultiSelect label="Source" options={options(SOURCE_KINDS, SOURCE_LABELS)} value={t.source} onChange={(source) => wb.patch({ source })} />
          <MultiSelect label="Stage" options={options(STAGES, STAGE_LABELS)} value={t.stage} onChange={(stage) => wb.patch({ stage })} />
          <NumberFilter label="Available within" suffix="days" value={t.availableWithinDays} max={3650} onChange={(availableWithinDays) => wb.patch({ availableWithinDays })} />
        </>
      }
      exportOptions={() => ({ grid: 'people', title: 'candidates', quick: wb.quick, extraFilter })}
      columns={columns}
      extraFilter={extraFilter}
      fetch={(a) => api.call('people.list', a)}
      getRowId={(r) => String(r.id)}
      onRowClicked={(r) => setOpenId(r.id)}
      activeRowId={openId != null ? String(openId) : null}
      noMatch="No one matches these filters."
      empty={
        <>
          No people yet.{' '}
          <button type="button" className="link-button" onClick={() => navigate('imports')}>
            Import a talent list
          </button>{' '}
          or load the demo workspace.
        </>
      }
      bulk={{
        personIds: (rows) => rows.map((r) => r.id),
        filterTarget: { grid: 'candidates', filter: { ...wb.gridFilter, ...extraFilter }, quick: wb.quick },
        extra: (target, count, done) => <AddToShortlist target={target} count={count} listPeople={(a) => api.call('people.list', a)} onDone={done} />,
      }}
    >
      {openId != null && <PersonPanel id={openId} onClose={() => setOpenId(null)} />}
    </WorkbenchGrid>
  );
}
