import { useState } from 'react';
import { useApp } from './context';
import { navigate } from './routes';
import { useJob } from './useJob';

/** An empty workspace: offer the demo company or the first import. */
export function Welcome() {
  const { api, refreshInfo, notify, fail } = useApp();
  const job = useJob();
  const [busy, setBusy] = useState(false);
  const loadDemo = async () => {
    setBusy(true);
    try {
      const r = await job.run((jobId) => api.call('demo.create', { jobId }));
      notify('success', `Demo workspace ready: ${r.people.toLocaleString()} people, ${r.roles} roles.`);
      await refreshInfo();
      navigate('matches');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="welcome">
      <h1>Welcome to Bridgehire</h1>
      <p>
        Bridgehire puts the people you already know — former employees, laid-off engineers, past applicants — in front of the AI and platform roles you
        cannot fill, with a score that explains itself. Everything stays on this computer.
      </p>
      <div className="welcome-cards">
        <div className="card">
          <h2>Explore with a demo company</h2>
          <p>About 5,000 alumni, 20,000 candidates from laid-off lists and ATS exports, 60 roles (most of them open) and real-world layoff waves.</p>
          <button className="primary" disabled={busy} onClick={loadDemo}>
            {busy ? 'Loading the demo…' : 'Load the demo workspace'}
          </button>
          {busy && job.progress && (
            <div className="progress" role="progressbar" aria-valuenow={job.percent ?? undefined} aria-valuemin={0} aria-valuemax={100}>
              <div className="progress-bar" style={{ width: `${job.percent ?? 5}%` }} />
              <span>
                {job.progress.phase}… {job.progress.total ? `${job.progress.done.toLocaleString()} of ${job.progress.total.toLocaleString()}` : ''}
              </span>
            </div>
          )}
        </div>
        <div className="card">
          <h2>Start with your own spreadsheets</h2>
          <p>Import an alumni or HRIS export, a laid-off-talent list, an ATS export or your open requisitions (CSV or TSV, any layout).</p>
          <button disabled={busy} onClick={() => navigate('imports', 'new')}>
            Import a spreadsheet
          </button>
        </div>
      </div>
    </div>
  );
}
