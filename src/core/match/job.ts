import type Database from 'better-sqlite3';
import { registerJob } from '../jobs/registry';
import { refresh, type RefreshResult } from './run';

// The matching engine's long work, runnable in a worker thread on its own connection.

export interface MatchJobInput {
  today?: string;
  personIds?: number[];
  top?: number;
  nearMisses?: number;
}

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** Scores every open role against everyone again. */
registerJob<MatchJobInput, RefreshResult>('match.full', (db, input, io) =>
  refresh(db, io, { today: input.today ?? dateOf(io.now()), force: true, top: input.top, nearMisses: input.nearMisses }),
);

/** Scores only what changed since the last run (roles, weights, people), or everything if it must. */
registerJob<MatchJobInput, RefreshResult>('match.incremental', (db, input, io) =>
  refresh(db, io, { today: input.today ?? dateOf(io.now()), personIds: input.personIds, top: input.top, nearMisses: input.nearMisses }),
);

/**
 * For the importer: after people were created or merged, bring scores up to date, scoring those
 * people against every open role and merging them into the kept lists. Call inside or after the
 * import's transaction; it opens its own (nested transactions become savepoints).
 */
export function rescoreChanged(db: Database.Database, personIds: readonly number[], today: string = dateOf(new Date())): RefreshResult {
  return refresh(db, null, { today, personIds });
}

/** Makes every stored score read as stale, so the next refresh scores everything again. */
export function markStale(db: Database.Database): void {
  db.prepare(`UPDATE match_roles_state SET people_sig = 'stale'`).run();
}
