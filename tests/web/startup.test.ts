import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core';
import { seedPeople } from '../helpers/seed';
import { tempDir } from '../helpers/tempCore';

// Browser mode's own entry (src/web/index.ts), started as a user would: a damaged workspace is
// refused in a sentence that names the command restoring the latest backup, never a stack trace.

const ROOT = path.resolve(__dirname, '..', '..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function start(dbPath: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'web', 'index.ts'), '--port', '0', '--db', dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
    // A server that started is stopped again by its own PID once it has printed its URL.
    if (stdout.includes('\n')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('starting browser mode', () => {
  it('refuses a damaged workspace with a sentence naming `bridgehire backup restore --latest`', async () => {
    const dir = tempDir('bh-web-start-');
    dirs.push(dir);
    const dbPath = path.join(dir, 'workspace.sqlite');
    const core = createCore({ dbPath, shell: 'test', log: () => {} });
    seedPeople(core.db, [{ name: 'Ada Lovelace' }]);
    const b = await core.invoke('backup.create', {});
    await core.close();
    fs.writeFileSync(dbPath, crypto.randomBytes(16 * 1024));
    const r = await start(dbPath);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'The workspace file workspace.sqlite is not a Bridgehire workspace (it is not an SQLite database). Restore the latest backup to continue.\n' +
        `To go back to the latest backup (${b.createdAt.slice(0, 16).replace('T', ' ')} UTC), run: bridgehire backup restore --latest\n`,
    );
  }, 60_000);

  it('prints only the URL with its token as the first line when the workspace is sound', async () => {
    const dir = tempDir('bh-web-start-');
    dirs.push(dir);
    const r = await start(path.join(dir, 'workspace.sqlite'));
    expect(r.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}\n$/);
  }, 60_000);
});
