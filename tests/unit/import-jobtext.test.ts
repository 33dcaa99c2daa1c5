import { describe, expect, it } from 'vitest';
import { remoteFromLocation, skillsFromDescription } from '../../src/core/import/values/jobText';
import type { SkillsReading } from '../../src/core/skills/types';

// A stand-in taxonomy that knows four skills, so the sentence rules are what is tested.
const KNOWN = ['Python', 'Kubernetes', 'Terraform', 'Ray'];
const readText = (t: string): SkillsReading => ({
  skills: KNOWN.filter((k) => new RegExp(`\\b${k}\\b`, 'i').test(t)).map((k) => ({ name: k, raw: k, track: null })),
  unknown: [],
});

describe('skills from a job description', () => {
  it('sentences that say nice / bonus / plus / preferred give nice-to-haves, the rest must-haves', () => {
    const r = skillsFromDescription('Strong Python and Kubernetes.\nBonus: Ray; Terraform is a plus. Terraform daily!', readText);
    expect(r.must.map((k) => k.skill)).toEqual(['Python', 'Kubernetes', 'Terraform']);
    expect(r.nice.map((k) => k.skill)).toEqual(['Ray']);
  });

  it('finds nothing in prose without known skills', () => {
    expect(skillsFromDescription('Join a great team.', readText)).toEqual({ must: [], nice: [] });
  });
});

describe('remote policy from an office cell', () => {
  it('reads remote and hybrid, and nothing from a plain city', () => {
    expect(remoteFromLocation('San Francisco HQ; Remote - US')).toBe('remote');
    expect(remoteFromLocation('Berlin (Hybrid)')).toBe('hybrid');
    expect(remoteFromLocation('Austin, TX')).toBeNull();
  });
});
