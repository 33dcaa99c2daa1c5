import { describe, expect, it } from 'vitest';
import { roleScorer } from '../../src/core/match/bulk';
import { scorePair } from '../../src/core/match/score';
import type { PersonProfile, RoleProfile } from '../../src/core/match/types';
import { LEVELS, TRACKS } from '../../src/shared/domain';
import { EVEN, person, role, skills, testGraph } from '../helpers/matchGraph';

// Bulk scoring (a shortlist's "score now" for everyone outside the stored results) must give
// exactly the score a full explanation gives, person by person, for every kind of person.

const asOf = '2026-06-30';

/** A known set: every track and level, with and without years, places, skills, alumni records and layoffs. */
function knownPeople(): PersonProfile[] {
  const out: PersonProfile[] = [];
  const skillSets = [[], ['Terraform'], ['tf', 'Kubernetes', 'Go'], ['Ansible', 'Docker'], ['PyTorch', 'Python', 'TensorFlow'], ['k8s', 'Prometheus', 'golang', 'Rust', 'Figma']];
  const places: Partial<PersonProfile>[] = [
    { location: 'London', country: 'UK', remotePref: 'onsite', relocate: false },
    { location: 'Berlin', country: 'Germany', remotePref: 'remote', relocate: true },
    { location: 'San Francisco, CA', country: null, remotePref: 'hybrid', relocate: null },
    { location: null, country: null, remotePref: null, relocate: null },
  ];
  const alumni: PersonProfile['alumni'][] = [
    null,
    { rehire: 'eligible', hireDate: '2019-01-01', exitDate: '2024-06-01', exitType: 'layoff', lastPerformance: 'Exceeds', regrettable: true },
    { rehire: 'review', hireDate: '2023-01-01', exitDate: '2023-09-01', exitType: 'voluntary', lastPerformance: 'Meets', regrettable: null },
    { rehire: 'ineligible', hireDate: '2015-01-01', exitDate: '2020-01-01', exitType: 'involuntary', lastPerformance: null, regrettable: false },
    { rehire: 'unknown', hireDate: null, exitDate: null, exitType: null, lastPerformance: null, regrettable: null },
  ];
  let id = 0;
  for (const track of [...TRACKS, null]) {
    for (const level of [...LEVELS, null]) {
      id++;
      out.push(
        person({
          id,
          title: id % 3 === 0 ? 'DevOps Engineer' : id % 3 === 1 ? 'Senior ML Engineer' : null,
          track,
          level,
          yearsExp: id % 4 === 0 ? null : (id * 7) % 16,
          ...places[id % places.length],
          availableOn: id % 5 === 0 ? null : `2026-0${1 + (id % 9)}-15`,
          layoff: id % 6 === 0 ? { company: 'Intel', date: id % 12 === 0 ? null : '2025-08-01', laidOff: 15000 } : null,
          sources: id % 2 === 0 ? ['layoff_list'] : ['ats'],
          summary: id % 3 === 0 ? 'Owned production Kubernetes, on-call, migrated 40 clusters and cut costs by 30%.' : id % 3 === 1 ? 'Team player.' : null,
          skills: skills(...skillSets[id % skillSets.length]!),
          alumni: alumni[id % alumni.length]!,
        }),
      );
    }
  }
  return out;
}

const ROLES: RoleProfile[] = [
  role({ id: 1, track: 'platform', level: 'senior', location: 'London, UK', remotePolicy: 'hybrid', must: skills('Terraform', 'Kubernetes'), nice: skills('Go') }),
  role({ id: 2, track: 'ai_ml', level: null, must: skills('PyTorch'), nice: [], weights: { ...EVEN, depth: 20, boomerang: 0 } }),
  role({ id: 3, track: 'sre', level: 'staff', location: 'Remote (EU)', remotePolicy: null, must: [], nice: skills('Prometheus', 'Docker') }),
  role({ id: 4, track: 'other', level: 'manager', remotePolicy: 'onsite', location: 'Berlin, Germany', must: skills('Terraform', 'Python', 'Rust'), nice: skills('Figma') }),
];

describe('bulk scoring', () => {
  const people = knownPeople();

  it.each(ROLES.map((r) => [r.id, r] as const))('gives every person exactly the score of a full explanation (role %i)', (_id, r) => {
    const score = roleScorer(r, testGraph, asOf);
    const bulk = people.map((p) => score(p));
    const oneByOne = people.map((p) => scorePair(p, r, testGraph, asOf).score);
    expect(bulk).toEqual(oneByOne);
    // Not a degenerate set: the scores spread out.
    expect(new Set(oneByOne).size).toBeGreaterThan(20);
  });
});
