// Calendar arithmetic on ISO dates (YYYY-MM-DD, UTC) and the spellings spreadsheets use.

const DAY = 86_400_000;

export function toMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + Math.round(days) * DAY);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY);
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(toMs(iso));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** The same date or the nearest earlier one on the given weekday (0 Sunday … 6 Saturday). */
export function onOrBefore(iso: string, weekday: number): string {
  const wd = new Date(toMs(iso)).getUTCDay();
  return addDays(iso, -((wd - weekday + 7) % 7));
}

/** Moves a Saturday or Sunday to the Friday before it: people leave on working days. */
export function workday(iso: string): string {
  const wd = new Date(toMs(iso)).getUTCDay();
  return wd === 6 ? addDays(iso, -1) : wd === 0 ? addDays(iso, -2) : iso;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

const parts = (iso: string) => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))] as const;
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 3/14/2025 (US spreadsheets, layoffs.fyi). */
export function usDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${m}/${d}/${y}`;
}

/** 03/14/2025 (HRIS exports). */
export function usDatePadded(iso: string): string {
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
}

/** 14/03/2025 (most of the world). */
export function dayFirst(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Mar 14, 2025. */
export function namedDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${MONTH[m - 1]} ${d}, ${y}`;
}

/** Mar 2025. */
export function monthYear(iso: string): string {
  const [y, m] = parts(iso);
  return `${MONTH[m - 1]} ${y}`;
}
