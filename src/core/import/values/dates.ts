import type { Read } from './text';

// Dates as ISO YYYY-MM-DD from ISO, US (3/14/2025), European (14/03/2025, 14.03.2025),
// "Mar 14, 2025" / "14 Mar 2025" (a weekday before them is fine), month-year, quarters, 20250314
// and Excel serial forms. Whether 03/04 is March or April is decided once per column from the values that
// can only be read one way.

export type DayOrder = 'mdy' | 'dmy';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?)?$/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const NAMED_MDY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const NAMED_DMY = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/i;
const NAMED_MY = /^([a-z]{3,9})\.?[\s-]+(\d{4})$/i;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
/** 20250314, as some HRIS and payroll exports write dates. */
const COMPACT = /^(19|20)(\d{2})(\d{2})(\d{2})$/;
/** "Q4 2024", "2024 Q4": a quarter, read as its first day (a talent list's "laid off in Q4"). */
const QUARTER = /^(?:q([1-4])[\s/-]*(\d{4})|(\d{4})[\s/-]*q([1-4]))$/i;
/** "Friday, March 14, 2025": the weekday says nothing the date does not. */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+/i;

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

function build(y: number, m: number, d: number): Read<string> {
  if (y < 1900 || y > 2100) return { ok: false, reason: `has a year (${y}) out of range` };
  if (m < 1 || m > 12) return { ok: false, reason: `is not a valid date (there is no month ${m})` };
  if (d < 1 || d > daysIn(y, m)) return { ok: false, reason: `is not a valid date (${MONTH_NAMES[m - 1]} ${y} has no day ${d})` };
  return { ok: true, value: `${y}-${pad(m)}-${pad(d)}` };
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 (with its phantom 29 Feb 1900). */
export function fromExcelSerial(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** "December 20, 2024 - January 3, 2025", "12/20/2024 to 1/3/2025": a span, read as its start. */
const SPAN = /\s+(?:-|–|—|to|through|thru|until)\s+/i;

/**
 * Reads one date under a column's day/month order. A date with dots (30.09.2024) is day-first
 * whatever the column says: no one writes month-first with dots.
 */
export function readDate(raw: string, order: DayOrder): Read<string> {
  const r = readOne(raw, order);
  if (r.ok) return r;
  const parts = raw.trim().split(SPAN);
  if (parts.length === 2) {
    const start = readOne(parts[0]!, order);
    if (start.ok && readOne(parts[1]!, order).ok) return start;
  }
  return r;
}

function readOne(raw: string, order: DayOrder): Read<string> {
  const s = raw.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  let m = ISO.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]!);
    if (m[2] === '.' && order === 'mdy') {
      const dayFirst = build(y, b, a);
      return dayFirst.ok ? dayFirst : build(y, a, b);
    }
    return order === 'mdy' ? build(y, a, b) : build(y, b, a);
  }
  m = NAMED_MDY.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return build(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  m = NAMED_DMY.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return build(fullYear(m[3]!), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = NAMED_MY.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return build(Number(m[2]), MONTHS[m[1]!.toLowerCase()]!, 1);
  m = ISO_MONTH.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), 1);
  m = QUARTER.exec(s);
  if (m) return build(Number(m[2] ?? m[3]), (Number(m[1] ?? m[4]) - 1) * 3 + 1, 1);
  m = COMPACT.exec(s);
  if (m) return build(Number(m[1]! + m[2]!), Number(m[3]), Number(m[4]));
  if (SERIAL.test(s)) {
    const n = Number(s);
    if (n >= 20000 && n <= 80000) return { ok: true, value: fromExcelSerial(n) };
    return { ok: false, reason: 'is a number, not a date' };
  }
  return { ok: false, reason: 'is not a date Bridgehire can read' };
}

export interface OrderGuess {
  order: DayOrder;
  /** How it was decided: values that only read one way, or the separator's custom. */
  basis: 'values' | 'default';
}

/**
 * Decides the day/month order of a column: a value like 25/03/2025 can only be day-first and
 * 03/25/2025 only month-first; the majority of such values wins. With none, "." means
 * day-first (European) and "/" or "-" month-first (US).
 */
export function inferOrder(values: Iterable<string>): OrderGuess {
  let dmy = 0;
  let mdy = 0;
  let dots = 0;
  let others = 0;
  for (const v of values) {
    const m = NUMERIC.exec(v.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (m[2] === '.') dots++;
    else others++;
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy || mdy) return { order: dmy > mdy ? 'dmy' : 'mdy', basis: 'values' };
  return { order: dots > others ? 'dmy' : 'mdy', basis: 'default' };
}
