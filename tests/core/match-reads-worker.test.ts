import { afterEach, describe, expect, it } from 'vitest';
import { queryMatches } from '../../src/core/match/queries';
import { tempCore, WORKER_SCRIPT } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

// The match grid's pages are read on the shells' read worker (its own read-only connection), like
// the people and rehire grids: the same rows as an inline read, new fields included.

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

describe('match grid reads on the read worker', () => {
  it('answer exactly what the inline read answers', async () => {
    core = tempCore({ workerScript: WORKER_SCRIPT });
    const [amara] = seedWorld(core);
    core.db.prepare("INSERT INTO employments (person_id, team, exit_date, rehire) VALUES (?, 'ML Platform', '2024-11-15', 'eligible')").run(amara);
    seedRoles(core);
    await score(core);
    await core.invoke('shortlists.create', { name: 'MLOps Q3', reqId: 'ML-101' });
    await core.invoke('shortlists.addPeople', { shortlist: 'MLOps Q3', personIds: [amara!] });
    const page = { offset: 0, limit: 100, sort: [{ colId: 'reqId', sort: 'asc' as const }], filter: {}, quick: '' };
    const today = new Date().toISOString().slice(0, 10);
    const viaWorker = await core.invoke('match.all', { ...page, onShortlist: 'yes' });
    expect(viaWorker.rows.map((r) => [r.reqId, r.name, r.formerTeam, r.shortlists, r.shortlistsForRole])).toEqual([
      ['ML-101', 'Amara Okafor', 'ML Platform', ['MLOps Q3'], 1],
      ['PLT-7', 'Amara Okafor', 'ML Platform', ['MLOps Q3'], 0],
    ]);
    const inline = queryMatches(core.db, { openOnly: true, page, filters: { onShortlist: 'yes' }, today });
    expect({ rows: viaWorker.rows, total: viaWorker.total }).toEqual(inline);
  });
});
