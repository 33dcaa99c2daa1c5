import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { generate } from '../../bench/matchData';
import { graphFor } from '../../src/core/match/graphSource';
import { fullStore } from '../../src/core/match/run';
import { loadRoles } from '../../src/core/match/load';
import { planRole } from '../../src/core/match/plan';
import { rankMany } from '../../src/core/match/parallel';
import { bestTracker, newScratch } from '../../src/core/match/rank';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());
const today = '2026-06-30';

describe('ranking on two cores', () => {
  it('gives exactly what one thread gives: kept rows, ranks and each former employee’s best role', () => {
    core = tempCore();
    generate(core.db, { people: 3000, roles: 12, seed: 21, today });
    const graph = graphFor(core.db);
    const store = fullStore(core.db, graph, today);
    const plans = loadRoles(core.db, graph).map((r) => planRole(store, r, graph));
    const run = (threads: number) => {
      const best = bestTracker(store.n);
      const kept: unknown[] = new Array(plans.length);
      const out = rankMany(store, plans, { opts: { top: 25, nearMisses: 10 }, sc: newScratch(store.n), best, threads, minPeople: 0, onResult: (i, r) => (kept[i] = r.kept), onProgress: () => {} });
      return { threads: out.threads, kept, best: [Array.from(best.key), Array.from(best.role), Array.from(best.nearMiss)] };
    };
    const one = run(1);
    const two = run(2);
    expect(two.threads).toBe(2);
    expect(two.kept).toEqual(one.kept);
    expect(two.best).toEqual(one.best);
  });
});
