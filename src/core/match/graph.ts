import type { Track } from '../../shared/domain';
import type { Adjacent, Taxonomy } from '../skills/types';
import type { SkillGraph } from './types';

/** The engine's view of a taxonomy, with lookups memoised (the engine asks the same names often). */
export function graphFromTaxonomy(t: Taxonomy, signature: string): SkillGraph {
  const canon = new Map<string, string>();
  const adj = new Map<string, readonly Adjacent[]>();
  const byLower = new Map<string, string>();
  for (const d of t.all()) byLower.set(d.name.toLowerCase(), d.name);
  const canonical = (term: string): string => {
    const key = term.trim();
    let c = canon.get(key);
    if (c === undefined) {
      c = t.canonical(key) ?? byLower.get(key.toLowerCase()) ?? key;
      canon.set(key, c);
    }
    return c;
  };
  return {
    canonical,
    adjacent(name) {
      let a = adj.get(name);
      if (!a) {
        a = t.adjacent(canonical(name)).map((x) => ({ skill: canonical(x.skill), weight: x.weight }));
        adj.set(name, a);
      }
      return a;
    },
    tracksOf: (name) => t.get(canonical(name))?.tracks ?? [],
    known: (name) => t.get(canonical(name)) !== undefined,
    signature,
  };
}

/** A graph from plain lists, for tests and the evaluation set. */
export function graphFromLists(
  skills: { name: string; tracks: Track[]; aliases?: string[] }[],
  adjacency: [from: string, to: string, weight: number][],
  signature = 'lists',
): SkillGraph {
  const byName = new Map(skills.map((s) => [s.name, s]));
  const alias = new Map<string, string>();
  for (const s of skills) {
    alias.set(s.name.toLowerCase(), s.name);
    for (const a of s.aliases ?? []) alias.set(a.toLowerCase(), s.name);
  }
  const adj = new Map<string, Adjacent[]>();
  // Adjacency is listed once and holds both ways ("Ansible ↔ Terraform").
  for (const [a, b, w] of adjacency) {
    (adj.get(b) ?? adj.set(b, []).get(b)!).push({ skill: a, weight: w });
    (adj.get(a) ?? adj.set(a, []).get(a)!).push({ skill: b, weight: w });
  }
  for (const list of adj.values()) list.sort((x, y) => y.weight - x.weight || x.skill.localeCompare(y.skill));
  const canonical = (term: string) => alias.get(term.trim().toLowerCase()) ?? term.trim();
  return {
    canonical,
    adjacent: (name) => adj.get(canonical(name)) ?? [],
    tracksOf: (name) => byName.get(canonical(name))?.tracks ?? [],
    known: (name) => byName.has(canonical(name)),
    signature,
  };
}
