import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core';
import { queryMatches } from '../../src/core/match/queries';
import { tempDir } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

// The match grid's pages are read on the shells' read worker (its own read-only connection), like
// the people and rehire grids: the same rows as an inline read, new fields included.

const WORKER = path.resolve(__dirname, '..', '..', 'src', 'core', 'jobs', 'worker-from-source.cjs');
let dir: string;
let core: Core;
afterEach(async () => {
  await core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('match grid reads on the read worker', () => {
  it('answer exactly what the inline read answers', async () => {
    dir = tempDir('bh-match-reads-');
    core = createCore({ dbPath: path.join(dir, 'workspace.sqlite'), shell: 'test', workerScript: WORKER, log: () => {} });
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
