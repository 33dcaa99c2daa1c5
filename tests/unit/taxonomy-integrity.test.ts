import { describe, expect, it } from 'vitest';
import data from '../../resources/taxonomy/skills.json';
import { TRACKS } from '../../src/shared/domain';
import { normKey, wordKeys } from '../../src/core/skills/normalize';
import { COMMON_WORDS } from '../../src/core/skills/commonWords';

// The committed resources/taxonomy/skills.json, checked as data.
const skills = data.skills;
const byName = new Map(skills.map((s) => [s.name, s]));

describe('the built-in taxonomy', () => {
  it('is big enough for tech hiring', () => {
    expect(skills.length).toBeGreaterThanOrEqual(500);
    expect(skills.reduce((n, s) => n + s.aliases.length, 0)).toBeGreaterThanOrEqual(1500);
    expect(data.adjacency.length).toBeGreaterThanOrEqual(150);
  });

  it('covers the skills the brief names', () => {
    for (const name of ['MLflow', 'Kubeflow', 'Ray', 'vLLM', 'LangChain', 'LlamaIndex', 'Retrieval-augmented generation', 'Vector databases', 'Fine-tuning', 'LoRA', 'Prompt engineering', 'LLM evaluation', 'Kubernetes', 'Helm', 'Argo CD', 'Backstage', 'Crossplane', 'Internal developer platforms', 'Terraform', 'Pulumi', 'Prometheus', 'Grafana', 'OpenTelemetry', 'Incident management', 'Service level objectives', 'Amazon Web Services', 'Google Cloud', 'Microsoft Azure', 'Amazon EKS', 'Google GKE', 'Azure AKS', 'Networking', 'FinOps', 'COBOL', 'jQuery', 'Microsoft SharePoint', 'Microsoft Excel', 'Project management']) {
      expect(byName.has(name), name).toBe(true);
    }
  });

  it('has unique names and no spelling that means two skills', () => {
    expect(byName.size).toBe(skills.length);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of skills) {
      for (const spelling of [s.name, ...s.aliases]) {
        const k = normKey(spelling);
        expect(k, `${s.name}: "${spelling}"`).not.toBe('');
        const other = owner.get(k);
        if (other && other !== s.name) clashes.push(`"${spelling}" means ${other} and ${s.name}`);
        owner.set(k, s.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses only valid tracks, and every skill has one', () => {
    for (const s of skills) {
      expect(s.tracks.length, s.name).toBeGreaterThan(0);
      for (const t of s.tracks) expect(TRACKS, s.name).toContain(t);
    }
  });

  it('names only existing parents, without cycles', () => {
    for (const s of skills) {
      if (!s.parent) continue;
      expect(byName.has(s.parent), `${s.name} → ${s.parent}`).toBe(true);
      const seen = new Set([s.name]);
      for (let p: string | null = s.parent; p; p = byName.get(p)?.parent ?? null) {
        expect(seen.has(p), `cycle through ${s.name}`).toBe(false);
        seen.add(p);
      }
    }
    expect(byName.get('PyTorch')?.parent).toBe('Deep learning frameworks');
  });

  it('links only existing skills, with weights between 0 and 1', () => {
    for (const e of data.adjacency) {
      expect(byName.has(e.a), e.a).toBe(true);
      expect(byName.has(e.b), e.b).toBe(true);
      expect(e.a).not.toBe(e.b);
      expect(e.weight).toBeGreaterThan(0);
      expect(e.weight).toBeLessThanOrEqual(1);
    }
  });

  it('protects every everyday English word with a prose rule', () => {
    const rules = new Map(data.textRules.map((r) => [normKey(r.term), r]));
    for (const r of data.textRules) {
      expect(['ci', 'cased', 'strict', 'cell']).toContain(r.mode);
      const owner = skills.find((s) => [s.name, ...s.aliases].includes(r.term));
      expect(owner, `rule "${r.term}" names no alias`).toBeDefined();
    }
    for (const s of skills) {
      for (const a of [s.name, ...s.aliases]) {
        if (wordKeys(a).length === 1 && COMMON_WORDS.has(normKey(a))) expect(rules.has(normKey(a)), `${a} (${s.name})`).toBe(true);
      }
    }
    for (const word of ['Go', 'R', 'C', 'Spark', 'Rust', 'Swift', 'Java', 'Excel']) expect(rules.get(normKey(word))?.mode, word).toMatch(/cased|strict/);
  });

  it('credits its sources', () => {
    expect(data.sources.map((s) => s.id)).toEqual(['curated', 'onet', 'esco', 'linguist']);
    expect(data.sources.find((s) => s.id === 'onet')?.attribution).toMatch(/USDOL\/ETA/);
    expect(byName.get('Terraform')?.aliases).toContain('IBM Terraform');
  });
});
