import { SCORE_PARTS, type ScorePart } from '../../shared/domain';
import type { Explanation, MatchFlag, PartialMatch, SkillMatch } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';

// What lists and exports show of an entry's explanation: points per part, the skills matched,
// partly matched and missing, and the flags. A stored explanation is ~1.3 KB of JSON, mostly the
// notes of each part; parsing 10,000 of them whole (and collecting the objects) cost an export
// more than anything else. So these few fields are cut out of the text by their keys and parsed
// alone. That is safe because JSON text never holds `,"key":` inside a string (every quote in a
// string is escaped); whenever the text does not have the engine's shape, it is parsed whole.

export interface EntrySummary {
  points: Partial<Record<ScorePart, number>>;
  matched: string[];
  partial: string[];
  missing: string[];
  flags: MatchFlag[];
}

const EMPTY: EntrySummary = { points: {}, matched: [], partial: [], missing: [], flags: [] };

const partialLabel = (p: PartialMatch) => p.label || `${p.via} for ${p.skill}`;

/** The summary of a parsed explanation (none: empty lists). */
export function summaryOf(x: Explanation | null): EntrySummary {
  if (!x) return { ...EMPTY, points: {} };
  const points: Partial<Record<ScorePart, number>> = {};
  for (const [k, c] of Object.entries(x.components ?? {})) points[k as ScorePart] = c.points;
  return {
    points,
    matched: (x.matched ?? []).map((m) => m.skill),
    partial: (x.partial ?? []).map(partialLabel),
    missing: x.missing ?? [],
    flags: x.flags ?? [],
  };
}

const OPEN = '":{"value":';

/**
 * Each part's points, from `"part":{"value":…,"weight":…,"points":N` after `from`: every part once,
 * in SCORE_PARTS order (`":{"value":` cannot stand inside a string). Also where the last one ended.
 */
function pointsFromText(text: string, from: number): { points: Partial<Record<ScorePart, number>>; end: number } | null {
  const points: Partial<Record<ScorePart, number>> = {};
  let at = from;
  for (const part of SCORE_PARTS) {
    const open = text.indexOf(OPEN, at);
    if (open < 0 || text.charCodeAt(open - part.length - 1) !== 34 || !text.startsWith(part, open - part.length)) return null;
    // The points must be this part's own: nothing may close between its name and them.
    const key = text.indexOf(',"points":', open);
    if (key < 0 || text.indexOf('}', open) < key) return null;
    const start = key + 10;
    at = start;
    while (at < text.length && text.charCodeAt(at) !== 44 && text.charCodeAt(at) !== 125) at++;
    const n = Number(text.slice(start, at));
    if (at === start || !Number.isFinite(n)) return null;
    points[part] = n;
  }
  return { points, end: at };
}

interface Tail {
  matched?: SkillMatch[];
  partial?: PartialMatch[];
  missing?: string[];
  flags?: MatchFlag[];
}

function fromText(text: string): EntrySummary | null {
  if (!text.startsWith('{"score":')) return null;
  const components = text.indexOf(',"components":{');
  const read = components < 0 ? null : pointsFromText(text, components);
  if (!read) return null;
  const { points } = read;
  const matched = text.indexOf(',"matched":[', read.end);
  const end = text.indexOf(',"eligibleBoomerang":', matched);
  // Any other component would be among the points a full parse gives: then parse whole.
  const other = text.indexOf(OPEN, read.end);
  if (matched < 0 || end < 0 || (other >= 0 && other < matched)) return null;
  let tail: Tail;
  try {
    tail = JSON.parse(`{${text.slice(matched + 1, end)}}`) as Tail;
  } catch {
    return null;
  }
  const { matched: m, partial: p, missing, flags } = tail;
  if (!Array.isArray(m) || !Array.isArray(p) || !Array.isArray(missing) || !Array.isArray(flags)) return null;
  return { points, matched: m.map((x) => x.skill), partial: p.map(partialLabel), missing, flags };
}

/** The summary of a stored explanation's text: the same as summaryOf(JSON.parse(text)), without parsing the notes. */
export function summaryFromText(text: string | null): EntrySummary {
  return (text && fromText(text)) || summaryOf(parseJson<Explanation | null>(text, null));
}
