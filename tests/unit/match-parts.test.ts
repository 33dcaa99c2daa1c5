import { describe, expect, it } from 'vitest';
import { trackPart, trackValue, trackFromTitle } from '../../src/core/match/parts/track';
import { levelPart, levelValue } from '../../src/core/match/parts/level';
import { locationPart } from '../../src/core/match/parts/location';
import { availabilityPart } from '../../src/core/match/parts/availability';
import { boomerangPart } from '../../src/core/match/parts/boomerang';
import { depthFacts, depthPart, productionSignals } from '../../src/core/match/parts/depth';
import { readPlace, readRating } from '../../src/core/match/facts';
import { person, skills, testGraph } from '../helpers/matchGraph';
import type { AlumniFacts } from '../../src/core/match/types';

describe('track fit', () => {
  it('counts neighbouring tracks as adjacent, not misses', () => {
    expect(trackValue('platform', 'platform')).toBe(1);
    expect(trackValue('sre', 'platform')).toBe(0.75);
    expect(trackValue('cloud_infra', 'sre')).toBe(0.75);
    expect(trackValue('mlops', 'ai_ml')).toBe(0.7);
    expect(trackValue('fullstack', 'platform')).toBe(0.3);
    expect(trackValue('ai_ml', 'sre')).toBe(0.1);
    expect(trackValue(null, 'sre')).toBe(0.4);
  });
  it('reads DevOps in a title as platform, adjacent to SRE', () => {
    expect(trackFromTitle('Senior DevOps Engineer')).toBe('platform');
    expect(trackPart(null, 'DevOps Engineer', 'platform')).toEqual({ value: 1, note: 'Platform background (from the title "DevOps Engineer"), Platform role.', applicable: true });
    expect(trackPart(null, 'DevOps Engineer', 'sre')).toEqual({ value: 0.75, note: 'DevOps background (from the title "DevOps Engineer") is adjacent to SRE (75%).', applicable: true });
    expect(trackPart('sre', 'SRE', 'platform').note).toBe('SRE background is adjacent to Platform (75%).');
  });
});

describe('level fit', () => {
  it('scores by distance, one level above easier than one below', () => {
    expect(levelValue('senior', null, 'senior')).toBe(1);
    expect(levelValue('staff', null, 'senior')).toBe(0.8);
    expect(levelValue('mid', null, 'senior')).toBe(0.6);
    expect(levelValue('junior', null, 'senior')).toBe(0.25);
    expect(levelValue('intern', null, 'senior')).toBe(0);
  });
  it('discounts a manager for an individual role and a level read from years', () => {
    expect(levelValue('manager', null, 'senior')).toBe(0.8 * 0.7);
    expect(levelValue(null, 6, 'senior')).toBe(0.9);
    expect(levelValue(null, null, 'senior')).toBe(0.5);
    expect(levelPart(null, 6, 'senior').note).toBe('Senior (estimated from 6 years) for a Senior role: same level.');
    expect(levelPart('mid', null, 'senior').note).toBe('Mid for a Senior role: 1 level below.');
  });
  it('does not apply when the role has no level', () => {
    expect(levelPart('senior', 5, null)).toMatchObject({ applicable: false, value: 0 });
  });
});

