import type Database from 'better-sqlite3';
import type { Track } from '../../shared/domain';
import { ApiError } from '../../shared/api/errors';
import { record } from '../audit/record';
import { packedColumns, unpackSkills } from '../repos/personSkills';
import { normKey } from './normalize';
import { invalidateTaxonomy, taxonomyFor, USER_VERSION_KEY } from './taxonomy';
import { forgetUnknown } from './unknown';

// The user teaching the taxonomy: "FooDB" means PostgreSQL from now on, or "Acme Flow" is a
// skill of our own. Stored in skills / skill_aliases (user_defined = 1); the taxonomy of every
// connection picks it up through the version in settings.

export interface AddAliasOutcome {
  alias: string;
  skill: string;
  createdSkill: boolean;
  updatedPeople: number;
  updatedRoles: number;
}

// Control characters (NUL among them) never belong in a skill's name or alias.
const tidy = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().replace(/\s+/g, ' ');

/** Stored terms (person or role skills) that read as `key`. */
function termsWithKey(db: Database.Database, sql: string, key: string): string[] {
  return (db.prepare(sql).pluck().all() as string[]).filter((t) => normKey(t) === key);
}

/**
 * Unknown terms of every person that read as `key` become `skill` (known); where the person already
 * holds `skill` the term just goes. Returns the number of terms changed.
 */
function remapPeople(db: Database.Database, key: string, skill: string): number {
  let changed = 0;
  // Marked updated, as every write of skills is: match freshness sees them through updated_at.
  const write = db.prepare("UPDATE people SET skills = ?, skill_names = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?");
  // Only lists with an unknown term can change: the packed JSON then holds `",0,"` (a raw text
  // holding it too only costs a parse).
  const rows = db.prepare(`SELECT id, skills FROM people WHERE skills LIKE '%",0,"%'`).raw().all() as [number, string][];
  for (const [id, packed] of rows) {
    const list = unpackSkills(packed);
    const hits = list.filter((k) => k[1] === 0 && normKey(k[0]) === key);
    if (hits.length === 0) continue;
    let next = list.filter((k) => !hits.includes(k));
    for (const k of hits) {
      if (!next.some((n) => n[0] === skill)) next = [...next, [skill, 1, k[2], k[3], k[4]]];
      changed++;
    }
    const cols = packedColumns(next);
    write.run(cols.skills, cols.skillNames, id);
  }
  return changed;
}

export function addUserAlias(db: Database.Database, aliasIn: string, skillIn: string, tracks: Track[] = [], at: Date = new Date()): AddAliasOutcome {
  const alias = tidy(aliasIn);
  const key = normKey(alias);
  if (!key) throw new ApiError('BAD_ARGS', 'The alias needs at least one letter or digit.', { field: 'alias' });
  const skillName = tidy(skillIn);
  if (!normKey(skillName)) throw new ApiError('BAD_ARGS', 'The skill needs at least one letter or digit.', { field: 'skill' });

  const tax = taxonomyFor(db);
  const known = tax.get(skillName) ?? (tax.canonical(skillName) ? tax.get(tax.canonical(skillName)!) : undefined);
  const skill = known?.name ?? skillName;
  const createdSkill = !known;
  // A person's skill names are stored joined by ", " (repos/personSkills.ts), and skills cells are
  // split at commas anyway, so a skill of the user's own cannot have one in its name.
  if (createdSkill && skill.includes(',')) {
    throw new ApiError('BAD_ARGS', `A new skill's name cannot hold a comma ("${skill}"): skills cells are split at commas. Use "and" or a slash instead.`, { field: 'skill' });
  }
  const current = tax.canonical(alias);
  if (current && current !== skill && normKey(current) === key) {
    throw new ApiError('CONFLICT', `"${current}" is a skill of its own, so it cannot also mean ${skill}.`, { field: 'alias' });
  }
  if (current === skill && !createdSkill) return { alias, skill, createdSkill: false, updatedPeople: 0, updatedRoles: 0 };

  let updatedPeople = 0;
  let updatedRoles = 0;
  db.transaction(() => {
    // The skills row anchors the alias (foreign key); a built-in skill gets a plain row too.
    db.prepare('INSERT OR IGNORE INTO skills (name, tracks, parent, user_defined) VALUES (?, ?, ?, ?)').run(
      skill,
      JSON.stringify(known ? known.tracks : tracks),
      known?.parent ?? null,
      createdSkill ? 1 : 0,
    );
    if (key !== normKey(skill)) {
      const stale = (db.prepare('SELECT alias FROM skill_aliases WHERE user_defined = 1').pluck().all() as string[]).filter((a) => normKey(a) === key);
      for (const a of stale) db.prepare('DELETE FROM skill_aliases WHERE alias = ?').run(a);
      db.prepare('INSERT INTO skill_aliases (alias, skill, user_defined) VALUES (?, ?, 1) ON CONFLICT(alias) DO UPDATE SET skill = excluded.skill, user_defined = 1').run(alias, skill);
    }
    forgetUnknown(db, alias);

    // People and roles that hold the term as an unknown skill now hold the skill.
    updatedPeople = remapPeople(db, key, skill);
    for (const term of termsWithKey(db, 'SELECT DISTINCT skill FROM role_skills', key)) {
      if (term === skill) continue;
      updatedRoles += db.prepare('DELETE FROM role_skills WHERE skill = ? AND EXISTS (SELECT 1 FROM role_skills r2 WHERE r2.role_id = role_skills.role_id AND r2.kind = role_skills.kind AND r2.skill = ?)').run(term, skill).changes;
      updatedRoles += db.prepare('UPDATE role_skills SET skill = ? WHERE skill = ?').run(skill, term).changes;
    }
    db.prepare(`INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`).run(USER_VERSION_KEY);
    record(db, 'skills_alias', `skill:${skill}`, { alias, createdSkill, updatedPeople, updatedRoles }, at);
  })();
  invalidateTaxonomy(db);
  return { alias, skill, createdSkill, updatedPeople, updatedRoles };
}
