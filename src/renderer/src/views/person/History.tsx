import type { PersonDetail } from '../../../../shared/api/contract/people';
import { EligibilityBadge } from '../../grid/cells';
import { formatDate } from '../../grid/format';
import { EXIT_LABELS, REHIRE_SOURCE_LABELS, label } from '../../grid/labels';

/** Stints with our company and the files the person came from. */
export function History({ p }: { p: PersonDetail }) {
  return (
    <>
      {p.employments.length > 0 && (
        <>
          <h3>With us before</h3>
          <ul className="history employment">
            {p.employments.map((e) => (
              <li key={e.id}>
                <div>
                  <strong>{e.title ?? 'Role unknown'}</strong>
                  {e.team ? `, ${e.team}` : ''}
                  {e.level ? ` (${e.level})` : ''}
                </div>
                <div className="muted small">
                  {formatDate(e.hireDate) || '?'} – {formatDate(e.exitDate) || 'present'}
                  {e.exitType ? ` · ${label(EXIT_LABELS, e.exitType)}` : ''}
                  {e.exitReason ? ` — “${e.exitReason}”` : ''}
                  {e.layoffWave ? ` · wave ${e.layoffWave}` : ''}
                </div>
                <div className="small">
                  Rehire <EligibilityBadge value={e.rehire} source={e.rehireSource} /> <span className="muted">{REHIRE_SOURCE_LABELS[e.rehireSource] ?? ''}</span>
                  {e.manager ? <span className="muted"> · manager {e.manager}</span> : null}
                  {e.lastPerformance ? <span className="muted"> · last review {e.lastPerformance}</span> : null}
                  {e.regrettable ? <span className="muted"> · regretted loss</span> : null}
                  {e.employeeId ? <span className="muted"> · ID {e.employeeId}</span> : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.history.length > 0 && (
        <>
          <h3>Sources</h3>
          <ul className="history">
            {p.history.map((h, i) => (
              <li key={`${h.batchId}-${i}`}>
                {h.fileName} <span className="muted">({h.kind})</span> — {h.outcome}, {formatDate(h.at)}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.summary && (
        <>
          <h3>Summary</h3>
          <p className="summary">{p.summary.length > 1200 ? `${p.summary.slice(0, 1200)}…` : p.summary}</p>
        </>
      )}
      <p className="muted small">{p.editedFields.length ? `Edited by hand: ${p.editedFields.join(', ')} (kept when files are imported again).` : ''}</p>
    </>
  );
}
