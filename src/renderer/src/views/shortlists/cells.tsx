import type { ShortlistEntry } from '../../../../shared/api/contract/shortlists';
import { formatDate, formatNumber } from '../../grid/format';

// Cells of the shortlist grid: the score kept at adding (and now, when it moved), why, who added.

const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
/** "Nov 25" this year, "Nov 25, 2024" before. */
export function shortDate(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.getFullYear() === now.getFullYear() ? sameYear.format(d) : formatDate(iso);
}

/** The score kept at adding, the score now when it moved, and who added the person when. */
export function ScoreCell({ e }: { e: ShortlistEntry }) {
  const added = (
    <span className="muted small sl-added">
      added {shortDate(e.addedAt)} · {e.addedBy}
    </span>
  );
  if (e.score === null)
    return (
      <span className="sl-score-cell">
        <span className="muted">No score</span>
        {added}
      </span>
    );
  const title = `Score when added: ${formatNumber(e.score)} of 100 (${e.engineVersion ?? 'engine unknown'}, ${formatDate(e.addedAt)}).${e.currentScore !== null ? ` Now: ${formatNumber(e.currentScore)}.` : ''}`;
  return (
    <span className="sl-score-cell" title={title}>
      <span className="sl-score">
        <span className="sl-score-bar" aria-hidden>
          <span style={{ width: `${Math.max(0, Math.min(100, e.score))}%` }} />
        </span>
        <strong>{formatNumber(e.score)}</strong>
        {e.scoreChanged && e.currentScore !== null && (
          <span className={`sl-now ${e.currentScore > e.score ? 'up' : 'down'}`} aria-label={`now ${formatNumber(e.currentScore)}`}>
            {e.currentScore > e.score ? '↑' : '↓'} {formatNumber(e.currentScore)}
          </span>
        )}
      </span>
      {added}
    </span>
  );
}

export function WhyCell({ e, max = 6 }: { e: ShortlistEntry; max?: number }) {
  const all = [...e.matched.map((s) => ['good', s] as const), ...e.partial.map((s) => ['partial', s] as const), ...e.missing.map((s) => ['missing', s] as const)];
  if (all.length === 0) return <span className="muted">—</span>;
  const shown = all.slice(0, max);
  return (
    <span className="chips sl-why" title={all.map(([k, s]) => `${k === 'good' ? '✓' : k === 'partial' ? '≈' : '✗'} ${s}`).join('\n')}>
      {shown.map(([kind, s]) => (
        <span key={`${kind}-${s}`} className={`chip chip-${kind}`}>
          {kind === 'good' ? '✓ ' : kind === 'partial' ? '≈ ' : '✗ '}
          {s}
        </span>
      ))}
      {all.length > max && <span className="chip chip-more">+{all.length - max}</span>}
    </span>
  );
}

export function RowActions({ e, first, last, onMove, onRemove }: { e: ShortlistEntry; first: boolean; last: boolean; onMove: (dir: -1 | 1) => void; onRemove: () => void }) {
  return (
    <span className="sl-actions">
      <button type="button" className="icon-button" disabled={first} aria-label={`Move ${e.name} up`} title="Move up" onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" disabled={last} aria-label={`Move ${e.name} down`} title="Move down" onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="icon-button danger" aria-label={`Remove ${e.name}`} title="Remove from the shortlist" onClick={onRemove}>
        ×
      </button>
    </span>
  );
}
