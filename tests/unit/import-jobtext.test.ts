import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/import/values/html';
import { remoteFromLocation, remoteFromPosting, skillsFromDescription } from '../../src/core/import/values/jobText';
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

  it('gives nice-to-haves for the lines under a heading that says so, until the next heading', () => {
    const r = skillsFromDescription('What you bring:\n- Python\n- Kubernetes\nNice to have:\n- Ray\n- Terraform\nRequirements:\n- Terraform', readText);
    expect(r.must.map((k) => k.skill)).toEqual(['Python', 'Kubernetes', 'Terraform']);
    expect(r.nice.map((k) => k.skill)).toEqual(['Ray']);
  });

  it('reads an HTML description (Workday, Greenhouse) as lines of text', () => {
    const html = '<p>We are hiring!</p><ul><li>5+ years with <b>Python</b>&nbsp;and R&amp;D</li><li>Kubernetes (EKS)</li><li>Nice to have: Ray</li></ul><br/>Thanks';
    expect(htmlToText(html)).toBe('We are hiring!\n• 5+ years with Python and R&D\n• Kubernetes (EKS)\n• Nice to have: Ray\n\nThanks');
    const r = skillsFromDescription(htmlToText(html), readText);
    expect(r.must.map((k) => k.skill)).toEqual(['Python', 'Kubernetes']);
    expect(r.nice.map((k) => k.skill)).toEqual(['Ray']);
    expect(htmlToText('Python, Go & Rust; 3 < 5')).toBe('Python, Go & Rust; 3 < 5');
  });

  it('finds nothing in prose without known skills', () => {
    expect(skillsFromDescription('Join a great team.', readText)).toEqual({ must: [], nice: [] });
  });
});

describe('sections and options of a job posting', () => {
  const MORE = ['Python', 'Go', 'Rust', 'Kubernetes', 'Terraform', 'GCP', 'LangChain', 'LlamaIndex', 'Pinecone', 'Weaviate', 'Vector databases', 'MLflow', 'Ray', 'Operating systems', 'Excel'];
  const read = (t: string): SkillsReading => ({
    skills: MORE.map((k) => ({ k, at: t.search(new RegExp(`\\b${k}\\b`, 'i')) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at).map(({ k, at }) => ({ name: k, raw: t.slice(at, at + k.length), track: null })),
    unknown: [],
  });
  const posting = [
    'About us',
    'Lumora is the operating systems company for insurers.',
    'What you\'ll need',
    '- Python and Kubernetes in production',
    '- Go, Python or Rust',
    '- LangChain, LlamaIndex or similar',
    '- Vector databases (Pinecone, Weaviate)',
    '- MLflow or another model registry',
    '- Terraform and one major cloud (GCP preferred)',
    'Nice to have',
    '- Ray',
    'Benefits',
    '- We excel at parental leave; Excel stipend',
  ].join('\n');

  it('headings without a colon open their section; "About us" and "Benefits" ask for nothing', () => {
    const r = skillsFromDescription(posting, read);
    expect(r.must.map((k) => k.skill)).toEqual(['Python', 'Kubernetes', 'Vector databases', 'Terraform']);
    expect(r.nice.map((k) => k.skill).sort()).toEqual(['GCP', 'Go', 'LangChain', 'LlamaIndex', 'MLflow', 'Pinecone', 'Ray', 'Rust', 'Weaviate']);
  });

  it('"About You" and "About The Role" head requirements, however capitalised; "Go" in "Google" is no option of a list', () => {
    expect(skillsFromDescription('About us\nWe build Excel add-ins.\nAbout You\n- Python and Kubernetes\nAbout The Role\n- Terraform', read).must.map((k) => k.skill)).toEqual(['Python', 'Kubernetes', 'Terraform']);
    expect(skillsFromDescription('Requirements\n- Experience at Google scale with Go or Rust', read)).toEqual({ must: [], nice: [{ skill: 'Go', raw: 'Go' }, { skill: 'Rust', raw: 'Rust' }] });
  });

  it('a list joined by "and" is each required', () => {
    expect(skillsFromDescription('Requirements\n- Go, Rust and Terraform', read)).toEqual({ must: [{ skill: 'Go', raw: 'Go' }, { skill: 'Rust', raw: 'Rust' }, { skill: 'Terraform', raw: 'Terraform' }], nice: [] });
  });
});

describe('remote policy from a posting', () => {
  it('reads hybrid and remote-first wording, and nothing from an office alone', () => {
    expect(remoteFromPosting('Hybrid (Chicago, 2 days in office).')).toBe('hybrid');
    expect(remoteFromPosting('Benefits: remote-first, equity, 401(k).')).toBe('remote');
    expect(remoteFromPosting('Office in NYC or remote (US).')).toBe('remote');
    expect(remoteFromPosting('Our office is in Austin. We remotely monitor fleets.')).toBeNull();
    expect(remoteFromPosting('Hybrid cloud experience (AWS + on-prem); hybrid search.')).toBeNull();
    expect(remoteFromPosting('This is a hybrid role, 3 days on site.')).toBe('hybrid');
  });
});

describe('remote policy from an office cell', () => {
  it('reads remote and hybrid, and nothing from a plain city', () => {
    expect(remoteFromLocation('San Francisco HQ; Remote - US')).toBe('remote');
    expect(remoteFromLocation('Berlin (Hybrid)')).toBe('hybrid');
    expect(remoteFromLocation('Austin, TX')).toBeNull();
  });
});
