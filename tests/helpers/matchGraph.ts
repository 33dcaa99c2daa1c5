import { graphFromLists } from '../../src/core/match/graph';
import type { PersonProfile, RoleProfile } from '../../src/core/match/types';
import type { MatchWeights } from '../../src/shared/domain';

/** A small hand-made taxonomy for the engine's tests: tracks, aliases and adjacency. */
export const testGraph = graphFromLists(
  [
    { name: 'Terraform', tracks: ['platform', 'cloud_infra'], aliases: ['tf'] },
    { name: 'Ansible', tracks: ['platform'] },
    { name: 'Kubernetes', tracks: ['platform', 'sre'], aliases: ['k8s'] },
    { name: 'Docker', tracks: ['platform'] },
    { name: 'Go', tracks: ['platform', 'sre'], aliases: ['golang'] },
    { name: 'Python', tracks: ['ai_ml', 'data'] },
    { name: 'PyTorch', tracks: ['ai_ml'] },
    { name: 'TensorFlow', tracks: ['ai_ml'] },
    { name: 'Prometheus', tracks: ['sre'] },
  ],
  [
    ['Ansible', 'Terraform', 0.6],
    ['Docker', 'Kubernetes', 0.5],
    ['TensorFlow', 'PyTorch', 0.75],
  ],
  'test',
);

export const EVEN: MatchWeights = { mustHave: 40, niceToHave: 10, trackFit: 10, levelFit: 10, locationFit: 10, availability: 10, boomerang: 5, depth: 5 };

export function person(p: Partial<PersonProfile> & { id: number }): PersonProfile {
  return {
    title: null,
    track: null,
    level: null,
    yearsExp: null,
    location: null,
    country: null,
    remotePref: null,
    relocate: null,
    availableOn: null,
    layoff: null,
    sources: [],
    summary: null,
    skills: [],
    alumni: null,
    ...p,
  };
}

export const skills = (...names: string[]) => names.map((n) => ({ skill: testGraph.canonical(n), raw: n }));

export function role(r: Partial<RoleProfile> & { id: number }): RoleProfile {
  return {
    reqId: `REQ-${r.id}`,
    title: 'Platform Engineer',
    track: 'platform',
    level: null,
    location: null,
    remotePolicy: null,
    must: [],
    nice: [],
    weights: EVEN,
    ...r,
  };
}
