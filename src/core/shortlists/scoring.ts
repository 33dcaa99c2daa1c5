import type Database from 'better-sqlite3';
import type { Explanation } from '../../shared/api/contract/match';
import { parseJson } from '../repos/json';
import { graphFor } from '../match/graphSource';
import { loadProfiles, loadRoles } from '../match/load';
import { scorePair } from '../match/score';

// Scores for shortlist entries. The stored match results are what the match grid showed the
// manager, so they come first; a person outside the stored list is scored now by the same
// deterministic engine. A role that no longer exists has no score.

export function storedExplanations(db: Database.Database, roleId: number, personIds: readonly number[]): Map<number, Explanation> {
  const out = new Map<number, Explanation>();
  if (personIds.length === 0) return out;
  const rows = db
    .prepare('SELECT person_id, explanation FROM match_results WHERE role_id = ? AND person_id IN (SELECT value FROM json_each(?))')
    .all(roleId, JSON.stringify(personIds)) as { person_id: number; explanation: string }[];
  for (const r of rows) {
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

/** Current scores only (cheaper: the stored score column, then the engine for the rest). */
export function currentScores(db: Database.Database, roleId: number | null, personIds: readonly number[], today: string): Map<number, number> {
  const out = new Map<number, number>();
  if (roleId === null || personIds.length === 0) return out;
  const rows = db
    .prepare('SELECT person_id, score FROM match_results WHERE role_id = ? AND person_id IN (SELECT value FROM json_each(?))')
    .all(roleId, JSON.stringify(personIds)) as { person_id: number; score: number }[];
  for (const r of rows) out.set(r.person_id, r.score);
  const rest = personIds.filter((id) => !out.has(id));
  for (const [id, e] of computeExplanations(db, roleId, rest, today)) out.set(id, e.score);
  return out;
}
