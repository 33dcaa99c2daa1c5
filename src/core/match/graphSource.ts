import type Database from 'better-sqlite3';
import { taxonomyFor, taxonomySignature } from '../skills/taxonomy';
import { graphFromTaxonomy } from './graph';
import type { SkillGraph } from './types';

// Where the engine gets its skills graph in a workspace: the workspace's taxonomy (built-in data
// plus the user's own skills and aliases). Tests and the benchmark may pass a graph directly.

const cache = new WeakMap<Database.Database, SkillGraph>();

export { taxonomySignature };

export function graphFor(db: Database.Database): SkillGraph {
  const sig = taxonomySignature(db);
  const hit = cache.get(db);
  if (hit && hit.signature === sig) return hit;
  const g = graphFromTaxonomy(taxonomyFor(db), sig);
  cache.set(db, g);
  return g;
}
