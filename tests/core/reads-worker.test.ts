import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core';
import { listPeople, PEOPLE_COLUMNS, quickWhere } from '../../src/core/repos/people';
import { buildOrderBy, buildWhere } from '../../src/core/repos/gridQuery';
import { listAlumni } from '../../src/core/repos/alumni';
import { readInsights } from '../../src/core/repos/insights';
import { PageArgs } from '../../src/shared/api/grid';
import { tempCore, WORKER_SCRIPT } from '../helpers/tempCore';
import { seedMany } from '../helpers/seedMany';

// In the shells, grid reads that may scan the whole store run on a read-only worker connection, so
// a slow search never holds up the thread that serves the window (or the web server). These tests
// check that structurally (where the read ran, what answered first), not against a stopwatch.

const PEOPLE = 150_000;
let core: ReturnType<typeof tempCore>;

beforeAll(() => {
  core = tempCore({ workerScript: WORKER_SCRIPT });
  // Enough people that a search matching no one takes a while to scan.
  seedMany(core.db, PEOPLE);
});

afterAll(async () => core.dispose());

const args = (a: Partial<PageArgs> = {}) => PageArgs.parse(a) as Parameters<typeof listPeople>[1];

/** The page as a plain query finds it: per-row search, every match sorted, no index tricks. */
function plainPage(a: ReturnType<typeof args>): { total: number; ids: number[] } {
  const w = buildWhere(PEOPLE_COLUMNS, a.filter);
  const q = quickWhere(a.quick);
  const where = `(${w.sql}) AND (${q.sql})`;
  const order = buildOrderBy(PEOPLE_COLUMNS, a.sort.length ? a.sort : [{ colId: 'name', sort: 'asc' }], 'p.id', { walkIndex: false });
  const total = core.db.prepare(`SELECT count(*) FROM people p WHERE ${where}`).pluck().get(...w.params, ...q.params) as number;
  const ids = core.db.prepare(`SELECT p.id FROM people p WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(...w.params, ...q.params, a.limit, a.offset) as number[];
  return { total, ids };
}

describe('the candidates grid at 150,000 people', () => {
  it('pages exactly as a plain query does, for a few, many or most matches, on indexed and other sorts', () => {
    const cases = [
      args({ quick: 'p12345@' }),
      args({ quick: 'engineer 3', offset: 2000 }),
      args({ filter: { company: { filterType: 'text', type: 'contains', filter: 'co 1' } }, sort: [{ colId: 'title', sort: 'desc' }], offset: 100 }),
      args({ filter: { track: { filterType: 'in', values: ['platform'] } }, sort: [{ colId: 'updatedAt', sort: 'desc' }], offset: 20_000, limit: 50 }),
      args({ quick: 'person', offset: 149_990 }),
    ];
    for (const a of cases) {
      const page = listPeople(core.db, a);
      expect({ total: page.total, ids: page.rows.map((r) => r.id) }).toEqual(plainPage(a));
    }
  });
});

describe('grid reads in the shells', () => {
  it('run on the read worker and answer exactly what the inline read answers', async () => {
    expect(core.ctx.reads.where).toBe('worker');
    const cases = [
      args({ quick: 'p12345@' }),
      args({ quick: 'engineer co 3', limit: 20, offset: 40 }),
      args({ filter: { company: { filterType: 'text', type: 'contains', filter: 'CO 1' } }, sort: [{ colId: 'title', sort: 'desc' }], limit: 10 }),
      args({ limit: 5, offset: 70_000 }),
    ];
    for (const a of cases) expect(await core.invoke('people.list', a)).toEqual(listPeople(core.db, a));
    const today = new Date().toISOString().slice(0, 10);
    const alumni = args({ quick: 'person 1', limit: 10 });
    expect(await core.invoke('alumni.list', alumni)).toEqual(listAlumni(core.db, alumni, today));
    expect(await core.invoke('insights.summary', { topSkills: 5 })).toEqual(readInsights(core.db, { today, topSkills: 5, version: core.ctx.dataVersion() }));
  });

  it('do not hold up a short call made while a long search runs', async () => {
    for (let round = 0; round < 3; round++) {
      const t0 = performance.now();
      let searchDone = 0;
      // Matches no one, so every row of every table is looked at.
      const search = core.invoke('people.list', { quick: 'nobody-by-this-name' }).then((p) => {
        searchDone = performance.now() - t0;
        return p;
      });
      const stats = await core.invoke('app.stats', {});
      const statsDone = performance.now() - t0;
      expect(stats.people).toBe(PEOPLE);
      expect((await search).total).toBe(0);
      // Inline, the search would finish before app.stats was even asked.
      expect(statsDone).toBeLessThan(searchDone);
    }
  });

  it('never see an uncommitted write of the main connection, and see it once committed', async () => {
    core.db.exec('BEGIN');
    core.db.prepare("INSERT INTO people (full_name) VALUES ('Half Batch')").run();
    const during = await core.invoke('people.list', { quick: 'half batch' });
    core.db.exec('COMMIT');
    const after = await core.invoke('people.list', { quick: 'half batch' });
    expect([during.total, after.total]).toEqual([0, 1]);
  });

  it('report a refusal from the worker as the same error the inline read gives', async () => {
    const res = await core.call('people.list', { filter: { secret: { filterType: 'text', type: 'contains', filter: 'x' } } });
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_ARGS', field: 'filter.secret' } });
    // Input that cannot be copied to the thread fails that call only; the next read is answered.
    await expect(core.ctx.reads.run('people.list', { ...args(), bad: () => 1 } as never)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect((await core.invoke('people.list', { quick: 'p12345@' })).total).toBe(1);
  });
});

describe('the read thread after a restore', () => {
  it('sees the restored workspace, since a restore writes into the live file', async () => {
    const small = createCore({ dbPath: path.join(core.dir, 'small.sqlite'), shell: 'test', workerScript: WORKER_SCRIPT, log: () => {} });
    try {
      seedMany(small.db, 3);
      const b = await small.invoke('backup.create', {});
      small.db.prepare("INSERT INTO people (full_name) VALUES ('Added Later')").run();
      expect((await small.invoke('people.list', {})).total).toBe(4);
      await small.invoke('backup.restore', { id: b.id });
      const after = await small.invoke('people.list', {});
      expect([after.total, after.rows.map((r) => r.name)]).toEqual([3, ['Person 1', 'Person 2', 'Person 3']]);
    } finally {
      await small.close();
    }
  });
});
