import { afterEach, describe, expect, it } from 'vitest';
import type { ReadRunner } from '../../src/core/reads/runner';
import { tempCore } from '../helpers/tempCore';
import { score, seedRoles, seedWorld } from '../fixtures/export/world';

// In the shells the match grid's page is read on the read worker, so the serving thread goes on
// with other calls while it waits: an import undone (or a backup restored) can remove the role
// before the page comes back. The answer must then be the sentence an inline read would give
// (NOT_FOUND), not "Something went wrong" from reading the status of a role that is gone.

let core: ReturnType<typeof tempCore>;
afterEach(async () => core?.dispose());

describe('match.forRole when the role goes while its page is read', () => {
  it('answers NOT_FOUND with the role sentence', async () => {
    core = tempCore();
    seedWorld(core);
    seedRoles(core);
    await score(core);
    const roleId = core.db.prepare("SELECT id FROM roles WHERE req_id = 'ML-101'").pluck().get() as number;
    const inner = core.ctx.reads;
    // The read answers, and meanwhile (as another call on the serving thread would) the role is removed.
    const racing: ReadRunner = {
      ...inner,
      run: async (name, input) => {
        const page = await inner.run(name, input);
        core.db.prepare('DELETE FROM roles WHERE id = ?').run(roleId);
        return page;
      },
    };
    core.ctx.reads = racing;
    const res = await core.call('match.forRole', { role: roleId, offset: 0, limit: 10, sort: [], filter: {}, quick: '' });
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That role is no longer in the workspace.', field: 'id' } });
  });
});
