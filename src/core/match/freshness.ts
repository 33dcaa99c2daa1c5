import type Database from 'better-sqlite3';
import type { MatchStatus, StaleReason } from '../../shared/api/contract/match';
import { ENGINE_VERSION } from '../version';
import { parseJson } from '../repos/json';
import type { RoleProfile } from './types';
import { roleSignature } from './store';

// Freshness by comparison: each role's state records what its scores were computed from, and
// the store is compared against it. Nothing has to remember to "mark" anything for this to hold.

export interface PeopleSig {
  count: number;
  maxUpdated: string;
  maxId: number;
  /**
   * Always 0 since skills moved onto the person row (migration 005): every write of them marks the
   * person updated (maxUpdated), and counting them meant reading every row (24 ms at 100,000
   * people, on every status check). The slot stays so stored signatures keep their shape.
   */
  skills: number;
  employments: number;
  layoffs: number;
}

export function peopleSignature(db: Database.Database): PeopleSig {
  const r = db
    .prepare(
      `SELECT (SELECT count(*) FROM people) AS count, (SELECT coalesce(max(updated_at), '') FROM people) AS maxUpdated,
        (SELECT coalesce(max(id), 0) FROM people) AS maxId, 0 AS skills,
        (SELECT count(*) FROM employments) AS employments, (SELECT count(*) FROM layoff_events) AS layoffs`,
    )
    .get() as PeopleSig;
  return r;
}

export const sigText = (s: PeopleSig): string => JSON.stringify([s.count, s.maxUpdated, s.maxId, s.skills, s.employments, s.layoffs]);
export function parseSig(text: string): PeopleSig | null {
  const a = parseJson<unknown[] | null>(text, null);
  if (!Array.isArray(a) || a.length !== 6) return null;
  return { count: Number(a[0]), maxUpdated: String(a[1]), maxId: Number(a[2]), skills: Number(a[3]), employments: Number(a[4]), layoffs: Number(a[5]) };
}

export interface RoleState {
  roleId: number;
  engineVersion: string;
  weights: string;
  roleSig: string;
  peopleSig: string;
  taxonomySig: string;
  asOf: string;
  computedAt: string;
}

export function readStates(db: Database.Database): Map<number, RoleState> {
  const rows = db
    .prepare('SELECT role_id AS roleId, engine_version AS engineVersion, weights, role_sig AS roleSig, people_sig AS peopleSig, taxonomy_sig AS taxonomySig, as_of AS asOf, computed_at AS computedAt FROM match_roles_state')
    .all() as RoleState[];
  return new Map(rows.map((r) => [r.roleId, r]));
}

export interface Plan {
  reasons: StaleReason[];
  /** Everything must be scored again (engine, taxonomy, date, deletions…). */
  full: boolean;
  /** Roles to score against everyone. */
  roles: RoleProfile[];
  /** People to score against the other roles and merge in; null when that cannot be exact. */
  changedPeople: number[] | null;
  /** State rows of roles that are no longer open. */
  closed: number;
  /** The date the kept scores were measured against (incremental work must use the same). */
  asOf: string | null;
  people: PeopleSig;
}

/** Compares the store with what was scored, and says what to score again. */
export function plan(db: Database.Database, open: RoleProfile[], taxonomySig: string, today: string): Plan {
  const states = readStates(db);
  const people = peopleSignature(db);
  const reasons = new Set<StaleReason>();
  const roles: RoleProfile[] = [];
  const openIds = new Set(open.map((r) => r.id));
  const closed = [...states.keys()].filter((id) => !openIds.has(id)).length;
  if (closed) reasons.add('roles_changed');
  let full = false;
  const scored = open.map((r) => states.get(r.id)).filter((s): s is RoleState => Boolean(s));
  if (open.length && scored.length === 0) {
    reasons.add('never_computed');
    full = true;
  }
  for (const s of scored) {
    if (s.engineVersion !== ENGINE_VERSION) reasons.add('engine_changed');
    if (s.taxonomySig !== taxonomySig) reasons.add('taxonomy_changed');
    if (s.asOf !== today) reasons.add('date_changed');
  }
  if (reasons.has('engine_changed') || reasons.has('taxonomy_changed') || reasons.has('date_changed')) full = true;
  for (const r of open) {
    const s = states.get(r.id);
    if (!s) {
      reasons.add('roles_changed');
      roles.push(r);
    } else if (s.roleSig !== roleSignature(r)) {
      reasons.add(s.weights !== JSON.stringify(r.weights) ? 'weights_changed' : 'roles_changed');
      roles.push(r);
    }
  }
  // People: all scored roles share one people signature unless a run was interrupted.
  const sigs = new Set(scored.map((s) => s.peopleSig));
  let changedPeople: number[] | null = [];
  const current = sigText(people);
  if (sigs.size > 1) {
    reasons.add('people_changed');
    changedPeople = null;
  } else if (sigs.size === 1 && !sigs.has(current)) {
    reasons.add('people_changed');
    changedPeople = changedSince(db, parseSig([...sigs][0]!), people);
  }
  if (changedPeople === null) full = true;
  const asOf = scored[0]?.asOf ?? null;
  return { reasons: [...reasons], full, roles: full ? open : roles, changedPeople: full ? null : changedPeople, closed, asOf, people };
}

/**
 * People added or updated since `old`, or null when that set cannot say everything that changed
 * (someone was deleted, or skills or alumni records changed with no person marked as updated).
 */
function changedSince(db: Database.Database, old: PeopleSig | null, now: PeopleSig): number[] | null {
  if (!old) return null;
  const ids = (db.prepare('SELECT id FROM people WHERE id > ? OR updated_at >= ? ORDER BY id').all(old.maxId, old.maxUpdated) as { id: number }[]).map((r) => r.id);
  const added = ids.filter((id) => id > old.maxId).length;
  if (now.count !== old.count + added) return null;
  const unexplained = ids.length === 0 && (now.skills !== old.skills || now.employments !== old.employments || now.layoffs !== old.layoffs);
  return unexplained ? null : ids;
}

const REASON_TEXT: Record<StaleReason, string> = {
  never_computed: 'no scores have been computed yet',
  people_changed: 'people were added or changed',
  roles_changed: 'roles were added or changed',
  weights_changed: 'weights were changed',
  engine_changed: 'Bridgehire’s matching engine was updated',
  taxonomy_changed: 'the skills taxonomy changed',
  date_changed: 'a day has passed and availability ages',
};

export function status(db: Database.Database, p: Plan, openRoles: number, dataVersion = 0): MatchStatus {
  const last = db.prepare('SELECT max(computed_at) AS at, max(as_of) AS asOf FROM match_roles_state').get() as { at: string | null; asOf: string | null };
  const stale = p.reasons.length > 0;
  const staleRoles = p.full ? openRoles : p.roles.length + (p.changedPeople?.length ? openRoles - p.roles.length : 0);
  const state: MatchStatus['state'] = openRoles === 0 || p.people.count === 0 ? (stale && p.closed ? 'stale' : 'empty') : stale ? 'stale' : 'fresh';
  const message =
    state === 'fresh'
      ? 'Scores are up to date.'
      : state === 'empty'
        ? 'Nothing to score yet: add people and open roles.'
        : `Scores are older than the data: ${p.reasons.map((r) => REASON_TEXT[r]).join('; ')}.`;
  return { state, reasons: p.reasons, message, openRoles, staleRoles, people: p.people.count, lastComputed: last.at, engineVersion: ENGINE_VERSION, asOf: last.asOf, dataVersion };
}
