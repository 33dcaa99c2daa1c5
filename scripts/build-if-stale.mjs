// Builds the renderer when its output is missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export async function buildRendererIfStale({ quiet = false } = {}) {
  const out = path.join(root, 'out', 'renderer', 'index.html');
  const srcTime = Math.max(newest(path.join(root, 'src', 'renderer')), newest(path.join(root, 'src', 'shared')), fs.statSync(path.join(root, 'package.json')).mtimeMs);
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= srcTime) return false;
  if (!quiet) process.stderr.write('Building the workbench (first run or sources changed)…\n');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.renderer.config.mts'), logLevel: 'error' });
  return true;
}
