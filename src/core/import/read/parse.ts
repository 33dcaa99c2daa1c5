import Papa from 'papaparse';

// papaparse's own parser over decoded text chunks, synchronously: each chunk is parsed with the
// unfinished last record held back and prepended to the next, so a quoted newline may span chunks
// and a 1,000,000-row file never sits in memory whole.

export type Newline = '\n' | '\r\n' | '\r';

export interface ParseOptions {
  delimiter: string;
  newline: Newline;
  /** Mixed line endings: turn every \r\n and lone \r into \n first. */
  normalize: boolean;
}

export interface ParseStats {
  /** Quoted fields left open at the end of the file (the rest of the file became one cell). */
  unterminatedQuotes: number;
}

/** A quoted field that runs on for this long is a stray quote, not a cell: stop waiting for its end. */
const MAX_PARTIAL = 16 * 1024 * 1024;

/** Yields parsed records in batches, one batch per text chunk. */
export function* parseRecords(chunks: Iterable<string>, opts: ParseOptions, stats: ParseStats = { unterminatedQuotes: 0 }): Generator<string[][]> {
  const newline = opts.normalize ? '\n' : opts.newline;
  const parser = new Papa.Parser({ delimiter: opts.delimiter, newline, quoteChar: '"' });
  let partial = '';
  let heldCR = false;
  for (let text of chunks) {
    if (opts.normalize) {
      if (heldCR) text = '\r' + text;
      heldCR = text.endsWith('\r');
      if (heldCR) text = text.slice(0, -1);
      text = text.replace(/\r\n?/g, '\n');
    }
    const input = partial + text;
    const force = input.length > MAX_PARTIAL && partial.length > MAX_PARTIAL / 2;
    const res = parser.parse(input, 0, !force);
    if (force) {
      stats.unterminatedQuotes += res.errors.filter((e: { code?: string }) => e.code === 'MissingQuotes').length;
      partial = '';
    } else {
      partial = input.slice(res.meta.cursor);
    }
    if (res.data.length) yield res.data as string[][];
  }
  const tail = partial + (heldCR ? '\n' : '');
  if (tail) {
    const res = parser.parse(tail, 0, false);
    stats.unterminatedQuotes += res.errors.filter((e: { code?: string }) => e.code === 'MissingQuotes').length;
    if (res.data.length) yield res.data as string[][];
  }
}

/** True when a record has no content at all (a blank line, or only delimiters). */
export function isBlankRecord(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
