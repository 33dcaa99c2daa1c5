import type { z } from 'zod';
import type { Ctx } from '../context';
import type { exportContract, GridName } from '../../shared/api/contract/export';
import type { Page } from '../../shared/api/grid';
import type { PersonRow, AlumnusRow } from '../../shared/api/contract/people';
import type { MatchRow } from '../../shared/api/contract/match';
import type { ShortlistEntry } from '../../shared/api/contract/shortlists';
import { ApiError } from '../../shared/api/errors';
import { callMethod } from './callMethod';
import { CsvWriter, type Cell } from './csv';
import { cellWriter } from './values';
import { filterRows, quickRows, sortRows } from './memoryQuery';
import { detail } from '../shortlists/service';
import type { ReadRunner } from '../reads/runner';
import { isPagedRead, type AllPagesInput, type ReadName } from '../reads/registry';

export type GridExportArgs = z.output<(typeof exportContract)['export.grid']['args']>;

// Top-level fields each grid's rows have: a column may read these (or a dotted path inside one).
const PERSON_FIELDS = ['id', 'name', 'emails', 'linkedin', 'title', 'company', 'location', 'country', 'remotePref', 'track', 'level', 'yearsExp', 'skills', 'sources', 'stage', 'availableOn', 'tags', 'updatedAt'] satisfies (keyof PersonRow)[];
const ALUMNI_FIELDS = [
  'id', 'name', 'emails', 'linkedin', 'skills', 'track', 'location', 'stage', 'tags', 'employeeId', 'team', 'title', 'level', 'manager', 'hireDate', 'exitDate', 'exitType',
  'exitReason', 'rehire', 'rehireSource', 'lastPerformance', 'layoffWave', 'tenureYears', 'monthsSinceExit', 'bestRole',
] satisfies (keyof AlumnusRow)[];
const MATCH_FIELDS = [
  'roleId', 'reqId', 'roleTitle', 'personId', 'name', 'title', 'company', 'location', 'country', 'remotePref', 'track', 'level', 'yearsExp', 'sources', 'stage', 'availableOn',
  'layoff', 'eligibility', 'formerTeam', 'shortlists', 'shortlistsForRole', 'rank', 'score', 'nearMiss', 'nearMissSkill', 'mustMatched', 'mustTotal', 'points', 'matched', 'partial', 'missing', 'flags', 'computedAt',
] satisfies (keyof MatchRow)[];
const SHORTLIST_FIELDS = [
  'personId', 'position', 'name', 'title', 'company', 'location', 'emails', 'phone', 'linkedin', 'tags', 'stage', 'note', 'addedBy', 'addedAt', 'score', 'engineVersion',
  'currentScore', 'scoreChanged', 'points', 'matched', 'partial', 'missing',
] satisfies (keyof ShortlistEntry)[];

const FIELDS: Record<GridName, ReadonlySet<string>> = {
  people: new Set(PERSON_FIELDS),
  alumni: new Set(ALUMNI_FIELDS),
  matches: new Set(MATCH_FIELDS),
  shortlist: new Set(SHORTLIST_FIELDS),
};

/** The page the grid's method is called with (its contract's largest). */
const PAGE = 5000;
/**
 * The pages the read walks. Each page is its own query with an OFFSET, which SQLite reaches by
 * stepping over the rows before it, so fewer, bigger pages: 200,000 alumni took 60 s in pages of 5,000.
 */
const WALK_PAGE = 50_000;
/**
 * Most rows one grid export takes. Every row is held (in the read thread, then here) while the
 * CSV is written: at 1,000,000 people that was 2.5 GB and 44 s. A hiring manager's export is a
 * filtered view; the whole store has the workspace backup and the data export.
 */
export const MAX_EXPORT_ROWS = 200_000;

/** Reads `a.b.c` from a row. */
export const pathValue = (row: unknown, path: string): unknown => pathReader(path)(row);

