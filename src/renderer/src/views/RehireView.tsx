import { useMemo, useState } from 'react';
import type { AlumnusRow } from '../../../shared/api/contract/people';
import type { FilterModel } from '../../../shared/api/grid';
import { EXIT_TYPES, REHIRE, STAGES, TRACKS, TRACK_LABELS, type ExitType, type Rehire, type Stage, type Track } from '../../../shared/domain';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { WorkbenchGrid } from '../grid/WorkbenchGrid';
import { matching, plural } from '../grid/format';
import { ELIGIBILITY_LABELS, EXIT_LABELS, STAGE_LABELS, options } from '../grid/labels';
import { useWorkbench } from '../grid/useWorkbench';
import { MultiSelect } from '../components/MultiSelect';
import { NumberFilter } from '../components/FilterInputs';
import { AddToShortlist } from '../components/AddToShortlist';
import { rehireColumns } from './rehire/columns';
import { PersonPanel } from './PersonPanel';

interface Toolbar {
  rehire: Rehire[];
  exitType: ExitType[];
  leftWithinMonths: number | null;
  minMust: number | null;
  roleTracks: Track[];
  stage: Stage[];
}
const DEFAULTS: Toolbar = { rehire: [], exitType: [], leftWithinMonths: null, minMust: null, roleTracks: [], stage: [] };

export function rehireFilter(t: Toolbar): FilterModel {
  const f: FilterModel = {};
  if (t.rehire.length) f.rehire = { filterType: 'in', values: t.rehire };
  if (t.exitType.length) f.exitType = { filterType: 'in', values: t.exitType };
  if (t.stage.length) f.stage = { filterType: 'in', values: t.stage };
  if (t.leftWithinMonths != null) f.monthsSinceExit = { filterType: 'number', type: 'lessThanOrEqual', filter: t.leftWithinMonths };
  return f;
}

export function RehireView() {
  const { api } = useApp();
  const wb = useWorkbench<Toolbar>('rehire', DEFAULTS);
  const [openId, setOpenId] = useState<number | null>(null);
  const [openRole, setOpenRole] = useState<{ id: number; title: string } | null>(null);
  useDataChanged(['people', 'alumni', 'matches', 'roles'], () => wb.ref.current?.refresh());
  const columns = useMemo(rehireColumns, []);
  const t = wb.toolbar;
  const extraFilter = useMemo(() => rehireFilter(t), [t]);
  const mustArgs = useMemo(() => (t.minMust ? { minMust: t.minMust, ...(t.roleTracks.length ? { roleTracks: t.roleTracks } : {}) } : {}), [t.minMust, t.roleTracks]);

  return (
    <WorkbenchGrid<AlumnusRow, Toolbar>
      wb={wb}
      grid="rehire"
      title="Rehire"
      subtitle={wb.total == null ? 'Loading…' : wb.active ? `${matching(wb.total, 'former employee')} the filters` : plural(wb.total, 'former employee')}
      searchPlaceholder="Search name, title, skill, email…"
      filters={
        <>
          <MultiSelect label="Rehire" options={options(REHIRE, ELIGIBILITY_LABELS)} value={t.rehire} onChange={(rehire) => wb.patch({ rehire })} />
          <NumberFilter label="Left within" suffix="months" value={t.leftWithinMonths} max={600} onChange={(leftWithinMonths) => wb.patch({ leftWithinMonths })} />
          <MultiSelect label="Exit" options={options(EXIT_TYPES, EXIT_LABELS)} value={t.exitType} onChange={(exitType) => wb.patch({ exitType })} />
          {/* One control that reads as a sentence: the count and the role track share one border. */}
          <span className={t.minMust != null ? 'filter-compound active' : 'filter-compound'} title="Counts exact and alias matches of the role's must-have skills">
            <NumberFilter label="Has at least" suffix="must-haves of an open" value={t.minMust} min={1} max={20} width={52} onChange={(minMust) => wb.patch({ minMust })} />
            <MultiSelect label="role in" anyLabel="any track" options={options(TRACKS, TRACK_LABELS)} value={t.roleTracks} onChange={(roleTracks) => wb.patch({ roleTracks })} />
          </span>
          <MultiSelect label="Stage" options={options(STAGES, STAGE_LABELS)} value={t.stage} onChange={(stage) => wb.patch({ stage })} />
        </>
      }
      exportOptions={() => ({ grid: 'alumni', title: 'rehire', quick: wb.quick, extraFilter, alumni: mustArgs })}
      columns={columns}
      extraFilter={extraFilter}
      queryKey={JSON.stringify(mustArgs)}
      fetch={(a) => api.call('alumni.list', { ...a, ...mustArgs })}
      getRowId={(r) => String(r.id)}
      onRowClicked={(r) => {
        setOpenId(r.id);
        setOpenRole(r.bestRole ? { id: r.bestRole.roleId, title: r.bestRole.title } : null);
      }}
      activeRowId={openId != null ? String(openId) : null}
      noMatch="No former employee matches these filters."
      empty={
        <>
          No former employees yet.{' '}
          <button type="button" className="link-button" onClick={() => navigate('imports')}>
            Import your HRIS or alumni export
          </button>
        </>
      }
      bulk={{
        personIds: (rows) => rows.map((r) => r.id),
        noun: ['former employee', 'former employees'],
        filterTarget: { grid: 'rehire', filter: { ...wb.gridFilter, ...extraFilter }, quick: wb.quick, ...mustArgs },
        extra: (target, count, done) => (
          <AddToShortlist target={target} count={count} listPeople={(a) => api.call('alumni.list', { ...a, ...mustArgs })} defaultRoleId={openRole?.id} onDone={done} />
        ),
      }}
    >
      {openId != null && <PersonPanel id={openId} roleId={openRole?.id} roleTitle={openRole?.title} onClose={() => setOpenId(null)} />}
    </WorkbenchGrid>
  );
}
