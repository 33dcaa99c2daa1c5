import { describe, expect, it } from 'vitest';
import { coverage, coverageNote, nearMiss, toSkillSet } from '../../src/core/match/parts/skills';
import { skills, testGraph } from '../helpers/matchGraph';

const want = (...names: string[]) => names.map((s) => ({ skill: s, raw: s }));

describe('skill coverage', () => {
  it('gives full credit for exact and alias matches, partial for adjacent, none for missing', () => {
    const set = toSkillSet(testGraph, skills('ansible', 'k8s'));
    const c = coverage(set, want('Go', 'Kubernetes', 'Terraform'), 'must', testGraph);
    expect(c.credits).toEqual([0, 1, 0.6]);
    expect(c.value).toBe(1.6 / 3);
    expect(c.full).toBe(1);
    expect(c.matched).toEqual([{ skill: 'Kubernetes', raw: 'k8s', kind: 'must' }]);
    expect(c.partial).toEqual([{ skill: 'Terraform', via: 'Ansible', weight: 0.6, raw: 'ansible', kind: 'must', label: 'Ansible for Terraform' }]);
    expect(c.missing).toEqual(['Go']);
    expect(coverageNote(c, 3, 'must')).toBe('1 of 3 must-haves; partly Ansible for Terraform (60%); missing Go.');
  });

  it('matches aliases on either side and ignores case', () => {
    const set = toSkillSet(testGraph, skills('GoLang', 'TF'));
    const c = coverage(set, want('go', 'terraform'), 'nice', testGraph);
    expect(c.value).toBe(1);
    expect(c.matched.map((m) => m.raw)).toEqual(['GoLang', 'TF']);
  });

  it('takes the strongest adjacent skill and never more than 0.9 of a skill', () => {
    const set = toSkillSet(testGraph, skills('Docker'));
    expect(coverage(set, want('Kubernetes'), 'must', testGraph).value).toBe(0.5);
    const generous = { ...testGraph, adjacent: () => [{ skill: 'Docker', weight: 1 }] };
    expect(coverage(set, want('Kubernetes'), 'must', generous).value).toBe(0.9);
  });

  it('says so when a role lists no skills of a kind', () => {
    const c = coverage(new Map(), [], 'nice', testGraph);
    expect(c.value).toBe(0);
    expect(coverageNote(c, 0, 'nice')).toBe('The role lists no nice-to-have skills.');
  });
});

describe('near misses', () => {
  const must = want('Go', 'Kubernetes', 'Terraform');
  it('marks one missing must-have as a near miss and names it', () => {
    const c = coverage(toSkillSet(testGraph, skills('Kubernetes', 'Terraform')), must, 'must', testGraph);
    expect(nearMiss(c, 3)).toEqual({ nearMiss: true, skill: 'Go' });
  });
  it('marks a must-have held only through an adjacent skill as a near miss', () => {
    const c = coverage(toSkillSet(testGraph, skills('Go', 'Kubernetes', 'Ansible')), must, 'must', testGraph);
    expect(nearMiss(c, 3)).toEqual({ nearMiss: true, skill: 'Terraform' });
  });
  it('is not a near miss with two gaps, or with none', () => {
    expect(nearMiss(coverage(toSkillSet(testGraph, skills('Go')), must, 'must', testGraph), 3).nearMiss).toBe(false);
    expect(nearMiss(coverage(toSkillSet(testGraph, skills('Go', 'Kubernetes', 'Terraform')), must, 'must', testGraph), 3).nearMiss).toBe(false);
  });
  it('with a single must-have, only an adjacent stand-in is a near miss', () => {
    const one = want('Terraform');
    expect(nearMiss(coverage(new Map(), one, 'must', testGraph), 1).nearMiss).toBe(false);
    expect(nearMiss(coverage(toSkillSet(testGraph, skills('Ansible')), one, 'must', testGraph), 1)).toEqual({ nearMiss: true, skill: 'Terraform' });
  });
});
