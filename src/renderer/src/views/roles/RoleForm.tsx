import { useEffect, useState } from 'react';
import type { RoleDetail } from '../../../../shared/api/contract/roles';
import type { WeightsInfo, WeightsSource } from '../../../../shared/api/contract/match';
import { ApiError } from '../../../../shared/api/errors';
import { LEVELS, LEVEL_LABELS, REMOTE_POLICIES, ROLE_STATUSES, TRACKS, TRACK_LABELS, type Level, type MatchWeights, type RemotePolicy, type RoleStatus, type Track } from '../../../../shared/domain';
import { useApp } from '../../app/context';
import { navigate } from '../../app/routes';
import { REMOTE_LABELS, STATUS_LABELS } from '../../grid/labels';
import { SkillPicker, type SkillSuggestion } from '../../components/SkillPicker';
import { WeightsEditor } from './WeightsEditor';
import { useEscape } from '../../components/useEscape';

interface Draft {
  id?: number;
  reqId: string;
  title: string;
  track: Track;
  level: Level | '';
  team: string;
  location: string;
  remotePolicy: RemotePolicy | '';
  status: RoleStatus;
  headcount: number;
  hiringManager: string;
  openedOn: string;
  description: string;
  must: string[];
  nice: string[];
  weights: MatchWeights | null;
}

const EMPTY: Draft = { reqId: '', title: '', track: 'ai_ml', level: '', team: '', location: '', remotePolicy: '', status: 'open', headcount: 1, hiringManager: '', openedOn: '', description: '', must: [], nice: [], weights: null };

function fromDetail(d: RoleDetail): Draft {
  return {
    id: d.id,
    reqId: d.reqId,
    title: d.title,
    track: d.track,
    level: d.level ?? '',
    team: d.team ?? '',
    location: d.location ?? '',
    remotePolicy: d.remotePolicy ?? '',
    status: d.status,
    headcount: d.headcount,
    hiringManager: d.hiringManager ?? '',
    openedOn: d.openedOn ?? '',
    description: d.description,
    must: d.mustSkills.map((s) => s.skill),
    nice: d.niceSkills.map((s) => s.skill),
    weights: d.weights,
  };
}

