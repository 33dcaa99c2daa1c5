import type Database from 'better-sqlite3';
import { SCORE_PARTS, TRACKS, type MatchWeights, type Track } from '../../shared/domain';
import type { WeightsSource } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';

// Weights: built-in defaults by track, the user's defaults (all tracks, or one) kept in settings,
// and a role's own weights in roles.weights. Weights need not sum to 100; the engine normalises.

const BASE: MatchWeights = { mustHave: 40, niceToHave: 10, trackFit: 10, levelFit: 10, locationFit: 8, availability: 7, boomerang: 7, depth: 8 };

export const BUILTIN_WEIGHTS: Record<Track, MatchWeights> = {
  // AI/ML and MLOps hire for shipped production work above all: depth weighs more.
  ai_ml: { ...BASE, mustHave: 38, depth: 12, locationFit: 6 },
  mlops: { ...BASE, mustHave: 38, depth: 12, locationFit: 6 },
  // Platform, SRE and cloud draw on neighbouring tracks: track fit rewards adjacency more.
  platform: { ...BASE, trackFit: 12, niceToHave: 8 },
  sre: { ...BASE, trackFit: 12, niceToHave: 8 },
  cloud_infra: { ...BASE, trackFit: 12, niceToHave: 8 },
  // Full-stack product engineers who ship alone: breadth of nice-to-haves matters more.
  fullstack: { ...BASE, niceToHave: 14, depth: 6, trackFit: 8 },
  data: { ...BASE },
  security: { ...BASE },
  other: { ...BASE },
};

export const SETTINGS_KEY = 'match.weights';

interface StoredDefaults {
  global?: MatchWeights | null;
  byTrack?: Partial<Record<Track, MatchWeights>>;
}

export interface Defaults {
  global: MatchWeights | null;
  byTrack: Partial<Record<Track, MatchWeights>>;
}

/** Keeps only the eight known parts as finite numbers ≥ 0; anything else is ignored. */
export function cleanWeights(w: unknown): MatchWeights | null {
  if (!w || typeof w !== 'object') return null;
  const out = {} as MatchWeights;
  for (const k of SCORE_PARTS) {
    const v = (w as Record<string, unknown>)[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
    out[k] = v;
  }
  return SCORE_PARTS.some((k) => out[k] > 0) ? out : null;
}

export function readDefaults(db: Database.Database): Defaults {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as { value: string } | undefined;
  const s = parseJson<StoredDefaults>(row?.value, {});
  const byTrack: Partial<Record<Track, MatchWeights>> = {};
  for (const t of TRACKS) {
    const w = cleanWeights(s.byTrack?.[t]);
    if (w) byTrack[t] = w;
  }
  return { global: cleanWeights(s.global), byTrack };
}

export function writeDefaults(db: Database.Database, d: Defaults): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify({ global: d.global, byTrack: d.byTrack }));
}

/** The weights in force for a role: its own, else the user's track default, global default, built-in. */
export function resolveWeights(own: MatchWeights | null, track: Track, d: Defaults): { weights: MatchWeights; source: WeightsSource } {
  if (own) return { weights: own, source: 'role' };
  const t = d.byTrack[track];
  if (t) return { weights: t, source: 'track_default' };
  if (d.global) return { weights: d.global, source: 'global_default' };
  return { weights: BUILTIN_WEIGHTS[track], source: 'builtin' };
}

/**
 * Shares of 1 per part, in SCORE_PARTS order, over the parts that apply to the role: a role
 * with no nice-to-haves gives that weight to the rest, so every role scores out of 100.
 */
export function normalise(w: MatchWeights, applicable: readonly boolean[]): number[] {
  let sum = 0;
  SCORE_PARTS.forEach((k, i) => {
    if (applicable[i]) sum += w[k];
  });
  return SCORE_PARTS.map((k, i) => (applicable[i] && sum > 0 ? w[k] / sum : 0));
}
