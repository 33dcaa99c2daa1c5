import crypto from 'node:crypto';
import type { ImportKind } from '../../../shared/domain';
import { fieldsFor, NAME_FIELDS } from '../fields';
import { EXACT_ONLY, PROTECTED_TERMS, SYNONYMS } from './synonyms';

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

type Matcher = (normalised: string) => FieldMatch[];

/** The better of two readings: the first unless the second's best is stronger (or as strong, with `ties`). */
const better = (a: FieldMatch[], b: FieldMatch[], ties = false) =>
  b.length && (!a.length || b[0]!.confidence > a[0]!.confidence || (ties && b[0]!.confidence === a[0]!.confidence)) ? b : a;

/** A candidate file's heading about the job applied for ("Job : Job Title"), not about the person (an HRIS "Position : Job Title" is the employee's own). */
const ABOUT_THE_JOB = /^(?:job|requisition|req|posting|opening|position)\b/i;

/**
 * Headings written as a path, "Person : Address : City" (iCIMS) or "Work Contact: Work Email" (ADP),
 * are read whole and by their last one or two parts; the best reading wins. In a person file a path
 * that starts at the job ("Job : Job Title") is about the posting and maps to nothing.
 */
function readings(header: string, kind: ImportKind, match: Matcher): FieldMatch[] {
  const parts = /:\/\//.test(header) ? [] : header.split(':').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return symbolReadings(header, match);
  if (kind === 'candidates' && ABOUT_THE_JOB.test(parts[0]!)) return [];
  let best = symbolReadings(header, match);
  for (const tail of [parts.slice(-1), parts.slice(-2)]) best = better(best, symbolReadings(tail.join(' '), match));
  return best;
}

/**
 * A header with "#" or "%" is read both ways and the reading with "number" or "percent" wins when it
 * matches at least as well: "Employee #" is the employee number (not "employee", a name column),
 * "Cell #" is still a cell phone, "%" alone is the percentage. (normalizeHeader drops both signs, so
 * remembered mappings keep their keys.)
 */
