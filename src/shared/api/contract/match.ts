import { z } from 'zod';
import { method, returns } from '../define';
import { PageArgs, type Page } from '../grid';
import type { Level, MatchWeights, Rehire, RemotePolicy, ScorePart, SourceKind, Stage, Track } from '../../domain';
import { REHIRE, REMOTE_POLICIES, SOURCE_KINDS, STAGES, TRACKS } from '../../domain';

// The matching engine's explanations and the methods that read, re-score and tune them.

/** One part of a score: its value (0..1), the weight it had, the points it gave (of 100) and why. */
export interface ScoreComponent {
  value: number;
  /** The weight as set; 0 when the part does not apply to this role (its weight goes to the others). */
  weight: number;
  points: number;
  note: string;
}

export interface SkillMatch {
  skill: string;
  /** The text the person's skill was read from. */
  raw: string;
  kind: 'must' | 'nice';
}

/** A skill the role asks for, partly covered by an adjacent one: "Ansible for Terraform". */
export interface PartialMatch {
  skill: string;
  via: string;
  /** How much of the skill the adjacent one stands in for, 0..1. */
  weight: number;
  raw: string;
  kind: 'must' | 'nice';
  label: string;
}

export const MATCH_FLAGS = ['ineligible_rehire', 'rehire_review', 'rehire_unknown', 'near_miss', 'no_skills', 'wants_remote', 'other_country', 'shallow_list'] as const;
export type MatchFlag = (typeof MATCH_FLAGS)[number];

export interface Explanation {
  score: number;
  components: Record<ScorePart, ScoreComponent>;
  matched: SkillMatch[];
  partial: PartialMatch[];
  /** Must-haves with no credit at all. */
  missing: string[];
  missingNice: string[];
  mustTotal: number;
  /** Must-haves matched exactly or by alias. */
  mustMatched: number;
  /** Misses exactly one must-have (or has it only through an adjacent skill): the hire-and-reskill list. */
  nearMiss: boolean;
  nearMissSkill: string | null;
  flags: MatchFlag[];
  /** Former employee whose rehire verdict is "eligible": first among equals. */
  eligibleBoomerang: boolean;
  engineVersion: string;
  /** The weights the score was computed with, as set on the role or the defaults. */
  weights: MatchWeights;
  /** The date availability was measured against. */
  asOf: string;
}

export type Eligibility = Rehire | 'not_alumni';

/** One row of the match grid: a person for a role, with what the chips and score bar need. */
export interface MatchRow {
  roleId: number;
  reqId: string;
  roleTitle: string;
  personId: number;
  name: string;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
  remotePref: RemotePolicy | null;
  track: Track | null;
  level: Level | null;
  yearsExp: number | null;
  sources: SourceKind[];
  stage: Stage;
  availableOn: string | null;
  layoff: { company: string; date: string | null; laidOff: number | null } | null;
  eligibility: Eligibility;
  /** For a former employee, the team of their latest stint with us. */
  formerTeam: string | null;
  /** The shortlists the person is on, by name: those for this row's role first. */
  shortlists: string[];
  /** How many of `shortlists` (from the start) are for this row's role. */
  shortlistsForRole: number;
  rank: number;
  score: number;
  nearMiss: boolean;
  nearMissSkill: string | null;
  mustMatched: number;
  mustTotal: number;
  /** Points per part, for a stacked score bar. */
  points: Record<ScorePart, number>;
  matched: string[];
  /** "Ansible for Terraform" labels. */
  partial: string[];
  missing: string[];
  flags: MatchFlag[];
  computedAt: string;
  /** The whole stored explanation, when asked for (`withExplanation`). */
  explanation?: Explanation;
}

export interface MatchPage extends Page<MatchRow> {
  /** True when the store changed after these scores were computed (see match.status). */
  stale: boolean;
  computedAt: string | null;
}

export interface RoleFit {
  roleId: number;
  reqId: string;
  title: string;
  track: Track;
  level: Level | null;
  score: number;
  /** Where this person would rank among everyone for the role, from stored results (null if outside the kept list). */
  rank: number | null;
  explanation: Explanation;
}

export type StaleReason = 'never_computed' | 'people_changed' | 'roles_changed' | 'weights_changed' | 'engine_changed' | 'taxonomy_changed' | 'date_changed';

export interface MatchStatus {
  state: 'fresh' | 'stale' | 'empty';
  reasons: StaleReason[];
  /** One sentence for the banner, e.g. "Scores are older than the data: 1,000 people were imported since." */
  message: string;
  openRoles: number;
  staleRoles: number;
  people: number;
  lastComputed: string | null;
  engineVersion: string;
  asOf: string | null;
  /** The core's data version when this was read (see DataChangedEvent.version). */
  dataVersion: number;
}