/** pathValue for one path, split once (an export reads it from every row). */
function pathReader(path: string): (row: unknown) => unknown {
  const keys = path.split('.');
  return (row) => {
    let v: unknown = row;
    for (const k of keys) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[k];
    }
    return v;
  };
}

/**
 * Every row the grid's own method returns for these filters (not only the loaded blocks). The method
 * runs as the grid calls it, so its arguments and query stay the grid's; only its read is swapped for
 * one that walks all pages in one transaction. Page by page over separate reads, a write landing
 * between two (an import, an edit, a re-score) would repeat or drop rows, or mix old and new values.
 */
async function allRows(ctx: Ctx, method: string, args: Record<string, unknown>): Promise<unknown[]> {
  let walked = false;
  const run = (name: ReadName, input: unknown) => {
    if (!isPagedRead(name)) throw new Error(`export.grid: ${method} made a read that is not paged (${name})`);
    walked = true;
    return ctx.reads.run('grid.allPages', { read: name, input, pageSize: WALK_PAGE, maxRows: MAX_EXPORT_ROWS } as AllPagesInput);
  };
  const reads: ReadRunner = { where: ctx.reads.where, run: run as ReadRunner['run'], exclusive: (fn) => ctx.reads.exclusive(fn), close: () => ctx.reads.close() };
  const page = await callMethod<Page<unknown>>({ ...ctx, reads }, method, { ...args, offset: 0, limit: PAGE }, 'That grid cannot be exported in this version yet.');
  // A list method that did not read through ctx.reads would have given one page only.
  if (!walked) throw new Error(`export.grid: ${method} did not read its rows through ctx.reads`);
  return page.rows;
}

function shortlistRows(ctx: Ctx, a: GridExportArgs): ShortlistEntry[] {
  if (a.shortlist === undefined) throw new ApiError('BAD_ARGS', 'Say which shortlist to export.', { field: 'shortlist' });
  const entries = detail(ctx, a.shortlist, false).entries;
  const get = (r: unknown, colId: string) => pathValue(r, colId);
  const searched = quickRows(entries, a.quick, (e) => [e.name, e.title, e.company, e.location, e.note, ...e.emails, ...e.matched].join(' '));
  const filtered = filterRows(searched, a.filter, get);
  return a.sort.length ? sortRows(filtered, a.sort, get) : filtered;
}

async function gridRows(ctx: Ctx, a: GridExportArgs): Promise<unknown[]> {
  const base = { sort: a.sort, filter: a.filter, quick: a.quick };
  switch (a.grid) {
    case 'people':
      return allRows(ctx, 'people.list', base);
    case 'alumni':
      return allRows(ctx, 'alumni.list', { ...base, ...a.alumni });
    case 'matches':
      return a.role !== undefined ? allRows(ctx, 'match.forRole', { ...base, ...a.match, role: a.role }) : allRows(ctx, 'match.all', { ...base, ...a.match });
    case 'shortlist':
      return shortlistRows(ctx, a);
  }
}

/** The grid's visible columns, in order, over all its rows: CSV text and the row count. */
export async function exportGrid(ctx: Ctx, a: GridExportArgs): Promise<{ content: string; rows: number }> {
  const allowed = FIELDS[a.grid];
  const cols = a.columns.map((c) => {
    const path = c.field ?? c.colId;
    if (!allowed.has(path.split('.')[0]!)) throw new ApiError('BAD_ARGS', `The column "${c.header || c.colId}" cannot be exported from this grid.`, { field: 'columns' });
    return { header: c.header || c.colId, read: pathReader(path), write: cellWriter(path) };
  });
  const rows = await gridRows(ctx, a);
  const w = new CsvWriter(cols.map((c) => c.header));
  const cells: Cell[] = new Array(cols.length);
  for (const r of rows) {
    for (let i = 0; i < cols.length; i++) cells[i] = cols[i]!.write(cols[i]!.read(r));
    w.row(cells);
  }
  return { content: w.toString(), rows: w.rows };
}
