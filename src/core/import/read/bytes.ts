import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ApiError } from '../../../shared/api/errors';
import { MixedDecoder, utf8Census } from './mixed';

// Bytes → text: refuse what is not a spreadsheet, find the encoding (BOM, then a strict UTF-8
// check of the whole file, then chardet on the bytes that are not UTF-8), decode in chunks.

export interface EncodingInfo {
  /** iconv-lite name used to decode. */
  name: string;
  /** What to show: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "Windows-1252"... */
  label: string;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

const HEAD = 64 * 1024;
const SCAN = 4 * 1024 * 1024;

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or another zipped file; save it from Excel as "CSV UTF-8" and import that' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) workbook; save it from Excel as "CSV UTF-8" and import that' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document, not a spreadsheet' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a spreadsheet' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image, not a spreadsheet' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not a spreadsheet' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'a database file, not a spreadsheet' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file; unpack it first' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program, not a spreadsheet' },
];

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

export function refuse(message: string): never {
  throw new ApiError('IMPORT_REFUSED', message);
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  const n = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** UTF-16 without a BOM: one of each pair of bytes is mostly zero (ASCII text). */
function utf16Guess(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control bytes that never occur in text files (NUL is tolerated in small numbers). */
function looksBinary(head: Buffer): boolean {
  let bad = 0;
  let nul = 0;
  for (const b of head) {
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) bad++;
  }
  return bad > head.length * 0.02 || nul > head.length * 0.1;
}

/** Length of an incomplete UTF-8 sequence at the end of `buf` (0..3), so chunks split cleanly. */
function utf8Tail(buf: Buffer): number {
  for (let k = 1; k <= Math.min(3, buf.length); k++) {
    const b = buf[buf.length - k]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

const WESTERN: EncodingInfo = { name: 'windows-1252', label: 'Windows-1252 (Latin-1)', bomLength: 0 };
/** Excel for Mac's "CSV (Macintosh)": chardet does not know it. */
const MAC_ROMAN: EncodingInfo = { name: 'macintosh', label: 'Mac Roman', bomLength: 0 };
/** read/mixed.ts: its own decoder, not iconv's. */
const MIXED: EncodingInfo = { name: 'utf8+windows-1252', label: 'UTF-8 with some Windows-1252', bomLength: 0 };

/**
 * Whether the bytes read more like words in `a` than in `b`. Inside a word ("José", "Müller") an
 * accented letter after a small letter is small too: Mac Roman bytes read as Windows-1252 give
 * "JosŽ", "MŸller", "O’Connor" as "OÕConnor". Each non-ASCII character next to a small ASCII letter
 * counts for its charset if it is a small letter or a closing quote, against it otherwise.
 */
export function readsBetterAs(bytes: Buffer, a: string, b: string): boolean {
  const score = (text: string) => {
    let n = 0;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) continue;
      const before = text.charCodeAt(i - 1);
      if (before < 0x61 || before > 0x7a) continue;
      const ch = text[i]!;
      n += ch === '\u2019' || (ch.toLowerCase() === ch && ch.toUpperCase() !== ch) ? 1 : -1;
    }
    return n;
  };
  const sa = score(iconv.decode(bytes, a));
  return sa > 0 && sa > score(iconv.decode(bytes, b)) + 2;
}
/** Below this chardet is guessing (a few accented names give it little to go on). */
const SURE = 50;

/**
 * A spreadsheet saved by Excel on Windows is Windows-1252 far more often than anything else,
 * and chardet's guess on a few accented names is weak (one "©" reads as Turkish): take another
 * single-byte charset only when chardet is sure of it.
 */
function singleByte(guesses: { name: string; confidence: number }[]): EncodingInfo {
  const top = guesses.find((g) => g.name !== 'UTF-8' && g.name !== 'ASCII');
  if (!top || top.confidence < SURE || /^(ISO-8859-1|ISO-8859-15|windows-1252)$/i.test(top.name) || !iconv.encodingExists(top.name)) return WESTERN;
  return { name: top.name, label: top.name, bomLength: 0 };
}

/** Validates UTF-8 over the whole file from `from`: the first chunk that is not, or null. */
function firstInvalidChunk(fd: number, size: number, from: number): Buffer | null {
  let pos = from;
  let carry = Buffer.alloc(0);
  while (pos < size) {
    const chunk = readAt(fd, Math.min(SCAN, size - pos), pos);
    if (chunk.length === 0) break;
    pos += chunk.length;
    const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const tail = pos < size ? utf8Tail(joined) : 0;
    const body = joined.subarray(0, joined.length - tail);
    if (!isUtf8(body)) return body;
    carry = Buffer.from(joined.subarray(joined.length - tail));
  }
  return null;
}

/**
 * Finds the encoding of a file: refuses empty and binary files with one sentence.
 * UTF-8 is decided by validating every byte (a Latin-1 "é" on row 90,000 still counts);
 * only when the bytes are not UTF-8 does chardet pick the single-byte charset.
 */
export function detectEncoding(filePath: string, displayName: string): EncodingInfo {
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = readAt(fd, Math.min(HEAD, size), 0);
    if (size === 0 || head.length === 0) refuse(`${displayName} is empty: there is nothing to import.`);
    if (startsWith(head, [0xef, 0xbb, 0xbf])) {
      // Excel's "CSV UTF-8" starts so; rows joined on from a Windows export still need their charset.
      return firstInvalidChunk(fd, size, 3) ? { ...MIXED, label: 'UTF-8 with BOM and some Windows-1252', bomLength: 3 } : { name: 'utf8', label: 'UTF-8 with BOM', bomLength: 3 };
    }
    if (startsWith(head, [0xff, 0xfe])) return { name: 'utf-16le', label: 'UTF-16 LE', bomLength: 2 };
    if (startsWith(head, [0xfe, 0xff])) return { name: 'utf-16be', label: 'UTF-16 BE', bomLength: 2 };
    const magic = MAGIC.find((m) => startsWith(head, m.bytes));
    if (magic) refuse(`${displayName} is ${magic.what}.`);
    const u16 = utf16Guess(head);
    if (u16) return { name: u16, label: u16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE', bomLength: 0 };
    if (looksBinary(head)) refuse(`${displayName} is not a spreadsheet: it holds binary data rather than text rows.`);
    const bad = firstInvalidChunk(fd, size, 0);
    if (!bad) return { name: 'utf8', label: 'UTF-8', bomLength: 0 };
    // Give chardet the head plus the part around the first non-ASCII bytes it must judge.
    const firstHigh = bad.findIndex((b) => b >= 0x80);
    const sample = Buffer.concat([head, bad.subarray(Math.max(0, firstHigh - 4096), firstHigh + HEAD)]);
    // Real UTF-8 sequences beside bytes that fit none: UTF-8 with some Windows-1252 in it.
    const census = utf8Census(bad);
    if (census.sequences >= 2 && census.strays <= census.sequences * 4) return MIXED;
    const guess = singleByte(chardet.analyse(sample));
    return guess === WESTERN && readsBetterAs(sample, 'macintosh', 'windows-1252') ? MAC_ROMAN : guess;

  } finally {
    fs.closeSync(fd);
  }
}

export interface TextChunks {
  /** Decoded text chunks, NUL characters removed, in order. */
  chunks: Iterable<string>;
  /** NUL characters removed so far. */
  nulCount: () => number;
  /** U+FFFD replacement characters seen (bytes that could not be decoded). */
  badChars: () => number;
  bytesRead: () => number;
}

/** Streams a file as decoded text, `chunkSize` bytes at a time, without holding it whole. */
export function decodeFile(filePath: string, enc: EncodingInfo, chunkSize = 1024 * 1024, maxBytes = Infinity, onBytes?: (b: Buffer) => void): TextChunks {
  let nul = 0;
  let bad = 0;
  let read = 0;
  function* gen(): Generator<string> {
    const fd = fs.openSync(filePath, 'r');
    const decoder = enc.name === MIXED.name ? new MixedDecoder() : iconv.getDecoder(enc.name, { stripBOM: false });
    const buf = Buffer.allocUnsafe(chunkSize);
    let pos = enc.bomLength;
    try {
      for (;;) {
        if (read >= maxBytes) break;
        const n = fs.readSync(fd, buf, 0, chunkSize, pos);
        if (n === 0) break;
        pos += n;
        read += n;
        onBytes?.(buf.subarray(0, n));
        const text = decoder.write(buf.subarray(0, n));
        if (text) yield clean(text);
      }
      const rest = decoder.end();
      if (rest) yield clean(rest);
    } finally {
      fs.closeSync(fd);
    }
  }
  function clean(text: string): string {
    if (text.indexOf('\uFFFD') !== -1) bad += text.split('\uFFFD').length - 1;
    if (text.indexOf('\0') === -1) return text;
    const out = text.replace(/\0/g, '');
    nul += text.length - out.length;
    return out;
  }
  return { chunks: { [Symbol.iterator]: gen }, nulCount: () => nul, badChars: () => bad, bytesRead: () => read };
}
