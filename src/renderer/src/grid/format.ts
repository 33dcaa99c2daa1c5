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
