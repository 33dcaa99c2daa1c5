import { useCallback, useEffect, useState } from 'react';
import type { ShortlistSummary } from '../../../shared/api/contract/shortlists';
import { useApp, useDataChanged } from '../app/context';
import { navigate } from '../app/routes';
import { formatDate, plural } from '../grid/format';
import { EmptyState } from '../components/EmptyState';
import { NewShortlist } from './shortlists/NewShortlist';
import { ShortlistPane } from './shortlists/ShortlistPane';
import type { ViewProps } from '.';
import './shortlists/shortlists.css';

/** Named lists per role: the lists on the left, the chosen one (#/shortlists/ID) on the right. */
export function ShortlistsView({ param }: ViewProps) {
  const { api, fail, notify } = useApp();
  const [lists, setLists] = useState<ShortlistSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const load = useCallback(() => api.call('shortlists.list', {}).then(setLists, fail), [api, fail]);
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['shortlists', 'roles'], () => void load());

  const chosen = param ? Number(param) : null;
  // Without a choice in the address, open the most recent list.
  useEffect(() => {
    if (lists && lists.length > 0 && (chosen === null || !lists.some((l) => l.id === chosen))) navigate('shortlists', lists[0]!.id);
  }, [lists, chosen]);

  return (
    <section className="view">
      <header className="view-header">
        <div>
          <h1>Shortlists</h1>
          <p className="muted">{lists === null ? 'Loading…' : `${plural(lists.length, 'shortlist')}, each for one role`}</p>
        </div>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New shortlist
          </button>
        )}
      </header>
      <div className="view-body sl-layout">
        <nav className="sl-lists" aria-label="Shortlists">
          {creating && (
            <NewShortlist
              onCancel={() => setCreating(false)}
              onCreated={(d) => {
                setCreating(false);
                notify('success', `Created “${d.name}” with ${plural(d.size, 'person', 'people')}.`);
                // Known at once, so choosing it below is not undone by the "open the most recent" rule.
                const { entries: _entries, ...summary } = d;
                setLists((ls) => [summary, ...(ls ?? []).filter((l) => l.id !== d.id)]);
                navigate('shortlists', d.id);
              }}
            />
          )}
          {lists?.length === 0 && !creating && <p className="muted small sl-hint">No shortlists yet. Create one for a role, or add people from the Matches grid.</p>}
          <ul>
            {(lists ?? []).map((l) => (
              <li key={l.id}>
                <a href={`#/shortlists/${l.id}`} className={l.id === chosen ? 'active' : ''} aria-current={l.id === chosen ? 'page' : undefined}>
                  <strong>{l.name}</strong>
                  <span className="muted small">{l.reqId ? `${l.reqId} · ${l.roleTitle}` : 'Role no longer in the workspace'}</span>
                  <span className="muted small">
                    {plural(l.size, 'person', 'people')} · {formatDate(l.lastAddedAt)}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {lists && lists.length === 0 ? (
          <EmptyState title="Build a shortlist for a role" actions={<button onClick={() => navigate('matches')}>Go to Matches</button>}>
            A shortlist keeps the people you want for one role, in your order, with each score and why as it was when you added them. Export it for Excel, Greenhouse or
            Lever, or print a one-page brief.
          </EmptyState>
        ) : chosen !== null && lists?.some((l) => l.id === chosen) ? (
          <ShortlistPane
            key={chosen}
            id={chosen}
            onDeleted={() => {
              setLists((ls) => (ls ? ls.filter((l) => l.id !== chosen) : ls));
              navigate('shortlists');
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
