import { useCallback, useMemo, useState } from 'react';
import type { RoleRow } from '../../../shared/api/contract/roles';
import type { FilterModel } from '../../../shared/api/grid';
import { ROLE_STATUSES, TRACKS, TRACK_LABELS, type RoleStatus, type Track } from '../../../shared/domain';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { ServerGrid } from '../grid/ServerGrid';
import { matching, plural } from '../grid/format';
import { STATUS_LABELS, label } from '../grid/labels';
import { useWorkbench } from '../grid/useWorkbench';
import { MultiSelect } from '../components/MultiSelect';
import { SearchBox } from '../components/FilterInputs';
import { SavedViews } from '../components/SavedViews';
import { ColumnsMenu } from '../components/ColumnsMenu';
import { roleColumns } from './roles/columns';
import { RoleForm } from './roles/RoleForm';
import type { ViewProps } from '.';

interface Toolbar {
  status: RoleStatus[];
  track: Track[];
}
const DEFAULTS: Toolbar = { status: [], track: [] };
const opts = <V extends string>(values: readonly V[], labels: Record<V, string>) => values.map((value) => ({ value, label: labels[value] }));

/** Open requisitions: create and edit them, hold or close them, and jump to their matches. */
export function RolesView({ param }: ViewProps) {
  const { api, fail } = useApp();
  const wb = useWorkbench<Toolbar>('roles', DEFAULTS);
  // null: no form; 'new': a new role; a number: that role.
  const [editing, setEditing] = useState<number | 'new' | null>(param === 'new' ? 'new' : param && /^\d+$/.test(param) ? Number(param) : null);
  useDataChanged(['roles', 'matches'], () => wb.ref.current?.refresh());
  const columns = useMemo(roleColumns, []);
  // Type-ahead from the skills taxonomy; the hint says which alias matched, or the skill's tracks.
  const searchSkills = useCallback(
    (query: string) =>
      api.call('skills.search', { query, limit: 8 }).then((list) =>
        list.map((s) => {
          const q = query.toLowerCase();
          const alias = s.name.toLowerCase().includes(q) ? undefined : s.aliases.find((a) => a.toLowerCase().includes(q));
          return { name: s.name, hint: alias ? `“${alias}”` : s.tracks.map((t) => label(TRACK_LABELS, t)).join(', ') };
        }),
      ),
    [api],
  );
  const t = wb.toolbar;
  const extraFilter = useMemo(() => {
    const f: FilterModel = {};
    if (t.status.length) f.status = { filterType: 'in', values: t.status };
    if (t.track.length) f.track = { filterType: 'in', values: t.track };
    return f;
  }, [t]);

  return (
    <section className="view">
      <header className="view-header">
        <div>
          <h1>Roles</h1>
          <p className="muted" aria-live="polite">
            {wb.total == null ? 'Loading…' : wb.active ? `${matching(wb.total, 'role')} the filters` : `${plural(wb.total, 'role')} in the workspace`}
          </p>
        </div>
        <div className="header-actions">
          <SearchBox value={wb.quick} onChange={wb.setQuick} placeholder="Search title, req ID, team…" />
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            New role
          </button>
        </div>
      </header>
      <div className="filter-bar" role="toolbar" aria-label="Filters">
        <MultiSelect label="Status" options={opts(ROLE_STATUSES, STATUS_LABELS)} value={t.status} onChange={(status) => wb.patch({ status })} />
        <MultiSelect label="Track" options={opts(TRACKS, TRACK_LABELS)} value={t.track} onChange={(track) => wb.patch({ track })} />
        {wb.active > 0 && (
          <button type="button" className="link-button" onClick={wb.clearAll}>
            Clear filters
          </button>
        )}
        <span className="filter-end">
          <ColumnsMenu grid={() => wb.ref.current?.api() ?? null} />
          <SavedViews grid="roles" capture={wb.capture} apply={wb.apply} signature={wb.signature} />
        </span>
      </div>
      <div className="view-body">
        <ServerGrid<RoleRow>
          ref={wb.ref}
          stateKey="roles"
          columns={columns}
          quick={wb.quick}
          extraFilter={extraFilter}
          fetch={(a) => api.call('roles.list', a)}
          getRowId={(r) => String(r.id)}
          onRowClicked={(r) => setEditing(r.id)}
          activeRowId={typeof editing === 'number' ? String(editing) : null}
          onTotal={wb.setTotal}
          onFilterChanged={wb.setGridFilter}
          onError={fail}
          emptyText={
            wb.active ? (
              <>
                No role matches these filters.{' '}
                <button type="button" className="link-button" onClick={wb.clearAll}>
                  Clear filters
                </button>
              </>
            ) : (
              <>
                No roles yet.{' '}
                <button type="button" className="link-button" onClick={() => setEditing('new')}>
                  Add a role
                </button>{' '}
                or{' '}
                <button type="button" className="link-button" onClick={() => navigate('imports')}>
                  import your open requisitions
                </button>
                .
              </>
            )
          }
        />
        {editing != null && (
          <RoleForm
            key={String(editing)}
            id={editing === 'new' ? null : editing}
            searchSkills={searchSkills}
            onClose={() => setEditing(null)}
            onSaved={(id) => {
              setEditing(id);
              wb.ref.current?.refresh();
            }}
          />
        )}
      </div>
    </section>
  );
}
