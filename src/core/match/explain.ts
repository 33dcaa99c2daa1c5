import type Database from 'better-sqlite3';
import { depthFactsAt, indexOfId, profileAt, skillSetAt, type CompactStore } from './compact';
import { loadProfiles } from './load';
import { preparePerson, roleContext, scorePrepared, type PreparedPerson } from './score';
import type { ResultRow } from './store';
import type { RoleProfile, SkillGraph } from './types';

// People prepared from a store (profile, skill set, part memos) stay with it while it is cached,
// so the next run on the same store explains its kept rows without preparing them again.
const preparedByStore = new WeakMap<CompactStore, Map<number, PreparedPerson>>();
/** At most this many prepared people are kept per store (about 2 KB each). */
const MAX_PREPARED = 20_000;

/**
 * Full explanations for the kept rows only: loads each kept person's whole profile once per run
 * and checks that the explanation's score is the one the fast ranker computed.
 */
export class Explainer {
  private cache = new Map<number, PreparedPerson>();
  /** Kept rows whose explanation disagreed with the ranker (always 0 unless there is a bug). */
  mismatches = 0;
  explained = 0;
  constructor(
    private db: Database.Database,
    private graph: SkillGraph,
    private asOf: string,
    /** The store the rows were ranked from, if any: its depth facts save re-reading summaries. */
    private store: CompactStore | null = null,
  ) {}

  /** Re-uses depth facts from this store from now on (the store must hold the same people as SQLite). */
  useStore(store: CompactStore | null): void {
    this.store = store;
  }

  /** The store's prepared people, when they were prepared with this graph and date. */
  private kept(store: CompactStore): Map<number, PreparedPerson> | null {
    if (store.graphSignature !== this.graph.signature || store.asOf !== this.asOf) return null;
    let m = preparedByStore.get(store);
    if (!m) preparedByStore.set(store, (m = new Map()));
    return m;
  }

  explain(role: RoleProfile, kept: readonly { personId: number; rank: number; score10: number }[]): ResultRow[] {
    let missing = kept.map((k) => k.personId).filter((id) => !this.cache.has(id));
    if (this.store) {
      // The store holds everyone it ranked: explain from it, without reading SQLite again.
      const store = this.store;
      const shared = this.kept(store);
      missing = missing.filter((id) => {
        const hit = shared?.get(id);
        if (hit) {
          this.cache.set(id, hit);
          return false;
        }
        const i = indexOfId(store.ids, id);
        if (i < 0) return true;
        const prep = preparePerson(profileAt(store, i), this.graph, depthFactsAt(store, i), skillSetAt(store, i));
        this.cache.set(id, prep);
        if (shared && shared.size < MAX_PREPARED) shared.set(id, prep);
        return false;
      });
    }
    if (missing.length) {
      for (const [id, p] of loadProfiles(this.db, missing)) {
        const i = this.store ? indexOfId(this.store.ids, id) : -1;
        this.cache.set(id, preparePerson(p, this.graph, i >= 0 ? depthFactsAt(this.store!, i) : undefined));
      }
    }
    const rows: ResultRow[] = [];
    // Shares and memo keys depend on the role only.
    const ctx = roleContext(role, this.asOf);
    for (const k of kept) {
      const prep = this.cache.get(k.personId);
      if (!prep) continue;
      const explanation = scorePrepared(prep, role, this.graph, this.asOf, ctx);
      if (Math.round(explanation.score * 10) !== k.score10) this.mismatches++;
      this.explained++;
      rows.push({ personId: k.personId, rank: k.rank, explanation });
    }
    return rows;
  }
}
