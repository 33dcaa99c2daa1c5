import { TRACKS, type Track } from '../../shared/domain';
import { COMMON_WORDS } from './commonWords';
import { normKey, wordKeys } from './normalize';
import { settleShared } from './ambiguous';
import { readCell, type CellIndex } from './readCell';
import { insertAlias, newTrie, readText, type TrieNode } from './readText';
import { CELL_ONLY, compileRule, type CompiledRule, type TextRuleData } from './textRules';
import type { Adjacent, SkillDef, SkillsReading, Taxonomy } from './types';

// An in-memory taxonomy: the built-in data plus a workspace's own skills and aliases, indexed
// for fast lookups (a Map of normalised spelling → skill for cells, a word trie for prose).

export interface TaxonomyData {
  version: number;
  skills: { name: string; tracks: string[]; parent: string | null; aliases: string[] }[];
  adjacency: { a: string; b: string; weight: number; directed?: boolean }[];
  textRules: TextRuleData[];
}

export interface UserSkill {
  name: string;
  tracks: Track[];
  parent: string | null;
}

export interface UserAlias {
  alias: string;
  skill: string;
}

/** What a skill can stand in for, when no edge says otherwise: its parent, at this weight. */
export const PARENT_WEIGHT = 0.6;

export interface TaxonomyModel extends Taxonomy {
  /** Skills the workspace added itself (not in the built-in data). */
  isUserDefined(name: string): boolean;
  /** Direct children (skills whose parent is `name`). */
  children(name: string): readonly string[];
}

const validTrack = (t: string): t is Track => (TRACKS as readonly string[]).includes(t);

export function buildTaxonomy(data: TaxonomyData, userSkills: UserSkill[] = [], userAliases: UserAlias[] = []): TaxonomyModel {
  const defs = new Map<string, SkillDef>();
  for (const s of data.skills) defs.set(s.name, { name: s.name, tracks: s.tracks.filter(validTrack), parent: s.parent, aliases: [...s.aliases] });
  const userNames = new Set<string>();
  for (const u of userSkills) {
    if (defs.has(u.name)) continue;
    defs.set(u.name, { name: u.name, tracks: u.tracks.filter(validTrack), parent: u.parent && u.parent !== u.name ? u.parent : null, aliases: [] });
    userNames.add(u.name);
  }

  // normKey → canonical name. Names first, then aliases; a user alias overrides a built-in one.
  const byKey = new Map<string, string>();
  for (const d of defs.values()) byKey.set(normKey(d.name), d.name);
  for (const d of defs.values()) for (const a of d.aliases) if (!byKey.has(normKey(a))) byKey.set(normKey(a), d.name);
  const userAliasKeys = new Set<string>();
  for (const ua of userAliases) {
    const target = defs.get(ua.skill);
    const k = normKey(ua.alias);
    const previous = byKey.get(k);
    if (!target || !k || previous === ua.skill) continue;
    if (previous) {
      if (normKey(previous) === k) continue; // a skill's own name cannot become another skill's alias
      const old = defs.get(previous)!;
      old.aliases = old.aliases.filter((a) => normKey(a) !== k);
    }
    byKey.set(k, ua.skill);
    target.aliases.push(ua.alias);
    userAliasKeys.add(k);
  }

  const rules = new Map<string, CompiledRule>();
  for (const r of data.textRules) rules.set(normKey(r.term), compileRule(r));
  const trackOf = (name: string): Track | null => defs.get(name)?.tracks[0] ?? null;
  const trie: TrieNode = newTrie();
  for (const d of defs.values()) {
    for (const spelling of [d.name, ...d.aliases]) {
      const k = normKey(spelling);
      if (byKey.get(k) !== d.name) continue;
      let rule = rules.get(k) ?? null;
      // A workspace alias that is an everyday word ("Lever", "Spring") is read from skills cells only.
      if (!rule && userAliasKeys.has(k) && wordKeys(spelling).length === 1 && COMMON_WORDS.has(k)) rule = CELL_ONLY;
      if (rule?.mode === 'cell') continue;
      insertAlias(trie, spelling, { skill: d.name, track: trackOf(d.name), rule });
    }
  }

  const adjacency = buildAdjacency(data, defs);
  const children = new Map<string, string[]>();
  for (const d of defs.values()) if (d.parent) (children.get(d.parent) ?? children.set(d.parent, []).get(d.parent)!).push(d.name);

  const lookupKey = (k: string): string | undefined => {
    const hitName = byKey.get(k);
    if (hitName) return hitName;
    // "LLMs", "vector databases": a plural of a known spelling.
    return k.length >= 4 && k.endsWith('s') ? byKey.get(k.slice(0, -1)) : undefined;
  };
  const canonical = (term: string): string | null => (term ? (lookupKey(normKey(term)) ?? null) : null);
  const found = new Map([...defs.keys()].map((name) => [name, { name, track: trackOf(name) }]));
  const cellIndex: CellIndex = {
    lookup(term) {
      const name = canonical(term);
      return name ? found.get(name) : undefined;
    },
    trie,
    cache: new Map(),
  };
  const all = [...defs.values()];

  const get = (name: string) => defs.get(name) ?? (canonical(name) ? defs.get(canonical(name)!) : undefined);

  return {
    canonical,
    get,
    all: () => all,
    adjacent: (name) => adjacency.get(name) ?? adjacency.get(canonical(name) ?? '') ?? [],
    readCell: (text: string): SkillsReading => settleShared(readCell(cellIndex, text ?? ''), get),
    readText: (text: string): SkillsReading => settleShared(readText(trie, text ?? ''), get),
    isUserDefined: (name) => userNames.has(name),
    children: (name) => children.get(name) ?? [],
  };
}

function buildAdjacency(data: TaxonomyData, defs: Map<string, SkillDef>): Map<string, Adjacent[]> {
  const best = new Map<string, Map<string, number>>();
  const explicit = new Set<string>();
  const add = (target: string, source: string, weight: number) => {
    if (!defs.has(target) || !defs.has(source) || target === source) return;
    const m = best.get(target) ?? best.set(target, new Map()).get(target)!;
    m.set(source, Math.max(m.get(source) ?? 0, weight));
  };
  for (const e of data.adjacency) {
    // Directed a → b: having a earns credit toward a must-have b.
    add(e.b, e.a, e.weight);
    explicit.add(`${e.b}\u0000${e.a}`);
    if (!e.directed) {
      add(e.a, e.b, e.weight);
      explicit.add(`${e.a}\u0000${e.b}`);
    }
  }
  for (const d of defs.values()) {
    if (d.parent && !explicit.has(`${d.parent}\u0000${d.name}`)) add(d.parent, d.name, PARENT_WEIGHT);
  }
  const out = new Map<string, Adjacent[]>();
  for (const [target, m] of best) {
    out.set(
      target,
      [...m].map(([skill, weight]) => ({ skill, weight })).sort((x, y) => y.weight - x.weight || x.skill.localeCompare(y.skill)),
    );
  }
  return out;
}
