import { afterEach, describe, expect, it } from 'vitest';
import { runRead } from '../../src/core/reads/registry';
import { tempCore } from '../helpers/tempCore';
import type { TestCore } from '../helpers/importGate';

// A grid export holds every row while it writes the CSV, so it takes a bounded number of them and
// says so before reading the rest (reads/registry.ts grid.allPages, export/grid.ts).

let core: TestCore | undefined;
afterEach(async () => core?.dispose());

describe('a grid export bigger than an export may be', () => {
  it('is refused from its first page with the sizes and what to do, and a smaller one reads every page', async () => {
    core = tempCore();
    core.db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 7) INSERT INTO people (id, full_name) SELECT i, 'Person ' || i FROM n");
    const input = { sort: [], filter: {}, quick: '', offset: 0, limit: 2 };
    expect(() => runRead(core!.db, 'grid.allPages', { read: 'people.list', input, pageSize: 2, maxRows: 6 })).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', message: 'This view holds 7 rows; an export takes at most 6. Filter or search the grid first, then export.' }),
    );
    const all = runRead(core.db, 'grid.allPages', { read: 'people.list', input, pageSize: 2, maxRows: 7 });
    expect([all.total, all.rows.length, new Set(all.rows.map((r) => (r as { id: number }).id)).size]).toEqual([7, 7, 7]);
  });
});
