import type { PersonDetail } from '../../../../shared/api/contract/people';
import { LEVEL_LABELS, TRACK_LABELS } from '../../../../shared/domain';
import { formatDate, formatMonthsAgo, formatNumber, monthsSince } from '../../grid/format';
import { REMOTE_LABELS, label } from '../../grid/labels';

/** Who the person is, as all sources together say. */
export function PersonFacts({ p }: { p: PersonDetail }) {
  const since = monthsSince(p.availableOn);
  return (
    <dl className="facts">
      <dt>Track</dt>
      <dd>{label(TRACK_LABELS, p.track) || '—'}</dd>
      <dt>Level</dt>
      <dd>{label(LEVEL_LABELS, p.level) || '—'}</dd>
      <dt>Experience</dt>
      <dd>{p.yearsExp != null ? `${formatNumber(p.yearsExp)} years` : '—'}</dd>
      <dt>Location</dt>
      <dd>
        {[p.location, p.country].filter(Boolean).join(', ') || '—'}
        {p.remotePref ? ` · prefers ${label(REMOTE_LABELS, p.remotePref).toLowerCase()}` : ''}
        {p.relocate === true ? ' · would relocate' : p.relocate === false ? ' · will not relocate' : ''}
      </dd>
      <dt>Email</dt>
      <dd>{p.emails.join(', ') || '—'}</dd>
      {p.phone && (
        <>
          <dt>Phone</dt>
          <dd>{p.phone}</dd>
        </>
      )}
      <dt>LinkedIn</dt>
      <dd>{p.linkedin ?? '—'}</dd>
      <dt>Available since</dt>
      <dd>{p.availableOn ? `${formatDate(p.availableOn)} (${formatMonthsAgo(since)})` : '—'}</dd>
      {p.layoffEvent && (
        <>
          <dt>Layoff</dt>
          <dd>
            {p.layoffEvent.company}
            {p.layoffEvent.laidOff ? ` — cut ${formatNumber(p.layoffEvent.laidOff)}` : ''}
            {p.layoffEvent.percentage ? ` (${formatNumber(p.layoffEvent.percentage)}%)` : ''}
            {p.layoffEvent.date ? `, ${formatDate(p.layoffEvent.date)}` : ''}
          </dd>
        </>
      )}
      {Object.entries(p.extra).map(([k, v]) => (
        <FactExtra key={k} k={k} v={v} />
      ))}
    </dl>
  );
}

function FactExtra({ k, v }: { k: string; v: string }) {
  return (
    <>
      <dt title="A column of an imported file that has no field of its own">{k}</dt>
      <dd>{v}</dd>
    </>
  );
}
