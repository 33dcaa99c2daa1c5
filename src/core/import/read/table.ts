import fs from 'node:fs';
import path from 'node:path';
import type { ImportKind } from '../../../shared/domain';
import { headerScore } from '../mapping/auto';
import { namesAKeyColumn } from '../refusals';
import { decodeFile, detectEncoding, refuse, type EncodingInfo } from './bytes';
import { isBlankRecord, parseRecords, type Newline, type ParseStats } from './parse';
import { DELIMITER_LABELS, parseSample, sniffDelimiter, sniffHeader, sniffNewline, uniqueHeaders } from './sniff';
import { dataInHeader, firstDataRecord, generatedHeaders } from './headerless';

// A file as a table: its encoding, delimiter, header (past any preamble) and a sample of rows,
// then the rows themselves, streamed in batches.

export interface TableInfo {
  filePath: string;
  fileName: string;
  size: number;
  encoding: EncodingInfo;
  delimiter: string;
  newline: Newline;
  normalize: boolean;
  /** Records before the header (preamble, blank lines). */
  skip: number;
  /** The file has no heading row: its first record (at `skip`) is data, and the headers are generated. */
  headerless: boolean;
  rawHeaders: string[];
  /** Unique, non-empty header names (the keys of a mapping). */
  headers: string[];
  /** The first data records (blank ones left out), for preview and per-column inference. */
  sample: string[][];
  /** Exact when the whole file was sampled, else an estimate from the sample. */
  estimatedRows: number;
  exact: boolean;
  /** Things worth telling about the file as a whole. */
  notes: string[];
}

export const SAMPLE_BYTES = 1024 * 1024;
/**
 * Bytes decoded at a time while streaming rows. Small enough that each chunk's text is an
 * ordinary young object V8 frees at once, rather than a large one that waits for a full
 * collection (1 MB chunks let a 1,000,000-row import hold hundreds of dead chunks).
 */
export const STREAM_CHUNK = 48 * 1024;

export function openTable(filePath: string, fileName: string, kind: ImportKind, sampleBytes = SAMPLE_BYTES): TableInfo {
  const encoding = detectEncoding(filePath, fileName);
  const size = fs.statSync(filePath).size;
  const head = decodeFile(filePath, encoding, sampleBytes, sampleBytes);
  let text = '';
  for (const c of head.chunks) text += c;
  const complete = head.bytesRead() + encoding.bomLength >= size;
  if (text.trim() === '') refuse(`${fileName} is empty: there is nothing to import.`);
  const { newline, normalize } = sniffNewline(text);
  const preferTab = /\.(tsv|tab)$/i.test(fileName) || (encoding.name.startsWith('utf-16') && text.includes('\t'));
  const delimiter = sniffDelimiter(text, newline, normalize, complete, preferTab);
  const records = parseSample(text, delimiter, newline, normalize, complete);
  const guess = sniffHeader(records, (cells) => headerScore(cells, kind), (cells) => namesAKeyColumn(cells, kind));
  if (!guess) refuse(`${fileName} has no rows that look like a table.`);
  const dataCell = dataInHeader(guess.header, records.slice(guess.skip + 1, guess.skip + 200).filter((r) => !isBlankRecord(r)), headerScore(guess.header, kind));
  const headerless = dataCell !== null;
  // Without a heading row, the table starts at its first record of the table's width.
  const skip = headerless ? firstDataRecord(records, guess.skip, isBlankRecord) : guess.skip;
  const rawHeaders = headerless ? generatedHeaders(Math.max(guess.header.length, records[skip]!.length)) : guess.header.map((h) => h.trim());
  // A trailing delimiter on the header line is not a column.
  while (rawHeaders.length > 1 && rawHeaders[rawHeaders.length - 1] === '') rawHeaders.pop();
  const headers = uniqueHeaders(rawHeaders);
  const after = records.slice(headerless ? skip : skip + 1);
  const sample = after.filter((r) => !isBlankRecord(r));
  if (complete && sample.length === 0) refuse(`${fileName} has column headings but no rows under them.`);
  const notes: string[] = [];
  if (headerless) notes.push(`The file has no row of column headings ("${dataCell.slice(0, 60)}" is a value, not a heading), so every row was read as data and the columns are called Column 1 to Column ${headers.length}: check what each one holds.`);
  if (skip > 0 && records.slice(0, skip).some((r) => !isBlankRecord(r))) notes.push(`${skip > 1 ? `The first ${skip} lines` : 'The line'} before the ${headerless ? 'table' : 'column headings'} ${skip > 1 ? 'were' : 'was'} skipped.`);
  const renamed = headers.filter((h, i) => h !== rawHeaders[i] && rawHeaders[i] !== '' && h.replace(/\s+/g, ' ') !== rawHeaders[i]!.replace(/\s+/g, ' '));
  if (renamed.length) notes.push(`Repeated column names were told apart: ${renamed.map((h) => `"${h}"`).join(', ')}.`);
  const estimatedRows = complete ? sample.length : Math.max(sample.length, Math.round((sample.length * (size - encoding.bomLength)) / Math.max(1, head.bytesRead())));
  return {
    filePath,
    fileName: fileName || path.basename(filePath),
    size,
    encoding,
    delimiter,
    newline,
    normalize,
    skip,
    headerless,
    rawHeaders,
    headers,
    sample,
    estimatedRows,
    exact: complete,
    notes,
  };
}

export function describeDelimiter(d: string): string {
  return DELIMITER_LABELS[d] ?? d;
}

export interface SourceRow {
  /** 1-based position under the header (blank lines count, so it matches what a spreadsheet shows). */
  rowNo: number;
  cells: string[];
}

export interface RowStream {
  batches: Iterable<SourceRow[]>;
  bytesRead: () => number;
  nulCount: () => number;
  badChars: () => number;
  stats: ParseStats;
}

/** Every data row of the file, in batches, blank rows left out. */
export function streamRows(info: TableInfo, onBytes?: (b: Buffer) => void): RowStream {
  const text = decodeFile(info.filePath, info.encoding, STREAM_CHUNK, Infinity, onBytes);
  const stats: ParseStats = { unterminatedQuotes: 0 };
  function* gen(): Generator<SourceRow[]> {
    let index = -1;
    const headerAt = info.headerless ? info.skip - 1 : info.skip;
    for (const batch of parseRecords(text.chunks, { delimiter: info.delimiter, newline: info.newline, normalize: info.normalize }, stats)) {
      const out: SourceRow[] = [];
      for (const cells of batch) {
        index++;
        if (index <= headerAt) continue;
        if (isBlankRecord(cells)) continue;
        out.push({ rowNo: index - headerAt, cells });
      }
      if (out.length) yield out;
    }
  }
  return { batches: { [Symbol.iterator]: gen }, bytesRead: text.bytesRead, nulCount: text.nulCount, badChars: text.badChars, stats };
}
