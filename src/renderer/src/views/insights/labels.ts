import { TRACK_LABELS, type Rehire, type SourceKind, type Track } from '../../../../shared/domain';

export const SOURCE_LABELS: Record<SourceKind, string> = {
  alumni: 'Former employees',
  layoff_list: 'Laid-off lists',
  ats: 'Applicants (ATS)',
  manual: 'Added by hand',
  demo: 'Demo',
};

export const EXIT_LABELS: Record<string, string> = {
  layoff: 'Layoff',
  voluntary: 'Voluntary',
  involuntary: 'Involuntary',
  other: 'Other',
  unknown: 'Not recorded',
};

export const REHIRE_LABELS: Record<Rehire, string> = {
  eligible: 'Eligible',
  review: 'Needs review',
  ineligible: 'Not eligible',
  unknown: 'Unknown',
};

export const trackLabel = (t: Track | null): string => (t ? TRACK_LABELS[t] ?? t : 'Track unknown');

const num = new Intl.NumberFormat(typeof navigator !== 'undefined' ? navigator.language : 'en-US');
export const n = (x: number): string => num.format(x);

const monthFmt = new Intl.DateTimeFormat(typeof navigator !== 'undefined' ? navigator.language : 'en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** "2025-08" → "Aug 2025" */
export function monthLabel(ym: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym);
  return m ? monthFmt.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 15))) : ym;
}