function symbolReadings(header: string, match: Matcher): FieldMatch[] {
  if (header.includes('%')) {
    const plain = match(normalizeHeader(header));
    return better(plain, match(normalizeHeader(header.replace(/%/g, ' percent '))), true);
  }
  if (!header.includes('#')) return match(normalizeHeader(header));
  // A "#" column holds a number, never a name ("Candidate #", "Worker #" are IDs), and what is left
  // of it without the "#" must match closely: "Cell #" is a cell phone, "Employee #" no company.
  const plain = match(normalizeHeader(header)).filter((m) => !NAME_FIELDS.includes(m.field) && m.confidence >= 0.95);
  return better(plain, match(normalizeHeader(header.replace(/#/g, ' number '))), true);
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
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The same distance, computed only within `k` of the diagonal: anything over `k` comes back as
 * k + 1. Typos are a letter or two, so most header/synonym pairs are dropped after a few cells.
 */
export function boundedDistance(a: string, b: string, k: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > k) return k + 1;
  const far = k + 1;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur.fill(far);
    cur[0] = i;
    let rowMin = i;
    const lo = Math.max(1, i - k);
    const hi = Math.min(n, i + k);
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = Math.min(v, far);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return far;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, far);
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

interface HeaderParts {
  text: string;
  compact: string;
  /** The header's words without filler ("candidate", "address"...). */
  content: string[];
  contentCompact: string;
}

interface Synonym {
  field: string;
  text: string;
  words: string[];
  compact: string;
  /** Only a header equal to it matches (EXACT_ONLY). */
  exactOnly?: boolean;
}

function partsOf(normalised: string): HeaderParts {
  const c = content(normalised.split(' '));
  return { text: normalised, compact: compact(normalised), content: c, contentCompact: compact(c.join(' ')) };
}

/** Most a typo may change and still pass the threshold: (1 - d / length) × 0.95 ≥ THRESHOLD. */
const TYPO_SHARE = 1 - THRESHOLD / 0.95;

/** Words one letter apart that are other words, not typos: a "County" column is no country. */
const NOT_TYPOS = new Set(['county|country', 'country|county']);

/** How well a header matches one synonym, 0..1 (0 also for a typo too far to pass the threshold). */
function score(h: HeaderParts, syn: Synonym): number {
  if (h.text === syn.text || h.compact === syn.compact) return 1;
  if (h.contentCompact === syn.compact) return 0.95;
  if (syn.exactOnly || NOT_TYPOS.has(`${h.contentCompact}|${syn.compact}`)) return 0;
  // All the synonym's words appear in the header, which says a little more.
  if (syn.words.every((w) => h.content.includes(w))) return syn.words.length === 1 ? (h.content.length <= 1 ? 0.9 : 0.7) : 0.8 + 0.15 * (syn.words.length / h.content.length);
  const a = h.contentCompact;
  const b = syn.compact;
  const lo = Math.min(a.length, b.length);
  const hi = Math.max(a.length, b.length);
  // Short words: only a dropped, doubled or swapped letter ("Skils", "Emial"); a changed letter
  // makes another word too easily ("State" is not "Stage").
  if (lo === 5 && hi <= 6) return slip(a, b) ? 0.8 : 0;
  // Typos only: strings of clearly different lengths cannot pass the threshold anyway.
  if (lo < 6 || hi - lo > hi * 0.25) return 0;
  const k = Math.floor(hi * TYPO_SHARE + 1e-9);
  const d = boundedDistance(a, b, k);
  return d > k ? 0 : (1 - d / hi) * 0.95;
}

/** How well a normalised header matches one normalised synonym, 0..1. */
export function similarity(header: string, synonym: string): number {
  return score(partsOf(header), { field: '', text: synonym, words: synonym.split(' '), compact: compact(synonym) });
}

/** The protected attribute a header looks like, or null. */
export function protectedAttribute(header: string): string | null {
  const n = ` ${normalizeHeader(header)} `;
  for (const t of PROTECTED_TERMS) if (n.includes(` ${t.phrase} `)) return t.attribute;
  return null;
}

interface KindIndex {
  synonyms: Synonym[];
  /** Compact spelling of a synonym → the fields it names (a header equal to a synonym). */
  exact: Map<string, string[]>;
  memo: Map<string, FieldMatch[]>;
}
type FieldMatch = { field: string; confidence: number };
const INDEXES = new Map<ImportKind, KindIndex>();
const MEMO_LIMIT = 5000;

function indexFor(kind: ImportKind): KindIndex {
  let ix = INDEXES.get(kind);
  if (!ix) {
    const synonyms: Synonym[] = [];
    const exact = new Map<string, string[]>();
    for (const [field, syns] of Object.entries(SYNONYMS[kind])) {
      for (const text of syns) {
        const syn = { field, text, words: text.split(' '), compact: compact(text), exactOnly: EXACT_ONLY.has(text) };
        synonyms.push(syn);
        const fields = exact.get(syn.compact) ?? [];
        if (!fields.includes(field)) fields.push(field);
        exact.set(syn.compact, fields);
      }
    }
    INDEXES.set(kind, (ix = { synonyms, exact, memo: new Map() }));
  }
  return ix;
}

/** The fields a header may be, best first, each with its confidence (none when nothing passes the threshold). */
export function bestField(header: string, kind: ImportKind): FieldMatch[] {
  return readings(header, kind, (n) => fuzzyMatches(n, kind));
}

function fuzzyMatches(n: string, kind: ImportKind): FieldMatch[] {
  if (!n) return [];
  const ix = indexFor(kind);
  const hit = ix.memo.get(n);
  if (hit) return hit;
  const h = partsOf(n);
  const best = new Map<string, number>();
  for (const syn of ix.synonyms) {
    const v = score(h, syn);
    if (v > (best.get(syn.field) ?? 0)) best.set(syn.field, v);
  }
  const out: FieldMatch[] = [];
  for (const [field, v] of best) if (v >= THRESHOLD) out.push({ field, confidence: Math.round(v * 100) / 100 });
  out.sort((x, y) => y.confidence - x.confidence);
  if (ix.memo.size >= MEMO_LIMIT) ix.memo.clear();
  ix.memo.set(n, out);
  return out;
}

/** Only exact synonyms ("Email", "E-mail", "Candidate Email"): for the columns past FUZZY_COLUMNS. */
function exactField(header: string, kind: ImportKind): FieldMatch[] {
  return readings(header, kind, (n) => {
    if (!n) return [];
    const ix = indexFor(kind);
    const h = partsOf(n);
    const fields = ix.exact.get(h.compact) ?? ix.exact.get(h.contentCompact);
    return fields ? fields.map((field) => ({ field, confidence: ix.exact.has(h.compact) ? 1 : 0.95 })) : [];
  });
}

/** Columns read with fuzzy matching; a sheet wider than this is matched exactly past it (100,000 columns stay quick). */
export const FUZZY_COLUMNS = 500;

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
    for (const b of c.index < FUZZY_COLUMNS ? bestField(c.header, kind) : exactField(c.header, kind)) pairs.push({ index: c.index, ...b });
  }
  const order = new Map(Object.keys(SYNONYMS[kind]).map((f, i) => [f, i]));
  // Between equally good headers, the one that is the field's more usual name wins: a Greenhouse
  // jobs report has "Job ID" (the ATS's number) and "Requisition ID" (the company's req).
  const rank = (p: { index: number; field: string }) => {
    const at = SYNONYMS[kind][p.field]!.indexOf(normalizeHeader(headers[p.index]!));
    return at < 0 ? Infinity : at;
  };
  const ranks = new Map(pairs.map((p) => [p, rank(p)]));
  pairs.sort((x, y) => y.confidence - x.confidence || ranks.get(x)! - ranks.get(y)! || x.index - y.index || order.get(x.field)! - order.get(y.field)!);
  const taken = new Set<string>();
  const done = new Set<number>();
  for (const p of pairs) {
    if (done.has(p.index) || (taken.has(p.field) && !multi.has(p.field))) continue;
    done.add(p.index);
    taken.add(p.field);
    cols[p.index]!.target = p.field;
    cols[p.index]!.confidence = p.confidence;
  }
  return keepSecondBest(cols);
}

/** A nickname, not the name: "Preferred Name", "Preferred First Name", "Known As". */
const PREFERRED = /\b(?:preferred|nick ?name|known as|goes by)\b/i;
/** A street address, not where someone is based. */
const STREET = /\baddress\b/i;
/** ADP's "Payroll Name" ("RAMAN, PRIYA K"): the legal first and last names say it better when the sheet has them. */
const PAYROLL = /\bpayroll\b/i;

/**
 * Columns that name a field only when nothing better does: a preferred name beside the legal name
 * columns (it would replace "Priya Raman" with "Pri"), a payroll name beside the legal first and
 * last names, a street address beside the city and state.
 * They are kept with the row instead.
 */
function keepSecondBest(cols: ColumnMapping[]): ColumnMapping[] {
  const has = (fields: readonly string[], except: (c: ColumnMapping) => boolean) => cols.some((c) => fields.includes(c.target) && !except(c));
  const isPreferred = (c: ColumnMapping) => PREFERRED.test(c.header);
  const isStreet = (c: ColumnMapping) => c.target === 'location' && STREET.test(c.header);
  const firstAndLast = cols.some((c) => c.target === 'firstName') && cols.some((c) => c.target === 'lastName');
  for (const c of cols) {
    const demote =
      (NAME_FIELDS.includes(c.target) && isPreferred(c) && has(NAME_FIELDS, isPreferred)) ||
      (isStreet(c) && has(['city', 'region'], isStreet)) ||
      (c.target === 'fullName' && PAYROLL.test(c.header) && firstAndLast);
    if (demote) {
      c.target = 'extra';
      c.confidence = 0;
    }
  }
  return cols;
}

/** How header-like a record is: the number of its cells (of the first FUZZY_COLUMNS) that map to a field. */
export function headerScore(cells: string[], kind: ImportKind): number {
  let n = 0;
  const end = Math.min(cells.length, FUZZY_COLUMNS);
  for (let i = 0; i < end; i++) {
    const c = cells[i]!;
    if (c.trim() && c.length < 60 && !/^[\d\s.,:/+-]+$/.test(c) && (bestField(c, kind).length > 0 || protectedAttribute(c))) n++;
  }
  return n;
}

/** Identifies a set of headers regardless of order and spelling, for remembered mappings. */
export function headerKey(headers: string[]): string {
  const norm = headers.map(normalizeHeader).sort().join('|');
  return crypto.createHash('sha256').update(norm).digest('hex').slice(0, 32);
}
