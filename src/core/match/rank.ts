import { performance } from 'node:perf_hooks';
import type { CompactStore } from './compact';
import type { RoleProfile, SkillGraph } from './types';
import { KeptHeap, type Kept } from './heap';
import { fillKeys, isNearMiss, keyAt, keysFor, prepare, Scratch, type RankOptions, type RolePrep, type RoleRanking } from './prep';
import { rankPruned } from './prune';

export { Scratch, keyAt };
export type { Kept, RankOptions, RoleRanking };

// The fast ranker: one role against everyone over typed arrays (see prep.ts), either scoring
// everyone or, for large stores, only those who can reach the kept list (prune.ts).

/** Below this many people, scoring everyone is as quick as working out whom to skip. */
export const PRUNE_MIN_PEOPLE = 5000;

/** Each former employee's best role across a run (match_best): pass it to every rankRole call. */
export interface BestTracker {
  key: Int32Array;
  role: Int32Array;
  nearMiss: Uint8Array;
  /** Time spent keeping it, in seconds (reported apart from ranking). */
  seconds: number;
}
export function bestTracker(n: number): BestTracker {
  return { key: new Int32Array(n).fill(-1), role: new Int32Array(n).fill(-1), nearMiss: new Uint8Array(n), seconds: 0 };
}

/** Scores everyone and keeps the best; the reference the pruned path must agree with. */
function rankFull(p: RolePrep, opts: RankOptions, sc: Scratch): RoleRanking {
  const n = p.store.n;
  const keys = sc.keys;
  fillKeys(p, keys);
  const hist = sc.hist;
  hist.fill(0);
  const top = new KeptHeap(opts.top);
  const near = new KeptHeap(opts.nearMisses);
  const pending: { kept: Kept; before: number }[] = [];
  let topMin = top.minKey();
  let nearMin = near.minKey();
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const before = hist[key]!;
    hist[key] = before + 1;
    // People come in index order: a later one gets in only with a strictly higher key.
    if (key > topMin) {
      const k: Kept = { index: i, score10: key >> 1, eligible: key & 1, nearMiss: isNearMiss(p, i), mustFull: p.mustFull[i]!, rank: 0 };
      const out = top.offer(k);
      pending.push({ kept: k, before });
      // Whoever drops out of the top may still be one of the best near misses.
      if (out && out.nearMiss) {
        near.offer(out);
        nearMin = near.minKey();
      }
      topMin = top.minKey();
    } else if (key > nearMin && isNearMiss(p, i)) {
      const k: Kept = { index: i, score10: key >> 1, eligible: key & 1, nearMiss: true, mustFull: p.mustFull[i]!, rank: 0 };
      near.offer(k);
      pending.push({ kept: k, before });
      nearMin = near.minKey();
    }
  }
  const above = new Int32Array(2003);
  for (let k = 2001; k >= 0; k--) above[k] = above[k + 1]! + hist[k]!;
  // Rank: everyone with a higher key, plus equal keys seen earlier (lower ids).
  for (const q of pending) q.kept.rank = 1 + above[q.kept.score10 * 2 + q.kept.eligible + 1]! + q.before;
  return { kept: [...top.items, ...near.items].sort((a, b) => a.rank - b.rank), scored: n, above, pruned: false };
}

function trackBest(p: RolePrep, best: BestTracker, keys: Int32Array | null, sc: Scratch): void {
  const alumni = p.store.alumni;
  // After a pruned ranking only some keys are known: work out the alumni's in one tight pass.
  const own = keys ? null : sc.alumniKeys(alumni.length);
  if (own) keysFor(p, alumni, 0, alumni.length, own);
  for (let k = 0; k < alumni.length; k++) {
    const i = alumni[k]!;
    const key = keys ? keys[i]! : own![k]!;
    if (key > best.key[i]!) {
      best.key[i] = key;
      best.role[i] = p.roleId;
      best.nearMiss[i] = isNearMiss(p, i) ? 1 : 0;
    }
  }
}

/** Ranks everyone in `store` for one role; keeps the top K and the best near misses below them. */
export function rankRole(store: CompactStore, role: RoleProfile, graph: SkillGraph, opts: RankOptions, sc: Scratch, best?: BestTracker): RoleRanking {
  const p = prepare(store, role, graph, sc);
  const prune = opts.prune ?? store.n >= PRUNE_MIN_PEOPLE;
  const pruned = prune ? rankPruned(p, opts, sc) : null;
  const result = pruned ?? rankFull(p, opts, sc);
  if (best) {
    const t = performance.now();
    trackBest(p, best, result.pruned ? null : sc.keys, sc);
    best.seconds += (performance.now() - t) / 1000;
  }
  return result;
}
