import type Database from 'better-sqlite3';
import type { Explanation } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';
import { graphFor, taxonomySignature } from '../match/graphSource';
import { peopleSignature, sigText } from '../match/freshness';
import { ENGINE_VERSION } from '../version';
import { loadProfiles, loadRoles } from '../match/load';
import { scorePair } from '../match/score';
import { scoreMany } from '../match/bulk';

// Scores for shortlist entries. The stored match results are what the match grid showed the
// manager, so they come first; a person outside the stored list is scored now by the same
// deterministic engine. A role that no longer exists has no score.

/**
 * A role's stored rows, all of them: the kept list is short (the top results and near misses),
 * and reading it whole is far quicker than looking up thousands of ids (most not there) one by one.
 */
function storedRows<T>(db: Database.Database, column: 'score' | 'explanation', roleId: number): T[] {
  return db.prepare(`SELECT person_id, ${column} FROM match_results WHERE role_id = ?`).all(roleId) as T[];
}

export function storedExplanations(db: Database.Database, roleId: number, personIds: readonly number[]): Map<number, Explanation> {
  const out = new Map<number, Explanation>();
  if (personIds.length === 0) return out;
  const want = new Set(personIds);
  for (const r of storedRows<{ person_id: number; explanation: string }>(db, 'explanation', roleId)) {
    if (!want.has(r.person_id)) continue;
    const e = parseJson<Explanation | null>(r.explanation, null);
    if (e) out.set(r.person_id, e);
  }
  return out;
}

/** Explanations computed now for people the stored results do not hold. */
export function computeExplanations(db: Database.Database, roleId: number, personIds: readonly number[], today: string): Map<number, Explanation> {
  const out = new Map<number, Explanation>();
  if (personIds.length === 0) return out;
  const graph = graphFor(db);
  const role = loadRoles(db, graph, { ids: [roleId], openOnly: false })[0];
  if (!role) return out;
  for (const [id, profile] of loadProfiles(db, personIds)) out.set(id, scorePair(profile, role, graph, today));
  return out;
}

/** Each person's explanation for the role as of now: stored first, computed for the rest. */
export function explanationsNow(db: Database.Database, roleId: number | null, personIds: readonly number[], today: string): Map<number, Explanation> {
  if (roleId === null) return new Map();
  const stored = storedExplanations(db, roleId, personIds);
  const rest = personIds.filter((id) => !stored.has(id));
  for (const [id, e] of computeExplanations(db, roleId, rest, today)) stored.set(id, e);
  return stored;
}

/**
 * Live scores are kept per connection and role while nothing they depend on changed: the people,
 * the taxonomy, the role and its skills, the weights settings, the engine and the date.
 */
const live = new WeakMap<Database.Database, Map<number, { sig: string; scores: Map<number, number> }>>();

function liveSignature(db: Database.Database, roleId: number, today: string): string {
  const role = db
    .prepare(
      `SELECT r.updated_at, r.weights, r.status, (SELECT group_concat(kind || ':' || skill, '|') FROM role_skills WHERE role_id = r.id) AS skills,
        (SELECT group_concat(key || '=' || value, '|') FROM settings) AS settings FROM roles r WHERE r.id = ?`,
    )
    .get(roleId);
  return JSON.stringify([ENGINE_VERSION, today, sigText(peopleSignature(db)), taxonomySignature(db), role]);
}

/** Current scores only (cheaper: the stored score column, then the engine for the rest, remembered). */
export function currentScores(db: Database.Database, roleId: number | null, personIds: readonly number[], today: string): Map<number, number> {
  const out = new Map<number, number>();
  if (roleId === null || personIds.length === 0) return out;
  const want = new Set(personIds);
  for (const r of storedRows<{ person_id: number; score: number }>(db, 'score', roleId)) if (want.has(r.person_id)) out.set(r.person_id, r.score);
  const rest = personIds.filter((id) => !out.has(id));
  if (rest.length === 0) return out;
  const byRole = live.get(db) ?? live.set(db, new Map()).get(db)!;
  const sig = liveSignature(db, roleId, today);
  let hit = byRole.get(roleId);
  if (!hit || hit.sig !== sig) byRole.set(roleId, (hit = { sig, scores: new Map() }));
  const missing = rest.filter((id) => !hit.scores.has(id));
  if (missing.length) {
    // Only the number is shown, so everyone missing is scored in one pass without explanations.
    const graph = graphFor(db);
    const role = loadRoles(db, graph, { ids: [roleId], openOnly: false })[0];
    if (role) for (const [id, score] of scoreMany(db, role, graph, missing, today)) hit.scores.set(id, score);
  }
  for (const id of rest) {
    const v = hit.scores.get(id);
    if (v !== undefined) out.set(id, v);
  }
  return out;
}
