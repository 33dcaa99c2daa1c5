import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../src/core';

/** The jobs' worker entry from source: give it as workerScript for jobs and grid reads on threads, as the shells run them. */
export const WORKER_SCRIPT = path.resolve(__dirname, '..', '..', 'src', 'core', 'jobs', 'worker-from-source.cjs');

/** A fresh workspace in its own temp folder: a real SQLite file, removed after the test. */
export function tempDir(prefix = 'bridgehire-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempCore(opts: Partial<CoreOptions> = {}): Core & { dir: string; dbPath: string; dispose: () => Promise<void> } {
  const dir = tempDir();
  const dbPath = path.join(dir, 'workspace.sqlite');
  const core = createCore({ dbPath, shell: 'test', log: () => {}, ...opts });
  return Object.assign(core, {
    dir,
    dbPath,
    dispose: async () => {
      await core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}
