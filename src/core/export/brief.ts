import type Database from 'better-sqlite3';
import type { ShortlistDetail, ShortlistEntry } from '../../shared/api/contract/shortlists';
import { LEVEL_LABELS, TRACK_LABELS, type Level, type Track } from '../../shared/domain';
import { FLAG_LABELS, STAGE_LABELS } from './shortlistLayouts';
import { score1, weightsText } from './values';

// A one-page brief of a shortlist for a hiring manager's meeting: the role, the people in the
// manager's order, each score and why. Plain HTML and CSS, no script and nothing fetched, so it
// prints the same through Electron's printToPDF and a browser's print dialog.

export const BRIEF_MAX_ROWS = 14;

interface RoleFacts {
  reqId: string;
  title: string;
  track: string;
  level: string | null;
  location: string | null;
  remotePolicy: string | null;
  openedOn: string | null;
  hiringManager: string | null;
  must: string[];
  nice: string[];
}

export function roleFacts(db: Database.Database, roleId: number | null): RoleFacts | null {
  if (roleId === null) return null;
  const r = db.prepare('SELECT req_id, title, track, level, location, remote_policy, opened_on, hiring_manager FROM roles WHERE id = ?').get(roleId) as
    | { req_id: string; title: string; track: string; level: string | null; location: string | null; remote_policy: string | null; opened_on: string | null; hiring_manager: string | null }
    | undefined;
  if (!r) return null;
  const skills = db.prepare('SELECT skill, kind FROM role_skills WHERE role_id = ? ORDER BY skill').all(roleId) as { skill: string; kind: string }[];
  return {
    reqId: r.req_id,
    title: r.title,
    track: r.track,
    level: r.level,
    location: r.location,
    remotePolicy: r.remote_policy,
    openedOn: r.opened_on,
    hiringManager: r.hiring_manager,
    must: skills.filter((s) => s.kind === 'must').map((s) => s.skill),
    nice: skills.filter((s) => s.kind === 'nice').map((s) => s.skill),
  };
}

export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const chips = (items: readonly string[], kind: string, max: number) =>
  items.length === 0 ? '' : items.slice(0, max).map((s) => `<span class="chip ${kind}">${esc(s)}</span>`).join('') + (items.length > max ? `<span class="more">+${items.length - max}</span>` : '');

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** One row, every part clipped to a fixed number of lines, so 14 rows always fit one A4 page. */
function entryRow(e: ShortlistEntry): string {
  const sub = [e.title, e.company, e.location].filter(Boolean).join(' · ');
  const flags = (e.explanation?.flags ?? []).filter((f) => f !== 'near_miss').map((f) => FLAG_LABELS[f] ?? f);
  const now = e.scoreChanged && e.currentScore !== null ? `<div class="now">now ${score1(e.currentScore)}</div>` : '';
  const have = chips(e.matched, 'good', 5) + chips(e.partial, 'partial', 2);
  return `<tr>
<td class="pos">${e.position}</td>
<td class="who"><div class="line name">${esc(e.name)}</div><div class="line sub">${esc(sub)}</div>${flags.length ? `<div class="line flag">${esc(flags.join(' · '))}</div>` : ''}</td>
<td class="score">${e.score === null ? '—' : esc(score1(e.score))}${now}</td>
<td class="why">${have ? `<div class="line">${have}</div>` : ''}${e.missing.length ? `<div class="line">${chips(e.missing, 'missing', 4)}</div>` : ''}</td>
<td class="stage">${esc(STAGE_LABELS[e.stage] ?? e.stage)}</td>
<td class="note"><div class="clamp">${esc(clip(e.note.trim(), 160))}</div></td>
</tr>`;
}

