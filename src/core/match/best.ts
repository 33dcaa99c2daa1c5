import type Database from 'better-sqlite3';
import { buildStore, indexOfId, type CompactStore } from './compact';
import { iterateProfiles } from './load';
import { bestTracker, newScratch, rankRole, type BestTracker } from './rank';
import { upsertBest, type BestRow } from './store';
import type { RoleProfile, SkillGraph } from './types';

// Each former employee's best open role (match_best, for the rehire grid), kept exact without
// scoring everyone against everything again: only alumni whose best role was re-scored, or who
// changed, are looked at. Anyone's best roles are also available live (match.forPerson).

interface Scored {
  store: CompactStore;
  tracker: BestTracker;
}

export interface BestInput {
  graph: SkillGraph;
  asOf: string;
  open: RoleProfile[];
  full: boolean;
  /** Roles scored against everyone in this run (tracked in `everyone`). */
  R: ReadonlySet<number>;
  /** Changed people, scored against the other roles. */
  subset: Scored | null;
  everyone: Scored | null;
  keep: { top: number; nearMisses: number };
  computedAt: string;
}

interface Cand {
  key: number;
  role: number;
  nearMiss: boolean;
}

/** Higher key wins; on a tie the role with the lower id, as in a full run. */
const pick = (a: Cand | null, b: Cand | null): Cand | null => (!a || a.role < 0 ? b : !b || b.role < 0 ? a : b.key > a.key || (b.key === a.key && b.role < a.role) ? b : a);
const fromTracker = (s: Scored | null, i: number): Cand | null => (s && i >= 0 ? { key: s.tracker.key[i]!, role: s.tracker.role[i]!, nearMiss: s.tracker.nearMiss[i] === 1 } : null);


function scoreAgainst(db: Database.Database, ids: number[], roles: RoleProfile[], b: BestInput): Scored {
  const store = buildStore(iterateProfiles(db, { ids }), b.graph, b.asOf);
  const tracker = bestTracker(store.n);
  const sc = newScratch(store.n);
  for (const role of roles) rankRole(store, role, b.graph, { top: 0, nearMisses: 0 }, sc, tracker);
  return { store, tracker };
}

export function updateBest(db: Database.Database, b: BestInput): void {
  if (b.open.length === 0) {
    db.prepare('DELETE FROM match_best').run();
    return;
  }
  const out: BestRow[] = [];
  const emit = (personId: number, c: Cand | null) => {
    if (c && c.role >= 0) out.push({ personId, roleId: c.role, score: (c.key >> 1) / 10, nearMiss: c.nearMiss });
  };
  if (b.full && b.everyone) {
    db.prepare('DELETE FROM match_best').run();
    const { store } = b.everyone;
    for (const i of store.alumni) emit(store.ids[i]!, fromTracker(b.everyone, i));
    upsertBest(db, out, b.computedAt);
    return;
  }
  const nonR = b.open.filter((r) => !b.R.has(r.id));
  const stored = new Map<number, { roleId: number; score: number }>();
  for (const r of db.prepare('SELECT person_id AS personId, role_id AS roleId, score FROM match_best').all() as { personId: number; roleId: number; score: number }[]) {
    stored.set(r.personId, { roleId: r.roleId, score: r.score });
  }
  const inSubset = new Set(b.subset ? Array.from(b.subset.store.alumni, (i) => b.subset!.store.ids[i]!) : []);
  // Alumni whose best among the other roles is unknown: no row yet, or their best role was re-scored.
  const allIds = b.everyone
    ? Array.from(b.everyone.store.alumni, (i) => b.everyone!.store.ids[i]!)
    : (db.prepare('SELECT DISTINCT person_id AS id FROM employments ORDER BY person_id').all() as { id: number }[]).map((r) => r.id);
  const U = allIds.filter((id) => !inSubset.has(id) && (!stored.has(id) || b.R.has(stored.get(id)!.roleId)));
  const uScored = U.length && nonR.length ? scoreAgainst(db, U, nonR, b) : null;
  const ev = b.everyone;
  const fromEveryone = (id: number) => (ev ? fromTracker(ev, indexOfId(ev.store.ids, id)) : null);
  const settle = (id: number, other: Scored | null) => {
    const c = pick(other ? fromTracker(other, indexOfId(other.store.ids, id)) : null, fromEveryone(id));
    if (c) emit(id, c);
    else if (stored.has(id)) db.prepare('DELETE FROM match_best WHERE person_id = ?').run(id);
  };
  for (const id of inSubset) settle(id, b.subset);
  for (const id of U) settle(id, uScored);
  if (ev) {
    // Everyone else keeps their best among the other roles unless a re-scored role now beats it.
    for (const i of ev.store.alumni) {
      const id = ev.store.ids[i]!;
      if (inSubset.has(id)) continue;
      const s = stored.get(id);
      if (!s || b.R.has(s.roleId)) continue;
      const old: Cand = { key: Math.round(s.score * 10) * 2 + ev.store.eligible[i]!, role: s.roleId, nearMiss: false };
      const c = pick(old, fromTracker(ev, i));
      if (c && c !== old) emit(id, c);
    }
  }
  upsertBest(db, out, b.computedAt);
}
