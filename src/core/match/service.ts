import type Database from 'better-sqlite3';
import type { MatchStatus, PreviewRow, RoleFit } from '../../shared/api/contract/match';
import type { MatchWeights } from '../../shared/domain';
import { ApiError } from '../../shared/api/errors';
import { BLIND_LABEL, isBlindReview } from '../privacy';
import { peopleSignature, plan, status, type Plan } from './freshness';
import { graphFor } from './graphSource';
import { loadProfiles, loadRoles } from './load';
import { newScratch, rankRole } from './rank';
import { fullStore, isStoreCached, refresh, type RefreshResult } from './run';
import { scorePair } from './score';
import type { RoleProfile } from './types';

// What the handlers ask of the engine: status, live explanations, previews, and keeping scores
// fresh inline when that is quick.

export function currentPlan(db: Database.Database, today: string): { plan: Plan; open: RoleProfile[] } {
  const graph = graphFor(db);
  const open = loadRoles(db, graph);
  return { plan: plan(db, open, graph.signature, today), open };
}

export function matchStatus(db: Database.Database, today: string, dataVersion = 0): MatchStatus {
  const { plan: p, open } = currentPlan(db, today);
  return status(db, p, open.length, dataVersion);
}

/** True when one role's stored scores are older than the data. */
export function roleIsStale(p: Plan, roleId: number): boolean {
  return p.full || p.roles.some((r) => r.id === roleId) || (p.changedPeople?.length ?? 0) > 0;
}

/** Pairs scored per second is high, but loading everyone is not: stay inline only when it is quick. */
const INLINE_PEOPLE = 20_000;
const INLINE_PAIRS = 4_000_000;

/**
 * Brings scores up to date right now if that is quick (the store is in memory or small);
 * otherwise leaves them stale for a `match.rescore` job. Returns whether it re-scored.
 */
export function refreshIfQuick(db: Database.Database, today: string): { rescored: boolean; result: RefreshResult | null } {
  const { plan: p, open } = currentPlan(db, today);
  if (p.reasons.length === 0) return { rescored: true, result: null };
  const n = p.people.count;
  const pairs = p.full ? n * open.length : p.roles.length * n + (p.changedPeople?.length ?? 0) * open.length;
  const needsEveryone = p.full || p.roles.length > 0;
  const loadOk = !needsEveryone || n <= INLINE_PEOPLE || isStoreCached(db, graphFor(db), today);
  if (!loadOk || pairs > INLINE_PAIRS) return { rescored: false, result: null };
  return { rescored: true, result: refresh(db, null, { today }) };
}

function roleById(db: Database.Database, roleId: number): { role: RoleProfile; graph: ReturnType<typeof graphFor> } {
  const graph = graphFor(db);
  const role = loadRoles(db, graph, { ids: [roleId], openOnly: false })[0];
  if (!role) throw new ApiError('NOT_FOUND', 'That role is no longer in the workspace.', { field: 'roleId' });
  return { role, graph };
}

export function explainLive(db: Database.Database, roleId: number, personId: number, today: string) {
  const { role, graph } = roleById(db, roleId);
  const person = loadProfiles(db, [personId]).get(personId);
  if (!person) throw new ApiError('NOT_FOUND', 'That person is no longer in the workspace.', { field: 'personId' });
  const explanation = scorePair(person, role, graph, today);
  const stored = db.prepare('SELECT score, rank, engine_version AS engineVersion, computed_at AS computedAt FROM match_results WHERE role_id = ? AND person_id = ?').get(roleId, personId) as
    | { score: number; rank: number; engineVersion: string; computedAt: string }
    | undefined;
  return { explanation, stored: stored ?? null };
}

/** A person's fit for every open role, best first, computed now. */
export function rolesForPerson(db: Database.Database, personId: number, limit: number, today: string): RoleFit[] {
  const graph = graphFor(db);
  const person = loadProfiles(db, [personId]).get(personId);
  if (!person) throw new ApiError('NOT_FOUND', 'That person is no longer in the workspace.', { field: 'personId' });
  const ranks = new Map(
    (db.prepare('SELECT role_id, rank FROM match_results WHERE person_id = ?').all(personId) as { role_id: number; rank: number }[]).map((r) => [r.role_id, r.rank]),
  );
  const fits = loadRoles(db, graph).map((role) => ({ role, explanation: scorePair(person, role, graph, today) }));
  fits.sort((a, b) => b.explanation.score - a.explanation.score || a.role.id - b.role.id);
  return fits.slice(0, limit).map(({ role, explanation }) => ({
    roleId: role.id,
    reqId: role.reqId,
    title: role.title,
    track: role.track,
    level: role.level,
    score: explanation.score,
    rank: ranks.get(role.id) ?? null,
    explanation,
  }));
}

/** How a role's top 10 would look under other weights, next to how it looks now. */
export function previewWeights(db: Database.Database, roleId: number, weights: MatchWeights, today: string): PreviewRow[] {
  const { role, graph } = roleById(db, roleId);
  const store = fullStore(db, graph, today, peopleSignature(db));
  const sc = newScratch(store.n);
  const top = (r: RoleProfile) => rankRole(store, r, graph, { top: 10, nearMisses: 0 }, sc).kept.map((k) => ({ personId: store.ids[k.index]!, rank: k.rank, score: k.score10 / 10 }));
  const before = top(role);
  const after = top({ ...role, weights });
  const ids = [...new Set([...after.map((r) => r.personId), ...before.map((r) => r.personId)])];
  const names = new Map((db.prepare('SELECT id, full_name FROM people WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: number; full_name: string }[]).map((r) => [r.id, r.full_name]));
  const b = new Map(before.map((r) => [r.personId, r]));
  const a = new Map(after.map((r) => [r.personId, r]));
  const blind = isBlindReview(db);
  return ids.map((id) => ({
    personId: id,
    name: blind ? BLIND_LABEL(id) : (names.get(id) ?? ''),
    before: b.has(id) ? { rank: b.get(id)!.rank, score: b.get(id)!.score } : null,
    after: a.has(id) ? { rank: a.get(id)!.rank, score: a.get(id)!.score } : null,
  }));
}
