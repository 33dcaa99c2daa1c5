import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

// The match grid's "former team" and "shortlist membership" columns: values, filters, sort, export.

const NOW = '2025-06-01T10:00:00.000Z';
let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

/** Amara (an alumna with two stints), on one list for ML-101 and one for PLT-7; Zoë on none. */
async function world() {
  core = tempCore({ now: () => new Date(NOW) });
  const [amara, zoe, , , bjorn] = seedWorld(core);
  const emp = core.db.prepare("INSERT INTO employments (person_id, employee_id, team, hire_date, exit_date, exit_type, rehire, rehire_source) VALUES (?, ?, ?, ?, ?, 'layoff', 'eligible', 'explicit')");
  emp.run(amara, 'E-1', 'Search Relevance', '2016-01-01', '2018-06-30');
  emp.run(amara, 'E-2', 'ML Platform', '2019-03-01', '2024-11-15');
  seedRoles(core);
  await score(core);
  await core.invoke('shortlists.create', { name: 'Platform bench', reqId: 'PLT-7' });
  await core.invoke('shortlists.create', { name: 'MLOps Q3', reqId: 'ML-101' });
  await core.invoke('shortlists.addPeople', { shortlist: 'Platform bench', personIds: [amara!, bjorn!] });
  await core.invoke('shortlists.addPeople', { shortlist: 'MLOps Q3', personIds: [amara!] });
  return { amara: amara!, zoe: zoe!, bjorn: bjorn! };
}

describe('match grid: former team and shortlist membership', () => {
  it("shows an alumna's latest team and her lists, this role's list first", async () => {
    const { amara, zoe } = await world();
    const page = await core.invoke('match.forRole', { role: 'ML-101', limit: 100 });
    const a = page.rows.find((r) => r.personId === amara)!;
    expect(a).toMatchObject({ name: 'Amara Okafor', formerTeam: 'ML Platform', shortlists: ['MLOps Q3', 'Platform bench'], shortlistsForRole: 1 });
    const z = page.rows.find((r) => r.personId === zoe)!;
    expect(z).toMatchObject({ name: 'Zoë Ångström-Núñez', formerTeam: null, shortlists: [], shortlistsForRole: 0 });
    // The same person for the other role: that role's list comes first.
    const plt = await core.invoke('match.forRole', { role: 'PLT-7', limit: 100 });
    expect(plt.rows.find((r) => r.personId === amara)).toMatchObject({ shortlists: ['Platform bench', 'MLOps Q3'], shortlistsForRole: 1 });
  });

  it('filters on membership (any list, none, this role, not this role) and on the columns', async () => {
    const { amara, bjorn } = await world();
    const names = async (args: Record<string, unknown>) => (await core.invoke('match.all', { limit: 100, sort: [{ colId: 'reqId', sort: 'asc' }, { colId: 'name', sort: 'asc' }], ...args })).rows.map((r) => `${r.reqId} ${r.name}`);
    expect(await names({ onShortlist: 'yes' })).toEqual(['ML-101 Amara Okafor', 'ML-101 Bjørn Halvorsen', 'PLT-7 Amara Okafor', 'PLT-7 Bjørn Halvorsen']);
    // Bjørn is on the platform list only: not "on a list for this role" as an MLOps match.
    expect(await names({ onShortlist: 'role' })).toEqual(['ML-101 Amara Okafor', 'PLT-7 Amara Okafor', 'PLT-7 Bjørn Halvorsen']);
    const none = await core.invoke('match.all', { limit: 100, onShortlist: 'no' });
    expect(none.rows.some((r) => r.personId === amara || r.personId === bjorn)).toBe(false);
    expect(none.total).toBeGreaterThan(0);
    const forMl = await core.invoke('match.forRole', { role: 'ML-101', limit: 100, onShortlist: 'notRole' });
    expect(forMl.rows.some((r) => r.personId === amara)).toBe(false);
    expect(await names({ filter: { shortlists: { filterType: 'text', type: 'contains', filter: 'mlops' } } })).toEqual(['ML-101 Amara Okafor', 'PLT-7 Amara Okafor']);
    expect(await names({ filter: { formerTeam: { filterType: 'text', type: 'equals', filter: 'ml platform' } } })).toEqual(['ML-101 Amara Okafor', 'PLT-7 Amara Okafor']);
    // Sortable like any column: people with a team first when ascending (blanks last).
    const byTeam = await core.invoke('match.forRole', { role: 'ML-101', limit: 100, sort: [{ colId: 'formerTeam', sort: 'asc' }] });
    expect(byTeam.rows[0]!.name).toBe('Amara Okafor');
  });

  it("adds from the grid only those not yet on the role's list", async () => {
    const { amara } = await world();
    const before = await core.invoke('match.forRole', { role: 'ML-101', limit: 100 });
    const res = await core.invoke('shortlists.addPeople', { shortlist: 'MLOps Q3', fromMatches: { onShortlist: 'notRole', limit: 100 } });
    expect(res).toMatchObject({ added: before.total - 1, alreadyThere: 0 });
    expect(res.shortlist.entries[0]!.personId).toBe(amara);
  });

  it('exports the two columns as the grid shows them', async () => {
    await world();
    const f = await core.invoke('export.grid', {
      grid: 'matches',
      role: 'ML-101',
      match: { onShortlist: 'yes' },
      sort: [{ colId: 'name', sort: 'asc' }],
      columns: [
        { colId: 'name', header: 'Name' },
        { colId: 'formerTeam', header: 'Former team' },
        { colId: 'shortlists', header: 'Shortlists' },
      ],
    });
    expect(f.content).toBe('\uFEFFName,Former team,Shortlists\r\nAmara Okafor,ML Platform,"MLOps Q3, Platform bench"\r\nBjørn Halvorsen,,Platform bench\r\n');
  });

  it('keeps team and list names under blind review (they do not say who someone is)', async () => {
    const { amara } = await world();
    await core.invoke('settings.update', { patch: { blindReview: true } });
    const page = await core.invoke('match.forRole', { role: 'ML-101', limit: 100 });
    expect(page.rows.find((r) => r.personId === amara)).toMatchObject({ name: `Candidate #${amara}`, formerTeam: 'ML Platform', shortlists: ['MLOps Q3', 'Platform bench'] });
  });
});
