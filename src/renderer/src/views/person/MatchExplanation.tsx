import { useEffect, useState } from 'react';
import type { Explanation } from '../../../../shared/api/contract/match';
import { SCORE_PARTS } from '../../../../shared/domain';
import { useApp } from '../../app/context';
import { ScoreBar } from '../../grid/cells';
import { formatDateTime, formatInt, formatNumber } from '../../grid/format';
import { FLAG_LABELS, SCORE_PART_LABELS } from '../../grid/labels';

type Explained = { explanation: Explanation; stored: { score: number; rank: number; engineVersion: string; computedAt: string } | null };

const pct = (v: number) => `${formatInt(Math.round(v * 100))}%`;

/** Why this person scores what they do for this role: every part, every skill and its evidence. */
export function MatchExplanation({ roleId, personId, roleTitle }: { roleId: number; personId: number; roleTitle?: string | null }) {
  const { api, fail } = useApp();
  const [data, setData] = useState<Explained | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setData(null);
    setFailed(false);
    api.call('match.explain', { roleId, personId }).then(
      (d) => live && setData(d),
      (e) => {
        if (!live) return;
        setFailed(true);
        fail(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, fail, roleId, personId]);

  if (failed) return <p className="muted">The explanation could not be computed.</p>;
  if (!data) return <p className="muted" role="status">Working out the score…</p>;
  const e = data.explanation;
  const points = Object.fromEntries(SCORE_PARTS.map((k) => [k, e.components[k]?.points ?? 0]));
  return (
    <section className="explanation" aria-label="Score explanation">
      <div className="explain-head">
        <div>
          <div className="muted small">Fit for {roleTitle ?? 'this role'}</div>
          <ScoreBar score={e.score} points={points} />
        </div>
        {e.flags.length > 0 && (
          <div className="flags">
            {e.flags.map((f) => (
              <span key={f} className={`badge ${f === 'ineligible_rehire' ? 'badge-bad' : f === 'near_miss' ? 'badge-accent' : 'badge-warn'}`}>
                {FLAG_LABELS[f] ?? f}
                {f === 'near_miss' && e.nearMissSkill ? `: ${e.nearMissSkill}` : ''}
              </span>
            ))}
          </div>
        )}
      </div>
      {data.stored && Math.round(data.stored.score) !== Math.round(e.score) && (
        <p className="small warn-text">
          The grid shows {formatInt(data.stored.score)} (scored {formatDateTime(data.stored.computedAt)}); with today’s data it is {formatInt(e.score)}. Re-score to bring the grid up to date.
        </p>
      )}
      <table className="parts">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Value</th>
            <th scope="col">Weight</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {SCORE_PARTS.map((k) => {
            const c = e.components[k];
            if (!c) return null;
            return (
              <tr key={k} className={c.weight === 0 ? 'muted' : ''}>
                <th scope="row">
                  <span className={`swatch part-${k}`} aria-hidden /> <span className="part-name">{SCORE_PART_LABELS[k]}</span>
                  {c.note && <div className="muted small note">{c.note}</div>}
                </th>
                <td>{pct(c.value)}</td>
                <td>{c.weight === 0 ? 'n/a' : formatInt(c.weight)}</td>
                <td className="num">{formatNumber(c.points)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Score</th>
            <td />
            <td />
            <td className="num">{formatNumber(e.score)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="muted small">Points are value × weight; the weights of the parts that apply are scaled to add up to 100, so a part can earn more points than its weight when another does not apply.</p>
      <h4>
        Must-haves: {formatInt(e.mustMatched)} of {formatInt(e.mustTotal)}
      </h4>
      <ul className="evidence">
        {e.matched.map((m) => (
          <li key={`m-${m.kind}-${m.skill}`} className="ev-good">
            <span className="chip chip-good">✓ {m.skill}</span>
            <span className="muted small">{m.kind === 'nice' ? 'nice-to-have' : 'must-have'} · from “{m.raw}”</span>
          </li>
        ))}
        {e.partial.map((m) => (
          <li key={`p-${m.kind}-${m.skill}`} className="ev-partial">
            <span className="chip chip-partial">≈ {m.label}</span>
            <span className="muted small">
              {m.kind === 'nice' ? 'nice-to-have' : 'must-have'} · {pct(m.weight)} credit · from “{m.raw}”
            </span>
          </li>
        ))}
        {e.missing.map((s) => (
          <li key={`x-${s}`} className="ev-missing">
            <span className="chip chip-missing">✗ {s}</span>
            <span className="muted small">must-have · no evidence</span>
          </li>
        ))}
        {e.missingNice.map((s) => (
          <li key={`xn-${s}`} className="ev-missing">
            <span className="chip">{s}</span>
            <span className="muted small">nice-to-have · no evidence</span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        Engine {e.engineVersion} · availability measured on {e.asOf}
        {data.stored ? ` · rank ${formatInt(data.stored.rank)} for this role` : ''}
      </p>
    </section>
  );
}
