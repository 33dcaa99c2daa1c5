// Lines of a sheet that are not records, though they sit among them: a report's totals and footer
// (Salesforce "Grand Totals (7 records)", Workday "Total,7", BambooHR "Total Records: 7"), a
// copyright or confidentiality line, a section heading in a hand-kept list ("--- Infrastructure
// ---"), a report's title repeated at its foot, and the headings again where two exports were
// pasted together. Imported, they become people named "7" or a layoff of "Grand Total".
// Only sparse rows are looked at (a record fills more cells), so the check costs nothing for them.

/** A total line's first cell: "Total", "Total: 8", "Grand Totals (7 records)", "Subtotal", "Total Records: 7" ("Total Wine & More" is a company). */
const TOTAL =
  /^(?:grand\s+|sub)?totals?(?:\s*(?:[:(#=]|\d)|\s*$)|^total\s+(?:records|rows|count|employees|candidates|people|headcount)\b|^(?:records?|rows?|count)\s*(?:count|total)?\s*:|^page\s+\d+(?:\s+of\s+\d+)?$|^(?:end of report|no more records)\b/i;
/** A notice standing alone on its line: copyright, confidentiality, who generated the report. */
const NOTICE = /copyright|(?:©|\(c\))\s*\d{4}|all rights reserved|\bconfidential\b|generated\s+(?:by|on|at)\b|^powered by\b|^report\s+(?:run|generated|name|date)\b|^filtered by\b/i;
/** "--- Infrastructure ---", "## Data", "Frontend ===": a heading made of rules. */
const SECTION = /^\s*[-=*#_~•>|]{2,}|[-=*#_~•<|]{2,}\s*$/;
/** A lone cell naming what a report lists ("Open Candidates by Stage"), or the company it is from ("Northwind Talent, Inc."). */
const REPORT_WORDS = /\b(?:report|records|candidates|employees|applicants|results|requisitions)\b|\b(?:inc|llc|ltd|gmbh|corp|plc)\.?$/i;

/** Up to this many filled cells, a row may be a total or footer line. */
export const SPARSE = 3;

export const FOOTER_LINE = "This line is a report's total, footer or notice, not a record; it was not imported.";
export const ONE_CELL_LINE = 'This line holds one cell of text, like a heading or a note between records; it was not imported.';

/**
 * Why a sparse row is not a record, or null. `filled`: its non-empty cells; `first`: the first of
 * them (trimmed, never a hidden column's); `hasContact`: a cell read as an email or LinkedIn URL,
 * which makes any row a record; `width`: the number of columns.
 */
export function sparseRowReason(filled: number, first: string, hasContact: boolean, width: number): string | null {
  if (filled === 0 || filled > SPARSE || hasContact || !first) return null;
  if (TOTAL.test(first) || (filled === 1 && NOTICE.test(first))) return FOOTER_LINE;
  // A summary report's group row ends in its count: "Phone Screen (3)".
  if (filled === 1 && width >= 4 && (SECTION.test(first) || REPORT_WORDS.test(first) || first.length > 60 || /:\s/.test(first) || /\(\d+(?:\s+records?)?\)$/i.test(first))) return ONE_CELL_LINE;
  return null;
}

/** Whether a row repeats the headings (two exports pasted one under the other): most of its filled cells are its column's heading. */
export function repeatsHeadings(cells: readonly string[], headers: readonly string[]): boolean {
  const c0 = cells[0] ?? '';
  const h0 = headers[0] ?? '';
  // Most rows differ from the first heading in their first letter: no string is made for them.
  if (!h0 || (c0.charCodeAt(0) | 32) !== (h0.charCodeAt(0) | 32) || c0.trim().toLowerCase() !== h0.trim().toLowerCase()) return false;
  let filled = 0;
  let same = 0;
  for (let i = 0; i < cells.length && i < headers.length; i++) {
    const c = cells[i]!.trim().toLowerCase();
    if (!c) continue;
    filled++;
    if (c === headers[i]!.trim().toLowerCase()) same++;
  }
  return filled >= 2 && same >= filled * 0.6;
}

export const REPEATED_HEADINGS = 'This line repeats the column headings (two exports pasted together?); it was not imported.';
