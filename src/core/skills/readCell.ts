import type { SkillHit, Track } from '../../shared/domain';
import { normKey } from './normalize';
import { scanText, type TrieNode } from './readText';
import type { SkillsReading } from './types';

// Skills cells: "Python, k8s; AWS/GCP | Terraform • Go and Rust". Each piece is tried whole
// against the alias index before it is split any further, so "CI/CD", "PL/SQL" and
// "Weights & Biases" stay whole while "AWS/GCP" and "Go and Rust" come apart.

export interface CellIndex {
  /** Canonical skill for a term (any case, punctuation-normalised), or undefined. */
  lookup(term: string): { name: string; track: Track | null } | undefined;
  trie: TrieNode;
  /** Results per piece as written: real files repeat the same pieces endlessly. */
  cache: Map<string, PieceResult>;
}

interface PieceResult {
  hits: SkillHit[];
  unknown: string[];
}

const CACHE_LIMIT = 200_000;
const EMPTY: PieceResult = { hits: [], unknown: [] };
/** Words that only decorate a skill in a cell ("5 years", "expert", "hands-on"). */
const FILLER = new Set(
  'and or with in of the a an plus using incl including eg ie etc years year yrs yr y exp experience expert advanced intermediate beginner basic basics proficient proficiency fluent familiar familiarity working knowledge strong solid good excellent hands on certified level skills skill'.split(' '),
);
const LEADING = /^(?:advanced|expert(?: in)?|strong|solid|basic|proficient(?: in| with)?|experience (?:with|in)|knowledge of|familiar(?:ity)? with|working knowledge of|hands-on(?: with)?)\s+/i;
const TRAILING = [
  /\s*[-–:,]?\s*\(?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|y)\b.*$/i,
  /\s*[-–:]\s*(?:expert|advanced|intermediate|beginner|basic|proficient|fluent|familiar|working knowledge|strong|good|excellent)\s*$/i,
  /\s+v?\d+(?:\.\d+)*(?:\.x)?\+?$/i,
];
const SPLIT_WORDS = /\s*\/\s*|\s+(?:and|&|or)\s+/i;
/** Worth trying to strip decorations: digits, brackets, dashes, colons or a leading level word. */
const DECORATED = /[\d([\-–:]|^(?:advanced|expert|strong|solid|basic|proficient|experience|knowledge|familiar|working|hands)/i;

const CELL_SEPS = /[,;|•·▪●\n\r\t]/;

/** Splits a cell on , ; | • · tabs and newlines, but not inside parentheses. */
export function splitCell(text: string): string[] {
  if (text.indexOf('(') < 0 && text.indexOf('[') < 0) return text.split(CELL_SEPS);
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && CELL_SEPS.test(c)) {
      out.push(text.slice(start, k));
      start = k + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Trims list markers, numbering, quotes and a final full stop. */
export function cleanPiece(piece: string): string {
  let p = piece.replace(/\s+/g, ' ').trim();
  p = p.replace(/^(?:[-*>–—◦]+\s*|\d{1,2}[.)]\s+)/, '').replace(/\.$/, '').trim();
  const wrapped = p.match(/^(["'“‘([{])(.*)(["'”’)\]}])$/);
  if (wrapped && '"\'“‘([{'.indexOf(wrapped[1]) === '"\'”’)]}'.indexOf(wrapped[3])) p = wrapped[2].trim();
  return p;
}

function hit(index: CellIndex, term: string, raw: string): SkillHit | undefined {
  const found = index.lookup(term);
  return found ? { name: found.name, raw, track: found.track } : undefined;
}

/** "Python (5 yrs)", "Kubernetes (EKS, GKE)", "React 18", "Go - expert": the skill and what is in brackets. */
function undecorate(piece: string): { core: string; inner: string[] } {
  const inner: string[] = [];
  let core = piece.replace(/\s*[([]([^)\]]*)[)\]]\s*/g, (_m, x: string) => {
    inner.push(x);
    return ' ';
  });
  for (let round = 0; round < 3; round++) {
    const before = core;
    core = core.replace(LEADING, '');
    for (const re of TRAILING) core = core.replace(re, '');
    core = core.trim();
    if (core === before) break;
  }
  return { core, inner };
}

function exactOrDecorated(index: CellIndex, piece: string): SkillHit[] | undefined {
  const whole = hit(index, piece, piece);
  if (whole) return [whole];
  if (!DECORATED.test(piece)) return undefined;
  const { core, inner } = undecorate(piece);
  if (core === piece || !core) return undefined;
  const main = hit(index, core, piece);
  if (!main) return undefined;
  const extra = inner.flatMap((x) => splitCell(x.replace(/\//g, ','))).map((x) => cleanPiece(x));
  return [main, ...extra.map((x) => hit(index, x, x)).filter((h): h is SkillHit => !!h)];
}

/** Skills read from a piece as prose; `full` when they leave nothing but filler words. */
function proseRead(index: CellIndex, piece: string): { hits: SkillHit[]; full: boolean } {
  const { words, matches } = scanText(index.trie, piece);
  const covered = words.map(() => false);
  const hits: SkillHit[] = [];
  for (const m of matches) {
    for (let k = m.i; k <= m.j; k++) covered[k] = true;
    hits.push({ name: m.entry.skill, raw: piece.slice(words[m.i].start, words[m.j].end), track: m.entry.track });
  }
  const full = hits.length > 0 && words.every((w, k) => covered[k] || FILLER.has(w.norm) || /^\d+\+?$/.test(w.norm));
  return { hits, full };
}

/** Short enough to be a skill name someone could map later (not a sentence). */
function termLike(piece: string): boolean {
  return piece.length <= 60 && piece.split(' ').length <= 6;
}

function resolvePiece(index: CellIndex, piece: string): PieceResult {
  const direct = exactOrDecorated(index, piece);
  if (direct) return { hits: direct, unknown: [] };
  // "AWS/GCP", "Go and Rust": when every part is a known spelling, that is the whole story.
  const parts = SPLIT_WORDS.test(piece) ? piece.split(SPLIT_WORDS).map(cleanPiece).filter(Boolean) : [];
  if (parts.length > 1) {
    const exact = parts.map((p) => exactOrDecorated(index, p));
    if (exact.every(Boolean)) return { hits: exact.flatMap((h) => h!), unknown: [] };
  }
  const prose = proseRead(index, piece);
  if (prose.full) return { hits: prose.hits, unknown: [] };
  if (parts.length > 1) {
    const hits: SkillHit[] = [];
    const unknown: string[] = [];
    for (const part of parts) {
      const found = exactOrDecorated(index, part) ?? proseRead(index, part).hits;
      if (found.length) hits.push(...found);
      else if (!FILLER.has(normKey(part))) unknown.push(part);
    }
    if (hits.length) return { hits, unknown };
  }
  if (prose.hits.length) return { hits: prose.hits, unknown: [] };
  return { hits: [], unknown: termLike(piece) ? [piece] : [] };
}

function cachedPiece(index: CellIndex, piece: string): PieceResult {
  let r = index.cache.get(piece);
  if (!r) {
    const cleaned = cleanPiece(piece);
    r = cleaned ? resolvePiece(index, cleaned) : EMPTY;
    if (index.cache.size >= CACHE_LIMIT) index.cache.clear();
    index.cache.set(piece, r);
  }
  return r;
}

/** Reads a skills cell: known skills (each with the piece it came from) and unknown pieces as written. */
export function readCell(index: CellIndex, text: string): SkillsReading {
  const skills: SkillHit[] = [];
  const unknown: string[] = [];
  if (!text) return { skills, unknown };
  // Cells hold a handful of pieces: a linear scan beats allocating Sets per cell.
  let unknownKeys: string[] | undefined;
  for (const piece of splitCell(text)) {
    const r = cachedPiece(index, piece);
    for (const h of r.hits) {
      let dup = false;
      for (let k = 0; k < skills.length; k++) if (skills[k].name === h.name) dup = true;
      if (!dup) skills.push(h);
    }
    for (const u of r.unknown) {
      const key = normKey(u) || u.toLowerCase();
      if ((unknownKeys ??= []).includes(key)) continue;
      unknownKeys.push(key);
      unknown.push(u);
    }
  }
  return { skills, unknown };
}
