// Numbers and dates in the user's own locale.
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';
const dateFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
const numFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  // Date-only values are calendar days, not instants: format them in UTC so no timezone shifts them.
  return dateFmt.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12)));
}

export function formatNumber(n: number | null | undefined): string {
  return n == null ? '' : numFmt.format(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${numFmt.format(n)} ${n === 1 ? one : many}`;
}

const intFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const relFmt = typeof Intl.RelativeTimeFormat === 'function' ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }) : null;
const dateTimeFmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export function formatInt(n: number | null | undefined): string {
  return n == null ? '' : intFmt.format(n);
}

/** A timestamp (not a calendar day) in local time: "Mar 4, 2026, 3:05 PM". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFmt.format(d);
}

/** Whole months from a calendar day to today (never negative); null without a date. */
export function monthsSince(iso: string | null | undefined, today: Date = new Date()): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const months = (today.getUTCFullYear() - +m[1]!) * 12 + (today.getUTCMonth() + 1 - +m[2]!) - (today.getUTCDate() < +m[3]! ? 1 : 0);
  return Math.max(0, months);
}

/** "3 months ago", "last month", in the user's language. */
export function formatMonthsAgo(months: number | null | undefined): string {
  if (months == null) return '';
  if (relFmt) return relFmt.format(-months, 'month');
  return `${intFmt.format(months)} months ago`;
}

/** The calendar day N days before today, as YYYY-MM-DD (for "within the last N days" filters). */
export function isoDaysAgo(days: number, today: Date = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** "1 person matches" / "3 people match" — the count with a verb that agrees. */
export function matching(n: number, one: string, many = `${one}s`): string {
  return `${plural(n, one, many)} ${n === 1 ? 'matches' : 'match'}`;
}
