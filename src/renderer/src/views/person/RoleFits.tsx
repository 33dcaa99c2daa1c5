import { useEffect, useState } from 'react';
import type { RoleFit } from '../../../../shared/api/contract/match';
import { TRACK_LABELS } from '../../../../shared/domain';
import { useApp } from '../../app/context';
import { ScoreBar } from '../../grid/cells';
import { formatInt } from '../../grid/format';
import { label } from '../../grid/labels';

/** The person's best open roles, computed now; choosing one shows its explanation. */
export function RoleFits({ personId, selected, onSelect }: { personId: number; selected: number | null; onSelect: (roleId: number, title: string) => void }) {
  const { api, fail } = useApp();
  const [fits, setFits] = useState<RoleFit[] | null>(null);
  useEffect(() => {
    let live = true;
    setFits(null);
    api.call('match.forPerson', { personId, limit: 5 }).then(
      (f) => live && setFits(f),
      (e) => live && (setFits([]), fail(e)),
    );
    return () => {
      live = false;
    };
  }, [api, fail, personId]);
  if (fits === null) return <p className="muted small" role="status">Finding the best open roles…</p>;
  if (fits.length === 0) return <p className="muted small">No open roles to compare with. Add one in Roles.</p>;
  return (
    <ul className="role-fits">
      {fits.map((f) => (
        <li key={f.roleId}>
          <button type="button" title={`${f.title} (${f.reqId})`} className={selected === f.roleId ? 'role-fit active' : 'role-fit'} aria-pressed={selected === f.roleId} onClick={() => onSelect(f.roleId, f.title)}>
            <span className="role-fit-title">
              {f.title} <span className="muted small">{f.reqId} · {label(TRACK_LABELS, f.track)}{f.rank != null ? ` · rank ${formatInt(f.rank)}` : ''}</span>
            </span>
            <ScoreBar score={f.score} />
          </button>
        </li>
      ))}
    </ul>
  );
}
