import { useEffect, useState } from 'react';
import type { ShortlistDetail } from '../../../../shared/api/contract/shortlists';
import { useApp } from '../../app/context';

interface RoleOption {
  id: number;
  label: string;
}

/** Name, role, and optionally "fill with the top N matches" — the CLI's `shortlist create` in a form. */
export function NewShortlist({ onCreated, onCancel }: { onCreated: (d: ShortlistDetail) => void; onCancel: () => void }) {
  const { api, fail } = useApp();
  const [roles, setRoles] = useState<RoleOption[] | null>(null);
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState<number | null>(null);
  const [fill, setFill] = useState(true);
  const [top, setTop] = useState(10);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api
      .call('roles.list', { limit: 1000, filter: { status: { filterType: 'in', values: ['open'] } }, sort: [{ colId: 'title', sort: 'asc' }] })
      .then((p) => setRoles(p.rows.map((r) => ({ id: r.id, label: `${r.title} (${r.reqId})` }))), fail);
  }, [api, fail]);
  const submit = async () => {
    if (!name.trim() || roleId === null) return;
    setBusy(true);
    try {
      onCreated(await api.call('shortlists.create', { name: name.trim(), roleId, ...(fill ? { top } : {}) }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="sl-new card"
      aria-label="New shortlist"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} placeholder="e.g. Platform Q3 boomerangs" aria-label="Shortlist name" autoFocus />
      </label>
      <label className="field">
        <span>Role</span>
        <select value={roleId ?? ''} onChange={(e) => setRoleId(e.target.value ? Number(e.target.value) : null)} aria-label="Role">
          <option value="">{roles === null ? 'Loading roles…' : roles.length ? 'Choose an open role…' : 'No open roles yet'}</option>
          {(roles ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label className="sl-fill">
        <input type="checkbox" checked={fill} onChange={(e) => setFill(e.target.checked)} /> Start with the top
        <input type="number" min={1} max={1000} value={top} disabled={!fill} onChange={(e) => setTop(Math.max(1, Math.min(1000, Number(e.target.value) || 1)))} aria-label="How many top matches" />
        matches
      </label>
      <div className="sl-form-actions">
        <button type="submit" className="primary" disabled={busy || !name.trim() || roleId === null}>
          {busy ? 'Creating…' : 'Create'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
