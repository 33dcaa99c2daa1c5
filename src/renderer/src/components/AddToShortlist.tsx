import { useEffect, useState } from 'react';
import type { ArgsOf } from '../../../shared/api/contract';
import type { BulkTarget } from '../../../shared/api/contract/people';
import type { ShortlistSummary } from '../../../shared/api/contract/shortlists';
import type { FilterModel, Page } from '../../../shared/api/grid';
import { useApp } from '../app/context';
import { formatInt, plural } from '../grid/format';
import { Popover } from './Popover';

type FromMatches = NonNullable<ArgsOf<'shortlists.addPeople'>['fromMatches']>;
type PageFetch = (a: { offset: number; limit: number; filter: FilterModel; quick: string }) => Promise<Page<{ id: number }>>;

const MAX_ADD = 1000;

/**
 * "Add to shortlist": pick one of the shortlists (or start one for a role) and add the chosen
 * people. From the match grid, "everyone matching" goes to the store as the grid's filters.
 */
export function AddToShortlist({
  target,
  count,
  listPeople,
  fromMatches,
  defaultRoleId,
  onDone,
}: {
  target: BulkTarget;
  count: number;
  /** How to read the ids of everyone a candidates/rehire filter selects (up to 1,000). */
  listPeople?: PageFetch;
  /** The match grid's filters, for "everyone matching". */
  fromMatches?: FromMatches;
  defaultRoleId?: number | null;
  onDone: () => void;
}) {
  const { api, notify, fail } = useApp();
  const [lists, setLists] = useState<ShortlistSummary[] | null>(null);
  const [roles, setRoles] = useState<{ id: number; label: string }[]>([]);
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState<number | null>(defaultRoleId ?? null);
  const [busy, setBusy] = useState(false);
  const tooMany = !('ids' in target) && !fromMatches && count > MAX_ADD;

  useEffect(() => {
    api.call('shortlists.list', {}).then(setLists, fail);
    api
      .call('roles.list', { limit: 500, filter: { status: { filterType: 'in', values: ['open'] } }, sort: [{ colId: 'title', sort: 'asc' }] })
      .then((p) => setRoles(p.rows.map((r) => ({ id: r.id, label: `${r.title} (${r.reqId})` }))), fail);
  }, [api, fail]);

  const ids = async (): Promise<number[]> => {
    if ('ids' in target) return target.ids;
    if (!listPeople) return [];
    const page = await listPeople({ offset: 0, limit: MAX_ADD, filter: target.filter ?? {}, quick: target.quick ?? '' });
    return page.rows.map((r) => r.id);
  };

  const add = async (shortlist: number, listName: string, close: () => void) => {
    setBusy(true);
    try {
      const useFilter = !('ids' in target) && fromMatches;
      const r = await api.call('shortlists.addPeople', useFilter ? { shortlist, fromMatches: { ...fromMatches, limit: Math.min(MAX_ADD, count) } } : { shortlist, personIds: (await ids()).slice(0, MAX_ADD) });
      notify('success', `${plural(r.added, 'person', 'people')} added to “${listName}”${r.alreadyThere ? ` (${formatInt(r.alreadyThere)} already there)` : ''}.`);
      close();
      onDone();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const create = async (close: () => void) => {
    if (!name.trim() || roleId == null) return;
    setBusy(true);
    try {
      const s = await api.call('shortlists.create', { name: name.trim(), roleId });
      setName('');
      setBusy(false);
      await add(s.id, s.name, close);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  return (
    <Popover label="Add to shortlist" ariaLabel="Add to shortlist" buttonClassName="small-button primary-outline">
      {(close) => (
        <div className="shortlist-picker">
          {tooMany ? (
            <p className="small">
              That is {formatInt(count)} people; a shortlist takes up to {formatInt(MAX_ADD)} at a time. Narrow the filters, or add the top matches from the
              Matches view.
            </p>
          ) : (
            <>
              {lists === null ? (
                <p className="muted small">Loading shortlists…</p>
              ) : lists.length === 0 ? (
                <p className="muted small">No shortlists yet: start one below.</p>
              ) : (
                <ul role="list">
                  {lists.map((l) => (
                    <li key={l.id}>
                      <button type="button" className="view-item" disabled={busy} onClick={() => void add(l.id, l.name, close)}>
                        {l.name}
                        <span className="muted small">
                          {' '}
                          · {l.roleTitle ?? 'no role'} · {plural(l.size, 'person', 'people')}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <form
                className="save-view"
                onSubmit={(e) => {
                  e.preventDefault();
                  void create(close);
                }}
              >
                <label className="field">
                  <span>New shortlist</span>
                  <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Platform Q3 boomerangs" maxLength={120} aria-label="New shortlist name" />
                </label>
                <label className="field">
                  <span>For the role</span>
                  <select value={roleId ?? ''} onChange={(e) => setRoleId(e.target.value ? Number(e.target.value) : null)} aria-label="Role of the new shortlist">
                    <option value="">Choose an open role…</option>
                    {roles.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="primary" disabled={busy || !name.trim() || roleId == null}>
                  Create and add {formatInt(Math.min(count, MAX_ADD))}
                </button>
              </form>
            </>
          )}
        </div>
      )}
    </Popover>
  );
}
