import type Database from 'better-sqlite3';
import type { Page, PageArgs } from '../../shared/api/grid';
import { ApiError } from '../../shared/api/errors';
import { listPeople } from '../repos/people';
import { listAlumni } from '../repos/alumni';
import { readInsights } from '../repos/insights';
import { queryMatches, type MatchQuery } from '../match/queries';

// The paged grid reads: one page of a grid's rows and the total matching its filters.
const GRID_READS = {
  'people.list': (db: Database.Database, args: Required<PageArgs>) => listPeople(db, args),
  'alumni.list': (db: Database.Database, input: { args: Parameters<typeof listAlumni>[1]; today: string }) => listAlumni(db, input.args, input.today),
  // The match grid: a quick search or "contains" filter walks every kept (person, role) pair.
  'match.page': (db: Database.Database, q: MatchQuery) => queryMatches(db, q),
};

export type PagedReadName = keyof typeof GRID_READS;
type PagedInput<N extends PagedReadName> = Parameters<(typeof GRID_READS)[N]>[1];

/** Where each paged read takes its offset and limit, so one read can walk all of its pages. */
const AT_PAGE: { [N in PagedReadName]: (input: PagedInput<N>, offset: number, limit: number) => PagedInput<N> } = {
  'people.list': (i, offset, limit) => ({ ...i, offset, limit }),
  'alumni.list': (i, offset, limit) => ({ ...i, args: { ...i.args, offset, limit } }),
  'match.page': (i, offset, limit) => ({ ...i, page: { ...i.page, offset, limit } }),
};

export const isPagedRead = (name: unknown): name is PagedReadName => typeof name === 'string' && Object.hasOwn(GRID_READS, name);

type GridRow = ReturnType<(typeof GRID_READS)[PagedReadName]>['rows'][number];
export type AllPagesInput = { [N in PagedReadName]: { read: N; input: PagedInput<N>; pageSize: number; maxRows?: number } }[PagedReadName];

/**
 * Every page of a grid read, in one read (so one transaction, one snapshot): an export walking the
 * pages over separate reads would repeat or drop rows, or mix old and new values, when a write lands
 * between two of them. Still page by page, so each query is the grid's own, as the grid pages it.
 */
function allPages(db: Database.Database, { read, input, pageSize, maxRows }: AllPagesInput): Page<GridRow> {
  const fn = GRID_READS[read] as (db: Database.Database, input: unknown) => Page<GridRow>;
  const at = AT_PAGE[read] as (input: unknown, offset: number, limit: number) => unknown;
  const rows: GridRow[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = fn(db, at(input, offset, pageSize));
    // Known from the first page: refuse before holding every row (a million people took 2.5 GB).
    if (offset === 0 && maxRows !== undefined && page.total > maxRows) {
      throw new ApiError('TOO_LARGE', `This view holds ${page.total.toLocaleString('en-US')} rows; an export takes at most ${maxRows.toLocaleString('en-US')}. Filter or search the grid first, then export.`);
    }
    rows.push(...page.rows);
    if (page.rows.length < pageSize || rows.length >= page.total) return { rows, total: page.total };
  }
}

/**
 * Grid reads that may scan the whole store (a quick search or a "contains" filter over a million
 * people). The shells run them on a read-only worker connection so a slow one never holds up the
 * thread that serves the window; the CLI and tests run them inline. Plain functions of (db, input)
 * with structured-clonable input and output, so either side can run them.
 */
export const READS = {
  ...GRID_READS,
  // A grid export: all its rows from one snapshot.
  'grid.allPages': allPages,
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
