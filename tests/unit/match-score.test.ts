import { describe, expect, it } from 'vitest';
import { compareRanked, scorePair } from '../../src/core/match/score';
import { normalise, resolveWeights, BUILTIN_WEIGHTS } from '../../src/core/match/weights';
import { ENGINE_VERSION } from '../../src/core/version';
import { EVEN, person, role, skills, testGraph } from '../helpers/matchGraph';

const asOf = '2026-06-30';
const platformRole = role({
  id: 7,
  level: 'senior',
  location: 'London, UK',
  remotePolicy: 'onsite',
  must: [
    { skill: 'Go', raw: 'Golang' },
    { skill: 'Kubernetes', raw: 'k8s' },
    { skill: 'Terraform', raw: 'Terraform' },
  ],
  nice: [
    { skill: 'Docker', raw: 'Docker' },
    { skill: 'Prometheus', raw: 'Prometheus' },
  ],
});
const sre = person({
  id: 42,
  title: 'Site Reliability Engineer',
  track: 'sre',
  level: 'senior',
  yearsExp: 8,
  location: 'London',
  country: 'United Kingdom',
  availableOn: '2026-05-01',
  sources: ['layoff_list', 'alumni'],
  skills: skills('ansible', 'k8s', 'Go', 'Prometheus'),
  alumni: { rehire: 'eligible', hireDate: '2019-01-01', exitDate: '2026-04-30', exitType: 'layoff', lastPerformance: 'Meets', regrettable: null },
});

describe('scorePair', () => {
  it('adds up the parts, each with its value, weight, points and a reason', () => {
    const e = scorePair(sre, platformRole, testGraph, asOf);
    expect(e.score).toBe(86);
    expect(Object.fromEntries(Object.entries(e.components).map(([k, c]) => [k, [c.value, c.weight, c.points]]))).toEqual({
      mustHave: [0.867, 40, 34.7],
      niceToHave: [0.75, 10, 7.5],
      trackFit: [0.75, 10, 7.5],
      levelFit: [1, 10, 10],
      locationFit: [1, 10, 10],
      availability: [1, 10, 10],
      boomerang: [0.9, 5, 4.5],
      depth: [0.36, 5, 1.8],
    });
    expect(e.components.mustHave.note).toBe('2 of 3 must-haves; partly Ansible for Terraform (60%).');
    expect(e.components.trackFit.note).toBe('SRE background is adjacent to Platform (75%).');
    expect(e.components.boomerang.note).toBe('Former employee, eligible for rehire; 7.3 years with us, last rating "Meets".');
    expect(e.matched).toEqual([
      { skill: 'Go', raw: 'Go', kind: 'must' },
      { skill: 'Kubernetes', raw: 'k8s', kind: 'must' },
      { skill: 'Prometheus', raw: 'Prometheus', kind: 'nice' },
    ]);
    expect(e.partial).toEqual([
      { skill: 'Terraform', via: 'Ansible', weight: 0.6, raw: 'ansible', kind: 'must', label: 'Ansible for Terraform' },
      { skill: 'Docker', via: 'Kubernetes', weight: 0.5, raw: 'k8s', kind: 'nice', label: 'Kubernetes for Docker' },
    ]);
    expect(e.missing).toEqual([]);
    expect(e.missingNice).toEqual([]);
    expect(e).toMatchObject({ mustTotal: 3, mustMatched: 2, nearMiss: true, nearMissSkill: 'Terraform', flags: ['near_miss'], eligibleBoomerang: true, engineVersion: ENGINE_VERSION, weights: EVEN, asOf });
  });

  it('gives the weight of parts that do not apply to the others, so every role scores out of 100', () => {
    const e = scorePair(sre, { ...platformRole, nice: [], level: null }, testGraph, asOf);
    expect(e.components.niceToHave).toEqual({ value: 0, weight: 0, points: 0, note: 'The role lists no nice-to-have skills.' });
    expect(e.components.levelFit.weight).toBe(0);
    expect(e.score).toBe(85.6);
  });

  it('gives the same answer every time', () => {
    const a = JSON.stringify(scorePair(sre, platformRole, testGraph, asOf));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(scorePair(structuredClone(sre), structuredClone(platformRole), testGraph, asOf))).toBe(a);
  });

  it('keeps ineligible alumni in the list, flagged', () => {
    const e = scorePair({ ...sre, alumni: { ...sre.alumni!, rehire: 'ineligible' } }, platformRole, testGraph, asOf);
    expect(e.flags).toEqual(['ineligible_rehire', 'near_miss']);
    expect(e.components.boomerang.value).toBe(0);
    expect(e.eligibleBoomerang).toBe(false);
    expect(e.score).toBe(81.5);
  });
});

describe('ranked order', () => {
  it('breaks ties by eligible boomerang first, then by person id', () => {
    const rows = [
      { personId: 9, score: 80, eligibleBoomerang: false },
      { personId: 3, score: 80, eligibleBoomerang: false },
      { personId: 12, score: 80, eligibleBoomerang: true },
      { personId: 1, score: 79.9, eligibleBoomerang: true },
      { personId: 2, score: 91, eligibleBoomerang: false },
    ];
    expect(rows.sort(compareRanked).map((r) => r.personId)).toEqual([2, 12, 3, 9, 1]);
  });
});

describe('weights', () => {
  it('normalises over the parts that apply', () => {
    expect(normalise(EVEN, [true, false, true, false, true, true, true, true])).toEqual([0.5, 0, 0.125, 0, 0.125, 0.125, 0.0625, 0.0625]);
  });
  it('takes the role own weights, else the user defaults, else the built-in ones for the track', () => {
    const own = { ...EVEN, depth: 30 };
    const d = { global: { ...EVEN, boomerang: 20 }, byTrack: { sre: { ...EVEN, trackFit: 25 } } };
    expect(resolveWeights(own, 'sre', d)).toEqual({ weights: own, source: 'role' });
    expect(resolveWeights(null, 'sre', d)).toEqual({ weights: d.byTrack.sre, source: 'track_default' });
    expect(resolveWeights(null, 'data', d)).toEqual({ weights: d.global, source: 'global_default' });
    expect(resolveWeights(null, 'ai_ml', { global: null, byTrack: {} })).toEqual({ weights: BUILTIN_WEIGHTS.ai_ml, source: 'builtin' });
  });
});

describe('a role that lists no skills', () => {
  it('weighs must-haves at nothing earned, so it cannot outrank a role whose skills the person has', () => {
    const bare = role({ id: 8, level: 'senior', location: 'London, UK', remotePolicy: 'onsite', must: [], nice: [] });
    const e = scorePair(sre, bare, testGraph, asOf);
    expect(e.components.mustHave).toMatchObject({ weight: bare.weights.mustHave, points: 0, note: 'The role lists no must-have skills, so no one earns these points: add them in Roles.' });
    expect(e.components.niceToHave.weight).toBe(0);
    expect(e.score).toBeLessThan(scorePair(sre, platformRole, testGraph, asOf).score);
  });

  it('a role with nice-to-haves only leaves its must-have weight to the rest', () => {
    const niceOnly = role({ id: 9, level: 'senior', must: [], nice: [{ skill: 'Docker', raw: 'Docker' }] });
    expect(scorePair(sre, niceOnly, testGraph, asOf).components.mustHave.weight).toBe(0);
  });
});
