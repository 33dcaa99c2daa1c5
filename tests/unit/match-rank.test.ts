import { describe, expect, it } from 'vitest';
import { buildStore } from '../../src/core/match/compact';
import { bestTracker, newScratch, rankRole } from '../../src/core/match/rank';
import { compareRanked, scorePair } from '../../src/core/match/score';
import type { PersonProfile, RoleProfile } from '../../src/core/match/types';
import { LEVELS, TRACKS, type MatchWeights } from '../../src/shared/domain';
import { rng } from '../../bench/matchData';
import { EVEN, person, role, testGraph } from '../helpers/matchGraph';

const SKILLS = ['Terraform', 'tf', 'Ansible', 'Kubernetes', 'k8s', 'Docker', 'Go', 'golang', 'Python', 'PyTorch', 'TensorFlow', 'Prometheus', 'Rust', 'Figma'];
const PLACES: [string | null, string | null][] = [['London', 'UK'], ['Berlin', 'Germany'], ['San Francisco, CA', null], [null, null], ['Remote', 'US']];
const asOf = '2026-06-30';

function randomPeople(n: number, seed: number): PersonProfile[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const [location, country] = pick(PLACES);
    const own = [...new Set(Array.from({ length: Math.floor(r() * 6) }, () => pick(SKILLS)))];
    return person({
      id: i * 3 + 1,
      title: pick(['DevOps Engineer', 'SRE', 'ML Engineer', null]),
      track: r() < 0.2 ? null : pick(TRACKS),
      level: r() < 0.2 ? null : pick(LEVELS),
      yearsExp: r() < 0.2 ? null : Math.floor(r() * 15),
      location,
      country,
      remotePref: pick(['remote', 'hybrid', 'onsite', null] as const),
      relocate: pick([true, false, null]),
      availableOn: r() < 0.5 ? `202${pick([4, 5, 6])}-0${1 + Math.floor(r() * 9)}-15` : null,
      sources: r() < 0.5 ? ['layoff_list'] : ['ats'],
      summary: pick(['Owned production Kubernetes and was on-call.', 'Team player.', null]),
      skills: own.map((s) => ({ skill: testGraph.canonical(s), raw: s })),
      alumni: r() < 0.3 ? { rehire: pick(['eligible', 'review', 'ineligible', 'unknown'] as const), hireDate: '2019-01-01', exitDate: '2024-06-01', exitType: 'layoff', lastPerformance: pick(['Exceeds', 'Meets', null]), regrettable: null } : null,
    });
  });
}

function randomRole(id: number, seed: number): RoleProfile {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const names = [...new Set(Array.from({ length: 5 }, () => testGraph.canonical(pick(SKILLS))))].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const cut = Math.floor(r() * names.length);
  const w = Object.fromEntries(Object.keys(EVEN).map((k) => [k, Math.floor(r() * 20)])) as unknown as MatchWeights;
  return role({
    id,
    track: pick(TRACKS),
    level: r() < 0.3 ? null : pick(LEVELS),
    location: pick(['London, UK', 'Remote (EU)', null]),
    remotePolicy: pick(['remote', 'hybrid', 'onsite', null] as const),
    must: names.slice(0, cut).map((s) => ({ skill: s, raw: s })),
    nice: names.slice(cut).map((s) => ({ skill: s, raw: s })),
    weights: r() < 0.5 ? EVEN : { ...w, mustHave: w.mustHave + 1 },
  });
}

describe('the fast ranker', () => {
  const people = randomPeople(1500, 7);
  const store = buildStore(people, testGraph, asOf);
  const sc = newScratch(store.n);

  it.each([
    ['scoring everyone', false],
    ['skipping whoever cannot reach the list', true],
  ])('keeps exactly the top K and the best near misses below them, with their ranks, %s', (_name, prune) => {
    let pruned = 0;
    for (let k = 0; k < 40; k++) {
      const r = randomRole(100 + k, 1000 + k);
      const all = people
        .map((p) => ({ p, e: scorePair(p, r, testGraph, asOf) }))
        .map(({ p, e }) => ({ personId: p.id, score: e.score, eligibleBoomerang: e.eligibleBoomerang, nearMiss: e.nearMiss }))
        .sort(compareRanked);
      const ranked = rankRole(store, r, testGraph, { top: 8, nearMisses: 4, prune }, sc);
      if (ranked.pruned) pruned++;
      const got = ranked.kept.map((x) => ({ personId: store.ids[x.index]!, score: x.score10 / 10, rank: x.rank, nearMiss: x.nearMiss }));
      const top = all.slice(0, 8).map((x, i) => ({ personId: x.personId, score: x.score, rank: i + 1, nearMiss: x.nearMiss }));
      const near = all
        .map((x, i) => ({ personId: x.personId, score: x.score, rank: i + 1, nearMiss: x.nearMiss }))
        .slice(8)
        .filter((x) => x.nearMiss)
        .slice(0, 4);
      expect(got).toEqual([...top, ...near]);
    }
    // The pruned path must really have been taken (it falls back to scoring everyone when it cannot be exact).
    if (prune) expect(pruned).toBeGreaterThan(10);
  });

  it('tracks each former employee’s best role, the lower role id winning a tie', () => {
    const roles = [randomRole(1, 5), randomRole(2, 6), randomRole(3, 5)];
    const best = bestTracker(store.n);
    for (const r of roles) rankRole(store, r, testGraph, { top: 5, nearMisses: 0, prune: true }, sc, best);
    people.forEach((p, i) => {
      if (!p.alumni) {
        expect(best.role[i]).toBe(-1);
        return;
      }
      const scores = roles.map((r) => ({ id: r.id, e: scorePair(p, r, testGraph, asOf) }));
      const key = (e: { score: number; eligibleBoomerang: boolean }) => Math.round(e.score * 10) * 2 + (e.eligibleBoomerang ? 1 : 0);
      const top = scores.reduce((a, b) => (key(b.e) > key(a.e) ? b : a));
      expect([best.role[i], best.key[i]]).toEqual([top.id, key(top.e)]);
    });
  });
});
