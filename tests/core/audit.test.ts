import { afterEach, describe, expect, it } from 'vitest';
import { personSubject, record } from '../../src/core/audit/record';
import { runCli } from '../../src/cli/main';
import { tempCore } from '../helpers/tempCore';

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

describe('the audit log', () => {
  it('records what others report with record(db, action, subject, details) and lists it newest first', async () => {
    core = tempCore();
    const at = new Date('2025-02-03T04:05:06.789Z');
    expect(record(core.db, 'import', 'batch:1', { file: 'ats.csv', rows: 10 }, at)).toBe(1);
    record(core.db, 'merge', personSubject(7), { into: 3 }, at);
    record(core.db, 'weights', 'role:2', { mustHave: { from: 40, to: 50 } }, at);
    const page = await core.invoke('audit.list', {});
    expect(page.total).toBe(3);
    expect(page.rows).toEqual([
      { id: 3, at: '2025-02-03T04:05:06.789Z', action: 'weights', subject: 'role:2', details: { mustHave: { from: 40, to: 50 } } },
      { id: 2, at: '2025-02-03T04:05:06.789Z', action: 'merge', subject: 'person:7', details: { into: 3 } },
      { id: 1, at: '2025-02-03T04:05:06.789Z', action: 'import', subject: 'batch:1', details: { file: 'ats.csv', rows: 10 } },
    ]);
  });

  it('pages, sorts, filters and searches like any grid, and refuses columns it does not have', async () => {
    core = tempCore();
    for (let i = 1; i <= 30; i++) record(core.db, i % 3 === 0 ? 'export' : 'import', `batch:${i}`, { n: i });
    const exports = await core.invoke('audit.list', { filter: { action: { filterType: 'text', type: 'equals', filter: 'export' } }, limit: 4, offset: 2, sort: [{ colId: 'id', sort: 'asc' }] });
    expect(exports.total).toBe(10);
    expect(exports.rows.map((r) => r.subject)).toEqual(['batch:9', 'batch:12', 'batch:15', 'batch:18']);
    const quick = await core.invoke('audit.list', { quick: 'batch:2' });
    expect(quick.rows.map((r) => r.subject).sort()).toEqual(['batch:2', 'batch:20', 'batch:21', 'batch:22', 'batch:23', 'batch:24', 'batch:25', 'batch:26', 'batch:27', 'batch:28', 'batch:29']);
    expect(await core.call('audit.list', { filter: { secret: { filterType: 'text', type: 'contains', filter: 'x' } } })).toMatchObject({ ok: false, error: { code: 'BAD_ARGS', field: 'filter.secret' } });
  });

  it('is readable from the command line', async () => {
    core = tempCore();
    record(core.db, 'forget', personSubject(4), { keys: 2 });
    await core.close();
    const out: string[] = [];
    expect(await runCli(['audit', '--db', core.dbPath, '--json', '--action', 'forget'], { out: (t) => out.push(t), err: () => {} })).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual([{ id: 1, at: expect.any(String), action: 'forget', subject: 'person:4', details: { keys: 2 } }]);
    core = tempCore();
  });
});
