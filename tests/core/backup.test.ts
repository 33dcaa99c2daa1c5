import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core';
import { listBackups } from '../../src/core/backup/files';
import { runCli } from '../../src/cli/main';
import type { CoreEvent } from '../../src/shared/api/events';
import { seedPeople } from '../helpers/seed';
import { tempCore, tempDir } from '../helpers/tempCore';

const cores: { dispose: () => Promise<void> }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of cores.splice(0)) await c.dispose();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function workspace(opts: Parameters<typeof tempCore>[0] = {}) {
  const core = tempCore(opts);
  cores.push(core);
  return core;
}

const names = (db: Database.Database) => db.prepare('SELECT full_name FROM people ORDER BY id').pluck().all();

function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  return runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) }).then((code) => ({ code, out, err }));
}

describe('making and listing backups', () => {
  it('writes a consistent, self-contained copy beside the workspace and lists it', async () => {
    const core = workspace();
    seedPeople(core.db, [{ name: 'Ada Lovelace', email: 'ada@example.com' }, { name: 'Grace Hopper' }]);
    const b = await core.invoke('backup.create', {});
    expect(b).toEqual({ id: expect.stringMatching(/^workspace-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-manual$/), reason: 'manual', createdAt: expect.any(String), size: expect.any(Number) });
    const file = path.join(core.dir, 'backups', `${b.id}.sqlite`);
    expect(fs.readdirSync(path.join(core.dir, 'backups'))).toEqual([`${b.id}.sqlite`]);
    const copy = new Database(file, { readonly: true });
    expect(names(copy)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const list = await core.invoke('backup.list', {});
    expect(list).toEqual({ backups: [b], keep: 10, folder: 'backups' });
    const audit = await core.invoke('audit.list', {});
    expect(audit.rows[0]).toMatchObject({ action: 'backup', subject: `backup:${b.id}`, details: { by: 'me', size: b.size } });
  });

  it('keeps only the newest N backups', async () => {
    const core = workspace();
    seedPeople(core.db, [{ name: 'Ada' }]);
    await core.invoke('settings.update', { patch: { backupKeep: 3 } });
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await core.invoke('backup.create', {})).id);
    const { backups } = await core.invoke('backup.list', {});
    expect(backups.map((b) => b.id)).toEqual(made.slice(2).reverse());
    await core.invoke('settings.update', { patch: { backupKeep: 1 } });
    expect((await core.invoke('backup.list', {})).backups.map((b) => b.id)).toEqual([made[4]]);
  });

  it('copies a workspace that is being written to without tearing it', async () => {
    const core = workspace();
    seedPeople(core.db, Array.from({ length: 3000 }, (_, i) => ({ name: `Person ${i}`, title: 'x'.repeat(300) })));
    const backing = core.invoke('backup.create', {});
    // Writes land while the backup copies page by page; the copy is one consistent moment.
    for (let i = 0; i < 50; i++) {
      core.db.prepare('INSERT INTO people (full_name) VALUES (?)').run(`Late ${i}`);
      await new Promise((r) => setImmediate(r));
    }
    const b = await backing;
    const copy = new Database(path.join(core.dir, 'backups', `${b.id}.sqlite`), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM people').pluck().get()).toBeGreaterThanOrEqual(3000);
    copy.close();
  });
});

describe('the daily backup', () => {
  function open(dbPath: string, now: Date) {
    return createCore({ dbPath, shell: 'cli', log: () => {}, now: () => now });
  }

  it('is taken on open when the newest backup is over a day old, and not again the same day', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbPath = path.join(dir, 'workspace.sqlite');
    let core = open(dbPath, new Date('2025-03-01T09:00:00Z'));
    await core.close();
    expect(listBackups(dbPath)).toEqual([]); // an empty workspace has nothing to keep
    core = open(dbPath, new Date('2025-03-01T09:00:00Z'));
    seedPeople(core.db, [{ name: 'Ada' }]);
    await core.close();
    core = open(dbPath, new Date('2025-03-01T10:00:00Z'));
    await core.close();
    expect(listBackups(dbPath).map((b) => [b.reason, b.createdAt])).toEqual([['daily', '2025-03-01T10:00:00.000Z']]);
    core = open(dbPath, new Date('2025-03-02T09:59:00Z'));
    await core.close();
    expect(listBackups(dbPath)).toHaveLength(1);
    core = open(dbPath, new Date('2025-03-02T10:00:00Z'));
    await core.close();
    expect(listBackups(dbPath).map((b) => b.createdAt)).toEqual(['2025-03-02T10:00:00.000Z', '2025-03-01T10:00:00.000Z']);
  });
});

