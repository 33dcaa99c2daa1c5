// Writes rows as RFC 4180 CSV text, the way spreadsheet programs export them: cells quoted only
// when they hold a delimiter, a quote or a line break.

export interface CsvOptions {
  newline?: '\n' | '\r\n';
  /** Start with a UTF-8 byte order mark, as Excel's "CSV UTF-8" does. */
  bom?: boolean;
}

export type Cell = string | number | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly Cell[])[], opts: CsvOptions = {}): string {
  const nl = opts.newline ?? '\n';
  const out: string[] = [headers.map(cell).join(',')];
  for (const r of rows) out.push(r.map(cell).join(','));
  return (opts.bom ? '\uFEFF' : '') + out.join(nl) + nl;
}
