import { LEVEL_LABELS, type Level } from '../../../shared/domain';
import type { PartResult } from '../types';

// Level fit on one ladder: managers sit beside staff, directors beside principal.
const RANK: Record<Level, number> = { intern: 0, junior: 1, mid: 2, senior: 3, staff: 4, principal: 5, manager: 4, director: 5 };
const MANAGES = (l: Level) => l === 'manager' || l === 'director';

/** By distance: one level above is easier to place than one below. */
const ABOVE = [1, 0.8, 0.4, 0.1];
const BELOW = [1, 0.6, 0.25, 0];
/** A manager for an individual-contributor role, or the other way round. */
export const LADDER_FACTOR = 0.7;
/** A level read from years of experience counts for less than a recorded one. */
export const ESTIMATE_FACTOR = 0.9;
export const UNKNOWN_LEVEL = 0.5;

/** The level years of experience usually mean, when no level was recorded. */
export function levelFromYears(years: number | null): Level | null {
  if (years === null || !Number.isFinite(years) || years < 0) return null;
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 9) return 'senior';
  if (years < 13) return 'staff';
  return 'principal';
}

export function levelValue(person: Level | null, years: number | null, role: Level | null): number {
  if (role === null) return 0;
  const estimated = person === null;
  const p = person ?? levelFromYears(years);
  if (p === null) return UNKNOWN_LEVEL;
  const d = RANK[p] - RANK[role];
  let v = (d >= 0 ? ABOVE : BELOW)[Math.min(3, Math.abs(d))]!;
  if (MANAGES(p) !== MANAGES(role)) v *= LADDER_FACTOR;
  if (estimated) v *= ESTIMATE_FACTOR;
  return v;
}

export function levelPart(person: Level | null, years: number | null, role: Level | null): PartResult {
  if (role === null) return { value: 0, note: 'The role has no level; level is not scored.', applicable: false };
  const value = levelValue(person, years, role);
  const p = person ?? levelFromYears(years);
  if (p === null) return { value, note: `Level unknown for a ${LEVEL_LABELS[role]} role.`, applicable: true };
  const who = person ? LEVEL_LABELS[p] : `${LEVEL_LABELS[p]} (estimated from ${Math.round(years!)} years)`;
  const d = RANK[p] - RANK[role];
  const gap = d === 0 ? 'same level' : `${Math.abs(d)} level${Math.abs(d) === 1 ? '' : 's'} ${d > 0 ? 'above' : 'below'}`;
  const ladder = MANAGES(p) !== MANAGES(role) ? (MANAGES(p) ? '; a manager for an individual role' : '; an individual contributor for a management role') : '';
  return { value, note: `${who} for a ${LEVEL_LABELS[role]} role: ${gap}${ladder}.`, applicable: true };
}
