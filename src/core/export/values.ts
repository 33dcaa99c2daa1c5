import { LEVEL_LABELS, SCORE_PARTS, TRACK_LABELS, type Level, type MatchWeights, type ScorePart, type Track } from '../../shared/domain';
import type { Cell } from './csv';

// How values read in an exported file: the labels a manager sees in the grid, dates Excel
// recognises (YYYY-MM-DD), lists joined with commas, numbers as numbers.

export const SOURCE_LABELS: Record<string, string> = { alumni: 'Alumnus', layoff_list: 'Laid-off list', ats: 'Applicant', manual: 'Added by hand', demo: 'Demo' };
export const ELIGIBILITY_LABELS: Record<string, string> = { eligible: 'Eligible', review: 'Review', ineligible: 'Ineligible', unknown: 'Unknown', not_alumni: 'Not an alumnus' };
export const PART_LABELS: Record<ScorePart, string> = {
  mustHave: 'Must-haves',
  niceToHave: 'Nice-to-haves',
  trackFit: 'Track fit',
  levelFit: 'Level fit',
  locationFit: 'Location fit',
  availability: 'Availability',
  boomerang: 'Boomerang',
  depth: 'Depth',
};

export const trackLabel = (t: string | null | undefined): string => (t ? TRACK_LABELS[t as Track] ?? t : '');
export const levelLabel = (l: string | null | undefined): string => (l ? LEVEL_LABELS[l as Level] ?? l : '');

/** "2025-03-01T14:02:11.123Z" → "2025-03-01 14:02" (UTC); a date stays a date. */
export function isoDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] ? `${m[1]} ${m[2]}` : m[1]!;
}

export function isoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^\d{4}-\d{2}-\d{2}/.exec(iso);
  return m ? m[0] : iso;
}

export function joinList(items: readonly unknown[] | null | undefined, sep = ', '): string {
  if (!items) return '';
  // join() alone writes null and undefined as empty text where String() writes "null": only those need the copy.
  for (let i = 0; i < items.length; i++) if (items[i] == null) return items.map((x) => String(x)).join(sep);
  return items.join(sep);
}

const weightsTexts = new WeakMap<MatchWeights, string>();
/** Score parts in a fixed order, as "Must-haves 40 · Nice-to-haves 10 …". */
export function weightsText(w: MatchWeights | null | undefined): string {
  if (!w) return '';
  let t = weightsTexts.get(w);
  if (t === undefined) weightsTexts.set(w, (t = SCORE_PARTS.map((k) => `${PART_LABELS[k]} ${w[k]}`).join(' · ')));
  return t;
}

/** One decimal, as the grid shows scores; stays a number. */
export const score1 = (n: number | null | undefined): Cell => (n == null || !Number.isFinite(n) ? null : Math.round(n * 10) / 10);

/** Enum fields shown as a capitalised word in the grids: "on_hold" → "On hold". */
const WORD_FIELDS = new Set(['stage', 'remotePref', 'remotePolicy', 'exitType', 'rehireSource', 'status']);
const word = (v: string) => (v ? v.charAt(0).toUpperCase() + v.slice(1).replace(/_/g, ' ') : v);

/** A field a grid column reads; known enum fields become their labels. */
export const cellFor = (colId: string, value: unknown): Cell => cellOf(colId.slice(colId.lastIndexOf('.') + 1), value);

/** cellFor for one column, its field name worked out once (an export calls it for every cell). */
export function cellWriter(colId: string): (value: unknown) => Cell {
  const leaf = colId.slice(colId.lastIndexOf('.') + 1);
  return (value) => cellOf(leaf, value);
}

function cellOf(leaf: string, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (leaf === 'track') return trackLabel(value);
    if (leaf === 'level') return levelLabel(value);
    if (leaf === 'eligibility' || leaf === 'rehire') return ELIGIBILITY_LABELS[value] ?? value;
    if (WORD_FIELDS.has(leaf)) return word(value);
    if (/(At|On)$/.test(leaf) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return isoDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (leaf === 'sources') return joinList(value.map((s) => SOURCE_LABELS[String(s)] ?? s));
    return joinList(value.map((v) => (typeof v === 'object' && v !== null ? describe(v as Record<string, unknown>) : v)));
  }
  if (typeof value === 'object') return describe(value as Record<string, unknown>);
  return String(value);
}

/** Objects a grid shows as one cell: a best role, a layoff, score points. */
function describe(o: Record<string, unknown>): string {
  if ('reqId' in o && 'title' in o) return [o.reqId, o.title].filter(Boolean).join(' — ') + (typeof o.score === 'number' ? ` (${score1(o.score)})` : '');
  if ('company' in o && 'laidOff' in o) {
    const cut = typeof o.laidOff === 'number' ? ` — cut ${o.laidOff.toLocaleString('en-US')}` : '';
    return `${String(o.company)}${cut}${o.date ? `, ${isoDate(String(o.date))}` : ''}`;
  }
  if ('label' in o) return String(o.label);
  if ('skill' in o) return String(o.skill);
  const parts = Object.entries(o).filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object');
  return parts.map(([k, v]) => `${PART_LABELS[k as ScorePart] ?? k} ${typeof v === 'number' ? score1(v) : String(v)}`).join(' · ');
}
