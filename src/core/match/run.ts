import type Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { RescoreResult } from '../../shared/api/contract/match';
import { throwIfCancelled, type JobIO } from '../jobs/types';
import { buildStore, type CompactStore } from './compact';
import { Explainer } from './explain';
import { peopleSignature, plan, sigText, type PeopleSig } from './freshness';
import { graphFor } from './graphSource';
import { iterateProfiles, loadRoles } from './load';
import { mergeRole, type MergeRow } from './merge';
import { bestTracker, newScratch, rankRole, storeScratch, type BestTracker } from './rank';
import { planRole } from './plan';
import { rankMany } from './parallel';
import { dropClosedRoles, readRoleRows, replaceRoleResults, roleSignature, toStored, writeRoleState, type StoredResult } from './store';
import type { RoleProfile, SkillGraph } from './types';
import { updateBest } from './best';

export const DEFAULT_KEEP = { top: 100, nearMisses: 50 } as const;

export interface RefreshOptions {
  /** The date availability is measured against (YYYY-MM-DD). */
  today: string;
  /** Score everything again, whatever changed. */
  force?: boolean;
  top?: number;
  nearMisses?: number;
  graph?: SkillGraph;
  /** People known to have changed (an import says so); merged with what the store shows. */
  personIds?: readonly number[];
  /** Roles to score again whatever their state. */
  roleIds?: readonly number[];
  computedAt?: string;
  /** Threads to rank with (default: two when the machine has them and the store is large). */
  threads?: number;
}

export interface RefreshResult extends RescoreResult {
  mismatches: number;
  /** Threads that ranked roles against everyone. */
  threads: number;
  explained: number;
  /** Seconds: reading everyone, ranking roles, keeping alumni's best roles, explaining kept rows, writing. */
  timings: { load: number; rank: number; best: number; explain: number; write: number };
}

const storeCache = new WeakMap<Database.Database, { key: string; store: CompactStore }>();
const cacheKey = (sig: PeopleSig, graph: SkillGraph, asOf: string) => `${sigText(sig)}|${graph.signature}|${asOf}`;

/** Whether everyone is already in memory for this connection (so scoring a role is quick). */
export function isStoreCached(db: Database.Database, graph: SkillGraph, asOf: string): boolean {
  return storeCache.get(db)?.key === cacheKey(peopleSignature(db), graph, asOf);
}

/** Everyone as a compact store; kept per connection while people, taxonomy and date stay the same. */
export function fullStore(db: Database.Database, graph: SkillGraph, asOf: string, sig: PeopleSig = peopleSignature(db)): CompactStore {
  const key = cacheKey(sig, graph, asOf);
  const hit = storeCache.get(db);
  if (hit && hit.key === key) return hit.store;
  const store = buildStore(iterateProfiles(db), graph, asOf, sig.count);
  storeCache.set(db, { key, store });
  return store;
}

const noIO: JobIO = { progress: () => {}, cancelled: () => false, now: () => new Date() };

/**
 * Brings stored scores up to date in one transaction: everything when the engine, taxonomy or
 * date changed (or when forced); otherwise changed roles against everyone, and changed people
 * against the other roles, merged into the kept lists.
 */
