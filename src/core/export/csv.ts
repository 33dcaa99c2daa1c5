// CSV that opens cleanly in Excel and imports into an ATS: UTF-8 with a byte-order mark (so Excel
// shows accents), RFC 4180 quoting, CRLF line ends, and no cell a spreadsheet would run as a formula.

/** A cell as a layout produces it. Numbers are written as numbers; everything else as text. */
export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
export const EOL = '\r\n';

/**
 * Text a spreadsheet would read as a formula (or a DDE call) starts with one of these. OWASP's
 * advice: prefix such a cell with a single quote so it is shown, never evaluated.
 */
const NEEDS_QUOTES = /[",\r\n]/;

/** = + - @ tab CR, by char code (this runs for every cell). The importer takes the quote off again. */
export function isFormulaStart(c: number): boolean {
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** Neutralises text that would be read as a formula: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`. */
export function safeText(text: string): string {
  return isFormulaStart(text.charCodeAt(0)) ? `'${text}` : text;
}

/** One field, neutralised and quoted as RFC 4180 needs. */
export function field(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    // A real number stays a number (-3.5 is not a formula); NaN and infinities have no CSV form.
    return Number.isFinite(cell) ? String(cell) : '';
  }
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  if (cell.length === 0) return '';
  const text = safeText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function line(cells: readonly Cell[]): string {
  // Joined from an array rather than appended cell by cell: appending builds a rope of 60-odd
  // pieces per line that the file's final join must flatten, five times slower in all.
  const out = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = field(cells[i]);
  return out.join(',');
}

/** Collects rows and renders the whole file once; a few million cells a second. */
export class CsvWriter {
  private readonly lines: string[] = [];
  rows = 0;
  constructor(header: readonly string[]) {
    this.lines.push(line(header));
  }
  row(cells: readonly Cell[]): void {
    this.lines.push(line(cells));
    this.rows++;
  }
  /** The file: BOM, header, rows, each line ending in CRLF. */
  toString(): string {
    return BOM + this.lines.join(EOL) + EOL;
  }
}

export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const w = new CsvWriter(header);
  for (const r of rows) w.row(r);
  return w.toString();
}
