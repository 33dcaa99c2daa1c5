import { useEffect, useState } from 'react';
import type { PreviewRow, WeightsSource } from '../../../../shared/api/contract/match';
import { SCORE_PARTS, type MatchWeights } from '../../../../shared/domain';
import { useApp } from '../../app/context';
import { formatInt } from '../../grid/format';
import { SCORE_PART_LABELS } from '../../grid/labels';

const SOURCE_TEXT: Record<WeightsSource, string> = {
  role: 'this role’s own weights',
  track_default: 'the default for this track',
  global_default: 'your default for every role',
  builtin: 'Bridgehire’s built-in weights for this track',
};

/**
 * The score's weights for one role, with a live preview of how the role's top 10 would change.
 * "Follow the defaults" stores no weights on the role (null).
 */
export function WeightsEditor({
  roleId,
  own,
  effective,
  source,
  onChange,
}: {
  roleId: number | null;
  own: MatchWeights | null;
  effective: MatchWeights;
  source: WeightsSource | null;
  onChange: (w: MatchWeights | null) => void;
}) {
  const shown = own ?? effective;
  const allZero = SCORE_PARTS.every((k) => shown[k] === 0);
  return (
    <div className="weights">
      <label className="filter-toggle" style={{ justifySelf: 'start' }}>
        <input type="checkbox" checked={own === null} onChange={(e) => onChange(e.target.checked ? null : { ...effective })} /> Follow the defaults
      </label>
      <p className="muted small">{own === null ? `Using ${source ? SOURCE_TEXT[source === 'role' ? 'builtin' : source] : 'the defaults'}.` : 'This role uses its own weights. Parts need not add up to 100.'}</p>
      {SCORE_PARTS.map((k) => (
        <div key={k} className="weight-row">
          <label htmlFor={`w-${k}`}>
            <span className={`swatch part-${k}`} aria-hidden /> {SCORE_PART_LABELS[k]}
          </label>
          <input id={`w-${k}`} type="range" min={0} max={100} step={1} value={shown[k]} disabled={own === null} onChange={(e) => onChange({ ...shown, [k]: Number(e.target.value) })} />
          <output htmlFor={`w-${k}`}>{formatInt(shown[k])}</output>
        </div>
      ))}
      {allZero && <p className="field-error">At least one weight must be above zero.</p>}
      {own !== null && !allZero && <WeightsPreview roleId={roleId} weights={own} />}
    </div>
  );
}

function move(r: PreviewRow): { text: string; cls: string } {
  if (!r.before) return { text: 'new', cls: 'move-new' };
  if (!r.after) return { text: 'drops out', cls: 'move-down' };
  const d = r.before.rank - r.after.rank;
  return d > 0 ? { text: `▲ ${d}`, cls: 'move-up' } : d < 0 ? { text: `▼ ${-d}`, cls: 'move-down' } : { text: '—', cls: 'muted' };
}

export function WeightsPreview({ roleId, weights }: { roleId: number | null; weights: MatchWeights }) {
  const { api } = useApp();
  const [rows, setRows] = useState<PreviewRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(weights);
  useEffect(() => {
    if (roleId == null) return;
    let live = true;
    const t = setTimeout(() => {
      api.call('weights.preview', { roleId, weights }).then(
        (r) => live && (setRows(r.rows), setError(null)),
        () => live && setError('The preview could not be computed.'),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(t);
    };
    // The weights are compared by value (key), not by object identity.
  }, [api, roleId, key]);
  if (roleId == null) return <p className="muted small">Save the role once to preview how these weights change its top 10.</p>;
  if (error) return <p className="muted small">{error}</p>;
  if (!rows) return <p className="muted small" role="status">Previewing the top 10…</p>;
  if (rows.length === 0) return <p className="muted small">No one is scored for this role yet, so there is nothing to preview.</p>;
  return (
    <table className="preview-table" aria-label="Top 10 with these weights">
      <caption className="muted small" style={{ textAlign: 'left', padding: '10px 0 4px' }}>
        Top 10 with these weights (before → after)
      </caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Move</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const m = move(r);
          return (
            <tr key={r.personId}>
              <td>{r.name}</td>
              <td className="num">{r.before ? `#${formatInt(r.before.rank)} · ${formatInt(r.before.score)}` : '—'}</td>
              <td className="num">{r.after ? `#${formatInt(r.after.rank)} · ${formatInt(r.after.score)}` : '—'}</td>
              <td className={m.cls}>{m.text}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
