import type Database from 'better-sqlite3';
import { loadProfiles } from './load';
import { preparePerson, scorePrepared, type PreparedPerson } from './score';
import type { ResultRow } from './store';
import type { RoleProfile, SkillGraph } from './types';

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
  ) {}

  explain(role: RoleProfile, kept: readonly { personId: number; rank: number; score10: number }[]): ResultRow[] {
    const missing = kept.map((k) => k.personId).filter((id) => !this.cache.has(id));
    if (missing.length) for (const [id, p] of loadProfiles(this.db, missing)) this.cache.set(id, preparePerson(p, this.graph));
    const rows: ResultRow[] = [];
    for (const k of kept) {
      const prep = this.cache.get(k.personId);
      if (!prep) continue;
      const explanation = scorePrepared(prep, role, this.graph, this.asOf);
      if (Math.round(explanation.score * 10) !== k.score10) this.mismatches++;
      this.explained++;
      rows.push({ personId: k.personId, rank: k.rank, explanation });
    }
    return rows;
  }
}
