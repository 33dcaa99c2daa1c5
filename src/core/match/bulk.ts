import type Database from 'better-sqlite3';
import { SCORE_PARTS } from '../../shared/domain';
import { iterateProfiles } from './load';
import { effectiveTrack, trackValue } from './parts/track';
import { levelValue } from './parts/level';
import { locationPart, placeKey } from './parts/location';
import { availabilityValue } from './parts/availability';
import { boomerangValue } from './parts/boomerang';
import { depthFacts, depthValue } from './parts/depth';
import { skillKey, wantedPlan, type Wanted } from './parts/skills';
import { applicableParts, combine } from './score';
import type { PersonProfile, RoleProfile, SkillGraph } from './types';
import { normalise } from './weights';

// Many people against one role in one pass, the score only. A shortlist shows "score now" for
// people outside the role's stored results; explaining each of them in full (notes, matched
// lists, flags) only to keep the number cost most of an export. The values come from the same
// functions the compact store precomputes for the ranking kernel (each part's `…Value`, the
// coverage sum in the role's order) and go through the same combine() as scorePair(), so every
// score equals scorePair(...).score to the last bit (tests/unit/match-bulk.test.ts checks it).

const MUST = SCORE_PARTS.indexOf('mustHave');
const NICE = SCORE_PARTS.indexOf('niceToHave');
const TRACK = SCORE_PARTS.indexOf('trackFit');
const LEVEL = SCORE_PARTS.indexOf('levelFit');
const PLACE = SCORE_PARTS.indexOf('locationFit');
const AVAIL = SCORE_PARTS.indexOf('availability');
const BOOM = SCORE_PARTS.indexOf('boomerang');
const DEPTH = SCORE_PARTS.indexOf('depth');

/** Sum of credits over the wanted skills, in their order, ÷ their number: coverage().value. */
function coverageValue(keys: ReadonlySet<string>, wanted: readonly Wanted[]): number {
  if (wanted.length === 0) return 0;
  let sum = 0;
  for (const w of wanted) {
    if (keys.has(w.key)) {
      sum += 1;
      continue;
    }
    let best = 0;
    for (const a of w.adjacent) if (a.credit > best && keys.has(a.key)) best = a.credit;
    sum += best;
  }
  return sum / wanted.length;
}

/** A scorer for one role: call it with each person; it returns the 0–100 score scorePair() gives. */
export function roleScorer(role: RoleProfile, graph: SkillGraph, asOf: string): (p: PersonProfile) => number {
  const must = wantedPlan(role.must, graph);
  const nice = wantedPlan(role.nice, graph);
  const shares = normalise(role.weights, applicableParts(role));
  // Few distinct places and tracks among many people: each is worked out once.
  const places = new Map<string, number>();
  const values = new Array<number>(SCORE_PARTS.length).fill(0);
  return (p) => {
    const keys = new Set<string>();
    for (const s of p.skills) keys.add(skillKey(graph, s.skill));
    const pk = placeKey(p);
    let place = places.get(pk);
    if (place === undefined) places.set(pk, (place = locationPart(p, role).value));
    values[MUST] = coverageValue(keys, must);
    values[NICE] = coverageValue(keys, nice);
    values[TRACK] = trackValue(effectiveTrack(p.track, p.title), role.track);
    values[LEVEL] = levelValue(p.level, p.yearsExp, role.level);
    values[PLACE] = place;
    values[AVAIL] = availabilityValue(p, asOf);
    values[BOOM] = boomerangValue(p.alumni);
    values[DEPTH] = depthValue(depthFacts(p, graph), role.track);
    return combine(shares, values);
  };
}

/** Scores of these people (those still in the workspace) for one role, read from the store in one pass. */
export function scoreMany(db: Database.Database, role: RoleProfile, graph: SkillGraph, personIds: readonly number[], asOf: string): Map<number, number> {
  const out = new Map<number, number>();
  const score = roleScorer(role, graph, asOf);
  // Chunks keep each id list (a JSON parameter) a modest size.
  for (let i = 0; i < personIds.length; i += 5000) {
    for (const p of iterateProfiles(db, { ids: personIds.slice(i, i + 5000), withRaw: false })) out.set(p.id, score(p));
  }
  return out;
}
