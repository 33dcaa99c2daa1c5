import { useCallback, useMemo, useState } from 'react';
import type { RoleRow } from '../../../shared/api/contract/roles';
import type { FilterModel } from '../../../shared/api/grid';
import { ROLE_STATUSES, TRACKS, TRACK_LABELS, type RoleStatus, type Track } from '../../../shared/domain';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { WorkbenchGrid } from '../grid/WorkbenchGrid';
import { matching, plural } from '../grid/format';
import { STATUS_LABELS, label, options } from '../grid/labels';
import { useWorkbench } from '../grid/useWorkbench';
import { MultiSelect } from '../components/MultiSelect';
import { roleColumns } from './roles/columns';
import { RoleForm } from './roles/RoleForm';
import type { ViewProps } from '.';

interface Toolbar {
  status: RoleStatus[];
  track: Track[];
}
const DEFAULTS: Toolbar = { status: [], track: [] };

/** Open requisitions: create and edit them, hold or close them, and jump to their matches. */
export function RolesView({ param }: ViewProps) {
  const { api } = useApp();
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
    <WorkbenchGrid<RoleRow, Toolbar>
      wb={wb}
      grid="roles"
      title="Roles"
      subtitle={wb.total == null ? 'Loading…' : wb.active ? `${matching(wb.total, 'role')} the filters` : `${plural(wb.total, 'role')} in the workspace`}
      searchPlaceholder="Search title, req ID, team…"
      actions={
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          New role
        </button>
      }
      filters={
        <>
          <MultiSelect label="Status" options={options(ROLE_STATUSES, STATUS_LABELS)} value={t.status} onChange={(status) => wb.patch({ status })} />
          <MultiSelect label="Track" options={options(TRACKS, TRACK_LABELS)} value={t.track} onChange={(track) => wb.patch({ track })} />
        </>
      }
      columns={columns}
      extraFilter={extraFilter}
      fetch={(a) => api.call('roles.list', a)}
      getRowId={(r) => String(r.id)}
      onRowClicked={(r) => setEditing(r.id)}
      activeRowId={typeof editing === 'number' ? String(editing) : null}
      noMatch="No role matches these filters."
      empty={
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
      }
    >
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
    </WorkbenchGrid>
  );
}
