import type Database from 'better-sqlite3';
import type { Track } from '../../shared/domain';
import { parseJson } from '../repos/json';
import { graphFromLists } from './graph';
import type { SkillGraph } from './types';

// Where the engine gets its skills graph in a workspace. Tests and the evaluation pass a graph
// directly; everything else asks here, once per connection and taxonomy version.

const cache = new WeakMap<Database.Database, SkillGraph>();

/** Changes whenever skills, aliases or user mappings change. */
export function taxonomySignature(db: Database.Database): string {
  const r = db.prepare('SELECT (SELECT count(*) FROM skills) AS s, (SELECT count(*) FROM skill_aliases) AS a, (SELECT count(*) FROM skill_aliases WHERE user_defined = 1) AS u').get() as { s: number; a: number; u: number };
  return `db:${r.s}:${r.a}:${r.u}`;
}

export function graphFor(db: Database.Database): SkillGraph {
  const sig = taxonomySignature(db);
  const hit = cache.get(db);
  if (hit && hit.signature === sig) return hit;
  const skills = (db.prepare('SELECT name, tracks FROM skills').all() as { name: string; tracks: string }[]).map((s) => ({ name: s.name, tracks: parseJson<Track[]>(s.tracks, []), aliases: [] as string[] }));
  const byName = new Map(skills.map((s) => [s.name, s]));
  for (const a of db.prepare('SELECT alias, skill FROM skill_aliases').all() as { alias: string; skill: string }[]) byName.get(a.skill)?.aliases.push(a.alias);
  const g = graphFromLists(skills, [], sig);
  cache.set(db, g);
  return g;
}
