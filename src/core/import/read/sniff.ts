import Papa from 'papaparse';
import type { Newline } from './parse';
import { isBlankRecord } from './parse';

// Reading the shape of a file from its first part: line endings, delimiter, and which record is
// the header (skipping a preamble such as "Exported from Workday on …" and blank lines).

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DELIMITER_LABELS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** Counts line breaks outside quotes, so Excel's line breaks inside cells do not mislead. */
export function sniffNewline(text: string): { newline: Newline; normalize: boolean } {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0);
  if (kinds > 1) return { newline: '\n', normalize: true };
  return { newline: crlf ? '\r\n' : cr ? '\r' : '\n', normalize: false };
}

function parseSample(text: string, delimiter: string, newline: Newline, normalize: boolean, complete: boolean): string[][] {
  const input = normalize ? text.replace(/\r\n?/g, '\n') : text;
  const parser = new Papa.Parser({ delimiter, newline: normalize ? '\n' : newline, quoteChar: '"' });
  return parser.parse(input, 0, !complete).data as string[][];
}

function modal(counts: number[]): { value: number; share: number } {
  const freq = new Map<number, number>();
  for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
  let value = 0;
  let best = 0;
  for (const [n, f] of freq) if (f > best || (f === best && n > value)) [value, best] = [n, f];
  return { value, share: counts.length ? best / counts.length : 0 };
}

/** Trailing empty cells (a trailing delimiter) do not make a record wider. */
function width(cells: string[]): number {
  let n = cells.length;
  while (n > 1 && cells[n - 1]!.trim() === '') n--;
  return n;
}

/**
 * Picks the delimiter whose records have the most consistent width (at least 2 columns).
 * `preferTab` for .tsv files breaks ties; a one-column file reads as comma-separated.
 */
export function sniffDelimiter(text: string, newline: Newline, normalize: boolean, complete: boolean, preferTab = false): Delimiter {
  let best: { d: Delimiter; score: number; width: number } = { d: preferTab ? '\t' : ',', score: 0, width: 1 };
  for (const d of DELIMITERS) {
    const rows = parseSample(text, d, newline, normalize, complete).filter((r) => !isBlankRecord(r)).slice(0, 200);
    if (rows.length === 0) continue;
    // Look past a preamble: judge the records from the widest-looking stretch onwards.
    const widths = rows.map(width);
    const m = modal(widths);
    if (m.value < 2) continue;
    const score = m.share;
    const better = score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && (m.value > best.width || (m.value === best.width && d === '\t' && preferTab)));
    if (better) best = { d, score, width: m.value };
  }
  return best.d;
}

export interface HeaderGuess {
  /** Records before the header (preamble and blank lines). */
  skip: number;
  header: string[];
}

/**
 * Finds the header record among the first ones: the record whose cells most look like known
 * column names (`score` counts them); failing that, the first record as wide as the data.
 */
/**
 * `viable`: whether a heading row has a column the file's records need (a person file, one that can
 * identify a person): a report's filter block ("Company, Location, Start Date") above the real
 * headings scores too, but cannot be them.
 */
export function sniffHeader(records: string[][], score: (cells: string[]) => number, viable: (cells: string[]) => boolean = () => true): HeaderGuess | null {
  const look = Math.min(records.length, 25);
  const widths = records.slice(0, 400).filter((r) => !isBlankRecord(r)).map(width);
  const m = modal(widths).value || 1;
  const filledOf = (r: string[]) => r.filter((c) => c.trim() !== '').length;
  // Usually the first non-blank record is the header: take it when most of its cells are known
  // names, unless the next record is the real one under a row of group names (",Contact,,Role,").
  const first = records.findIndex((r) => !isBlankRecord(r));
  if (first >= 0 && first < look && viable(records[first]!)) {
    const filled = filledOf(records[first]!);
    const s0 = score(records[first]!);
    if (s0 >= 2 && s0 * 2 >= filled) {
      const next = records.findIndex((r, i) => i > first && !isBlankRecord(r));
      const r2 = next > 0 && next < look ? records[next]! : null;
      if (r2 && filledOf(r2) > filled && score(r2) > s0 && viable(r2)) return { skip: next, header: r2 };
      return { skip: first, header: records[first]! };
    }
  }
  const best = (only: (r: string[]) => boolean) => {
    let bestIdx = -1;
    let bestScore = 0;
    for (let i = 0; i < look; i++) {
      const r = records[i]!;
      if (isBlankRecord(r) || !only(r)) continue;
      const s = score(r);
      if (s > bestScore) [bestIdx, bestScore] = [i, s];
    }
    return bestIdx >= 0 && bestScore >= 2 ? { skip: bestIdx, header: records[bestIdx]! } : null;
  };
  const found = best(viable) ?? best(() => true);
  if (found) return found;
  for (let i = 0; i < look; i++) {
    const r = records[i]!;
    if (isBlankRecord(r)) continue;
    if (filledOf(r) >= Math.max(1, Math.ceil(m * 0.5)) && width(r) >= Math.ceil(m * 0.5)) return { skip: i, header: r };
  }
  return null;
}

/** Header names made unique and non-empty: "Email", "Email" → "Email", "Email (2)"; "" → "Column 3". */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = h.replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) {
      name = `${name} (${n})`;
      seen.set(name.toLowerCase(), 1);
    }
    return name;
  });
}

export { parseSample };
