import type Database from 'better-sqlite3';
import type { Explanation } from '../../shared/api/contract/match';
import { ENGINE_VERSION } from '../version';
import type { RoleProfile } from './types';

// Writes scores where the grids read them: match_results (kept rows per role, with the whole
// explanation), match_roles_state (what they were computed from) and match_best.

export interface ResultRow {
  personId: number;
  rank: number;
  explanation: Explanation;
}

/** A row ready to write: what the row's columns need, the explanation already as JSON. */
export interface StoredResult {
  personId: number;
  rank: number;
  score: number;
  nearMiss: boolean;
  mustMatched: number;
  engineVersion: string;
  json: string;
}

export function toStored(r: ResultRow): StoredResult {
  const e = r.explanation;
  return { personId: r.personId, rank: r.rank, score: e.score, nearMiss: e.nearMiss, mustMatched: e.mustMatched, engineVersion: e.engineVersion, json: JSON.stringify(e) };
}

export interface RoleStateInput {
  role: RoleProfile;
  roleSig: string;
  peopleSig: string;
  taxonomySig: string;
  asOf: string;
  scored: number;
  kept: number;
  computedAt: string;
}

/** Everything that, if it changed, changes this role's scores. */
export function roleSignature(role: RoleProfile): string {
  return JSON.stringify([role.track, role.level, role.location, role.remotePolicy, role.must.map((s) => s.skill), role.nice.map((s) => s.skill), role.weights]);
}

/** Writes a role's kept rows; replaces all of them unless `clear` is false (a merge). */
export function replaceRoleResults(db: Database.Database, roleId: number, rows: readonly (ResultRow | StoredResult)[], computedAt: string, clear = true): void {
  if (clear) db.prepare('DELETE FROM match_results WHERE role_id = ?').run(roleId);
  const ins = db.prepare(
    `INSERT OR REPLACE INTO match_results (role_id, person_id, score, rank, near_miss, must_matched, explanation, engine_version, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    const r = 'json' in row ? row : toStored(row);
    ins.run(roleId, r.personId, r.score, r.rank, r.nearMiss ? 1 : 0, r.mustMatched, r.json, r.engineVersion, computedAt);
  }
}

export function writeRoleState(db: Database.Database, s: RoleStateInput): void {
  db.prepare(
    `INSERT INTO match_roles_state (role_id, engine_version, weights, role_sig, people_sig, taxonomy_sig, as_of, scored, kept, computed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(role_id) DO UPDATE SET engine_version = excluded.engine_version, weights = excluded.weights, role_sig = excluded.role_sig,
       people_sig = excluded.people_sig, taxonomy_sig = excluded.taxonomy_sig, as_of = excluded.as_of, scored = excluded.scored,
       kept = excluded.kept, computed_at = excluded.computed_at`,
  ).run(s.role.id, ENGINE_VERSION, JSON.stringify(s.role.weights), s.roleSig, s.peopleSig, s.taxonomySig, s.asOf, s.scored, s.kept, s.computedAt);
}

/** Forgets the scores of roles that are no longer open (or no longer exist). */
export function dropClosedRoles(db: Database.Database): number[] {
  const gone = (db.prepare(`SELECT s.role_id AS id FROM match_roles_state s LEFT JOIN roles r ON r.id = s.role_id WHERE r.id IS NULL OR r.status <> 'open'`).all() as { id: number }[]).map((r) => r.id);
  const orphan = (db.prepare(`SELECT DISTINCT m.role_id AS id FROM match_results m JOIN roles r ON r.id = m.role_id WHERE r.status <> 'open'`).all() as { id: number }[]).map((r) => r.id);
  const ids = [...new Set([...gone, ...orphan])];
  for (const id of ids) {
    db.prepare('DELETE FROM match_results WHERE role_id = ?').run(id);
    db.prepare('DELETE FROM match_roles_state WHERE role_id = ?').run(id);
    db.prepare('DELETE FROM match_best WHERE role_id = ?').run(id);
  }
  return ids;
}

export interface BestRow {
  personId: number;
  roleId: number;
  score: number;
  nearMiss: boolean;
}

export function upsertBest(db: Database.Database, rows: Iterable<BestRow>, computedAt: string): void {
  const up = db.prepare(
    `INSERT INTO match_best (person_id, role_id, score, near_miss, computed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(person_id) DO UPDATE SET role_id = excluded.role_id, score = excluded.score, near_miss = excluded.near_miss, computed_at = excluded.computed_at`,
  );
  for (const r of rows) up.run(r.personId, r.roleId, r.score, r.nearMiss ? 1 : 0, computedAt);
}

/** Stored rows of one role, in rank order, for merging an incremental re-score. */
export interface StoredRow {
  personId: number;
  score: number;
  rank: number;
  eligible: boolean;
  nearMiss: boolean;
  explanation: string;
}

export function readRoleRows(db: Database.Database, roleId: number): StoredRow[] {
  return (
    db
      .prepare(`SELECT person_id, score, rank, near_miss, explanation, json_extract(explanation, '$.eligibleBoomerang') AS el FROM match_results WHERE role_id = ? ORDER BY rank, person_id`)
      .all(roleId) as { person_id: number; score: number; rank: number; near_miss: number; explanation: string; el: number | null }[]
  ).map((r) => ({ personId: r.person_id, score: r.score, rank: r.rank, eligible: r.el === 1, nearMiss: r.near_miss === 1, explanation: r.explanation }));
}
