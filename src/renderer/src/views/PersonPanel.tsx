import { useEffect, useRef, useState } from 'react';
import type { PersonDetail } from '../../../shared/api/contract/people';
import { STAGES, type Stage } from '../../../shared/domain';
import { useApp } from '../app/context';
import { SourceBadges, EligibilityBadge } from '../grid/cells';
import { STAGE_LABELS } from '../grid/labels';
import { TagEditor } from '../components/TagEditor';
import { useEscape } from '../components/useEscape';
import { PersonFacts } from './person/PersonFacts';
import { SkillList } from './person/SkillList';
import { History } from './person/History';
import { MatchExplanation } from './person/MatchExplanation';
import { RoleFits } from './person/RoleFits';
import { ForgetButton } from '../components/ForgetButton';

type Patch = { stage?: Stage; notes?: string; tags?: string[] };

/**
 * The person, all sources merged: what we know, where each skill came from, their history with
 * us, and — for a match — why they score what they do. Stage, tags and notes are edited here and
 * kept (an import never overwrites them).
 */
export function PersonPanel({ id, roleId = null, roleTitle = null, onClose }: { id: number; roleId?: number | null; roleTitle?: string | null; onClose: () => void }) {
  const { api, fail, notify } = useApp();
  const [p, setP] = useState<PersonDetail | null>(null);
  const [notes, setNotes] = useState('');
  const [saving, setSaving] = useState(false);
  const [explain, setExplain] = useState<{ roleId: number; title: string | null } | null>(roleId ? { roleId, title: roleTitle } : null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEscape(onClose);

  useEffect(() => {
    let live = true;
    setP(null);
    api.call('people.get', { id }).then((d) => {
      if (!live) return;
      setP(d);
      setNotes(d.notes);
    }, fail);
    return () => {
      live = false;
    };
  }, [api, id, fail]);
  useEffect(() => setExplain(roleId ? { roleId, title: roleTitle } : null), [roleId, roleTitle, id]);

  const save = async (patch: Patch, what: string) => {
    setSaving(true);
    try {
      const d = await api.call('people.update', { id, patch });
      setP(d);
      notify('success', `${what} saved.`);
    } catch (e) {
      fail(e);
    } finally {
      setSaving(false);
    }
  };

  const latest = p?.employments[0];
  return (
    <aside
      className="detail-panel"
      aria-label="Person details"
    >
      <header className="detail-header">
        <div className="detail-title">
          <h2 ref={heading} tabIndex={-1}>
            {p?.name ?? 'Loading…'}
          </h2>
          {p && (
            <p className="muted small">
              {[p.title, p.company].filter(Boolean).join(' · ') || 'No title recorded'}
              {p.location ? ` — ${p.location}` : ''}
            </p>
          )}
        </div>
        <button className="icon-button" aria-label="Close details" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      {!p ? (
        <div className="detail-body" role="status">
          <div className="skeleton" />
          <div className="skeleton short" />
          <div className="skeleton" />
        </div>
      ) : (
        <div className="detail-body">
          <div className="badges-line">
            <SourceBadges sources={p.sources} />
            {latest && <EligibilityBadge value={latest.rehire} source={latest.rehireSource} />}
          </div>

          {explain && <MatchExplanation roleId={explain.roleId} personId={id} roleTitle={explain.title} />}

          <div className="edit-row">
            <label className="field">
              <span>Stage</span>
              <select value={p.stage} disabled={saving} onChange={(e) => void save({ stage: e.target.value as Stage }, 'Stage')} aria-label="Stage">
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="field">
            <span>Tags</span>
            <TagEditor tags={p.tags} disabled={saving} onChange={(tags) => void save({ tags }, 'Tags')} />
          </div>
          <label className="field">
            <span>Notes</span>
            <textarea value={notes} rows={4} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== p.notes && void save({ notes }, 'Note')} aria-label="Notes" placeholder="What you learned, when to call back…" />
          </label>

          <h3>Best open roles</h3>
          <RoleFits personId={id} selected={explain?.roleId ?? null} onSelect={(rid, title) => setExplain({ roleId: rid, title })} />

          <h3>Profile</h3>
          <PersonFacts p={p} />
          <h3>Skills</h3>
          <SkillList skills={p.skillsDetail} />
          <History p={p} />
          <ForgetButton personId={id} name={p.name} onErased={onClose} />
        </div>
      )}
    </aside>
  );
}
