import type { ExitType, Level, MatchWeights, Rehire, RemotePolicy, SourceKind, Track } from '../../shared/domain';
import type { Adjacent } from '../skills/types';
import type { MatchFlag } from '../../shared/api/contract/match';

export type { Explanation, ScoreComponent, SkillMatch, PartialMatch, MatchFlag } from '../../shared/api/contract/match';

/**
 * Everything the engine may know about a person. Plain data, and deliberately nothing else:
 * no name, no contact details, no unmapped columns and no protected attribute (age, gender,
 * nationality…) ever reaches a score. Country is where the person is, for location fit only.
 */
export interface PersonProfile {
  id: number;
  title: string | null;
  track: Track | null;
  level: Level | null;
  yearsExp: number | null;
  location: string | null;
  country: string | null;
  remotePref: RemotePolicy | null;
  relocate: boolean | null;
  availableOn: string | null;
  layoff: { company: string; date: string | null; laidOff: number | null } | null;
  sources: SourceKind[];
  summary: string | null;
  skills: { skill: string; raw: string }[];
  /** The latest stint with us, if the person is a former employee. */
  alumni: AlumniFacts | null;
}

export interface AlumniFacts {
  rehire: Rehire;
  hireDate: string | null;
  exitDate: string | null;
  exitType: ExitType | null;
  lastPerformance: string | null;
  regrettable: boolean | null;
}

export interface RoleSkill {
  skill: string;
  raw: string;
}

export interface RoleProfile {
  id: number;
  reqId: string;
  title: string;
  track: Track;
  level: Level | null;
  location: string | null;
  remotePolicy: RemotePolicy | null;
  must: RoleSkill[];
  nice: RoleSkill[];
  /** The weights in force: the role's own, else the defaults. */
  weights: MatchWeights;
}

/**
 * What the engine needs from the skills taxonomy, so it can be tested with a hand-made one.
 * Names are compared case-insensitively after `canonical`.
 */
export interface SkillGraph {
  /** The canonical name of a term, or the term itself (trimmed) when unknown. */
  canonical(term: string): string;
  /** Skills that partly stand in for `name`, strongest first. */
  adjacent(name: string): readonly Adjacent[];
  tracksOf(name: string): readonly Track[];
  known(name: string): boolean;
  /** Changes whenever what the graph answers could change (freshness). */
  signature: string;
}

/** What one score part says about one pair: a value 0..1 and a sentence a hiring manager can repeat. */
export interface PartResult {
  value: number;
  note: string;
  /** False when the part says nothing about this role (no nice-to-haves listed…): its weight goes to the others. */
  applicable: boolean;
  flags?: MatchFlag[];
}
