import crypto from 'node:crypto';
import type { ImportKind } from '../../../shared/domain';
import { fieldsFor } from '../fields';
import { PROTECTED_TERMS, SYNONYMS } from './synonyms';

// Header → field by the synonym table, then by fuzzy matching (typos, extra words), with a
// confidence the mapping screen shows; protected-attribute columns are recognised first.

export type Target = string; // a field name of the kind, or 'extra' | 'ignore' | 'protected'

export interface ColumnMapping {
  index: number;
  header: string;
  target: Target;
  /** 0..1; 1 for an exact synonym, lower for a fuzzy match, 0 when unmapped. */
  confidence: number;
  /** The protected attribute this column looks like, if any ("gender", "date of birth"...). */
  protectedAttribute: string | null;
}

export const THRESHOLD = 0.75;

/** "E-mail Address" → "e mail address"; "firstName" → "first name"; "Eligible for Rehire (Y/N)" → "eligible for rehire y n". */
export function normalizeHeader(h: string): string {
  let s = h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (!/[\s_\-.]/.test(s.trim())) s = s.replace(/([a-z])([A-Z])/g, '$1 $2');
  return s.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}

const compact = (s: string) => s.replace(/ /g, '');
/** Words that say little about what a column holds ("Candidate Email Address" is an email). */
const FILLER = new Set(['the', 'of', 'a', 'your', 'candidate', 'candidates', 'employee', 'primary', 'main', 'current', 'address', 'profile', 'y', 'n', 'yes', 'no', 'text', 'optional', 'field', 'value', 'info']);

function content(tokens: string[]): string[] {
  const t = tokens.filter((w) => !FILLER.has(w) && !/^\d+$/.test(w));
  return t.length ? t : tokens.filter((w) => !/^\d+$/.test(w));
}

/** Damerau–Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 1; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/** True when a and b differ by one letter left out or added, or two neighbours swapped. */
function slip(a: string, b: string): boolean {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** How well a normalised header matches one normalised synonym, 0..1. */
export function similarity(header: string, synonym: string): number {
  if (header === synonym || compact(header) === compact(synonym)) return 1;
  const ht = header.split(' ');
  const st = synonym.split(' ');
  const hc = content(ht);
  if (compact(hc.join(' ')) === compact(synonym)) return 0.95;
  // All the synonym's words appear in the header, which says a little more.
  if (st.every((w) => hc.includes(w))) return st.length === 1 ? (hc.length <= 1 ? 0.9 : 0.7) : 0.8 + 0.15 * (st.length / hc.length);
  const a = compact(hc.join(' '));
  const b = compact(synonym);
  // Short words: only a dropped, doubled or swapped letter ("Skils", "Emial"); a changed letter
  // makes another word too easily ("State" is not "Stage").
  if (Math.min(a.length, b.length) === 5 && Math.max(a.length, b.length) <= 6) return slip(a, b) ? 0.8 : 0;
  // Typos only: strings of clearly different lengths cannot pass the threshold anyway.
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > Math.max(a.length, b.length) * 0.25) return 0;
  return (1 - editDistance(a, b) / Math.max(a.length, b.length)) * 0.95;
}

/** The protected attribute a header looks like, or null. */
export function protectedAttribute(header: string): string | null {
  const n = ` ${normalizeHeader(header)} `;
  for (const t of PROTECTED_TERMS) if (n.includes(` ${t.phrase} `)) return t.attribute;
  return null;
}

/** The best field for one header, with its confidence (field '' when none passes the threshold). */
export function bestField(header: string, kind: ImportKind): { field: string; confidence: number }[] {
  const n = normalizeHeader(header);
  const out: { field: string; confidence: number }[] = [];
  if (!n) return out;
  for (const [field, syns] of Object.entries(SYNONYMS[kind])) {
    let best = 0;
    for (const s of syns) best = Math.max(best, similarity(n, s));
    if (best >= THRESHOLD) out.push({ field, confidence: Math.round(best * 100) / 100 });
  }
  return out.sort((x, y) => y.confidence - x.confidence);
}

/**
 * Maps every header: protected columns are left out ('ignore', flagged), the rest take their best
 * field greedily (strongest matches first; a field takes one column unless it collects several),
 * and what is left is kept with the row ('extra').
 */
export function autoMap(headers: string[], kind: ImportKind): ColumnMapping[] {
  const multi = new Set(fieldsFor(kind).filter((d) => d.multi).map((d) => d.name));
  const cols: ColumnMapping[] = headers.map((header, index) => ({ index, header, target: 'extra', confidence: 0, protectedAttribute: protectedAttribute(header) }));
  const pairs: { index: number; field: string; confidence: number }[] = [];
  for (const c of cols) {
    if (c.protectedAttribute) {
      c.target = 'ignore';
      continue;
    }
    for (const b of bestField(c.header, kind)) pairs.push({ index: c.index, ...b });
  }
  const order = Object.keys(SYNONYMS[kind]);
  pairs.sort((x, y) => y.confidence - x.confidence || x.index - y.index || order.indexOf(x.field) - order.indexOf(y.field));
  const taken = new Set<string>();
  const done = new Set<number>();
  for (const p of pairs) {
    if (done.has(p.index) || (taken.has(p.field) && !multi.has(p.field))) continue;
    done.add(p.index);
    taken.add(p.field);
    cols[p.index]!.target = p.field;
    cols[p.index]!.confidence = p.confidence;
  }
  return cols;
}

/** How header-like a record is: the number of its cells that map to a field. */
export function headerScore(cells: string[], kind: ImportKind): number {
  let n = 0;
  for (const c of cells) if (c.trim() && c.length < 60 && !/^[\d\s.,:/+-]+$/.test(c) && (bestField(c, kind).length > 0 || protectedAttribute(c))) n++;
  return n;
}

/** Identifies a set of headers regardless of order and spelling, for remembered mappings. */
export function headerKey(headers: string[]): string {
  const norm = headers.map(normalizeHeader).sort().join('|');
  return crypto.createHash('sha256').update(norm).digest('hex').slice(0, 32);
}
