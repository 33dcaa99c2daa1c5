import { looksLikeEmail } from '../values/text';

// A sheet saved without its heading row starts with data: the first record would be taken for
// headings and that person lost. A heading is never an email address or a web address, so a first
// record holding one (in a column whose rows hold the same kind of value) is data.

const WEB = /^(?:https?:\/\/|www\.)[^\s/]+\.[^\s/]+\S*$|^(?:[a-z]{2,3}\.)?linkedin\.com\/\S+$/i;
const isDataCell = (c: string) => looksLikeEmail(c) || WEB.test(c);

/**
 * The cell showing that a supposed heading row is data, or null when it reads as headings.
 * An email address is never a heading. A web address may be an odd one ("www.linkedin.com" above
 * a column of profiles) when other cells name fields: `headingCells` says how many do.
 */
export function dataInHeader(header: readonly string[], below: readonly string[][], headingCells: number): string | null {
  for (let i = 0; i < header.length; i++) {
    const h = header[i]!.trim();
    if (!looksLikeEmail(h) && !(WEB.test(h) && headingCells < 2)) continue;
    const cells = below.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    if (cells.length === 0 || cells.filter(isDataCell).length * 2 >= cells.length) return h;
  }
  return null;
}

/**
 * Where a file without headings starts: `at` was taken for the heading row because its cells read
 * best as headings, but records before it of the table's width are data too ("LinkedIn" or
 * "Remote" in a row made it look like headings). Narrower records before it stay a preamble.
 */
export function firstDataRecord(records: readonly string[][], at: number, isBlank: (r: string[]) => boolean): number {
  const width = (r: readonly string[]) => r.filter((c) => c.trim() !== '').length;
  const need = Math.max(1, Math.ceil(width(records[at]!) / 2));
  for (let i = 0; i < at; i++) if (!isBlank(records[i]!) && width(records[i]!) >= need) return i;
  return at;
}

/** Names for the columns of a file without headings: "Column 1", "Column 2"… */
export function generatedHeaders(width: number): string[] {
  return Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
}