/** Create or edit a role: what it needs, where, and how its candidates are weighed. */
export function RoleForm({ id, onClose, onSaved, searchSkills }: { id: number | null; onClose: () => void; onSaved: (id: number) => void; searchSkills?: (q: string) => Promise<SkillSuggestion[]> }) {
  const { api, fail, notify } = useApp();
  const [draft, setDraft] = useState<Draft | null>(id == null ? EMPTY : null);
  const [detail, setDetail] = useState<RoleDetail | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [defaults, setDefaults] = useState<WeightsInfo | null>(null);
  useEscape(onClose);
  useEffect(() => {
    api.call('weights.get', {}).then(setDefaults, fail);
  }, [api, fail]);

  useEffect(() => {
    if (id == null) {
      setDraft(EMPTY);
      setDetail(null);
      return;
    }
    let live = true;
    setDraft(null);
    api.call('roles.get', { id }).then((d) => live && (setDetail(d), setDraft(fromDetail(d))), fail);
    return () => {
      live = false;
    };
  }, [api, id, fail]);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => (d ? { ...d, [k]: v } : d));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  const save = async () => {
    if (!draft) return;
    const errs: Record<string, string> = {};
    if (!draft.reqId.trim()) errs.reqId = 'Give the requisition an ID, e.g. REQ-1042.';
    if (!draft.title.trim()) errs.title = 'Give the role a title.';
    if (draft.must.length === 0) errs.must = 'Add at least one must-have skill, or nobody can be matched.';
    setErrors(errs);
    if (Object.values(errs).some(Boolean)) return;
    setBusy(true);
    try {
      const r = await api.call('roles.save', {
        ...(draft.id ? { id: draft.id } : {}),
        reqId: draft.reqId.trim(),
        title: draft.title.trim(),
        track: draft.track,
        level: draft.level || null,
        team: draft.team.trim() || null,
        location: draft.location.trim() || null,
        remotePolicy: draft.remotePolicy || null,
        status: draft.status,
        headcount: draft.headcount,
        hiringManager: draft.hiringManager.trim() || null,
        openedOn: draft.openedOn || null,
        description: draft.description,
        must: draft.must,
        nice: draft.nice,
        weights: draft.weights,
      });
      setDetail(r);
      setDraft(fromDetail(r));
      notify('success', r.rescored ? `“${r.title}” saved and its candidates re-scored.` : `“${r.title}” saved. Its scores will update when you re-score in Matches.`);
      onSaved(r.id);
    } catch (e) {
      if (e instanceof ApiError && e.field) setErrors({ [e.field.split('.')[0]!]: e.message });
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const setStatus = async (status: RoleStatus) => {
    if (!draft?.id) return;
    setBusy(true);
    try {
      const r = await api.call('roles.setStatus', { id: draft.id, status });
      setDetail(r);
      setDraft(fromDetail(r));
      notify('success', `“${r.title}” is now ${STATUS_LABELS[status].toLowerCase()}.`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const err = (k: string) => errors[k] && <span className="field-error" role="alert">{errors[k]}</span>;
  // A new role (or one whose track changed) follows the defaults for its track until saved.
  const trackDefault = (t: Track): { w: MatchWeights; source: WeightsSource } | null =>
    !defaults ? null : defaults.byTrack[t] ? { w: defaults.byTrack[t]!, source: 'track_default' } : defaults.global ? { w: defaults.global, source: 'global_default' } : { w: defaults.builtin[t], source: 'builtin' };
  const eff = draft && detail && detail.track === draft.track ? { w: detail.effectiveWeights, source: detail.weightsSource } : draft ? trackDefault(draft.track) : null;
  const unknown = [...(detail?.mustSkills ?? []), ...(detail?.niceSkills ?? [])].filter((s) => !s.known).map((s) => s.skill);
  return (
    <aside className="detail-panel role-panel" aria-label={id == null ? 'New role' : 'Edit role'}>
      <header className="detail-header">
        <div className="detail-title">
          <h2>{id == null ? 'New role' : (draft?.title ?? 'Loading…')}</h2>
          {detail && <p className="muted small">{detail.reqId} · {STATUS_LABELS[detail.status]}{detail.daysOpen != null ? ` · open ${detail.daysOpen} days` : ''}</p>}
        </div>
        <button type="button" className="icon-button" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      {!draft ? (
        <div className="detail-body" role="status">
          <div className="skeleton" />
          <div className="skeleton short" />
        </div>
      ) : (
        <form
          className="detail-body role-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="form-grid">
            <label className="field">
              <span>Req ID</span>
              <input value={draft.reqId} onChange={(e) => set('reqId', e.target.value)} aria-invalid={!!errors.reqId} maxLength={100} />
              {err('reqId')}
            </label>
            <label className="field">
              <span>Title</span>
              <input value={draft.title} onChange={(e) => set('title', e.target.value)} aria-invalid={!!errors.title} maxLength={300} />
              {err('title')}
            </label>
            <label className="field">
              <span>Track</span>
              <select value={draft.track} onChange={(e) => set('track', e.target.value as Track)}>
                {TRACKS.map((t) => <option key={t} value={t}>{TRACK_LABELS[t]}</option>)}
              </select>
            </label>
            <label className="field">
              <span>Level</span>
              <select value={draft.level} onChange={(e) => set('level', e.target.value as Level | '')}>
                <option value="">Any level</option>
                {LEVELS.map((l) => <option key={l} value={l}>{LEVEL_LABELS[l]}</option>)}
              </select>
            </label>
            <label className="field">
              <span>Team</span>
              <input value={draft.team} onChange={(e) => set('team', e.target.value)} maxLength={200} />
            </label>
            <label className="field">
              <span>Hiring manager</span>
              <input value={draft.hiringManager} onChange={(e) => set('hiringManager', e.target.value)} maxLength={200} />
            </label>
            <label className="field">
              <span>Location</span>
              <input value={draft.location} onChange={(e) => set('location', e.target.value)} placeholder="e.g. Berlin, Germany" maxLength={200} />
            </label>
            <label className="field">
              <span>Remote policy</span>
              <select value={draft.remotePolicy} onChange={(e) => set('remotePolicy', e.target.value as RemotePolicy | '')}>
                <option value="">Not set</option>
                {REMOTE_POLICIES.map((r) => <option key={r} value={r}>{REMOTE_LABELS[r]}</option>)}
              </select>
            </label>
            <label className="field">
              <span>Status</span>
              <select value={draft.status} onChange={(e) => set('status', e.target.value as RoleStatus)}>
                {ROLE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
              </select>
            </label>
            <label className="field">
              <span>Headcount</span>
              <input type="number" min={1} max={10000} value={draft.headcount} onChange={(e) => set('headcount', Math.max(1, Math.round(Number(e.target.value) || 1)))} />
            </label>
            <label className="field">
              <span>Opened on</span>
              <input type="date" value={draft.openedOn} onChange={(e) => set('openedOn', e.target.value)} />
              {err('openedOn')}
            </label>
            <div className="field wide">
              <span>Must-have skills</span>
              <SkillPicker label="Must-have skills" value={draft.must} onChange={(v) => set('must', v)} search={searchSkills} unknown={unknown} placeholder="e.g. Kubernetes, Terraform, Go" />
              {err('must')}
            </div>
            <div className="field wide">
              <span>Nice-to-have skills</span>
              <SkillPicker label="Nice-to-have skills" value={draft.nice} onChange={(v) => set('nice', v)} search={searchSkills} unknown={unknown} />
            </div>
            <label className="field wide">
              <span>Description</span>
              <textarea rows={4} value={draft.description} onChange={(e) => set('description', e.target.value)} />
            </label>
          </div>
          <h3>Weights</h3>
          {eff ? (
            <WeightsEditor roleId={draft.id ?? null} own={draft.weights} effective={eff.w} source={eff.source} onChange={(w) => set('weights', w)} />
          ) : (
            <p className="muted small" role="status">Loading the weights…</p>
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Saving…' : id == null ? 'Create role' : 'Save changes'}
            </button>
            {detail && detail.status === 'open' && (
              <>
                <button type="button" disabled={busy} onClick={() => void setStatus('on_hold')}>Put on hold</button>
                <button type="button" className="danger" disabled={busy} onClick={() => void setStatus('closed')}>Close role</button>
                <button type="button" className="ghost" onClick={() => navigate('matches', detail.id)}>See matches</button>
              </>
            )}
            {detail && detail.status !== 'open' && (
              <button type="button" disabled={busy} onClick={() => void setStatus('open')}>Reopen</button>
            )}
          </div>
        </form>
      )}
    </aside>
  );
}
