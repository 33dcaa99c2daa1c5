import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridId, SavedView, ViewState, ViewStateInput } from '../../../shared/api/contract/views';
import { ApiError } from '../../../shared/api/errors';
import { useApp, useDataChanged } from '../app/context';
import { Popover } from './Popover';

/**
 * A grid's saved views: restore one, save what the grid shows now under a name, delete one.
 * Built-in views come first and are marked as such.
 */
export function SavedViews({
  grid,
  capture,
  apply,
  signature,
}: {
  grid: GridId;
  capture: () => ViewStateInput;
  apply: (state: ViewState, name: string) => void;
  /** Changes whenever the filters change, so the label can say the view was changed since. */
  signature: string;
}) {
  const { api, fail, notify } = useApp();
  const [views, setViews] = useState<SavedView[] | null>(null);
  const [current, setCurrentState] = useState<string | null>(null);
  const sig = useRef(signature);
  sig.current = signature;
  const [appliedSig, setAppliedSig] = useState<string | null>(null);
  const setCurrent = (n: string | null) => {
    setCurrentState(n);
    // Read the filters once the grid has taken the view in.
    setTimeout(() => setAppliedSig(sig.current), 600);
  };
  const changed = current != null && appliedSig != null && appliedSig !== signature;
  const [name, setName] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const load = useCallback(() => api.call('views.list', { grid }).then(setViews, fail), [api, grid, fail]);
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['views'], () => void load());

  const save = async (overwrite: boolean) => {
    const n = name.trim();
    if (!n) return;
    try {
      await api.call('views.save', { grid, name: n, state: capture(), overwrite });
      notify('success', `View "${n}" saved.`);
      setCurrent(n);
      setName('');
      setConflict(null);
      void load();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') setConflict(n);
      else fail(e);
    }
  };
  const remove = async (v: SavedView) => {
    if (!window.confirm(`Delete the view "${v.name}"?${v.builtin ? ' It ships with Bridgehire and will not come back.' : ''}`)) return;
    try {
      await api.call('views.delete', { id: v.id });
      if (current === v.name) setCurrent(null);
      void load();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Popover
      label={
        <>
          <span className="filter-name">View:</span> <span className={current ? 'filter-value set' : 'filter-value'}>{current ? `${current}${changed ? ' (changed)' : ''}` : 'Custom'}</span>
        </>
      }
      ariaLabel="Saved views"
      buttonClassName="filter-button views-button"
      align="right"
    >
      {(close) => (
        <div className="saved-views">
          {views === null ? (
            <p className="muted small">Loading views…</p>
          ) : views.length === 0 ? (
            <p className="muted small">No saved views yet. Set filters and sort, then save them below.</p>
          ) : (
            <ul role="list">
              {views.map((v) => (
                <li key={v.id}>
                  <button
                    type="button"
                    className="view-item"
                    onClick={() => {
                      apply(v.state, v.name);
                      setCurrent(v.name);
                      close();
                    }}
                  >
                    {v.name}
                    {v.builtin && <span className="muted small"> · built-in</span>}
                  </button>
                  <button type="button" className="icon-button small-icon" aria-label={`Delete view ${v.name}`} title="Delete this view" onClick={() => void remove(v)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="save-view"
            onSubmit={(e) => {
              e.preventDefault();
              void save(false);
            }}
          >
            <label className="field">
              <span>Save the current filters, sort and columns as</span>
              <input value={name} onChange={(e) => (setName(e.target.value), setConflict(null))} placeholder="e.g. Platform, score 70+" maxLength={80} aria-label="View name" />
            </label>
            {conflict ? (
              <div className="conflict" role="alert">
                <span>A view named “{conflict}” already exists.</span>
                <button type="button" className="primary" onClick={() => void save(true)}>
                  Replace it
                </button>
              </div>
            ) : (
              <button type="submit" className="primary" disabled={!name.trim()}>
                Save view
              </button>
            )}
          </form>
        </div>
      )}
    </Popover>
  );
}
