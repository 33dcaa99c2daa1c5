import { useCallback, useEffect, useState } from 'react';
import type { MatchStatus } from '../../../shared/api/contract/match';
import { useApp, useDataChanged } from '../app/context';
import { useJob } from '../app/useJob';
import { formatDateTime, formatInt, plural } from '../grid/format';

/**
 * Says plainly whether the scores are as new as the data, and re-scores with progress when they
 * are not. `stale` from a page of results wins over a status read a moment earlier.
 */
export function StaleBanner({ pageStale, onRescored }: { pageStale: boolean; onRescored: () => void }) {
  const { api, fail, notify } = useApp();
  const job = useJob();
  const [status, setStatus] = useState<MatchStatus | null>(null);
  const load = useCallback(() => api.call('match.status', {}).then(setStatus, fail), [api, fail]);
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['people', 'alumni', 'roles', 'matches', 'skills', 'settings'], () => void load());

  const rescore = async () => {
    try {
      const r = await job.run((jobId) => api.call('match.rescore', { jobId, full: false }));
      notify('success', r.mode === 'none' ? 'Scores were already up to date.' : `Scores updated: ${plural(r.roles, 'role')}, ${plural(r.people, 'person', 'people')} in ${formatInt(Math.max(1, Math.round(r.seconds)))} s.`);
      await load();
      onRescored();
    } catch (e) {
      fail(e);
    }
  };

  if (!status) return <div className="stale-banner fresh" aria-hidden />;
  const stale = status.state === 'stale' || (pageStale && status.state !== 'empty');
  if (job.running) {
    return (
      <div className="stale-banner" role="status">
        <div className="progress" role="progressbar" aria-label="Re-scoring" aria-valuenow={job.percent ?? undefined} aria-valuemin={0} aria-valuemax={100}>
          <div className="progress-bar" style={{ width: `${job.percent ?? 3}%` }} />
          <span>
            Re-scoring: {job.progress?.phase}
            {job.progress?.total ? ` — ${formatInt(job.progress.done)} of ${formatInt(job.progress.total)}` : '…'}
          </span>
        </div>
        <button type="button" onClick={job.cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (status.state === 'empty') {
    return (
      <div className="stale-banner fresh" role="status">
        <p>{status.message || 'Nothing has been scored yet.'}</p>
        {status.openRoles > 0 && status.people > 0 && (
          <button type="button" className="primary" onClick={() => void rescore()}>
            Score now
          </button>
        )}
      </div>
    );
  }
  if (!stale) {
    return (
      <div className="stale-banner fresh" role="status">
        <p className="small">
          Scores are up to date{status.lastComputed ? ` (computed ${formatDateTime(status.lastComputed)})` : ''} · {plural(status.openRoles, 'open role')} ·{' '}
          {plural(status.people, 'person', 'people')}
        </p>
      </div>
    );
  }
  return (
    <div className="stale-banner" role="alert">
      <p>
        <strong>Scores are out of date.</strong> {status.message}
      </p>
      <button type="button" className="primary" onClick={() => void rescore()}>
        Re-score now
      </button>
    </div>
  );
}
