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

const OPENS = SCORE_PARTS.map((part) => `"${part}":{"value":`);

/** Each part's points, read from `"part":{"value":…,"weight":…,"points":N` in order; null when the text is shaped otherwise. */
function pointsFromText(text: string, from: number, to: number): Partial<Record<ScorePart, number>> | null {
  const points: Partial<Record<ScorePart, number>> = {};
  let at = from;
  for (let k = 0; k < SCORE_PARTS.length; k++) {
    const part = SCORE_PARTS[k]!;
    const open = text.indexOf(OPENS[k]!, at);
    if (open < 0 || open > to) return null;
    const key = text.indexOf(',"points":', open);
    // The points must be this part's own: no object may close between the part's name and them.
    if (key < 0 || key > to || text.lastIndexOf('},"', key) > open) return null;
    const start = key + 10;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 44 && text.charCodeAt(end) !== 125) end++;
    const n = Number(text.slice(start, end));
    if (end === start || !Number.isFinite(n)) return null;
    points[part] = n;
    at = end;
  }
  // Any other component would be among the points a full parse gives: then parse whole.
  let components = 0;
  for (let i = text.indexOf('":{"value":', from); i >= 0 && i < to; i = text.indexOf('":{"value":', i + 1)) components++;
  return components === SCORE_PARTS.length ? points : null;
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
  const matched = text.indexOf(',"matched":[');
  const end = text.indexOf(',"eligibleBoomerang":', matched);
  if (components < 0 || matched < components || end < 0) return null;
  const points = pointsFromText(text, components, matched);
  if (!points) return null;
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
