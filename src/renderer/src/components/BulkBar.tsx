import { useState, type ReactNode } from 'react';
import { STAGES, type Stage } from '../../../shared/domain';
import type { BulkTarget } from '../../../shared/api/contract/people';
import { useApp } from '../app/context';
import { STAGE_LABELS } from '../grid/labels';
import { formatInt, plural } from '../grid/format';
import { Popover } from './Popover';

export interface BulkSelection {
  /** Rows ticked one by one (their person ids). */
  ids: number[];
  /** "Everyone matching the filters": the target is sent as filters, never as a list of ids. */
  allFiltered: boolean;
}

/**
 * What to do with the chosen people: set their stage, tag them, add them to a shortlist. It floats
 * over the bottom of the grid, so appearing never moves the rows.
 */
export function BulkBar({
  selection,
  total,
  filterTarget,
  onSelectAll,
  onClear,
  noun = ['person', 'people'],
  extra,
}: {
  selection: BulkSelection;
  total: number | null;
  /** The grid's filters as a bulk target, or null when this grid cannot select everything by filter. */
  filterTarget: BulkTarget | null;
  onSelectAll: () => void;
  onClear: () => void;
  noun?: [string, string];
  /** More actions (add to shortlist), given the target. */
  extra?: (target: BulkTarget, count: number, done: () => void) => ReactNode;
}) {
  const { api, notify, fail } = useApp();
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const count = selection.allFiltered ? (total ?? 0) : selection.ids.length;
  if (count === 0 && !selection.allFiltered) return null;
  const target: BulkTarget | null = selection.allFiltered ? filterTarget : selection.ids.length ? { ids: selection.ids } : null;

  const run = async (patch: { stage?: Stage; addTags?: string[] }, what: string) => {
    if (!target) return;
    setBusy(true);
    try {
      const r = await api.call('people.bulkUpdate', { target, patch });
      notify('success', `${what} for ${plural(r.updated, noun[0], noun[1])}.`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Actions on the chosen rows">
      <strong>{selection.allFiltered ? `All ${plural(count, noun[0], noun[1])} matching the filters` : `${formatInt(count)} chosen`}</strong>
      {!selection.allFiltered && filterTarget && total != null && total > count && (
        <button type="button" className="link-button" onClick={onSelectAll}>
          Choose all {formatInt(total)} matching
        </button>
      )}
      <span className="bulk-sep" aria-hidden />
      <label className="inline-field">
        <span>Stage</span>
        <select
          aria-label="Set stage for the chosen"
          value=""
          disabled={busy || !target}
          onChange={(e) => e.target.value && void run({ stage: e.target.value as Stage }, `Stage set to ${STAGE_LABELS[e.target.value as Stage]}`)}
        >
          <option value="">Set…</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <Popover label="Add tag" ariaLabel="Add a tag to the chosen" buttonClassName="small-button">
        {(close) => (
          <form
            className="tag-form"
            onSubmit={(e) => {
              e.preventDefault();
              const t = tag.trim();
              if (!t) return;
              void run({ addTags: [t] }, `Tag “${t}” added`).then(() => setTag(''));
              close();
            }}
          >
            <input autoFocus value={tag} onChange={(e) => setTag(e.target.value)} placeholder="e.g. q3-platform" maxLength={60} aria-label="Tag" />
            <button type="submit" className="primary" disabled={!tag.trim() || busy}>
              Add
            </button>
          </form>
        )}
      </Popover>
      {target && extra?.(target, count, onClear)}
      <span className="bulk-spacer" />
      <button type="button" className="ghost" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
