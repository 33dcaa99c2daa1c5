import type { Track } from '../../../shared/domain';
import type { Rng } from './rng';
import { addMonths, monthYear, onOrBefore } from './dates';
import { TRACK_PROFILES } from './data/tracks';
import type { IdentityFactory } from './identity';

// Northwind Labs over time: its layoff waves (dated relative to `today`, so the demo always has a
// recent one), its teams and the managers who ran them.

export interface Wave {
  id: string;
  label: string;
  date: string;
  /** How many of the alumni left in this wave. */
  size: number;
  /** Share of the company at the time. */
  share: number;
}

/** Months before `today` and each wave's share of all exits (together about a third). */
const WAVE_PLAN: [number, number][] = [
  [46, 0.125],
  [32, 0.075],
  [17, 0.09],
  [5, 0.052],
];
/** Headcount at the time of a wave, relative to the number of alumni. */
const HEADCOUNT = 0.6;

export function planWaves(today: string, alumni: number): Wave[] {
  return WAVE_PLAN.map(([months, part], i) => {
    const date = onOrBefore(addMonths(today, -months), 3);
    const size = Math.round(alumni * part);
    return { id: `W${i + 1}`, label: `${monthYear(date)} RIF`, date, size, share: Math.round((size / (alumni * HEADCOUNT)) * 100) / 100 };
  });
}

export interface Team {
  name: string;
  track: Track;
  managers: string[];
}

export function planTeams(ids: IdentityFactory, rng: Rng): Team[] {
  const teams: Team[] = [];
  for (const p of TRACK_PROFILES) {
    for (const name of p.teams) {
      const managers: string[] = [];
      const n = rng.int(3, 6);
      for (let i = 0; i < n; i++) {
        const who = ids.person();
        managers.push(`${who.first} ${who.last}`);
      }
      teams.push({ name, track: p.track, managers });
    }
  }
  return teams;
}
