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

export function planRole(store: CompactStore, role: RoleProfile, graph: SkillGraph): RolePlan {
  const trackTable = new Float64Array(NT + 1);
  for (let t = 0; t < NT; t++) trackTable[t] = trackValue(TRACKS[t]!, role.track);
  trackTable[NT] = trackValue(null, role.track);
  return {
    roleId: role.id,
    mustN: role.must.length,
    must: skillPlans(store, role.must, graph),
    nice: skillPlans(store, role.nice, graph),
    shares: normalise(role.weights, applicableParts(role)),
    trackTable,
    rl: levelIndex(role.level),
    rt: trackIndex(role.track),
    places: placeTable(store, role),
  };
}
