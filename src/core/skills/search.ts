import { normKey } from './normalize';
import type { SkillDef, Taxonomy } from './types';

// Type-ahead over names and aliases, and the cell-or-prose guess for "skills resolve TEXT".

export interface SkillMatch {
  def: SkillDef;
  /** 0 exact name, 1 exact alias, 2 name prefix, 3 alias prefix, 4 name contains, 5 alias contains. */
  rank: number;
}

/** Skills for a query, best first: exact before prefix before substring, names before aliases, shorter names first. */
export function searchSkills(taxonomy: Taxonomy, query: string, limit: number): SkillDef[] {
  const q = normKey(query);
  if (!q) return [];
  const found: SkillMatch[] = [];
  for (const def of taxonomy.all()) {
    const name = normKey(def.name);
    let rank = name === q ? 0 : name.startsWith(q) ? 2 : name.includes(q) ? 4 : 9;
    for (const a of def.aliases) {
      if (rank <= 1) break;
      const k = normKey(a);
      rank = Math.min(rank, k === q ? 1 : k.startsWith(q) ? 3 : k.includes(q) ? 5 : 9);
    }
    if (rank < 9) found.push({ def, rank });
  }
  found.sort((x, y) => x.rank - y.rank || x.def.name.length - y.def.name.length || x.def.name.localeCompare(y.def.name));
  return found.slice(0, limit).map((m) => m.def);
}

/**
 * "auto" mode: a short list-like text is a skills cell ("Python, k8s; AWS", "FooTool"), anything
 * with sentences is prose. Each piece of a cell has at most five words.
 */
export function looksLikeCell(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 1000) return false;
  if (/[.!?]\s+\p{Lu}/u.test(t)) return false;
  return t.split(/[,;|•·\n\t]/).every((piece) => piece.trim().split(/\s+/).length <= 5);
}
