import { describe, expect, it } from 'vitest';
import { primaryTrack, readTitle } from '../../src/core/skills/titles';
import { loadTaxonomy } from '../../src/core/skills/taxonomy';
import type { Level, Track } from '../../src/shared/domain';

const TITLES: [string, Track | null, Level | null][] = [
  ['Sr. MLOps Eng.', 'mlops', 'senior'],
  ['SWE II', null, 'mid'],
  ['L5', null, 'senior'],
  ['E6', null, 'staff'],
  ['Software Engineer (L4)', null, 'mid'],
  ['IC3 Engineer', null, 'senior'],
  ['Staff Platform Engineer', 'platform', 'staff'],
  ['DevOps Engineer', 'platform', null],
  ['Site Reliability Engineer', 'sre', null],
  ['SRE Manager', 'sre', 'manager'],
  ['Head of ML', 'ai_ml', 'director'],
  ['Principal Data Scientist', 'ai_ml', 'principal'],
  ['Data Scientist', 'ai_ml', null],
  ['Engineering Manager, Infrastructure', 'cloud_infra', 'manager'],
  ['Software Engineer Intern', null, 'intern'],
  ['Data Engineering Co-op', 'data', 'intern'],
  ['Junior Frontend Developer', 'fullstack', 'junior'],
  ['Research Scientist, LLMs', 'ai_ml', null],
  ['Cloud Architect', 'cloud_infra', 'senior'],
  ['Security Engineer', 'security', null],
  ['Cloud Security Engineer', 'security', null],
  ['Machine Learning Engineer II', 'ai_ml', 'mid'],
  ['Senior Staff Engineer', null, 'staff'],
  ['Lead Data Engineer', 'data', 'senior'],
  ['Associate Director, Data', 'data', 'director'],
  ['Associate Software Engineer', null, 'junior'],
  ['Graduate Software Engineer', null, 'junior'],
  ['Member of Technical Staff', null, null],
  ['Senior Member of Technical Staff', null, 'senior'],
  ['Staff Accountant', 'other', null],
  ['Product Manager', 'other', null],
  ['Senior Product Manager', 'other', 'senior'],
  ['Customer Success Manager', 'other', null],
  ['VP of Engineering', null, 'director'],
  ['CTO', null, 'director'],
  ['Director of Platform Engineering', 'platform', 'director'],
  ['IT Manager', 'cloud_infra', 'manager'],
  ['Full-Stack Developer', 'fullstack', null],
  ['Back-end Engineer III', 'fullstack', 'senior'],
  ['AI Platform Engineer', 'mlops', null],
  ['ML Platform Engineer', 'mlops', null],
  ['Data Platform Engineer', 'data', null],
  ['Android Developer', 'fullstack', null],
  ['Network Engineer', 'cloud_infra', null],
  ['Database Administrator', 'data', null],
  ['Principal Engineer', null, 'principal'],
  ['Distinguished Engineer', null, 'principal'],
  ['Software Engineer', null, null],
  ['', null, null],
];

describe('reading job titles', () => {
  it.each(TITLES)('%j → %s / %s', (title, track, level) => {
    const r = readTitle(title);
    expect({ track: r.track, level: r.level }).toEqual({ track, level });
  });

  it('lets skills choose when a title joins tracks', () => {
    expect(readTitle('Data/ML Engineer')).toEqual({ track: 'ai_ml', level: null, candidates: ['ai_ml', 'data'] });
    expect(readTitle('DevOps/SRE Engineer')).toEqual({ track: 'sre', level: null, candidates: ['sre', 'platform'] });
  });
});

describe('primary track', () => {
  const tax = loadTaxonomy();

  it('follows a clear title whatever the skills', () => {
    expect(primaryTrack('sre', ['React', 'TypeScript'], tax)).toBe('sre');
    expect(primaryTrack(readTitle('DevOps Engineer'), ['Python'], tax)).toBe('platform');
  });

  it('fills in a generic title from the skills', () => {
    expect(primaryTrack(readTitle('Software Engineer'), ['Kubernetes', 'Terraform', 'Helm', 'Python'], tax)).toBe('platform');
    expect(primaryTrack(null, ['React', 'TypeScript', 'Node.js', 'CSS'], tax)).toBe('fullstack');
    expect(primaryTrack(null, ['PyTorch', 'LLMs', 'Hugging Face'], tax)).toBe('ai_ml');
    expect(primaryTrack(null, ['Excel', 'Jira'], tax)).toBe('other');
  });

  it('breaks a title tie with the skills', () => {
    expect(primaryTrack(readTitle('Data/ML Engineer'), ['PyTorch', 'MLflow', 'Python'], tax)).toBe('ai_ml');
    expect(primaryTrack(readTitle('Data/ML Engineer'), ['Airflow', 'dbt', 'Snowflake'], tax)).toBe('data');
    expect(primaryTrack(readTitle('DevOps/SRE Engineer'), ['Terraform', 'Argo CD', 'Backstage'], tax)).toBe('platform');
    expect(primaryTrack(readTitle('DevOps/SRE Engineer'), [], tax)).toBe('sre');
  });

  it('says nothing without a title or known skills', () => {
    expect(primaryTrack(null, [], tax)).toBeNull();
    expect(primaryTrack(null, ['Underwater basket weaving'], tax)).toBeNull();
  });
});
