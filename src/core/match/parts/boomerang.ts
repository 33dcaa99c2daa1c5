import type { MatchFlag } from '../../../shared/api/contract/match';
import { readRating, yearsBetween } from '../facts';
import type { AlumniFacts, PartResult } from '../types';

// Boomerang: a former employee we may rehire ramps up faster and is a known quantity.
// Ineligible alumni score 0 here and are flagged; they stay in the list for the manager to see.
export const BOOM = {
  base: 0.6,
  tenure1: 0.1,
  tenure3: 0.2,
  high: 0.2,
  meets: 0.1,
  low: -0.3,
  regrettable: 0.1,
  /** "Needs review" and "unknown" verdicts count for half until someone decides. */
  undecided: 0.5,
} as const;

export function boomerangValue(a: AlumniFacts | null): number {
  if (!a || a.rehire === 'ineligible') return 0;
  const tenure = yearsBetween(a.hireDate, a.exitDate);
  const rating = readRating(a.lastPerformance);
  let v: number = BOOM.base;
  if (tenure !== null) v += tenure >= 3 ? BOOM.tenure3 : tenure >= 1 ? BOOM.tenure1 : 0;
  if (rating) v += rating === 'high' ? BOOM.high : rating === 'meets' ? BOOM.meets : BOOM.low;
  if (a.regrettable) v += BOOM.regrettable;
  v = Math.max(0, Math.min(1, v));
  return a.rehire === 'eligible' ? v : v * BOOM.undecided;
}

export function boomerangPart(a: AlumniFacts | null): PartResult {
  if (!a) return { value: 0, note: 'Not a former employee.', applicable: true };
  const tenure = yearsBetween(a.hireDate, a.exitDate);
  const facts: string[] = [];
  if (tenure !== null) facts.push(`${tenure.toFixed(1)} years with us`);
  if (a.lastPerformance) facts.push(`last rating "${a.lastPerformance}"`);
  if (a.regrettable) facts.push('regrettable loss');
  const tail = facts.length ? `; ${facts.join(', ')}` : '';
  if (a.rehire === 'ineligible') {
    return { value: 0, note: `Former employee, not eligible for rehire${tail}.`, applicable: true, flags: ['ineligible_rehire'] };
  }
  const v = boomerangValue(a);
  let flags: MatchFlag[] | undefined;
  let verdict = 'eligible for rehire';
  if (a.rehire === 'review') {
    flags = ['rehire_review'];
    verdict = 'rehire needs review';
  } else if (a.rehire === 'unknown') {
    flags = ['rehire_unknown'];
    verdict = 'rehire eligibility unknown';
  }
  return { value: v, note: `Former employee, ${verdict}${tail}.`, applicable: true, ...(flags ? { flags } : {}) };
}
