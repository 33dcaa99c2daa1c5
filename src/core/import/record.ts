import type { ImportKind, Severity } from '../../shared/domain';
import { isFormulaStart } from '../export/csv';
import { fieldsFor, type FieldDef } from './fields';
import { protectedAttribute } from './mapping/auto';
import { inferOrder, readDate, type DayOrder } from './values/dates';
import { readBool, readInt, readNumber, readPercent } from './values/scalars';
import { clean, readEmails, readLinkedin, readName, readPhone, readUrl, type Read } from './values/text';
import { htmlToText } from './values/html';
import { DIGITS_MATTER, dropRecordLinks, refuseShortened, unwrapHyperlink } from './values/excel';
import { FOOTER_LINE, ONE_CELL_LINE, REPEATED_HEADINGS, repeatsHeadings, sparseRowReason, SPARSE } from './read/notData';

// One source row → typed field values, using the confirmed mapping. A value that cannot be read
// becomes an issue naming the column and value; the field stays empty and the raw row is kept.

export interface RowIssue {
  column: string;
  value: string;
  severity: Severity;
  message: string;
}

export interface ColumnPlan {
  index: number;
  header: string;
  target: string;
  def: FieldDef | null;
  read: ((raw: string) => Read<unknown>) | null;
  dateOrder: DayOrder | null;
}

export interface Plan {
  kind: ImportKind;
  headers: string[];
  columns: ColumnPlan[];
  /** Indexes of protected-attribute columns, blanked in the stored raw row. */
  redact: number[];
}

export interface RowRecord {
  rowNo: number;
  cells: string[];
  /** field → value; fields that collect several columns hold arrays. */
  values: Map<string, unknown>;
  extra: Record<string, string>;
  protectedValues: Record<string, string>;
  issues: RowIssue[];
}

const okv = <T>(value: T): Read<T> => ({ ok: true, value });

function readerFor(def: FieldDef, order: DayOrder): (raw: string) => Read<unknown> {
  const read = typedReader(def, order);
  return DIGITS_MATTER.has(def.name) ? refuseShortened(read) : read;
}

function typedReader(def: FieldDef, order: DayOrder): (raw: string) => Read<unknown> {
  switch (def.type) {
    case 'name': return (r) => okv(readName(r));
    case 'email': return readEmails;
    case 'linkedin': return readLinkedin;
    case 'phone': return readPhone;
    case 'date': return (r) => readDate(r, order);
    case 'bool': return readBool;
    case 'number': return readNumber;
    case 'int': return readInt;
    case 'percent': return readPercent;
    case 'url': return readUrl;
    case 'list': return (r) => okv(r.split(/[,;|]/).map((t) => clean(t)).filter(Boolean));
    case 'skills': return (r) => okv(r.trim());
    // Free text keeps its line breaks (a résumé, a note); only the ends are trimmed. An ATS may
    // export it as HTML: that is read as text (the raw row keeps the HTML).
    case 'prose': return (r) => okv(htmlToText(r.indexOf('\r') < 0 ? r.trim() : r.replace(/\r\n?/g, '\n').trim()));
    default: return (r) => okv(dropRecordLinks(clean(r)));
  }
}

/** Field types whose value is the address of a HYPERLINK formula, not its label. */
const ADDRESS_TYPES: ReadonlySet<string> = new Set(['email', 'linkedin', 'url']);

/** Turns a confirmed mapping (header → target) into per-column readers; date order from the sample. */
export function makePlan(kind: ImportKind, headers: string[], mapping: Record<string, string>, sample: string[][]): Plan {
  const defs = new Map(fieldsFor(kind).map((d) => [d.name, d]));
  const guesses = headers.map((header, index) => (defs.get(mapping[header] ?? '')?.type === 'date' ? inferOrder(sample.map((r) => r[index] ?? '')) : null));
  // A column whose dates could be read either way (01/02/2019) follows the file's other date
  // columns: an HRIS export writes every date the same way.
  const fileOrder = guesses.find((g) => g?.basis === 'values')?.order ?? null;
  const columns: ColumnPlan[] = headers.map((header, index) => {
    const target = mapping[header] ?? 'extra';
    const def = defs.get(target) ?? null;
    const g = guesses[index];
    const dateOrder: DayOrder | null = g ? (g.basis === 'values' ? g.order : (fileOrder ?? g.order)) : null;
    return { index, header, target, def, read: def ? readerFor(def, dateOrder ?? 'mdy') : null, dateOrder };
  });
  // Protected-looking columns are not kept in the stored raw row either (only apart, if insisted on).
  const redact = columns.filter((c) => (c.target === 'ignore' || c.target === 'protected') && protectedAttribute(c.header)).map((c) => c.index);
  return { kind, headers, columns, redact };
}

/**
 * Cells that say the value is not known ("Unknown", "N/A", "-"): empty, not a bad value, in the
 * typed columns (a date, a count, yes/no). Text columns keep what they say. ("TBD" still warns:
 * it promises a value the file should have.)
 */
