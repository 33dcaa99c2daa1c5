import { TRACKS } from '../../shared/domain';
import { levelIndex, NT, placeTable, trackIndex, type CompactStore } from './compact';
import type { RolePlan, SkillPlan } from './kernel';
import { trackValue } from './parts/track';
import { wantedPlan } from './parts/skills';
import { applicableParts } from './score';
import type { RoleProfile, SkillGraph } from './types';
import { normalise } from './weights';

// Resolves a role against a store for the kernel: skill names become store ids, adjacency
// becomes credits, and every part's lookup table is worked out by the same pure functions the
// explanation uses. Plain data, so it can be handed to another thread.

function skillPlans(store: CompactStore, wanted: RoleProfile['must'], graph: SkillGraph): SkillPlan[] {
  return wantedPlan(wanted, graph).map((w) => ({
    key: w.key,
    id: store.skillIds.get(w.key) ?? -1,
    adj: w.adjacent.flatMap((a) => {
      const id = store.skillIds.get(a.key);
      return id === undefined ? [] : [{ id, credit: a.credit }];
    }),
  }));
}

/** Bound columns kept per store, by role track, level and weights; past this many, roles go without. */
const MAX_BOUNDS = 64;
const boundsByStore = new WeakMap<CompactStore, Map<string, Float32Array>>();

/**
 * Per person, an upper bound on the weighted track, level, availability, boomerang and depth parts
 * (the kernel adds location at its best and the coverages). The same products as the kernel's sum,
 * plus a margin far above float error and below a score's tenth, stored as float32 on shared memory
 * (a second thread reads it in place). Roles with the same track, level and weights share one.
 */
function boundColumn(store: CompactStore, trackTable: Float64Array, rl: number, rt: number, shares: number[]): Float32Array | null {
  const [, , s2, s3, , s5, s6, s7] = shares as [number, number, number, number, number, number, number, number];
  const key = `${rt}|${rl}|${s2}|${s3}|${s5}|${s6}|${s7}`;
  let cache = boundsByStore.get(store);
  if (!cache) boundsByStore.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit || cache.size >= MAX_BOUNDS) return hit ?? null;
  const { n, track, levelFit, avail, boom, depth } = store;
  const out = new Float32Array(new SharedArrayBuffer(n * 4));
  for (let i = 0; i < n; i++) {
    const ti = track[i]!;
    const level = rl < 0 ? 0 : s3 * levelFit[rl * n + i]!;
    out[i] = s2 * trackTable[ti < 0 ? NT : ti]! + level + s5 * avail[i]! + s6 * boom[i]! + s7 * depth[rt * n + i]! + 1e-6;
  }
  cache.set(key, out);
  return out;
}

export function planRole(store: CompactStore, role: RoleProfile, graph: SkillGraph): RolePlan {
  const trackTable = new Float64Array(NT + 1);
  for (let t = 0; t < NT; t++) trackTable[t] = trackValue(TRACKS[t]!, role.track);
  trackTable[NT] = trackValue(null, role.track);
  const shares = normalise(role.weights, applicableParts(role));
  const rl = levelIndex(role.level);
  const rt = trackIndex(role.track);
  return {
    roleId: role.id,
    mustN: role.must.length,
    must: skillPlans(store, role.must, graph),
    nice: skillPlans(store, role.nice, graph),
    shares,
    trackTable,
    rl,
    rt,
    places: placeTable(store, role),
    bound: boundColumn(store, trackTable, rl, rt, shares),
  };
}
