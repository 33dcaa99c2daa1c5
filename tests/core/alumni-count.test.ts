import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import type { TestCore } from '../helpers/importGate';

// The rehire grid counts a filter on the stint alone without reading people's rows (repos/alumni.ts).
// The count must be what the joined query counts: each person by their latest stint only.

let core: TestCore | undefined;
afterEach(async () => core?.dispose());

describe('the rehire grid count', () => {
  it('counts each former employee once, by their latest stint, with or without a filter on the person', async () => {
    core = tempCore();
    core.db.exec(`
      INSERT INTO people (id, full_name, location) VALUES (1, 'Ada', 'Berlin'), (2, 'Bo', 'Austin'), (3, 'Cy', 'Berlin');
      INSERT INTO employments (person_id, exit_date, rehire) VALUES
        (1, '2023-01-31', 'ineligible'), (1, '2025-03-31', 'eligible'),  -- latest: eligible
        (2, '2025-01-31', 'ineligible'), (2, '2022-06-30', 'eligible'),  -- latest: ineligible
        (3, NULL, 'review'), (3, '2024-05-01', 'eligible');              -- a stint without a date sorts last: latest is 2024, eligible`);
    const sort = [{ colId: 'name', sort: 'asc' as const }];
    const eligible = await core.invoke('alumni.list', { sort, filter: { rehire: { filterType: 'in', values: ['eligible'] } } });
    expect([eligible.total, eligible.rows.map((r) => r.name)]).toEqual([2, ['Ada', 'Cy']]);
    const inBerlin = await core.invoke('alumni.list', { sort, filter: { rehire: { filterType: 'in', values: ['eligible'] }, location: { filterType: 'text', type: 'contains', filter: 'Berlin' } } });
    expect([inBerlin.total, inBerlin.rows.map((r) => r.name)]).toEqual([2, ['Ada', 'Cy']]);
    const ineligible = await core.invoke('alumni.list', { sort, filter: { rehire: { filterType: 'in', values: ['ineligible'] } } });
    expect([ineligible.total, ineligible.rows.map((r) => r.name)]).toEqual([1, ['Bo']]);
  });
});
