import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';

// Grid sort and filter column ids come from the window: only the grid's own columns may reach the
// SQL. Names every object has (constructor, toString, __proto__…) are not columns either: they must
// be refused as BAD_ARGS with a sentence, not end as "Something went wrong" from SQLite.

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

const page = { offset: 0, limit: 10, filter: {}, quick: '' };

describe('grid column ids that are not columns', () => {
  it('are refused as BAD_ARGS on people, rehire and match grids, sort and filter alike', async () => {
    core = tempCore();
    for (const colId of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const method of ['people.list', 'alumni.list', 'match.all'] as const) {
        const sorted = await core.call(method, { ...page, sort: [{ colId, sort: 'asc' }] });
        expect(sorted).toEqual({ ok: false, error: { code: 'BAD_ARGS', message: `The grid cannot sort on "${colId}".`, field: 'sort' } });
        const filtered = await core.call(method, { ...page, sort: [], filter: { [colId]: { filterType: 'text', type: 'contains', filter: 'x' } } });
        expect(filtered).toEqual({ ok: false, error: { code: 'BAD_ARGS', message: `The grid cannot filter on "${colId}".`, field: `filter.${colId}` } });
      }
    }
  });
});
