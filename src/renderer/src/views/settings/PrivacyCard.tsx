import { useCallback, useEffect, useState } from 'react';
import type { TrustSettingsDto } from '../../../../shared/api/contract/settings';
import type { RetentionPreviewDto } from '../../../../shared/api/contract/privacy';
import { useApp, useDataChanged } from '../../app/context';
import { formatDate } from '../../grid/format';

/** Blind review, retention of never-contacted list entries, and letting an erased person back in. */
export function PrivacyCard() {
  const { api, fail, notify } = useApp();
  const [s, setS] = useState<TrustSettingsDto | null>(null);
  const [days, setDays] = useState('365');
  const [preview, setPreview] = useState<RetentionPreviewDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState('');

  const load = useCallback(
    () =>
      api.call('settings.get', {}).then((v) => {
        setS(v);
        if (v.retentionDays) setDays(String(v.retentionDays));
      }, fail),
    [api, fail],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useDataChanged(['settings'], () => void load());

  const update = async (patch: Partial<TrustSettingsDto>, said: string) => {
    setBusy(true);
    try {
      setS(await api.call('settings.update', { patch }));
      notify('success', said);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const n = Number(days);
  const validDays = Number.isInteger(n) && n >= 1 && n <= 3650;
  const look = async () => {
    setBusy(true);
    try {
      setPreview(await api.call('privacy.retention.preview', { days: n }));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await api.call('privacy.retention.run', { days: preview.days, expected: preview.count });
      notify('success', r.message);
      setPreview(null);
    } catch (e) {
      fail(e);
      setPreview(null);
    } finally {
      setBusy(false);
    }
  };
  const allow = async () => {
    setBusy(true);
    try {
      const r = await api.call('privacy.allowReimport', { email: email.trim() });
      notify(r.released ? 'success' : 'info', r.released ? `${email.trim()} can be imported again.` : `${email.trim()} was not on the list of erased people.`);
      if (r.released) setEmail('');
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <label className="switch-row">
        <input type="checkbox" role="switch" checked={s?.blindReview ?? false} disabled={!s || busy} onChange={(e) => void update({ blindReview: e.target.checked }, e.target.checked ? 'Blind review is on: names and contact details are hidden.' : 'Blind review is off.')} />
        <span>
          <strong>Blind review</strong>
          <span className="muted">Hide names, emails, phone numbers, photos and LinkedIn in every grid and export while you score and shortlist. People show as “Candidate #id”.</span>
        </span>
      </label>

      <h3>Retention</h3>
      <p className="muted">People from candidate lists whom you never contacted can be removed after a while. Former employees and anyone on a shortlist are kept.</p>
      <div className="retention-row">
        <label className="inline-field">
          <span>Remove after</span>
          <input type="number" min={1} max={3650} value={days} onChange={(e) => { setDays(e.target.value); setPreview(null); }} aria-label="Days before removal" aria-invalid={!validDays} />
          <span>days</span>
        </label>
        <button type="button" disabled={!validDays || busy} onClick={() => void look()}>
          Preview
        </button>
        <button type="button" disabled={!validDays || busy || s?.retentionDays === n} onClick={() => void update({ retentionDays: n }, `The retention period is now ${n} days.`)}>
          Save as the workspace rule
        </button>
        {s?.retentionDays != null && (
          <button type="button" className="ghost" disabled={busy} onClick={() => void update({ retentionDays: null }, 'No retention rule: people are kept until you remove them.')}>
            Turn the rule off
          </button>
        )}
      </div>
      {!validDays && <p className="field-error">Enter a whole number of days from 1 to 3650.</p>}
      {s && <p className="muted small">{s.retentionDays ? `Rule: never-contacted list entries are removed after ${s.retentionDays} days, when you run it here.` : 'No retention rule is saved.'}</p>}
      {preview && (
        <div className="retention-preview" role="status">
          <p>{preview.message}</p>
          {preview.sample.length > 0 && (
            <ul className="compact-list">
              {preview.sample.map((p) => (
                <li key={p.id}>
                  {p.name} <span className="muted">— added {formatDate(p.addedAt)}</span>
                </li>
              ))}
              {preview.count > preview.sample.length && <li className="muted">…and {preview.count - preview.sample.length} more</li>}
            </ul>
          )}
          {preview.count > 0 && (
            <button type="button" className="danger-solid" disabled={busy} onClick={() => void remove()}>
              Remove {preview.count === 1 ? 'this person' : `these ${preview.count} people`} now
            </button>
          )}
        </div>
      )}

      <h3>Erased people</h3>
      <p className="muted">Someone you erased is skipped by later imports. If they ask to be considered again, let their email back in.</p>
      <form
        className="retention-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (email.includes('@')) void allow();
        }}
      >
        <input type="email" placeholder="their.email@example.com" value={email} onChange={(e) => setEmail(e.target.value)} aria-label="Email to allow again" />
        <button type="submit" disabled={busy || !email.includes('@')}>
          Allow again
        </button>
      </form>
    </section>
  );
}
