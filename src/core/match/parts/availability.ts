import type { PartResult, PersonProfile } from '../types';
import { daysBetween, fmtDate, monthsBetween } from '../facts';

// Availability: laid off recently means likely available now. Bands, not a curve, so a score
// only moves when a person crosses a boundary a hiring manager would name.
export const AVAIL = {
  within3: 1,
  within6: 0.85,
  within12: 0.65,
  within24: 0.4,
  older: 0.2,
  soon: 0.9,
  later: 0.6,
  onListNoDate: 0.6,
  unknown: 0.25,
} as const;

type AvailInput = Pick<PersonProfile, 'availableOn' | 'layoff' | 'sources' | 'alumni'>;

interface Reading {
  value: number;
  date: string | null;
  fromUs: boolean;
  laidOff: boolean;
}

/** The date (laid off on / last day, else the layoff event's, else a layoff exit from us) and its band. */
function read(p: AvailInput, asOf: string): Reading {
  const fromUs = p.alumni?.exitType === 'layoff' && p.alumni.exitDate ? p.alumni.exitDate : null;
  const date = p.availableOn ?? p.layoff?.date ?? fromUs;
  const laidOff = Boolean(p.layoff || fromUs || p.sources.includes('layoff_list'));
  const days = daysBetween(date, asOf);
  if (days === null) return { value: laidOff ? AVAIL.onListNoDate : AVAIL.unknown, date: null, fromUs: false, laidOff };
  if (days < 0) return { value: -days <= 90 ? AVAIL.soon : AVAIL.later, date, fromUs: Boolean(fromUs && !p.availableOn && !p.layoff?.date), laidOff };
  const m = Math.floor(days / 30.44);
  const value = m < 3 ? AVAIL.within3 : m < 6 ? AVAIL.within6 : m < 12 ? AVAIL.within12 : m < 24 ? AVAIL.within24 : AVAIL.older;
  return { value, date, fromUs: Boolean(fromUs && !p.availableOn && !p.layoff?.date), laidOff };
}

export function availabilityValue(p: AvailInput, asOf: string): number {
  return read(p, asOf).value;
}

function layoffText(l: NonNullable<PersonProfile['layoff']>): string {
  const count = l.laidOff ? ` — cut ${l.laidOff.toLocaleString('en-US')}` : '';
  const when = l.date ? `, ${fmtDate(l.date)}` : '';
  return `${l.company}${count}${when}`;
}

export function availabilityPart(p: AvailInput, asOf: string): PartResult {
  const r = read(p, asOf);
  const event = p.layoff ? ` (${layoffText(p.layoff)})` : r.fromUs ? ' (in our layoff)' : '';
  if (!r.date) {
    const note = r.laidOff ? `Laid off${event}; date unknown.` : 'Availability unknown; may be employed.';
    return { value: r.value, note, applicable: true };
  }
  const days = daysBetween(r.date, asOf)!;
  if (days < 0) return { value: r.value, note: `Available from ${r.date.slice(0, 10)}${event}.`, applicable: true };
  const m = monthsBetween(r.date, asOf)!;
  const ago = m === 0 ? 'this month' : m === 1 ? '1 month ago' : `${m} months ago`;
  return { value: r.value, note: `${r.laidOff ? 'Laid off' : 'Available since'} ${r.date.slice(0, 10)}${event}, ${ago}.`, applicable: true };
}
