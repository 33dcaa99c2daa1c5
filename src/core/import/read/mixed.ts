import iconv from 'iconv-lite';

// A UTF-8 file with some Windows-1252 in it: two exports joined ("cat a.csv b.csv"), or rows a
// Windows tool appended. Read as Windows-1252 throughout, every UTF-8 accent would turn into two
// characters ("ZoÃ«"); read as UTF-8, the Windows bytes would be lost. Each valid UTF-8 sequence
// is read as UTF-8 and each byte that is not as Windows-1252.

/** Length of the UTF-8 sequence starting at `i` if it is valid and complete, else 0. */
function sequenceAt(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!n || i + n > buf.length) return 0;
  for (let k = 1; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return 0;
  // Overlong three- and four-byte forms and surrogates are not valid UTF-8.
  if ((b === 0xe0 && buf[i + 1]! < 0xa0) || (b === 0xed && buf[i + 1]! > 0x9f) || (b === 0xf0 && buf[i + 1]! < 0x90) || (b === 0xf4 && buf[i + 1]! > 0x8f)) return 0;
  return n;
}

/** Walks a buffer's non-ASCII bytes: returns how many valid multi-byte sequences it holds, calling `stray` for each byte that fits none. */
function walk(buf: Uint8Array, stray: (at: number) => void): number {
  let sequences = 0;
  for (let i = 0; i < buf.length; ) {
    if (buf[i]! < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(buf, i);
    if (n) {
      sequences++;
      i += n;
    } else stray(i++);
  }
  return sequences;
}

/** How many multi-byte UTF-8 sequences, and how many bytes that fit none, a buffer holds. */
export function utf8Census(buf: Uint8Array): { sequences: number; strays: number } {
  let strays = 0;
  const sequences = walk(buf, () => strays++);
  return { sequences, strays };
}

/** Each byte as Windows-1252, built the first time a mixed file is decoded (not on every start). */
let windows1252: string[] | null = null;
const WINDOWS_1252 = (): string[] => (windows1252 ??= Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), 'windows-1252')));

/** Decodes chunk by chunk; an incomplete sequence at a chunk's end waits for the next. */
export class MixedDecoder {
  private carry: Buffer = Buffer.alloc(0);

  write(chunk: Buffer): string {
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    // Hold back a lead byte whose sequence the next chunk completes.
    let keep = 0;
    for (let k = 1; k <= Math.min(3, buf.length); k++) {
      const b = buf[buf.length - k]!;
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (need > k) keep = k;
      break;
    }
    this.carry = Buffer.from(buf.subarray(buf.length - keep));
    return decodeMixed(buf.subarray(0, buf.length - keep));
  }

  end(): string {
    const rest = decodeMixed(this.carry);
    this.carry = Buffer.alloc(0);
    return rest;
  }
}

function decodeMixed(buf: Buffer): string {
  let out = '';
  let run = 0;
  const table = WINDOWS_1252();
  walk(buf, (at) => {
    out += buf.toString('utf8', run, at) + table[buf[at]!]!;
    run = at + 1;
  });
  return out + buf.toString('utf8', run);
}
