import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, WORKER_SCRIPT } from '../helpers/tempCore';
import { seedMany } from '../helpers/seedMany';

// A restore puts the backup's pages into the live file, then (a separate step) brings its schema up
// to date and erases again whoever was erased since the backup. Inline, nothing can read between
// the two; on the read worker a grid read could, and would show people who were erased. So reads
// wait for the restore: one sent while it runs answers from the restored, settled workspace.

let core: ReturnType<typeof tempCore> | undefined;
afterEach(async () => core?.dispose());

describe('a grid read sent while a backup is restored', () => {
  it('answers after the restore, from the restored workspace', async () => {
    core = tempCore({ workerScript: WORKER_SCRIPT });
    seedMany(core.db, 3);
    const b = await core.invoke('backup.create', {});
    core.db.prepare("INSERT INTO people (full_name) VALUES ('Added Later')").run();
    expect((await core.invoke('people.list', {})).total).toBe(4); // the read thread is up
    const order: string[] = [];
    const restoring = core.invoke('backup.restore', { id: b.id }).then(() => order.push('restore'));
    const reading = core.invoke('people.list', {}).then((page) => (order.push('read'), page));
    const [, page] = await Promise.all([restoring, reading]);
    expect(order).toEqual(['restore', 'read']);
    expect([page.total, page.rows.map((r) => r.name)]).toEqual([3, ['Person 1', 'Person 2', 'Person 3']]);
  });
});
