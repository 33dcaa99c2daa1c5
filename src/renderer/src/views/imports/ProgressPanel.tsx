import type { ProgressEvent } from '../../../../shared/api/events';
import { n } from './labels';

const PHASES: Record<string, string> = {
  starting: 'Starting',
  reading: 'Reading the file',
  importing: 'Importing rows',
  checking: 'Checking rows',
  indexing: 'Finishing up',
  matching: 'Updating matches',
};

/** A job's progress: a bar, rows done of how many, rows per second, time left, and Cancel. */
export function ProgressPanel(props: { title: string; progress: ProgressEvent | null; percent: number | null; onCancel: () => void; cancelling: boolean; dryRun?: boolean; estimated?: boolean }) {
  const { title, progress, percent, onCancel, cancelling } = props;
  // A dry run goes through the same phases as an import, but writes nothing: say "checking".
  const key = progress?.phase === 'importing' && props.dryRun ? 'checking' : progress?.phase;
  const phase = key ? PHASES[key] ?? key : 'Starting';
  const rate = progress?.rate && progress.rate > 0 ? progress.rate : null;
  const left = rate && progress?.total ? Math.max(0, (progress.total - progress.done) / rate) : null;
  const detail = [
    progress && progress.done > 0 ? (progress.total ? `${n(progress.done)} of ${props.estimated && progress.phase === 'importing' ? 'about ' : ''}${n(progress.total)} rows` : `${n(progress.done)} rows`) : null,
    rate ? `${n(rate)} rows/s` : null,
    left != null && left >= 1 ? `about ${left < 60 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left` : null,
  ].filter(Boolean);
  return (
    <div className="job-panel">
      <h3 className="job-title">{title}</h3>
      <div className="progress big" role="progressbar" aria-label={title} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined} aria-valuetext={`${phase}${detail.length ? `: ${detail.join(', ')}` : ''}`}>
        <div className={`progress-bar${percent == null ? ' indeterminate' : ''}`} style={{ width: `${percent ?? 30}%` }} />
        <span>{percent != null ? `${percent}%` : ''}</span>
      </div>
      <p className="job-detail" aria-live="polite">
        <strong>{phase}…</strong> {detail.join(' · ')}
      </p>
      <button onClick={onCancel} disabled={cancelling}>
        {cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