describe('location fit', () => {
  const p = (location: string | null, country: string | null, relocate: boolean | null = null, remotePref: 'remote' | null = null) => ({ location, country, relocate, remotePref });
  const london = { location: 'London, UK', remotePolicy: 'onsite' as const };
  it('ranks same city, same country, abroad, with relocation', () => {
    expect(locationPart(p('London', 'United Kingdom'), london).value).toBe(1);
    expect(locationPart(p('Manchester', 'UK', true), london).value).toBe(0.75);
    expect(locationPart(p('Manchester', 'UK'), london).value).toBe(0.5);
    expect(locationPart(p('Manchester', 'UK', false), london).value).toBe(0.2);
    expect(locationPart(p('Berlin', 'Germany', true), london)).toMatchObject({ value: 0.5, flags: ['other_country'] });
    expect(locationPart(p('Berlin', 'Germany', false), london).value).toBe(0);
    expect(locationPart(p(null, null), london).value).toBe(0.4);
  });
  it('caps people who want remote work for an on-site role', () => {
    expect(locationPart(p('London', 'UK', null, 'remote'), london)).toMatchObject({ value: 0.4, flags: ['wants_remote'] });
    expect(locationPart(p('London', 'UK', null, 'remote'), { location: 'London', remotePolicy: 'hybrid' }).value).toBe(0.6);
  });
  it('matches remote roles by region', () => {
    const eu = { location: 'Remote (EU)', remotePolicy: 'remote' as const };
    expect(locationPart(p('Berlin', 'Germany'), eu).value).toBe(1);
    expect(locationPart(p('London', 'UK'), eu)).toMatchObject({ value: 0.6, flags: ['other_country'] });
    expect(locationPart(p('Lisbon', null), { location: null, remotePolicy: 'remote' }).value).toBe(1);
    expect(locationPart(p('London', 'UK'), { location: null, remotePolicy: null }).applicable).toBe(false);
  });
  it('reads places as people write them', () => {
    expect(readPlace('San Francisco, CA')).toMatchObject({ city: 'san francisco', country: 'US' });
    expect(readPlace('Berlin, DE')).toMatchObject({ city: 'berlin', country: 'DE' });
    expect(readPlace('Wilmington, DE')).toMatchObject({ city: 'wilmington', country: 'US' });
    expect(readPlace('Germany')).toMatchObject({ city: null, country: 'DE' });
  });
});

describe('availability', () => {
  const asOf = '2026-06-30';
  const intel = { company: 'Intel', date: '2025-08-14', laidOff: 15000 };
  it('bands by months since the layoff and names the layoff', () => {
    expect(availabilityPart(person({ id: 1, availableOn: '2026-05-01', layoff: intel }), asOf)).toEqual({
      value: 1,
      note: 'Laid off 2026-05-01 (Intel — cut 15,000, Aug 2025), 1 month ago.',
      applicable: true,
    });
    expect(availabilityPart(person({ id: 1, availableOn: '2025-12-01', sources: ['layoff_list'] }), asOf).value).toBe(0.65);
    expect(availabilityPart(person({ id: 1, layoff: intel }), asOf).value).toBe(0.65);
    expect(availabilityPart(person({ id: 1, availableOn: '2024-01-01' }), asOf).value).toBe(0.2);
  });
  it('scores soon-available, listed without a date, and unknown', () => {
    expect(availabilityPart(person({ id: 1, availableOn: '2026-08-01' }), asOf)).toMatchObject({ value: 0.9, note: 'Available from 2026-08-01.' });
    expect(availabilityPart(person({ id: 1, sources: ['layoff_list'] }), asOf)).toMatchObject({ value: 0.6, note: 'Laid off; date unknown.' });
    expect(availabilityPart(person({ id: 1 }), asOf)).toMatchObject({ value: 0.25, note: 'Availability unknown; may be employed.' });
  });
  it('counts a layoff exit from us', () => {
    const alumni: AlumniFacts = { rehire: 'eligible', hireDate: '2020-01-01', exitDate: '2026-04-15', exitType: 'layoff', lastPerformance: null, regrettable: null };
    expect(availabilityPart(person({ id: 1, alumni }), asOf)).toMatchObject({ value: 1, note: 'Laid off 2026-04-15 (in our layoff), 2 months ago.' });
  });
});

