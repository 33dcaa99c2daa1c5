import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MatchPage, MatchRow } from '../../../shared/api/contract/match';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import type { FetchArgs } from '../grid/ServerGrid';
import { WorkbenchGrid } from '../grid/WorkbenchGrid';
import { formatInt, plural } from '../grid/format';
import { useWorkbench } from '../grid/useWorkbench';
import { AddToShortlist } from '../components/AddToShortlist';
import { StaleBanner } from '../components/StaleBanner';
import { matchColumns } from './matches/columns';
import { MatchFilterBar } from './matches/MatchFilterBar';
import { MATCH_DEFAULTS, matchQuery, type MatchToolbar, type OpenRole } from './matches/toolbar';
import { PersonPanel } from './PersonPanel';
import type { ViewProps } from '.';

const SCOPE = ['role'] as const;
const rowKey = (r: MatchRow) => `${r.roleId}-${r.personId}`;

/** Candidate × role pairs ranked by an explainable score, for one open role or all of them. */
export function MatchesView({ param }: ViewProps) {
  const { api, fail } = useApp();
  const wb = useWorkbench<MatchToolbar>('matches', MATCH_DEFAULTS, SCOPE);
  const [roles, setRoles] = useState<OpenRole[] | null>(null);
  const [open, setOpen] = useState<MatchRow | null>(null);
  const [pageStale, setPageStale] = useState(false);
  const t = wb.toolbar;

  const loadRoles = useCallback(
    () =>
      api
        .call('roles.list', { limit: 1000, filter: { status: { filterType: 'in', values: ['open'] } }, sort: [{ colId: 'title', sort: 'asc' }] })
        .then((p) => setRoles(p.rows.map((r) => ({ id: r.id, reqId: r.reqId, title: r.title, track: r.track, candidates: r.candidates }))), fail),
    [api, fail],
  );
  useEffect(() => {
    void loadRoles();
  }, [loadRoles]);
  useDataChanged(['roles'], () => void loadRoles());
  // Shortlists too: the grid shows who is on which list.
  useDataChanged(['matches', 'people', 'alumni', 'shortlists'], () => wb.ref.current?.refresh());

  // The hash names the role (#/matches/12); the picker and saved views keep it in step.
  const { patch } = wb;
  useEffect(() => {
    if ((param ?? '') !== t.role) patch({ role: param ?? '' });
    // Only a change of the hash drives this effect.
  }, [param]);
  const setRole = (role: string) => {
    patch({ role });
    navigate('matches', role || null);
  };
  // A restored view may change the role: the hash follows. Not on mount: then the hash (a link to
  // #/matches/12) is what was asked for, and the effect above takes it.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if ((param ?? '') !== t.role) navigate('matches', t.role || null);
  }, [t.role]);

  const q = useMemo(() => matchQuery(t, roles ?? []), [t, roles]);
  const allRoles = q.roleId == null;
  const role = roles?.find((r) => r.id === q.roleId) ?? null;
  const columns = useMemo(() => matchColumns(allRoles), [allRoles]);
  const queryKey = JSON.stringify([q.roleId, q.filters]);

  const fetch = useCallback(
    (a: FetchArgs) =>
      q.roleId != null ? api.call('match.forRole', { ...a, ...q.filters, role: q.roleId }) : api.call('match.all', { ...a, ...q.filters }),
    [api, q],
  );

  const subtitle =
    wb.total == null
      ? 'Loading…'
      : `${plural(wb.total, 'match', 'matches')}${allRoles ? ` across ${plural(roles?.length ?? 0, 'open role')}` : role ? ` for ${role.title}` : ''}${wb.active ? ' with these filters' : ''}`;

  return (
    <WorkbenchGrid<MatchRow, MatchToolbar>
      wb={wb}
      grid="matches"
      title="Matches"
      titleExtra={
        <label className="role-picker">
          <span className="sr-only">Role</span>
          <select value={t.role} onChange={(e) => setRole(e.target.value)} aria-label="Role">
            <option value="">All open roles{roles ? ` (${formatInt(roles.length)})` : ''}</option>
            {(roles ?? []).map((r) => (
              <option key={r.id} value={String(r.id)}>
                {r.title} — {r.reqId}
              </option>
            ))}
            {t.role && roles && !role && <option value={t.role}>A role that is no longer open</option>}
          </select>
        </label>
      }
      subtitle={subtitle}
      searchPlaceholder="Search name, title, company, skill…"
      banner={<StaleBanner pageStale={pageStale} onRescored={() => wb.ref.current?.refresh()} />}
      filters={<MatchFilterBar t={t} patch={patch} allRoles={allRoles} />}
      exportOptions={() => ({ grid: 'matches', title: role ? `matches ${role.reqId}` : 'matches', quick: wb.quick, extraFilter: q.extraFilter, ...(q.roleId != null ? { role: q.roleId } : {}), match: q.filters })}
      placeholder={
        roles && roles.length === 0 ? (
          <div className="grid-empty static">
            No open roles yet.{' '}
            <button type="button" className="link-button" onClick={() => navigate('roles')}>
              Add a role
            </button>{' '}
            or import your open requisitions, and Bridgehire will rank everyone for it.
          </div>
        ) : undefined
      }
      columns={columns}
      extraFilter={q.extraFilter}
      queryKey={queryKey}
      fetch={fetch}
      onPage={(p) => setPageStale((p as MatchPage).stale)}
      getRowId={rowKey}
      onRowClicked={setOpen}
      activeRowId={open ? rowKey(open) : null}
      noMatch="No match passes these filters."
      empty={<>No scores yet. Use “Score now” above, or import candidates to match against your roles.</>}
      bulk={{
        // A person may stand in several rows (one per role): each is acted on once.
        personIds: (rows) => rows.map((r) => r.personId),
        noun: wb.selection.allFiltered ? ['match', 'matches'] : ['person', 'people'],
        filterTarget: { grid: 'matches', ...(q.roleId != null ? { roleId: q.roleId } : {}), filter: { ...wb.gridFilter, ...q.extraFilter }, quick: wb.quick, ...q.filters },
        extra: (target, count, done) => (
          <AddToShortlist
            target={target}
            count={count}
            defaultRoleId={q.roleId}
            fromMatches={{ filter: { ...wb.gridFilter, ...q.extraFilter }, quick: wb.quick, sort: [{ colId: 'score', sort: 'desc' }], ...q.filters }}
            onDone={done}
          />
        ),
      }}
    >
      {open && <PersonPanel id={open.personId} roleId={open.roleId} roleTitle={open.roleTitle} onClose={() => setOpen(null)} />}
    </WorkbenchGrid>
  );
}
