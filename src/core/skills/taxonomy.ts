import type Database from 'better-sqlite3';
import type { Track } from '../../shared/domain';
import builtIn from '../../../resources/taxonomy/skills.json';
import { buildTaxonomy, type TaxonomyData, type TaxonomyModel, type UserAlias, type UserSkill } from './model';

// The taxonomy a workspace reads with: the built-in resources/taxonomy/skills.json plus the
// skills and aliases the user added (tables `skills` and `skill_aliases`, user_defined = 1).

const DATA = builtIn as unknown as TaxonomyData;
/** Settings key bumped on every change to the workspace's own skills or aliases. */
export const USER_VERSION_KEY = 'skills.userVersion';

let memo: TaxonomyModel | undefined;

/** The built-in taxonomy alone (memoised). */
export function loadTaxonomy(): TaxonomyModel {
  if (!memo) memo = buildTaxonomy(DATA);
  return memo;
}

/** A short fingerprint of the built-in data, so stored results can tell the taxonomy changed. */
export const BUILTIN_SIGNATURE = `v${DATA.version}.${DATA.skills.length}.${DATA.skills.reduce((n, s) => n + s.aliases.length, 0)}.${DATA.adjacency.length}`;

interface Cached {
  version: string;
  taxonomy: TaxonomyModel;
  versionStmt: Database.Statement;
}
const perDb = new WeakMap<Database.Database, Cached>();

function userVersion(db: Database.Database, cached?: Cached): { version: string; stmt: Database.Statement } {
  const stmt = cached?.versionStmt ?? db.prepare('SELECT value FROM settings WHERE key = ?');
  const row = stmt.get(USER_VERSION_KEY) as { value: string } | undefined;
  return { version: row?.value ?? '0', stmt };
}

/**
 * The taxonomy for a workspace, cached per connection. A connection that did not make a change
 * itself (a worker thread) still sees it: the cache is checked against a version in `settings`.
 */
export function taxonomyFor(db: Database.Database): TaxonomyModel {
  const cached = perDb.get(db);
  const { version, stmt } = userVersion(db, cached);
  if (cached && cached.version === version) return cached.taxonomy;
  const taxonomy = taxonomyFrom(userTaxonomy(db));
  perDb.set(db, { version, taxonomy, versionStmt: stmt });
  return taxonomy;
}

/** The workspace's own skills and aliases: plain data, so another thread can build the same taxonomy. */
export interface UserTaxonomy {
  skills: UserSkill[];
  aliases: UserAlias[];
}

export function userTaxonomy(db: Database.Database): UserTaxonomy {
  const skills = (db.prepare('SELECT name, tracks, parent FROM skills WHERE user_defined = 1 ORDER BY name').all() as { name: string; tracks: string; parent: string | null }[]).map(
    (r): UserSkill => ({ name: r.name, tracks: parseTracks(r.tracks), parent: r.parent }),
  );
  const aliases = db.prepare('SELECT alias, skill FROM skill_aliases WHERE user_defined = 1 ORDER BY alias').all() as UserAlias[];
  return { skills, aliases };
}

/** The taxonomy the built-in data and these user additions make (what taxonomyFor gives for the same workspace). */
export function taxonomyFrom(user: UserTaxonomy): TaxonomyModel {
  return user.skills.length || user.aliases.length ? buildTaxonomy(DATA, user.skills, user.aliases) : loadTaxonomy();
}

/** Forgets this connection's cached taxonomy (call after changing user skills or aliases). */
export function invalidateTaxonomy(db: Database.Database): void {
  perDb.delete(db);
}

/** Changes whenever the built-in data or the workspace's own skills and aliases change. */
export function taxonomySignature(db: Database.Database): string {
  return `tax:${BUILTIN_SIGNATURE}:u${userVersion(db, perDb.get(db)).version}`;
}

function parseTracks(json: string): Track[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v.filter((t) => typeof t === 'string') as Track[]) : [];
  } catch {
    return [];
  }
}
