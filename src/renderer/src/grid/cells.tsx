import type { ScorePart, SourceKind } from '../../../shared/domain';
import { ELIGIBILITY_BADGE, ELIGIBILITY_LABELS, SCORE_PART_LABELS, SOURCE_BADGE, SOURCE_LABELS, label, type EligibilityCode } from './labels';
import { formatInt } from './format';

// Small, pure cell renderers shared by the grids and the detail panel.

/** The score as a bar (stacked by part when the parts are known) with the number beside it. */
export function ScoreBar({ score, points }: { score: number | null | undefined; points?: Partial<Record<ScorePart, number>> | null }) {
  if (score == null) return <span className="muted">—</span>;
  const parts = points ? (Object.entries(points) as [ScorePart, number][]).filter(([, v]) => v > 0) : [];
  const title = parts.length ? parts.map(([k, v]) => `${SCORE_PART_LABELS[k] ?? k}: ${formatInt(v)}`).join('\n') : undefined;
  return (
    <span className="scorebar" title={title} aria-label={`Score ${formatInt(score)} of 100`}>
      <span className="track">
        {parts.length ? (
          parts.map(([k, v]) => <span key={k} className={`fill part-${k}`} style={{ width: `${Math.max(0, Math.min(100, v))}%` }} />)
        ) : (
          <span className="fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
        )}
      </span>
      <span className="num">{formatInt(score)}</span>
    </span>
  );
}

export function SourceBadges({ sources }: { sources: readonly string[] | null | undefined }) {
  if (!sources?.length) return null;
  return (
    <span className="badges" title={sources.map((s) => label(SOURCE_LABELS, s)).join(', ')}>
      {sources.map((s) => (
        <span key={s} className={`badge ${SOURCE_BADGE[s as SourceKind] ?? 'badge-neutral'}`}>
          {label(SOURCE_LABELS, s)}
        </span>
      ))}
    </span>
  );
}

export function EligibilityBadge({ value, source }: { value: string | null | undefined; source?: string | null }) {
  if (!value || value === 'not_alumni') return <span className="muted">—</span>;
  const suffix = source === 'derived' ? ' (derived)' : '';
  return (
    <span className={`badge ${ELIGIBILITY_BADGE[value as EligibilityCode] ?? 'badge-neutral'}`} title={source === 'derived' ? 'Derived from the exit reason' : source === 'explicit' ? 'From the HR file' : undefined}>
      {label(ELIGIBILITY_LABELS, value)}
      {suffix && <span className="badge-note">{suffix}</span>}
    </span>
  );
}

/** Matched, partial and missing must-haves as coloured chips, matched first. */
export function SkillChips({ matched, partial, missing, max = 6, missingFirst = false }: { matched: readonly string[]; partial: readonly string[]; missing: readonly string[]; max?: number; missingFirst?: boolean }) {
  const good = matched.map((s) => ['good', s] as const);
  const near = partial.map((s) => ['partial', s] as const);
  const lacking = missing.map((s) => ['missing', s] as const);
  // Beside a "2/3" count, what is lacking says more than what is there.
  const all = missingFirst ? [...lacking, ...near, ...good] : [...good, ...near, ...lacking];
  const shown = all.slice(0, max);
  const rest = all.slice(max);
  return (
    <span className="chips" title={all.map(([k, s]) => `${k === 'good' ? '✓' : k === 'partial' ? '≈' : '✗'} ${s}`).join('\n')}>
      {shown.map(([kind, s]) => (
        <span key={`${kind}-${s}`} className={`chip chip-${kind}`}>
          {kind === 'good' ? '✓ ' : kind === 'partial' ? '≈ ' : '✗ '}
          {s}
        </span>
      ))}
      {rest.length > 0 && <span className="chip chip-more">+{rest.length}</span>}
    </span>
  );
}
