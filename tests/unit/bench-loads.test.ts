import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run bench` runs outside vitest: none of its modules may pull vitest in (a shared test
// helper that did once made every benchmark fail at start-up).

const ROOT = path.resolve(__dirname, '..', '..');

describe('the benchmarks', () => {
  it('load in plain Node, without vitest', () => {
    const modules = ['import', 'match', 'export', 'load', 'ui'].map((m) => `require('./bench/${m}.ts');`).join(' ');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', modules], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