describe('restoring a backup', () => {
  it('puts the open workspace back as it was, keeps a copy of the present first, and tells every view', async () => {
    const core = workspace();
    seedPeople(core.db, [{ name: 'Ada Lovelace' }]);
    const b = await core.invoke('backup.create', {});
    seedPeople(core.db, [{ name: 'Added later' }]);
    core.db.prepare("UPDATE people SET title = 'changed' WHERE id = 1").run();
    const events: CoreEvent[] = [];
    core.on((e) => events.push(e));
    const r = await core.invoke('backup.restore', { id: b.id });
    expect(r.restored.id).toBe(b.id);
    expect(r.safetyCopy?.reason).toBe('pre-restore');
    expect(r.reErased).toBe(0);
    expect(r.message).toMatch(/^The workspace is back to the backup of \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/);
    expect(core.db.prepare('SELECT full_name, title FROM people').all()).toEqual([{ full_name: 'Ada Lovelace', title: null }]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(events.some((e) => e.type === 'data.changed' && e.areas.includes('people'))).toBe(true);
    // The safety copy holds what was there before the restore.
    const safety = new Database(path.join(core.dir, 'backups', `${r.safetyCopy!.id}.sqlite`), { readonly: true });
    expect(names(safety)).toEqual(['Ada Lovelace', 'Added later']);
    safety.close();
    expect((await core.invoke('audit.list', { filter: { action: { filterType: 'text', type: 'equals', filter: 'restore' } } })).rows).toHaveLength(1);
    // And the workspace keeps working: writes after a restore stick.
    seedPeople(core.db, [{ name: 'After restore' }]);
    expect(names(core.db)).toEqual(['Ada Lovelace', 'After restore']);
  });

  it('erases again anyone erased since the backup was taken', async () => {
    const core = workspace();
    const [ada] = seedPeople(core.db, [{ name: 'Ada Lovelace', email: 'ada@example.com' }, { name: 'Grace Hopper', email: 'grace@example.com' }]);
    const b = await core.invoke('backup.create', {});
    await core.invoke('people.forget', { id: ada! });
    const r = await core.invoke('backup.restore', { id: b.id });
    expect(r.reErased).toBe(1);
    expect(names(core.db)).toEqual(['Grace Hopper']);
    expect(r.message).toContain('1 person erased since then was erased again.');
  });

  it('restores the newest with "latest" and refuses unknown, damaged and busy cases with a sentence', async () => {
    const core = workspace();
    seedPeople(core.db, [{ name: 'Ada' }]);
    expect(await core.call('backup.restore', { id: 'latest' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There are no backups of this workspace yet.', field: 'id' } });
    const b = await core.invoke('backup.create', {});
    expect(await core.call('backup.restore', { id: 'workspace-2020-01-01T00-00-00-000Z-manual' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const realRunning = core.ctx.jobs.running;
    core.ctx.jobs.running = () => ['import-1'];
    expect(await core.call('backup.restore', { id: b.id })).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Restoring a backup has to wait until the work under way (an import or re-score) has finished.' } });
    core.ctx.jobs.running = realRunning;
    fs.writeFileSync(path.join(core.dir, 'backups', `${b.id}.sqlite`), crypto.randomBytes(8192));
    expect(await core.call('backup.restore', { id: 'latest' })).toEqual({ ok: false, error: { code: 'DB_CORRUPT', message: `The backup ${b.id} is damaged and cannot be restored; choose an older one.`, field: 'id' } });
    expect(names(core.db)).toEqual(['Ada']);
  });
});

describe('start-up recovery from the command line', () => {
  it('says the workspace is damaged, names the restore command, and restoring brings the data back', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbPath = path.join(dir, 'workspace.sqlite');
    const core = createCore({ dbPath, shell: 'test', log: () => {} });
    seedPeople(core.db, [{ name: 'Ada Lovelace', email: 'ada@example.com' }]);
    const b = await core.invoke('backup.create', {});
    await core.close();
    fs.writeFileSync(dbPath, crypto.randomBytes(32 * 1024));

    const stats = await cli(['stats', '--db', dbPath]);
    expect(stats.code).toBe(1);
    expect(stats.err).toBe(
      'The workspace file workspace.sqlite is not a Bridgehire workspace (it is not an SQLite database). Restore the latest backup to continue.\n' +
        `To go back to the latest backup (${b.createdAt.slice(0, 16).replace('T', ' ')} UTC), run: bridgehire backup restore --latest\n`,
    );
    const list = await cli(['backup', 'list', '--db', dbPath, '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out).map((x: { id: string }) => x.id)).toEqual([b.id]);

    const restore = await cli(['backup', 'restore', '--latest', '--db', dbPath, '--json']);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    const r = JSON.parse(restore.out) as { damagedCopy: string; restored: { id: string } };
    expect(r.restored.id).toBe(b.id);
    expect(r.damagedCopy).toMatch(/^workspace\.sqlite\.damaged-/);
    expect(fs.existsSync(path.join(dir, r.damagedCopy))).toBe(true);

    const after = await cli(['list', 'people', '--db', dbPath, '--json']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.out).map((p: { name: string }) => p.name)).toEqual(['Ada Lovelace']);
  });

  it('restore with no backup to go back to says so', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbPath = path.join(dir, 'workspace.sqlite');
    fs.writeFileSync(dbPath, crypto.randomBytes(4096));
    const stats = await cli(['stats', '--db', dbPath]);
    expect(stats.err).toContain('There is no backup of this workspace to restore.');
    const restore = await cli(['backup', 'restore', '--latest', '--db', dbPath]);
    expect(restore).toMatchObject({ code: 2, err: 'There are no backups of this workspace yet.\n' });
  });
});

describe('damage found while the workspace is open', () => {
  it('is answered as DB_CORRUPT with the way back, not as an unexplained failure', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const dbPath = path.join(dir, 'workspace.sqlite');
    let core = createCore({ dbPath, shell: 'test', log: () => {} });
    seedPeople(core.db, Array.from({ length: 3000 }, (_, i) => ({ name: `Person ${i}`, title: 'x'.repeat(200), email: `p${i}@example.com` })));
    await core.close();
    // Scribble over pages in the middle of the file: the header and schema still read fine.
    const fd = fs.openSync(dbPath, 'r+');
    const size = fs.statSync(dbPath).size;
    fs.writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    core = createCore({ dbPath, shell: 'test', log: () => {} });
    cores.push({ dispose: () => core.close() });
    const res = await core.call('people.list', { limit: 5000, sort: [{ colId: 'title', sort: 'asc' }] });
    expect(res).toEqual({
      ok: false,
      error: { code: 'DB_CORRUPT', message: 'The workspace file workspace.sqlite is damaged and cannot be read. Restore the latest backup to continue.' },
    });
  });
});