const SAYS_NOTHING = new Set(['unknown', 'n/a', 'na', 'n.a.', 'none', '-', '--', '—', '–', '?', 'null', 'nil', 'not known', 'not available', 'not specified', 'not disclosed', 'undisclosed']);
const SAYS_NOTHING_TO: ReadonlySet<string> = new Set(['date', 'bool', 'number', 'int', 'percent', 'url', 'email', 'linkedin']);

const ORDER_NOTE: Record<DayOrder, string> = { mdy: ' (dates in this column read as month/day/year)', dmy: ' (dates in this column read as day/month/year)' };

/** "Phone" → "phone" for a sentence; a brand like "LinkedIn URL" keeps its capitals. */
function describe(def: FieldDef): string {
  return /^[A-Z][a-z]+[A-Z]/.test(def.label) ? def.label : def.label.charAt(0).toLowerCase() + def.label.slice(1);
}

/**
 * Whether the row was already refused while it was read (a total or footer line): the writer
 * rejects it without a message of its own. Such a row's first issue says why, as a note: nothing
 * in it needs fixing.
 */
export const refusedWhileRead = (rec: { issues: readonly RowIssue[] }): boolean => rec.issues.length > 0 && NOT_DATA.has(rec.issues[0]!.message);
const NOT_DATA: ReadonlySet<string> = new Set([FOOTER_LINE, ONE_CELL_LINE, REPEATED_HEADINGS]);

export function readRecord(plan: Plan, rowNo: number, cells: string[]): RowRecord {
  const values = new Map<string, unknown>();
  const extra: Record<string, string> = {};
  const protectedValues: Record<string, string> = {};
  const issues: RowIssue[] = [];
  const width = plan.headers.length;
  // Enough of the row to tell a total or footer line (read/notData.ts).
  let filled = 0;
  let first = '';
  let hasContact = false;
  for (const col of plan.columns) {
    const cell = cells[col.index];
    if (cell === undefined) continue;
    let raw = cell;
    /** What an issue shows: the cell as written, except a quote that only kept it from being a formula. */
    let shown = cell;
    // Our own exports (and OWASP-minded tools) put a quote before a formula-like cell; take it off
    // so a round trip gives back "+1 512 …", not "'+1 512 …". The raw row keeps what was written.
    if (raw.charCodeAt(0) === 39 && isFormulaStart(raw.charCodeAt(1))) raw = shown = raw.slice(1);
    else if (raw.charCodeAt(0) === 61 && col.def) raw = unwrapHyperlink(raw, ADDRESS_TYPES.has(col.def.type));
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (!first && col.target !== 'ignore' && col.target !== 'protected') first = trimmed;
    filled++;
    if (col.def && col.read) {
      const r = col.read(raw);
      if (!r.ok) {
        if (trimmed.length <= 14 && SAYS_NOTHING_TO.has(col.def.type) && SAYS_NOTHING.has(trimmed.toLowerCase())) continue;
        issues.push({ column: col.header, value: shown, severity: 'warning', message: `"${(raw === shown ? trimmed : shown.trim()).slice(0, 80)}" ${r.reason}${col.dateOrder ? ORDER_NOTE[col.dateOrder] : ''}; the ${describe(col.def)} was left empty (the value is kept with the row).` });
        continue;
      }
      if (col.def.type === 'email' || col.def.type === 'linkedin') hasContact = true;
      if (col.def.multi) {
        const prev = values.get(col.def.name) as unknown[] | undefined;
        const add = Array.isArray(r.value) ? r.value : [r.value];
        values.set(col.def.name, prev ? [...prev, ...add] : add);
      } else if (!values.has(col.def.name)) values.set(col.def.name, r.value);
    } else if (col.target === 'extra') extra[col.header] = trimmed;
    else if (col.target === 'protected') protectedValues[col.header] = trimmed;
  }
  const notData = filled <= SPARSE ? sparseRowReason(filled, first, hasContact, width) : repeatsHeadings(cells, plan.headers) ? REPEATED_HEADINGS : null;
  if (notData) return { rowNo, cells, values: new Map(), extra: {}, protectedValues: {}, issues: [{ column: '', value: first, severity: 'info', message: notData }] };
  if (cells.length < width) {
    issues.push({ column: '', value: '', severity: 'warning', message: `This row has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${width}; the missing ones were left empty.` });
  } else if (cells.length > width) {
    let surplus = 0;
    for (let i = width; i < cells.length; i++) {
      const v = cells[i]!.trim();
      if (v) {
        extra[`Column ${i + 1}`] = v;
        surplus++;
      }
    }
    if (surplus) issues.push({ column: '', value: '', severity: 'warning', message: `This row has ${cells.length} cells where the header has ${width}; the ${surplus === 1 ? 'extra value was' : 'extra values were'} kept with the row.` });
  }
  return { rowNo, cells, values, extra, protectedValues, issues };
}

/** The stored raw row: cells as read, with protected-attribute cells blanked. */
export function rawJson(plan: Plan, cells: string[]): string {
  if (plan.redact.length === 0) return JSON.stringify(cells);
  const copy = cells.slice();
  for (const i of plan.redact) if (i < copy.length) copy[i] = '';
  return JSON.stringify(copy);
}
