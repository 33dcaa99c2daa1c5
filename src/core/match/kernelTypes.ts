// The plain data the ranking kernel (kernel.ts) reads and returns. Types only: the kernel itself
// must stay one self-contained function.
import type { KeptHeap } from './kernelHeap';

/** The store's arrays the kernel reads (see CompactStore). */
export interface KernelStore {
  n: number;
  pStart: Int32Array;
  people: Int32Array;
  track: Int8Array;
  levelFit: Float64Array;
  place: Int32Array;
  avail: Float64Array;
  boom: Float64Array;
  eligible: Uint8Array;
  depth: Float64Array;
  alumni: Int32Array;
  max: { avail: number; boom: number; level: ArrayLike<number>; depth: ArrayLike<number> };
}

/** A wanted skill: its store id (-1 when nobody has it) and the adjacent skills standing in for it. */
export interface SkillPlan {
  key: string;
  id: number;
  adj: { id: number; credit: number }[];
}

/** One role, resolved against one store: everything the kernel needs and nothing else. */
export interface RolePlan {
  roleId: number;
  mustN: number;
  must: SkillPlan[];
  nice: SkillPlan[];
  /** Normalised weights, SCORE_PARTS order. */
  shares: number[];
  /** Track fit by person track index; the last cell is for an unknown track. */
  trackTable: Float64Array;
  /** Level column (-1: the role has no level) and track column of the store. */
  rl: number;
  rt: number;
  /** Location fit of each distinct place in the store. */
  places: Float64Array;
  /**
   * Per person, at least their track, level, availability, boomerang and depth parts together
   * (weighted; location left out), or null: lets the kernel skip people without scoring them.
   */
  bound: Float32Array | null;
}

export interface Kept {
  index: number;
  score10: number;
  eligible: number;
  nearMiss: boolean;
  mustFull: number;
  /** 1-based rank among everyone scored. */
  rank: number;
}

export interface RankOptions {
  /** Best K kept with full explanations. */
  top: number;
  /** Also keep up to this many near misses below the top K (the hire-and-reskill list). */
  nearMisses: number;
  /** Skip people who cannot reach the kept list (exact). Default: for stores of 5,000 people or more. */
  prune?: boolean;
}

export interface RoleRanking {
  kept: Kept[];
  scored: number;
  /** above[key] = people with a key ≥ key (above[key + 1]: strictly higher). Exact when not pruned. */
  above: Int32Array;
  pruned: boolean;
}

/** Each former employee's best role so far (match_best): key, role id and near-miss flag by index. */
export interface BestTracker {
  key: Int32Array;
  role: Int32Array;
  nearMiss: Uint8Array;
  /** Seconds spent keeping it (reported apart from ranking). */
  seconds: number;
}

/** Everyone with some credit for one skill: 1 when they have it, else their best adjacent skill's. */
export interface Credits {
  idx: Int32Array;
  credit: Float64Array;
  /** idx[0..exact) have the skill itself (credit 1); the rest only an adjacent one. */
  exact: number;
}

/** Scratch space reused across roles, for one store and one thread. */
export interface KernelScratch {
  readonly n: number;
  readonly mustVal: Float64Array;
  readonly niceVal: Float64Array;
  readonly mustFull: Uint8Array;
  readonly best: Float64Array;
  readonly stamp: Int32Array;
  readonly touched: Int32Array;
  readonly seenMust: Int32Array;
  readonly seenNice: Int32Array;
  readonly keys: Int32Array;
  readonly order: Int32Array;
  readonly candKeys: Int32Array;
  readonly zeros: Float64Array;
  readonly hist: Int32Array;
  stampNo: number;
  readonly credits: Map<string, Credits>;
  creditCells: number;
  alumniBuf: Int32Array;
  /** The kept-rows heap (kernelHeap.ts), handed in so the kernel needs no import at run time. */
  readonly Heap: typeof KeptHeap;
}
