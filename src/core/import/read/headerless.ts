// A sheet saved without its heading row starts with data: the first record would be taken for
// headings and that person lost. A heading is never an email address or a web address, so a first
// record holding one (in a column whose rows hold the same kind of value) is data.

const EMAIL = /^[^\s@,;<>()"']+@[^\s@,;<>()"']+\.[a-z]{2,}$/i;
const WEB = /^(?:https?:\/\/|www\.)\S+$|^(?:[a-z]{2,3}\.)?linkedin\.com\/\S+$/i;
const isDataCell = (c: string) => EMAIL.test(c) || WEB.test(c);

/** The cell showing that a supposed heading row is data, or null when it reads as headings. */
export function dataInHeader(header: readonly string[], below: readonly string[][]): string | null {
  for (let i = 0; i < header.length; i++) {
    const h = header[i]!.trim();
    if (!isDataCell(h)) continue;
    const cells = below.map((r) => (r[i] ?? '').trim()).filter(Boolean);
    if (cells.length === 0 || cells.filter(isDataCell).length * 2 >= cells.length) return h;
  }
  return null;
}

/** Names for the columns of a file without headings: "Column 1", "Column 2"… */
export function generatedHeaders(width: number): string[] {
  return Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
}
