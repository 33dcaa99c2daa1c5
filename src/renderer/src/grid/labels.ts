import type { ExitType, RehireSource, RemotePolicy, RoleStatus, ScorePart, SourceKind, Stage } from '../../../shared/domain';

// Words a hiring manager reads for the store's codes. One place, so every grid and panel agrees.

export const SOURCE_LABELS: Record<SourceKind, string> = { alumni: 'Alumnus', layoff_list: 'Laid-off list', ats: 'Applicant', manual: 'Added by hand', demo: 'Demo' };
export const SOURCE_BADGE: Record<SourceKind, string> = { alumni: 'badge-accent', layoff_list: 'badge-warn', ats: 'badge-neutral', manual: 'badge-neutral', demo: 'badge-neutral' };

export type EligibilityCode = 'eligible' | 'review' | 'ineligible' | 'unknown' | 'not_alumni';
export const ELIGIBILITY_LABELS: Record<EligibilityCode, string> = {
  eligible: 'Eligible',
  review: 'Review',
  ineligible: 'Not eligible',
  unknown: 'Unknown',
  not_alumni: 'Not an alumnus',
};
export const ELIGIBILITY_BADGE: Record<EligibilityCode, string> = {
  eligible: 'badge-good',
  review: 'badge-warn',
  ineligible: 'badge-bad',
  unknown: 'badge-neutral',
  not_alumni: '',
};
export const REHIRE_SOURCE_LABELS: Record<RehireSource, string> = { explicit: 'from the HR file', derived: 'derived from the exit reason', unknown: 'not recorded' };

export const STAGE_LABELS: Record<Stage, string> = {
  new: 'New',
  contacted: 'Contacted',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const EXIT_LABELS: Record<ExitType, string> = { layoff: 'Layoff', voluntary: 'Voluntary', involuntary: 'Involuntary', other: 'Other' };
export const REMOTE_LABELS: Record<RemotePolicy, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };
export const STATUS_LABELS: Record<RoleStatus, string> = { open: 'Open', on_hold: 'On hold', closed: 'Closed', filled: 'Filled' };
export const STATUS_BADGE: Record<RoleStatus, string> = { open: 'badge-good', on_hold: 'badge-warn', closed: 'badge-neutral', filled: 'badge-accent' };

export const SCORE_PART_LABELS: Record<ScorePart, string> = {
  mustHave: 'Must-have skills',
  niceToHave: 'Nice-to-have skills',
  trackFit: 'Track fit',
  levelFit: 'Level fit',
  locationFit: 'Location / remote',
  availability: 'Availability',
  boomerang: 'Boomerang',
  depth: 'Depth',
};

export const FLAG_LABELS: Record<string, string> = {
  ineligible_rehire: 'Not eligible for rehire',
  rehire_review: 'Rehire needs review',
  rehire_unknown: 'Rehire eligibility unknown',
  near_miss: 'Near miss',
  no_skills: 'No skills recorded',
  wants_remote: 'Wants remote',
  other_country: 'Other country',
  shallow_list: 'Long list, little depth',
};

/** A label for a code, falling back to the code itself for values a newer store may send. */
export function label<K extends string>(map: Record<K, string>, code: string | null | undefined): string {
  if (code == null) return '';
  return (map as Record<string, string>)[code] ?? code;
}

/** Codes with their labels, as a filter's choices. */
export const options = <V extends string>(values: readonly V[], labels: Record<V, string>) => values.map((value) => ({ value, label: labels[value] }));