export function refresh(db: Database.Database, io: JobIO | null, opts: RefreshOptions): RefreshResult {
  const started = performance.now();
  const jio = io ?? noIO;
  const graph = opts.graph ?? graphFor(db);
  const keep = { top: opts.top ?? DEFAULT_KEEP.top, nearMisses: opts.nearMisses ?? DEFAULT_KEEP.nearMisses };
  const computedAt = opts.computedAt ?? new Date().toISOString();
  const asOf = opts.today;
  const timings = { load: 0, rank: 0, best: 0, explain: 0, write: 0 };
  const time = <T>(k: keyof typeof timings, fn: () => T): T => {
    const t = performance.now();
    try {
      return fn();
    } finally {
      timings[k] += (performance.now() - t) / 1000;
    }
  };
  return db.transaction((): RefreshResult => {
    const open = time('load', () => loadRoles(db, graph));
    const p = plan(db, open, graph.signature, asOf);
    const closed = dropClosedRoles(db);
    const full = Boolean(opts.force) || p.full;
    const forced = new Set(opts.roleIds ?? []);
    const planned = new Set(p.roles.map((r) => r.id));
    const R: RoleProfile[] = full ? [...open] : open.filter((r) => planned.has(r.id) || forced.has(r.id));
    const S = full ? [] : [...new Set([...(p.changedPeople ?? []), ...(opts.personIds ?? [])])].sort((a, b) => a - b);
    const explainer = new Explainer(db, graph, asOf);
    const peopleSig = sigText(p.people);
    const state = (role: RoleProfile, kept: number) =>
      writeRoleState(db, { role, roleSig: roleSignature(role), peopleSig, taxonomySig: graph.signature, asOf, scored: p.people.count, kept, computedAt });

    // Changed people against the roles that are not being scored from scratch.
    let subset: { store: CompactStore; tracker: BestTracker } | null = null;
    let merged = 0;
    const inR = () => new Set(R.map((r) => r.id));
    if (S.length && open.length > R.length) {
      const store = time('load', () => buildStore(iterateProfiles(db, { ids: S }), graph, asOf));
      explainer.useStore(store);
      const tracker = bestTracker(store.n);
      const sc = newScratch(store.n);
      const changed = new Set(S);
      const rIds = inR();
      for (const role of open.filter((r) => !rIds.has(r.id))) {
        throwIfCancelled(jio);
        const ranked = time('rank', () => rankRole(store, role, graph, keep, sc, tracker));
        const stored = readRoleRows(db, role.id);
        const fresh: MergeRow[] = ranked.kept.map((k) => ({ personId: store.ids[k.index]!, score: k.score10 / 10, eligible: k.eligible === 1, nearMiss: k.nearMiss, rank: k.rank }));
        const freshAbove = (score: number, eligible: boolean) => ranked.above[Math.round(score * 10) * 2 + (eligible ? 1 : 0) + 1] ?? 0;
        const m = mergeRole({ stored, changed, fresh, freshAbove, top: keep.top, nearMisses: keep.nearMisses, oldScored: Math.max(0, p.people.count - S.length) });
        if (!m) {
          R.push(role);
          continue;
        }
        const rows = time('explain', () => explainer.explain(role, m.rows.filter((r) => r.fresh).map((r) => ({ personId: r.personId, rank: r.rank, score10: Math.round(r.score * 10) }))));
        time('write', () => {
          const keepIds = new Set(m.rows.map((r) => r.personId));
          for (const s of stored) if (!keepIds.has(s.personId)) db.prepare('DELETE FROM match_results WHERE role_id = ? AND person_id = ?').run(role.id, s.personId);
          const setRank = db.prepare('UPDATE match_results SET rank = ? WHERE role_id = ? AND person_id = ?');
          for (const r of m.rows) if (!r.fresh) setRank.run(r.rank, role.id, r.personId);
          replaceRoleResults(db, role.id, rows, computedAt, false);
          state(role, m.rows.length);
        });
        merged++;
        jio.progress('merging', merged, open.length);
      }
      subset = { store, tracker };
      timings.rank -= tracker.seconds;
      timings.best += tracker.seconds;
    }

    // Roles scored against everyone.
    let everyone: { store: CompactStore; tracker: BestTracker } | null = null;
    let threads = 1;
    if (R.length) {
      const store = time('load', () => fullStore(db, graph, asOf, p.people));
      explainer.useStore(store);
      const tracker = bestTracker(store.n);
      const sc = storeScratch(store);
      // Rank every role (on two cores when one is free) and explain each as it comes in; write after.
      const plans = time('rank', () => R.map((role) => planRole(store, role, graph)));
      const started = performance.now();
      const [explainBefore, writeBefore] = [timings.explain, timings.write];
      // Kept as JSON right away: small strings wait for the write far more cheaply than object graphs.
      const explained: StoredResult[][] = new Array(R.length);
      const many = rankMany(store, plans, {
        opts: keep,
        sc,
        best: tracker,
        threads: opts.threads,
        onResult: (i, ranked) => {
          const rows = time('explain', () => explainer.explain(R[i]!, ranked.kept.map((k) => ({ personId: store.ids[k.index]!, rank: k.rank, score10: k.score10 }))));
          explained[i] = time('write', () => rows.map(toStored));
        },
        onProgress: (done) => {
          throwIfCancelled(jio);
          jio.progress('scoring', done, R.length);
        },
      });
      // Ranking is what the section took beyond explaining and serialising (which ran between ranks).
      timings.rank += (performance.now() - started) / 1000 - (timings.explain - explainBefore) - (timings.write - writeBefore);
      time('write', () =>
        R.forEach((role, i) => {
          replaceRoleResults(db, role.id, explained[i]!, computedAt);
          state(role, explained[i]!.length);
        }),
      );
      everyone = { store, tracker };
      // Alumni's best roles were kept while ranking, on each thread: count the longer of the two.
      const bestWall = Math.max(tracker.seconds, many.otherBestSeconds);
      timings.rank -= bestWall;
      timings.best += bestWall;
      threads = many.threads;
    }
    throwIfCancelled(jio);
    if (full || R.length || S.length || closed.length) {
      time('best', () => updateBest(db, { graph, asOf, open, full, R: inR(), subset, everyone, keep, computedAt }));
    }
    const mode: RescoreResult['mode'] = full ? 'full' : R.length ? 'roles' : S.length ? 'incremental' : 'none';
    return {
      mode,
      roles: full ? open.length : R.length + merged,
      people: full || R.length ? p.people.count : S.length,
      kept: (db.prepare('SELECT count(*) AS n FROM match_results').get() as { n: number }).n,
      seconds: (performance.now() - started) / 1000,
      mismatches: explainer.mismatches,
      explained: explainer.explained,
      threads,
      timings,
    };
  })();
}
