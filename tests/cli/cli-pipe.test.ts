import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core';
import { tempDir } from '../helpers/tempCore';

// Scripts pipe the CLI into readers that stop early (`bridgehire list people --json | head`):
// a closed pipe ends the output quietly, with the command's own exit code, not a crash.

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the command line in a pipe', () => {
  it('stops quietly when the reader closes the pipe early', async () => {
    const db = path.join(dir, 'pipe.sqlite');
    const csv = path.join(dir, 'people.csv');
    fs.writeFileSync(csv, ['Name,Email,Title', ...Array.from({ length: 3000 }, (_, i) => `Person ${i},p${i}@example.com,Senior Platform Engineer at a long-named company ${i}`)].join('\n'));
    const core = createCore({ dbPath: db, log: () => {} });
    await core.invoke('import.run', { fileId: core.files.register(csv).id, kind: 'candidates' });
    await core.close();

    const root = path.resolve(__dirname, '..', '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'list', 'people', '--limit', '3000', '--json', '--db', db], { cwd: root });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Read one chunk of a far longer output, then close the pipe, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
