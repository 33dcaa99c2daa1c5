import type Database from 'better-sqlite3';
import type { PageArgs } from '../../shared/api/grid';
import { listPeople } from '../repos/people';
import { listAlumni } from '../repos/alumni';
import { readInsights } from '../repos/insights';
import { queryMatches, type MatchQuery } from '../match/queries';

/**
 * Grid reads that may scan the whole store (a quick search or a "contains" filter over a million
 * people). The shells run them on a read-only worker connection so a slow one never holds up the
 * thread that serves the window; the CLI and tests run them inline. Plain functions of (db, input)
 * with structured-clonable input and output, so either side can run them.
 */
export const READS = {
  'people.list': (db: Database.Database, args: Required<PageArgs>) => listPeople(db, args),
  'alumni.list': (db: Database.Database, input: { args: Parameters<typeof listAlumni>[1]; today: string }) => listAlumni(db, input.args, input.today),
  // The match grid: a quick search or "contains" filter walks every kept (person, role) pair.
  'match.page': (db: Database.Database, q: MatchQuery) => queryMatches(db, q),
  // Aggregates over every person (about 9 s the first time at 1M people; cached per connection after).
  'insights.summary': (db: Database.Database, input: Parameters<typeof readInsights>[1]) => readInsights(db, input),
};

export type ReadName = keyof typeof READS;
export type ReadInput<N extends ReadName> = Parameters<(typeof READS)[N]>[1];
export type ReadOutput<N extends ReadName> = ReturnType<(typeof READS)[N]>;

export const isReadName = (name: unknown): name is ReadName => typeof name === 'string' && Object.hasOwn(READS, name);

/** Runs a read in one transaction: count and page come from the same snapshot, never half a batch. */
export function runRead<N extends ReadName>(db: Database.Database, name: N, input: ReadInput<N>): ReadOutput<N> {
  const fn = READS[name] as (db: Database.Database, input: ReadInput<N>) => ReadOutput<N>;
  return db.inTransaction ? fn(db, input) : db.transaction(() => fn(db, input))();
}