const STYLE = `
@page { size: A4; margin: 12mm; }
@media screen { body { padding: 12mm 0; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 9.5pt/1.35 'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif; color: #18202c; background: #fff; }
.page { max-width: 186mm; margin: 0 auto; }
.kicker { font-size: 8pt; letter-spacing: .06em; text-transform: uppercase; color: #5b6675; }
h1 { font-size: 17pt; margin: 2px 0 2px; }
.role { font-size: 10.5pt; margin-bottom: 6px; }
.facts { color: #5b6675; font-size: 8.5pt; margin-bottom: 6px; }
.skills { font-size: 8.5pt; margin: 2px 0; }
.skills b { display: inline-block; min-width: 72px; color: #5b6675; font-weight: 600; }
table { width: 100%; border-collapse: collapse; margin-top: 10px; table-layout: fixed; }
th { text-align: left; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .04em; color: #5b6675; border-bottom: 1.5px solid #18202c; padding: 4px 4px; }
td { vertical-align: top; padding: 4px 4px; border-bottom: 1px solid #dde2e8; overflow: hidden; }
.line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.name { font-weight: 700; }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; overflow-wrap: anywhere; }
tr { page-break-inside: avoid; }
.pos { width: 6mm; color: #5b6675; }
th.who, td.who { width: 56mm; }
.sub { color: #5b6675; font-size: 8pt; }
.flag { color: #b45309; font-size: 7.5pt; margin-top: 1px; }
th.score, td.score { width: 13mm; text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; }
.now { font-weight: 400; font-size: 7.5pt; color: #b45309; }
th.stage, td.stage { width: 21mm; font-size: 8.5pt; }
th.note, td.note { width: 36mm; }
td.note { font-size: 7.5pt; line-height: 1.3; }
.chip { display: inline-block; font-size: 7.5pt; padding: 0 5px; margin: 0 3px 1px 0; border-radius: 8px; background: #f1f3f6; }
.skills { white-space: normal; }
.chip.good { background: #dcfce7; color: #15803d; }
.chip.partial { background: #fef3c7; color: #92400e; }
.chip.missing { background: #fee2e2; color: #b91c1c; }
.more { font-size: 7.5pt; color: #5b6675; }
.legend { font-size: 7.5pt; color: #5b6675; margin-top: 6px; }
footer { margin-top: 10px; font-size: 7.5pt; color: #5b6675; border-top: 1px solid #dde2e8; padding-top: 5px; }
.empty { color: #5b6675; padding: 18px 0; }
`;

export function briefHtml(list: ShortlistDetail, role: RoleFacts | null, exportedAt: string): string {
  const shown = list.entries.slice(0, BRIEF_MAX_ROWS);
  const rest = list.entries.length - shown.length;
  const versions = [...new Set(list.entries.map((e) => e.engineVersion).filter(Boolean))];
  const weights = [...new Set(list.entries.map((e) => weightsText(e.weights)).filter(Boolean))];
  const facts = role
    ? [TRACK_LABELS[role.track as Track] ?? role.track, role.level ? LEVEL_LABELS[role.level as Level] ?? role.level : null, role.location, role.remotePolicy, role.hiringManager ? `Hiring manager: ${role.hiringManager}` : null, role.openedOn ? `Opened ${role.openedOn}` : null].filter(Boolean)
    : [];
  const head = role
    ? `<div class="role"><strong>${esc(role.reqId)}</strong> · ${esc(role.title)}</div>
<div class="facts">${esc(facts.join(' · '))}</div>
<div class="skills"><b>Must-haves</b>${chips(role.must, '', 20) || '—'}</div>
<div class="skills"><b>Nice-to-haves</b>${chips(role.nice, '', 20) || '—'}</div>`
    : `<div class="role">The role of this shortlist is no longer in the workspace.</div>`;
  const body = shown.length
    ? `<table><thead><tr><th class="pos">#</th><th class="who">Candidate</th><th class="score">Score</th><th class="why">Why</th><th class="stage">Stage</th><th class="note">Note</th></tr></thead>
<tbody>${shown.map(entryRow).join('\n')}</tbody></table>
<div class="legend"><span class="chip good">matched</span><span class="chip partial">partly covered by an adjacent skill</span><span class="chip missing">missing must-have</span> Score out of 100, as when the person was added${list.entries.some((e) => e.scoreChanged) ? '; “now” where it has changed since' : ''}.</div>`
    : '<p class="empty">No one is on this shortlist yet.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(list.name)} — shortlist brief</title>
<style>${STYLE}</style></head>
<body><div class="page">
<div class="kicker">Shortlist brief · Bridgehire</div>
<h1>${esc(list.name)}</h1>
${head}
${body}
<footer>${list.entries.length} ${list.entries.length === 1 ? 'person' : 'people'} on the list${rest > 0 ? ` · ${rest} more not shown here: export the CSV for everyone` : ''} · Exported ${esc(exportedAt.slice(0, 16).replace('T', ' '))} UTC${versions.length ? ` · Score version ${esc(versions.join(', '))}` : ''}${weights.length === 1 ? ` · Weights: ${esc(weights[0])}` : ''}</footer>
</div></body></html>
`;
}