export interface RescoreResult {
  mode: 'full' | 'roles' | 'incremental' | 'none';
  roles: number;
  people: number;
  kept: number;
  seconds: number;
}

export interface WeightsInfo {
  /** The built-in defaults by track. */
  builtin: Record<Track, MatchWeights>;
  /** The user's global default (all tracks), or null. */
  global: MatchWeights | null;
  /** The user's defaults for single tracks. */
  byTrack: Partial<Record<Track, MatchWeights>>;
  role: { roleId: number; own: MatchWeights | null; effective: MatchWeights; source: WeightsSource } | null;
}
export type WeightsSource = 'role' | 'track_default' | 'global_default' | 'builtin';

export interface PreviewRow {
  personId: number;
  name: string;
  before: { rank: number; score: number } | null;
  after: { rank: number; score: number } | null;
}

const weight = z.number().min(0).max(100);
export const WeightsSchema = z
  .object({
    mustHave: weight,
    niceToHave: weight,
    trackFit: weight,
    levelFit: weight,
    locationFit: weight,
    availability: weight,
    boomerang: weight,
    depth: weight,
  })
  .strict()
  .refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight must be above zero' });

const roleRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(100)]);

/** "On a shortlist": any list, none, one for the row's role, or none for it. */
export const ON_SHORTLIST = ['yes', 'no', 'role', 'notRole'] as const;
export type OnShortlist = (typeof ON_SHORTLIST)[number];

export const MatchFilters = z.object({
  minScore: z.number().min(0).max(100).optional(),
  source: z.enum(SOURCE_KINDS).optional(),
  eligibility: z.array(z.enum([...REHIRE, 'not_alumni'])).max(5).optional(),
  nearMissOnly: z.boolean().optional(),
  laidOffWithinMonths: z.number().int().min(0).max(240).optional(),
  track: z.array(z.enum(TRACKS)).max(TRACKS.length).optional(),
  location: z.string().trim().max(100).optional(),
  remote: z.array(z.enum(REMOTE_POLICIES)).max(3).optional(),
  stage: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
  onShortlist: z.enum(ON_SHORTLIST).optional(),
  /** Include each row's full stored explanation (for the CLI and exports; grids do not need it). */
  withExplanation: z.boolean().optional(),
});

export const matchContract = {
  'match.forRole': method({
    args: PageArgs.extend({ role: roleRef }).extend(MatchFilters.shape),
    result: returns<MatchPage>(),
    doc: 'The ranked candidates for one role (req ID or id), filtered and paged, with stale=true if the data changed since.',
  }),
  'match.all': method({
    args: PageArgs.extend(MatchFilters.shape),
    result: returns<MatchPage>(),
    doc: 'Ranked candidate × role pairs across all open roles, filtered and paged.',
  }),
  'match.explain': method({
    args: z.object({ roleId: z.number().int().positive(), personId: z.number().int().positive() }),
    result: returns<{ explanation: Explanation; stored: { score: number; rank: number; engineVersion: string; computedAt: string } | null }>(),
    doc: 'The full explanation of one person for one role, computed now.',
  }),
  'match.forPerson': method({
    args: z.object({ personId: z.number().int().positive(), limit: z.number().int().min(1).max(500).default(10) }),
    result: returns<RoleFit[]>(),
    doc: "A person's best open roles, computed now.",
  }),
  'match.rescore': method({
    args: z.object({ jobId: z.string().min(1).max(64), full: z.boolean().default(false) }),
    result: returns<RescoreResult>(),
    doc: 'Brings scores up to date (only what changed, unless full), with progress; can be cancelled.',
    job: true,
  }),
  'match.status': method({ args: z.object({}), result: returns<MatchStatus>(), doc: 'Whether the stored scores are as new as the data.' }),
  'weights.get': method({ args: z.object({ roleId: z.number().int().positive().optional() }), result: returns<WeightsInfo>(), doc: 'Default weights and, for a role, its own and effective weights.' }),
  'weights.setDefault': method({
    args: z.object({ weights: WeightsSchema.nullable(), track: z.enum(TRACKS).optional() }),
    result: returns<WeightsInfo & { rescored: boolean }>(),
    doc: 'Sets (or with null clears) the default weights, for all tracks or one; affected roles are re-scored.',
  }),
  'weights.preview': method({
    args: z.object({ roleId: z.number().int().positive(), weights: WeightsSchema }),
    result: returns<{ rows: PreviewRow[] }>(),
    doc: "How a role's top 10 would change under other weights, without saving them.",
  }),
};
