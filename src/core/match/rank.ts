import type { CompactStore } from './compact';
import { kernel, type BestTracker, type Credits, type Kept, type RankOptions, type RoleRanking } from './kernel';
import { planRole } from './plan';
import type { RoleProfile, SkillGraph } from './types';

export type { BestTracker, Kept, RankOptions, RoleRanking };

// The fast ranker, for this thread: the kernel (kernel.ts) over a store and a role's plan.

export { kernel };
export type Scratch = ReturnType<typeof kernel.createScratch>;

export const newScratch = (n: number): Scratch => kernel.createScratch(n);

// Credit lists (who has a skill or a neighbour of it) depend on the store and its taxonomy only, so
// runs on the same cached store share them, as they share its place tables.
const creditsByStore = new WeakMap<CompactStore, Map<string, Credits>>();

/** Scratch space for ranking against `store`, re-using credit lists earlier runs on it built. */
export function storeScratch(store: CompactStore): Scratch {
  let credits = creditsByStore.get(store);
  if (!credits) creditsByStore.set(store, (credits = new Map()));
  return kernel.createScratch(store.n, credits);
}
export const bestTracker = (n: number): BestTracker => kernel.createBest(n);

/** Ranks everyone in `store` for one role; keeps the top K and the best near misses below them. */
export function rankRole(store: CompactStore, role: RoleProfile, graph: SkillGraph, opts: RankOptions, sc: Scratch, best?: BestTracker): RoleRanking {
  return kernel.rankRole(store, planRole(store, role, graph), opts, sc, best ?? null);
}