describe('boomerang', () => {
  const a = (x: Partial<AlumniFacts>): AlumniFacts => ({ rehire: 'eligible', hireDate: '2020-01-01', exitDate: '2024-01-01', exitType: 'layoff', lastPerformance: null, regrettable: null, ...x });
  it('rewards eligible alumni by tenure, last performance and regret', () => {
    expect(boomerangPart(a({ lastPerformance: 'Exceeds', regrettable: true }))).toEqual({
      value: 1,
      note: 'Former employee, eligible for rehire; 4.0 years with us, last rating "Exceeds", regrettable loss.',
      applicable: true,
    });
    expect(boomerangPart(a({ hireDate: '2022-01-01', lastPerformance: 'Meets' })).value).toBeCloseTo(0.8, 12);
    expect(boomerangPart(a({ hireDate: '2023-07-01', lastPerformance: 'Needs improvement' })).value).toBeCloseTo(0.3, 12);
  });
  it('shows "review" as such, at half credit', () => {
    const r = boomerangPart(a({ rehire: 'review' }));
    expect(r).toMatchObject({ value: 0.4, flags: ['rehire_review'] });
    expect(r.note).toBe('Former employee, rehire needs review; 4.0 years with us.');
    expect(boomerangPart(a({ rehire: 'unknown' }))).toMatchObject({ value: 0.4, flags: ['rehire_unknown'] });
  });
  it('flags ineligible alumni with no credit', () => {
    expect(boomerangPart(a({ rehire: 'ineligible', lastPerformance: 'Exceeds' }))).toEqual({
      value: 0,
      note: 'Former employee, not eligible for rehire; 4.0 years with us, last rating "Exceeds".',
      applicable: true,
      flags: ['ineligible_rehire'],
    });
    expect(boomerangPart(null)).toEqual({ value: 0, note: 'Not a former employee.', applicable: true });
  });
  it('reads ratings as they are written', () => {
    expect(['Exceeds', '4/5', '3/5', '2/5', '85%', 'Needs improvement', 'Meets expectations', '', 'n/a'].map(readRating)).toEqual(['high', 'high', 'meets', 'low', 'high', 'low', 'meets', null, null]);
  });
});

describe('depth', () => {
  it('credits production ownership and focus in the role track', () => {
    const f = depthFacts(
      person({ id: 1, yearsExp: 10, summary: 'Owned the production Kubernetes platform and was on-call; scaled it to 3,000 nodes.', skills: skills('Kubernetes', 'Terraform', 'Go', 'Prometheus', 'Docker') }),
      testGraph,
    );
    expect(f.signals).toEqual(['production', 'on-call', 'ownership', 'scale']);
    const d = depthPart(f, 'platform');
    expect(d.value).toBe(0.5 * 1 + 0.35 * 0.8 + 0.15 * 1);
    expect(d.note).toBe('Production evidence: production, on-call, ownership, scale; 4 of 5 skills in Platform; 10 years.');
  });
  it('discounts a long list of frameworks with nothing behind it', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ skill: i < 10 ? ['Kubernetes', 'Terraform', 'Go', 'Docker', 'Ansible'][i % 5]! + (i >= 5 ? ` ${i}` : '') : `Framework ${i}`, raw: 'x' }));
    const f = depthFacts(person({ id: 1, yearsExp: 3, summary: 'Passionate about learning new frameworks.', skills: many }), testGraph);
    const d = depthPart(f, 'platform');
    expect(d.flags).toEqual(['shallow_list']);
    expect(d.value).toBe((0.35 * (5 / 30) + 0.15 * (3 / 8)) * (20 / 30));
    expect(d.note).toMatch(/a long list of 30 skills with little behind it\.$/);
  });
  it('reads a data engineer\'s volumes, a cloud move and money saved as evidence, a move to a city not', () => {
    expect(productionSignals('Built streaming jobs processing 2B events/day.')).toEqual(['scale']);
    expect(productionSignals('Moved on-prem ETL into AWS Glue.')).toEqual(['migration']);
    expect(productionSignals('FinOps: Savings Plans; saved $4.1M/yr.')).toEqual(['impact']);
    expect(productionSignals('Moved to Berlin in 2020.')).toEqual([]);
  });
});
