import { SCORE_PARTS, type ScorePart } from '../../shared/domain';
import type { Explanation, MatchFlag, ScoreComponent } from '../../shared/api/contract/match';
import { ENGINE_VERSION } from '../version';
import type { PartResult, PersonProfile, RoleProfile, SkillGraph } from './types';
import { coverage, coverageNote, nearMiss, toSkillSet, type SkillSet } from './parts/skills';
import { trackPart } from './parts/track';
import { levelPart } from './parts/level';
import { locationPart } from './parts/location';
import { availabilityPart } from './parts/availability';
import { boomerangPart } from './parts/boomerang';
import { depthFacts, depthPart, type DepthFacts } from './parts/depth';
import { normalise } from './weights';

/** Which parts say something about this role, in SCORE_PARTS order. Depends on the role only. */
export function applicableParts(role: Pick<RoleProfile, 'must' | 'nice' | 'level' | 'location' | 'remotePolicy'>): boolean[] {
  const has: Record<ScorePart, boolean> = {
    // A role that lists no skills at all still weighs them, at nothing earned: otherwise its scores
    // are made of track, level and place alone and outrank every role that asks for skills.
    mustHave: role.must.length > 0 || role.nice.length === 0,
    niceToHave: role.nice.length > 0,
    trackFit: true,
    levelFit: role.level !== null,
    locationFit: role.remotePolicy !== null || Boolean(role.location),
    availability: true,
    boomerang: true,
    depth: true,
  };
  return SCORE_PARTS.map((k) => has[k]);
}

/**
 * The 0–100 score from part values (SCORE_PARTS order) and normalised shares. The fast ranker
 * does exactly this sum in exactly this order, so both always agree to the last bit.
 */
export function combine(shares: readonly number[], values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < shares.length; i++) total += shares[i]! * values[i]!;
  return roundScore(total);
}

export function roundScore(total: number): number {
  return Math.round(total * 1000) / 10;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** What scoring needs from a person regardless of the role, worked out once. */
export interface PreparedPerson {
  profile: PersonProfile;
  skills: SkillSet;
  depth: DepthFacts;
  /** Parts that depend on the person and one role fact only (track, level, place…), by that fact. */
  memo: Map<string, PartResult>;
}

function memo(prep: PreparedPerson, key: string, make: () => PartResult): PartResult {
  let r = prep.memo.get(key);
  if (!r) prep.memo.set(key, (r = make()));
  return r;
}

/** `depth`, when given, is what depthFacts() already read for this person (from the compact store). */
export function preparePerson(person: PersonProfile, graph: SkillGraph, depth?: DepthFacts, skills?: SkillSet): PreparedPerson {
  return { profile: person, skills: skills ?? toSkillSet(graph, person.skills), depth: depth ?? depthFacts(person, graph), memo: new Map() };
}

/** Scores one person for one role and says why, part by part. Pure: same inputs, same answer. */
export function scorePair(person: PersonProfile, role: RoleProfile, graph: SkillGraph, asOf: string): Explanation {
  return scorePrepared(preparePerson(person, graph), role, graph, asOf);
}

/** What explaining a role needs whoever the person: worked out once per role, not once per row. */
export interface RoleContext {
  applicable: boolean[];
  shares: number[];
  /** Memo keys of the parts that depend on one role fact. */
  keys: { track: string; level: string; place: string; avail: string; depth: string };
}

export function roleContext(role: RoleProfile, asOf: string): RoleContext {
  const applicable = applicableParts(role);
  return {
    applicable,
    shares: normalise(role.weights, applicable),
    keys: { track: `t${role.track}`, level: `l${role.level}`, place: `p${role.remotePolicy}\u0001${role.location}`, avail: `a${asOf}`, depth: `d${role.track}` },
  };
}

export function scorePrepared(prep: PreparedPerson, role: RoleProfile, graph: SkillGraph, asOf: string, ctx: RoleContext = roleContext(role, asOf)): Explanation {
  const { profile: person, skills } = prep;
  const must = coverage(skills, role.must, 'must', graph);
  const nice = coverage(skills, role.nice, 'nice', graph);
  const { applicable, keys } = ctx;
  const results: Record<ScorePart, PartResult> = {
    mustHave: { value: must.value, note: coverageNote(must, role.must.length, 'must'), applicable: applicable[0]! },
    niceToHave: { value: nice.value, note: coverageNote(nice, role.nice.length, 'nice'), applicable: applicable[1]! },
    // A person explained for many roles: parts that depend on one role fact are worked out once per value.
    trackFit: memo(prep, keys.track, () => trackPart(person.track, person.title, role.track)),
    levelFit: memo(prep, keys.level, () => levelPart(person.level, person.yearsExp, role.level)),
    locationFit: memo(prep, keys.place, () => locationPart(person, role)),
    availability: memo(prep, keys.avail, () => availabilityPart(person, asOf)),
    boomerang: memo(prep, 'b', () => boomerangPart(person.alumni)),
    depth: memo(prep, keys.depth, () => depthPart(prep.depth, role.track)),
  };
  const shares = ctx.shares;
  const values = SCORE_PARTS.map((k) => results[k].value);
  const score = combine(shares, values);
  const components = {} as Record<ScorePart, ScoreComponent>;
  const flags = new Set<MatchFlag>();
  SCORE_PARTS.forEach((k, i) => {
    const r = results[k];
    components[k] = { value: r3(r.value), weight: applicable[i] ? role.weights[k] : 0, points: r1(shares[i]! * r.value * 100), note: r.note };
    for (const f of r.flags ?? []) flags.add(f);
  });
  const nm = nearMiss(must, role.must.length);
  if (nm.nearMiss) flags.add('near_miss');
  if (person.skills.length === 0) flags.add('no_skills');
  return {
    score,
    components,
    matched: [...must.matched, ...nice.matched],
    partial: [...must.partial, ...nice.partial],
    missing: must.missing,
    missingNice: nice.missing,
    mustTotal: role.must.length,
    mustMatched: must.full,
    nearMiss: nm.nearMiss,
    nearMissSkill: nm.skill,
    flags: [...flags].sort(),
    eligibleBoomerang: person.alumni?.rehire === 'eligible',
    engineVersion: ENGINE_VERSION,
    weights: role.weights,
    asOf,
  };
}

/**
 * The order of a ranked list: score, then eligible boomerangs first among equals, then the
 * person's id — so equal scores always come out in the same order.
 */
export function compareRanked(a: { score: number; eligibleBoomerang: boolean; personId: number }, b: { score: number; eligibleBoomerang: boolean; personId: number }): number {
  return b.score - a.score || Number(b.eligibleBoomerang) - Number(a.eligibleBoomerang) || a.personId - b.personId;
}
