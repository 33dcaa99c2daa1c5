import { useEffect, useState } from 'react';
import type { ImportResult } from '../../../../shared/api/contract/imports';
import type { ImportIssue } from '../../../../shared/domain';
import { useApp } from '../../app/context';
import { navigate } from '../../app/routes';
import { IssuesGrid } from './IssuesGrid';
import { Counts } from './Outcome';
import { count, kindInfo, n } from './labels';
import { saveIssuesCsv } from './saveCsv';

/** The last step: what was imported, where to see it, and every issue (saveable as CSV). */
export function ResultStep({ result, onAnother, onClose }: { result: ImportResult; onAnother: () => void; onClose: () => void }) {
  const { api, fail, notify } = useApp();
  const info = kindInfo(result.kind);
  const [issues, setIssues] = useState<ImportIssue[]>(result.issues);
  useEffect(() => {
    // The run returns the first 1,000 issues; a bigger list is read whole for the grid.
    if (result.batchId != null && result.issueCount > result.issues.length) {
      api.call('import.issues', { batchId: result.batchId, limit: 100000 }).then((r) => setIssues(r.rows), fail);
    }
  }, [api, fail, result]);
  const save = async () => {
    if (result.batchId == null) return;
    try {
      const name = await saveIssuesCsv(api, result.batchId);
      if (name) notify('success', `Issues saved as ${name}.`);
    } catch (e) {
      fail(e);
    }
  };
  const added = result.created + result.merged;
  // Rows per second says something about a big file only.
  const rate = result.seconds > 0 && result.rows >= 1000 ? Math.round(result.rows / result.seconds) : null;
  return (
    <div className="result-step">
      <p className="result-lead">
        {result.created > 0 ? `${count(result.created, `new ${singular(info.what)}`, `new ${info.what}`)}` : `No new ${info.what}`}
        {result.merged > 0 ? `, ${n(result.merged)} merged into records you already had` : ''}
        {result.rejected > 0 ? `; ${count(result.rejected, 'row')} rejected` : ''}. Read {count(result.rows, 'row')} in {result.seconds < 1 ? 'under a second' : `${result.seconds.toFixed(1)} s`}
        {rate ? ` (${n(rate)} rows/s)` : ''}.
      </p>
      <Counts r={result} dry={false} />
      {added > 0 && (
        <div className="result-links">
          <button className="primary" onClick={() => navigate(info.view)}>
            {result.kind === 'layoffs' ? 'See them in Insights' : `See them in ${info.viewLabel}`} →
          </button>
          {result.kind === 'alumni' && <button onClick={() => navigate('candidates')}>Candidates →</button>}
          {(result.kind === 'candidates' || result.kind === 'alumni') && <button onClick={() => navigate('matches')}>Matches →</button>}
        </div>
      )}
      {result.possibleDuplicates.length > 0 && (
        <section className="duplicates">
          <h3>{count(result.possibleDuplicates.length, 'possible duplicate')}</h3>
          <p className="muted small">Same name and company as someone already here, but no shared email or LinkedIn, so they were kept apart.</p>
          <ul>
            {result.possibleDuplicates.slice(0, 5).map((d) => (
              <li key={`${d.row}-${d.personId}`}>
                Row {n(d.row)}: {d.name}
                {d.company ? `, ${d.company}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.unknownSkills > 0 && (
        <p className="muted">{count(result.unknownSkills, 'skill')} not in the skills list were kept as written; they are counted and can be mapped later.</p>
      )}
      <div className="issues-head">
        <h3>{result.issueCount ? `Issues (${n(result.issueCount)})` : 'Issues'}</h3>
        {result.issueCount > 0 && result.batchId != null && <button onClick={() => void save()}>Save issues as CSV…</button>}
      </div>
      {result.issueCount > 0 ? <IssuesGrid issues={issues} /> : <p className="all-clear">No problems found in any row.</p>}
      <div className="wizard-actions">
        <button onClick={onClose}>Back to imports</button>
        <button onClick={onAnother}>Import another file</button>
      </div>
    </div>
  );
}

const singular = (what: string) => (what === 'people' ? 'person' : what.replace(/s$/, ''));
