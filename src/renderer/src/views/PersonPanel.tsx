import { useEffect, useState } from 'react';
import type { PersonDetail } from '../../../shared/api/contract/people';
import { LEVEL_LABELS, STAGES, TRACK_LABELS, type Level, type Track } from '../../../shared/domain';
import { useApp } from '../app/context';
import { formatDate, formatNumber } from '../grid/format';

/** The person, all sources merged: what we know, where each skill came from, and their history. */
export function PersonPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const { api, fail, notify } = useApp();
  const [p, setP] = useState<PersonDetail | null>(null);
  const [notes, setNotes] = useState('');
  useEffect(() => {
    setP(null);
    api.call('people.get', { id }).then((d) => {
      setP(d);
      setNotes(d.notes);
    }, fail);
  }, [api, id, fail]);

  const save = (patch: { stage?: PersonDetail['stage']; notes?: string }) =>
    api.call('people.update', { id, patch }).then((d) => {
      setP(d);
      notify('success', 'Saved.');
    }, fail);

  return (
    <aside className="detail-panel" aria-label="Person details">
      <header className="detail-header">
        <h2>{p?.name ?? 'Loading…'}</h2>
        <button className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {p && (
        <div className="detail-body">
          <p className="muted">
            {[p.title, p.company].filter(Boolean).join(' · ')}
            {p.location ? ` — ${p.location}` : ''}
          </p>
          <dl className="facts">
            <dt>Track</dt>
            <dd>{p.track ? TRACK_LABELS[p.track as Track] : '—'}</dd>
            <dt>Level</dt>
            <dd>{p.level ? LEVEL_LABELS[p.level as Level] : '—'}</dd>
            <dt>Experience</dt>
            <dd>{p.yearsExp != null ? `${formatNumber(p.yearsExp)} years` : '—'}</dd>
            <dt>Email</dt>
            <dd>{p.emails.join(', ') || '—'}</dd>
            <dt>LinkedIn</dt>
            <dd>{p.linkedin ?? '—'}</dd>
            <dt>Available since</dt>
            <dd>{formatDate(p.availableOn) || '—'}</dd>
            {p.layoffEvent && (
              <>
                <dt>Layoff</dt>
                <dd>
                  {p.layoffEvent.company}
                  {p.layoffEvent.laidOff ? ` — cut ${formatNumber(p.layoffEvent.laidOff)}` : ''}
                  {p.layoffEvent.date ? `, ${formatDate(p.layoffEvent.date)}` : ''}
                </dd>
              </>
            )}
          </dl>
          <label className="field">
            <span>Stage</span>
            <select value={p.stage} onChange={(e) => void save({ stage: e.target.value as PersonDetail['stage'] })}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <h3>Skills</h3>
          {p.skillsDetail.length === 0 ? (
            <p className="muted">No skills recorded.</p>
          ) : (
            <ul className="skill-evidence">
              {p.skillsDetail.map((s) => (
                <li key={s.skill} className={s.known ? '' : 'unknown'}>
                  <strong>{s.skill}</strong>
                  <span className="muted"> from “{s.raw}”</span>
                </li>
              ))}
            </ul>
          )}
          {p.employments.length > 0 && (
            <>
              <h3>With us before</h3>
              <ul className="history">
                {p.employments.map((e) => (
                  <li key={e.id}>
                    {e.title ?? 'Role unknown'}
                    {e.team ? `, ${e.team}` : ''} · {formatDate(e.hireDate) || '?'} – {formatDate(e.exitDate) || 'present'}
                    {e.exitType ? ` · ${e.exitType}` : ''} · rehire: {e.rehire} ({e.rehireSource})
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Notes</h3>
          <textarea value={notes} rows={4} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== p.notes && void save({ notes })} aria-label="Notes" />
          {p.history.length > 0 && (
            <>
              <h3>Sources</h3>
              <ul className="history">
                {p.history.map((h) => (
                  <li key={`${h.batchId}-${h.outcome}`}>
                    {h.fileName} ({h.kind}) — {h.outcome}, {formatDate(h.at)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </aside>
  );
}
